/**
 * MEMORY, used_memory accounting, maxmemory eviction per policy, the OOM rule and the heap guard, in process
 * with a clock the test moves. The MEMORY USAGE figures are redis-server 7.0.15's for the same commands.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess, onKeyspaceEvent } from "../helpers/inprocess.ts";
import type { TestConn, TestServer } from "../helpers/inprocess.ts";
import { errorReply } from "../helpers/resp.ts";
import { ERR_EXECABORT, ERR_NOT_INTEGER, ERR_OOM, ERR_SYNTAX } from "../../src/core/errors.ts";
import { keyUsage } from "../../src/core/memory/size.ts";
import { allocSize } from "../../src/core/memory/size.ts";

const int = (n: number | string) => `:${n}\r\n`;
const OK = "+OK\r\n";
const OOM = errorReply(ERR_OOM);

function setup(config: [string, string][] = []): { t: TestServer; c: TestConn } {
  const t = inProcess(config);
  return { t, c: t.connect() };
}

/** A field of INFO as a number. */
function info(c: TestConn, field: string): number {
  const text = c.cmd("INFO", "everything");
  const m = new RegExp(`\\r\\n${field}:([^\\r]*)\\r\\n`).exec(text);
  assert.ok(m !== null, `INFO has ${field}`);
  return Number(m[1]);
}

function usage(c: TestConn, key: string, ...opts: string[]): number {
  const r = c.cmd("MEMORY", "USAGE", key, ...opts);
  assert.match(r, /^:\d+\r\n$/);
  return Number(r.slice(1, -2));
}

/** What the keyspace should hold if every key were measured from scratch. */
function recomputed(t: TestServer): number {
  let sum = 0;
  for (const db of t.server.dbs) db.forEach((k, v) => (sum += keyUsage(k, v, 5, t.server.config)));
  return sum;
}

function accounted(t: TestServer): number {
  let sum = 0;
  for (const db of t.server.dbs) sum += db.usedBytes;
  return sum;
}

const value = (n: number) => "v".repeat(n);

test("allocSize rounds up to jemalloc's size classes", () => {
  assert.deepEqual([1, 8, 9, 17, 40, 129, 161, 1006, 10006, 100006].map(allocSize), [
    8,
    8,
    16,
    32,
    48,
    160,
    192,
    1024,
    10240,
    114688,
  ]);
});

test("MEMORY USAGE of strings matches redis-server for each encoding", () => {
  const { c } = setup();
  const cases: [string, number][] = [
    ["1", 48],
    ["12345678901", 48],
    ["abc", 64],
    [value(20), 80],
    [value(44), 96],
    [value(45), 112],
    [value(100), 160],
    [value(1000), 1072],
    [value(10000), 10288],
  ];
  for (const [v, bytes] of cases) {
    c.cmd("SET", "k", v);
    assert.equal(usage(c, "k"), bytes, `${v.length} bytes`);
  }
  c.cmd("SET", "kk".repeat(50), "x");
  assert.equal(usage(c, "kk".repeat(50)), 168);
});

test("MEMORY USAGE of collections matches redis-server for small and big encodings", () => {
  const { c } = setup();
  const fields = (n: number, len: number) =>
    Array.from({ length: n }, (_, i) => [`f${String(i).padStart(9, "0")}`, value(len)]).flat();
  c.cmd("HSET", "h10", ...fields(10, 10));
  assert.equal(usage(c, "h10"), 304);
  c.cmd("HSET", "h1000", ...fields(1000, 10));
  assert.equal(usage(c, "h1000"), 64296);
  c.cmd("SADD", "ints", ...Array.from({ length: 100 }, (_, i) => String(i)));
  assert.equal(usage(c, "ints"), 272);
  c.cmd("SADD", "s1000", ...Array.from({ length: 1000 }, (_, i) => `member${String(i).padStart(4, "0")}`));
  assert.equal(usage(c, "s1000"), 48296);
  c.cmd(
    "ZADD",
    "z100",
    ...Array.from({ length: 100 }, (_, i) => [String(i * 1.5), `member${String(i).padStart(4, "0")}`]).flat(),
  );
  assert.equal(usage(c, "z100"), 1840);
  c.cmd("RPUSH", "l1000", ...Array.from({ length: 1000 }, () => value(10)));
  assert.equal(usage(c, "l1000"), 12456);
  c.cmd("RPUSH", "l1", value(10));
  assert.equal(usage(c, "l1"), 160);
});

test("MEMORY USAGE of a big sorted set stays within 5% of redis-server's", () => {
  const { c } = setup();
  c.cmd(
    "ZADD",
    "z",
    ...Array.from({ length: 1000 }, (_, i) => [String(i * 1.5), `member${String(i).padStart(4, "0")}`]).flat(),
  );
  // redis-server 7.0.15: 106584 with 5 samples, 101480 with all (its skiplist levels are random).
  const n = usage(c, "z", "SAMPLES", "0");
  assert.ok(n > 101480 * 0.95 && n < 106584 * 1.05, `${n}`);
});

test("MEMORY USAGE answers null for a missing key and checks SAMPLES as Redis does", () => {
  const { c } = setup();
  assert.equal(c.cmd("MEMORY", "USAGE", "nokey"), "$-1\r\n");
  c.cmd("SET", "k", "v");
  assert.equal(c.cmd("MEMORY", "USAGE", "k", "SAMPLES"), errorReply(ERR_SYNTAX));
  assert.equal(c.cmd("MEMORY", "USAGE", "k", "SAMPLES", "-1"), errorReply(ERR_SYNTAX));
  assert.equal(c.cmd("MEMORY", "USAGE", "k", "SAMPLES", "x"), errorReply(ERR_NOT_INTEGER));
  assert.equal(c.cmd("MEMORY", "USAGE", "k", "FOO", "1"), errorReply(ERR_SYNTAX));
  assert.equal(c.cmd("MEMORY", "USAGE", "k", "samples", "0"), int(64));
  assert.equal(c.cmd("MEMORY", "USAGE", "k", "SAMPLES", "1", "SAMPLES", "2"), int(64));
});

test("MEMORY HELP, MALLOC-STATS, PURGE and DOCTOR answer as Redis built without jemalloc", () => {
  const { c } = setup();
  const help = c.cmd("MEMORY", "HELP");
  assert.ok(help.startsWith("*14\r\n+MEMORY <subcommand> [<arg> [value] [opt] ...]. Subcommands are:\r\n+DOCTOR\r\n"));
  assert.ok(help.includes("+    sampled up to <count> times (default: 5, 0 means sample all).\r\n"));
  assert.equal(c.cmd("MEMORY", "MALLOC-STATS"), "$45\r\nStats not supported for the current allocator\r\n");
  assert.equal(c.cmd("MEMORY", "PURGE"), OK);
  const doctor = c.cmd("MEMORY", "DOCTOR");
  assert.ok(doctor.startsWith("$268\r\nHi Sam, this instance is empty or is using very little memory"));
  c.cmd("HELLO", "3");
  assert.ok(c.cmd("MEMORY", "DOCTOR").startsWith("=272\r\ntxt:Hi Sam, this instance is empty"));
});

test("MEMORY DOCTOR finds no issue in a filled instance", () => {
  const { c } = setup();
  for (let i = 0; i < 60; i++) c.cmd("SET", `big${i}`, value(100_000));
  assert.ok(c.cmd("MEMORY", "DOCTOR").includes("Hi Sam, I can't find any memory issue in your instance."));
});

test("MEMORY STATS lists Redis's fields, with a map per database that has keys", () => {
  const { c } = setup();
  c.cmd("SET", "a", "1");
  c.cmd("SET", "b", "2", "EX", "100");
  const r = c.cmd("MEMORY", "STATS");
  assert.ok(r.startsWith("*56\r\n$14\r\npeak.allocated\r\n:"), r.slice(0, 40));
  const names = [...r.matchAll(/\$\d+\r\n([a-z][a-z0-9.\-]*)\r\n/g)].map((m) => m[1]);
  assert.deepEqual(names.slice(0, 14), [
    "peak.allocated",
    "total.allocated",
    "startup.allocated",
    "replication.backlog",
    "clients.slaves",
    "clients.normal",
    "cluster.links",
    "aof.buffer",
    "lua.caches",
    "functions.caches",
    "db.0",
    "overhead.hashtable.main",
    "overhead.hashtable.expires",
    "overhead.hashtable.slot-to-keys",
  ]);
  assert.ok(r.includes("$10\r\nkeys.count\r\n:2\r\n"));
  // Two keys: 2 * (24 + 16) + 4 slots * 8; one expire: 24 + 4 slots * 8.
  assert.ok(r.includes("$23\r\noverhead.hashtable.main\r\n:112\r\n$26\r\noverhead.hashtable.expires\r\n:56\r\n"));
  c.cmd("HELLO", "3");
  assert.ok(c.cmd("MEMORY", "STATS").startsWith("%28\r\n"));
});

test("used_memory follows writes and deletes and returns to where it was", () => {
  const { c } = setup();
  const before = info(c, "used_memory");
  c.cmd("SET", "k", value(100));
  assert.equal(info(c, "used_memory") - before, 160 - 24 + 40 + 32);
  c.cmd("DEL", "k");
  assert.equal(info(c, "used_memory"), before);
  assert.equal(info(c, "used_memory_startup"), 876176);
  assert.equal(info(c, "mem_clients_normal"), 17160);
});

test("the accounting matches a from-scratch measure after every kind of write", () => {
  const { t, c } = setup();
  c.cmd("SET", "s", "abc");
  c.cmd("APPEND", "s", value(100));
  c.cmd("INCR", "n");
  c.cmd("SETRANGE", "s", "200", "x");
  c.cmd("HSET", "h", "f", "v", "g", value(100));
  c.cmd("HDEL", "h", "f");
  c.cmd("RPUSH", "l", ...Array.from({ length: 300 }, (_, i) => `e${i}`));
  c.cmd("LPOP", "l", "10");
  c.cmd("SADD", "set", "1", "2", "x");
  c.cmd("SREM", "set", "x");
  c.cmd("ZADD", "z", "1", "a", "2.5", "b");
  c.cmd("ZINCRBY", "z", "3", "a");
  c.cmd("EXPIRE", "h", "100");
  c.cmd("RENAME", "s", "s2");
  c.cmd("COPY", "z", "z2");
  c.cmd("SELECT", "1");
  c.cmd("SET", "other", "x");
  c.cmd("SWAPDB", "0", "1");
  c.cmd("SELECT", "0");
  c.cmd("SUNIONSTORE", "set2", "set");
  assert.ok(Math.abs(accounted(t) - recomputed(t)) < 1e-6, `${accounted(t)} vs ${recomputed(t)}`);
  c.cmd("FLUSHALL");
  assert.equal(accounted(t), 0);
});

/** Fills `n` keys `${prefix}0..` with 100-byte values. */
function fill(c: TestConn, prefix: string, n: number, ...opts: string[]): void {
  for (let i = 0; i < n; i++) assert.equal(c.cmd("SET", `${prefix}${i}`, value(100), ...opts), OK);
}

/** Sets maxmemory to what is used now less `bytes`, so that many bytes must go. */
function squeeze(c: TestConn, bytes: number): number {
  const limit = info(c, "used_memory") - bytes;
  c.cmd("CONFIG", "SET", "maxmemory", String(limit));
  return limit;
}

function exists(c: TestConn, keys: string[]): string[] {
  return keys.filter((k) => c.cmd("EXISTS", k) === int(1));
}

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);

test("noeviction refuses denyoom commands over maxmemory and still serves reads and deletes", () => {
  const { c } = setup();
  fill(c, "k", 10);
  squeeze(c, 100);
  assert.equal(c.cmd("SET", "new", "x"), OOM);
  assert.equal(c.cmd("GET", "k1"), `$100\r\n${value(100)}\r\n`);
  assert.equal(c.cmd("DEL", "k1"), int(1));
  assert.equal(c.cmd("SET", "new", "x"), OK);
  assert.equal(info(c, "evicted_keys"), 0);
});

test("allkeys-lru evicts the least recently used keys first", () => {
  const { t, c } = setup([["maxmemory-policy", "allkeys-lru"], ["maxmemory-samples", "64"]]);
  fill(c, "k", 20);
  t.host.advance(10_000);
  for (const k of range("k", 10, 20)) c.cmd("GET", k);
  t.host.advance(1_000);
  const limit = squeeze(c, 600);
  assert.ok(info(c, "used_memory") <= limit);
  const evicted = info(c, "evicted_keys");
  assert.ok(evicted >= 3 && evicted <= 5, `${evicted}`);
  assert.deepEqual(exists(c, range("k", 10, 20)), range("k", 10, 20));
  assert.equal(exists(c, range("k", 0, 10)).length, 10 - evicted);
});

test("allkeys-lfu evicts the least frequently used keys first, and OBJECT FREQ reports the counter", () => {
  const { t, c } = setup([["maxmemory-policy", "allkeys-lfu"], ["maxmemory-samples", "64"], ["lfu-log-factor", "0"]]);
  fill(c, "k", 10);
  assert.equal(c.cmd("OBJECT", "FREQ", "k0"), int(5));
  for (const k of range("k", 5, 10)) for (let i = 0; i < 3; i++) c.cmd("GET", k);
  assert.equal(c.cmd("OBJECT", "FREQ", "k7"), int(8));
  // lfu-decay-time 1: one point per idle minute.
  t.host.advance(120_000);
  assert.equal(c.cmd("OBJECT", "FREQ", "k7"), int(6));
  assert.equal(c.cmd("OBJECT", "FREQ", "k0"), int(3));
  squeeze(c, 400);
  assert.deepEqual(exists(c, range("k", 5, 10)), range("k", 5, 10));
  assert.ok(exists(c, range("k", 0, 5)).length < 5);
});

test("allkeys-random evicts until used_memory is within maxmemory", () => {
  const { c } = setup([["maxmemory-policy", "allkeys-random"]]);
  fill(c, "k", 30);
  const limit = squeeze(c, 2000);
  assert.ok(info(c, "used_memory") <= limit);
  assert.ok(info(c, "evicted_keys") >= 10);
  assert.equal(c.cmd("SET", "more", "x"), OK);
});

for (const policy of ["volatile-lru", "volatile-lfu", "volatile-random", "volatile-ttl"]) {
  test(`${policy} evicts only keys with a TTL, then refuses writes`, () => {
    const { c } = setup([["maxmemory-policy", policy], ["maxmemory-samples", "64"]]);
    fill(c, "p", 10);
    fill(c, "v", 4, "EX", "1000");
    squeeze(c, 300);
    assert.deepEqual(exists(c, range("p", 0, 10)), range("p", 0, 10));
    assert.ok(exists(c, range("v", 0, 4)).length < 4);
    squeeze(c, 2000);
    assert.deepEqual(exists(c, range("v", 0, 4)), []);
    assert.equal(c.cmd("SET", "x", "y"), OOM);
    assert.deepEqual(exists(c, range("p", 0, 10)), range("p", 0, 10));
  });
}

test("volatile-ttl evicts the key that expires soonest", () => {
  const { c } = setup([["maxmemory-policy", "volatile-ttl"], ["maxmemory-samples", "64"]]);
  c.cmd("SET", "late", value(100), "EX", "1000");
  c.cmd("SET", "soon", value(100), "EX", "10");
  c.cmd("SET", "mid", value(100), "EX", "500");
  squeeze(c, 50);
  assert.deepEqual(exists(c, ["late", "soon", "mid"]), ["late", "mid"]);
});

test("an evicted key is announced, invalidates WATCH and is propagated as DEL", () => {
  const { t, c } = setup([["maxmemory-policy", "allkeys-random"], ["notify-keyspace-events", "KEA"]]);
  const events: string[] = [];
  onKeyspaceEvent(t.server, (_type, event, key) => events.push(`${event} ${key}`));
  const propagated: string[] = [];
  t.server.propagation.setConsumer({ propagate: (_db, argv) => propagated.push(argv.join(" ")) }, true);
  c.cmd("SET", "k", value(100));
  const w = t.connect();
  w.cmd("WATCH", "k");
  w.cmd("MULTI");
  w.cmd("PING");
  propagated.length = 0;
  events.length = 0;
  squeeze(c, 50);
  // The eviction timer CONFIG SET started.
  t.host.advance(0);
  assert.deepEqual(events, ["evicted k"]);
  assert.equal(c.cmd("EXISTS", "k"), int(0));
  assert.deepEqual(propagated, ["DEL k"]);
  assert.equal(w.cmd("EXEC"), "*-1\r\n");
});

test("out of memory, MULTI refuses what it would queue and EXEC aborts", () => {
  const { t, c } = setup();
  const admin = t.connect();
  fill(c, "k", 3);
  c.cmd("MULTI");
  squeeze(admin, 100);
  assert.equal(c.cmd("GET", "k1"), OOM);
  assert.equal(c.cmd("EXEC"), errorReply(ERR_EXECABORT));
  assert.equal(c.cmd("DEL", "k1"), int(1));
});

test("an EXEC whose queue holds a denyoom command is refused when memory filled meanwhile", () => {
  const { t, c } = setup();
  const admin = t.connect();
  fill(c, "k", 3);
  c.cmd("MULTI");
  c.cmd("SET", "x", "1");
  c.cmd("GET", "k1");
  squeeze(admin, 100);
  assert.equal(c.cmd("EXEC"), errorReply(`EXECABORT Transaction discarded because of: ${ERR_OOM}`));
  assert.equal(c.cmd("EXISTS", "x"), int(0));
});

test("the heap guard refuses writes near the heap limit, logs why, keeps every key and recovers", () => {
  const { t, c } = setup();
  let used = 10;
  (t.host as unknown as { heap: () => { used: number; limit: number } }).heap = () => ({ used, limit: 100 });
  fill(c, "k", 5);
  used = 95;
  // The tick reads the heap (so do every few hundred commands).
  t.server.cron();
  assert.equal(c.cmd("SET", "x", "1"), OOM);
  assert.equal(c.cmd("GET", "k1"), `$100\r\n${value(100)}\r\n`);
  assert.ok(
    t.host.lines.some((l) => l.includes("Refusing write commands with -OOM") && l.includes("--max-old-space-size")),
  );
  assert.equal(t.server.eviction.heapRefusing, true);
  assert.equal(c.cmd("DBSIZE"), int(5));
  used = 50;
  t.server.cron();
  assert.equal(c.cmd("SET", "x", "1"), OK);
  assert.ok(t.host.lines.some((l) => l.includes("Accepting write commands again")));
});

test("CONFIG SET maxmemory below what is used evicts at once and warns", () => {
  const { t, c } = setup([["maxmemory-policy", "allkeys-random"]]);
  fill(c, "k", 20);
  const limit = squeeze(c, 1000);
  assert.ok(info(c, "used_memory") <= limit);
  assert.ok(t.host.lines.some((l) => l.includes("is smaller than the current memory usage")));
});

test("OBJECT IDLETIME counts seconds since the last access", () => {
  const { t, c } = setup();
  c.cmd("SET", "k", "v");
  t.host.advance(10_000);
  assert.equal(c.cmd("OBJECT", "IDLETIME", "k"), int(10));
  c.cmd("GET", "k");
  assert.equal(c.cmd("OBJECT", "IDLETIME", "k"), int(0));
});

test("a script that found memory full may not run a denyoom command before its first write", () => {
  const { t, c } = setup();
  const admin = t.connect();
  c.cmd("SET", "k1", "v");
  squeeze(admin, 100);
  const set = "return redis.call('set','x','y')";
  assert.ok(c.cmd("EVAL", set, "0").startsWith(`-${ERR_OOM} script: `));
  assert.equal(c.cmd("EVAL", "return redis.pcall('set','x','y')", "0"), OOM);
  assert.equal(c.cmd("EVAL", "return redis.call('get','k1')", "0"), "$1\r\nv\r\n");
  assert.equal(c.cmd("EVAL", "redis.call('del','k1') return redis.call('set','x','y')", "0"), OK);
  // A shebang without allow-oom makes EVAL itself denyoom; no-writes and allow-oom do not.
  assert.equal(c.cmd("EVAL", "#!lua\nreturn redis.call('get','x')", "0"), OOM);
  assert.equal(c.cmd("EVAL", "#!lua flags=no-writes\nreturn redis.call('get','x')", "0"), "$1\r\ny\r\n");
  assert.equal(c.cmd("EVAL", "#!lua flags=allow-oom\nreturn redis.call('set','z','1')", "0"), OK);
});

test("RESTORE FREQ sets the LFU counter under an LFU policy", () => {
  const { c } = setup([["maxmemory-policy", "allkeys-lfu"]]);
  c.cmd("SET", "k", "v");
  const dump = c.cmd("DUMP", "k");
  const payload = dump.slice(dump.indexOf("\r\n") + 2, -2);
  assert.equal(c.cmd("RESTORE", "k2", "0", payload, "FREQ", "100"), OK);
  assert.equal(c.cmd("OBJECT", "FREQ", "k2"), int(100));
});

/** INFO memory's lazyfreed_objects. */
function lazyfreed(conn: { cmd(...a: string[]): string }): number {
  return Number(/lazyfreed_objects:(\d+)/.exec(conn.cmd("INFO", "memory"))?.[1]);
}

test("lazyfreed_objects counts what UNLINK frees in the background: values over 64 allocations only", () => {
  const c = inProcess().connect();
  c.cmd("CONFIG", "SET", "stream-node-max-entries", "5");
  for (let j = 0; j < 1000; j++) c.cmd("XADD", "stream", "*", "foo", String(j));
  c.cmd("XGROUP", "CREATE", "stream", "g", "0");
  for (let j = 0; j < 200; j++) c.cmd("SADD", "bigset", `member:${j}`);
  c.cmd("SADD", "intset", "1", "2", "3");
  c.cmd("XADD", "small", "*", "a", "b");
  c.cmd("SET", "str", "x".repeat(100_000));
  assert.equal(c.cmd("UNLINK", "stream", "bigset", "intset", "small", "str", "missing"), ":5\r\n");
  assert.equal(lazyfreed(c), 2);
  // DEL frees at once, unless lazyfree-lazy-user-del makes it UNLINK.
  for (let j = 0; j < 200; j++) c.cmd("SADD", "bigset", `member:${j}`);
  c.cmd("DEL", "bigset");
  assert.equal(lazyfreed(c), 2);
  c.cmd("CONFIG", "SET", "lazyfree-lazy-user-del", "yes");
  for (let j = 0; j < 200; j++) c.cmd("SADD", "bigset", `member:${j}`);
  c.cmd("DEL", "bigset");
  assert.equal(lazyfreed(c), 3);
  assert.equal(c.cmd("CONFIG", "RESETSTAT"), "+OK\r\n");
  assert.equal(lazyfreed(c), 0);
});

test("lazyfreed_objects counts every key of a FLUSHALL or FLUSHDB ASYNC, and of a plain one under lazyfree-lazy-user-flush", () => {
  const c = inProcess().connect();
  const fill = (n: number) => {
    for (let j = 0; j < n; j++) c.cmd("SET", `k${j}`, "v");
  };
  fill(10);
  c.cmd("FLUSHALL", "SYNC");
  fill(10);
  c.cmd("FLUSHDB");
  assert.equal(lazyfreed(c), 0);
  fill(10);
  c.cmd("FLUSHALL", "ASYNC");
  assert.equal(lazyfreed(c), 10);
  fill(4);
  c.cmd("CONFIG", "SET", "lazyfree-lazy-user-flush", "yes");
  c.cmd("FLUSHDB");
  assert.equal(lazyfreed(c), 14);
});

test("CONFIG SET maxmemory evicts after the command, not inside its MULTI/EXEC, and the DELs are not wrapped in MULTI", () => {
  const { t, c } = setup([["maxmemory-policy", "allkeys-lru"]]);
  const propagated: string[] = [];
  t.server.propagation.setConsumer({ propagate: (_db, argv) => propagated.push(argv.join(" ")) }, true);
  c.cmd("MULTI");
  c.cmd("INCR", "x");
  c.cmd("CONFIG", "SET", "maxmemory", "1");
  c.cmd("INCR", "x");
  assert.equal(c.cmd("EXEC"), "*3\r\n:1\r\n+OK\r\n:2\r\n");
  t.host.advance(0);
  assert.equal(c.cmd("DBSIZE"), int(0));
  c.cmd("CONFIG", "SET", "maxmemory", "0");
  for (const k of ["a", "b", "c"]) c.cmd("SET", k, "1");
  propagated.length = 0;
  c.cmd("CONFIG", "SET", "maxmemory", "1");
  t.host.advance(0);
  assert.deepEqual(propagated.map((p) => p.split(" ")[0]).sort(), ["DEL", "DEL", "DEL"]);
});

test("a replica's unsent stream is in used_memory but not counted for eviction: a stalled replica evicts no key", () => {
  const t = inProcess([["repl-diskless-sync-delay", "0"], ["save", ""], ["maxmemory-policy", "allkeys-random"]]);
  // The ticks that sum the client buffers.
  t.server.start();
  const c = t.connect();
  for (let j = 0; j < 100; j++) c.cmd("SETRANGE", `key:${j}`, "1000", "asdf");
  const r = t.connect({ unread: true, remoteAddress: "127.0.0.1:50001" });
  r.cmd("REPLCONF", "listening-port", "6380");
  r.cmd("REPLCONF", "capa", "eof", "capa", "psync2");
  r.cmd("PSYNC", "?", "-1");
  t.host.advance(50);
  r.cmd("REPLCONF", "ACK", "0");
  t.host.advance(200);
  const before = info(c, "used_memory") - info(c, "mem_not_counted_for_evict");
  c.cmd("CONFIG", "SET", "maxmemory", String(before + 32 * 1024));
  // Writes that do not grow the dataset, a megabyte of them, all waiting for the stalled replica.
  const payload = "A".repeat(1000);
  for (let k = 0; k < 1000; k++) c.cmd("SETRANGE", "key:0", "0", payload);
  t.host.advance(200);
  assert.equal(c.cmd("DBSIZE"), int(100));
  assert.ok(info(c, "mem_not_counted_for_evict") > 1_000_000);
  assert.equal(info(c, "mem_clients_slaves"), info(c, "mem_not_counted_for_evict"));
  assert.ok(info(c, "used_memory") > before + 1_000_000);
  t.server.stop();
});
