/**
 * HyperLogLog commands (hyperloglog.c): PFADD, PFCOUNT, PFMERGE, PFDEBUG, PFSELFTEST. An HLL is a string
 * value holding Redis's exact bytes (src/core/hyperloglog.ts); strings are immutable here, so a change makes a
 * new value where Redis writes its sds in place. PFADD on a dense HLL reads registers straight from the string
 * and copies only when a register grows, which is rare once an HLL has seen many elements.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import type { Value } from "../keyspace/types.ts";
import { NOTIFY_STRING } from "../notify.ts";
import {
  ERR_HLL_INVALIDOBJ,
  ERR_HLL_WRONGTYPE,
  ERR_PFDEBUG_NO_KEY,
  ERR_PFDEBUG_NOT_SPARSE,
  ERR_WRONGTYPE,
  errHllSelftest,
  errUnknownPfdebug,
} from "../errors.ts";
import { lookupKeyRead } from "../db/keys.ts";
import { stringMarks } from "../db/encoding.ts";
import {
  createHLLObject,
  denseGetRegister,
  denseGetRegisterOfString,
  denseSetRegister,
  HLL_DENSE,
  HLL_DENSE_SIZE,
  HLL_HDR_SIZE,
  HLL_REGISTERS,
  HLL_SPARSE,
  hllAdd,
  hllCachedCard,
  hllCount,
  hllCountRaw,
  hllDenseSet,
  hllInvalidateCache,
  hllMerge,
  HllObject,
  hllPatLen,
  hllPatLenInt64,
  hllSet,
  hllSetCachedCard,
  hllSparseDecode,
  hllSparseSet,
  hllSparseToDense,
  hllWorkingCopy,
  isHLLValue,
  patCount,
  patIndex,
} from "../hyperloglog.ts";

/** Longest string Redis keeps as embstr: a shorter HLL still reports "raw" once a PF command touched it. */
const EMBSTR_MAX = 44;

/** isHLLObjectOrReply: the value as a string when it is a valid HLL, or null after the error reply. */
function hllValueOrReply(c: Client, v: Value): string | null {
  if (typeof v !== "string") {
    // A big string (keyspace/bigstr.ts) is a string, just not an HLL.
    c.error(v.type === "string" ? ERR_HLL_WRONGTYPE : ERR_WRONGTYPE);
    return null;
  }
  if (!isHLLValue(v)) {
    c.error(ERR_HLL_WRONGTYPE);
    return null;
  }
  return v;
}

/** dbUnshareStringValue: Redis turns the value raw before working on it in place. */
function unshare(c: Client, key: string, v: string): void {
  if (v.length <= EMBSTR_MAX) stringMarks(c.server).markRaw(c.db, key);
}

/** Stores a changed HLL under `key` without signals: Redis changed the value in place. */
function storeInPlace(c: Client, key: string, o: HllObject): void {
  c.db.replace(key, o.toString());
}

/** The signals of a change that users see (PFADD, PFMERGE): WATCH, tracking, the "pfadd" event, dirty. */
function signalPfadd(c: Client, key: string, dirty: number, v: string): void {
  const server = c.server;
  server.signalModifiedKey(c.db, key);
  server.notifyKeyspaceEvent(NOTIFY_STRING, "pfadd", key, c.db.id);
  server.dirty += dirty;
  unshare(c, key, v);
}

function sparseMaxBytes(c: Client): number {
  return c.server.config.getNumber("hll-sparse-max-bytes");
}

/* PFADD key [element [element ...]] */
function pfaddCommand(c: Client, argv: string[]): void {
  const key = argv[1];
  const db = c.db;
  const cur = db.lookup(key);
  let updated = 0;
  let o: HllObject | null = null;
  let v = "";
  if (cur === undefined) {
    o = createHLLObject();
    updated++;
  } else {
    const checked = hllValueOrReply(c, cur);
    if (checked === null) return;
    v = checked;
  }
  if (o === null && v.charCodeAt(4) === HLL_DENSE) {
    // Registers are read from the string; only the first one that grows makes a copy to change.
    for (let j = 2; j < argv.length; j++) {
      const pat = hllPatLen(argv[j]);
      const index = patIndex(pat);
      const count = patCount(pat);
      if (o === null) {
        if (count <= denseGetRegisterOfString(v, index)) continue;
        o = hllWorkingCopy(v);
        denseSetRegister(o.buf, HLL_HDR_SIZE, index, count);
        updated++;
      } else {
        updated += hllDenseSet(o.buf, HLL_HDR_SIZE, index, count);
      }
    }
  } else {
    if (o === null) o = hllWorkingCopy(v);
    const maxBytes = sparseMaxBytes(c);
    for (let j = 2; j < argv.length; j++) {
      const r = hllAdd(o, argv[j], maxBytes);
      if (r === -1) {
        // The elements before the bad one were added in place, without signals.
        const partial = o.toString();
        if (partial !== v) db.replace(key, partial);
        unshare(c, key, partial);
        return c.error(ERR_HLL_INVALIDOBJ);
      }
      updated += r;
    }
  }
  if (updated === 0 || o === null) {
    unshare(c, key, v);
    return c.reply.integer(0);
  }
  hllInvalidateCache(o);
  const next = o.toString();
  if (cur === undefined) db.store(key, next);
  else db.replace(key, next);
  signalPfadd(c, key, updated, next);
  c.reply.integer(1);
}

/* PFCOUNT key [key ...] */
function pfcountCommand(c: Client, argv: string[]): void {
  if (argv.length > 2) return pfcountMany(c, argv);
  const key = argv[1];
  const cur = lookupKeyRead(c, key);
  if (cur === undefined) return c.reply.integer(0);
  const v = hllValueOrReply(c, cur);
  if (v === null) return;
  unshare(c, key, v);
  const cached = hllCachedCard(v);
  if (cached >= 0) return c.reply.integer(cached);
  const o = hllWorkingCopy(v);
  const card = hllCount(o);
  if (card < 0) return c.error(ERR_HLL_INVALIDOBJ);
  // The cache is part of the string: Redis counts it as a change and propagates this PFCOUNT.
  hllSetCachedCard(o, card);
  const next = o.toString();
  c.db.replace(key, next);
  c.server.signalModifiedKey(c.db, key);
  c.server.dirty++;
  unshare(c, key, next);
  c.reply.integer(card);
}

/**
 * Merges the HLLs at `keys` (read lookups; missing keys are empty HLLs) into one register per byte. Null
 * after an error reply; `dense` tells whether one of them was dense.
 */
function mergeKeys(c: Client, keys: string[], from: number): { max: Uint8Array; dense: boolean } | null {
  const max = new Uint8Array(HLL_REGISTERS);
  let dense = false;
  for (let j = from; j < keys.length; j++) {
    const cur = lookupKeyRead(c, keys[j]);
    if (cur === undefined) continue;
    const v = hllValueOrReply(c, cur);
    if (v === null) return null;
    const o = hllWorkingCopy(v);
    if (o.encoding === HLL_DENSE) dense = true;
    if (!hllMerge(max, o)) {
      c.error(ERR_HLL_INVALIDOBJ);
      return null;
    }
  }
  return { max, dense };
}

/** PFCOUNT of several keys: the cardinality of their union, computed on a temporary, caching nothing. */
function pfcountMany(c: Client, argv: string[]): void {
  const merged = mergeKeys(c, argv, 1);
  if (merged === null) return;
  c.reply.integer(hllCountRaw(merged.max));
}

/* PFMERGE destkey [sourcekey [sourcekey ...]] */
function pfmergeCommand(c: Client, argv: string[]): void {
  // The destination is one of the inputs, so its type and header are checked here too.
  const merged = mergeKeys(c, argv, 1);
  if (merged === null) return;
  const { max, dense } = merged;
  const key = argv[1];
  const db = c.db;
  const cur = db.lookup(key);
  const o = cur === undefined ? createHLLObject() : hllWorkingCopy(cur as string);
  if (dense && !hllSparseToDense(o)) return c.error(ERR_HLL_INVALIDOBJ);
  const maxBytes = sparseMaxBytes(c);
  for (let j = 0; j < HLL_REGISTERS; j++) {
    if (max[j] === 0) continue;
    // A sparse destination may turn dense part way.
    if (o.encoding === HLL_DENSE) hllDenseSet(o.buf, HLL_HDR_SIZE, j, max[j]);
    else hllSparseSet(o, j, max[j], maxBytes);
  }
  hllInvalidateCache(o);
  const next = o.toString();
  if (cur === undefined) db.store(key, next);
  else db.replace(key, next);
  // Redis sends "pfadd" for PFMERGE too: in effect it adds many elements.
  signalPfadd(c, key, 1, next);
  c.reply.ok();
}

/* PFDEBUG <GETREG|DECODE|ENCODING|TODENSE> key */
function pfdebugCommand(c: Client, argv: string[]): void {
  const sub = argv[1].toLowerCase();
  const key = argv[2];
  const cur = c.db.lookup(key);
  if (cur === undefined) return c.error(ERR_PFDEBUG_NO_KEY);
  const v = hllValueOrReply(c, cur);
  if (v === null) return;
  unshare(c, key, v);
  const o = hllWorkingCopy(v);
  switch (sub) {
    case "getreg": {
      if (!toDense(c, key, o)) return;
      c.reply.array(HLL_REGISTERS);
      for (let j = 0; j < HLL_REGISTERS; j++) c.reply.integer(denseGetRegister(o.buf, HLL_HDR_SIZE, j));
      return;
    }
    case "decode":
      if (o.encoding !== HLL_SPARSE) return c.error(ERR_PFDEBUG_NOT_SPARSE);
      return c.reply.bulk(hllSparseDecode(o));
    case "encoding":
      return c.reply.simple(o.encoding === HLL_DENSE ? "dense" : "sparse");
    case "todense": {
      const sparse = o.encoding === HLL_SPARSE;
      if (!toDense(c, key, o)) return;
      return c.reply.integer(sparse ? 1 : 0);
    }
    default:
      return c.error(errUnknownPfdebug(argv[1]));
  }
}

/**
 * PFDEBUG's conversion of a sparse HLL to dense, stored in place and propagated (dirty) but not signalled,
 * as Redis does. False after the error reply for a corrupted HLL.
 */
function toDense(c: Client, key: string, o: HllObject): boolean {
  if (o.encoding !== HLL_SPARSE) return true;
  if (!hllSparseToDense(o)) {
    c.error(ERR_HLL_INVALIDOBJ);
    return false;
  }
  storeInPlace(c, key, o);
  c.server.dirty++;
  return true;
}

const HLL_TEST_CYCLES = 1000;

/**
 * PFSELFTEST: register access over random values, then the estimate's error at each power of ten up to
 * 10^7 for a dense and a sparse HLL fed the same elements (which must agree).
 */
function pfselftestCommand(c: Client, _argv: string[]): void {
  const random = c.server.host.random;
  const dense = new Uint8Array(HLL_DENSE_SIZE + 1);
  const bytecounters = new Uint8Array(HLL_REGISTERS);
  for (let j = 0; j < HLL_TEST_CYCLES; j++) {
    for (let i = 0; i < HLL_REGISTERS; i++) {
      const r = Math.floor(random() * 64);
      bytecounters[i] = r;
      denseSetRegister(dense, HLL_HDR_SIZE, i, r);
    }
    for (let i = 0; i < HLL_REGISTERS; i++) {
      const val = denseGetRegister(dense, HLL_HDR_SIZE, i);
      if (val !== bytecounters[i]) {
        return c.error(errHllSelftest(`Register ${i} should be ${bytecounters[i]} but is ${val}`));
      }
    }
  }

  dense.fill(0);
  dense[4] = HLL_DENSE;
  const denseHll = new HllObject(dense, HLL_DENSE_SIZE);
  const o = createHLLObject();
  const maxBytes = sparseMaxBytes(c);
  const relerr = 1.04 / Math.sqrt(HLL_REGISTERS);
  let checkpoint = 1;
  // Elements are 8-byte little-endian integers j ^ seed, as Redis hashes them; j never reaches the high half.
  const seedLo = Math.floor(random() * 0x100000000);
  const seedHi = Math.floor(random() * 0x100000000);
  for (let j = 1; j <= 10000000; j++) {
    const pat = hllPatLenInt64(seedHi, j ^ seedLo);
    hllDenseSet(dense, HLL_HDR_SIZE, patIndex(pat), patCount(pat));
    hllSet(o, pat, maxBytes);
    if (j !== checkpoint) continue;
    if (j < maxBytes / 2 && o.encoding !== HLL_SPARSE) return c.error(errHllSelftest("sparse encoding not used"));
    const card = hllCount(denseHll);
    if (card !== hllCount(o)) return c.error(errHllSelftest("dense/sparse disagree"));
    const abserr = Math.abs(checkpoint - card);
    // At 10 a collision is statistically likely now and then: Redis allows an error of 1 there.
    const maxerr = j === 10 ? 1 : Math.ceil(relerr * 6 * checkpoint);
    if (abserr > maxerr) {
      return c.error(errHllSelftest(`Too big error. card:${checkpoint} abserr:${abserr}`));
    }
    checkpoint *= 10;
  }
  c.reply.ok();
}

export function hyperloglogCommands(server: Server): CommandDef[] {
  // Past this many bytes a sparse HLL turns dense.
  server.config.add({
    name: "hll-sparse-max-bytes",
    type: { kind: "memory", min: 0, max: Number.MAX_SAFE_INTEGER },
    default: "3000",
  });
  return [
    { name: "pfadd", handler: pfaddCommand },
    { name: "pfcount", handler: pfcountCommand },
    { name: "pfmerge", handler: pfmergeCommand },
    { name: "pfdebug", handler: pfdebugCommand },
    { name: "pfselftest", handler: pfselftestCommand },
  ];
}
