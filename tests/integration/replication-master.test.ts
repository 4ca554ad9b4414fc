/**
 * This server as master, redis-server 7.0.15 as its replica: full sync (diskless and disk-backed) under a
 * write load ends with equal datasets (DEBUG DIGEST, which this server computes as Redis does), the stream
 * carries expiries, transactions, scripts and database changes, a cut link resumes with a partial resync,
 * WAIT counts the replica's acknowledgements, min-replicas-to-write refuses writes without enough replicas,
 * and `redis-cli --rdb` gets a snapshot. Every server listens on a free loopback port; conditions are polled
 * with generous deadlines.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encodeCommand } from "../helpers/resp.ts";
import { startLite, startRedis, Wire } from "../differential/runner.ts";
import type { Target } from "../differential/runner.ts";

const targets: Target[] = [];
const wires: Wire[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-repl-"));
after(async () => {
  for (const w of wires) w.destroy();
  for (const t of targets) await t.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function open(t: Target): Promise<Wire> {
  const w = await Wire.open(t.port);
  wires.push(w);
  return w;
}

async function call(w: Wire, ...args: string[]): Promise<string> {
  const r = await w.call(args, 20000);
  assert.equal(typeof r, "string", `no reply to ${args.join(" ")}`);
  return r as string;
}

/** A field of INFO (the given section). */
async function info(w: Wire, section: string, field: string): Promise<string> {
  const text = await call(w, "INFO", section);
  const m = new RegExp(`\\r\\n${field}:([^\\r]*)\\r\\n`).exec(text);
  return m === null ? "" : m[1];
}

/** Polls `cond` until it holds; fails with `what` after `ms`. */
async function until(what: string, cond: () => Promise<boolean>, ms = 60000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The replica has applied everything the master sent, and both hold the same data. */
async function inSync(master: Wire, replica: Wire): Promise<void> {
  await until("the replica to catch up with an equal dataset", async () => {
    if ((await info(replica, "replication", "master_link_status")) !== "up") return false;
    const mo = await info(master, "replication", "master_repl_offset");
    const ro = await info(replica, "replication", "slave_repl_offset");
    if (mo !== ro) return false;
    return (await call(master, "DEBUG", "DIGEST")) === (await call(replica, "DEBUG", "DIGEST"));
  });
}

/** A master (this server) with data, and a redis-server replica of it. */
async function pair(masterFlags: string[]): Promise<{ m: Wire; r: Wire; lite: Target; redis: Target }> {
  const lite = await startLite(["--repl-diskless-sync-delay", "0", ...masterFlags]);
  targets.push(lite);
  const m = await open(lite);
  assert.equal(await call(m, "DEBUG", "POPULATE", "20000", "key", "50"), "+OK\r\n");
  await call(m, "RPUSH", "list", "a", "b", "c");
  await call(m, "HSET", "hash", "f", "v");
  const redis = await startRedis(["--replicaof", "127.0.0.1", String(lite.port)]);
  targets.push(redis);
  const r = await open(redis);
  // Writes while the full sync runs: they reach the replica after its RDB.
  const load = await open(lite);
  let batch = "";
  for (let i = 0; i < 3000; i++) {
    batch += encodeCommand(["SET", `key:${i}`, `new${i}`]);
    batch += encodeCommand(["INCR", "counter"]);
    if (i % 100 === 0) batch += encodeCommand(["LPUSH", "list", String(i)]);
  }
  load.write(batch);
  await inSync(m, r);
  return { m, r, lite, redis };
}

test("a redis-server replica of this server gets every key through a diskless full sync under writes", async () => {
  const { m, r, lite } = await pair([]);
  assert.equal(await call(r, "GET", "counter"), "$4\r\n3000\r\n");
  assert.equal(await call(r, "DBSIZE"), ":20003\r\n");
  assert.equal(await info(m, "stats", "sync_full"), "1");
  assert.match(await info(m, "replication", "slave0"), /^ip=127\.0\.0\.1,port=\d+,state=online,offset=\d+,lag=\d+$/);
  assert.equal(await info(m, "replication", "connected_slaves"), "1");
  assert.equal(await info(m, "replication", "repl_backlog_active"), "1");
  assert.equal(await call(r, "ROLE").then((s) => s.split("\r\n")[1]), "$5");
  const role = await call(m, "ROLE");
  assert.match(role, /^\*3\r\n\$6\r\nmaster\r\n:\d+\r\n\*1\r\n\*3\r\n\$9\r\n127\.0\.0\.1\r\n/);
  const clients = await call(m, "CLIENT", "LIST", "TYPE", "replica");
  assert.match(clients, /flags=S /);
  void lite;
});

test("a redis-server replica of this server syncs from a disk-backed snapshot", async () => {
  const { m, r } = await pair(["--repl-diskless-sync", "no"]);
  assert.equal(await call(r, "GET", "counter"), "$4\r\n3000\r\n");
  assert.equal(await info(m, "stats", "sync_full"), "1");
});

test("the stream carries expiries, transactions, scripts and database changes; WAIT and min-replicas count the replica", async () => {
  const { m, r } = await pair([]);
  await call(m, "SELECT", "5");
  await call(m, "SET", "soon", "v", "PX", "100");
  await call(m, "MULTI");
  await call(m, "SET", "t1", "a");
  await call(m, "INCRBY", "t2", "5");
  assert.equal(await call(m, "EXEC"), "*2\r\n+OK\r\n:5\r\n");
  await call(m, "EVAL", "redis.call('set', KEYS[1], 'x') return redis.call('incr', KEYS[2])", "2", "s1", "s2");
  assert.equal(await call(m, "WAIT", "1", "20000"), ":1\r\n");
  await call(r, "SELECT", "5");
  assert.equal(await call(r, "GET", "t1"), "$1\r\na\r\n");
  assert.equal(await call(r, "GET", "s2"), "$1\r\n1\r\n");
  // The master's expiry reaches the replica as a DEL (a replica never deletes on its own).
  await until("the expired key to be deleted on the replica", async () => (await call(r, "DBSIZE")) === ":4\r\n");
  await inSync(m, r);
  assert.equal(await call(m, "CONFIG", "SET", "min-replicas-to-write", "2"), "+OK\r\n");
  assert.equal(await call(m, "SET", "x", "1"), "-NOREPLICAS Not enough good replicas to write.\r\n");
  assert.equal(await call(m, "GET", "x"), "$-1\r\n");
  assert.equal(await info(m, "replication", "min_slaves_good_slaves"), "1");
  assert.equal(await call(m, "CONFIG", "SET", "min-replicas-to-write", "1"), "+OK\r\n");
  assert.equal(await call(m, "SET", "x", "1"), "+OK\r\n");
  assert.equal(await call(m, "CONFIG", "SET", "min-replicas-to-write", "0"), "+OK\r\n");
});

test("a replica whose link was killed continues with a partial resync", async () => {
  const { m, r } = await pair([]);
  assert.equal(await call(m, "CLIENT", "KILL", "TYPE", "replica"), ":1\r\n");
  for (let i = 0; i < 50; i++) await call(m, "SET", `after:${i}`, String(i));
  await inSync(m, r);
  assert.equal(await info(m, "stats", "sync_partial_ok"), "1");
  assert.equal(await info(m, "stats", "sync_full"), "1");
  assert.equal(await call(r, "GET", "after:49"), "$2\r\n49\r\n");
});

test("redis-cli --rdb gets a snapshot of this server", async () => {
  const lite = await startLite(["--repl-diskless-sync-delay", "0"]);
  targets.push(lite);
  const m = await open(lite);
  await call(m, "SET", "k", "v");
  const file = path.join(tmp, "cli.rdb");
  await new Promise<void>((resolve, reject) => {
    execFile("redis-cli", ["-p", String(lite.port), "--rdb", file], { timeout: 60000 }, (err) => {
      if (err) reject(err);
      else resolve();
    });
  });
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(0, 9).toString("latin1"), "REDIS0010");
  // The key's record: string type, then "k" and "v" with their one-byte lengths.
  assert.ok(bytes.includes(Buffer.from("\u0000\u0001k\u0001v", "latin1")));
});

test("redis-cli --functions-rdb gets an RDB of this server's function libraries and none of its keys", async () => {
  const lite = await startLite(["--repl-diskless-sync-delay", "0"]);
  targets.push(lite);
  const m = await open(lite);
  await call(m, "SET", "somekey", "somevalue");
  const lib = "#!lua name=mylib\nredis.register_function('myfunc', function() return 1 end)";
  assert.equal(await call(m, "FUNCTION", "LOAD", lib), "$5\r\nmylib\r\n");
  const file = path.join(tmp, "functions.rdb");
  await new Promise<void>((resolve, reject) => {
    execFile("redis-cli", ["-p", String(lite.port), "--functions-rdb", file], { timeout: 60000 }, (err) => {
      if (err) reject(err);
      else resolve();
    });
  });
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(0, 9).toString("latin1"), "REDIS0010");
  assert.ok(bytes.includes(Buffer.from("register_function", "latin1")), "the library's code");
  assert.ok(!bytes.includes(Buffer.from("somekey", "latin1")), "no key");
  // A redis-server loads it: the function is there, no key.
  const redis = await startRedis(["--dbfilename", "functions.rdb", "--dir", tmp]);
  targets.push(redis);
  const r = await open(redis);
  assert.equal(await call(r, "DBSIZE"), ":0\r\n");
  assert.equal(await call(r, "FCALL", "myfunc", "0"), ":1\r\n");
});
