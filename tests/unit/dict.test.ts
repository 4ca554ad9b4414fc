/**
 * The slot dictionary behind databases, sets, hashes and sorted sets: an open-addressing table of slot
 * numbers over dense key/value arrays. Checked against a Map model through growth, shrinking, deletes that
 * shift runs back (also across the table's end), slot reuse, SWAPDB and pre-sizing.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Dict, grownBuffer, hashKey, releaseBuffer } from "../../src/core/keyspace/dict.ts";
import { Db } from "../../src/core/keyspace/db.ts";

function seeded(seed: number): () => number {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
}

function assertSame(d: Dict<number>, model: Map<string, number>, universe: string[]): void {
  assert.equal(d.size, model.size);
  for (const k of universe) assert.equal(d.get(k), model.get(k), `key ${k}`);
}

test("a Dict answers as a Map does through random inserts, overwrites and deletes", () => {
  const d = new Dict<number>();
  const model = new Map<string, number>();
  const rnd = seeded(11);
  const universe = Array.from({ length: 700 }, (_, i) => `k${i}`);
  for (let step = 0; step < 40_000; step++) {
    const k = universe[Math.floor(rnd() * universe.length)];
    // Phases of mostly inserts and mostly deletes, so the table grows and shrinks several times.
    const insertShare = Math.floor(step / 5000) % 2 === 0 ? 0.8 : 0.2;
    if (rnd() < insertShare) {
      d.set(k, step);
      model.set(k, step);
    } else {
      assert.equal(d.delete(k), model.delete(k));
    }
    if (step % 997 === 0) assertSame(d, model, universe);
  }
  assertSame(d, model, universe);
});

test("deleting from a run of colliding keys keeps every other key of the run findable", () => {
  // Keys whose hashes share their low bits fill one run of a small table, including runs that wrap past
  // the table's last cell.
  const d = new Dict<number>();
  for (let i = 0; i < 6; i++) d.set(`seed${i}`, i);
  const cells = 16; // 6 entries: a 16-cell table
  const byHome = new Map<number, string[]>();
  for (let i = 0; byHome.size < cells || [...byHome.values()].some((l) => l.length < 3); i++) {
    const k = `c${i}`;
    const home = hashKey(k) & (cells - 1);
    const list = byHome.get(home) ?? [];
    if (list.length < 3) list.push(k);
    byHome.set(home, list);
  }
  for (const home of [cells - 1, 0, 7]) {
    const e = new Dict<number>();
    const model = new Map<string, number>();
    const ks = [...byHome.get(home)!, ...byHome.get((home + 1) % cells)!];
    ks.forEach((k, i) => {
      e.set(k, i);
      model.set(k, i);
    });
    for (const k of [ks[0], ks[4], ks[1]]) {
      assert.equal(e.delete(k), true);
      model.delete(k);
      assertSame(e, model, ks);
    }
  }
});

test("freed slots are reused and the keys put there are found", () => {
  const d = new Dict<number>();
  for (let i = 0; i < 2000; i++) d.set(`k${i}`, i);
  for (let i = 0; i < 2000; i += 2) assert.equal(d.delete(`k${i}`), true);
  assert.equal(d.delete("k0"), false);
  assert.equal(d.size, 1000);
  const slotsBefore = d.keys.length;
  for (let i = 0; i < 500; i++) d.insert(`n${i}`, -i);
  assert.equal(d.keys.length, slotsBefore);
  for (let i = 0; i < 500; i++) assert.equal(d.get(`n${i}`), -i);
  for (let i = 0; i < 2000; i++) assert.equal(d.has(`k${i}`), i % 2 === 1);
  assert.equal(d.size, 1500);
});

test("a Dict scans every entry exactly once and picks only live keys", () => {
  const d = new Dict<number>();
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

test("a key present for a whole SCAN is returned once even while other keys come and go", () => {
  const d = new Dict<number>();
  for (let i = 0; i < 500; i++) d.set(`stay${i}`, i);
  const seen = new Map<string, number>();
  let cursor = 0;
  let round = 0;
  do {
    cursor = d.scan(cursor, 20, (k) => seen.set(k, (seen.get(k) ?? 0) + 1));
    // Churn between calls: the table grows and shrinks, stable keys keep their slots.
    for (let i = 0; i < 200; i++) d.set(`tmp${round}-${i}`, i);
    for (let i = 0; i < 200; i++) d.delete(`tmp${round}-${i}`);
    round++;
  } while (cursor !== 0);
  for (let i = 0; i < 500; i++) assert.equal(seen.get(`stay${i}`), 1, `stay${i}`);
});

test("clearing a Dict empties it and it fills again", () => {
  const d = new Dict<number>();
  for (let i = 0; i < 50; i++) d.set(`a${i}`, i);
  d.clear();
  assert.equal(d.size, 0);
  assert.equal(d.get("a1"), undefined);
  for (let i = 0; i < 50; i++) d.set(`b${i}`, i);
  for (let i = 0; i < 50; i++) assert.equal(d.get(`b${i}`), i);
  assert.equal(d.size, 50);
});

test("a Dict reserved for many entries holds them and more", () => {
  const d = new Dict<number>();
  d.reserve(10_000);
  for (let i = 0; i < 12_000; i++) d.insert(`r${i}`, i);
  assert.equal(d.size, 12_000);
  for (let i = 0; i < 12_000; i++) assert.equal(d.get(`r${i}`), i);
  assert.equal(d.get("r12000"), undefined);
});

test("keys that differ only in the middle of long equal runs are all kept apart", () => {
  const d = new Dict<number>();
  const pad = "p".repeat(1000);
  for (let i = 0; i < 2000; i++) d.set(`${pad}${i}${pad}`, i);
  assert.equal(d.size, 2000);
  for (let i = 0; i < 2000; i++) assert.equal(d.get(`${pad}${i}${pad}`), i);
  // Keys of every byte value, one and two units long, and the empty key.
  const e = new Dict<number>();
  const ks = [""];
  for (let a = 0; a < 256; a++) {
    ks.push(String.fromCharCode(a));
    ks.push(String.fromCharCode(a, 255 - a));
  }
  ks.forEach((k, i) => e.set(k, i));
  assert.equal(e.size, ks.length);
  ks.forEach((k, i) => assert.equal(e.get(k), i));
});

test("SWAPDB between a large and a small database carries each one's keys and deadlines", () => {
  const big = new Db(0);
  const small = new Db(1);
  for (let i = 0; i < 100; i++) big.set(`x${i}`, `${i}`);
  big.setExpire("x5", 9_999_999_999_999);
  small.set("only", "1");
  big.swapWith(small);
  assert.equal(big.size, 1);
  assert.equal(small.size, 100);
  assert.equal(small.get("x99"), "99");
  assert.equal(small.getExpire("x5"), 9_999_999_999_999);
  assert.equal(big.get("only"), "1");
  // Each side keeps growing and deleting with the table it received.
  for (let i = 0; i < 20; i++) big.set(`y${i}`, "v");
  assert.equal(big.size, 21);
  assert.equal(big.get("y19"), "v");
  for (let i = 0; i < 100; i++) assert.equal(small.delete(`x${i}`), true);
  assert.equal(small.size, 0);
});

test("a members-only Dict keeps no values, yet inserts, deletes, reuses slots and scans as a Dict does", () => {
  const d = new Dict<1>({ membersOnly: true });
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

test("a database reserved from an RDB's RESIZEDB counts keeps keys, deadlines and sizes, even for absurd counts", () => {
  const db = new Db(0);
  db.sizeOf = (k, v) => k.length + (typeof v === "string" ? v.length : 0);
  db.reserve(2 ** 40, 2 ** 40); // a corrupt count: bounded, not a huge allocation
  for (let i = 0; i < 3000; i++) db.insert(`k${i}`, "vv");
  for (let i = 0; i < 3000; i += 3) db.setExpire(`k${i}`, 10_000 + i);
  db.reserve(10); // smaller than what it holds: nothing changes
  assert.equal(db.size, 3000);
  assert.equal(db.expiresCount, 1000);
  assert.equal(db.getExpire("k3"), 10_003);
  assert.equal(db.getExpire("k4"), -1);
  assert.equal(db.usedBytes, [...Array(3000).keys()].reduce((n, i) => n + `k${i}`.length + 2, 0));
  for (let i = 0; i < 3000; i++) assert.equal(db.get(`k${i}`), "vv");
});

test("a key whose accounted size passes 2^32 bytes is added and removed from used memory exactly", () => {
  const db = new Db(0);
  let big = 0;
  db.sizeOf = (k) => (k === "huge" ? big : 10);
  db.insert("small", "v");
  big = 2 ** 33 + 5;
  db.insert("huge", "v");
  assert.equal(db.usedBytes, 10 + 2 ** 33 + 5);
  big = 2 ** 32 - 1;
  db.refreshSize("huge");
  db.store("huge", "w");
  assert.equal(db.usedBytes, 10 + 2 ** 32 - 1);
  big = 7;
  db.store("huge", "x");
  assert.equal(db.usedBytes, 17);
  big = 2 ** 40;
  db.store("huge", "y");
  db.delete("huge");
  assert.equal(db.usedBytes, 10);
  db.delete("small");
  assert.equal(db.usedBytes, 0);
});

test("a grown buffer keeps the old bytes and is zero past them, and a released one is empty where the runtime can detach it", () => {
  const old = new ArrayBuffer(12);
  new Uint8Array(old).set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const grown = grownBuffer(old, 20);
  assert.equal(grown.byteLength, 20);
  assert.deepEqual(Array.from(new Uint8Array(grown)), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0, 0, 0, 0, 0, 0, 0, 0]);
  const canDetach = typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer === "function";
  // With transfer the old buffer is detached (its memory goes back now); without it the old one is untouched.
  assert.equal(old.byteLength, canDetach ? 0 : 12);
  const table = new Int32Array(1 << 16).fill(7);
  releaseBuffer(table.buffer);
  assert.equal(table.length, canDetach ? 0 : 1 << 16);
});

test("a table outgrown past 256 KB is released and every key is still found in the new one", () => {
  const d = new Dict<number>();
  for (let i = 0; i < 100_000; i++) d.set(`k${i}`, i);
  assert.equal(d.size, 100_000);
  for (let i = 0; i < 100_000; i += 7) assert.equal(d.get(`k${i}`), i);
  assert.equal(d.get("k100000"), undefined);
});
