/** The append-only file: multi-part layout, what gets logged, replay, rewrite, fsync policies, truncation. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import type { TestServer } from "../helpers/inprocess.ts";
import { MemoryFileStore } from "../../src/core/persistence/fs.ts";
import { attachPersistence, persistenceOf } from "../../src/core/persistence/snapshot.ts";
import { ERR_AOFRW_IN_PROGRESS, ERR_BGSAVE_CHILD_ACTIVE } from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

interface Setup {
  t: TestServer;
  files: MemoryFileStore;
  ok: boolean;
}

/** A server on `files` with appendonly yes (by default), loaded as at startup. */
function start(files = new MemoryFileStore(), config: [string, string][] = [["appendonly", "yes"]]): Setup {
  const t = inProcess([["dir", "/d"], ["save", ""], ...config]);
  attachPersistence(t.server, { files, exit() {} });
  let ok = false;
  persistenceOf(t.server).loadAtStartup((r) => (ok = r));
  return { t, files, ok };
}

const text = (f: MemoryFileStore, path: string) =>
  new TextDecoder("latin1").decode(f.files.get(path) ?? new Uint8Array());
const settle = (s: Setup) => s.t.host.advance(0);

/** Everything a client can see of these keys. */
function view(s: Setup, keys: string[]): string[] {
  const c = s.t.connect();
  return keys.map((k) => {
    const type = c.cmd("TYPE", k);
    const body = type === "+string\r\n"
      ? c.cmd("GET", k)
      : type === "+list\r\n"
      ? c.cmd("LRANGE", k, "0", "-1")
      : type === "+hash\r\n"
      ? c.cmd("HGETALL", k)
      : type === "+set\r\n"
      ? c.cmd("SMEMBERS", k)
      : type === "+zset\r\n"
      ? c.cmd("ZRANGE", k, "0", "-1", "WITHSCORES")
      : "";
    return `${k} ${type.trim()} ${body} pttl=${c.cmd("PTTL", k).trim()}`;
  });
}

test("appendonly yes on an empty directory creates a base, an incr file and Redis's manifest", () => {
  const s = start();
  assert.ok(s.ok);
  assert.equal(
    text(s.files, "/d/appendonlydir/appendonly.aof.manifest"),
    "file appendonly.aof.1.base.rdb seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n",
  );
  assert.match(text(s.files, "/d/appendonlydir/appendonly.aof.1.base.rdb"), /^REDIS0010/);
  assert.match(text(s.files, "/d/appendonlydir/appendonly.aof.1.base.rdb"), /aof-base\xc0\x01/);
  const c = s.t.connect();
  c.cmd("SET", "a", "1");
  c.cmd("RPUSH", "l", "x", "y");
  settle(s);
  assert.equal(
    text(s.files, "/d/appendonlydir/appendonly.aof.1.incr.aof"),
    "*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n*4\r\n$5\r\nRPUSH\r\n$1\r\nl\r\n$1\r\nx\r\n$1\r\ny\r\n",
  );
  assert.match(c.cmd("INFO", "persistence"), /aof_enabled:1\r\n[\s\S]*aof_current_size:\d+\r\naof_base_size:\d+\r\n/);
});

test("a replay of the log rebuilds the dataset: TTLs absolute, transactions whole, expiries and served pops included", () => {
  const s = start();
  const c = s.t.connect();
  const c2 = s.t.connect();
  c.cmd("SET", "s", "v", "EX", "100");
  c.cmd("SET", "k", "1");
  c.cmd("EXPIRE", "k", "50");
  c.cmd("INCR", "k");
  c.cmd("SET", "gone", "x", "PX", "10");
  c.cmd("SELECT", "2");
  c.cmd("MULTI");
  c.cmd("HSET", "h", "f", "v");
  c.cmd("SADD", "set", "a", "b", "c");
  c.cmd("ZADD", "z", "1.5", "m");
  c.cmd("EXEC");
  c.cmd("SPOP", "set");
  c.cmd("SELECT", "0");
  assert.equal(c2.cmd("BLPOP", "q", "0"), "");
  c.cmd("RPUSH", "q", "first", "second");
  assert.equal(c2.output(), "*2\r\n$1\r\nq\r\n$5\r\nfirst\r\n");
  c.cmd("RPUSH", "q2", "a", "b");
  c.cmd("BRPOP", "q2", "0");
  c.cmd("SET", "r", "payload");
  const dump = c.cmd("DUMP", "r");
  c.cmd("RESTORE", "r2", "100000", dump.slice(dump.indexOf("\r\n") + 2, -2));
  s.t.host.advance(20); // "gone" expires
  c.cmd("GET", "gone");
  settle(s);
  const incr = text(s.files, "/d/appendonlydir/appendonly.aof.1.incr.aof");
  assert.match(incr, /SET\r\n\$1\r\ns\r\n\$1\r\nv\r\n\$4\r\nPXAT\r\n/);
  assert.match(incr, /PEXPIREAT\r\n\$1\r\nk\r\n/);
  assert.match(incr, /MULTI[\s\S]*HSET[\s\S]*SADD[\s\S]*ZADD[\s\S]*EXEC/);
  assert.match(incr, /\*2\r\n\$3\r\nDEL\r\n\$4\r\ngone\r\n/);
  assert.match(incr, /\*2\r\n\$4\r\nRPOP\r\n\$2\r\nq2\r\n/);
  assert.match(incr, /RESTORE\r\n\$2\r\nr2\r\n\$13\r\n\d{13}\r\n[\s\S]*ABSTTL/);
  const keys = ["s", "k", "gone", "q", "q2", "r", "r2"];
  const before = view(s, keys);
  const b2 = (() => {
    const d = s.t.connect();
    d.cmd("SELECT", "2");
    return [d.cmd("HGETALL", "h"), d.cmd("SMEMBERS", "set"), d.cmd("ZRANGE", "z", "0", "-1", "WITHSCORES")];
  })();
  const r = start(s.files);
  r.t.host.time = s.t.host.time;
  assert.ok(r.ok);
  assert.deepEqual(view(r, keys), before);
  const d = r.t.connect();
  d.cmd("SELECT", "2");
  assert.deepEqual(
    [d.cmd("HGETALL", "h"), d.cmd("SMEMBERS", "set"), d.cmd("ZRANGE", "z", "0", "-1", "WITHSCORES")],
    b2,
  );
});

test("BGREWRITEAOF writes a new base, starts a new incr file and removes the history", () => {
  const s = start();
  const c = s.t.connect();
  for (let i = 0; i < 100; i++) c.cmd("SET", `k${i}`, String(i));
  c.cmd("DEL", "k0");
  assert.equal(c.cmd("BGREWRITEAOF"), "+Background append only file rewriting started\r\n");
  assert.equal(c.cmd("BGREWRITEAOF"), errorReply(ERR_AOFRW_IN_PROGRESS));
  c.cmd("SET", "during", "rewrite");
  for (let i = 0; i < 20; i++) s.t.host.advance(1);
  assert.equal(
    text(s.files, "/d/appendonlydir/appendonly.aof.manifest"),
    "file appendonly.aof.2.base.rdb seq 2 type b\nfile appendonly.aof.2.incr.aof seq 2 type i\n",
  );
  assert.equal(s.files.files.has("/d/appendonlydir/appendonly.aof.1.base.rdb"), false);
  assert.equal(s.files.files.has("/d/appendonlydir/appendonly.aof.1.incr.aof"), false);
  assert.match(text(s.files, "/d/appendonlydir/appendonly.aof.2.incr.aof"), /during/);
  assert.match(c.cmd("INFO", "persistence"), /aof_rewrites:1\r\n/);
  const r = start(s.files);
  const d = r.t.connect();
  assert.equal(d.cmd("DBSIZE"), ":100\r\n");
  assert.equal(d.cmd("GET", "during"), "$7\r\nrewrite\r\n");
  assert.equal(d.cmd("GET", "k99"), "$2\r\n99\r\n");
});

test("CONFIG SET appendonly yes at run time writes a base of the current data; no switches logging off", () => {
  const s = start(new MemoryFileStore(), []);
  const c = s.t.connect();
  c.cmd("SET", "before", "1");
  assert.equal(c.cmd("CONFIG", "SET", "appendonly", "yes"), "+OK\r\n");
  c.cmd("SET", "after", "2");
  for (let i = 0; i < 20; i++) s.t.host.advance(1);
  assert.match(c.cmd("INFO", "persistence"), /aof_enabled:1/);
  assert.ok(s.files.files.has("/d/appendonlydir/appendonly.aof.manifest"));
  const r = start(s.files);
  assert.equal(r.t.connect().cmd("MGET", "before", "after"), "*2\r\n$1\r\n1\r\n$1\r\n2\r\n");
  assert.equal(c.cmd("CONFIG", "SET", "appendonly", "no"), "+OK\r\n");
  c.cmd("SET", "notlogged", "3");
  settle(s);
  assert.doesNotMatch(text(s.files, "/d/appendonlydir/appendonly.aof.2.incr.aof"), /notlogged/);
});

test("appendfsync always fsyncs the incr file before the reply leaves, once per burst; everysec once a second", () => {
  const s = start(new MemoryFileStore(), [["appendonly", "yes"], ["appendfsync", "always"]]);
  const c = s.t.connect();
  const c2 = s.t.connect();
  assert.equal(c.cmd("PING"), "+PONG\r\n", "nothing to sync: replies leave at once");
  c2.cmd("PING");
  const before = s.files.synced.length;
  assert.equal(c.cmd("SET", "a", "1"), "", "held until the log is on disk");
  assert.equal(c2.cmd("SET", "b", "2"), "");
  assert.equal(s.files.synced.length, before);
  s.t.host.advance(0);
  assert.equal(c.output(), "+OK\r\n");
  assert.equal(c2.output(), "+OK\r\n");
  assert.equal(s.files.synced.length, before + 1, "one fsync for both clients");
  assert.equal(s.files.synced.at(-1), "/d/appendonlydir/appendonly.aof.1.incr.aof");
  assert.match(text(s.files, "/d/appendonlydir/appendonly.aof.1.incr.aof"), /SET/);
  const e = start(new MemoryFileStore(), [["appendonly", "yes"], ["appendfsync", "everysec"]]);
  const ec = e.t.connect();
  const n0 = e.files.synced.length;
  for (let i = 0; i < 10; i++) ec.cmd("SET", "a", String(i));
  settle(e);
  assert.equal(e.files.synced.length, n0, "written, not yet synced");
  assert.match(text(e.files, "/d/appendonlydir/appendonly.aof.1.incr.aof"), /\$1\r\n9\r\n/);
  e.t.host.advance(1100);
  assert.equal(e.files.synced.length, n0 + 1);
});

test("a truncated last command is dropped with aof-load-truncated yes, and refused with no", () => {
  const s = start();
  const c = s.t.connect();
  c.cmd("SET", "a", "1");
  c.cmd("SET", "b", "2");
  settle(s);
  const path = "/d/appendonlydir/appendonly.aof.1.incr.aof";
  const full = s.files.files.get(path)!;
  s.files.files.set(path, full.subarray(0, full.length - 5));
  const r = start(s.files);
  assert.ok(r.ok);
  assert.equal(r.t.connect().cmd("MGET", "a", "b"), "*2\r\n$1\r\n1\r\n$-1\r\n");
  assert.ok(r.t.host.lines.some((l) => l.includes("AOF loaded anyway because aof-load-truncated is enabled")));
  s.files.files.set(path, full.subarray(0, full.length - 5));
  const n = start(s.files, [["appendonly", "yes"], ["aof-load-truncated", "no"]]);
  assert.equal(n.ok, false);
  assert.ok(n.t.host.lines.some((l) => l.includes("Unexpected end of file reading the append only file")));
});

test("a Redis 6 single-file appendonly.aof in dir is migrated into the AOF directory as its base", () => {
  const files = new MemoryFileStore();
  files.files.set(
    "/d/appendonly.aof",
    new TextEncoder().encode("*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nset\r\n$3\r\nold\r\n$5\r\nstyle\r\n"),
  );
  const s = start(files);
  assert.ok(s.ok);
  assert.equal(s.t.connect().cmd("GET", "old"), "$5\r\nstyle\r\n");
  assert.equal(files.files.has("/d/appendonly.aof"), false);
  assert.equal(
    text(files, "/d/appendonlydir/appendonly.aof.manifest"),
    "file appendonly.aof seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n",
  );
  assert.ok(
    s.t.host.lines.includes("* Successfully migrated an old-style AOF into the AOF directory (appendonlydir)."),
  );
});

test("the AOF is rewritten automatically once it grows past auto-aof-rewrite-percentage and min-size", () => {
  const s = start(new MemoryFileStore(), [["appendonly", "yes"], ["auto-aof-rewrite-min-size", "1000"], [
    "auto-aof-rewrite-percentage",
    "100",
  ]]);
  const c = s.t.connect();
  for (let i = 0; i < 20; i++) c.cmd("SET", `k${i}`, "x".repeat(100));
  for (let i = 0; i < 30; i++) s.t.host.advance(100);
  assert.ok(
    s.t.host.lines.some((l) => /^\* Starting automatic rewriting of AOF on \d+% growth$/.test(l)),
    s.t.host.lines.join("\n"),
  );
  assert.match(c.cmd("INFO", "persistence"), /aof_rewrites:1\r\n/);
  assert.match(text(s.files, "/d/appendonlydir/appendonly.aof.manifest"), /appendonly\.aof\.2\.base\.rdb/);
});

test("a Redis 6 AOF with an RDB preamble followed by commands loads both parts", () => {
  const a = start(new MemoryFileStore(), []);
  const c = a.t.connect();
  c.cmd("SET", "from", "preamble");
  c.cmd("SAVE");
  const rdb = a.files.files.get("/d/dump.rdb")!;
  const tail = new TextEncoder().encode(
    "*3\r\n$3\r\nSET\r\n$4\r\nfrom\r\n$8\r\ncommands\r\n*3\r\n$3\r\nSET\r\n$5\r\nother\r\n$1\r\nx\r\n",
  );
  const files = new MemoryFileStore();
  const both = new Uint8Array(rdb.length + tail.length);
  both.set(rdb);
  both.set(tail, rdb.length);
  files.files.set("/d/appendonly.aof", both);
  const s = start(files);
  assert.ok(s.ok, s.t.host.lines.join("\n"));
  assert.equal(s.t.connect().cmd("MGET", "from", "other"), "*2\r\n$8\r\ncommands\r\n$1\r\nx\r\n");
});

test("under appendfsync always a served blocked pop is logged and synced before its reply leaves", () => {
  const s = start(new MemoryFileStore(), [["appendonly", "yes"], ["appendfsync", "always"]]);
  const c = s.t.connect();
  const c2 = s.t.connect();
  c.cmd("PING");
  assert.equal(c2.cmd("BLPOP", "q", "0"), "");
  c.cmd("RPUSH", "q", "a", "b");
  s.t.host.advance(0);
  assert.equal(c2.output(), "*2\r\n$1\r\nq\r\n$1\r\na\r\n");
  // As redis-server writes it: the push, then the pop the served client amounts to.
  assert.match(
    text(s.files, "/d/appendonlydir/appendonly.aof.1.incr.aof"),
    /\*4\r\n\$5\r\nRPUSH\r\n\$1\r\nq\r\n\$1\r\na\r\n\$1\r\nb\r\n\*2\r\n\$4\r\nLPOP\r\n\$1\r\nq\r\n$/,
  );
  assert.equal(s.files.synced.at(-1), "/d/appendonlydir/appendonly.aof.1.incr.aof");
});

test("BGSAVE and BGREWRITEAOF take turns as Redis's single child does: refused or scheduled", () => {
  const s = start();
  const p = persistenceOf(s.t.server);
  p.sliceLimit = 5;
  const c = s.t.connect();
  for (let i = 0; i < 50; i++) c.cmd("SET", `k${i}`, "v");
  assert.equal(c.cmd("BGREWRITEAOF"), "+Background append only file rewriting started\r\n");
  assert.equal(c.cmd("BGSAVE"), errorReply(ERR_BGSAVE_CHILD_ACTIVE));
  assert.equal(c.cmd("BGSAVE", "SCHEDULE"), "+Background saving scheduled\r\n");
  for (let i = 0; i < 100 && !s.files.files.has("/d/dump.rdb"); i++) s.t.host.advance(50);
  assert.ok(s.files.files.has("/d/dump.rdb"), "the scheduled BGSAVE ran after the rewrite");
  for (let i = 0; i < 100 && p.bgsave !== null; i++) s.t.host.advance(1);
  assert.equal(c.cmd("BGSAVE"), "+Background saving started\r\n");
  assert.equal(c.cmd("BGREWRITEAOF"), "+Background append only file rewriting scheduled\r\n");
  assert.match(c.cmd("INFO", "persistence"), /aof_rewrite_scheduled:1\r\n/);
  for (let i = 0; i < 200; i++) s.t.host.advance(10);
  assert.match(c.cmd("INFO", "persistence"), /aof_rewrite_scheduled:0\r\n[\s\S]*aof_rewrites:2\r\n/);
});
