/**
 * HyperLogLog in process: MurmurHash64A against a BigInt model, sparse register updates against a plain array
 * of registers, promotion, the header cache, the commands' signals and propagation, and corrupted values
 * (random and mutated) that must get Redis's errors and never hang or throw.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess, onKeyspaceEvent } from "../helpers/inprocess.ts";
import { bytesLatin1 } from "../helpers/resp.ts";
import { errorReply } from "../helpers/resp.ts";
import { Prng } from "../differential/prng.ts";
import { MemoryFileStore } from "../../src/core/persistence/fs.ts";
import { attachPersistence, persistenceOf } from "../../src/core/persistence/snapshot.ts";
import { ERR_HLL_INVALIDOBJ, ERR_HLL_WRONGTYPE, ERR_WRONGTYPE } from "../../src/core/errors.ts";
import {
  createHLLObject,
  denseGetRegister,
  HLL_DENSE,
  HLL_HDR_SIZE,
  HLL_REGISTERS,
  HLL_SPARSE,
  hllCount,
  hllFromString,
  hllMerge,
  hllPatLen,
  hllPatLenInt64,
  hllSparseSet,
  hllSparseToDense,
  murmurHash64A,
  patCount,
  patIndex,
} from "../../src/core/hyperloglog.ts";

const int = (n: number) => `:${n}\r\n`;
const INVALIDOBJ = errorReply(ERR_HLL_INVALIDOBJ);
const HLL_WRONGTYPE = errorReply(ERR_HLL_WRONGTYPE);

/** MurmurHash64A written plainly with BigInt, as the model. */
function murmurModel(key: string, seed: bigint): bigint {
  const M = 0xc6a4a7935bd1e995n;
  const MASK = (1n << 64n) - 1n;
  const len = key.length;
  let h = (seed ^ (BigInt(len) * M)) & MASK;
  const blocks = len - (len & 7);
  for (let i = 0; i < blocks; i += 8) {
    let k = 0n;
    for (let b = 7; b >= 0; b--) k = (k << 8n) | BigInt(key.charCodeAt(i + b));
    k = (k * M) & MASK;
    k ^= k >> 47n;
    k = (k * M) & MASK;
    h ^= k;
    h = (h * M) & MASK;
  }
  const rest = len & 7;
  if (rest !== 0) {
    for (let b = rest - 1; b >= 0; b--) h ^= BigInt(key.charCodeAt(blocks + b)) << BigInt(8 * b);
    h = (h * M) & MASK;
  }
  h ^= h >> 47n;
  h = (h * M) & MASK;
  h ^= h >> 47n;
  return h;
}

/** hllPatLen from the model hash: [register, run of zeros + 1]. */
function patModel(key: string): [number, number] {
  let h = murmurModel(key, 0xadc83b19n);
  const index = Number(h & 16383n);
  h >>= 14n;
  h |= 1n << 50n;
  let count = 1;
  while ((h & 1n) === 0n) {
    count++;
    h >>= 1n;
  }
  return [index, count];
}

function randomBytes(rnd: Prng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode(rnd.int(256));
  return s;
}

/** Every register of an HLL, through a merge into bytes (which reads either encoding). */
function registersOf(v: string): Uint8Array {
  const max = new Uint8Array(HLL_REGISTERS);
  assert.ok(hllMerge(max, hllFromString(v)));
  return max;
}

test("MurmurHash64A matches a BigInt model for every length and byte value", () => {
  const rnd = new Prng(1);
  for (let len = 0; len < 70; len++) {
    for (let n = 0; n < 20; n++) {
      const key = randomBytes(rnd, len);
      assert.equal(murmurHash64A(key), murmurModel(key, 0xadc83b19n), `key of length ${len}`);
    }
  }
  assert.equal(murmurHash64A("\xff".repeat(16), 0xffffffff), murmurModel("\xff".repeat(16), 0xffffffffn));
});

test("hllPatLen gives the register and the run length of the model hash", () => {
  const rnd = new Prng(2);
  for (let n = 0; n < 2000; n++) {
    const key = randomBytes(rnd, rnd.int(24));
    const pat = hllPatLen(key);
    assert.deepEqual([patIndex(pat), patCount(pat)], patModel(key));
  }
});

test("hllPatLenInt64 hashes an integer as its 8 little-endian bytes", () => {
  const rnd = new Prng(3);
  for (let n = 0; n < 500; n++) {
    const high = rnd.int(0x100000000);
    const low = rnd.int(0x100000000);
    let bytes = "";
    for (const half of [low, high]) {
      for (let b = 0; b < 4; b++) bytes += String.fromCharCode((half >>> (8 * b)) & 0xff);
    }
    assert.equal(hllPatLenInt64(high, low), hllPatLen(bytes));
  }
});

test("sparse register updates agree with a plain array of registers and with the dense count", () => {
  const rnd = new Prng(4);
  for (let round = 0; round < 20; round++) {
    const o = createHLLObject();
    const model = new Uint8Array(HLL_REGISTERS);
    // Clustered indexes exercise every split and merge of VAL/ZERO/XZERO opcodes.
    const base = rnd.int(HLL_REGISTERS - 64);
    for (let n = 0; n < 300 && o.encoding === HLL_SPARSE; n++) {
      const index = rnd.chance(0.7) ? base + rnd.int(64) : rnd.int(HLL_REGISTERS);
      const count = 1 + rnd.int(32);
      const changed = hllSparseSet(o, index, count, 3000);
      assert.equal(changed, count > model[index] ? 1 : 0);
      if (count > model[index]) model[index] = count;
    }
    assert.deepEqual(registersOf(o.toString()), model);
    const sparseCount = hllCount(o);
    assert.ok(hllSparseToDense(o));
    assert.equal(hllCount(o), sparseCount);
    for (let i = 0; i < HLL_REGISTERS; i++) assert.equal(denseGetRegister(o.buf, HLL_HDR_SIZE, i), model[i]);
  }
});

test("a register above 32 turns a sparse HLL dense, as does outgrowing the byte limit", () => {
  const o = createHLLObject();
  hllSparseSet(o, 5, 3, 3000);
  assert.equal(hllSparseSet(o, 100, 33, 3000), 1);
  assert.equal(o.encoding, HLL_DENSE);
  assert.equal(denseGetRegister(o.buf, HLL_HDR_SIZE, 100), 33);
  assert.equal(denseGetRegister(o.buf, HLL_HDR_SIZE, 5), 3);

  const small = createHLLObject();
  for (let i = 0; i < 100 && small.encoding === HLL_SPARSE; i += 3) hllSparseSet(small, i * 7, 1 + (i % 5), 30);
  assert.equal(small.encoding, HLL_DENSE);
});

test("PFADD creates the key, replies 1 only when a register grows, and emits pfadd once per change", () => {
  const t = inProcess();
  const c = t.connect();
  const events: string[] = [];
  onKeyspaceEvent(t.server, (_type, event, key) => events.push(`${event} ${key}`));
  const dirty = t.server.dirty;
  assert.equal(c.cmd("PFADD", "h"), int(1));
  assert.equal(c.cmd("PFADD", "h"), int(0));
  assert.equal(c.cmd("PFADD", "h", "a", "b", "c"), int(1));
  assert.equal(c.cmd("PFADD", "h", "a", "b"), int(0));
  assert.deepEqual(events, ["pfadd h", "pfadd h"]);
  // One for the creation, one per register changed.
  assert.equal(t.server.dirty, dirty + 4);
  assert.equal(c.cmd("PFCOUNT", "h"), int(3));
  assert.equal(c.cmd("TYPE", "h"), "+string\r\n");
});

test("PFCOUNT fills the header cache once: the value changes and counts as a write, then reads stay reads", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("PFADD", "h", "x", "y");
  const before = c.cmd("GET", "h");
  assert.equal(before.charCodeAt(before.indexOf("HYLL") + 15), 0x80, "a changed HLL's cache is invalid");
  let dirty = t.server.dirty;
  assert.equal(c.cmd("PFCOUNT", "h"), int(2));
  assert.equal(t.server.dirty, dirty + 1);
  const after = c.cmd("GET", "h");
  assert.notEqual(after, before);
  assert.equal(after.slice(after.indexOf("HYLL") + 8, after.indexOf("HYLL") + 16), "\x02" + "\x00".repeat(7));
  dirty = t.server.dirty;
  assert.equal(c.cmd("PFCOUNT", "h"), int(2));
  assert.equal(c.cmd("PFCOUNT", "h", "nokey"), int(2));
  assert.equal(t.server.dirty, dirty);
});

test("PF commands propagate as sent when they change the value; a cached PFCOUNT does not", () => {
  const files = new MemoryFileStore();
  const t = inProcess([["dir", "/d"], ["save", ""], ["appendonly", "yes"]]);
  attachPersistence(t.server, { files, exit() {} });
  persistenceOf(t.server).loadAtStartup(() => {});
  const c = t.connect();
  for (
    const argv of [
      ["pfadd", "h", "a", "b"],
      ["pfadd", "h", "a"],
      ["pfcount", "h"],
      ["pfcount", "h"],
      ["pfcount", "h", "x"],
      ["pfmerge", "m", "h"],
      ["pfdebug", "getreg", "m"],
      ["pfdebug", "todense", "h"],
      ["pfdebug", "encoding", "h"],
    ]
  ) c.cmd(...argv);
  t.host.advance(0);
  const aof = bytesLatin1(files.files.get("/d/appendonlydir/appendonly.aof.1.incr.aof") ?? new Uint8Array());
  // What redis-server 7.0.15 writes to its AOF for the same commands.
  const commands = aof.split("*").slice(1).map((r) => r.split("\r\n").filter((_, i) => i % 2 === 0 && i > 0));
  assert.deepEqual(commands, [
    ["SELECT", "0"],
    ["pfadd", "h", "a", "b"],
    ["pfcount", "h"],
    ["pfmerge", "m", "h"],
    ["pfdebug", "getreg", "m"],
    ["pfdebug", "todense", "h"],
  ]);
});

test("WATCH sees a PFCOUNT that fills the cache", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  a.cmd("PFADD", "h", "x");
  a.cmd("WATCH", "h");
  b.cmd("PFCOUNT", "h");
  a.cmd("MULTI");
  a.cmd("PING");
  assert.equal(a.cmd("EXEC"), "*-1\r\n");
});

test("the two WRONGTYPE errors and INVALIDOBJ", () => {
  const c = inProcess().connect();
  c.cmd("RPUSH", "l", "a");
  assert.equal(c.cmd("PFADD", "l", "x"), errorReply(ERR_WRONGTYPE));
  c.cmd("SET", "s", "not an hll at all");
  assert.equal(c.cmd("PFADD", "s", "x"), HLL_WRONGTYPE);
  assert.equal(c.cmd("PFMERGE", "s"), HLL_WRONGTYPE);
  c.cmd("SET", "bad", "HYLL\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x7f\xfe");
  assert.equal(c.cmd("PFCOUNT", "bad"), INVALIDOBJ);
  assert.equal(c.cmd("PFMERGE", "d", "bad"), INVALIDOBJ);
  assert.equal(c.cmd("EXISTS", "d"), int(0));
});

/** A valid HLL's bytes with a few bytes changed, cut or appended. */
function mutate(rnd: Prng, v: string): string {
  let s = v;
  const edits = 1 + rnd.int(4);
  for (let e = 0; e < edits; e++) {
    const at = HLL_HDR_SIZE + rnd.int(Math.max(1, s.length - HLL_HDR_SIZE));
    switch (rnd.int(4)) {
      case 0:
        s = s.slice(0, at) + String.fromCharCode(rnd.int(256)) + s.slice(at + 1);
        break;
      case 1:
        s = s.slice(0, at);
        break;
      case 2:
        s = s.slice(0, at) + randomBytes(rnd, 1 + rnd.int(3)) + s.slice(at);
        break;
      default:
        s = s.slice(0, 4) + String.fromCharCode(rnd.int(3)) + s.slice(5);
    }
  }
  return s.length < HLL_HDR_SIZE ? v : s;
}

test("random and mutated HLL values get Redis's replies or errors, never an exception or a hang", () => {
  const t = inProcess();
  const c = t.connect();
  const rnd = new Prng(5);
  const seeds: string[] = [];
  for (const n of [1, 30, 300, 3000]) {
    const args = Array.from({ length: n }, (_, i) => `e${i}`);
    c.cmd("DEL", "seed");
    c.cmd("PFADD", "seed", ...args);
    const bulk = c.cmd("GET", "seed");
    seeds.push(bulk.slice(bulk.indexOf("\r\n") + 2, -2));
  }
  const allowed =
    /^(:\d+\r\n|\+OK\r\n|\+(dense|sparse)\r\n|\$\d+\r\n[\s\S]*|\*16384\r\n[\s\S]*|-INVALIDOBJ Corrupted HLL object detected\r\n|-WRONGTYPE Key is not a valid HyperLogLog string value\.\r\n|-ERR HLL encoding is not sparse\r\n)$/;
  for (let n = 0; n < 400; n++) {
    const v = rnd.chance(0.3)
      ? "HYLL" + String.fromCharCode(rnd.int(2)) + "\x00".repeat(11) + randomBytes(rnd, rnd.int(40))
      : mutate(rnd, rnd.pick(seeds));
    c.cmd("SET", "k", v);
    for (
      const argv of [
        ["PFCOUNT", "k"],
        ["PFADD", "k", `a${n}`, `b${n}`, `c${n}`],
        ["PFCOUNT", "k", "seed"],
        ["PFMERGE", "dst", "k"],
        ["PFDEBUG", "DECODE", "k"],
        ["PFDEBUG", "GETREG", "k"],
        ["PFCOUNT", "k"],
      ]
    ) {
      const reply = c.cmd(...argv);
      assert.match(reply, allowed, `${argv.join(" ")} on ${JSON.stringify(v)}`);
    }
    c.cmd("DEL", "dst");
  }
});

test("PFSELFTEST passes", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("PFSELFTEST"), "+OK\r\n");
});

test("a hand-made sparse value longer than a dense HLL is read and changed like any other", () => {
  const c = inProcess().connect();
  // 16384 ZERO opcodes of one register each: valid, and 16400 bytes long.
  c.cmd("SET", "long", "HYLL\x01" + "\x00".repeat(10) + "\x80" + "\x00".repeat(HLL_REGISTERS));
  assert.equal(c.cmd("PFCOUNT", "long"), int(0));
  assert.equal(c.cmd("PFADD", "long", "a"), int(1));
  assert.equal(c.cmd("PFCOUNT", "long"), int(1));
  // A ZERO opcode of one register becomes a VAL opcode in place: no growth, so no promotion (as Redis).
  assert.equal(c.cmd("PFDEBUG", "ENCODING", "long"), "+sparse\r\n");
  assert.equal(c.cmd("STRLEN", "long"), int(16400));
});
