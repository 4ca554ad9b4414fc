#!/usr/bin/env node
/**
 * Stream benchmark: loads 1,000,000 entries into one stream with pipelined XADD (explicit increasing IDs, one
 * field/value pair each), then times XRANGE <random id> + COUNT 10, and XREADGROUP COUNT 10 followed by an
 * XACK of what it got, per operation; reports memory from INFO before and after the load. Works against
 * redis-server and this server alike; prints one JSON object.
 *
 *   node scripts/bench-stream.mjs --port 6379 [--host 127.0.0.1] [--entries 1000000] [--ops 20000] [--pipeline 64]
 *     [--warmup 0|1]
 *
 * Each operation kind runs `ops` times untimed first (--warmup 0: not), then `ops` times timed; beside the
 * wall time per operation (which includes this client and the machine's load) it reports the server's own
 * CPU time per operation (cpuUsPerOp), the fairer figure on a shared machine (from the kernel's per-thread
 * run time in nanoseconds where /proc has it; else in 10 ms clock ticks: then give --ops enough for a few
 * hundred of them).
 *
 * The key used is "bench:stream" (deleted before and after).
 */
import { readdirSync, readFileSync } from "node:fs";
import { Conn, encode, memory, rng, timeOps } from "./bench-zset.mjs";

function parseArgs(argv) {
  const opts = { host: "127.0.0.1", port: 6379, entries: 1_000_000, ops: 20_000, pipeline: 64, warmup: 1 };
  for (let i = 2; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, "");
    if (!(name in opts)) throw new RangeError(`unknown option --${name}`);
    opts[name] = name === "host" ? argv[i + 1] : Number(argv[i + 1]);
  }
  return opts;
}

const KEY = "bench:stream";

/**
 * The server's own CPU time (all its threads): per-operation cost free of client and machine noise. A reading
 * is per thread, from /proc/<process_id>/task/<thread>/schedstat when the server runs on this machine
 * (nanoseconds on the CPU, every runtime alike; Deno's INFO cpu reports zeros), else the process's
 * utime + stime from /proc/<process_id>/stat (10 ms clock ticks), else INFO cpu; as thread -> seconds.
 */
async function serverCpu(conn) {
  const pid = /process_id:(\d+)/.exec(await conn.call("INFO", "server"))?.[1];
  const threads = new Map();
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        threads.set(task, Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]) / 1e9);
      } catch { /* the thread ended meanwhile */ }
    }
    if (threads.size > 0) return threads;
  } catch { /* no schedstat: the clock ticks below */ }
  try {
    // Fields after the ")" closing the command name: utime and stime are the 12th and 13th, in clock ticks.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return new Map([["process", (Number(f[11]) + Number(f[12])) / 100]]);
  } catch {
    const info = await conn.call("INFO", "cpu");
    const field = (name) => Number(new RegExp(`^${name}:([\\d.]+)`, "m").exec(info)?.[1] ?? NaN);
    return new Map([["process", field("used_cpu_user") + field("used_cpu_sys")]]);
  }
}

/**
 * Adds the server CPU µs per operation spent since the reading `cpu0` to a timing: per thread alive at the
 * end, its time since then (a thread that ended meanwhile, like an idle runtime worker, takes its time along,
 * rather than the whole of its life off the sum).
 */
async function withCpu(conn, cpu0, timing) {
  let seconds = 0;
  for (const [thread, t] of await serverCpu(conn)) seconds += t - (cpu0.get(thread) ?? 0);
  timing.cpuUsPerOp = Number((seconds * 1e6 / timing.n).toFixed(3));
  return timing;
}

/**
 * XREADGROUP COUNT 10 then XACK of the ten IDs it delivered, `rounds` times in sequence (one operation is the
 * pair), by a new group reading from the start of the stream; its pending list is empty at the end.
 */
async function groupRounds(conn, group, rounds) {
  await conn.call("XGROUP", "CREATE", KEY, group, "0");
  let next = 1;
  for (let k = 0; k < rounds; k++) {
    await conn.call("XREADGROUP", "GROUP", group, "c", "COUNT", "10", "STREAMS", KEY, ">");
    const ids = [];
    for (let j = 0; j < 10; j++) ids.push(`${next++}-0`);
    await conn.call("XACK", KEY, group, ...ids);
  }
}

async function main() {
  const o = parseArgs(process.argv);
  const conn = await Conn.open(o.host, o.port);
  await conn.call("DEL", KEY);
  const before = await memory(conn);
  const loadStart = process.hrtime.bigint();
  for (let i = 0; i < o.entries; i += o.pipeline) {
    const n = Math.min(o.pipeline, o.entries - i);
    const chunk = [];
    for (let j = 0; j < n; j++) chunk.push(encode(["XADD", KEY, `${i + j + 1}-0`, "field", `value:${i + j}`]));
    conn.send(chunk);
    await conn.replies(n);
  }
  const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
  const length = Number((await conn.call("XLEN", KEY)).slice(1));
  const after = await memory(conn);

  // Warm-up (unless --warmup 0): as many operations of each kind, untimed, before the timed ones, on every
  // server alike. A JIT-compiled server runs its first thousands of commands unoptimised, and its heap is
  // still settling from the load: the first XRANGEs after a load cost several times the later ones.
  const ops = {};
  if (o.warmup) {
    const w = rng(7);
    await timeOps(
      conn,
      o.ops,
      o.pipeline,
      () => ["XRANGE", KEY, `${1 + Math.floor(w() * o.entries)}-0`, "+", "COUNT", "10"],
    );
    await groupRounds(conn, "warmup", Math.floor(o.ops / 10));
  }
  const r = rng(42);
  let cpu0 = await serverCpu(conn);
  ops.xrange = await timeOps(
    conn,
    o.ops,
    o.pipeline,
    () => ["XRANGE", KEY, `${1 + Math.floor(r() * o.entries)}-0`, "+", "COUNT", "10"],
  );
  await withCpu(conn, cpu0, ops.xrange);
  const groupOps = Math.floor(o.ops / 10);
  cpu0 = await serverCpu(conn);
  const start = process.hrtime.bigint();
  await groupRounds(conn, "g", groupOps);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  ops.xreadgroup_xack = await withCpu(conn, cpu0, {
    n: groupOps,
    usPerOp: Number(((seconds * 1e6) / groupOps).toFixed(3)),
  });
  const pending = await conn.call("XPENDING", KEY, "g");

  const server = await conn.call("INFO", "server");
  const version = /redis_version:([^\r\n]+)/.exec(server)?.[1] ?? null;
  await conn.call("DEL", KEY);
  conn.close();
  const perEntry = after.used_memory !== null && before.used_memory !== null
    ? Math.round((after.used_memory - before.used_memory) / length)
    : null;
  console.log(JSON.stringify(
    {
      port: o.port,
      redis_version: version,
      entries: length,
      pending_left: Number(/^\*4\r\n:(\d+)/.exec(pending)?.[1] ?? -1),
      load: { seconds: Number(loadSeconds.toFixed(3)), entriesPerSec: Math.round(length / loadSeconds) },
      ops,
      memory: { before, after, usedBytesPerEntry: perEntry },
    },
    null,
    2,
  ));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
