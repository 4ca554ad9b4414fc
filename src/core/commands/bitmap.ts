/**
 * Bit commands on strings (bitops.c): GETBIT, SETBIT, BITCOUNT, BITPOS, BITOP, BITFIELD, BITFIELD_RO.
 * Bit 0 is the most significant bit of the first byte. Strings are immutable byte strings, so a write makes a
 * new value (spliceBytes): O(N) in the value's length where Redis writes in place.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { NOTIFY_STRING } from "../notify.ts";
import { bytesToStr, parseInt64 } from "../bytes.ts";
import {
  ERR_BIT_ARGUMENT,
  ERR_BIT_OFFSET,
  ERR_BIT_VALUE,
  ERR_BITFIELD_OVERFLOW,
  ERR_BITFIELD_RO,
  ERR_BITFIELD_TYPE,
  ERR_BITOP_NOT,
  ERR_NOT_INTEGER,
  ERR_SYNTAX,
} from "../errors.ts";
import { int64Arg, isKeyword } from "./util.ts";
import { deleteKey, readString, writeString } from "../db/keys.ts";
import { stringMarks } from "../db/encoding.ts";
import { storeRaw, writeAt } from "./string.ts";
import { bigMin, BigString, byteAt } from "../keyspace/bigstr.ts";
import type { StrVal } from "../keyspace/bigstr.ts";

/** Set bits per byte value. */
const POPCOUNT = new Uint8Array(256);
for (let i = 1; i < 256; i++) POPCOUNT[i] = (i & 1) + POPCOUNT[i >> 1];

/**
 * getBitOffsetFromArgument: a bit offset within proto-max-bulk-len bytes. With `bits` > 0 a "#n" offset
 * means n * bits (BITFIELD). Null after an error.
 */
function bitOffsetArg(c: Client, s: string, bits = 0): number | null {
  const hash = bits > 0 && s.charCodeAt(0) === 35; /* # */
  const v = parseInt64(hash ? s.slice(1) : s);
  if (v === null) {
    c.error(ERR_BIT_OFFSET);
    return null;
  }
  // Beyond 2^53 the byte index is past any allowed length anyway.
  let off = typeof v === "bigint" ? (v < 0n ? -1 : Number.MAX_SAFE_INTEGER) : v;
  if (hash) off *= bits;
  if (off < 0 || Math.floor(off / 8) >= c.server.config.getNumber("proto-max-bulk-len")) {
    c.error(ERR_BIT_OFFSET);
    return null;
  }
  return off;
}

/** GETBIT key offset */
function getbitCommand(c: Client, argv: string[]): void {
  const off = bitOffsetArg(c, argv[2]);
  if (off === null) return;
  const v = readString(c, argv[1]);
  if (v === null) return;
  const byte = Math.floor(off / 8);
  if (v === undefined || byte >= v.length) return c.reply.integer(0);
  c.reply.integer((byteAt(v, byte) >> (7 - (off & 7))) & 1);
}

/** SETBIT key offset value: replies with the bit's old value; writes only when something changes. */
function setbitCommand(c: Client, argv: string[]): void {
  const off = bitOffsetArg(c, argv[2]);
  if (off === null) return;
  const on = parseInt64(argv[3]);
  if (on !== 0 && on !== 1) return c.error(ERR_BIT_VALUE);
  const key = argv[1];
  const cur = writeString(c, key);
  if (cur === null) return;
  const byte = Math.floor(off / 8);
  const shift = 7 - (off & 7);
  const old = cur !== undefined && byte < cur.length ? (byteAt(cur, byte) >> shift) & 1 : 0;
  const grows = cur === undefined || byte >= cur.length;
  if (grows || old !== on) {
    const was = grows ? 0 : byteAt(cur!, byte);
    const next = writeAt(cur, byte, String.fromCharCode((was & ~(1 << shift)) | (on << shift)));
    storeRaw(c, key, next, cur !== undefined, "setbit");
  } else {
    // Redis makes the value raw before it looks at the bit, even when nothing changes.
    stringMarks(c.server).markRaw(c.db, key);
  }
  c.reply.integer(old);
}

/**
 * Normalizes a [start, end] range over `total` units (bytes or bits) as BITCOUNT/BITPOS/GETRANGE do:
 * negative indexes count from the end, then both are clamped. Returns null for an empty range.
 */
function clampRange(start: number, end: number, total: number): [number, number] | null {
  if (start < 0) start = total + start;
  if (end < 0) end = total + end;
  if (start < 0) start = 0;
  if (end < 0) end = 0;
  if (end >= total) end = total - 1;
  return start > end ? null : [start, end];
}

/** Parses an optional BYTE|BIT unit argument; null after a syntax error. */
function unitArg(c: Client, s: string | undefined): boolean | null {
  if (s === undefined || isKeyword(s, "BYTE")) return false;
  if (isKeyword(s, "BIT")) return true;
  c.error(ERR_SYNTAX);
  return null;
}

/** Counts the set bits of `v` between bit positions `from` and `to` inclusive. */
function countBits(v: StrVal, from: number, to: number): number {
  const fb = Math.floor(from / 8);
  const tb = Math.floor(to / 8);
  let n = 0;
  if (typeof v === "string") {
    for (let i = fb; i <= tb; i++) n += POPCOUNT[v.charCodeAt(i)];
  } else {
    n = countBytes(v.bytes, fb, tb + 1);
  }
  // Take off the bits of the first and last byte that lie outside the range.
  n -= POPCOUNT[byteAt(v, fb) & ~(0xff >> (from & 7)) & 0xff];
  n -= POPCOUNT[byteAt(v, tb) & (0xff >> ((to & 7) + 1))];
  return n;
}

/** Set bits in bytes [from, to) of a big string: 32-bit words at a time in the aligned middle. */
function countBytes(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  let i = from;
  while (i < to && ((b.byteOffset + i) & 3) !== 0) n += POPCOUNT[b[i++]];
  const words = (to - i) >>> 2;
  if (words > 0) {
    const w = new Uint32Array(b.buffer, b.byteOffset + i, words);
    for (let k = 0; k < words; k++) {
      let x = w[k];
      x = x - ((x >>> 1) & 0x55555555);
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
      n += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    i += words * 4;
  }
  while (i < to) n += POPCOUNT[b[i++]];
  return n;
}

/** BITCOUNT key [start end [BYTE|BIT]] */
function bitcountCommand(c: Client, argv: string[]): void {
  // Redis 7.0 looks the key up before parsing the range: a missing key is 0 whatever the arguments.
  const v = readString(c, argv[1]);
  if (v === null) return;
  if (v === undefined) return c.reply.integer(0);
  let from = 0;
  let to = v.length * 8 - 1;
  if (argv.length === 4 || argv.length === 5) {
    const s = int64Arg(c, argv[2]);
    if (s === null) return;
    const e = int64Arg(c, argv[3]);
    if (e === null) return;
    const start = Number(s);
    const end = Number(e);
    if (start < 0 && end < 0 && start > end) return c.reply.integer(0);
    const isBit = unitArg(c, argv[4]);
    if (isBit === null) return;
    const r = clampRange(start, end, isBit ? v.length * 8 : v.length);
    if (r === null) return c.reply.integer(0);
    from = isBit ? r[0] : r[0] * 8;
    to = isBit ? r[1] : r[1] * 8 + 7;
  } else if (argv.length !== 2) {
    return c.error(ERR_SYNTAX);
  }
  c.reply.integer(from > to ? 0 : countBits(v, from, to));
}

/** BITPOS key bit [start [end [BYTE|BIT]]] */
function bitposCommand(c: Client, argv: string[]): void {
  const bit = int64Arg(c, argv[2]);
  if (bit === null) return;
  if (bit !== 0 && bit !== 1) return c.error(ERR_BIT_ARGUMENT);
  // As BITCOUNT, 7.0 looks the key up first: a missing key is an endless run of zeros.
  const v = readString(c, argv[1]);
  if (v === null) return;
  if (v === undefined) return c.reply.integer(bit ? -1 : 0);
  if (argv.length > 6) return c.error(ERR_SYNTAX);
  let from = 0;
  let to = v.length * 8 - 1;
  const endGiven = argv.length >= 5;
  if (argv.length >= 4) {
    const s = int64Arg(c, argv[3]);
    if (s === null) return;
    const isBit = unitArg(c, argv[5]);
    if (isBit === null) return;
    let end = v.length - 1;
    if (endGiven) {
      const e = int64Arg(c, argv[4]);
      if (e === null) return;
      end = Number(e);
    }
    const r = clampRange(Number(s), end, isBit ? v.length * 8 : v.length);
    if (r === null) return c.reply.integer(-1);
    from = isBit ? r[0] : r[0] * 8;
    to = isBit ? r[1] : r[1] * 8 + 7;
  }
  if (from > to) return c.reply.integer(-1);
  const pos = findBit(v, bit, from, to);
  if (pos >= 0) return c.reply.integer(pos);
  // No 0 bit in the range: without an explicit end the string counts as padded with zeros on the right.
  c.reply.integer(bit === 0 && !endGiven ? to + 1 : -1);
}

/** The first bit equal to `bit` between positions `from` and `to` inclusive, or -1. */
function findBit(v: StrVal, bit: number, from: number, to: number): number {
  const skip = bit ? 0 : 0xff;
  if (typeof v !== "string" && to - from > 64) {
    // A big string: skip whole bytes that cannot hold the bit in a tight loop over the bytes.
    const b = v.bytes;
    let i = Math.ceil(from / 8);
    const last = Math.floor((to + 1) / 8);
    const head = findBitIn(v, bit, from, Math.min(to, i * 8 - 1));
    if (head >= 0) return head;
    while (i < last && b[i] === skip) i++;
    return findBitIn(v, bit, i * 8, to);
  }
  return findBitIn(v, bit, from, to);
}

/** findBit's scan, bit by bit (whole bytes equal to `skip` at once). */
function findBitIn(v: StrVal, bit: number, from: number, to: number): number {
  const skip = bit ? 0 : 0xff;
  for (let pos = from; pos <= to;) {
    const byte = Math.floor(pos / 8);
    const b = byteAt(v, byte);
    if ((pos & 7) === 0 && pos + 7 <= to && b === skip) {
      pos += 8;
      continue;
    }
    if (((b >> (7 - (pos & 7))) & 1) === bit) return pos;
    pos++;
  }
  return -1;
}

/** BITOP AND|OR|XOR|NOT destkey key [key ...] */
function bitopCommand(c: Client, argv: string[]): void {
  const op = argv[1].toUpperCase();
  if (op !== "AND" && op !== "OR" && op !== "XOR" && op !== "NOT") return c.error(ERR_SYNTAX);
  if (op === "NOT" && argv.length !== 4) return c.error(ERR_BITOP_NOT);
  const srcs: StrVal[] = [];
  let maxlen = 0;
  for (let j = 3; j < argv.length; j++) {
    const v = readString(c, argv[j]);
    if (v === null) return;
    const s = v ?? "";
    srcs.push(s);
    if (s.length > maxlen) maxlen = s.length;
  }
  const db = c.db;
  const key = argv[2];
  const server = c.server;
  if (maxlen > 0) {
    const res = new Uint8Array(maxlen);
    const first = srcs[0];
    for (let i = 0; i < first.length; i++) res[i] = byteAt(first, i);
    if (op === "NOT") {
      for (let i = 0; i < maxlen; i++) res[i] = ~res[i];
    } else {
      for (let k = 1; k < srcs.length; k++) {
        const s = srcs[k];
        const n = s.length;
        if (op === "AND") {
          for (let i = 0; i < maxlen; i++) res[i] &= i < n ? byteAt(s, i) : 0;
        } else if (op === "OR") {
          for (let i = 0; i < n; i++) res[i] |= byteAt(s, i);
        } else {
          for (let i = 0; i < n; i++) res[i] ^= byteAt(s, i);
        }
      }
    }
    db.store(key, maxlen > bigMin() ? new BigString(res) : bytesToStr(res, 0, maxlen));
    server.signalModifiedKey(db, key);
    server.notifyKeyspaceEvent(NOTIFY_STRING, "set", key, db.id);
    server.dirty++;
    stringMarks(server).set(db, key, 0);
  } else {
    // An empty result deletes the target.
    deleteKey(c, key);
  }
  c.reply.integer(maxlen);
}

// ---- BITFIELD ----

const OP_GET = 0;
const OP_SET = 1;
const OP_INCRBY = 2;
const OVERFLOW_WRAP = 0;
const OVERFLOW_SAT = 1;
const OVERFLOW_FAIL = 2;

interface BitfieldOp {
  op: number;
  offset: number;
  bits: number;
  signed: boolean;
  value: bigint;
  overflow: number;
}

/** getBitfieldTypeFromArgument: i1..i64 or u1..u63. */
function bitfieldTypeArg(c: Client, s: string): { signed: boolean; bits: number } | null {
  const signed = s[0] === "i";
  const bits = s[0] === "i" || s[0] === "u" ? parseInt64(s.slice(1)) : null;
  if (bits === null || typeof bits === "bigint" || bits < 1 || (signed && bits > 64) || (!signed && bits > 63)) {
    c.error(ERR_BITFIELD_TYPE);
    return null;
  }
  return { signed, bits };
}

/**
 * The bytes a BITFIELD works on: the string, with a writable copy of the bytes [base, base + buf.length)
 * that its writes touch (only that range is copied, then spliced back). Bytes past the end read as zero.
 */
class BitWindow {
  readonly src: StrVal;
  readonly base: number;
  readonly buf: Uint8Array;

  constructor(src: StrVal, base: number, length: number) {
    this.src = src;
    this.base = base;
    this.buf = new Uint8Array(length);
    const end = Math.min(src.length, base + length);
    for (let i = base; i < end; i++) this.buf[i - base] = byteAt(src, i);
  }

  get(i: number): number {
    const j = i - this.base;
    if (j >= 0 && j < this.buf.length) return this.buf[j];
    return i < this.src.length ? byteAt(this.src, i) : 0;
  }

  set(i: number, v: number): void {
    this.buf[i - this.base] = v;
  }
}

/** Reads `bits` bits at bit `offset` as an unsigned number. */
function readBits(win: BitWindow, offset: number, bits: number): bigint {
  // Offsets reach 2^32 and beyond, past what `>>` handles: bytes are found by division.
  if (bits <= 32) {
    let v = 0;
    for (let j = 0; j < bits; j++, offset++) v = v * 2 + ((win.get(Math.floor(offset / 8)) >> (7 - (offset & 7))) & 1);
    return BigInt(v);
  }
  let v = 0n;
  for (let j = 0; j < bits; j++, offset++) {
    v = (v << 1n) | BigInt((win.get(Math.floor(offset / 8)) >> (7 - (offset & 7))) & 1);
  }
  return v;
}

function writeBits(win: BitWindow, offset: number, bits: number, value: bigint): void {
  for (let j = bits - 1; j >= 0; j--, offset++) {
    const bit = Number((value >> BigInt(j)) & 1n);
    const byte = Math.floor(offset / 8);
    const shift = 7 - (offset & 7);
    win.set(byte, (win.get(byte) & ~(1 << shift)) | (bit << shift));
  }
}

/** Interprets an unsigned `bits`-wide field as two's complement. */
function toSigned(v: bigint, bits: number): bigint {
  return v >= 1n << BigInt(bits - 1) ? v - (1n << BigInt(bits)) : v;
}

/**
 * The value to store for `value` (a SET) or `old + value` (an INCRBY) in a field, under the overflow policy:
 * [result, overflowed]. WRAP keeps the low bits, SAT clamps, FAIL reports the overflow.
 */
function fitField(v: bigint, bits: number, signed: boolean, overflow: number): [bigint, boolean] {
  const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  if (v >= min && v <= max) return [v, false];
  if (overflow === OVERFLOW_SAT) return [v > max ? max : min, true];
  const wrapped = BigInt.asUintN(bits, v);
  return [signed ? toSigned(wrapped, bits) : wrapped, true];
}

/** BITFIELD key [GET type offset] [SET type offset value] [INCRBY type offset increment] [OVERFLOW WRAP|SAT|FAIL] */
function bitfieldGeneric(c: Client, argv: string[], readonlyCommand: boolean): void {
  const ops: BitfieldOp[] = [];
  let overflow = OVERFLOW_WRAP;
  let readonly = true;
  let highest = 0;
  let lowest = Infinity;
  for (let j = 2; j < argv.length; j++) {
    const rem = argv.length - j - 1;
    const sub = argv[j];
    let op: number;
    if (isKeyword(sub, "GET") && rem >= 2) op = OP_GET;
    else if (isKeyword(sub, "SET") && rem >= 3) op = OP_SET;
    else if (isKeyword(sub, "INCRBY") && rem >= 3) op = OP_INCRBY;
    else if (isKeyword(sub, "OVERFLOW") && rem >= 1) {
      const kind = argv[++j];
      if (isKeyword(kind, "WRAP")) overflow = OVERFLOW_WRAP;
      else if (isKeyword(kind, "SAT")) overflow = OVERFLOW_SAT;
      else if (isKeyword(kind, "FAIL")) overflow = OVERFLOW_FAIL;
      else return c.error(ERR_BITFIELD_OVERFLOW);
      continue;
    } else {
      return c.error(ERR_SYNTAX);
    }
    const type = bitfieldTypeArg(c, argv[j + 1]);
    if (type === null) return;
    const offset = bitOffsetArg(c, argv[j + 2], type.bits);
    if (offset === null) return;
    let value = 0n;
    if (op !== OP_GET) {
      readonly = false;
      if (highest < offset + type.bits - 1) highest = offset + type.bits - 1;
      if (lowest > Math.floor(offset / 8)) lowest = Math.floor(offset / 8);
      const v = parseInt64(argv[j + 3]);
      if (v === null) return c.error(ERR_NOT_INTEGER);
      value = BigInt(v);
    }
    ops.push({ op, offset, bits: type.bits, signed: type.signed, value, overflow });
    j += op === OP_GET ? 2 : 3;
  }
  const key = argv[1];
  let win: BitWindow;
  let existed = false;
  let grew = false;
  if (readonly) {
    const v = readString(c, key);
    if (v === null) return;
    win = new BitWindow(v ?? "", 0, 0);
  } else {
    if (readonlyCommand) return c.error(ERR_BITFIELD_RO);
    const v = writeString(c, key);
    if (v === null) return;
    existed = v !== undefined;
    const need = Math.floor(highest / 8) + 1;
    grew = !existed || need > v!.length;
    win = new BitWindow(v ?? "", lowest, need - lowest);
  }
  const w = c.reply;
  w.array(ops.length);
  let changes = 0;
  for (const o of ops) {
    if (o.op === OP_GET) {
      const raw = readBits(win, o.offset, o.bits);
      w.integer(narrow(o.signed ? toSigned(raw, o.bits) : raw));
      continue;
    }
    const rawOld = readBits(win, o.offset, o.bits);
    const old = o.signed ? toSigned(rawOld, o.bits) : rawOld;
    const [next, overflowed] = fitField(o.op === OP_INCRBY ? old + o.value : o.value, o.bits, o.signed, o.overflow);
    if (overflowed && o.overflow === OVERFLOW_FAIL) {
      w.nullBulk();
      continue;
    }
    w.integer(narrow(o.op === OP_INCRBY ? next : old));
    writeBits(win, o.offset, o.bits, BigInt.asUintN(o.bits, next));
    if (grew || old !== next) changes++;
  }
  if (!readonly && !grew && changes === 0) {
    // Nothing written, but Redis made the value raw before the writes (lookupStringForBitCommand).
    stringMarks(c.server).markRaw(c.db, key);
  } else if (!readonly) {
    // The string is grown as soon as a write is requested, even if every write then fails.
    const db = c.db;
    const value = writeAt(win.src, win.base, win.buf);
    if (existed) db.replace(key, value);
    else db.store(key, value);
    if (changes > 0) {
      const server = c.server;
      server.signalModifiedKey(db, key);
      server.notifyKeyspaceEvent(NOTIFY_STRING, "setbit", key, db.id);
      server.dirty += changes;
    }
    stringMarks(c.server).set(db, key, 0);
  }
}

function narrow(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function bitmapCommands(_server: Server): CommandDef[] {
  return [
    { name: "getbit", handler: getbitCommand },
    { name: "setbit", handler: setbitCommand },
    { name: "bitcount", handler: bitcountCommand },
    { name: "bitpos", handler: bitposCommand },
    { name: "bitop", handler: bitopCommand },
    /* BITFIELD key [GET|SET|INCRBY|OVERFLOW ...] */
    { name: "bitfield", handler: (c, argv) => bitfieldGeneric(c, argv, false) },
    /* BITFIELD_RO key GET type offset [GET type offset ...] */
    { name: "bitfield_ro", handler: (c, argv) => bitfieldGeneric(c, argv, true) },
  ];
}
