/**
 * Redis's bundled lua-cmsgpack 0.4.0 (deps/lua/src/lua_cmsgpack.c at 7.0.15), ported byte for byte: the same
 * choice of encodings (smallest integer width, float when a double survives the round trip through float,
 * array only for tables keyed exactly 1..n, nil past 16 levels of nesting), and the same errors.
 *
 * Runtime-free, like all of src/core.
 */

import { argError, LuaError, LuaLibError, LuaTable, NativeFunction } from "../value.ts";
import type { LuaValue } from "../value.ts";
import { checkInteger, checkString, LUAI_MAXCSTACK, optInteger } from "./cjson.ts";

/** LUACMSGPACK_MAX_NESTING: deeper tables encode as nil, so circular references end. */
const MAX_NESTING = 16;

const scratch = new DataView(new ArrayBuffer(8));

function be16(n: number): string {
  return String.fromCharCode((n >>> 8) & 0xff, n & 0xff);
}

function be32(n: number): string {
  return String.fromCharCode((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

function be64(n: bigint): string {
  const u = BigInt.asUintN(64, n);
  return be32(Number(u >> 32n)) + be32(Number(u & 0xffffffffn));
}

/** mp_encode_bytes: fix raw, str 8, str 16 or str 32 header, then the bytes. */
function encodeBytes(s: string): string {
  const len = s.length;
  if (len < 32) return String.fromCharCode(0xa0 | len) + s;
  if (len <= 0xff) return "\xd9" + String.fromCharCode(len) + s;
  if (len <= 0xffff) return "\xda" + be16(len) + s;
  return "\xdb" + be32(len) + s;
}

/** mp_encode_double: a float when the value survives the trip through float, else a double. */
function encodeDouble(d: number): string {
  if (Math.fround(d) === d) {
    scratch.setFloat32(0, d);
    return "\xca" + be32(scratch.getUint32(0));
  }
  scratch.setFloat64(0, d);
  return "\xcb" + be32(scratch.getUint32(0)) + be32(scratch.getUint32(4));
}

/** mp_encode_int: the smallest encoding for an integer in the int64 range. */
function encodeInt(n: number): string {
  if (n >= 0) {
    if (n <= 127) return String.fromCharCode(n);
    if (n <= 0xff) return "\xcc" + String.fromCharCode(n);
    if (n <= 0xffff) return "\xcd" + be16(n);
    if (n <= 0xffffffff) return "\xce" + be32(n);
    return "\xcf" + be64(BigInt(n));
  }
  if (n >= -32) return String.fromCharCode(n & 0xff);
  if (n >= -128) return "\xd0" + String.fromCharCode(n & 0xff);
  if (n >= -32768) return "\xd1" + be16(n);
  if (n >= -2147483648) return "\xd2" + be32(n);
  return "\xd3" + be64(BigInt(n));
}

/** mp_encode_lua_number: integers that fit int64 (IS_INT64_EQUIVALENT) as integers, the rest as float/double. */
function encodeNumber(n: number): string {
  if (Number.isInteger(n) && n >= -9223372036854775808 && n < 9223372036854775808) return encodeInt(n === 0 ? 0 : n);
  return encodeDouble(n);
}

/**
 * table_is_an_array: every key a positive integer that fits a C int, and as many keys as the largest one
 * (an empty table is an array).
 */
function tableIsAnArray(t: LuaTable): boolean {
  let count = 0;
  let max = 0;
  for (let e = t.next(undefined); e; e = t.next(e[0])) {
    const n = e[0];
    if (typeof n !== "number" || n <= 0 || !Number.isInteger(n) || n > 2147483647) return false;
    if (n > max) max = n;
    count++;
  }
  return max === count;
}

/** mp_encode_lua_type. */
function encodeValue(v: LuaValue, level: number): string {
  switch (typeof v) {
    case "string":
      return encodeBytes(v);
    case "boolean":
      return v ? "\xc3" : "\xc2";
    case "number":
      return encodeNumber(v);
  }
  if (!(v instanceof LuaTable) || level === MAX_NESTING) return "\xc0";
  if (tableIsAnArray(v)) {
    const len = v.length();
    let out = encodeArrayHeader(len);
    for (let j = 1; j <= len; j++) out += encodeValue(v.get(j), level + 1);
    return out;
  }
  let out = encodeMapHeader(v.count());
  for (let e = v.next(undefined); e; e = v.next(e[0])) {
    out += encodeValue(e[0], level + 1) + encodeValue(e[1], level + 1);
  }
  return out;
}

function encodeArrayHeader(n: number): string {
  if (n <= 15) return String.fromCharCode(0x90 | n);
  if (n <= 65535) return "\xdc" + be16(n);
  return "\xdd" + be32(n);
}

function encodeMapHeader(n: number): string {
  if (n <= 15) return String.fromCharCode(0x80 | n);
  if (n <= 65535) return "\xde" + be16(n);
  return "\xdf" + be32(n);
}

/** mp_pack: every argument encoded, concatenated. */
function pack(args: LuaValue[]): string {
  if (args.length === 0) throw argError(0, "pack", "MessagePack pack needs input.");
  if (args.length * 2 > LUAI_MAXCSTACK) throw argError(0, "pack", "Too many arguments for MessagePack pack.");
  let out = "";
  for (const v of args) out += encodeValue(v, 0);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Decoding

/** The input ended inside a value (MP_CUR_ERROR_EOF). */
class MissingBytes extends Error {}
/** A first byte no MessagePack type starts with (MP_CUR_ERROR_BADFMT). */
class BadFormat extends Error {}

/** mp_cur: the input and the read position. */
interface Cursor {
  s: string;
  p: number;
}

function need(c: Cursor, len: number): void {
  if (c.s.length - c.p < len) throw new MissingBytes();
}

function u16(s: string, at: number): number {
  return (s.charCodeAt(at) << 8) | s.charCodeAt(at + 1);
}

function u32(s: string, at: number): number {
  return ((s.charCodeAt(at) << 24) | (s.charCodeAt(at + 1) << 16) | (s.charCodeAt(at + 2) << 8) |
    s.charCodeAt(at + 3)) >>> 0;
}

function u64(s: string, at: number): bigint {
  return (BigInt(u32(s, at)) << 32n) | BigInt(u32(s, at + 4));
}

function readString(c: Cursor, headerLen: number, len: number): string {
  need(c, headerLen + len);
  const v = c.s.slice(c.p + headerLen, c.p + headerLen + len);
  c.p += headerLen + len;
  return v;
}

/** An array or map being filled: `left` elements (or pairs) still to read; `key` read, waiting for its value. */
interface DecodeFrame {
  t: LuaTable;
  isMap: boolean;
  left: number;
  i: number;
  key: LuaValue;
  haveKey: boolean;
  /** Lua stack slots C held before pushing this table. */
  top: number;
}

const TOO_MANY_VALUES = "stack overflow (too many return values at once; use unpack_one or unpack_limit instead.)";

/**
 * mp_decode_to_lua_type, one item (a scalar or a header) at c.p, or null for an array or map header, which
 * it opens on `stack`. `top` is how many Lua stack slots C holds before pushing the item: its luaL_checkstack
 * calls fail past LUAI_MAXCSTACK, which is how C ends very long or very deep inputs.
 */
function decodeItem(c: Cursor, top: number, stack: DecodeFrame[]): LuaValue | null {
  need(c, 1);
  if (top + 1 > LUAI_MAXCSTACK) throw new LuaLibError(TOO_MANY_VALUES);
  const s = c.s;
  const b = s.charCodeAt(c.p);
  switch (b) {
    case 0xcc:
      need(c, 2);
      c.p += 2;
      return s.charCodeAt(c.p - 1);
    case 0xd0:
      need(c, 2);
      c.p += 2;
      return (s.charCodeAt(c.p - 1) << 24) >> 24;
    case 0xcd:
      need(c, 3);
      c.p += 3;
      return u16(s, c.p - 2);
    case 0xd1:
      need(c, 3);
      c.p += 3;
      return (u16(s, c.p - 2) << 16) >> 16;
    case 0xce:
      need(c, 5);
      c.p += 5;
      return u32(s, c.p - 4);
    case 0xd2:
      need(c, 5);
      c.p += 5;
      return u32(s, c.p - 4) | 0;
    case 0xcf: // uint 64 pushed as lua_Integer: values past INT64_MAX come out negative
    case 0xd3:
      need(c, 9);
      c.p += 9;
      return Number(BigInt.asIntN(64, u64(s, c.p - 8)));
    case 0xc0:
      c.p++;
      return undefined;
    case 0xc3:
      c.p++;
      return true;
    case 0xc2:
      c.p++;
      return false;
    case 0xca:
      need(c, 5);
      scratch.setUint32(0, u32(s, c.p + 1));
      c.p += 5;
      return scratch.getFloat32(0);
    case 0xcb:
      need(c, 9);
      scratch.setUint32(0, u32(s, c.p + 1));
      scratch.setUint32(4, u32(s, c.p + 5));
      c.p += 9;
      return scratch.getFloat64(0);
    case 0xd9:
      need(c, 2);
      return readString(c, 2, s.charCodeAt(c.p + 1));
    case 0xda:
      need(c, 3);
      return readString(c, 3, u16(s, c.p + 1));
    case 0xdb:
      need(c, 5);
      return readString(c, 5, u32(s, c.p + 1));
    case 0xdc:
      need(c, 3);
      c.p += 3;
      return openTable(stack, false, u16(s, c.p - 2), top);
    case 0xdd:
      need(c, 5);
      c.p += 5;
      return openTable(stack, false, u32(s, c.p - 4), top);
    case 0xde:
      need(c, 3);
      c.p += 3;
      return openTable(stack, true, u16(s, c.p - 2), top);
    case 0xdf:
      need(c, 5);
      c.p += 5;
      return openTable(stack, true, u32(s, c.p - 4), top);
  }
  if ((b & 0x80) === 0) {
    c.p++;
    return b;
  }
  if ((b & 0xe0) === 0xe0) {
    c.p++;
    return b - 256;
  }
  if ((b & 0xe0) === 0xa0) return readString(c, 1, b & 0x1f);
  if ((b & 0xf0) === 0x90) {
    c.p++;
    return openTable(stack, false, b & 0xf, top);
  }
  if ((b & 0xf0) === 0x80) {
    c.p++;
    return openTable(stack, true, b & 0xf, top);
  }
  throw new BadFormat();
}

/**
 * mp_decode_to_lua_array / mp_decode_to_lua_hash: an empty table is complete at once; otherwise it goes on
 * the stack (null) to receive its elements.
 */
function openTable(stack: DecodeFrame[], isMap: boolean, len: number, top: number): LuaTable | null {
  const t = new LuaTable();
  // The array reader's own luaL_checkstack(L, 1), with the table pushed.
  if (!isMap && top + 2 > LUAI_MAXCSTACK) throw new LuaLibError("stack overflow (in function mp_decode_to_lua_array)");
  if (len === 0) return t;
  stack.push({ t, isMap, left: len, i: 1, key: undefined, haveKey: false, top });
  return null;
}

/**
 * One top-level value: the C recursion made a loop over an explicit stack so deep nesting never exhausts the
 * JavaScript stack. Array elements are read with the table and index on the Lua stack (top + 2), map keys
 * with the table (top + 1) and values with the table and key (top + 2).
 */
function decodeValue(c: Cursor, top: number): LuaValue {
  const stack: DecodeFrame[] = [];
  let at = top;
  for (;;) {
    let value = decodeItem(c, at, stack);
    if (value === null) {
      const f = stack[stack.length - 1];
      at = f.top + (f.isMap ? 1 : 2);
      continue;
    }
    for (;;) {
      const f = stack[stack.length - 1];
      if (f === undefined) return value;
      if (!f.isMap) {
        f.t.set(f.i++, value);
      } else if (!f.haveKey) {
        f.key = value;
        f.haveKey = true;
        at = f.top + 2;
        break;
      } else {
        // lua_settable: luaG_runerror inside a C function adds no position, unlike luaL_error.
        if (f.key === undefined) throw new LuaError("table index is nil");
        if (f.key !== f.key) throw new LuaError("table index is NaN");
        f.t.set(f.key, value);
        f.haveKey = false;
      }
      if (--f.left === 0) {
        stack.pop();
        value = f.t;
        continue;
      }
      at = f.top + (f.isMap ? 1 : 2);
      break;
    }
  }
}

/**
 * mp_unpack_full: up to `limit` values from `offset` (all of them when both are 0); unless decoding all, the
 * first result is the offset to continue from, -1 at the end of the input. `top` is the stack slots in use.
 */
function unpackFull(s: string, limit: number, offset: number, top: number): LuaValue[] {
  const len = s.length;
  if (offset < 0 || limit < 0) {
    throw new LuaLibError(`Invalid request to unpack with offset of ${offset | 0} and limit of ${len | 0}.`);
  }
  if (offset > len) throw new LuaLibError(`Start offset ${offset | 0} greater than input length ${len | 0}.`);
  const decodeAll = limit === 0 && offset === 0;
  if (decodeAll) limit = 2147483647;
  const c: Cursor = { s, p: offset };
  const results: LuaValue[] = [];
  try {
    for (let cnt = 0; c.p < len && cnt < limit; cnt++) results.push(decodeValue(c, top + cnt));
  } catch (e) {
    if (e instanceof MissingBytes) throw new LuaLibError("Missing bytes in input.");
    if (e instanceof BadFormat) throw new LuaLibError("Bad data format in input.");
    throw e;
  }
  if (!decodeAll) results.unshift(c.p === len ? -1 : c.p);
  return results;
}

/** luaopen_cmsgpack. */
export function openCmsgpack(): LuaTable {
  const t = new LuaTable();
  t.set("pack", new NativeFunction("pack", (args) => [pack(args)]));
  t.set(
    "unpack",
    new NativeFunction("unpack", (args) => {
      const s = checkString(args, 1, "unpack");
      return unpackFull(s, 0, 0, args.length);
    }),
  );
  t.set(
    "unpack_one",
    new NativeFunction("unpack_one", (args) => {
      const offset = optInteger(args, 2, "unpack_one", 0);
      return unpackFull(checkString(args, 1, "unpack_one"), 1, offset, 1);
    }),
  );
  t.set(
    "unpack_limit",
    new NativeFunction("unpack_limit", (args) => {
      const limit = checkInteger(args, 2, "unpack_limit");
      const offset = optInteger(args, 3, "unpack_limit", 0);
      return unpackFull(checkString(args, 1, "unpack_limit"), limit, offset, 1);
    }),
  );
  t.set("_NAME", "cmsgpack");
  t.set("_VERSION", "lua-cmsgpack 0.4.0");
  t.set("_COPYRIGHT", "Copyright (C) 2012, Salvatore Sanfilippo");
  t.set("_DESCRIPTION", "MessagePack C implementation for Lua");
  return t;
}
