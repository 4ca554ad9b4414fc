/**
 * Scratch maps past one JS Map's limit (V8 throws at 2^24 entries). The switch to sharded maps is exercised
 * with a lowered threshold; scripts/reliability.mjs checks the real 2^24 + 1 on each runtime.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { BigMap, ShardedMap } from "../../src/core/keyspace/bigmap.ts";

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
