/** The write path's inline size of a string key (stringKeyUsage) against the general model (keyUsage's parts). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { DICT_ENTRY, keyUsage, sdsSize, stringKeyUsage, stringValueSize } from "../../src/core/memory/size.ts";
import { Config } from "../../src/core/config.ts";
import { inProcess } from "../helpers/inprocess.ts";
import { Db } from "../../src/core/keyspace/db.ts";

const values = [
  "",
  "x",
  "xxx",
  "0",
  "-",
  "-1",
  "01",
  "123",
  "-9223372036854775808",
  "9223372036854775807",
  "9223372036854775808",
  "12345678901234567890",
  "1e5",
  " 1",
  "-abc",
  "9abc",
  ...[19, 20, 21, 28, 29, 44, 45, 46, 100, 254, 255, 256, 300, 5000, 65535, 65536, 70000].map((n) => "v".repeat(n)),
  "7".repeat(30),
];
const keyLengths = [
  0,
  1,
  6,
  7,
  22,
  23,
  30,
  31,
  32,
  100,
  123,
  124,
  127,
  200,
  251,
  252,
  255,
  256,
  300,
  1000,
  65535,
  65536,
];

test("a string key's inline size equals its value's robj plus the key's sds and dictEntry", () => {
  for (const klen of keyLengths) {
    const key = "k".repeat(klen);
    for (const v of values) {
      const want = stringValueSize(v) + sdsSize(klen) + DICT_ENTRY;
      assert.equal(stringKeyUsage(key, v), want, `key of ${klen} bytes, value ${JSON.stringify(v.slice(0, 30))}`);
      assert.equal(keyUsage(key, v, 5, new Config()), want);
    }
  }
});

test("used_memory follows string writes with the inline sizes, as MEMORY USAGE measures them", () => {
  const t = inProcess([]);
  const c = t.connect();
  const used = () => t.server.dbs[0].usedTotal();
  assert.equal(used(), 0);
  c.cmd("SET", "counter", "12345");
  c.cmd("SET", "name", "x".repeat(40));
  c.cmd("SET", "blob", "y".repeat(1000));
  const usage = (k: string) => Number(/^:(\d+)/.exec(c.cmd("MEMORY", "USAGE", k))![1]);
  assert.equal(used(), usage("counter") + usage("name") + usage("blob"));
  c.cmd("APPEND", "counter", "x");
  c.cmd("DEL", "blob");
  assert.equal(used(), usage("counter") + usage("name"));
  assert.equal(usage("counter"), stringKeyUsage("counter", "12345x"));
});

test("used_memory follows a string overwritten in place across int, embstr and raw sizes", () => {
  const t = inProcess([]);
  const c = t.connect();
  const used = () => t.server.dbs[0].usedTotal();
  const usage = (k: string) => Number(/^:(\d+)/.exec(c.cmd("MEMORY", "USAGE", k))![1]);
  c.cmd("SET", "other", "kept");
  for (const v of ["1", "x".repeat(44), "y".repeat(45), "-12", "z".repeat(5000), "", "abc"]) {
    c.cmd("SET", "k", v);
    assert.equal(used(), usage("k") + usage("other"), `after SET k ${JSON.stringify(v.slice(0, 10))}`);
  }
  c.cmd("SET", "n", "9");
  c.cmd("INCR", "n");
  c.cmd("INCRBY", "n", "1000000000000");
  c.cmd("SETRANGE", "k", "100", "w");
  c.cmd("GETSET", "other", "q".repeat(60));
  c.cmd("PEXPIRE", "k", "100000");
  c.cmd("SET", "k", "short", "KEEPTTL");
  assert.equal(used(), usage("k") + usage("other") + usage("n"));
  assert.equal(usage("n"), stringKeyUsage("n", "1000000000010"));
  c.cmd("FLUSHALL");
  assert.equal(used(), 0);
});

test("a keyspace without accounting sizes nothing: its used bytes stay 0 through stores, overwrites and deletes", () => {
  const db = new Db(0);
  db.sizeOf = () => 1000;
  db.store("a", "x");
  db.stopAccounting();
  const before = db.usedTotal();
  assert.equal(before, 1000);
  db.store("b", "yy");
  db.store("b", "z".repeat(100));
  db.replace("c", "1");
  db.refreshSize("b");
  db.delete("c");
  assert.equal(db.usedBytes, before);
  assert.equal(db.sizeOf("b", "v"), 0);
  assert.equal(new Db(1).usedBytes, 0);
});

test("a collection written many times in a row is measured once, and used_memory still equals MEMORY USAGE's sum", () => {
  const t = inProcess([]);
  const c = t.connect();
  const usage = (k: string) => Number(/^:(\d+)/.exec(c.cmd("MEMORY", "USAGE", k))![1]);
  const usedMemory = () => Number(/used_memory:(\d+)/.exec(c.cmd("INFO", "memory"))![1]);
  const base = usedMemory();
  c.cmd("EVAL", "for i = 1, 200 do redis.call('HSET', KEYS[1], 'f' .. i, ARGV[1]) end", "1", "h", "v".repeat(30));
  // The hash's size is still pending here: reading the total measures it.
  assert.equal(t.server.dbs[0].usedTotal(), usage("h"));
  c.cmd("RPUSH", "l", "a", "b");
  c.cmd("HDEL", "h", "f1", "f2");
  c.cmd("SADD", "s", "1");
  assert.equal(t.server.dbs[0].usedTotal(), usage("h") + usage("l") + usage("s"));
  // SWAPDB with a pending size in each database keeps each database's sum its own.
  c.cmd("SELECT", "1");
  c.cmd("HSET", "h1", "a", "1");
  c.cmd("SWAPDB", "0", "1");
  assert.equal(t.server.dbs[1].usedTotal(), usage("h") + usage("l") + usage("s"));
  c.cmd("SELECT", "0");
  assert.equal(t.server.dbs[0].usedTotal(), usage("h1"));
  assert.ok(usedMemory() > base);
});
