#!/usr/bin/env node
// The core's hot path without sockets: one connection on a transport that only counts bytes, fed the chunks
// redis-benchmark sends (`-t set,get,incr`, pipelined 1 or 16 deep), timed per command. What this measures
// is everything Redis-Lite does per read event and per command (parse, dispatch, keyspace, reply, flush),
// so a socket benchmark's distance from the bare ceiling can be split into "core" and "runtime".
//
//   npm run build && node scripts/bench-inprocess.mjs [--seconds 2] [--tests set,get,incr] [--pipeline 1,16]
//   bun scripts/bench-inprocess.mjs ...        deno run -A scripts/bench-inprocess.mjs ...
//
// Node runs the compiled dist/ (run `npm run build` first); Bun and Deno run src/ as written. Each runtime's
// shim is what is imported, so its byte codec is the one in use. Prints a JSON line per test: ns per command.
// --no-accounting: the server sizes no key (the benchmark-only `memoryAccounting: false`). --accounting-cost:
// a server with memory accounting and one without, fed in alternating slices; both ns per command
// (scripts/bench-accounting.mjs, in npm run bench, repeats it and prints the cost).
// Allocation per command: run it under `node --trace-gc-nvp` (or deno's --v8-flags) and sum `allocated=`.
const runtime = globalThis.Bun ? "bun" : globalThis.Deno ? "deno" : "node";
const args = globalThis.Deno ? Deno.args : process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const seconds = Number(opt("--seconds", "2"));
const tests = opt("--tests", "set,get,incr").split(",");
const pipelines = opt("--pipeline", "1,16").split(",").map(Number);

const root = new URL("../", import.meta.url);
const entry = runtime === "node" ? "dist/runtime/node.js" : `src/runtime/${runtime}.ts`;
const { Server, SystemHost, allCommands } = await import(new URL(entry, root).href);

const COMMANDS = {
  set: ["SET", "key:__rand_int__", "xxx"],
  get: ["GET", "key:__rand_int__"],
  incr: ["INCR", "counter:__rand_int__"],
  ping: ["PING"],
};

// The EVALSHA rows of bench.mjs: the script is loaded first, then run by its SHA1.
const SCRIPTS = {
  evalsha_incr: "return redis.call('INCR', KEYS[1])",
  evalsha_10_hset: "for i = 1, 10 do redis.call('HSET', KEYS[1], 'f' .. i, ARGV[1]) end return 10",
};
const { sha1hex } = await import(new URL(runtime === "node" ? "dist/core/sha1.js" : "src/core/sha1.ts", root).href);
for (const [name, body] of Object.entries(SCRIPTS)) {
  COMMANDS[name] = ["EVALSHA", sha1hex(body), "1", "key:__rand_int__", "xxx"];
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

/** A server with one connection on a transport that only counts bytes; `memoryAccounting` false sizes no key. */
function connection(memoryAccounting) {
  const server = new Server({
    host,
    families: allCommands,
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

const results = [];
if (args.includes("--accounting-cost")) {
  // Two servers, one sizing keys and one not, fed the same chunks in alternating slices of 0.1 s of CPU time
  // until each had `seconds`: drift on a shared machine then hits both alike.
  const on = connection(true);
  const off = connection(false);
  for (const p of pipelines) {
    for (const t of tests) {
      let a = 0;
      let b = 0;
      const slices = Math.max(2, Math.round(seconds * 10));
      // Which of the two goes first alternates too: on Bun the first after a switch ran measurably slower.
      for (let i = 0; i < slices; i++) {
        if (i % 2 === 0) {
          a += measure(on, t, p, 0.1);
          b += measure(off, t, p, 0.1);
        } else {
          b += measure(off, t, p, 0.1);
          a += measure(on, t, p, 0.1);
        }
      }
      results.push({
        runtime,
        test: t,
        pipeline: p,
        nsWithAccounting: Math.round(a / slices),
        nsWithoutAccounting: Math.round(b / slices),
      });
    }
  }
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
