/** Sorted sets in process: the skip list against a plain model, encodings, random replies, blocking pops. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess, onKeyspaceEvent } from "../helpers/inprocess.ts";
import { NIL, ZSetValue } from "../../src/core/keyspace/zset.ts";
import { Config } from "../../src/core/config.ts";
import { decode } from "./_collections.ts";
import {
  ERR_MINMAX_FLOAT,
  ERR_MINMAX_LEX,
  ERR_NAN_SCORE,
  ERR_NOT_FLOAT,
  ERR_NUMKEYS_POSITIVE,
  ERR_TIMEOUT_NEGATIVE,
  ERR_TIMEOUT_NOT_FLOAT,
  ERR_ZADD_GT_LT_NX,
  ERR_ZADD_INCR_PAIR,
  ERR_ZADD_NX_XX,
  errNoInputKeys,
} from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

function cmp(a: [string, number], b: [string, number]): number {
  return a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** A deterministic generator so a failing run can be repeated. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

test("the skip list keeps order, ranks and spans right through random inserts, updates and deletes", () => {
  const z = new ZSetValue();
  const model = new Map<string, number>();
  const r = rng(7);
  for (let step = 0; step < 6000; step++) {
    const m = `m${Math.floor(r() * 700)}`;
    const op = r();
    if (op < 0.5) {
      const s = Math.floor(r() * 50) / 2;
      const id = z.idOf(m);
      if (id === NIL) z.insert(m, s);
      else z.setScore(id, s);
      model.set(m, s);
    } else if (op < 0.8) {
      assert.equal(z.delete(m), model.delete(m));
    } else if (op < 0.85) {
      const lo = Math.floor(r() * 25);
      const removed = z.deleteRangeByScore({ min: lo, max: lo + 2, minex: false, maxex: true });
      let n = 0;
      for (const [k, v] of [...model]) if (v >= lo && v < lo + 2) (model.delete(k), n++);
      assert.equal(removed, n);
    } else if (op < 0.88 && model.size > 0) {
      const sorted = [...model].sort(cmp);
      const start = 1 + Math.floor(r() * sorted.length);
      const end = Math.min(sorted.length, start + Math.floor(r() * 5));
      assert.equal(z.deleteRangeByRank(start, end), end - start + 1);
      for (let i = start - 1; i < end; i++) model.delete(sorted[i][0]);
    }
  }
  const sorted = [...model].sort(cmp);
  assert.deepEqual(z.entries(), sorted);
  assert.equal(z.size, sorted.length);
  for (let i = 0; i < sorted.length; i += 7) {
    assert.equal(z.rank(sorted[i][0], false), i);
    assert.equal(z.rank(sorted[i][0], true), sorted.length - 1 - i);
    assert.equal(z.memberOf(z.byRank(i + 1)), sorted[i][0]);
  }
  // Backward links mirror the forward ones.
  const back: string[] = [];
  for (let x = z.last(); x !== NIL; x = z.prev(x)) back.push(z.memberOf(x));
  assert.deepEqual(back, sorted.map((e) => e[0]).reverse());
});

test("ZSetValue.from, entries and clone keep the (score, member bytes) order and the encoding", () => {
  const z = ZSetValue.from([["b", 1], ["a", 1], ["\xff", 0], ["c", -Infinity], ["b", 2]]);
  assert.deepEqual(z.entries(), [["c", -Infinity], ["\xff", 0], ["a", 1], ["b", 2]]);
  const config = new Config();
  assert.equal(z.encoding(config), "listpack");
  const copy = z.clone();
  copy.delete("a");
  assert.equal(z.size, 4);
  assert.equal(copy.encoding(config), "listpack");
  const big = ZSetValue.from(Array.from({ length: 200 }, (_, i) => [`m${i}`, i] as [string, number]));
  assert.equal(big.encoding(config), "skiplist");
  assert.equal(ZSetValue.from([["x".repeat(65), 1]]).encoding(config), "skiplist");
});

test("ZADD converts a listpack to a skiplist past zset-max-listpack-entries and -value, never back", () => {
  const t = inProcess();
  const c = t.connect();
  const get = () => t.server.dbs[0].peek("z") as ZSetValue;
  c.cmd("ZADD", "z", "1", "a");
  assert.equal(get().encoding(t.server.config), "listpack");
  const args: string[] = [];
  for (let i = 0; i < 127; i++) args.push(String(i), `m${i}`);
  c.cmd("ZADD", "z", ...args);
  assert.equal(get().size, 128);
  assert.equal(get().encoding(t.server.config), "listpack");
  c.cmd("ZADD", "z", "1", "one-more");
  assert.equal(get().encoding(t.server.config), "skiplist");
  c.cmd("ZREMRANGEBYRANK", "z", "0", "-3");
  assert.equal(get().encoding(t.server.config), "skiplist");
  c.cmd("ZADD", "long", "1", "x".repeat(65));
  assert.equal((t.server.dbs[0].peek("long") as ZSetValue).encoding(t.server.config), "skiplist");
  // A rebuilt set (ZUNIONSTORE) goes back to a listpack when it is small again.
  c.cmd("ZUNIONSTORE", "u", "1", "z");
  assert.equal((t.server.dbs[0].peek("u") as ZSetValue).encoding(t.server.config), "listpack");
});

test("a listpack stores an integral score as an integer, so -0 reads back as 0; a skiplist keeps -0", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("ZADD", "lp", "-0", "a");
  assert.equal(c.cmd("ZSCORE", "lp", "a"), "$1\r\n0\r\n");
  t.server.config.setMany([["zset-max-listpack-entries", "0"]]);
  c.cmd("ZADD", "sl", "-0", "a");
  assert.equal(c.cmd("ZSCORE", "sl", "a"), "$2\r\n-0\r\n");
  assert.equal(c.cmd("ZADD", "sl", "INCR", "-0", "b"), "$2\r\n-0\r\n");
});

test("ZADD reports added or changed counts and rejects conflicting options with Redis's errors", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("ZADD", "z", "1", "a", "2", "b"), ":2\r\n");
  assert.equal(c.cmd("ZADD", "z", "CH", "3", "a", "2", "b", "4", "c"), ":2\r\n");
  assert.equal(c.cmd("ZADD", "z", "NX", "XX", "1", "a"), errorReply(ERR_ZADD_NX_XX));
  assert.equal(c.cmd("ZADD", "z", "GT", "LT", "1", "a"), errorReply(ERR_ZADD_GT_LT_NX));
  assert.equal(c.cmd("ZADD", "z", "INCR", "1", "a", "1", "b"), errorReply(ERR_ZADD_INCR_PAIR));
  assert.equal(c.cmd("ZADD", "z", "1e400", "a"), errorReply(ERR_NOT_FLOAT));
  assert.equal(c.cmd("ZADD", "z", "GT", "CH", "1", "a", "10", "b"), ":1\r\n");
  assert.equal(c.cmd("ZINCRBY", "z", "+inf", "a"), "$3\r\ninf\r\n");
  assert.equal(c.cmd("ZINCRBY", "z", "-inf", "a"), errorReply(ERR_NAN_SCORE));
  assert.equal(c.cmd("ZADD", "z", "NX", "INCR", "1", "a"), "$-1\r\n");
});

test("ZRANGE WITHSCORES is flat in RESP2 and [member, score] pairs in RESP3", () => {
  const c = inProcess().connect();
  c.cmd("ZADD", "z", "1", "a", "2.5", "b");
  assert.equal(c.cmd("ZRANGE", "z", "0", "-1", "WITHSCORES"), "*4\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nb\r\n$3\r\n2.5\r\n");
  c.cmd("HELLO", "3");
  assert.equal(c.cmd("ZRANGE", "z", "0", "-1", "WITHSCORES"), "*2\r\n*2\r\n$1\r\na\r\n,1\r\n*2\r\n$1\r\nb\r\n,2.5\r\n");
  assert.equal(c.cmd("ZPOPMIN", "z", "1"), "*1\r\n*2\r\n$1\r\na\r\n,1\r\n");
  assert.equal(c.cmd("ZPOPMIN", "z"), "*2\r\n$1\r\nb\r\n,2.5\r\n");
  assert.equal(c.cmd("ZMPOP", "1", "z", "MIN"), "_\r\n");
});

test("score and lex ranges honour exclusive bounds, infinities, LIMIT and REV", () => {
  const c = inProcess().connect();
  c.cmd("ZADD", "z", "1", "a", "2", "b", "3", "c", "4", "d");
  assert.deepEqual(decode(c.cmd("ZRANGE", "z", "(1", "3", "BYSCORE")), ["b", "c"]);
  assert.deepEqual(decode(c.cmd("ZRANGE", "z", "+inf", "(1", "BYSCORE", "REV", "LIMIT", "1", "2")), ["c", "b"]);
  assert.deepEqual(decode(c.cmd("ZRANGEBYSCORE", "z", "-inf", "+inf", "LIMIT", "-1", "2")), []);
  assert.deepEqual(decode(c.cmd("ZRANGEBYLEX", "z", "[b", "(d")), ["b", "c"]);
  assert.deepEqual(decode(c.cmd("ZREVRANGEBYLEX", "z", "+", "-", "LIMIT", "0", "2")), ["d", "c"]);
  assert.equal(c.cmd("ZRANGEBYSCORE", "z", "x", "1"), errorReply(ERR_MINMAX_FLOAT));
  assert.equal(c.cmd("ZRANGEBYLEX", "z", "a", "b"), errorReply(ERR_MINMAX_LEX));
  assert.equal(c.cmd("ZCOUNT", "z", "(1", "+inf"), ":3\r\n");
  assert.equal(c.cmd("ZLEXCOUNT", "z", "-", "(c"), ":2\r\n");
});

test("ranges over a skiplist-encoded set agree with a sorted model", () => {
  const c = inProcess().connect();
  const r = rng(11);
  const model = new Map<string, number>();
  const args: string[] = [];
  for (let i = 0; i < 400; i++) {
    const s = Math.floor(r() * 100);
    args.push(String(s), `k${i}`);
    model.set(`k${i}`, s);
  }
  c.cmd("ZADD", "z", ...args);
  const sorted = [...model].sort(cmp);
  assert.deepEqual(decode(c.cmd("ZRANGE", "z", "100", "109")), sorted.slice(100, 110).map((e) => e[0]));
  assert.deepEqual(decode(c.cmd("ZREVRANGE", "z", "0", "4")), sorted.slice(-5).reverse().map((e) => e[0]));
  const inRange = sorted.filter((e) => e[1] > 20 && e[1] <= 40);
  assert.deepEqual(decode(c.cmd("ZRANGEBYSCORE", "z", "(20", "40")), inRange.map((e) => e[0]));
  assert.equal(c.cmd("ZCOUNT", "z", "(20", "40"), `:${inRange.length}\r\n`);
  assert.deepEqual(
    decode(c.cmd("ZRANGEBYSCORE", "z", "(20", "40", "LIMIT", "3", "4")),
    inRange.slice(3, 7).map((e) => e[0]),
  );
  assert.equal(c.cmd("ZRANK", "z", sorted[250][0]), ":250\r\n");
  assert.equal(c.cmd("ZREMRANGEBYSCORE", "z", "(20", "40"), `:${inRange.length}\r\n`);
  assert.equal(c.cmd("ZCARD", "z"), `:${400 - inRange.length}\r\n`);
});

test("ZUNION, ZINTER and ZDIFF accept plain sets as inputs with score 1", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("ZADD", "z", "5", "a", "7", "b");
  // A plain set as the set family stores it: only `members()` and `size` are relied on.
  const members = ["a", "x"];
  t.server.dbs[0].store("s", {
    type: "set",
    size: 2,
    members: () => members,
    encoding: () => "listpack",
    clone() {
      return this;
    },
  } as never);
  assert.deepEqual(decode(c.cmd("ZUNION", "2", "z", "s", "WITHSCORES")), ["x", "1", "a", "6", "b", "7"]);
  assert.deepEqual(decode(c.cmd("ZINTER", "2", "s", "z", "WEIGHTS", "10", "1", "WITHSCORES")), ["a", "15"]);
  assert.deepEqual(decode(c.cmd("ZDIFF", "2", "s", "z", "WITHSCORES")), ["x", "1"]);
  assert.equal(c.cmd("ZINTERCARD", "2", "s", "z"), ":1\r\n");
});

test("ZUNIONSTORE with AGGREGATE and WEIGHTS, and an empty result deletes the destination", () => {
  const c = inProcess().connect();
  c.cmd("ZADD", "a", "1", "x", "2", "y");
  c.cmd("ZADD", "b", "10", "y", "20", "z");
  assert.equal(c.cmd("ZUNIONSTORE", "d", "2", "a", "b", "WEIGHTS", "2", "1", "AGGREGATE", "MAX"), ":3\r\n");
  assert.deepEqual(decode(c.cmd("ZRANGE", "d", "0", "-1", "WITHSCORES")), ["x", "2", "y", "10", "z", "20"]);
  assert.equal(c.cmd("ZINTERSTORE", "d", "2", "a", "nokey"), ":0\r\n");
  assert.equal(c.cmd("EXISTS", "d"), ":0\r\n");
  assert.equal(c.cmd("ZUNIONSTORE", "d", "0", "a"), errorReply(errNoInputKeys("zunionstore")));
});

test("ZRANDMEMBER returns distinct members for a positive count and allows repeats for a negative one", () => {
  const c = inProcess().connect();
  const args: string[] = [];
  for (let i = 0; i < 300; i++) args.push(String(i), `m${i}`);
  c.cmd("ZADD", "z", ...args);
  for (const n of [1, 10, 150, 250]) {
    const got = decode(c.cmd("ZRANDMEMBER", "z", String(n))) as string[];
    assert.equal(got.length, n);
    assert.equal(new Set(got).size, n);
    for (const m of got) assert.match(m, /^m\d+$/);
  }
  const rep = decode(c.cmd("ZRANDMEMBER", "z", "-1000")) as string[];
  assert.equal(rep.length, 1000);
  assert.ok(new Set(rep).size < 1000);
  const ws = decode(c.cmd("ZRANDMEMBER", "z", "5", "WITHSCORES")) as string[];
  for (let i = 0; i < ws.length; i += 2) assert.equal(ws[i], `m${ws[i + 1]}`);
  assert.match(c.cmd("ZRANDMEMBER", "z"), /^\$\d+\r\nm\d+\r\n$/);
  // Small sets, small counts: the listpack path, still distinct.
  c.cmd("ZADD", "small", "1", "a", "2", "b", "3", "c", "4", "d", "5", "e", "6", "f", "7", "g");
  const two = decode(c.cmd("ZRANDMEMBER", "small", "2")) as string[];
  assert.equal(new Set(two).size, 2);
});

test("ZSCAN over a skiplist returns every member exactly once across cursors", () => {
  const c = inProcess().connect();
  const args: string[] = [];
  for (let i = 0; i < 500; i++) args.push(String(i / 4), `m${i}`);
  c.cmd("ZADD", "z", ...args);
  const seen = new Map<string, string>();
  let cursor = "0";
  let rounds = 0;
  do {
    const [next, items] = decode(c.cmd("ZSCAN", "z", cursor, "COUNT", "20")) as [string, string[]];
    for (let i = 0; i < items.length; i += 2) {
      assert.ok(!seen.has(items[i]), `${items[i]} returned twice`);
      seen.set(items[i], items[i + 1]);
    }
    cursor = next;
    rounds++;
  } while (cursor !== "0");
  assert.equal(seen.size, 500);
  assert.ok(rounds > 5);
  assert.equal(seen.get("m3"), "0.75");
  const matched = decode(c.cmd("ZSCAN", "z", "0", "COUNT", "1000", "MATCH", "m1?")) as [string, string[]];
  assert.equal(matched[1].length, 20);
});

test("BZPOPMIN blocks until a ZADD, then replies with the key, member and score", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  assert.equal(a.cmd("BZPOPMIN", "k1", "k2", "0"), "");
  b.cmd("ZADD", "k2", "3", "x", "1", "y");
  assert.equal(a.output(), "*3\r\n$2\r\nk2\r\n$1\r\ny\r\n$1\r\n1\r\n");
  assert.equal(b.cmd("ZCARD", "k2"), ":1\r\n");
});

test("BZPOPMAX times out with a null array once the clock passes the timeout", () => {
  const t = inProcess();
  const a = t.connect();
  assert.equal(a.cmd("BZPOPMAX", "k", "1.5"), "");
  t.host.advance(1400);
  assert.equal(a.output(), "");
  t.host.advance(100);
  assert.equal(a.output(), "*-1\r\n");
  assert.equal(a.cmd("PING"), "+PONG\r\n");
});

test("BZMPOP serves blocked clients first come first served and pops COUNT", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  const w = t.connect();
  a.cmd("BZMPOP", "0", "1", "k", "MIN", "COUNT", "2");
  b.cmd("BZMPOP", "0", "1", "k", "MAX");
  w.cmd("ZADD", "k", "1", "a", "2", "b", "3", "c", "4", "d");
  assert.equal(a.output(), "*2\r\n$1\r\nk\r\n*2\r\n*2\r\n$1\r\na\r\n$1\r\n1\r\n*2\r\n$1\r\nb\r\n$1\r\n2\r\n");
  assert.equal(b.output(), "*2\r\n$1\r\nk\r\n*1\r\n*2\r\n$1\r\nd\r\n$1\r\n4\r\n");
  assert.equal(w.cmd("ZRANGE", "k", "0", "-1"), "*1\r\n$1\r\nc\r\n");
});

test("blocking pops refuse bad timeouts with Redis's errors", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("BZPOPMIN", "k", "-1"), errorReply(ERR_TIMEOUT_NEGATIVE));
  assert.equal(c.cmd("BZPOPMIN", "k", "inf"), errorReply(ERR_TIMEOUT_NEGATIVE));
  assert.equal(c.cmd("BZPOPMIN", "k", "x"), errorReply(ERR_TIMEOUT_NOT_FLOAT));
  assert.equal(c.cmd("BZMPOP", "0", "0", "k", "MIN"), errorReply(ERR_NUMKEYS_POSITIVE));
});

test('writes to a zset emit Redis\'s keyspace events, and a set emptied by a write is deleted with "del"', () => {
  const t = inProcess();
  const c = t.connect();
  const events: string[] = [];
  onKeyspaceEvent(t.server, (_type, event, key) => events.push(`${event}:${key}`));
  c.cmd("ZADD", "z", "1", "a", "2", "b");
  c.cmd("ZINCRBY", "z", "1", "a");
  c.cmd("ZREM", "z", "a");
  c.cmd("ZPOPMIN", "z");
  c.cmd("ZADD", "y", "1", "a");
  c.cmd("ZRANGESTORE", "d", "y", "0", "-1");
  c.cmd("ZREMRANGEBYSCORE", "y", "-inf", "+inf");
  assert.deepEqual(events, [
    "new:z",
    "zadd:z",
    "zincr:z",
    "zrem:z",
    "zpopmin:z",
    "del:z",
    "new:y",
    "zadd:y",
    "new:d",
    "zrangestore:d",
    "zremrangebyscore:y",
    "del:y",
  ]);
});
