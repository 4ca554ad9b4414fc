/** Sets in process: SetValue's encodings and order, every command and error, random replies by membership. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { isIntsetMember, SetValue } from "../../src/core/keyspace/set.ts";
import { Config } from "../../src/core/config.ts";
import { err, session, WRONGTYPE } from "./_collections.ts";
import { onKeyspaceEvent } from "../helpers/inprocess.ts";

const sorted = (r: unknown): string[] => [...(r as string[])].sort();

test("isIntsetMember accepts exactly Redis's canonical 64-bit integers", () => {
  for (const s of ["0", "-1", "9223372036854775807", "-9223372036854775808", "42"]) assert.ok(isIntsetMember(s), s);
  for (const s of ["", "01", "-0", "+1", " 1", "1 ", "1.0", "9223372036854775808", "a"]) {
    assert.ok(!isIntsetMember(s), s);
  }
});

test("SetValue is an intset (members in numeric order) until a non-integer or too many members", () => {
  const s = new SetValue();
  for (const m of ["10", "-5", "3", "9223372036854775807", "-9223372036854775808", "9223372036854775806"]) {
    s.add(m, 512);
  }
  assert.equal(s.isIntset, true);
  assert.deepEqual(s.members(), [
    "-9223372036854775808",
    "-5",
    "3",
    "10",
    "9223372036854775806",
    "9223372036854775807",
  ]);
  s.add("x", 512);
  assert.equal(s.isIntset, false);
  s.delete("x");
  assert.equal(s.isIntset, false, "a hashtable set stays one");
  const t = new SetValue();
  t.add("1", 2);
  t.add("2", 2);
  assert.equal(t.isIntset, true);
  t.add("3", 2);
  assert.equal(t.isIntset, false);
});

test("SetValue.from decides its encoding under the current config; clone is independent", () => {
  const cfg = new Config();
  assert.equal(SetValue.from(["3", "1"]).encoding(cfg), "intset");
  assert.equal(SetValue.from(["3", "a"]).encoding(cfg), "hashtable");
  cfg.setRaw("set-max-intset-entries", "1");
  assert.equal(SetValue.from(["3", "1"]).encoding(cfg), "hashtable");
  const s = SetValue.from(["a", "b"]);
  const c = s.clone();
  s.add("c", 512);
  assert.deepEqual(c.members().sort(), ["a", "b"]);
  assert.equal(c.type, "set");
});

test("SADD/SREM/SCARD/SISMEMBER/SMISMEMBER, with binary members; emptied sets are deleted", () => {
  const s = session();
  assert.equal(s.r("SADD", "s", "a", "b", "a", "\x00\xff", ""), 4);
  assert.equal(s.r("SADD", "s", "b", "c"), 1);
  assert.equal(s.r("SCARD", "s"), 5);
  assert.equal(s.r("SCARD", "nokey"), 0);
  assert.equal(s.r("SISMEMBER", "s", "\x00\xff"), 1);
  assert.equal(s.r("SISMEMBER", "s", "zz"), 0);
  assert.equal(s.r("SISMEMBER", "nokey", "a"), 0);
  assert.deepEqual(s.r("SMISMEMBER", "s", "a", "zz", ""), [1, 0, 1]);
  assert.deepEqual(s.r("SMISMEMBER", "nokey", "a"), [0]);
  assert.equal(s.r("SREM", "s", "a", "zz", "a"), 1);
  assert.equal(s.r("SREM", "nokey", "a"), 0);
  assert.equal(s.r("SREM", "s", "b", "c", "\x00\xff", "", "x"), 4);
  assert.equal(s.r("EXISTS", "s"), 0);
});

test("every set command on a string key replies WRONGTYPE", () => {
  const s = session();
  s.r("SET", "str", "v");
  s.r("SADD", "s", "1");
  const cmds = [
    ["SADD", "str", "a"],
    ["SREM", "str", "a"],
    ["SCARD", "str"],
    ["SISMEMBER", "str", "a"],
    ["SMISMEMBER", "str", "a"],
    ["SMEMBERS", "str"],
    ["SPOP", "str"],
    ["SPOP", "str", "1"],
    ["SRANDMEMBER", "str"],
    ["SRANDMEMBER", "str", "1"],
    ["SSCAN", "str", "0"],
    ["SINTER", "nokey", "str"],
    ["SUNION", "s", "str"],
    ["SDIFF", "nokey", "str"],
    ["SINTERSTORE", "d", "s", "str"],
    ["SUNIONSTORE", "d", "str"],
    ["SDIFFSTORE", "d", "nokey", "str"],
    ["SINTERCARD", "2", "s", "str"],
    ["SMOVE", "str", "s", "1"],
    ["SMOVE", "s", "str", "1"],
  ];
  for (const cmd of cmds) assert.equal(err(s.r(...cmd)), WRONGTYPE, cmd.join(" "));
  assert.equal(
    s.r("SMOVE", "nokey", "str", "1"),
    0,
    "a missing source answers 0 before the destination's type is checked",
  );
});

test("SMEMBERS is a RESP3 set; intsets come back sorted", () => {
  const s = session();
  s.r("SADD", "s", "3", "1", "2");
  assert.equal(s.c.cmd("SMEMBERS", "s"), "*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n");
  s.c.cmd("HELLO", "3");
  assert.equal(s.c.cmd("SMEMBERS", "s"), "~3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n");
  assert.equal(s.c.cmd("SMEMBERS", "nokey"), "~0\r\n");
  assert.equal(s.c.cmd("SPOP", "nokey", "1"), "~0\r\n");
  assert.equal(
    s.c.cmd("SRANDMEMBER", "s", "5"),
    "*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n",
    "SRANDMEMBER replies an array",
  );
});

test("SMOVE moves between sets, is a membership test onto itself, and creates/deletes keys", () => {
  const s = session();
  s.r("SADD", "a", "1", "2");
  assert.equal(s.r("SMOVE", "a", "b", "1"), 1);
  assert.equal(s.r("SMOVE", "a", "b", "zz"), 0);
  assert.equal(s.r("SMOVE", "a", "a", "2"), 1);
  assert.equal(s.r("SMOVE", "a", "a", "zz"), 0);
  s.r("SADD", "b", "2");
  assert.equal(s.r("SMOVE", "a", "b", "2"), 1);
  assert.equal(s.r("EXISTS", "a"), 0);
  assert.deepEqual(s.r("SMEMBERS", "b"), ["1", "2"]);
});

test("SINTER/SUNION/SDIFF and the STORE forms", () => {
  const s = session();
  s.r("SADD", "a", "1", "2", "3", "4", "x", "y");
  s.r("SADD", "b", "2", "3", "x", "z");
  s.r("SADD", "c", "3", "x", "w");
  assert.deepEqual(sorted(s.r("SINTER", "a", "b", "c")), ["3", "x"]);
  assert.deepEqual(s.r("SINTER", "a", "nokey"), []);
  assert.deepEqual(sorted(s.r("SUNION", "a", "b", "c")), ["1", "2", "3", "4", "w", "x", "y", "z"]);
  assert.deepEqual(sorted(s.r("SDIFF", "a", "b", "c")), ["1", "4", "y"]);
  assert.deepEqual(s.r("SDIFF", "a", "b", "a"), [], "the first set named again subtracts everything");
  assert.deepEqual(s.r("SDIFF", "nokey", "a"), []);
  assert.equal(s.r("SINTERSTORE", "d", "a", "b"), 3);
  assert.deepEqual(sorted(s.r("SMEMBERS", "d")), ["2", "3", "x"]);
  assert.equal(s.r("SUNIONSTORE", "d", "a", "c"), 7);
  assert.equal(s.r("SDIFFSTORE", "d", "a", "b", "c"), 3);
  s.r("SET", "dst", "v");
  s.r("EXPIRE", "dst", "100");
  assert.equal(s.r("SINTERSTORE", "dst", "a", "b"), 3);
  assert.equal(s.r("TTL", "dst"), -1, "STORE replaces the key and its TTL");
  assert.equal(s.r("SINTERSTORE", "dst", "a", "nokey"), 0);
  assert.equal(s.r("EXISTS", "dst"), 0, "an empty result deletes the destination");
  s.r("SADD", "i1", "5", "1", "3");
  s.r("SADD", "i2", "3", "5", "7");
  assert.deepEqual(s.r("SUNION", "i1", "i2"), ["1", "3", "5", "7"], "integer results come back sorted");
  s.r("SUNIONSTORE", "i3", "i1", "i2");
  assert.equal(s.r("OBJECT", "ENCODING", "i3"), "intset");
});

test("SINTERCARD counts with LIMIT and checks its arguments", () => {
  const s = session();
  s.r("SADD", "a", "1", "2", "3", "4");
  s.r("SADD", "b", "2", "3", "4", "5");
  assert.equal(s.r("SINTERCARD", "2", "a", "b"), 3);
  assert.equal(s.r("SINTERCARD", "2", "a", "b", "LIMIT", "2"), 2);
  assert.equal(s.r("SINTERCARD", "2", "a", "b", "LIMIT", "0"), 3);
  assert.equal(s.r("SINTERCARD", "2", "a", "nokey"), 0);
  assert.equal(err(s.r("SINTERCARD", "0", "a")), "ERR numkeys should be greater than 0");
  assert.equal(err(s.r("SINTERCARD", "3", "a", "b")), "ERR Number of keys can't be greater than number of args");
  assert.equal(err(s.r("SINTERCARD", "2", "a", "b", "LIMIT", "-1")), "ERR LIMIT can't be negative");
  assert.equal(err(s.r("SINTERCARD", "2", "a", "b", "FOO")), "ERR syntax error");
});

test("SPOP removes random members: one, some, most, all", () => {
  const s = session();
  const all = Array.from({ length: 100 }, (_, i) => `m${i}`);
  s.r("SADD", "s", ...all);
  const one = s.r("SPOP", "s") as string;
  assert.ok(all.includes(one));
  assert.equal(s.r("SISMEMBER", "s", one), 0);
  const some = s.r("SPOP", "s", "5") as string[];
  assert.equal(new Set(some).size, 5);
  const most = s.r("SPOP", "s", "80") as string[];
  assert.equal(new Set(most).size, 80);
  assert.equal(s.r("SCARD", "s"), 14);
  for (const m of [...some, ...most]) assert.equal(s.r("SISMEMBER", "s", m), 0);
  const rest = s.r("SPOP", "s", "100") as string[];
  assert.equal(rest.length, 14);
  assert.deepEqual(new Set([one, ...some, ...most, ...rest]).size, 100);
  assert.equal(s.r("EXISTS", "s"), 0);
  assert.equal(s.r("SPOP", "s"), null);
  assert.equal(err(s.r("SPOP", "s", "-1")), "ERR value is out of range, must be positive");
  assert.equal(err(s.r("SPOP", "s", "x")), "ERR value is out of range, must be positive");
  assert.equal(err(s.r("SPOP", "s", "1", "2")), "ERR syntax error");
});

test("SPOP taking most of a hashtable set of integers leaves it a hashtable", () => {
  const s = session([["set-max-intset-entries", "10"]]);
  s.r("SADD", "s", ...Array.from({ length: 20 }, (_, i) => String(i)));
  assert.equal(s.r("OBJECT", "ENCODING", "s"), "hashtable");
  s.r("SPOP", "s", "15");
  assert.equal(s.r("OBJECT", "ENCODING", "s"), "hashtable");
});

test("SRANDMEMBER: distinct members for positive counts, repeats for negative ones", () => {
  const s = session();
  const all = Array.from({ length: 10 }, (_, i) => `m${i}`);
  s.r("SADD", "s", ...all);
  for (const n of [1, 2, 3, 5, 9, 10, 50]) {
    const r = s.r("SRANDMEMBER", "s", String(n)) as string[];
    assert.equal(r.length, Math.min(n, 10));
    assert.equal(new Set(r).size, r.length);
    for (const m of r) assert.ok(all.includes(m));
  }
  const neg = s.r("SRANDMEMBER", "s", "-25") as string[];
  assert.equal(neg.length, 25);
  for (const m of neg) assert.ok(all.includes(m));
  assert.equal(s.r("SCARD", "s"), 10, "SRANDMEMBER does not remove");
  assert.equal(s.r("SRANDMEMBER", "nokey"), null);
  assert.deepEqual(s.r("SRANDMEMBER", "nokey", "-3"), []);
  assert.deepEqual(s.r("SRANDMEMBER", "s", "0"), []);
  assert.match(err(s.r("SRANDMEMBER", "s", "-9223372036854775808")), /^ERR value is out of range, value must between/);
  assert.equal(err(s.r("SRANDMEMBER", "s", "x")), "ERR value is not an integer or out of range");
  assert.equal(err(s.r("SRANDMEMBER", "s", "1", "2")), "ERR syntax error");
});

test("SRANDMEMBER picks are roughly uniform", () => {
  const s = session();
  s.r("SADD", "s", "a", "b", "c", "d");
  const counts = new Map<string, number>();
  for (let i = 0; i < 4000; i++) {
    const m = s.r("SRANDMEMBER", "s") as string;
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  assert.equal(counts.size, 4);
  for (const n of counts.values()) assert.ok(n > 800 && n < 1200, `count ${n}`);
});

test("SSCAN returns an intset whole and walks a hashtable with cursors", () => {
  const s = session();
  s.r("SADD", "i", "3", "1", "2", "10");
  assert.deepEqual(s.r("SSCAN", "i", "7", "COUNT", "1"), ["0", ["1", "2", "3", "10"]]);
  assert.deepEqual(s.r("SSCAN", "i", "0", "MATCH", "1*"), ["0", ["1", "10"]]);
  assert.equal(err(s.r("SSCAN", "i", "0", "COUNT", "0")), "ERR syntax error");
  assert.equal(err(s.r("SSCAN", "i", "x")), "ERR invalid cursor");
  assert.deepEqual(s.r("SSCAN", "nokey", "0"), ["0", []]);
  s.r("SADD", "big", ...Array.from({ length: 1000 }, (_, i) => `m${i}`));
  const seen = new Set<string>();
  let cursor = "0";
  do {
    const [next, items] = s.r("SSCAN", "big", cursor, "COUNT", "37") as [string, string[]];
    for (const m of items) seen.add(m);
    cursor = next;
  } while (cursor !== "0");
  assert.equal(seen.size, 1000);
});

test("set writes emit Redis's keyspace events", () => {
  const s = session();
  const ev: string[] = [];
  onKeyspaceEvent(s.t.server, (_t, e, k) => e !== "keymiss" && ev.push(`${e}:${k}`));
  s.r("SADD", "a", "1", "2");
  s.r("SMOVE", "a", "b", "1");
  s.r("SREM", "a", "2");
  s.r("SADD", "c", "x");
  s.r("SPOP", "c");
  s.r("SADD", "c", "x", "y");
  s.r("SUNIONSTORE", "d", "b", "c");
  s.r("SINTERSTORE", "d", "b", "nokey");
  assert.deepEqual(ev, [
    "sadd:a",
    "srem:a",
    "sadd:b",
    "srem:a",
    "del:a",
    "sadd:c",
    "spop:c",
    "del:c",
    "sadd:c",
    "sunionstore:d",
    "del:d",
  ]);
});

test("set reads count keyspace hits and misses", () => {
  const s = session();
  s.r("SADD", "a", "1");
  const before = { ...s.t.server.stats };
  s.r("SISMEMBER", "a", "1");
  s.r("SCARD", "nokey");
  assert.equal(s.t.server.stats.keyspaceHits - before.keyspaceHits, 1);
  assert.equal(s.t.server.stats.keyspaceMisses - before.keyspaceMisses, 1);
});

test("SSCAN returns every member present for the whole scan, even with adds and removes during it", () => {
  const s = session();
  s.r("SADD", "big", ...Array.from({ length: 1000 }, (_, i) => `m${i}`));
  const seen = new Set<string>();
  let cursor = "0";
  let step = 0;
  do {
    const [next, items] = s.r("SSCAN", "big", cursor, "COUNT", "20") as [string, string[]];
    for (const m of items) seen.add(m);
    cursor = next;
    // churn: remove members 0..99 (never guaranteed) and add new ones as the scan goes on
    s.r("SREM", "big", `m${step % 100}`);
    s.r("SADD", "big", `new${step}`);
    step++;
  } while (cursor !== "0");
  for (let i = 100; i < 1000; i++) assert.ok(seen.has(`m${i}`), `m${i}`);
});
