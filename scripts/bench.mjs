#!/usr/bin/env node
// npm run bench: redis-server 7.0.15 and this server under Node, Bun and Deno, measured in the same run.
// 1. redis-benchmark -c 50 over the core tests at -P 1 and -P 16, and the data-type tests at -P 1, servers
//    alternating per test so drift on this shared machine hits all of them alike; ops/s and ratio to Redis.
// 2. 1,000,000 keys (16-byte keys, 100-byte values) loaded into each; resident memory per key; then one list of
//    10,000,000 small elements, resident memory per element.
// Options: --quick (fewer requests, one round), --rounds N (default 3; the median is shown), --only node,bun
// (subset of runtimes), --skip-memory, --baseline DIR (also runs another checkout of this repository, built with
// `npm run build` there, as "node@base", "bun@base", "deno@base": before/after comparisons in one run),
// --throughput-only (only the redis-benchmark table), --tests evalsha_incr,set (only these redis-benchmark rows),
// --no-ceiling (skip the bare servers below).
// The ceiling: per runtime, scripts/bare-server.mjs (RESP framing and canned replies, no keyspace) runs the
// SET/GET/INCR rows too, as "node:bare" ...; each runtime's cell then also shows its ratio to its own ceiling,
// and p50/p99 latency at -P 1 is printed beside redis-server's.
// The "(acl user)" rows run SET/GET as an ACL user with key patterns (`~key:* ~counter:*`) instead of the
// default user: what the permission check costs per command, next to the default user's rows.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import net from "node:net";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";
import { freePort } from "./free-port.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1].split(",") : ["node", "bun", "deno"];
const throughputOnly = args.includes("--throughput-only");
const skipMemory = throughputOnly || args.includes("--skip-memory");
const N = quick ? 50_000 : 100_000;
const ROUNDS = args.includes("--rounds") ? Number(args[args.indexOf("--rounds") + 1]) : quick ? 1 : 3;

async function waitPort(port, proc) {
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode})`);
    const ok = await new Promise((res) => {
      const s = net.connect(port, "127.0.0.1", () => {
        s.destroy();
        res(true);
      });
      s.on("error", () => res(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`port ${port} never opened`);
}

const bin = (name) => `${root}node_modules/.bin/${name}`;
// Every server runs without save points in an empty directory: no background save during a measurement,
// and no dump.rdb written here for a later start to load.
const workDir = mkdtempSync(join(os.tmpdir(), "redis-lite-bench-"));
const ACL_USER = ["--user", "bench", "-a", "benchpw"];
const common = (port) => [
  "--port",
  String(port),
  "--save",
  "",
  "--appendonly",
  "no",
  "--dir",
  workDir,
  // One option, several arguments: redis-server joins them into the config line `user bench on ...`.
  "--user",
  "bench",
  "on",
  ">benchpw",
  "~key:*",
  "~counter:*",
  "+@all",
];
const runtimeTargets = (dir) => ({
  node: (port) => [process.execPath, [`${dir}dist/node.js`, ...common(port)]],
  bun: (port) => [bin("bun"), [`${dir}src/runtime/bun.ts`, ...common(port)]],
  deno: (port) => [bin("deno"), ["run", "--allow-net", `${dir}src/runtime/deno.ts`, ...common(port)]],
});
const bare = `${root}scripts/bare-server.mjs`;
const bareTargets = {
  "node:bare": (port) => [process.execPath, [bare, "--port", String(port)]],
  "bun:bare": (port) => [bin("bun"), [bare, "--port", String(port)]],
  "deno:bare": (port) => [bin("deno"), ["run", "--allow-net", bare, "--port", String(port)]],
};
const targets = {
  redis: (port) => ["redis-server", [...common(port), "--bind", "127.0.0.1"]],
  ...runtimeTargets(root),
  ...bareTargets,
};
const runtimes = [...only];
const ceilings = args.includes("--no-ceiling") ? [] : runtimes.map((r) => `${r}:bare`);
if (args.includes("--baseline")) {
  const dir = args[args.indexOf("--baseline") + 1].replace(/\/?$/, "/");
  const base = runtimeTargets(dir);
  for (const r of runtimes) {
    targets[`${r}@base`] = base[r];
    only.push(`${r}@base`);
  }
}

async function start(name, extra = []) {
  const port = await freePort();
  const [cmd, argv] = targets[name](port);
  const proc = spawn(cmd, [...argv, ...extra], { stdio: ["ignore", "ignore", "inherit"] });
  await waitPort(port, proc);
  return {
    name,
    port,
    proc,
    stop: () =>
      new Promise((r) => {
        proc.once("exit", r);
        proc.kill("SIGKILL");
      }),
  };
}

function rss(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(m[1]) * 1024;
}

/**
 * Runs scripts/<script>.mjs (which prints one JSON object) against a server, sampling the server's RSS every
 * 50 ms meanwhile: its output and the peak growth over the RSS at the start.
 */
async function runWithPeakRss(pid, script, args) {
  const rss0 = rss(pid);
  let peak = rss0;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rss(pid));
    } catch { /* exited */ }
  }, 50);
  try {
    const out = await new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [`${root}scripts/${script}.mjs`, ...args], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let text = "";
      p.stdout.on("data", (d) => (text += d));
      p.on("exit", (code) => (code === 0 ? resolve(JSON.parse(text)) : reject(new Error(`${script} exited ${code}`))));
    });
    return { out, grown: peak - rss0 };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Scripts run by EVALSHA (loaded with SCRIPT LOAD on every server first): the script path around one INCR,
 * and a script doing 10 HSETs. redis-benchmark sends them as its own commands.
 */
const SCRIPTS = {
  evalsha_incr: "return redis.call('INCR', KEYS[1])",
  evalsha_10_hset: "for i = 1, 10 do redis.call('HSET', KEYS[1], 'f' .. i, ARGV[1]) end return 10",
};
const sha1 = (s) => createHash("sha1").update(s).digest("hex");

function loadScripts(port) {
  for (const body of Object.values(SCRIPTS)) {
    execFileSync("redis-cli", ["-p", String(port), "SCRIPT", "LOAD", body], { stdio: "ignore" });
  }
}

/**
 * Tests redis-benchmark has no -t name for: the command it sends, with __rand_int__ drawn from 1,000,000
 * values. PFADD adds random elements to one HLL, which turns dense early and then mostly changes nothing.
 */
const customTests = { pfadd: ["PFADD", "bench:hll", "ele:__rand_int__"] };

function benchmark(port, test, pipeline, n = N, auth = []) {
  const custom = customTests[test];
  if (custom) {
    return redisBenchmark(port, [...auth, "-P", String(pipeline), "-r", "1000000", ...custom], n, test.toUpperCase());
  }
  // A command of its own (an array: redis-benchmark's trailing command form).
  if (Array.isArray(test)) return redisBenchmark(port, [...auth, "-P", String(pipeline), ...test], n);
  if (SCRIPTS[test] !== undefined) {
    const command = ["EVALSHA", sha1(SCRIPTS[test]), "1", `bench:${test}`, "value"];
    return redisBenchmark(port, [...auth, "-P", String(pipeline), ...command], n, test.toUpperCase());
  }
  return redisBenchmark(port, [...auth, "-P", String(pipeline), "-t", test], n);
}

/**
 * Runs redis-benchmark; by test name (`label` names a custom command's row), ops/s and the p50 and p99
 * latency in ms (redis-benchmark 7.0's --csv columns: test, rps, avg, min, p50, p95, p99, max).
 */
function redisBenchmark(port, testArgs, n, label) {
  try {
    const out = execFileSync("redis-benchmark", [
      "-p",
      String(port),
      "-c",
      "50",
      "-n",
      String(n),
      "--csv",
      "-q",
      ...testArgs,
    ], { encoding: "utf8", timeout: 300_000, stdio: ["ignore", "pipe", "ignore"] });
    const rows = out.trim().split("\n").filter((l) => !l.startsWith('"test"'));
    // One test can yield several rows (lrange gives LRANGE_100..600): map name -> rps
    const res = {};
    for (const r of rows) {
      const cols = r.split(",").map((c) => c.replace(/"/g, ""));
      res[label ?? cols[0]] = { rps: Number(cols[1]), p50: Number(cols[4]), p99: Number(cols[6]) };
    }
    return res;
  } catch {
    return {};
  }
}

/** Loads `count` keys with 16-byte names and 100-byte values over one pipelined connection. */
function loadKeys(port, count) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, "127.0.0.1");
    const value = "v".repeat(100);
    let replies = 0;
    let sent = 0;
    const batch = 10_000;
    sock.on("data", (d) => {
      for (let i = 0; i < d.length; i++) if (d[i] === 10) replies++;
      if (replies >= count) {
        sock.end();
        resolve();
      } else if (replies >= sent - batch && sent < count) sendBatch();
    });
    sock.on("error", reject);
    function sendBatch() {
      let s = "";
      const end = Math.min(count, sent + batch);
      for (let i = sent; i < end; i++) {
        const key = `key:${String(i).padStart(12, "0")}`;
        s += `*3\r\n$3\r\nSET\r\n$16\r\n${key}\r\n$100\r\n${value}\r\n`;
      }
      sent = end;
      sock.write(s);
    }
    sock.on("connect", () => {
      sendBatch();
      sendBatch();
    });
  });
}

const names = ["redis", ...only];
const core = ["set", "get", "incr"];
const types = [
  "lpush",
  "rpush",
  "lpop",
  "rpop",
  "sadd",
  "hset",
  "spop",
  "zadd",
  "zpopmin",
  "lrange_100",
  "lrange_600",
  "mset",
];
const scriptTests = Object.keys(SCRIPTS);
const onlyTests = args.includes("--tests") ? args[args.indexOf("--tests") + 1].split(",") : null;
const results = {}; // results[label][server] = rps

console.log(
  `# npm run bench — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ${os.cpus()[0].model}`,
);
console.log(`# ${N} requests per run, 50 clients; servers alternate per test; median of ${ROUNDS} round(s)\n`);

const servers = {};
for (const n of [...names, ...ceilings]) servers[n] = await start(n);
const latency = {}; // latency[label][server] = { p50, p99 }: the -P 1 core rows
try {
  for (const n of names) loadScripts(servers[n].port);
  // Warm-up: a first run would measure the JIT compiling the hot path, and only on the JS servers.
  for (const n of [...names, ...ceilings]) {
    redisBenchmark(servers[n].port, ["-P", "16", "-t", "set,get,incr"], 100_000);
    redisBenchmark(servers[n].port, ["-P", "1", "-t", "set,get,incr"], 10_000);
  }
  const plan = [
    ...core.map((t) => [t, 1]),
    ...core.map((t) => [t, 16]),
    ...types.map((t) => [t, 1]),
    ...scriptTests.map((t) => [t, 1]),
    ...scriptTests.map((t) => [t, 16]),
    // Streams: XADD with a generated ID, as bullmq and event logs use it.
    [["XADD", "bench:s", "*", "f", "v"], 1],
    [["XADD", "bench:s", "*", "f", "v"], 16],
    ["pfadd", 1],
    ["pfadd", 16],
    ...["set", "get"].flatMap((t) => [[t, 1, ACL_USER], [t, 16, ACL_USER]]),
  ].filter(([t]) => onlyTests === null || onlyTests.includes(Array.isArray(t) ? t[0].toLowerCase() : t));
  // Rounds: every server runs each test once per round, servers alternating; the table shows the median.
  const samples = {}; // samples[label][server] = [rps, ...]
  for (let round = 0; round < ROUNDS; round++) {
    for (const [test, p, auth] of plan) {
      // The bare servers answer only the core rows (as the default user).
      const against = core.includes(test) && !auth ? [...names, ...ceilings] : names;
      for (const n of against) {
        const n1 = p > 1 ? N * 5 : String(test).startsWith("lrange") ? Math.floor(N / 4) : N;
        const r = benchmark(servers[n].port, test, p, n1, auth);
        for (const [k, v] of Object.entries(r)) {
          const label = `${k.toLowerCase()} -P ${p}${auth ? " (acl user)" : ""}`;
          ((samples[label] ??= {})[n] ??= []).push(v);
        }
      }
      process.stderr.write(".");
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const [label, row] of Object.entries(samples)) {
    for (const [n, values] of Object.entries(row)) {
      (results[label] ??= {})[n] = median(values.map((v) => v.rps));
      if (core.includes(label.split(" ")[0]) && label.endsWith("-P 1")) {
        (latency[label] ??= {})[n] = { p50: median(values.map((v) => v.p50)), p99: median(values.map((v) => v.p99)) };
      }
    }
  }
} finally {
  for (const s of Object.values(servers)) await s.stop();
}
process.stderr.write("\n");

// A runtime's cell: ops/s (ratio to redis-server), and "/ c" its ratio to its own runtime's bare ceiling.
const ceilingOf = (n) => `${n.split("@")[0]}:bare`;
const header = `| test | redis ops/s | ${only.map((n) => `${n} ops/s (x redis / x ceiling)`).join(" | ")} |`;
console.log(header);
console.log(`|${"---|".repeat(2 + only.length)}`);
for (const [label, row] of Object.entries(results)) {
  const base = row.redis;
  const cells = only.map((n) => {
    if (!row[n]) return "n/a";
    const ceiling = row[ceilingOf(n)];
    const ratios = `${base ? (row[n] / base).toFixed(2) : "-"}${ceiling ? ` / ${(row[n] / ceiling).toFixed(2)}` : ""}`;
    return `${Math.round(row[n]).toLocaleString("en")} (${ratios})`;
  });
  console.log(`| ${label} | ${base ? Math.round(base).toLocaleString("en") : "n/a"} | ${cells.join(" | ")} |`);
}
if (ceilings.length > 0) {
  // The ceilings themselves, against redis-server.
  console.log(
    `\n| bare framing server (the ceiling) | redis ops/s | ${
      ceilings.map((n) => `${n} ops/s (x redis)`).join(" | ")
    } |`,
  );
  console.log(`|${"---|".repeat(2 + ceilings.length)}`);
  for (const [label, row] of Object.entries(results)) {
    if (!ceilings.some((n) => row[n])) continue;
    const base = row.redis;
    const cells = ceilings.map((n) =>
      row[n] ? `${Math.round(row[n]).toLocaleString("en")} (${base ? (row[n] / base).toFixed(2) : "-"})` : "n/a"
    );
    console.log(`| ${label} | ${base ? Math.round(base).toLocaleString("en") : "n/a"} | ${cells.join(" | ")} |`);
  }
}
if (Object.keys(latency).length > 0) {
  // Latency at -c 50 -P 1, p50 / p99 in ms, with p99's ratio to redis-server's.
  const cols = [...only, ...ceilings];
  console.log(
    `\n| latency -c 50, ms | redis p50 / p99 | ${cols.map((n) => `${n} p50 / p99 (p99 x redis)`).join(" | ")} |`,
  );
  console.log(`|${"---|".repeat(2 + cols.length)}`);
  for (const [label, row] of Object.entries(latency)) {
    const base = row.redis;
    const cell = (l) => (l ? `${l.p50.toFixed(3)} / ${l.p99.toFixed(3)}` : "n/a");
    const cells = cols.map((n) =>
      row[n] ? `${cell(row[n])} (${base ? (row[n].p99 / base.p99).toFixed(2) : "-"})` : "n/a"
    );
    console.log(`| ${label} | ${cell(base)} | ${cells.join(" | ")} |`);
  }
}

if (!skipMemory) {
  // SET while maxmemory is full and allkeys-lru evicts a key for nearly every write: the sampling, the eviction
  // pool and the deletes on the write path. Loaded past the limit first, then random keys over a larger space.
  const LIMIT = "64mb";
  console.log(
    `\n| SET with maxmemory ${LIMIT}, allkeys-lru evicting | redis ops/s | ${
      only.map((n) => `${n} ops/s (ratio)`).join(" | ")
    } | evicted (${names.join(", ")}) |`,
  );
  console.log(`|${"---|".repeat(3 + only.length)}`);
  const evicting = {};
  const evicted = {};
  for (const n of names) {
    const s = await start(n, ["--maxmemory", LIMIT, "--maxmemory-policy", "allkeys-lru"]);
    try {
      await loadKeys(s.port, 400_000);
      for (const p of [1, 16]) {
        const out = execFileSync("redis-benchmark", [
          "-p",
          String(s.port),
          "-c",
          "50",
          "-n",
          String(p > 1 ? N * 5 : N),
          "-P",
          String(p),
          "-t",
          "set",
          "-r",
          "4000000",
          "-d",
          "100",
          "--csv",
          "-q",
        ], { encoding: "utf8", timeout: 300_000, stdio: ["ignore", "pipe", "ignore"] });
        const row = out.trim().split("\n").find((l) => l.startsWith('"SET"'));
        (evicting[`set -P ${p}`] ??= {})[n] = row ? Number(row.split(",")[1].replace(/"/g, "")) : 0;
      }
      const info = execFileSync("redis-cli", ["-p", String(s.port), "INFO", "stats"], { encoding: "utf8" });
      evicted[n] = /evicted_keys:(\d+)/.exec(info)?.[1] ?? "?";
    } finally {
      await s.stop();
    }
  }
  for (const [label, row] of Object.entries(evicting)) {
    const base = row.redis;
    const cells = only.map((n) =>
      `${Math.round(row[n]).toLocaleString("en")} (${base ? (row[n] / base).toFixed(2) : "-"})`
    );
    console.log(
      `| ${label} | ${Math.round(base).toLocaleString("en")} | ${cells.join(" | ")} | ${
        names.map((n) => evicted[n]).join(", ")
      } |`,
    );
  }

  const COUNT = 1_000_000;
  console.log(
    `\n| ${COUNT.toLocaleString("en")} keys (16-byte key, 100-byte value) | RSS growth | bytes/key | ratio to redis |`,
  );
  console.log("|---|---|---|---|");
  let base = 0;
  for (const n of names) {
    const s = await start(n);
    try {
      await new Promise((r) => setTimeout(r, 500));
      const before = rss(s.proc.pid);
      await loadKeys(s.port, COUNT);
      await new Promise((r) => setTimeout(r, 3000));
      const grown = rss(s.proc.pid) - before;
      const perKey = grown / COUNT;
      if (n === "redis") base = perKey;
      console.log(
        `| ${n} | ${(grown / 1048576).toFixed(0)} MB | ${perKey.toFixed(0)} | ${
          base ? (perKey / base).toFixed(2) : "-"
        } |`,
      );
    } finally {
      await s.stop();
    }
  }

  // One list of 10,000,000 small values (scripts/bench-list.mjs: RPUSH 1,000 at a time of "0".."99"):
  // resident memory growth, which shows whether small elements are packed as Redis's quicklist packs them.
  const ELEMENTS = quick ? 2_000_000 : 10_000_000;
  console.log(
    `\n| one list, ${
      ELEMENTS.toLocaleString("en")
    } small elements | RSS growth | bytes/element | ratio to redis | load elements/s |`,
  );
  console.log("|---|---|---|---|---|");
  let listBase = 0;
  for (const n of names) {
    const s = await start(n);
    try {
      await new Promise((r) => setTimeout(r, 500));
      const before = rss(s.proc.pid);
      const out = JSON.parse(execFileSync(process.execPath, [
        `${root}scripts/bench-list.mjs`,
        "--port",
        String(s.port),
        "--elements",
        String(ELEMENTS),
      ], { encoding: "utf8", timeout: 1_200_000, stdio: ["ignore", "pipe", "inherit"] }));
      await new Promise((r) => setTimeout(r, 3000));
      const grown = rss(s.proc.pid) - before;
      if (n === "redis") listBase = grown;
      console.log(
        `| ${n} | ${(grown / 1048576).toFixed(0)} MB | ${(grown / ELEMENTS).toFixed(1)} | ${
          listBase ? (grown / listBase).toFixed(2) : "-"
        } | ${out.elementsPerSec.toLocaleString("en")} |`,
      );
    } catch (e) {
      console.log(`| ${n} | failed: ${e.message} | | | |`);
    } finally {
      await s.stop();
    }
  }
}

if (!throughputOnly) {
  // Sorted sets: 1,000,000 members in one key, then ZADD / ZRANK / ZRANGEBYSCORE LIMIT 0 10 / ZREM per operation
  // (scripts/bench-zset.mjs against each server), with the server's peak RSS growth sampled meanwhile.
  {
    const members = quick ? 200_000 : 1_000_000;
    const opsN = quick ? 20_000 : 100_000;
    console.log(
      `\n| sorted set, ${
        members.toLocaleString("en")
      } members | load members/s | ZADD µs/op | ZRANK µs/op | ZRANGEBYSCORE LIMIT 0 10 µs/op | ZREM µs/op | peak RSS growth |`,
    );
    console.log("|---|---|---|---|---|---|---|");
    const base = {};
    for (const n of names) {
      const s = await start(n);
      try {
        await new Promise((r) => setTimeout(r, 300));
        const { out, grown } = await runWithPeakRss(s.proc.pid, "bench-zset", [
          "--port",
          String(s.port),
          "--members",
          String(members),
          "--ops",
          String(opsN),
        ]);
        const row = {
          load: out.load.membersPerSec,
          zadd: out.ops.zadd.usPerOp,
          zrank: out.ops.zrank.usPerOp,
          zrange: out.ops.zrangebyscore.usPerOp,
          zrem: out.ops.zrem.usPerOp,
          rss: grown,
        };
        if (n === "redis") Object.assign(base, row);
        const cell = (k) => (n === "redis" ? `${row[k]}` : `${row[k]} (${(row[k] / base[k]).toFixed(2)}x)`);
        console.log(
          `| ${n} | ${row.load.toLocaleString("en")} | ${cell("zadd")} | ${cell("zrank")} | ${cell("zrange")} | ${
            cell("zrem")
          } | ${(grown / 1048576).toFixed(0)} MB${n === "redis" ? "" : ` (${(grown / base.rss).toFixed(2)}x)`} |`,
        );
      } catch (e) {
        console.log(`| ${n} | failed: ${e.message} | | | | | |`);
      } finally {
        await s.stop();
      }
    }
  }

  // Streams: 1,000,000 entries in one stream, then XRANGE <random id> + COUNT 10 and XREADGROUP COUNT 10 +
  // XACK per operation (scripts/bench-stream.mjs against each server), and memory per entry: used_memory from
  // INFO (Redis's own accounting, which this server models) and the peak RSS growth of the process (what the
  // entries really take, garbage included).
  {
    const entries = quick ? 200_000 : 1_000_000;
    console.log(
      `\n| stream, ${
        entries.toLocaleString("en")
      } entries | load entries/s | XRANGE COUNT 10 µs/op | XRANGE server CPU µs/op | XREADGROUP COUNT 10 + XACK µs/op | XREADGROUP + XACK server CPU µs/op | used_memory bytes/entry | peak RSS growth bytes/entry |`,
    );
    console.log("|---|---|---|---|---|---|---|---|");
    const base = {};
    for (const n of names) {
      const s = await start(n);
      try {
        await new Promise((r) => setTimeout(r, 300));
        const { out, grown } = await runWithPeakRss(s.proc.pid, "bench-stream", [
          "--port",
          String(s.port),
          "--entries",
          String(entries),
          "--ops",
          quick ? "5000" : "20000",
        ]);
        const row = {
          xrange: out.ops.xrange.usPerOp,
          xrangeCpu: out.ops.xrange.cpuUsPerOp,
          group: out.ops.xreadgroup_xack.usPerOp,
          groupCpu: out.ops.xreadgroup_xack.cpuUsPerOp,
          mem: out.memory.usedBytesPerEntry,
          rss: Math.round(grown / out.entries),
        };
        if (n === "redis") Object.assign(base, row);
        const cell = (k) => (n === "redis" ? `${row[k]}` : `${row[k]} (${(row[k] / base[k]).toFixed(2)}x)`);
        console.log(
          `| ${n} | ${out.load.entriesPerSec.toLocaleString("en")} | ${cell("xrange")} | ${cell("xrangeCpu")} | ${
            cell("group")
          } | ${cell("groupCpu")} | ${cell("mem")} | ${cell("rss")} |`,
        );
      } catch (e) {
        console.log(`| ${n} | failed: ${e.message} | | | | | | |`);
      } finally {
        await s.stop();
      }
    }
  }

  // Pub/Sub fan-out and persistence have their own scripts; run them here so one command prints everything.
  for (
    const [script, extra] of [
      ["bench-pubsub.mjs", [...(quick ? ["--quick"] : []), "--only", runtimes.join(",")]],
      ["bench-persist.mjs", ["--keys", quick ? "200000" : "1000000", "--runtimes", runtimes.join(",")]],
      ["bench-lua.mjs", ["--runtimes", runtimes.join(",")]],
      ["bench-repl.mjs", ["--keys", quick ? "200000" : "1000000", "--runtimes", runtimes.join(",")]],
      // SET/GET over TLS against redis-server over TLS.
      ["bench-tls.mjs", ["--runtimes", runtimes.join(","), "--requests", quick ? "50000" : "100000"]],
      // SET/GET in process with and without memory accounting: what keeping used_memory costs.
      ["bench-accounting.mjs", ["--runtimes", runtimes.join(","), "--rounds", quick ? "3" : "7"]],
    ]
  ) {
    console.log("");
    try {
      execFileSync(process.execPath, [`${root}scripts/${script}`, ...extra], { stdio: "inherit", timeout: 1_200_000 });
    } catch (e) {
      console.log(`(${script} failed: ${e.message})`);
    }
  }
}

rmSync(workDir, { recursive: true, force: true });
