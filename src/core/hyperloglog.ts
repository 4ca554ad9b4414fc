/**
 * The HyperLogLog data structure, byte for byte Redis 7.0's (hyperloglog.c): a `HYLL` header (magic, encoding
 * byte, three unused bytes, the cached cardinality little endian with its top bit meaning "invalid"), then
 * 16384 registers of 6 bits, either dense (12288 bytes) or sparse (ZERO / XZERO / VAL opcodes). The value is
 * an ordinary string, so GET, DUMP and RDB files carry exactly these bytes.
 *
 * The routines work on an HllObject, the bytes of the string with room to grow, as Redis works on its sds in
 * place; the command family (commands/hyperloglog.ts) turns strings into HllObjects and back.
 */
import { bytesToStr, strIntoBytes } from "./bytes.ts";

export const HLL_P = 14;
export const HLL_Q = 64 - HLL_P;
export const HLL_REGISTERS = 1 << HLL_P;
const HLL_P_MASK = HLL_REGISTERS - 1;
const HLL_BITS = 6;
const HLL_REGISTER_MAX = (1 << HLL_BITS) - 1;
export const HLL_HDR_SIZE = 16;
export const HLL_DENSE_SIZE = HLL_HDR_SIZE + ((HLL_REGISTERS * HLL_BITS + 7) >> 3);
export const HLL_DENSE = 0;
export const HLL_SPARSE = 1;
const HLL_MAX_ENCODING = 1;
/** Offset of the cached cardinality's most significant byte, whose top bit marks the cache invalid. */
const HLL_CARD_MSB = 15;

const HLL_SPARSE_XZERO_BIT = 0x40;
const HLL_SPARSE_VAL_BIT = 0x80;
const HLL_SPARSE_VAL_MAX_VALUE = 32;
const HLL_SPARSE_VAL_MAX_LEN = 4;
const HLL_SPARSE_ZERO_MAX_LEN = 64;
const HLL_SPARSE_XZERO_MAX_LEN = 16384;
/** 0.5 / ln(2), the estimator's alpha for m -> infinity. */
const HLL_ALPHA_INF = 0.721347520444481703680;

/** An HLL being worked on: `len` bytes of `buf` are the value (Redis's sds), the rest is room to grow. */
export class HllObject {
  buf: Uint8Array;
  len: number;

  constructor(buf: Uint8Array, len: number) {
    this.buf = buf;
    this.len = len;
  }

  get encoding(): number {
    return this.buf[4];
  }

  /** The value as a byte string. */
  toString(): string {
    return bytesToStr(this.buf, 0, this.len);
  }

  /** sdsMakeRoomFor: at least `extra` bytes of room after `len`, and one more for the terminator. */
  makeRoomFor(extra: number): void {
    if (this.len + extra < this.buf.length) return;
    const grown = new Uint8Array((this.len + extra) * 2);
    grown.set(this.buf.subarray(0, this.len + 1));
    this.buf = grown;
  }

  /**
   * sdsIncrLen: the new length, with a zero byte after it as sds's terminator. A truncated XZERO opcode at
   * the end of a corrupted HLL reads that byte as Redis does.
   */
  incrLen(delta: number): void {
    this.len += delta;
    this.buf[this.len] = 0;
  }
}

/** The bytes of a string value as an HllObject, with a little room for sparse updates. */
export function hllFromString(v: string): HllObject {
  const buf = new Uint8Array(v.length + 8);
  strIntoBytes(v, buf, 0);
  return new HllObject(buf, v.length);
}

/** The buffer hllWorkingCopy reuses: a new ArrayBuffer per PFADD costs more than the copy into it. */
const scratch = new Uint8Array(HLL_DENSE_SIZE + 8);

/**
 * hllFromString into a buffer shared by every call: valid until the next call, so a command works on one
 * value at a time (the commands turn the result back into a string before they look at another key).
 */
export function hllWorkingCopy(v: string): HllObject {
  // A sparse value longer than a dense one is corrupted or hand-made: it gets its own buffer, not a bigger scratch.
  if (v.length + 8 > scratch.length) return hllFromString(v);
  strIntoBytes(v, scratch, 0);
  // sds's terminator, which the last dense register and a truncated XZERO opcode read.
  scratch[v.length] = 0;
  return new HllObject(scratch, v.length);
}

/**
 * isHLLObjectOrReply's checks on a string value: the magic, a known encoding, and the exact length of a
 * dense HLL. A sparse body is checked only as it is read.
 */
export function isHLLValue(v: string): boolean {
  if (v.length < HLL_HDR_SIZE) return false;
  if (v.charCodeAt(0) !== 72 || v.charCodeAt(1) !== 89 || v.charCodeAt(2) !== 76 || v.charCodeAt(3) !== 76) {
    return false; // "HYLL"
  }
  const encoding = v.charCodeAt(4);
  if (encoding > HLL_MAX_ENCODING) return false;
  return encoding !== HLL_DENSE || v.length === HLL_DENSE_SIZE;
}

/** createHLLObject: an empty HLL, sparse, all registers in XZERO opcodes, cached cardinality 0. */
export function createHLLObject(): HllObject {
  const xzeros = Math.ceil(HLL_REGISTERS / HLL_SPARSE_XZERO_MAX_LEN);
  const len = HLL_HDR_SIZE + xzeros * 2;
  const o = new HllObject(new Uint8Array(len + 8), len);
  const p = o.buf;
  p[0] = 72;
  p[1] = 89;
  p[2] = 76;
  p[3] = 76;
  p[4] = HLL_SPARSE;
  let aux = HLL_REGISTERS;
  let at = HLL_HDR_SIZE;
  while (aux > 0) {
    const xzero = Math.min(aux, HLL_SPARSE_XZERO_MAX_LEN);
    sparseXzeroSet(p, at, xzero);
    at += 2;
    aux -= xzero;
  }
  return o;
}

// ---- MurmurHash64A in 32-bit halves ----

/**
 * Scratch words: the last product (W_HI, W_LO) and the running hash (W_HH, W_HL). Typed-array slots keep the
 * 32-bit halves unboxed and wrap stores modulo 2^32; module-level `let`s would box every value above 2^30.
 */
const w = new Uint32Array(4);
const W_HI = 0;
const W_LO = 1;
const W_HH = 2;
const W_HL = 3;

const M_HI = 0xc6a4a793;
const M_LO = 0x5bd1e995;
const M_LO_0 = M_LO & 0xffff;
const M_LO_1 = M_LO >>> 16;

/** (h, l) * m modulo 2^64 into (w[W_HI], w[W_LO]). */
function mulM(h: number, l: number): void {
  // The low halves' full 64-bit product, from 16-bit pieces so every partial product is exact in a double.
  const a0 = l & 0xffff;
  const a1 = l >>> 16;
  const p00 = a0 * M_LO_0;
  const p01 = a0 * M_LO_1;
  const p10 = a1 * M_LO_0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const carry = a1 * M_LO_1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  w[W_LO] = Math.imul(l, M_LO);
  w[W_HI] = carry + Math.imul(h, M_LO) + Math.imul(l, M_HI);
}

/** h = seed ^ (len * m) */
function murmurStart(len: number, seed: number): void {
  mulM(0, len);
  w[W_HH] = w[W_HI];
  w[W_HL] = w[W_LO] ^ seed;
}

/** One 8-byte block k: k *= m; k ^= k >> r; k *= m; h ^= k; h *= m. */
function murmurBlock(kh: number, kl: number): void {
  mulM(kh, kl);
  // k ^= k >> 47 only touches the low half.
  mulM(w[W_HI], w[W_LO] ^ (w[W_HI] >>> 15));
  mulM(w[W_HH] ^ w[W_HI], w[W_HL] ^ w[W_LO]);
  w[W_HH] = w[W_HI];
  w[W_HL] = w[W_LO];
}

/** h ^= h >> r; h *= m; h ^= h >> r; the result in (w[W_HI], w[W_LO]). */
function murmurEnd(): void {
  mulM(w[W_HH], w[W_HL] ^ (w[W_HH] >>> 15));
  w[W_LO] = w[W_LO] ^ (w[W_HI] >>> 15);
}

/** MurmurHash64A(key, len, seed) of a byte string, leaving the hash in (w[W_HI], w[W_LO]). */
function murmur(key: string, seed: number): void {
  const len = key.length;
  murmurStart(len, seed);
  const blocks = len - (len & 7);
  let i = 0;
  for (; i < blocks; i += 8) {
    const kl = key.charCodeAt(i) | (key.charCodeAt(i + 1) << 8) | (key.charCodeAt(i + 2) << 16) |
      (key.charCodeAt(i + 3) << 24);
    const kh = key.charCodeAt(i + 4) | (key.charCodeAt(i + 5) << 8) | (key.charCodeAt(i + 6) << 16) |
      (key.charCodeAt(i + 7) << 24);
    murmurBlock(kh, kl);
  }
  const rest = len & 7;
  if (rest !== 0) {
    // The tail bytes go in little endian: bytes 4..6 into the high half, 0..3 into the low one.
    let th = 0;
    let tl = 0;
    switch (rest) {
      case 7:
        th ^= key.charCodeAt(i + 6) << 16;
      /* falls through */
      case 6:
        th ^= key.charCodeAt(i + 5) << 8;
      /* falls through */
      case 5:
        th ^= key.charCodeAt(i + 4);
      /* falls through */
      case 4:
        tl ^= key.charCodeAt(i + 3) << 24;
      /* falls through */
      case 3:
        tl ^= key.charCodeAt(i + 2) << 16;
      /* falls through */
      case 2:
        tl ^= key.charCodeAt(i + 1) << 8;
      /* falls through */
      case 1:
        tl ^= key.charCodeAt(i);
    }
    mulM(w[W_HH] ^ th, w[W_HL] ^ tl);
    w[W_HH] = w[W_HI];
    w[W_HL] = w[W_LO];
  }
  murmurEnd();
}

const HLL_SEED = 0xadc83b19;

/** MurmurHash64A as Redis calls it for HLLs (seed 0xadc83b19), as a BigInt: for tests and PFSELFTEST. */
export function murmurHash64A(key: string, seed = HLL_SEED): bigint {
  murmur(key, seed);
  return (BigInt(w[W_HI]) << 32n) | BigInt(w[W_LO]);
}

/**
 * hllPatLen: the register an element falls in and the length of its run of zeros plus one, packed as
 * `index | count << 14`.
 */
export function hllPatLen(ele: string): number {
  murmur(ele, HLL_SEED);
  return patFromHash();
}

/** hllPatLen of an 8-byte little-endian integer given in halves (PFSELFTEST's elements), without a string. */
export function hllPatLenInt64(high: number, low: number): number {
  murmurStart(8, HLL_SEED);
  murmurBlock(high, low);
  murmurEnd();
  return patFromHash();
}

function patFromHash(): number {
  const hi = w[W_HI];
  const lo = w[W_LO];
  // hash >> 14, with bit 50 (of the shifted hash) set so the run ends by Q + 1.
  const xl = ((lo >>> HLL_P) | (hi << (32 - HLL_P))) >>> 0;
  const xh = (hi >>> HLL_P) | (1 << (HLL_Q - 32));
  const tz = xl !== 0 ? 31 - Math.clz32(xl & -xl) : 63 - Math.clz32(xh & -xh);
  return (lo & HLL_P_MASK) | ((tz + 1) << HLL_P);
}

export function patIndex(pat: number): number {
  return pat & HLL_P_MASK;
}

export function patCount(pat: number): number {
  return pat >>> HLL_P;
}

// ---- Dense representation ----

/** HLL_DENSE_GET_REGISTER over registers starting at `base` of `p`. */
export function denseGetRegister(p: Uint8Array, base: number, regnum: number): number {
  const bit = regnum * HLL_BITS;
  const byte = base + (bit >> 3);
  const fb = bit & 7;
  return ((p[byte] >> fb) | (p[byte + 1] << (8 - fb))) & HLL_REGISTER_MAX;
}

/** HLL_DENSE_GET_REGISTER straight from the string value of a dense HLL (no copy on PFADD's read path). */
export function denseGetRegisterOfString(v: string, regnum: number): number {
  const bit = regnum * HLL_BITS;
  const byte = HLL_HDR_SIZE + (bit >> 3);
  const fb = bit & 7;
  // The last register's second byte is past the end: charCodeAt gives NaN, which `|` reads as 0, as C's b+1 byte.
  return ((v.charCodeAt(byte) >> fb) | (v.charCodeAt(byte + 1) << (8 - fb))) & HLL_REGISTER_MAX;
}

/** HLL_DENSE_SET_REGISTER. */
export function denseSetRegister(p: Uint8Array, base: number, regnum: number, val: number): void {
  const bit = regnum * HLL_BITS;
  const byte = base + (bit >> 3);
  const fb = bit & 7;
  const fb8 = 8 - fb;
  p[byte] = (p[byte] & ~(HLL_REGISTER_MAX << fb)) | (val << fb);
  // For the last register this byte is past the registers: Redis's sds has its terminating NUL there.
  if (byte + 1 < p.length) p[byte + 1] = (p[byte + 1] & ~(HLL_REGISTER_MAX >> fb8)) | (val >> fb8);
}

/** hllDenseSet: raises register `index` to `count`; 1 when it changed. */
export function hllDenseSet(p: Uint8Array, base: number, index: number, count: number): number {
  if (count > denseGetRegister(p, base, index)) {
    denseSetRegister(p, base, index, count);
    return 1;
  }
  return 0;
}

function hllDenseRegHisto(p: Uint8Array, base: number, reghisto: Int32Array): void {
  let r = base;
  // Four registers in every three bytes.
  for (let j = 0; j < HLL_REGISTERS / 4; j++) {
    const b0 = p[r];
    const b1 = p[r + 1];
    const b2 = p[r + 2];
    reghisto[b0 & 63]++;
    reghisto[((b0 >> 6) | (b1 << 2)) & 63]++;
    reghisto[((b1 >> 4) | (b2 << 4)) & 63]++;
    reghisto[(b2 >> 2) & 63]++;
    r += 3;
  }
}

// ---- Sparse representation ----

function isZero(b: number): boolean {
  return (b & 0xc0) === 0;
}

function isXzero(b: number): boolean {
  return (b & 0xc0) === HLL_SPARSE_XZERO_BIT;
}

function zeroLen(b: number): number {
  return (b & 0x3f) + 1;
}

function xzeroLen(p: Uint8Array, at: number): number {
  return (((p[at] & 0x3f) << 8) | p[at + 1]) + 1;
}

function valValue(b: number): number {
  return ((b >> 2) & 0x1f) + 1;
}

function valLen(b: number): number {
  return (b & 0x3) + 1;
}

function valOpcode(val: number, len: number): number {
  return (((val - 1) << 2) | (len - 1)) | HLL_SPARSE_VAL_BIT;
}

function sparseXzeroSet(p: Uint8Array, at: number, len: number): void {
  const l = len - 1;
  p[at] = (l >> 8) | HLL_SPARSE_XZERO_BIT;
  p[at + 1] = l & 0xff;
}

/**
 * Walks the sparse opcodes of `o`, calling `run(first, runlen, value)` for each run (value 0 for ZERO/XZERO)
 * until the end or until a VAL run would pass the last register, as hllSparseToDense and hllMerge stop.
 * Returns the number of registers covered: HLL_REGISTERS for a valid HLL.
 */
function sparseWalk(o: HllObject, run: (first: number, runlen: number, value: number) => void): number {
  const p = o.buf;
  const end = o.len;
  let at = HLL_HDR_SIZE;
  let idx = 0;
  while (at < end) {
    const b = p[at];
    if (isZero(b)) {
      idx += zeroLen(b);
      at++;
    } else if (isXzero(b)) {
      idx += xzeroLen(p, at);
      at += 2;
    } else {
      const runlen = valLen(b);
      if (runlen + idx > HLL_REGISTERS) break;
      run(idx, runlen, valValue(b));
      idx += runlen;
      at++;
    }
  }
  return idx;
}

/** hllSparseToDense: false for a corrupted sparse HLL (then `o` is left alone). */
export function hllSparseToDense(o: HllObject): boolean {
  if (o.encoding === HLL_DENSE) return true;
  const dense = new Uint8Array(HLL_DENSE_SIZE);
  // The header (magic and cached cardinality) is kept.
  dense.set(o.buf.subarray(0, HLL_HDR_SIZE));
  dense[4] = HLL_DENSE;
  const covered = sparseWalk(o, (first, runlen, value) => {
    for (let i = 0; i < runlen; i++) denseSetRegister(dense, HLL_HDR_SIZE, first + i, value);
  });
  if (covered !== HLL_REGISTERS) return false;
  o.buf = dense;
  o.len = HLL_DENSE_SIZE;
  return true;
}

/** The opcode sequence an update splits one opcode into (up to XZERO VAL XZERO, five bytes). */
const seq = new Uint8Array(5);

/**
 * hllSparseSet: raises register `index` to `count` in a sparse HLL, splitting and merging opcodes in place;
 * promotes to dense past `sparseMaxBytes` or for a count the sparse form cannot hold. 1 when the register
 * changed, 0 when not, -1 for a corrupted HLL.
 */
export function hllSparseSet(o: HllObject, index: number, count: number, sparseMaxBytes: number): number {
  if (count > HLL_SPARSE_VAL_MAX_VALUE) return promote(o, index, count);
  o.makeRoomFor(3);
  let p = o.buf;
  const sparse = HLL_HDR_SIZE;
  let end = o.len;

  // Step 1: find the opcode covering the register.
  let at = sparse;
  let first = 0;
  let prev = -1;
  let span = 0;
  while (at < end) {
    let oplen = 1;
    const b = p[at];
    if (isZero(b)) {
      span = zeroLen(b);
    } else if (b & HLL_SPARSE_VAL_BIT) {
      span = valLen(b);
    } else {
      span = xzeroLen(p, at);
      oplen = 2;
    }
    if (index <= first + span - 1) break;
    prev = at;
    at += oplen;
    first += span;
  }
  if (span === 0 || at >= end) return -1;

  let next = isXzero(p[at]) ? at + 2 : at + 1;
  if (next >= end) next = -1;

  const op = p[at];
  const zero = isZero(op);
  const xzero = isXzero(op);
  const val = !zero && !xzero;
  const runlen = zero ? zeroLen(op) : xzero ? xzeroLen(p, at) : valLen(op);

  // Step 2: the cases handled in place.
  let updated = false;
  if (val) {
    if (valValue(op) >= count) return 0;
    if (runlen === 1) {
      p[at] = valOpcode(count, 1);
      updated = true;
    }
  }
  if (!updated && zero && runlen === 1) {
    p[at] = valOpcode(count, 1);
    updated = true;
  }

  if (!updated) {
    // The general case: split the opcode into up to three.
    const last = first + span - 1;
    let n = 0;
    if (zero || xzero) {
      if (index !== first) n = putZeros(n, index - first);
      seq[n++] = valOpcode(count, 1);
      if (index !== last) n = putZeros(n, last - index);
    } else {
      const curval = valValue(op);
      if (index !== first) seq[n++] = valOpcode(curval, index - first);
      seq[n++] = valOpcode(count, 1);
      if (index !== last) seq[n++] = valOpcode(curval, last - index);
    }

    // Step 3: put the new sequence in place of the old opcode.
    const seqlen = n;
    const oldlen = xzero ? 2 : 1;
    const deltalen = seqlen - oldlen;
    if (deltalen > 0 && o.len + deltalen > sparseMaxBytes) return promote(o, index, count);
    if (deltalen !== 0 && next !== -1) p.copyWithin(next + deltalen, next, end);
    o.incrLen(deltalen);
    p.set(seq.subarray(0, seqlen), at);
    end += deltalen;
  }

  // Step 4: merge adjacent VAL opcodes of the same value, scanning up to 5 opcodes from the previous one.
  p = o.buf;
  at = prev !== -1 ? prev : sparse;
  let scanlen = 5;
  while (at < end && scanlen-- > 0) {
    const b = p[at];
    if (isXzero(b)) {
      at += 2;
      continue;
    } else if (isZero(b)) {
      at++;
      continue;
    }
    if (at + 1 < end && p[at + 1] & HLL_SPARSE_VAL_BIT) {
      const v1 = valValue(b);
      const v2 = valValue(p[at + 1]);
      if (v1 === v2) {
        const len = valLen(b) + valLen(p[at + 1]);
        if (len <= HLL_SPARSE_VAL_MAX_LEN) {
          p[at + 1] = valOpcode(v1, len);
          p.copyWithin(at, at + 1, end);
          o.incrLen(-1);
          end--;
          continue;
        }
      }
    }
    at++;
  }

  hllInvalidateCache(o);
  return 1;
}

/** Writes a ZERO or XZERO opcode for `len` registers into `seq` at `n`; the new end. */
function putZeros(n: number, len: number): number {
  if (len > HLL_SPARSE_ZERO_MAX_LEN) {
    sparseXzeroSet(seq, n, len);
    return n + 2;
  }
  seq[n] = len - 1;
  return n + 1;
}

/** The promote: label of hllSparseSet: to dense, then the register is set there (which must change it). */
function promote(o: HllObject, index: number, count: number): number {
  if (!hllSparseToDense(o)) return -1;
  return hllDenseSet(o.buf, HLL_HDR_SIZE, index, count);
}

/** hllSparseRegHisto: false when the opcodes do not cover exactly HLL_REGISTERS registers. */
function hllSparseRegHisto(o: HllObject, reghisto: Int32Array): boolean {
  const p = o.buf;
  const end = o.len;
  let at = HLL_HDR_SIZE;
  let idx = 0;
  while (at < end) {
    const b = p[at];
    if (isZero(b)) {
      const runlen = zeroLen(b);
      idx += runlen;
      reghisto[0] += runlen;
      at++;
    } else if (isXzero(b)) {
      const runlen = xzeroLen(p, at);
      idx += runlen;
      reghisto[0] += runlen;
      at += 2;
    } else {
      const runlen = valLen(b);
      idx += runlen;
      reghisto[valValue(b)] += runlen;
      at++;
    }
  }
  return idx === HLL_REGISTERS;
}

/** hllAdd: hllDenseAdd or hllSparseAdd by encoding; 1 changed, 0 not, -1 corrupted. */
export function hllAdd(o: HllObject, ele: string, sparseMaxBytes: number): number {
  return hllSet(o, hllPatLen(ele), sparseMaxBytes);
}

/** Raises the register of a packed hllPatLen result by encoding; 1 changed, 0 not, -1 corrupted. */
export function hllSet(o: HllObject, pat: number, sparseMaxBytes: number): number {
  const index = pat & HLL_P_MASK;
  const count = pat >>> HLL_P;
  switch (o.encoding) {
    case HLL_DENSE:
      return hllDenseSet(o.buf, HLL_HDR_SIZE, index, count);
    case HLL_SPARSE:
      return hllSparseSet(o, index, count, sparseMaxBytes);
    default:
      return -1;
  }
}

// ---- Cardinality ----

/** hllSigma (Ertl, "New cardinality estimation algorithms for HyperLogLog sketches"). */
function hllSigma(x: number): number {
  if (x === 1) return Infinity;
  let zPrime;
  let y = 1;
  let z = x;
  do {
    x *= x;
    zPrime = z;
    z += x * y;
    y += y;
  } while (zPrime !== z);
  return z;
}

/** hllTau (Ertl). */
function hllTau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let zPrime;
  let y = 1.0;
  let z = 1 - x;
  do {
    x = Math.sqrt(x);
    zPrime = z;
    y *= 0.5;
    // pow(1 - x, 2) is the correctly rounded square, as the product is.
    z -= (1 - x) * (1 - x) * y;
  } while (zPrime !== z);
  return z / 3;
}

/** The estimate from a register histogram (the second half of hllCount). */
function hllCountFromHisto(reghisto: Int32Array): number {
  const m = HLL_REGISTERS;
  let z = m * hllTau((m - reghisto[HLL_Q + 1]) / m);
  for (let j = HLL_Q; j >= 1; --j) {
    z += reghisto[j];
    z *= 0.5;
  }
  z += m * hllSigma(reghisto[0] / m);
  // llroundl: halves away from zero, and z is positive.
  return Math.round(HLL_ALPHA_INF * m * m / z);
}

const histo = new Int32Array(64);

/** hllCount of a dense or sparse HLL; -1 when a sparse HLL is corrupted. */
export function hllCount(o: HllObject): number {
  histo.fill(0);
  if (o.encoding === HLL_DENSE) {
    hllDenseRegHisto(o.buf, HLL_HDR_SIZE, histo);
  } else if (!hllSparseRegHisto(o, histo)) {
    return -1;
  }
  return hllCountFromHisto(histo);
}

/** hllCount of the HLL_RAW form: one byte per register (PFCOUNT of many keys). */
export function hllCountRaw(registers: Uint8Array): number {
  histo.fill(0);
  for (let j = 0; j < HLL_REGISTERS; j++) histo[registers[j]]++;
  return hllCountFromHisto(histo);
}

/** The cached cardinality in a value's header, or -1 when the cache is marked invalid. */
export function hllCachedCard(v: string): number {
  if (v.charCodeAt(HLL_CARD_MSB) & 0x80) return -1;
  let card = 0;
  for (let i = HLL_CARD_MSB; i >= 8; i--) card = card * 256 + v.charCodeAt(i);
  return card;
}

/** Stores a cardinality in the header cache, little endian, which marks the cache valid. */
export function hllSetCachedCard(o: HllObject, card: number): void {
  let c = card;
  for (let i = 8; i <= HLL_CARD_MSB; i++) {
    o.buf[i] = c % 256;
    c = Math.floor(c / 256);
  }
}

/** HLL_INVALIDATE_CACHE. */
export function hllInvalidateCache(o: HllObject): void {
  o.buf[HLL_CARD_MSB] |= 0x80;
}

/** True when the string value's cached cardinality is already marked invalid. */
export function hllCacheInvalid(v: string): boolean {
  return (v.charCodeAt(HLL_CARD_MSB) & 0x80) !== 0;
}

/** hllMerge: max[i] = MAX(max[i], register i of `o`); false for a corrupted sparse HLL. */
export function hllMerge(max: Uint8Array, o: HllObject): boolean {
  if (o.encoding === HLL_DENSE) {
    const p = o.buf;
    for (let i = 0; i < HLL_REGISTERS; i++) {
      const val = denseGetRegister(p, HLL_HDR_SIZE, i);
      if (val > max[i]) max[i] = val;
    }
    return true;
  }
  const covered = sparseWalk(o, (first, runlen, value) => {
    for (let i = first; i < first + runlen; i++) if (value > max[i]) max[i] = value;
  });
  return covered === HLL_REGISTERS;
}

/** PFDEBUG DECODE's text for a sparse HLL: "z:<len>", "Z:<len>", "v:<value>,<len>" separated by spaces. */
export function hllSparseDecode(o: HllObject): string {
  const p = o.buf;
  const parts: string[] = [];
  let at = HLL_HDR_SIZE;
  while (at < o.len) {
    const b = p[at];
    if (isZero(b)) {
      parts.push(`z:${zeroLen(b)}`);
      at++;
    } else if (isXzero(b)) {
      parts.push(`Z:${xzeroLen(p, at)}`);
      at += 2;
    } else {
      parts.push(`v:${valValue(b)},${valLen(b)}`);
      at++;
    }
  }
  return parts.join(" ");
}
