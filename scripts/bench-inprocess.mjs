#!/usr/bin/env node
// The core's hot path without sockets: one connection on a transport that only counts bytes, fed the chunks
// redis-benchmark sends (`-t set,get,incr`, pipelined 1 or 16 deep), timed per command. What this measures
// is everything Redis-Lite does per read event and per command (parse, dispatch, keyspace, reply, flush),
// so a socket benchmark's distance from the bare ceiling can be split into "core" and "runtime".
//
//   npm run build && node scripts/bench-inprocess.mjs [--seconds 2] [--tests set,get,incr] [--pipeline 1,16]
//   bun scripts/bench-inprocess.mjs ...        deno run -A scripts/bench-inprocess.mjs ...
//   ... --tests evalsha_incr,evalsha_10_hset --pipeline 1 [--root /work/base]   (the EVALSHA rows; --root: a
//   built checkout to measure instead of this one, for before/after with the same harness; --compare /work/base:
//   both in one process, in alternating slices: ns per command of each and this one's ratio to the baseline)
//
// Node runs the compiled dist/ (run `npm run build` first); Bun and Deno run src/ as written. Each runtime's
// shim is what is imported, so its byte codec is the one in use. Prints a JSON line per test: ns per command.
// --no-accounting: the server sizes no key (the benchmark-only `memoryAccounting: false`). --accounting-cost:
// servers with and without memory accounting and an A/A control, each on its own copy of the code, fed in
// alternating slices (scripts/bench-accounting.mjs, in npm run bench, repeats it and prints the cost).
// Allocation per command: run it under `node --trace-gc-nvp` (or deno's --v8-flags) and sum `allocated=`.
const runtime = globalThis.Bun ? "bun" : globalThis.Deno ? "deno" : "node";
const args = globalThis.Deno ? Deno.args : process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const seconds = Number(opt("--seconds", "2"));
const tests = opt("--tests", "set,get,incr").split(",");
const pipelines = opt("--pipeline", "1,16").split(",").map(Number);

// --root <dir>: run another checkout's server with this script (a built baseline for before/after; <dir> and
// --compare's are absolute paths).
const rootArg = opt("--root", null);
const root = rootArg === null ? new URL("../", import.meta.url) : new URL(`file://${rootArg.replace(/\/?$/, "/")}`);
const entry = runtime === "node" ? "dist/runtime/node.js" : `src/runtime/${runtime}.ts`;
const { Server, SystemHost, allCommands } = await import(new URL(entry, root).href);
// --compare <dir>: this checkout and another built one (the baseline) in one process, fed in alternating
// slices as --accounting-cost does, so that drift on a shared machine hits both alike.
const compareArg = opt("--compare", null);
const baseline = compareArg === null
  ? null
  : await import(new URL(entry, new URL(`file://${compareArg.replace(/\/?$/, "/")}`)).href);

const COMMANDS = {
  set: ["SET", "key:__rand_int__", "xxx"],
  get: ["GET", "key:__rand_int__"],
  incr: ["INCR", "counter:__rand_int__"],
  ping: ["PING"],
};

// The EVALSHA rows of bench.mjs: the script is loaded first, then run by its SHA1 on a key of its own, as
// bench.mjs sends it (one key for both would make the hash script's HSETs fail with WRONGTYPE on the counter).
const SCRIPTS = {
  evalsha_incr: "return redis.call('INCR', KEYS[1])",
  evalsha_10_hset: "for i = 1, 10 do redis.call('HSET', KEYS[1], 'f' .. i, ARGV[1]) end return 10",
};
const { sha1hex } = await import(new URL(runtime === "node" ? "dist/core/sha1.js" : "src/core/sha1.ts", root).href);
for (const [name, body] of Object.entries(SCRIPTS)) {
  COMMANDS[name] = ["EVALSHA", sha1hex(body), "1", `bench:${name}`, "value"];
}

function encode(argv) {
  let s = `*${argv.length}\r\n`;
  for (const a of argv) s += `$${a.length}\r\n${a}\r\n`;
  return s;
}

function bytes(s) {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

const proc = globalThis.process ?? (await import("node:process")).default;
const cpuMs = () => {
  const u = proc.cpuUsage();
  return (u.user + u.system) / 1000;
};

const { nullTransport } = await import(new URL("scripts/null-transport.mjs", root).href);
const host = new SystemHost();
const servers = [];

/**
 * A server with one connection on a transport that only counts bytes; `memoryAccounting` false sizes no key.
 * `lib`: the Server, command families and host to use (--accounting-cost loads a copy of the code per server).
 */
function connection(memoryAccounting, lib = { Server, allCommands, host }) {
  const server = new lib.Server({
    host: lib.host,
    families: lib.allCommands,
    config: [["save", ""], ["appendonly", "no"]],
    memoryAccounting,
  });
  servers.push(server);
  const client = server.connect(nullTransport());
  // The EVALSHA rows' scripts, loaded on every server.
  for (const body of Object.values(SCRIPTS)) client.feed(bytes(encode(["SCRIPT", "LOAD", body])));
  return client;
}

/** Feeds `client` the test's chunk for `secs` of CPU time; CPU ns per command. */
const warmed = new Set();

function measure(client, t, p, secs) {
  const chunk = bytes(encode(COMMANDS[t]).repeat(p));
  // Warm-up (once per connection and test), then as many chunks as fit in `secs`, measured in batches to keep
  // clock reads out of it.
  const key = `${servers.indexOf(client.server)} ${t} ${p}`;
  if (!warmed.has(key)) {
    warmed.add(key);
    for (let i = 0; i < 20000; i++) client.feed(chunk.slice());
  }
  // A fresh chunk per read, as the sockets give: the copy is made outside the timed part.
  const batch = 2000;
  const chunks = Array.from({ length: batch }, () => chunk.slice());
  let commands = 0;
  let elapsed = 0;
  // CPU time (all threads: GC helpers count) rather than wall time: on a shared machine a process waiting
  // for a core would otherwise count as slow.
  while (elapsed < secs * 1000) {
    const t0 = cpuMs();
    for (let i = 0; i < batch; i++) client.feed(chunks[i]);
    elapsed += cpuMs() - t0;
    commands += batch * p;
  }
  return (elapsed * 1e6) / commands;
}

/**
 * Two connections fed test `t` at pipeline `p` in alternating slices of 0.1 s of CPU time until each had
 * `seconds`: drift on a shared machine then hits both alike. CPU ns per command of each.
 */
function alternating(x, y, t, p) {
  let a = 0;
  let b = 0;
  const slices = Math.max(2, Math.round(seconds * 10));
  // Which of the two goes first alternates too: on Bun the first after a switch ran measurably slower.
  for (let i = 0; i < slices; i++) {
    if (i % 2 === 0) {
      a += measure(x, t, p, 0.1);
      b += measure(y, t, p, 0.1);
    } else {
      b += measure(y, t, p, 0.1);
      a += measure(x, t, p, 0.1);
    }
  }
  return [a / slices, b / slices];
}

const results = [];
if (baseline !== null) {
  const now = connection(true);
  const before = connection(true, { Server: baseline.Server, allCommands: baseline.allCommands, host });
  for (const p of pipelines) {
    for (const t of tests) {
      const [a, b] = alternating(now, before, t, p);
      results.push({
        runtime,
        test: t,
        pipeline: p,
        nsBaseline: Math.round(b),
        nsThis: Math.round(a),
        ratio: Math.round((1000 * a) / b) / 1000,
      });
    }
  }
} else if (args.includes("--accounting-cost")) {
  // Three servers in one process: A with memory accounting, B without, C with it again (the A/A control), each
  // built from its own copy of the code (the runtime's tree copied to a temporary directory and imported from
  // there), so no function is shared and each copy's JIT sees one configuration only, as a real server's does.
  // Each test feeds them in turn in 0.05 s slices of CPU time (each order of the three in turn) until each had
  // `seconds`, after one discarded round: drift on a shared machine hits the three alike. Per test: the median
  // slice of each, and the medians of the per-round ratios A/B (the cost) and C/A (the control).
  const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { fileURLToPath, pathToFileURL } = await import("node:url");
  const tree = runtime === "node" ? "dist" : "src";
  const copies = [];
  const load = async () => {
    const dir = mkdtempSync(join(tmpdir(), "redis-lite-accounting-"));
    copies.push(dir);
    cpSync(fileURLToPath(new URL(tree, root)), join(dir, tree), { recursive: true });
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
    const lib = await import(pathToFileURL(join(dir, entry)).href);
    return { Server: lib.Server, allCommands: lib.allCommands, host: new lib.SystemHost() };
  };
  const libs = [await load(), await load(), await load()];
  // --roles (default on,off,on) checks the method itself: on,on,on shows whether a copy's position matters.
  const roles = opt("--roles", "on,off,on").split(",").map((r) => r === "on");
  const trio = [0, 1, 2].map((i) => connection(roles[i], libs[i]));
  const median = (v) => {
    const s = [...v].sort((x, y) => x - y);
    const m = s.length >> 1;
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const slices = Math.max(2, Math.round(seconds * 20));
  // Every order of the three in turn, so each follows each other as often (a slice can pay for the one before it:
  // a collection its allocations started, caches it left cold).
  const ORDERS = [[0, 1, 2], [1, 2, 0], [2, 0, 1], [0, 2, 1], [2, 1, 0], [1, 0, 2]];
  for (const p of pipelines) {
    for (const t of tests) {
      const ns = [[], [], []];
      for (let i = -1; i < slices; i++) {
        for (let j = 0; j < 3; j++) {
          const k = ORDERS[(i + 6) % 6][j];
          const v = measure(trio[k], t, p, 0.05);
          if (i >= 0) ns[k].push(v);
        }
      }
      const [a, b, c] = ns;
      results.push({
        runtime,
        test: t,
        pipeline: p,
        nsWith: Math.round(median(a) * 10) / 10,
        nsWithout: Math.round(median(b) * 10) / 10,
        nsControl: Math.round(median(c) * 10) / 10,
        cost: median(a.map((x, i) => x / b[i] - 1)),
        control: median(c.map((x, i) => x / a[i] - 1)),
      });
    }
  }
  for (const { host } of libs) host.cancelTimers?.();
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
} else {
  const client = connection(!args.includes("--no-accounting"));
  for (const p of pipelines) {
    for (const t of tests) {
      const ns = measure(client, t, p, seconds);
      results.push({
        runtime,
        test: t,
        pipeline: p,
        nsPerCommand: Math.round(ns),
        commandsPerSec: Math.round(1e9 / ns),
      });
    }
  }
}
for (const r of results) console.log(JSON.stringify(r));
for (const server of servers) server.stop();
host.cancelTimers?.();
if (runtime === "deno") Deno.exit(0);
else process.exit(0);
