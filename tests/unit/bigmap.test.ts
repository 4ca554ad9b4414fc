/**
 * Collections past one JS Map's limit (V8 throws at 2^24 entries). The switch to sharded maps is exercised
 * with a lowered threshold; scripts/reliability.mjs checks the real 2^24 + 1 on each runtime.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { BigMap, ShardedMap } from "../../src/core/keyspace/bigmap.ts";
import { Dict } from "../../src/core/keyspace/dict.ts";
import { Db } from "../../src/core/keyspace/db.ts";

function seeded(seed: number): () => number {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
}

test("a Dict keeps every entry readable across the switch to sharded maps", () => {
  const d = new Dict<number>({ shardAt: 16 });
  for (let i = 0; i < 2000; i++) d.set(`k${i}`, i);
  assert.equal(d.size, 2000);
  for (let i = 0; i < 2000; i++) assert.equal(d.get(`k${i}`), i);
  assert.equal(d.has("k2000"), false);
  d.set("k5", 50);
  assert.equal(d.get("k5"), 50);
  assert.equal(d.size, 2000);
  for (let i = 0; i < 2000; i += 2) assert.equal(d.delete(`k${i}`), true);
  assert.equal(d.delete("k0"), false);
  assert.equal(d.size, 1000);
  for (let i = 0; i < 2000; i++) assert.equal(d.has(`k${i}`), i % 2 === 1);
  // Freed slots are reused and found again through the sharded index.
  for (let i = 0; i < 500; i++) d.insert(`n${i}`, -i);
  for (let i = 0; i < 500; i++) assert.equal(d.get(`n${i}`), -i);
  assert.equal(d.size, 1500);
});

test("a sharded Dict scans every entry exactly once and picks only live keys", () => {
  const d = new Dict<number>({ shardAt: 8 });
  for (let i = 0; i < 300; i++) d.set(`m${i}`, i);
  for (let i = 0; i < 300; i += 3) d.delete(`m${i}`);
  const seen: string[] = [];
  let cursor = 0;
  do cursor = d.scan(cursor, 10, (k) => seen.push(k)); while (cursor !== 0);
  assert.equal(seen.length, 200);
  assert.equal(new Set(seen).size, 200);
  const random = seeded(7);
  for (let i = 0; i < 100; i++) {
    const k = d.randomKey(random)!;
    assert.equal(d.has(k), true);
  }
});

test("clearing a sharded Dict starts over with one map and shards again when it grows", () => {
  const d = new Dict<number>({ shardAt: 4 });
  for (let i = 0; i < 50; i++) d.set(`a${i}`, i);
  d.clear();
  assert.equal(d.size, 0);
  assert.equal(d.get("a1"), undefined);
  for (let i = 0; i < 50; i++) d.set(`b${i}`, i);
  for (let i = 0; i < 50; i++) assert.equal(d.get(`b${i}`), i);
  assert.equal(d.size, 50);
});

test("SWAPDB between a sharded and a plain database carries each one's keys and deadlines", () => {
  const big = new Db(0, { shardAt: 4 });
  const small = new Db(1, { shardAt: 1000 });
  for (let i = 0; i < 100; i++) big.set(`x${i}`, `${i}`);
  small.set("only", "1");
  big.swapWith(small);
  assert.equal(big.size, 1);
  assert.equal(small.size, 100);
  assert.equal(small.get("x99"), "99");
  assert.equal(big.get("only"), "1");
  // The small side, now holding one entry in a sharded index, keeps working.
  for (let i = 0; i < 20; i++) big.set(`y${i}`, "v");
  assert.equal(big.size, 21);
  assert.equal(big.get("y19"), "v");
});

test("a BigMap grows past its shard threshold and reports size, deletes and iteration", () => {
  const m = new BigMap<number>(10);
  for (let i = 0; i < 1000; i++) m.set(`f${i}`, i);
  m.set("f1", 100);
  assert.equal(m.size, 1000);
  assert.equal(m.get("f1"), 100);
  assert.equal(m.delete("f2"), true);
  assert.equal(m.delete("f2"), false);
  assert.equal(m.has("f2"), false);
  let sum = 0;
  let n = 0;
  m.forEach((v) => {
    sum += v;
    n++;
  });
  assert.equal(n, 999);
  assert.equal(sum, (999 * 1000) / 2 - 1 - 2 + 100);
  m.clear();
  assert.equal(m.size, 0);
});

test("a ShardedMap spreads keys so no shard holds a large share", () => {
  const m = new ShardedMap<number>();
  for (let i = 0; i < 256 * 200; i++) m.set(`key:${i}`, i);
  const shards = (m as unknown as { shards: Map<string, number>[] }).shards;
  const sizes = shards.map((s) => s.size);
  assert.equal(sizes.reduce((a, b) => a + b, 0), 256 * 200);
  assert.ok(Math.max(...sizes) < 400, `largest shard holds ${Math.max(...sizes)}`);
  // Long keys that differ only in the middle spread too.
  const long = new ShardedMap<number>();
  const pad = "p".repeat(1000);
  for (let i = 0; i < 256 * 50; i++) long.set(`${pad}${i}${pad}`, i);
  const longSizes = (long as unknown as { shards: Map<string, number>[] }).shards.map((s) => s.size);
  assert.ok(Math.max(...longSizes) < 200, `largest shard holds ${Math.max(...longSizes)}`);
});

test("a members-only Dict keeps no values, yet inserts, deletes, reuses slots and scans as a Dict does", () => {
  const d = new Dict<1>({ membersOnly: true, shardAt: 64 });
  const model = new Set<string>();
  const rnd = seeded(5);
  for (let i = 0; i < 5000; i++) {
    const m = `m${Math.floor(rnd() * 300)}`;
    if (rnd() < 0.6) {
      d.set(m, 1);
      model.add(m);
    } else {
      assert.equal(d.delete(m), model.has(m));
      model.delete(m);
    }
    assert.equal(d.size, model.size);
  }
  assert.equal(d.vals.length, 0);
  assert.equal(d.get([...model][0]), undefined);
  for (const m of model) assert.equal(d.has(m), true);
  const seen: string[] = [];
  let cursor = 0;
  do cursor = d.scan(cursor, 10, (k) => seen.push(k)); while (cursor !== 0);
  assert.deepEqual(seen.sort(), [...model].sort());
  const picked = d.randomKey(rnd);
  assert.ok(picked !== undefined && model.has(picked));
});
