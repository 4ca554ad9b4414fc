/**
 * Redis's bundled struct library (deps/lua/src/lua_struct.c at 7.0.15, Roberto Ierusalimschy's 0.2 with
 * Redis's offset check), ported as it runs on x86-64 Linux: little endian by default, `long` and `size_t` of 8
 * bytes, `int` of 4, alignment up to 8 with `!`, integers as 64-bit C longs (so sizes past 8 bytes carry zeros
 * or keep only the low 8 bytes, as the C does).
 *
 * Runtime-free, like all of src/core.
 */

import { argError, LuaLibError, LuaTable, NativeFunction } from "../value.ts";
import type { LuaValue } from "../value.ts";
import { checkNumber, checkString, cString, LUAI_MAXCSTACK, optInteger, toLuaInteger, toNumber } from "./cjson.ts";

/** MAXINTSIZE: the largest size `i`/`I` accept. */
const MAXINTSIZE = 32;
/** MAXALIGN on x86-64: `!` alone aligns to 8. */
const MAXALIGN = 8;
const BIG = 0;
const LITTLE = 1;
const INT_MAX = 2147483647;

/** Header: the endianness and maximum alignment in force. */
interface Header {
  endian: number;
  align: number;
}

/** The format string and the read position in it (C's `const char **fmt`). */
interface Format {
  s: string;
  i: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** getnum: an optional decimal count after an option letter. */
function getnum(fmt: Format, df: number): number {
  if (!isDigit(fmt.s.charCodeAt(fmt.i))) return df;
  let a = 0;
  do {
    const d = fmt.s.charCodeAt(fmt.i) - 48;
    if (a > Math.floor(INT_MAX / 10) || a * 10 > INT_MAX - d) throw new LuaLibError("integral size overflow");
    a = a * 10 + d;
    fmt.i++;
  } while (isDigit(fmt.s.charCodeAt(fmt.i)));
  return a;
}

/** optsize: the size of an option's item (0 for options that are not items). */
function optsize(opt: string, fmt: Format): number {
  switch (opt) {
    case "B":
    case "b":
      return 1;
    case "H":
    case "h":
      return 2;
    case "L":
    case "l":
    case "T":
    case "d":
      return 8;
    case "f":
      return 4;
    case "x":
      return 1;
    case "c":
      return getnum(fmt, 1);
    case "i":
    case "I": {
      const sz = getnum(fmt, 4);
      if (sz > MAXINTSIZE) throw new LuaLibError(`integral size ${sz} is larger than limit of ${MAXINTSIZE}`);
      return sz;
    }
  }
  return 0;
}

/** gettoalign: padding before an item of `size` at `len` (the C's arithmetic, also for sizes not a power of 2). */
function gettoalign(len: number, h: Header, opt: string, size: number): number {
  if (size === 0 || opt === "c") return 0;
  if (size > h.align) size = h.align;
  return (size - (len & (size - 1))) & (size - 1);
}

/** controloptions: endianness, alignment and spaces; anything else is an invalid option. */
function controloptions(opt: string, fmt: Format, h: Header, fname: string): void {
  switch (opt) {
    case " ":
      return;
    case ">":
      h.endian = BIG;
      return;
    case "<":
      h.endian = LITTLE;
      return;
    case "!": {
      const a = getnum(fmt, MAXALIGN);
      if (!(a > 0 && (a & (a - 1)) === 0)) throw new LuaLibError(`alignment ${a} is not a power of 2`);
      h.align = a;
      return;
    }
  }
  throw argError(1, fname, `invalid format option '${opt}'`);
}

/**
 * putinteger: the number as a C long (negative) or unsigned long (otherwise), truncated, `size` bytes in the
 * given order; bytes past the eighth are zero.
 */
function putinteger(n: number, endian: number, size: number): string {
  let value = BigInt.asUintN(64, BigInt(n < 0 ? toLuaInteger(n) : toUnsignedLong(n)));
  const bytes: number[] = new Array(size);
  for (let k = 0; k < size; k++) {
    bytes[endian === LITTLE ? k : size - 1 - k] = Number(value & 0xffn);
    value >>= 8n;
  }
  return String.fromCharCode(...bytes);
}

/** (unsigned long)d for d >= 0 (or NaN) as gcc compiles it on x86-64: past 2^64 (and NaN) it comes out 0 wrapped. */
function toUnsignedLong(d: number): number {
  if (d !== d) return -9223372036854775808;
  if (d < 9223372036854775808) return Math.trunc(d);
  if (d < 18446744073709551616) return Math.trunc(d);
  return 0;
}

/** correctbytes + memcpy of a float or double, in the requested byte order. */
function putFloat(d: number, size: number, endian: number): string {
  const view = new DataView(new ArrayBuffer(size));
  if (size === 4) view.setFloat32(0, d, endian === LITTLE);
  else view.setFloat64(0, d, endian === LITTLE);
  let out = "";
  for (let k = 0; k < size; k++) out += String.fromCharCode(view.getUint8(k));
  return out;
}

/** b_pack. */
function pack(args: LuaValue[]): string {
  const fmt: Format = { s: cString(checkString(args, 1, "pack")), i: 0 };
  // b_pack pushes a nil to mark the end of its arguments: a missing item argument is "got nil", not "no value".
  args = args.concat([undefined]);
  const h: Header = { endian: LITTLE, align: 1 };
  let arg = 2;
  let totalsize = 0;
  let out = "";
  while (fmt.i < fmt.s.length) {
    const opt = fmt.s[fmt.i++];
    let size = optsize(opt, fmt);
    const toalign = gettoalign(totalsize, h, opt, size);
    totalsize += toalign;
    out += "\0".repeat(toalign);
    switch (opt) {
      case "b":
      case "B":
      case "h":
      case "H":
      case "l":
      case "L":
      case "T":
      case "i":
      case "I":
        out += putinteger(checkNumber(args, arg++, "pack"), h.endian, size);
        break;
      case "x":
        out += "\0";
        break;
      case "f":
      case "d":
        out += putFloat(checkNumber(args, arg++, "pack"), size, h.endian);
        break;
      case "c":
      case "s": {
        const s = checkString(args, arg++, "pack");
        if (size === 0) size = s.length;
        // C checks after its arg++, so the error names the argument after the string.
        if (!(s.length >= size)) throw argError(arg, "pack", "string too short");
        out += s.slice(0, size);
        if (opt === "s") {
          out += "\0";
          size++;
        }
        break;
      }
      default:
        controloptions(opt, fmt, h, "pack");
    }
    totalsize += size;
  }
  return out;
}

/** getinteger: `size` bytes as an unsigned or sign-extended C long (only the last 8 bytes read survive). */
function getinteger(data: string, at: number, endian: number, issigned: boolean, size: number): number {
  let l = 0n;
  for (let k = 0; k < size; k++) {
    const i = endian === BIG ? at + k : at + size - 1 - k;
    l = ((l << 8n) | BigInt(data.charCodeAt(i))) & 0xffffffffffffffffn;
  }
  if (!issigned) return Number(l);
  // The shift count is taken mod 64 by the x86 shift instruction.
  const mask = (0xffffffffffffffffn << BigInt((size * 8 - 1) & 63)) & 0xffffffffffffffffn;
  if (l & mask) l |= mask;
  return Number(BigInt.asIntN(64, l));
}

function getFloat(data: string, at: number, size: number, endian: number): number {
  const view = new DataView(new ArrayBuffer(size));
  for (let k = 0; k < size; k++) view.setUint8(k, data.charCodeAt(at + k));
  return size === 4 ? view.getFloat32(0, endian === LITTLE) : view.getFloat64(0, endian === LITTLE);
}

/**
 * b_unpack. The position is a C size_t: a negative offset wraps to a huge one, kept here as the negative
 * number whose low bits are the same, so the C's bounds checks and alignment come out alike.
 */
function unpack(args: LuaValue[]): LuaValue[] {
  const fmt: Format = { s: cString(checkString(args, 1, "unpack")), i: 0 };
  const data = checkString(args, 2, "unpack");
  const ld = data.length;
  let pos = optInteger(args, 3, "unpack", 1);
  if (pos === 0) throw argError(3, "unpack", "offset must be 1 or greater");
  pos--;
  const h: Header = { endian: LITTLE, align: 1 };
  const results: LuaValue[] = [];
  /** Whether `size` bytes fit at `pos`: size <= ld && pos <= ld - size, with pos unsigned. */
  const fits = (size: number): boolean => size <= ld && pos >= 0 && pos <= ld - size;
  while (fmt.i < fmt.s.length) {
    const opt = fmt.s[fmt.i++];
    let size = optsize(opt, fmt);
    pos += gettoalign(pos, h, opt, size);
    if (!fits(size)) throw argError(2, "unpack", "data string too short");
    if (args.length + results.length + 2 > LUAI_MAXCSTACK) throw new LuaLibError("stack overflow (too many results)");
    switch (opt) {
      case "b":
      case "B":
      case "h":
      case "H":
      case "l":
      case "L":
      case "T":
      case "i":
      case "I":
        results.push(getinteger(data, pos, h.endian, opt === opt.toLowerCase(), size));
        break;
      case "x":
        break;
      case "f":
      case "d":
        results.push(getFloat(data, pos, size, h.endian));
        break;
      case "c": {
        if (size === 0) {
          const prev = results.length === 0 ? undefined : toNumber(results[results.length - 1]);
          if (prev === undefined) throw new LuaLibError("format 'c0' needs a previous size");
          size = prev > -1 && prev < 18446744073709551616 ? Math.trunc(prev) : Infinity; // (size_t)prev
          results.pop();
          if (!fits(size)) throw argError(2, "unpack", "data string too short");
        }
        results.push(data.slice(pos, pos + size));
        break;
      }
      case "s": {
        const e = data.indexOf("\0", pos);
        if (e < 0) throw new LuaLibError("unfinished string in data");
        size = e - pos + 1;
        results.push(data.slice(pos, e));
        break;
      }
      default:
        controloptions(opt, fmt, h, "unpack");
    }
    pos += size;
  }
  results.push(pos + 1);
  return results;
}

/** b_size: the packed size of a format with only fixed-size items. */
function size(args: LuaValue[]): number {
  const fmt: Format = { s: cString(checkString(args, 1, "size")), i: 0 };
  const h: Header = { endian: LITTLE, align: 1 };
  let pos = 0;
  while (fmt.i < fmt.s.length) {
    const opt = fmt.s[fmt.i++];
    const sz = optsize(opt, fmt);
    pos += gettoalign(pos, h, opt, sz);
    if (opt === "s") throw argError(1, "size", "option 's' has no fixed size");
    if (opt === "c" && sz === 0) throw argError(1, "size", "option 'c0' has no fixed size");
    // Unknown letters and digits pass silently here (only non-alphanumerics reach controloptions), as in C.
    if (!/[0-9A-Za-z]/.test(opt)) controloptions(opt, fmt, h, "size");
    pos += sz;
  }
  return pos;
}

/** luaopen_struct. */
export function openStruct(): LuaTable {
  const t = new LuaTable();
  t.set("pack", new NativeFunction("pack", (args) => [pack(args)]));
  t.set("unpack", new NativeFunction("unpack", unpack));
  t.set("size", new NativeFunction("size", (args) => [size(args)]));
  return t;
}
