#!/usr/bin/env node
/**
 * Replication benchmark (issue 16), redis-server 7.0.15 and this server measured in the same run:
 *   - full sync: a master holding N keys (DEBUG POPULATE N key 100; default 1,000,000) and a replica told
 *     REPLICAOF; the time until the replica's link is up with every key loaded. Diskless (the 7.0 default)
 *     with repl-diskless-sync-delay 0 on every master, so the delay is not measured. Each pairing: this
 *     server as master with a redis-server replica, redis-server as master with this server as replica, and
 *     redis-server -> redis-server; the replica's own load time (its log's "Loading DB in memory" to "Done
 *     loading RDB") is shown beside the total.
 *   - write throughput: redis-benchmark SET (-c 50, -P 1 and -P 16) on a master without a replica, then with a
 *     redis-server replica attached; the ratio with/without, next to redis-server's own ratio.
 * Targets: sync within 2x of redis-server -> redis-server; the throughput ratio no more than 10% below Redis's.
 *
 * Usage: node scripts/bench-repl.mjs [--keys N] [--requests N] [--rounds N] [--runtimes node,bun,deno]
 * Needs dist/ (npm run build) for Node.
 */
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
/** `--name value` from the command line, or `def`. */
const flag = (name, def) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : def);
const KEYS = Number(flag("keys", "1000000"));
const REQUESTS = Number(flag("requests", "200000"));
const RUNTIMES = flag("runtimes", "node").split(",").filter(Boolean);
const ROUNDS = Number(flag("rounds", "3"));
const bin = (name) => path.join(root, "node_modules/.bin", name);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-bench-repl-"));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A port the kernel just gave out as free. */
async function freePort() {
  const s = net.createServer().listen(0, "127.0.0.1");
  await once(s, "listening");
  const { port } = s.address();
  s.close();
  return port;
}

// No save points, DEBUG on (POPULATE), and the diskless sync starting at once rather than after 5 seconds.
const common = (port, dir) =>
  `--port ${port} --save '' --appendonly no --dir ${dir} --enable-debug-command yes --repl-diskless-sync-delay 0`
    .split(" ").map((a) => (a === "''" ? "" : a));
const commands = {
  redis: (port, dir) => ["redis-server", [...common(port, dir), "--bind", "127.0.0.1"]],
  node: (port, dir) => [process.execPath, [path.join(root, "dist/node.js"), ...common(port, dir)]],
  bun: (port, dir) => [bin("bun"), [path.join(root, "src/runtime/bun.ts"), ...common(port, dir)]],
  deno: (port, dir) => [bin("deno"), ["run", "-A", path.join(root, "src/runtime/deno.ts"), ...common(port, dir)]],
};

function cli(port, ...argv) {
  const opts = { encoding: "utf8", timeout: 600_000, stdio: ["ignore", "pipe", "ignore"] };
  return execFileSync("redis-cli", ["-p", String(port), ...argv], opts).trim();
}

async function start(name) {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(workDir, `${name}-`));
  const [cmd, argv] = commands[name](port, dir);
  const proc = spawn(cmd, argv, { stdio: ["ignore", "pipe", "inherit"] });
  let log = "";
  proc.stdout.on("data", (d) => (log += d.toString("latin1")));
  for (let i = 0;; i++) {
    if (proc.exitCode !== null) throw new Error(`${name} exited (${proc.exitCode})`);
    try {
      if (cli(port, "PING") === "PONG") break;
    } catch { /* not up yet */ }
    if (i > 300) throw new Error(`${name} never answered`);
    await sleep(100);
  }
  return {
    port,
    log: () => log,
    stop: () =>
      new Promise((r) => {
        if (proc.exitCode !== null) return r();
        proc.once("exit", r);
        proc.kill("SIGKILL");
      }),
  };
}

function infoField(port, field) {
  const m = new RegExp(`^${field}:(.*)$`, "m").exec(cli(port, "INFO", "replication"));
  return m === null ? "" : m[1].trim();
}

/** REPLICAOF until the replica's link is up with the whole dataset loaded: seconds. */
async function fullSync(masterPort, replicaPort, keys = KEYS) {
  const t0 = process.hrtime.bigint();
  cli(replicaPort, "REPLICAOF", "127.0.0.1", String(masterPort));
  for (;;) {
    if (
      infoField(replicaPort, "master_link_status") === "up" && infoField(replicaPort, "master_sync_in_progress") === "0"
    ) {
      break;
    }
    await sleep(20);
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const n = Number(cli(replicaPort, "DBSIZE"));
  if (n !== keys) throw new Error(`the replica holds ${n} keys, not ${keys}`);
  return secs;
}

/** redis-benchmark's SET ops/s with 50 clients and this pipeline depth, on random keys. */
function setThroughput(port, pipeline) {
  const argv = `-p ${port} -c 50 -n ${REQUESTS} -r 1000000 -P ${pipeline} -t set --csv -q`.split(" ");
  const out = execFileSync("redis-benchmark", argv, { encoding: "utf8", timeout: 600_000 });
  const row = out.trim().split("\n").find((l) => l.startsWith('"SET"'));
  return Number(row.split(",")[1].replace(/"/g, ""));
}

/** Milliseconds of the day of a log line's timestamp ("... 08 Dec 2026 01:05:37.127 * ..."). */
function logTime(line) {
  const m = / (\d\d):(\d\d):(\d\d)\.(\d\d\d) /.exec(line);
  return m === null ? NaN : ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]);
}

/** The replica's load of the payload in seconds, from its log (NaN when the lines are missing). */
async function loadSeconds(server) {
  await sleep(300); // the log lines still in the pipe (cli() blocks the event loop)
  const lines = server.log().split("\n");
  const from = lines.findLast((l) => l.includes("MASTER <-> REPLICA sync: Loading DB in memory"));
  const to = lines.findLast((l) => l.includes("Done loading RDB"));
  return from === undefined || to === undefined ? NaN : (logTime(to) - logTime(from)) / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Lines printed under the tables: what a run had to work around. */
const notes = [];

/**
 * REPLICAOF NO ONE on the replica, then waits until the master no longer lists it. A master that still lists
 * it after 30 s (the close not noticed) is told CLIENT KILL TYPE replica, and the note says so, so the rows
 * still print.
 */
async function detach(name, masterPort, replicaPort) {
  // A replica still loading its payload answers -LOADING: asked again until it takes the command.
  let detached = "";
  for (let i = 0; i < 600; i++) {
    detached = cli(replicaPort, "REPLICAOF", "NO", "ONE");
    if (!detached.startsWith("LOADING")) break;
    await sleep(100);
  }
  if (detached !== "OK") throw new Error(`REPLICAOF NO ONE answered ${detached}`);
  try {
    await replicasOnline(masterPort, 0, replicaPort, 30_000);
  } catch (e) {
    notes.push(`${name} as master still listed a detached replica after 30 s (${e.message}); CLIENT KILL TYPE replica`);
    cli(masterPort, "CLIENT", "KILL", "TYPE", "replica");
    await replicasOnline(masterPort, 0, replicaPort);
  }
}

/** Waits until the master sees `n` replicas (online ones when n > 0). */
async function replicasOnline(masterPort, n, replicaPort = 0, waitMs = 120_000) {
  const deadline = Date.now() + waitMs;
  let info = "";
  while (Date.now() < deadline) {
    info = cli(masterPort, "INFO", "replication");
    const count = Number(/^connected_slaves:(\d+)/m.exec(info)[1]);
    if (count === n && (n === 0 || /state=online/.test(info))) return;
    await sleep(20);
  }
  const seen = replicaPort === 0 ? "" : ` (the replica: ${cli(replicaPort, "ROLE").replace(/\s+/g, " ")})`;
  throw new Error(`the replica did not ${n === 0 ? "detach" : "attach"}: ${info.replace(/\s+/g, " ")}${seen}`);
}

const rows = [];
const syncRows = [];
for (const name of ["redis", ...RUNTIMES]) {
  let master = null;
  let replica = null;
  try {
    master = await start(name);
    cli(master.port, "DEBUG", "POPULATE", String(KEYS), "key", "100");
    replica = await start("redis");
    const sync = await fullSync(master.port, replica.port);
    syncRows.push({ pairing: `${name} -> redis`, sync, load: await loadSeconds(replica) });
    // Rounds alternate between the replica detached (REPLICAOF NO ONE) and attached again (a partial resync),
    // so drift on this shared machine hits both alike; the median of each is shown.
    const alone = [[], []];
    const withReplica = [[], []];
    for (let round = 0; round < ROUNDS; round++) {
      await detach(name, master.port, replica.port);
      alone[0].push(setThroughput(master.port, 1));
      alone[1].push(setThroughput(master.port, 16));
      // Attached again: online on the master, and the replica's link up with its load done.
      await fullSync(master.port, replica.port, Number(cli(master.port, "DBSIZE")));
      await replicasOnline(master.port, 1);
      withReplica[0].push(setThroughput(master.port, 1));
      withReplica[1].push(setThroughput(master.port, 16));
    }
    rows.push({ name, sync, alone: alone.map(median), withReplica: withReplica.map(median) });
  } catch (e) {
    rows.push({ name, error: e.message });
  } finally {
    await replica?.stop();
    await master?.stop();
  }
}

// This server as the replica of a redis-server master holding the same dataset.
{
  let master = null;
  try {
    master = await start("redis");
    cli(master.port, "DEBUG", "POPULATE", String(KEYS), "key", "100");
    for (const name of RUNTIMES) {
      let replica = null;
      try {
        replica = await start(name);
        const sync = await fullSync(master.port, replica.port);
        syncRows.push({ pairing: `redis -> ${name}`, sync, load: await loadSeconds(replica) });
      } catch (e) {
        syncRows.push({ pairing: `redis -> ${name}`, error: e.message });
      } finally {
        await replica?.stop();
      }
    }
  } finally {
    await master?.stop();
  }
}

const redis = rows[0];
const base = syncRows.find((r) => r.pairing === "redis -> redis");
console.log(`Replication: full sync of ${KEYS.toLocaleString("en")} keys (master -> replica, diskless):`);
console.log("");
console.log("| master -> replica | full sync s | vs redis -> redis | of which the replica's load s |");
console.log("|---|---|---|---|");
for (const r of syncRows) {
  if (r.error) {
    console.log(`| ${r.pairing} | failed: ${r.error} | | |`);
    continue;
  }
  const vs = r === base || base === undefined ? "" : `${(r.sync / base.sync).toFixed(2)}x`;
  console.log(`| ${r.pairing} | ${r.sync.toFixed(2)} | ${vs} | ${Number.isNaN(r.load) ? "?" : r.load.toFixed(2)} |`);
}
console.log("");
console.log(`SET ops/s (redis-benchmark -c 50 -n ${REQUESTS}) on the master without / with a redis-server replica`);
console.log("attached (with/without ratio), and each to redis-server's in the same state (x redis).");
console.log("");
console.log(
  "| master | full sync s (vs redis) | SET -P 1 alone (x redis) | with replica (ratio; x redis) | SET -P 16 alone (x redis) | with replica (ratio; x redis) |",
);
console.log("|---|---|---|---|---|---|");
for (const r of rows) {
  if (r.error) {
    console.log(`| ${r.name} | failed: ${r.error} | | | | |`);
    continue;
  }
  const vs = r === redis || redis.error ? "" : ` (${(r.sync / redis.sync).toFixed(2)}x)`;
  const ratio = (i) => (r.withReplica[i] / r.alone[i]).toFixed(2);
  const vsRedis = (mine, theirs) => (r === redis || redis.error ? "" : `; ${(mine / theirs).toFixed(2)}x`);
  const cell = (i) =>
    `${Math.round(r.alone[i])}${vsRedis(r.alone[i], redis.alone?.[i]).replace("; ", " (")}${
      r === redis || redis.error ? "" : ")"
    } | ${Math.round(r.withReplica[i])} (${ratio(i)}${vsRedis(r.withReplica[i], redis.withReplica?.[i])})`;
  console.log(`| ${r.name} | ${r.sync.toFixed(2)}${vs} | ${cell(0)} | ${cell(1)} |`);
}
if (!redis.error) {
  // The target: this server's ratio to redis-server with a replica attached no more than 10% below its ratio alone.
  console.log("");
  console.log(
    "| master | -P 1: x redis alone | x redis with a replica | change | -P 16: x redis alone | x redis with a replica | change |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const r of rows.slice(1)) {
    if (r.error) continue;
    const cells = [0, 1].map((i) => {
      const alone = r.alone[i] / redis.alone[i];
      const withReplica = r.withReplica[i] / redis.withReplica[i];
      const change = (withReplica / alone - 1) * 100;
      return `${alone.toFixed(2)} | ${withReplica.toFixed(2)} | ${change >= 0 ? "+" : ""}${change.toFixed(0)}%${
        change < -10 ? " (over 10% below)" : ""
      }`;
    });
    console.log(`| ${r.name} | ${cells.join(" | ")} |`);
  }
}
console.log("");
console.log(`Load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(", ")}.`);
for (const n of notes) console.log(`Note: ${n}`);
fs.rmSync(workDir, { recursive: true, force: true });
