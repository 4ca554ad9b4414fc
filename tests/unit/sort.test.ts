/** SORT and SORT_RO in process: orderings, BY/GET patterns, LIMIT, STORE, every source type and error. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { err, session, WRONGTYPE } from "./_collections.ts";
import { onKeyspaceEvent } from "../helpers/inprocess.ts";

test("SORT orders a list numerically, ties by bytes, ASC and DESC", () => {
  const s = session();
  s.r("RPUSH", "l", "3", "1", "2", "10", "-1", "1.5", "01", "1e2", " 7", "0x10", "inf", "-inf", "1");
  assert.deepEqual(s.r("SORT", "l"), ["-inf", "-1", "01", "1", "1", "1.5", "2", "3", " 7", "10", "0x10", "1e2", "inf"]);
  assert.deepEqual(s.r("SORT", "l", "DESC"), [
    "inf",
    "1e2",
    "0x10",
    "10",
    " 7",
    "3",
    "2",
    "1.5",
    "1",
    "1",
    "01",
    "-1",
    "-inf",
  ]);
  assert.deepEqual(s.r("SORT_RO", "l", "LIMIT", "0", "2"), ["-inf", "-1"]);
  assert.deepEqual(s.r("SORT", "nokey"), []);
});

test("SORT refuses scores that are not numbers; an empty string is 0", () => {
  const s = session();
  s.r("RPUSH", "n", "1", "nan");
  assert.equal(err(s.r("SORT", "n")), "ERR One or more scores can't be converted into double");
  s.r("RPUSH", "o", "1", "1e400");
  assert.equal(err(s.r("SORT", "o")), "ERR One or more scores can't be converted into double");
  s.r("RPUSH", "t", "1 ", "2");
  assert.equal(err(s.r("SORT", "t")), "ERR One or more scores can't be converted into double");
  s.r("RPUSH", "e", "", "2", "-1");
  assert.deepEqual(s.r("SORT", "e"), ["-1", "", "2"]);
  s.r("RPUSH", "a", "b", "a");
  assert.equal(err(s.r("SORT", "a")), "ERR One or more scores can't be converted into double");
});

test("SORT ALPHA compares bytes (up to a NUL without STORE, as strcoll), DESC reverses", () => {
  const s = session();
  s.r("RPUSH", "l", "b", "a", "10", "9", "", "B", "a\x00b", "\xff");
  assert.deepEqual(s.r("SORT", "l", "ALPHA"), ["", "10", "9", "B", "a", "a\x00b", "b", "\xff"]);
  assert.deepEqual(s.r("SORT", "l", "ALPHA", "DESC"), ["\xff", "b", "a", "a\x00b", "B", "9", "10", ""]);
  s.r("SORT", "l", "ALPHA", "DESC", "STORE", "d");
  assert.deepEqual(
    s.r("LRANGE", "d", "0", "-1"),
    ["\xff", "b", "a\x00b", "a", "B", "9", "10", ""],
    "STORE compares binary-safe",
  );
});

test("SORT LIMIT offsets and counts", () => {
  const s = session();
  s.r("RPUSH", "l", "5", "3", "1", "4", "2");
  assert.deepEqual(s.r("SORT", "l", "LIMIT", "1", "2"), ["2", "3"]);
  assert.deepEqual(s.r("SORT", "l", "LIMIT", "3", "10"), ["4", "5"]);
  assert.deepEqual(s.r("SORT", "l", "LIMIT", "5", "1"), []);
  assert.deepEqual(s.r("SORT", "l", "LIMIT", "-5", "2"), ["1", "2"]);
  assert.deepEqual(s.r("SORT", "l", "LIMIT", "0", "-1"), ["1", "2", "3", "4", "5"]);
  assert.deepEqual(s.r("SORT", "l", "LIMIT", "0", "0"), []);
  assert.deepEqual(s.r("SORT", "l", "DESC", "LIMIT", "1", "3"), ["4", "3", "2"]);
  assert.equal(err(s.r("SORT", "l", "LIMIT", "x", "1")), "ERR value is not an integer or out of range");
  assert.equal(err(s.r("SORT", "l", "LIMIT", "1")), "ERR syntax error");
});

test("SORT BY external keys and hash fields, with GET patterns", () => {
  const s = session();
  s.r("RPUSH", "l", "a", "b", "c", "d");
  s.r("MSET", "w_a", "3", "w_b", "1", "w_c", "2", "name_a", "Alice", "name_b", "Bob", "name_d", "Dan");
  s.r("HSET", "h_a", "age", "30", "nm", "A");
  s.r("HSET", "h_b", "age", "20", "nm", "B");
  s.r("HSET", "h_c", "age", "40");
  s.r("SET", "h_d", "notahash");
  assert.deepEqual(s.r("SORT", "l", "BY", "w_*"), ["d", "b", "c", "a"], "a missing weight counts as 0");
  assert.deepEqual(s.r("SORT", "l", "BY", "w_*", "GET", "name_*"), ["Dan", "Bob", null, "Alice"]);
  assert.deepEqual(s.r("SORT", "l", "BY", "w_*", "GET", "#", "GET", "h_*->nm"), [
    "d",
    null,
    "b",
    "B",
    "c",
    null,
    "a",
    "A",
  ]);
  assert.deepEqual(s.r("SORT", "l", "BY", "h_*->age"), ["d", "b", "a", "c"]);
  assert.deepEqual(
    s.r("SORT", "l", "BY", "h_*->nm", "ALPHA"),
    ["c", "d", "a", "b"],
    "missing compare values sort first",
  );
  assert.deepEqual(s.r("SORT", "l", "ALPHA", "GET", "nopattern"), [null, null, null, null]);
  assert.deepEqual(s.r("SORT", "l", "BY", "name_*", "ALPHA", "GET", "h_*->"), [null, null, null, null]);
  assert.equal(err(s.r("SORT", "l", "BY", "name_*")), "ERR One or more scores can't be converted into double");
});

test("SORT BY a pattern without a star keeps the native order of lists, sets and sorted sets", () => {
  const s = session();
  s.r("RPUSH", "l", "3", "1", "2", "x");
  assert.deepEqual(s.r("SORT", "l", "BY", "nosort"), ["3", "1", "2", "x"]);
  assert.deepEqual(s.r("SORT", "l", "BY", "nosort", "DESC"), ["x", "2", "1", "3"]);
  assert.deepEqual(s.r("SORT", "l", "BY", "nosort", "DESC", "LIMIT", "1", "2"), ["2", "1"]);
  assert.deepEqual(s.r("SORT", "l", "BY", "nosort", "LIMIT", "10", "2"), []);
  s.r("ZADD", "z", "1", "c", "2", "a", "3", "b");
  assert.deepEqual(s.r("SORT", "z", "BY", "nosort"), ["c", "a", "b"]);
  assert.deepEqual(s.r("SORT", "z", "BY", "nosort", "DESC", "LIMIT", "1", "5"), ["a", "c"]);
  s.r("SADD", "s", "5", "3", "9");
  assert.deepEqual(s.r("SORT", "s", "BY", "nosort"), ["3", "5", "9"]);
  assert.equal(s.r("SORT", "s", "BY", "nosort", "STORE", "d"), 3, "a set with STORE is sorted ALPHA anyway");
  assert.deepEqual(s.r("LRANGE", "d", "0", "-1"), ["3", "5", "9"]);
});

test("SORT over sets and sorted sets sorts their members", () => {
  const s = session();
  s.r("SADD", "s", "10", "2", "33", "-4");
  assert.deepEqual(s.r("SORT", "s"), ["-4", "2", "10", "33"]);
  s.r("SADD", "t", "b", "a", "c");
  assert.deepEqual(s.r("SORT", "t", "ALPHA", "DESC"), ["c", "b", "a"]);
  s.r("ZADD", "z", "1", "10", "2", "9", "3", "8");
  assert.deepEqual(s.r("SORT", "z"), ["8", "9", "10"]);
  assert.deepEqual(s.r("SORT", "z", "ALPHA"), ["10", "8", "9"]);
});

test("SORT STORE writes a list, replacing the key and its TTL, and deletes it on an empty result", () => {
  const s = session();
  const ev: string[] = [];
  onKeyspaceEvent(s.t.server, (_t, e, k) => e !== "keymiss" && ev.push(`${e}:${k}`));
  s.r("RPUSH", "l", "3", "1", "2");
  s.r("SET", "d", "x");
  s.r("EXPIRE", "d", "100");
  assert.equal(s.r("SORT", "l", "STORE", "d"), 3);
  assert.equal(s.r("TTL", "d"), -1);
  assert.deepEqual(s.r("LRANGE", "d", "0", "-1"), ["1", "2", "3"]);
  assert.equal(s.r("SORT", "l", "GET", "#", "GET", "missing_*", "STORE", "d"), 6);
  assert.deepEqual(s.r("LRANGE", "d", "0", "-1"), ["1", "", "2", "", "3", ""]);
  assert.equal(s.r("SORT", "nokey", "STORE", "d"), 0);
  assert.equal(s.r("EXISTS", "d"), 0);
  assert.ok(ev.includes("sortstore:d") && ev.includes("del:d"));
  assert.equal(err(s.r("SORT_RO", "l", "STORE", "d")), "ERR syntax error");
});

test("SORT STORE into a key serves a client blocked on it", () => {
  const s = session();
  const b = s.t.connect();
  b.cmd("BLPOP", "d", "0");
  s.r("RPUSH", "l", "2", "1");
  s.r("SORT", "l", "STORE", "d");
  assert.equal(b.output(), "*2\r\n$1\r\nd\r\n$1\r\n1\r\n");
});

test("SORT checks options before the key's type", () => {
  const s = session();
  s.r("SET", "str", "v");
  s.r("HSET", "h", "a", "1");
  assert.equal(err(s.r("SORT", "str")), WRONGTYPE);
  assert.equal(err(s.r("SORT", "h")), WRONGTYPE);
  assert.equal(err(s.r("SORT", "str", "FOO")), "ERR syntax error");
  assert.equal(err(s.r("SORT", "l", "GET")), "ERR syntax error");
  assert.equal(err(s.r("SORT", "l", "BY")), "ERR syntax error");
});

test("SORT BY with LIMIT orders ties as Redis's partial quicksort does", () => {
  const s = session();
  s.r("RPUSH", "l", "e", "d", "c", "b", "a", "f", "g", "h", "i", "j", "k");
  // Taken from redis-server 7.0.15: pqsort is not stable, a full sort (no LIMIT) is.
  assert.deepEqual(s.r("SORT", "l", "BY", "missing_*", "ALPHA", "LIMIT", "0", "5"), ["k", "d", "c", "b", "a"]);
  assert.deepEqual(s.r("SORT", "l", "BY", "missing_*", "ALPHA"), [
    "e",
    "d",
    "c",
    "b",
    "a",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
  ]);
  s.r("RPUSH", "m", "1", "2", "3", "4", "5", "6", "7", "8");
  assert.deepEqual(s.r("SORT", "m", "BY", "missing_*", "ALPHA", "LIMIT", "0", "3"), ["8", "2", "3"]);
});
