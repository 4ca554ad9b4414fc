/** Hashes in process: HashValue's encodings and order, every command and error, random replies, long doubles. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { HashValue } from "../../src/core/keyspace/hash.ts";
import { Config } from "../../src/core/config.ts";
import { addLongDouble, formatLongDoubleHuman, parseLongDouble } from "../../src/core/longdouble.ts";
import { err, session, WRONGTYPE } from "./_collections.ts";
import { onKeyspaceEvent } from "../helpers/inprocess.ts";
import type { R } from "./_collections.ts";

const LIMITS = { maxEntries: 4, maxValue: 8 };

test("HashValue keeps insertion order while a listpack, even after deletes", () => {
  const h = new HashValue();
  for (const f of ["z", "a", "m", "b"]) h.set(f, "v" + f, LIMITS);
  h.delete("a");
  h.set("n", "x", LIMITS);
  h.set("z", "updated", LIMITS);
  assert.deepEqual(h.entries(), [["z", "updated"], ["m", "vm"], ["b", "vb"], ["n", "x"]]);
  assert.equal(h.isListpack, true);
  // many deletes and re-adds stay ordered (holes are squeezed out)
  for (let i = 0; i < 200; i++) {
    h.delete("m");
    h.set("m", String(i), { maxEntries: 1000, maxValue: 100 });
  }
  assert.deepEqual(h.entries().map(([f]) => f), ["z", "b", "n", "m"]);
  assert.ok(h.dict.keys.length < 20);
});

test("HashValue converts to a hashtable for good past the entry or value limits", () => {
  const h = new HashValue();
  for (let i = 0; i < 5; i++) h.set(`f${i}`, "v", LIMITS);
  assert.equal(h.isListpack, false);
  h.delete("f0");
  h.delete("f1");
  assert.equal(h.isListpack, false, "shrinking does not convert back");
  const g = new HashValue();
  g.set("f", "123456789", LIMITS);
  assert.equal(g.isListpack, false);
  const k = new HashValue();
  k.set("123456789", "v", LIMITS);
  assert.equal(k.isListpack, false);
});

test("HashValue.from decides its encoding under the current config; clone is independent", () => {
  const cfg = new Config();
  assert.equal(HashValue.from([["a", "1"]]).encoding(cfg), "listpack");
  assert.equal(HashValue.from([["a", "x".repeat(65)]]).encoding(cfg), "hashtable");
  const many: [string, string][] = [];
  for (let i = 0; i < 600; i++) many.push([`f${i}`, "v"]);
  assert.equal(HashValue.from(many).encoding(cfg), "hashtable");
  const h = HashValue.from([["a", "1"], ["b", "2"]]);
  const c = h.clone();
  h.set("c", "3", LIMITS);
  assert.deepEqual(c.entries(), [["a", "1"], ["b", "2"]]);
  assert.equal(c.type, "hash");
});

test("long doubles add and print as Redis's HINCRBYFLOAT does", () => {
  const add = (a: string, b: string) => formatLongDoubleHuman(addLongDouble(parseLongDouble(a)!, parseLongDouble(b)!));
  assert.equal(add("10.5", "0.1"), "10.6");
  assert.equal(add("0.1", "0.2"), "0.3");
  assert.equal(add("10.6", "1e20"), "100000000000000000008");
  assert.equal(add("0", "1.23456789012345678901234"), "1.23456789012345679");
  assert.equal(add("0", "1e-20"), "0");
  assert.equal(add("-1", "0.5"), "-0.5");
  assert.equal(add("5000", "-5000"), "0");
  assert.equal(add("0x10", "1"), "17");
  assert.equal(parseLongDouble(" 1"), null);
  assert.equal(parseLongDouble("nan"), null);
  assert.equal(parseLongDouble("1e99999"), null, "overflow is refused");
  assert.equal(parseLongDouble("1e-99999"), null, "underflow to zero is refused");
  assert.equal(parseLongDouble("inf")!.inf, true);
  assert.equal(parseLongDouble("1e400")!.inf, undefined, "1e400 fits a long double");
});

test("HSET/HMSET/HSETNX/HGET/HMGET/HLEN/HEXISTS/HSTRLEN", () => {
  const s = session();
  assert.equal(s.r("HSET", "h", "a", "1", "b", "2"), 2);
  assert.equal(s.r("HSET", "h", "a", "10", "c", "\x00\xff"), 1);
  assert.equal(s.r("HMSET", "h", "d", "4"), "OK");
  assert.equal(s.r("HSETNX", "h", "a", "x"), 0);
  assert.equal(s.r("HSETNX", "h", "e", ""), 1);
  assert.equal(s.r("HGET", "h", "a"), "10");
  assert.equal(s.r("HGET", "h", "zz"), null);
  assert.equal(s.r("HGET", "nokey", "a"), null);
  assert.deepEqual(s.r("HMGET", "h", "a", "zz", "c"), ["10", null, "\x00\xff"]);
  assert.deepEqual(s.r("HMGET", "nokey", "a"), [null]);
  assert.equal(s.r("HLEN", "h"), 5);
  assert.equal(s.r("HLEN", "nokey"), 0);
  assert.equal(s.r("HEXISTS", "h", "e"), 1);
  assert.equal(s.r("HEXISTS", "h", "zz"), 0);
  assert.equal(s.r("HSTRLEN", "h", "c"), 2);
  assert.equal(s.r("HSTRLEN", "h", "zz"), 0);
  assert.equal(s.r("TYPE", "h"), "hash");
  assert.equal(err(s.r("HSET", "h", "a", "1", "b")), "ERR wrong number of arguments for 'hset' command");
  assert.equal(err(s.r("HMSET", "h", "a")), "ERR wrong number of arguments for 'hmset' command");
  assert.equal(s.r("HSETNX", "new", "f", "v"), 1);
});

test("HGETALL is a map, HKEYS/HVALS arrays, in insertion order", () => {
  const s = session();
  s.r("HSET", "h", "z", "1", "a", "2");
  s.r("HDEL", "h", "z");
  s.r("HSET", "h", "z", "3");
  assert.equal(s.c.cmd("HGETALL", "h"), "*4\r\n$1\r\na\r\n$1\r\n2\r\n$1\r\nz\r\n$1\r\n3\r\n");
  assert.deepEqual(s.r("HKEYS", "h"), ["a", "z"]);
  assert.deepEqual(s.r("HVALS", "h"), ["2", "3"]);
  assert.deepEqual(s.r("HGETALL", "nokey"), []);
  s.c.cmd("HELLO", "3");
  assert.equal(s.c.cmd("HGETALL", "h"), "%2\r\n$1\r\na\r\n$1\r\n2\r\n$1\r\nz\r\n$1\r\n3\r\n");
  assert.equal(s.c.cmd("HGETALL", "nokey"), "%0\r\n");
  assert.equal(s.c.cmd("HKEYS", "nokey"), "*0\r\n");
});

test("HDEL removes fields and deletes the emptied key with hdel then del events", () => {
  const s = session();
  const ev: string[] = [];
  onKeyspaceEvent(s.t.server, (_t, e, k) => e !== "keymiss" && ev.push(`${e}:${k}`));
  s.r("HSET", "h", "a", "1", "b", "2");
  assert.equal(s.r("HDEL", "h", "a", "zz", "a"), 1);
  assert.equal(s.r("HDEL", "h", "b", "c"), 1);
  assert.equal(s.r("EXISTS", "h"), 0);
  assert.equal(s.r("HDEL", "nokey", "a"), 0);
  assert.deepEqual(ev, ["hset:h", "hdel:h", "hdel:h", "del:h"]);
});

test("every hash command on a string key replies WRONGTYPE", () => {
  const s = session();
  s.r("SET", "s", "v");
  const cmds = [
    ["HSET", "s", "a", "1"],
    ["HMSET", "s", "a", "1"],
    ["HSETNX", "s", "a", "1"],
    ["HGET", "s", "a"],
    ["HMGET", "s", "a"],
    ["HDEL", "s", "a"],
    ["HLEN", "s"],
    ["HSTRLEN", "s", "a"],
    ["HEXISTS", "s", "a"],
    ["HKEYS", "s"],
    ["HVALS", "s"],
    ["HGETALL", "s"],
    ["HINCRBY", "s", "a", "1"],
    ["HINCRBYFLOAT", "s", "a", "1"],
    ["HRANDFIELD", "s"],
    ["HRANDFIELD", "s", "2"],
    ["HSCAN", "s", "0"],
  ];
  for (const cmd of cmds) assert.equal(err(s.r(...cmd)), WRONGTYPE, cmd.join(" "));
});

test("HINCRBY adds within 64 bits and checks the stored value", () => {
  const s = session();
  assert.equal(s.r("HINCRBY", "h", "a", "5"), 5);
  assert.equal(s.r("HINCRBY", "h", "a", "-10"), -5);
  s.r("HSET", "h", "max", "9223372036854775807", "s", "abc", "f", "1.5", "sp", " 1");
  assert.equal(err(s.r("HINCRBY", "h", "max", "1")), "ERR increment or decrement would overflow");
  assert.equal(s.c.cmd("HINCRBY", "h", "max", "-1"), ":9223372036854775806\r\n");
  assert.equal(err(s.r("HINCRBY", "h", "s", "1")), "ERR hash value is not an integer");
  assert.equal(err(s.r("HINCRBY", "h", "f", "1")), "ERR hash value is not an integer");
  assert.equal(err(s.r("HINCRBY", "h", "sp", "1")), "ERR hash value is not an integer");
  assert.equal(err(s.r("HINCRBY", "h", "a", "x")), "ERR value is not an integer or out of range");
  assert.equal(err(s.r("HINCRBY", "h", "a", "9223372036854775808")), "ERR value is not an integer or out of range");
});

test("HINCRBYFLOAT works in long double and checks its input", () => {
  const s = session();
  assert.equal(s.r("HINCRBYFLOAT", "h", "n", "10.5"), "10.5");
  assert.equal(s.r("HINCRBYFLOAT", "h", "n", "0.1"), "10.6");
  assert.equal(s.r("HINCRBYFLOAT", "h", "n", "-10.6"), "0");
  s.r("HSET", "h", "s", "abc", "huge", "1e4932");
  assert.equal(err(s.r("HINCRBYFLOAT", "h", "s", "1")), "ERR hash value is not a float");
  assert.equal(err(s.r("HINCRBYFLOAT", "h", "huge", "1e4932")), "ERR increment would produce NaN or Infinity");
  assert.equal(err(s.r("HINCRBYFLOAT", "h", "a", "inf")), "ERR value is NaN or Infinity");
  assert.equal(err(s.r("HINCRBYFLOAT", "h", "a", "nan")), "ERR value is not a valid float");
  assert.equal(err(s.r("HINCRBYFLOAT", "h", "a", "")), "ERR value is not a valid float");
  assert.equal(s.r("HEXISTS", "h", "a"), 0);
});

test("HRANDFIELD without count, with positive (distinct) and negative (repeating) counts", () => {
  const s = session();
  const fields = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
  s.r("HSET", "h", ...fields.flatMap((f) => [f, `v${f}`]));
  for (let i = 0; i < 20; i++) assert.ok(fields.includes(s.r("HRANDFIELD", "h") as string));
  for (const n of [1, 2, 3, 5, 9, 10, 20]) {
    const r = s.r("HRANDFIELD", "h", String(n)) as string[];
    assert.equal(r.length, Math.min(n, 10));
    assert.equal(new Set(r).size, r.length, "distinct fields");
    for (const f of r) assert.ok(fields.includes(f));
  }
  const neg = s.r("HRANDFIELD", "h", "-30") as string[];
  assert.equal(neg.length, 30);
  for (const f of neg) assert.ok(fields.includes(f));
  const wv = s.r("HRANDFIELD", "h", "4", "WITHVALUES") as string[];
  assert.equal(wv.length, 8);
  for (let i = 0; i < 8; i += 2) assert.equal(wv[i + 1], `v${wv[i]}`);
  s.c.cmd("HELLO", "3");
  const pairs = s.r("HRANDFIELD", "h", "-3", "WITHVALUES") as string[][];
  assert.equal(pairs.length, 3);
  for (const [f, v] of pairs) assert.equal(v, `v${f}`);
});

test("HRANDFIELD with a positive count on a listpack hash keeps insertion order, as lpRandomPairsUnique", () => {
  const s = session();
  const fields = ["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"];
  s.r("HSET", "h", ...fields.flatMap((f) => [f, "v"]));
  for (let i = 0; i < 50; i++) {
    const r = s.r("HRANDFIELD", "h", "4") as string[];
    assert.deepEqual(r, [...r].sort((a, b) => fields.indexOf(a) - fields.indexOf(b)));
  }
});

test("HRANDFIELD picks are roughly uniform", () => {
  const s = session();
  s.r("HSET", "h", "a", "1", "b", "2", "c", "3", "d", "4");
  const counts = new Map<string, number>();
  for (let i = 0; i < 4000; i++) {
    const f = s.r("HRANDFIELD", "h") as string;
    counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  for (const n of counts.values()) assert.ok(n > 800 && n < 1200, `count ${n}`);
});

test("HRANDFIELD errors and empty forms", () => {
  const s = session();
  s.r("HSET", "h", "a", "1");
  assert.equal(s.r("HRANDFIELD", "nokey"), null);
  assert.deepEqual(s.r("HRANDFIELD", "nokey", "5"), []);
  assert.deepEqual(s.r("HRANDFIELD", "h", "0"), []);
  assert.equal(err(s.r("HRANDFIELD", "h", "1", "FOO")), "ERR syntax error");
  assert.equal(err(s.r("HRANDFIELD", "h", "x")), "ERR value is not an integer or out of range");
  assert.match(err(s.r("HRANDFIELD", "h", "-9223372036854775808")), /^ERR value is out of range, value must between/);
  assert.equal(err(s.r("HRANDFIELD", "h", "4611686018427387904", "WITHVALUES")), "ERR value is out of range");
  assert.deepEqual(s.r("HRANDFIELD", "h", "4611686018427387903", "WITHVALUES"), ["a", "1"]);
});

test("HSCAN returns a listpack hash whole and walks a big one with cursors", () => {
  const s = session();
  s.r("HSET", "h", "a", "1", "b", "2", "ab", "3");
  assert.deepEqual(s.r("HSCAN", "h", "5", "COUNT", "1"), ["0", ["a", "1", "b", "2", "ab", "3"]]);
  assert.deepEqual(s.r("HSCAN", "h", "0", "MATCH", "a*"), ["0", ["a", "1", "ab", "3"]]);
  assert.equal(err(s.r("HSCAN", "h", "0", "COUNT", "0")), "ERR syntax error");
  assert.equal(err(s.r("HSCAN", "h", "0", "TYPE", "hash")), "ERR syntax error");
  assert.equal(err(s.r("HSCAN", "h", "x")), "ERR invalid cursor");
  assert.deepEqual(s.r("HSCAN", "nokey", "0", "COUNT", "0"), ["0", []]);
  const args: string[] = [];
  for (let i = 0; i < 1000; i++) args.push(`f${i}`, `v${i}`);
  s.r("HSET", "big", ...args);
  assert.equal(s.r("OBJECT", "ENCODING", "big"), "hashtable");
  const seen = new Map<string, string>();
  let cursor = "0";
  let rounds = 0;
  do {
    const [next, items] = s.r("HSCAN", "big", cursor, "COUNT", "50") as [string, string[]];
    for (let i = 0; i < items.length; i += 2) seen.set(items[i], items[i + 1]);
    cursor = next;
    rounds++;
  } while (cursor !== "0");
  assert.equal(seen.size, 1000);
  assert.equal(seen.get("f999"), "v999");
  assert.ok(rounds > 5);
});

test("hash encodings follow hash-max-listpack-entries/value (default 512/64)", () => {
  const s = session();
  const args: string[] = [];
  for (let i = 0; i < 512; i++) args.push(`f${i}`, "v");
  s.r("HSET", "h", ...args);
  assert.equal(s.r("OBJECT", "ENCODING", "h"), "listpack");
  s.r("HSET", "h", "one-more", "v");
  assert.equal(s.r("OBJECT", "ENCODING", "h"), "hashtable");
  s.r("CONFIG", "SET", "hash-max-listpack-value", "3");
  s.r("HINCRBY", "h2", "a", "1000");
  assert.equal(s.r("OBJECT", "ENCODING", "h2"), "hashtable");
  s.r("HSET", "h3", "abc", "abc");
  assert.equal(s.r("OBJECT", "ENCODING", "h3"), "listpack");
  const r: R = s.r("CONFIG", "GET", "hash-max-listpack-entries");
  assert.deepEqual(r, ["hash-max-listpack-entries", "512"]);
});
