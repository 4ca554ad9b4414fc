/**
 * What commands propagate (src/core/propagate.ts), read back from the AOF: each expectation is what
 * redis-server 7.0.15 writes to its appendonlydir/*.incr.aof for the same commands (checked by running them
 * against it with --appendonly yes), with absolute times taken from the test's clock.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import { bytesLatin1 } from "../helpers/resp.ts";
import type { TestConn, TestServer } from "../helpers/inprocess.ts";
import { MemoryFileStore } from "../../src/core/persistence/fs.ts";
import { attachPersistence, persistenceOf } from "../../src/core/persistence/snapshot.ts";
import type { PropagationConsumer } from "../../src/core/propagate.ts";

const INCR = "/d/appendonlydir/appendonly.aof.1.incr.aof";

interface Setup {
  t: TestServer;
  files: MemoryFileStore;
  c: TestConn;
  /** The AOF records (as argv lists) written since the last call. */
  logged(): string[][];
}

function start(config: [string, string][] = []): Setup {
  const files = new MemoryFileStore();
  const t = inProcess([["dir", "/d"], ["save", ""], ["appendonly", "yes"], ...config]);
  attachPersistence(t.server, { files, exit() {} });
  persistenceOf(t.server).loadAtStartup(() => {});
  let seen = 0;
  return {
    t,
    files,
    c: t.connect(),
    logged() {
      t.host.advance(0);
      const all = bytesLatin1(files.files.get(INCR) ?? new Uint8Array());
      const fresh = all.slice(seen);
      seen = all.length;
      return parseRecords(fresh);
    },
  };
}

/** RESP multibulk records -> argv lists. */
function parseRecords(s: string): string[][] {
  const out: string[][] = [];
  let p = 0;
  const line = () => {
    const e = s.indexOf("\r\n", p);
    const l = s.slice(p, e);
    p = e + 2;
    return l;
  };
  while (p < s.length) {
    const n = Number(line().slice(1));
    const argv: string[] = [];
    for (let i = 0; i < n; i++) {
      const len = Number(line().slice(1));
      argv.push(s.slice(p, p + len));
      p += len + 2;
    }
    out.push(argv);
  }
  return out;
}

/** Runs one command and returns what it logged, SELECTs included. */
function run(s: Setup, ...argv: string[]): string[][] {
  s.c.cmd(...argv);
  return s.logged();
}

test("SET with an expire is logged with an absolute PXAT, SET GET without GET, GETSET as SET", () => {
  const s = start();
  const now = s.t.host.time;
  assert.deepEqual(run(s, "SET", "s1", "v", "EX", "100"), [["SELECT", "0"], [
    "SET",
    "s1",
    "v",
    "PXAT",
    String(now + 100000),
  ]]);
  assert.deepEqual(run(s, "SET", "s3", "v", "EXAT", "2000000000"), [["SET", "s3", "v", "PXAT", "2000000000000"]]);
  assert.deepEqual(run(s, "set", "s4", "v", "GET"), [["set", "s4", "v"]]);
  assert.deepEqual(run(s, "set", "k", "v", "ex", "100", "get"), [["SET", "k", "v", "PXAT", String(now + 100000)]]);
  assert.deepEqual(run(s, "SET", "k", "v", "PX", "100", "NX"), [], "nothing changed, nothing logged");
  assert.deepEqual(run(s, "SETEX", "s5", "100", "v"), [["SET", "s5", "v", "PXAT", String(now + 100000)]]);
  assert.deepEqual(run(s, "PSETEX", "s6", "100000", "v"), [["SET", "s6", "v", "PXAT", String(now + 100000)]]);
  assert.deepEqual(run(s, "getset", "k", "w"), [["SET", "k", "w"]]);
  assert.deepEqual(run(s, "SETNX", "n", "1"), [["SETNX", "n", "1"]], "deterministic commands are logged as sent");
});

test("the EXPIRE family is logged as PEXPIREAT (options kept), a deadline in the past as DEL", () => {
  const s = start();
  const now = s.t.host.time;
  s.c.cmd("SET", "k", "v");
  s.logged();
  assert.deepEqual(run(s, "EXPIRE", "k", "100"), [["PEXPIREAT", "k", String(now + 100000)]]);
  assert.deepEqual(run(s, "pexpire", "k", "200000", "GT"), [["PEXPIREAT", "k", String(now + 200000), "GT"]]);
  assert.deepEqual(run(s, "EXPIREAT", "k", "2000000000"), [["PEXPIREAT", "k", "2000000000000"]]);
  assert.deepEqual(run(s, "pexpireat", "k", "2000000000001"), [["pexpireat", "k", "2000000000001"]]);
  assert.deepEqual(run(s, "EXPIRE", "nokey", "10"), []);
  assert.deepEqual(run(s, "EXPIRE", "k", "-1"), [["DEL", "k"]]);
});

test("GETEX is logged as PEXPIREAT, PERSIST or DEL; GETDEL as DEL; INCRBYFLOAT and HINCRBYFLOAT as the value set", () => {
  const s = start();
  const now = s.t.host.time;
  s.c.cmd("SET", "g", "v");
  s.logged();
  assert.deepEqual(run(s, "GETEX", "g", "EX", "100"), [["PEXPIREAT", "g", String(now + 100000)]]);
  assert.deepEqual(run(s, "GETEX", "g", "PERSIST"), [["PERSIST", "g"]]);
  assert.deepEqual(run(s, "GETEX", "g"), []);
  assert.deepEqual(run(s, "GETEX", "g", "PXAT", "2000000000000"), [["PEXPIREAT", "g", "2000000000000"]]);
  assert.deepEqual(run(s, "GETEX", "g", "PXAT", "1"), [["DEL", "g"]]);
  s.c.cmd("SET", "d", "v");
  s.logged();
  assert.deepEqual(run(s, "GETDEL", "d"), [["DEL", "d"]]);
  s.c.cmd("SET", "f", "1.5");
  s.logged();
  assert.deepEqual(run(s, "INCRBYFLOAT", "f", "1"), [["SET", "f", "2.5", "KEEPTTL"]]);
  s.c.cmd("HSET", "h", "f", "1.5");
  s.logged();
  assert.deepEqual(run(s, "HINCRBYFLOAT", "h", "f", "1"), [["HSET", "h", "f", "2.5"]]);
});

test("SPOP is logged as SREM of what it took (wrapped when several), or DEL when it took the whole set", () => {
  const s = start();
  s.c.cmd("SADD", "st", "a", "b", "c", "d", "e");
  s.logged();
  const one = s.c.cmd("SPOP", "st").split("\r\n")[1];
  assert.deepEqual(s.logged(), [["SREM", "st", one]]);
  const two = s.c.cmd("SPOP", "st", "2").split("\r\n").filter((_, i) => i % 2 === 0 && i > 0).slice(0, 2);
  assert.deepEqual(s.logged(), [["MULTI"], ["SREM", "st", two[0]], ["SREM", "st", two[1]], ["EXEC"]]);
  assert.deepEqual(run(s, "SPOP", "st", "10"), [["DEL", "st"]]);
  assert.deepEqual(run(s, "SPOP", "st", "0"), []);
});

test("blocking pops served at once are logged as the non-blocking pop; LMPOP and ZMPOP as LPOP/ZPOPMIN with a count", () => {
  const s = start();
  s.c.cmd("RPUSH", "l", "a", "b", "c");
  s.logged();
  assert.deepEqual(run(s, "BLPOP", "l", "0"), [["LPOP", "l"]]);
  assert.deepEqual(run(s, "BRPOP", "l", "0"), [["RPOP", "l"]]);
  assert.deepEqual(run(s, "blmove", "l", "l2", "left", "RIGHT", "0"), [["LMOVE", "l", "l2", "left", "RIGHT"]]);
  s.c.cmd("RPUSH", "l", "x", "y", "z");
  s.logged();
  assert.deepEqual(run(s, "BRPOPLPUSH", "l", "l2", "0"), [["RPOPLPUSH", "l", "l2"]]);
  assert.deepEqual(run(s, "BLMPOP", "0", "1", "l", "LEFT", "COUNT", "5"), [["LPOP", "l", "2"]]);
  s.c.cmd("RPUSH", "l", "a", "b", "c");
  s.logged();
  assert.deepEqual(run(s, "LMPOP", "1", "l", "RIGHT"), [["RPOP", "l", "1"]]);
  s.c.cmd("ZADD", "z", "1", "a", "2", "b", "3", "c");
  s.logged();
  assert.deepEqual(run(s, "BZPOPMIN", "z", "0"), [["ZPOPMIN", "z"]]);
  assert.deepEqual(run(s, "BZMPOP", "0", "1", "z", "MAX"), [["ZPOPMAX", "z", "1"]]);
  assert.deepEqual(run(s, "ZMPOP", "1", "z", "MIN", "COUNT", "10"), [["ZPOPMIN", "z", "1"]]);
});

test("a blocked client served by another's push is logged after the push, as the pop it amounts to", () => {
  const s = start();
  const waiter = s.t.connect();
  const cases: [string[], string[], string[][]][] = [
    [["blmove", "src", "dst", "left", "right", "0"], ["RPUSH", "src", "x"], [["LMOVE", "src", "dst", "left", "right"]]],
    [["blmpop", "0", "1", "l2", "left", "count", "5"], ["RPUSH", "l2", "a", "b"], [["LPOP", "l2", "2"]]],
    [["bzmpop", "0", "1", "z2", "max", "count", "3"], ["ZADD", "z2", "1", "a", "2", "b"], [["ZPOPMAX", "z2", "2"]]],
    [["brpoplpush", "s2", "d2", "0"], ["lpush", "s2", "v"], [["RPOPLPUSH", "s2", "d2"]]],
    [["BLPOP", "q", "0"], ["RPUSH", "q", "v"], [["LPOP", "q"]]],
  ];
  s.logged();
  for (const [block, push, served] of cases) {
    assert.equal(waiter.cmd(...block), "");
    s.c.cmd(...push);
    assert.notEqual(waiter.output(), "");
    const logged = s.logged().filter((a) => a[0] !== "SELECT");
    assert.deepEqual(logged, [push, ...served]);
  }
});

test("a transaction is logged wrapped in MULTI/EXEC when it wrote more than once, SELECTs inside", () => {
  const s = start();
  s.logged();
  s.c.cmd("MULTI");
  s.c.cmd("SET", "a", "1");
  s.c.cmd("GET", "a");
  assert.deepEqual(run(s, "EXEC"), [["SELECT", "0"], ["SET", "a", "1"]], "one write needs no wrapping");
  s.c.cmd("MULTI");
  s.c.cmd("SET", "a", "2");
  s.c.cmd("INCR", "n");
  s.c.cmd("SELECT", "2");
  s.c.cmd("SET", "b", "1");
  assert.deepEqual(run(s, "EXEC"), [["MULTI"], ["SET", "a", "2"], ["INCR", "n"], ["SELECT", "2"], ["SET", "b", "1"], [
    "EXEC",
  ]]);
  s.c.cmd("MULTI");
  s.c.cmd("GET", "a");
  assert.deepEqual(run(s, "EXEC"), []);
});

test("an expired key is logged as DEL, in the same unit as the command that found it", () => {
  const s = start();
  for (const k of ["e2", "e6", "e7", "e8", "e10"]) s.c.cmd("SET", k, "v", "PX", "50");
  s.logged();
  s.t.host.time += 100; // no active expiry here: keys expire when touched
  assert.deepEqual(run(s, "SET", "e2", "new"), [["MULTI"], ["DEL", "e2"], ["SET", "e2", "new"], ["EXEC"]]);
  assert.deepEqual(run(s, "GET", "e6"), [["DEL", "e6"]]);
  assert.deepEqual(run(s, "MGET", "e7", "e8"), [["MULTI"], ["DEL", "e7"], ["DEL", "e8"], ["EXEC"]]);
  assert.deepEqual(run(s, "DEL", "e10"), [["DEL", "e10"]]);
  const u = start([["lazyfree-lazy-expire", "yes"]]);
  u.c.cmd("SET", "k", "v", "PX", "10");
  u.logged();
  u.t.host.time += 100;
  assert.deepEqual(run(u, "GET", "k"), [["UNLINK", "k"]]);
});

test("keys deleted by active expiry are logged as separate DELs, never as a transaction", () => {
  const s = start();
  for (let i = 0; i < 5; i++) s.c.cmd("SET", `k${i}`, "v", "PX", "10");
  s.logged();
  s.t.host.time += 100;
  s.t.server.cron();
  const logged = s.logged();
  assert.equal(logged.length, 5);
  assert.ok(logged.every((a) => a[0] === "DEL"));
});

test("FLUSHALL and FLUSHDB are logged even when there was nothing to flush; RESTORE with ABSTTL; GEOADD as ZADD", () => {
  const s = start();
  assert.deepEqual(run(s, "flushall"), [["SELECT", "0"], ["flushall"]]);
  assert.deepEqual(run(s, "flushdb"), [["flushdb"]]);
  assert.deepEqual(run(s, "swapdb", "0", "1"), [["swapdb", "0", "1"]]);
  s.c.cmd("SET", "r", "v");
  const dump = s.c.cmd("DUMP", "r");
  const payload = dump.slice(dump.indexOf("\r\n") + 2, -2);
  s.logged();
  const now = s.t.host.time;
  assert.deepEqual(run(s, "RESTORE", "r2", "100000", payload), [[
    "RESTORE",
    "r2",
    String(now + 100000),
    payload,
    "ABSTTL",
  ]]);
  assert.deepEqual(run(s, "RESTORE", "r3", "0", payload), [["RESTORE", "r3", "0", payload]]);
  assert.deepEqual(
    run(s, "RESTORE", "r", "1", payload, "REPLACE", "ABSTTL"),
    [["DEL", "r"]],
    "already expired: the replaced key is gone",
  );
  assert.deepEqual(run(s, "GEOADD", "g", "CH", "13.361389", "38.115556", "Palermo"), [[
    "zadd",
    "g",
    "CH",
    "3479099956230698",
    "Palermo",
  ]]);
});

test("the propagation stream is one (dbid, argv) per write for any consumer, and costs nothing without one", () => {
  const t = inProcess([["save", ""]]);
  const seen: string[] = [];
  const consumer: PropagationConsumer = { propagate: (dbid, argv) => seen.push(`${dbid} ${argv.join(" ")}`) };
  const c = t.connect();
  c.cmd("SET", "before", "1");
  assert.equal(t.server.propagation.active, false);
  t.server.propagation.setConsumer(consumer, true);
  c.cmd("SELECT", "3");
  c.cmd("SET", "k", "v", "EX", "1");
  c.cmd("MULTI");
  c.cmd("INCR", "a");
  c.cmd("INCR", "b");
  c.cmd("EXEC");
  t.server.propagation.setConsumer(consumer, false);
  c.cmd("SET", "after", "1");
  assert.deepEqual(seen, [`3 SET k v PXAT ${t.host.time + 1000}`, "3 MULTI", "3 INCR a", "3 INCR b", "3 EXEC"]);
});
