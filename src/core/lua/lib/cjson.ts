/**
 * Redis's bundled lua-cjson 2.1.0 (deps/lua/src/lua_cjson.c, strbuf.c, fpconv.c at 7.0.15), ported line by line:
 * the same number formatting (`%.14g` by default), escaping, sparse array rules, nesting limits and error texts.
 * Redis's build has exactly these functions: encode, decode, encode_sparse_array, encode_max_depth,
 * decode_max_depth, encode_number_precision, encode_keep_buffer, encode_invalid_numbers,
 * decode_invalid_numbers, new; and the fields null, _NAME, _VERSION (no encode_empty_table_as_object nor
 * decode_array_with_array_mt: those came in later lua-cjson releases; an empty table encodes as `{}`).
 *
 * Also here: the pieces of Lua's C API the four bundled libraries share (luaL_check* argument conversion,
 * `lua_tonumber` of strings, `%.14g`), since each library reaches for them the way lauxlib.c does.
 *
 * Runtime-free, like all of src/core.
 */

import { argError, LuaError, LuaLibError, LuaTable, NativeFunction, tableLimits, typeName } from "../value.ts";
import type { LuaValue } from "../value.ts";

// ---------------------------------------------------------------------------------------------------------------
// Light userdata and cjson.null

/**
 * A C light userdata: a bare pointer, compared by address. The value model has no userdata type, so this is
 * its stand-in; `cjsonNull` (NULL) is the only one the libraries make. For the interpreter: `type(v)` is
 * "userdata", `tostring(v)` is "userdata: (nil)" for address 0 (glibc prints a NULL `%p` as "(nil)"), two
 * light userdata are equal (and the same table key) when their addresses are, so `cjsonNull` is a single
 * shared instance; it has no metatable, so indexing it is "attempt to index a userdata value".
 */
export class LightUserdata {
  readonly address: number;
  constructor(address: number) {
    this.address = address;
  }
}

/** `cjson.null`, and what `cjson.decode` gives for JSON null: lua_pushlightuserdata(l, NULL). */
export const cjsonNull = new LightUserdata(0) as unknown as LuaValue;

// ---------------------------------------------------------------------------------------------------------------
// Lua C API pieces shared by cjson, cmsgpack, struct and bit

/** LUAI_MAXCSTACK: lua_checkstack fails when a C function would hold more slots than this. */
export const LUAI_MAXCSTACK = 8000;

/** luaL_typename(L, n): "no value" past the last argument. */
function argTypeName(args: LuaValue[], n: number): string {
  return n > args.length ? "no value" : typeName(args[n - 1]);
}

/** luaL_typerror: "bad argument #n to 'f' (number expected, got nil)". */
export function typeError(args: LuaValue[], n: number, fname: string, expected: string): LuaLibError {
  return argError(n, fname, `${expected} expected, got ${argTypeName(args, n)}`);
}

const scratch = new DataView(new ArrayBuffer(8));

/**
 * `%.{precision}g` as glibc prints a double (lua_number2str is `%.14g`): shortest of fixed or exponent form,
 * trailing zeros dropped, exact decimal ties rounded to even.
 */
export function formatG(x: number, precision: number): string {
  if (x !== x) {
    scratch.setFloat64(0, x);
    return scratch.getUint8(0) & 0x80 ? "-nan" : "nan";
  }
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const p = precision === 0 ? 1 : precision;
  const sign = x < 0 ? "-" : "";
  const a = x < 0 ? -x : x;
  const limit = 10 ** p;
  if (a < limit && a >= 1e-4) {
    // Fixed notation: JavaScript's shortest form is already %g's output when it has at most p digits.
    const s = String(a);
    let digits = s.length;
    if (a < 1) {
      let k = 2;
      while (s.charCodeAt(k) === 48) k++;
      digits -= k;
    } else if (!Number.isInteger(a)) digits--;
    if (digits <= p) return sign + s;
  }
  let [digits, exp] = (p <= 15 && a >= 2.2250738585072014e-308 && shortestDigits(a, p)) || roundToDigits(a, p);
  if (exp < -4 || exp >= p) {
    let mant = digits.replace(/0+$/, "");
    mant = mant.length > 1 ? mant[0] + "." + mant.slice(1) : mant;
    const e = exp < 0 ? -exp : exp;
    return `${sign}${mant}e${exp < 0 ? "-" : "+"}${e < 10 ? "0" : ""}${e}`;
  }
  let out: string;
  if (exp >= 0) {
    out = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
    const frac = digits.slice(exp + 1).replace(/0+$/, "");
    if (frac.length > 0) out += "." + frac;
  } else {
    digits = digits.replace(/0+$/, "");
    out = "0." + "0".repeat(-exp - 1) + digits;
  }
  return sign + out;
}

/**
 * The fast way to `%.{p}g`'s digits: when JavaScript's shortest round-trip form of `a` (a normal double > 0)
 * has at most `p` digits, they are the rounded ones, because for p <= 15 the double lies far closer to that
 * decimal than to any rounding boundary between p-digit decimals (subnormals have too few bits for this).
 * Null when it has more digits.
 */
function shortestDigits(a: number, p: number): [string, number] | null {
  const s = String(a);
  const e = s.indexOf("e");
  const mant = e < 0 ? s : s.slice(0, e);
  const dot = mant.indexOf(".");
  const intPart = dot < 0 ? mant : mant.slice(0, dot);
  let digits = dot < 0 ? mant : intPart + mant.slice(dot + 1);
  // The value is 0.digits * 10^point.
  let point = intPart.length + (e < 0 ? 0 : Number(s.slice(e + 1)));
  let lead = 0;
  while (digits.charCodeAt(lead) === 48) lead++;
  if (lead > 0) {
    digits = digits.slice(lead);
    point -= lead;
  }
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  if (end > p) return null;
  return [digits.slice(0, end), point - 1];
}

/** The first `p` significant decimal digits of `a` (> 0) rounded as glibc does, and the decimal exponent. */
function roundToDigits(a: number, p: number): [string, number] {
  const s = a.toExponential(p - 1);
  const e = s.indexOf("e");
  let digits = s[0] + s.slice(2, e);
  let exp = Number(s.slice(e + 1));
  // toExponential breaks exact ties away from zero; glibc breaks them to even. A tie needs the value to be
  // exactly p+1 digits ending in 5, which toExponential(p) then prints exactly.
  const t = a.toExponential(p);
  const te = t.indexOf("e");
  if (t[te - 1] === "5" && isExactly(a, t[0] + t.slice(2, te), Number(t.slice(te + 1)) - p)) {
    const truncated = t[0] + t.slice(2, te - 1);
    const texp = Number(t.slice(te + 1));
    if ((truncated.charCodeAt(truncated.length - 1) - 48) % 2 === 0) {
      digits = truncated;
      exp = texp;
    } else {
      [digits, exp] = incrementDigits(truncated, texp);
    }
  }
  return [digits, exp];
}

function incrementDigits(d: string, exp: number): [string, number] {
  const n = (BigInt(d) + 1n).toString();
  return n.length > d.length ? [n.slice(0, d.length), exp + 1] : [n, exp];
}

/** Whether the double `a` equals the decimal `digits` * 10^exp exactly. */
function isExactly(a: number, digits: string, exp: number): boolean {
  scratch.setFloat64(0, a);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (biased === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = biased - 1075;
  }
  let l = mant;
  let r = BigInt(digits);
  if (e2 >= 0) l <<= BigInt(e2);
  else r <<= BigInt(-e2);
  if (exp >= 0) r *= 10n ** BigInt(exp);
  else l *= 10n ** BigInt(-exp);
  return l === r;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

function matchesNoCase(s: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((s.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * glibc strtod on `s` from `start`: the value and where the parse stopped (`start` when nothing converted).
 * Accepts leading white space, a sign, decimal and hexadecimal (0x1.8p3) forms, inf, infinity and nan(...).
 * The string ends at its first NUL, as C sees it.
 */
export function strtod(s: string, start: number): [number, number] {
  const v = strtodAt(s, start);
  return [v, strtodEnd];
}

/** Where the last strtodAt stopped (its second result, kept here so a parse allocates no pair). */
let strtodEnd = 0;

/** strtod's value; where it stopped is in strtodEnd. */
function strtodAt(s: string, start: number): number {
  let i = start;
  while (isSpace(s.charCodeAt(i))) i++;
  let negative = false;
  let c = s.charCodeAt(i);
  if (c === 43 || c === 45) {
    negative = c === 45;
    c = s.charCodeAt(++i);
  }
  if (!isDigit(c) && c !== 46) {
    const [v, end] = strtodWord(s, start, i, negative);
    strtodEnd = end;
    return v;
  }
  if (c === 48 && (s.charCodeAt(i + 1) | 0x20) === 120) {
    const hex = hexFloat(s, i + 2);
    if (hex !== null) {
      strtodEnd = hex[1];
      return negative ? -hex[0] : hex[0];
    }
  }
  const digitsFrom = i;
  // Up to 15 significant digits and a power of ten within 10^22 make an exact integer and an exact double,
  // and one multiplication or division of two exact doubles rounds correctly: that is strtod's result with
  // no slice and Number() (Clinger's fast path). Plain integers are the commonest case of it.
  let mant = 0;
  while (isDigit(c)) {
    mant = mant * 10 + (c - 48);
    c = s.charCodeAt(++i);
  }
  const intDigits = i - digitsFrom;
  if (intDigits > 0 && intDigits <= 15 && c !== 46 && (c | 0x20) !== 101) {
    strtodEnd = i;
    return negative ? -mant : mant;
  }
  let fracDigits = 0;
  if (c === 46) {
    let j = i + 1;
    for (let d = s.charCodeAt(j); isDigit(d); d = s.charCodeAt(++j)) mant = mant * 10 + (d - 48);
    fracDigits = j - i - 1;
    if (intDigits > 0 || fracDigits > 0) i = j;
  }
  if (intDigits === 0 && fracDigits === 0) {
    strtodEnd = start;
    return 0;
  }
  let exp = 0;
  if ((s.charCodeAt(i) | 0x20) === 101) {
    let j = i + 1;
    const e = s.charCodeAt(j);
    if (e === 43 || e === 45) j++;
    if (isDigit(s.charCodeAt(j))) {
      for (let d = s.charCodeAt(j); isDigit(d); d = s.charCodeAt(++j)) if (exp < 100000) exp = exp * 10 + (d - 48);
      if (e === 45) exp = -exp;
      i = j;
    }
  }
  strtodEnd = i;
  const e10 = exp - fracDigits;
  if (intDigits + fracDigits <= 15 && e10 >= -22 && e10 <= 22) {
    const v = e10 < 0 ? mant / POW10[-e10] : mant * POW10[e10];
    return negative ? -v : v;
  }
  const v = Number(s.slice(digitsFrom, i));
  return negative ? -v : v;
}

/** 10^0 .. 10^22, every one an exact double. */
const POW10: number[] = [];
for (let k = 0, p = 1; k <= 22; k++, p *= 10) POW10.push(p);

/** strtod's words after the sign at `i`: inf, infinity, nan and nan(chars); nothing converted otherwise. */
function strtodWord(s: string, start: number, from: number, negative: boolean): [number, number] {
  let i = from;
  if (matchesNoCase(s, i, "inf")) {
    i += 3;
    if (matchesNoCase(s, i, "inity")) i += 5;
    return [negative ? -Infinity : Infinity, i];
  }
  if (matchesNoCase(s, i, "nan")) {
    i += 3;
    if (s.charCodeAt(i) === 40) {
      let j = i + 1;
      for (;;) {
        const c = s.charCodeAt(j);
        if (isDigit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 95) j++;
        else break;
      }
      if (s.charCodeAt(j) === 41) i = j + 1;
    }
    return [NaN, i];
  }
  return [0, start];
}

/** The part of a hexadecimal float after "0x", or null when no hex digit follows (strtod then reads "0"). */
function hexFloat(s: string, from: number): [number, number] | null {
  let i = from;
  let mant = 0n;
  let any = false;
  let scale = 0;
  for (let h = hexValue(s.charCodeAt(i)); h >= 0; h = hexValue(s.charCodeAt(++i))) {
    mant = (mant << 4n) | BigInt(h);
    any = true;
  }
  if (s.charCodeAt(i) === 46) {
    let j = i + 1;
    for (let h = hexValue(s.charCodeAt(j)); h >= 0; h = hexValue(s.charCodeAt(++j))) {
      mant = (mant << 4n) | BigInt(h);
      scale -= 4;
      any = true;
    }
    if (any) i = j;
  }
  if (!any) return null;
  if ((s.charCodeAt(i) | 0x20) === 112) {
    let j = i + 1;
    let neg = false;
    const c = s.charCodeAt(j);
    if (c === 43 || c === 45) {
      neg = c === 45;
      j++;
    }
    if (isDigit(s.charCodeAt(j))) {
      let e = 0;
      while (isDigit(s.charCodeAt(j))) {
        if (e < 100000) e = e * 10 + s.charCodeAt(j) - 48;
        j++;
      }
      scale += neg ? -e : e;
      i = j;
    }
  }
  if (mant === 0n) return [0, i];
  let v = Number(mant);
  while (scale > 0 && v !== Infinity) {
    const step = Math.min(scale, 1000);
    v *= 2 ** step;
    scale -= step;
  }
  while (scale < 0 && v !== 0) {
    const step = Math.max(scale, -1000);
    v *= 2 ** step;
    scale -= step;
  }
  return [v, i];
}

/** luaO_str2d: a whole string as a number (white space around allowed), or undefined. Stops at a NUL, as C. */
export function str2number(s: string): number | undefined {
  const nul = s.indexOf("\0");
  if (nul >= 0) s = s.slice(0, nul);
  let [v, end] = strtod(s, 0);
  if (end === 0) return undefined;
  const c = s.charCodeAt(end);
  if (c === 120 || c === 88) [v, end] = strtoul16(s);
  while (isSpace(s.charCodeAt(end))) end++;
  return end === s.length ? v : undefined;
}

/** strtoul(s, &end, 16), for luaO_str2d's "0x" retry. */
function strtoul16(s: string): [number, number] {
  let i = 0;
  while (isSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45) negative = s.charCodeAt(i++) === 45;
  if (s.charCodeAt(i) === 48 && (s.charCodeAt(i + 1) | 0x20) === 120 && hexValue(s.charCodeAt(i + 2)) >= 0) i += 2;
  const from = i;
  let v = 0n;
  while (hexValue(s.charCodeAt(i)) >= 0) v = (v << 4n) | BigInt(hexValue(s.charCodeAt(i++)));
  if (i === from) return [0, s.charCodeAt(from - 1) === 120 || s.charCodeAt(from - 1) === 88 ? from - 1 : 0];
  if (v > 0xffffffffffffffffn) v = 0xffffffffffffffffn;
  if (negative) v = BigInt.asUintN(64, -v);
  return [Number(v), i];
}

/** lua_tonumber: numbers, and strings that read as numbers; undefined otherwise. */
export function toNumber(v: LuaValue): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string") return str2number(v);
  return undefined;
}

/** lua_tolstring: strings, and numbers as `%.14g`; undefined otherwise. */
export function toLString(v: LuaValue): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatG(v, 14);
  return undefined;
}

/** luaL_checknumber. */
export function checkNumber(args: LuaValue[], n: number, fname: string): number {
  const v = toNumber(args[n - 1]);
  if (v === undefined) throw typeError(args, n, fname, "number");
  return v;
}

/**
 * lua_Number to lua_Integer as x86-64 converts (a truncating cast; NaN and values out of the 64-bit range
 * become INT64_MIN). Returned as a double, exact for every result except INT64_MIN's neighbours.
 */
export function toLuaInteger(d: number): number {
  if (d !== d || d >= 9223372036854775808 || d < -9223372036854775808) return -9223372036854775808;
  return Math.trunc(d);
}

/** luaL_checkinteger. */
export function checkInteger(args: LuaValue[], n: number, fname: string): number {
  return toLuaInteger(checkNumber(args, n, fname));
}

/** luaL_optinteger. */
export function optInteger(args: LuaValue[], n: number, fname: string, def: number): number {
  return args[n - 1] === undefined ? def : checkInteger(args, n, fname);
}

/** luaL_checklstring. */
export function checkString(args: LuaValue[], n: number, fname: string): string {
  const s = toLString(args[n - 1]);
  if (s === undefined) throw typeError(args, n, fname, "string");
  return s;
}

/** A C string view of a Lua string: up to its first NUL (what strcmp, `%s` and format parsers see). */
export function cString(s: string): string {
  const nul = s.indexOf("\0");
  return nul < 0 ? s : s.slice(0, nul);
}

// ---------------------------------------------------------------------------------------------------------------
// Configuration (json_config_t)

const DEFAULT_SPARSE_CONVERT = 0;
const DEFAULT_SPARSE_RATIO = 2;
const DEFAULT_SPARSE_SAFE = 10;
const DEFAULT_ENCODE_MAX_DEPTH = 1000;
const DEFAULT_DECODE_MAX_DEPTH = 1000;
const DEFAULT_ENCODE_INVALID_NUMBERS = 0;
const DEFAULT_DECODE_INVALID_NUMBERS = 1;
const DEFAULT_ENCODE_KEEP_BUFFER = 1;
const DEFAULT_ENCODE_NUMBER_PRECISION = 14;
const INT_MAX = 2147483647;

interface JsonConfig {
  encodeSparseConvert: number;
  encodeSparseRatio: number;
  encodeSparseSafe: number;
  encodeMaxDepth: number;
  /** 0 refuse, 1 encode (inf, nan), 2 as null. */
  encodeInvalidNumbers: number;
  encodeNumberPrecision: number;
  encodeKeepBuffer: number;
  decodeInvalidNumbers: number;
  decodeMaxDepth: number;
}

function newConfig(): JsonConfig {
  return {
    encodeSparseConvert: DEFAULT_SPARSE_CONVERT,
    encodeSparseRatio: DEFAULT_SPARSE_RATIO,
    encodeSparseSafe: DEFAULT_SPARSE_SAFE,
    encodeMaxDepth: DEFAULT_ENCODE_MAX_DEPTH,
    encodeInvalidNumbers: DEFAULT_ENCODE_INVALID_NUMBERS,
    encodeNumberPrecision: DEFAULT_ENCODE_NUMBER_PRECISION,
    encodeKeepBuffer: DEFAULT_ENCODE_KEEP_BUFFER,
    decodeInvalidNumbers: DEFAULT_DECODE_INVALID_NUMBERS,
    decodeMaxDepth: DEFAULT_DECODE_MAX_DEPTH,
  };
}

type IntSetting =
  | "encodeSparseRatio"
  | "encodeSparseSafe"
  | "encodeMaxDepth"
  | "decodeMaxDepth"
  | "encodeNumberPrecision";
type EnumSetting = "encodeSparseConvert" | "encodeKeepBuffer" | "encodeInvalidNumbers" | "decodeInvalidNumbers";

/** json_arg_init: at most `count` arguments. */
function argInit(args: LuaValue[], count: number, fname: string): void {
  if (args.length > count) throw argError(count + 1, fname, "found too many arguments");
}

/** json_integer_option: sets the option when given (the range error always names argument #1, as C does). */
function integerOption(
  args: LuaValue[],
  n: number,
  fname: string,
  cfg: JsonConfig,
  key: IntSetting,
  min: number,
  max: number,
): number {
  if (args[n - 1] !== undefined) {
    const value = checkInteger(args, n, fname) | 0; // lua_Integer stored into a C int
    if (!(min <= value && value <= max)) {
      throw argError(1, fname, `expected integer between ${min} and ${max}`);
    }
    cfg[key] = value;
  }
  return cfg[key];
}

const BOOL_OPTIONS = ["off", "on"];

/** json_enum_option with bool_true 1: a boolean, or one of the option names (luaL_checkoption). */
function enumOption(
  args: LuaValue[],
  n: number,
  fname: string,
  cfg: JsonConfig,
  key: EnumSetting,
  options: string[],
): LuaValue {
  const v = args[n - 1];
  if (v !== undefined) {
    if (typeof v === "boolean") cfg[key] = v ? 1 : 0;
    else {
      const name = cString(checkString(args, n, fname));
      const i = options.indexOf(name);
      if (i < 0) throw argError(n, fname, `invalid option '${name}'`);
      cfg[key] = i;
    }
  }
  const setting = cfg[key];
  return setting === 0 || setting === 1 ? setting === 1 : options[setting];
}

// ---------------------------------------------------------------------------------------------------------------
// Encoding

const char2escape: (string | null)[] = [];
for (let c = 0; c < 256; c++) {
  char2escape.push(c < 0x20 || c === 0x7f ? "\\u" + c.toString(16).padStart(4, "0") : null);
}
char2escape[8] = "\\b";
char2escape[9] = "\\t";
char2escape[10] = "\\n";
char2escape[12] = "\\f";
char2escape[13] = "\\r";
char2escape[34] = '\\"';
char2escape[47] = "\\/";
char2escape[92] = "\\\\";

const NEEDS_ESCAPE = /[\x00-\x1f"\/\\\x7f]/;

/** json_append_string. */
function encodeString(s: string): string {
  // Short strings (most keys and values) are checked by a loop: a regular expression's call costs more there.
  let i = 0;
  if (s.length <= 32) {
    while (i < s.length && char2escape[s.charCodeAt(i)] === null) i++;
    if (i === s.length) return '"' + s + '"';
  } else if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let from = 0;
  for (; i < s.length; i++) {
    const esc = char2escape[s.charCodeAt(i)];
    if (esc === null || esc === undefined) continue;
    out += s.slice(from, i) + esc;
    from = i + 1;
  }
  return out + s.slice(from) + '"';
}

function encodeException(v: LuaValue, reason: string): LuaLibError {
  return new LuaLibError(`Cannot serialise ${typeName(v)}: ${reason}`);
}

/** json_append_number. */
function encodeNumber(cfg: JsonConfig, num: number): string {
  if (cfg.encodeInvalidNumbers === 0) {
    if (num !== num || num === Infinity || num === -Infinity) throw encodeException(num, "must not be NaN or Inf");
  } else if (cfg.encodeInvalidNumbers === 1) {
    if (num !== num) return "nan";
  } else if (num !== num || num === Infinity || num === -Infinity) {
    return "null";
  }
  return formatG(num, cfg.encodeNumberPrecision);
}

/** A C double stored into an int on x86-64: out of range gives INT_MIN. */
function doubleToCInt(d: number): number {
  return d >= 2147483648 || d < -2147483648 || d !== d ? -2147483648 : Math.trunc(d);
}

/**
 * lua_array_length: the array size when every key is a positive integer (-1 for an object), refusing or
 * converting excessively sparse arrays as configured.
 */
function arrayLength(cfg: JsonConfig, t: LuaTable): number {
  // The array part's keys are 1..n; only the hash part can hold keys that make the table an object.
  const a = t.arr;
  let max = a.length;
  let items = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== undefined) items++;
  for (let slot = 0, n = t.hashSlots(); slot < n; slot++) {
    if (t.hashValueAt(slot) === undefined) continue;
    const k = t.hashKeyAt(slot);
    if (typeof k === "number" && Math.floor(k) === k && k >= 1) {
      if (k > max) max = doubleToCInt(k);
      items++;
      continue;
    }
    return -1;
  }
  if (cfg.encodeSparseRatio > 0 && max > Math.imul(items, cfg.encodeSparseRatio) && max > cfg.encodeSparseSafe) {
    if (!cfg.encodeSparseConvert) throw encodeException(t, "excessively sparse array");
    return -1;
  }
  return max;
}

/**
 * A table being written: an array (`len` elements, `i` written so far) or an object (`i` the traversal's
 * position: the array part's slots, then the hash part's; `members` written so far).
 */
interface EncodeFrame {
  t: LuaTable;
  len: number;
  i: number;
  members: number;
  /** The table's nesting depth (json_append_data's current_depth). */
  depth: number;
  /** Lua stack slots the C code holds while inside this table. */
  top: number;
}

/** The value of the member nextMember found last (a second result without allocating a pair). */
let memberValue: LuaValue = undefined;

/** The next key of an object frame's traversal (lua_next's order), its value in memberValue; undefined at the end. */
function nextMember(f: EncodeFrame): LuaValue {
  const t = f.t;
  const a = t.arr;
  for (;;) {
    const p = f.i++;
    if (p < a.length) {
      if (a[p] === undefined) continue;
      memberValue = a[p];
      return p + 1;
    }
    const slot = p - a.length;
    if (slot >= t.hashSlots()) return undefined;
    const value = t.hashValueAt(slot);
    if (value === undefined) continue;
    memberValue = value;
    return t.hashKeyAt(slot);
  }
}

/**
 * String keys this encode has written, with their JSON text and colon: a document of many objects repeats
 * a few keys, each then scanned for escapes and joined once. Emptied at the start and end of each encode.
 */
const encodedKeys = new Map<string, string>();

/** A string key's JSON text followed by ":". */
function encodeKey(key: string): string {
  let json = encodedKeys.get(key);
  if (json === undefined) {
    json = encodeString(key) + ":";
    if (key.length <= 64) encodedKeys.set(key, json);
  }
  return json;
}

/** json_append_data for a value other than a table. */
function encodeScalar(cfg: JsonConfig, v: LuaValue): string {
  switch (typeof v) {
    case "string":
      return encodeString(v);
    case "number":
      return encodeNumber(cfg, v);
    case "boolean":
      return v ? "true" : "false";
    case "undefined":
      return "null";
  }
  if (v instanceof LightUserdata && v.address === 0) return "null";
  throw encodeException(v, "type not supported");
}

/**
 * json_encode: json_append_data's recursion made a loop over an explicit stack, so nesting as deep as the C
 * allows (thousands of levels when encode_max_depth is raised) never exhausts the JavaScript stack. `top`
 * counts the Lua stack slots the C holds (the argument, then one per array level and two per object level
 * for key and value): its lua_checkstack(l, 3) fails past LUAI_MAXCSTACK, so deep nesting ends where C's does.
 */
function encode(cfg: JsonConfig, value: LuaValue): string {
  if (encodedKeys.size > 0) encodedKeys.clear();
  let out = "";
  const stack: EncodeFrame[] = [];
  let v = value;
  let depth = 0;
  let top = 1;
  for (;;) {
    if (v instanceof LuaTable) {
      depth++;
      if (!(depth <= cfg.encodeMaxDepth && top + 3 <= LUAI_MAXCSTACK)) {
        throw new LuaLibError(`Cannot serialise, excessive nesting (${depth})`);
      }
      const len = arrayLength(cfg, v);
      out += len > 0 ? "[" : "{";
      stack.push({ t: v, len, i: 0, members: 0, depth, top });
    } else {
      out += encodeScalar(cfg, v);
    }
    // Find the next value to write, closing the tables that are done.
    for (;;) {
      const f = stack[stack.length - 1];
      if (f === undefined) {
        if (encodedKeys.size > 0) encodedKeys.clear();
        return out;
      }
      if (f.len > 0) {
        if (f.i === f.len) {
          out += "]";
          stack.pop();
          continue;
        }
        if (f.i++ > 0) out += ",";
        v = f.t.get(f.i);
        top = f.top + 1;
      } else {
        const member = nextMember(f);
        if (member === undefined) {
          out += "}";
          stack.pop();
          continue;
        }
        if (f.members++ > 0) out += ",";
        if (typeof member === "number") out += '"' + encodeNumber(cfg, member) + '":';
        else if (typeof member === "string") out += encodeKey(member);
        else throw encodeException(member, "table key must be a number or string");
        v = memberValue;
        top = f.top + 2;
      }
      depth = f.depth;
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Decoding

// Typed `number`, not literal types, so TypeScript does not narrow json.type across nextToken calls.
const T_OBJ_BEGIN: number = 0;
const T_OBJ_END: number = 1;
const T_ARR_BEGIN: number = 2;
const T_ARR_END: number = 3;
const T_STRING: number = 4;
const T_NUMBER: number = 5;
const T_BOOLEAN: number = 6;
const T_NULL: number = 7;
const T_COLON: number = 8;
const T_COMMA: number = 9;
const T_END: number = 10;
const T_WHITESPACE: number = 11;
const T_ERROR: number = 12;
const T_UNKNOWN: number = 13;

const tokenTypeName = [
  "T_OBJ_BEGIN",
  "T_OBJ_END",
  "T_ARR_BEGIN",
  "T_ARR_END",
  "T_STRING",
  "T_NUMBER",
  "T_BOOLEAN",
  "T_NULL",
  "T_COLON",
  "T_COMMA",
  "T_END",
  "T_WHITESPACE",
  "T_ERROR",
  "T_UNKNOWN",
];

const ch2token = new Uint8Array(256).fill(T_ERROR);
ch2token[0x7b] = T_OBJ_BEGIN;
ch2token[0x7d] = T_OBJ_END;
ch2token[0x5b] = T_ARR_BEGIN;
ch2token[0x5d] = T_ARR_END;
ch2token[0x2c] = T_COMMA;
ch2token[0x3a] = T_COLON;
ch2token[0] = T_END;
for (const c of " \t\n\r") ch2token[c.charCodeAt(0)] = T_WHITESPACE;
for (const c of 'fiInNt"+-0123456789') ch2token[c.charCodeAt(0)] = T_UNKNOWN;

const escape2char = new Uint8Array(256);
escape2char[0x22] = 0x22;
escape2char[0x5c] = 0x5c;
escape2char[0x2f] = 0x2f;
escape2char[0x62] = 8;
escape2char[0x74] = 9;
escape2char[0x6e] = 10;
escape2char[0x66] = 12;
escape2char[0x72] = 13;
escape2char[0x75] = 0x75;

/** The parser state (json_parse_t) and the current token (json_token_t) in one. */
interface JsonParse {
  cfg: JsonConfig;
  /**
   * The text. C reads a NUL after it; here reading past the end gives NaN, which the readers that can get
   * there turn into 0 (`| 0`) or treat as no digit, letter or quote, as they treat NUL.
   */
  data: string;
  ptr: number;
  depth: number;
  type: number;
  /** Token start (0 based). */
  index: number;
  /**
   * A string token's text, or the error text for T_ERROR. A string without escapes is not sliced out
   * until it is used (tokenString, objectKey): `strFrom`..`strTo` in `data` then, `strFrom` -1 otherwise.
   */
  str: string;
  strFrom: number;
  strTo: number;
  num: number;
  bool: boolean;
  /** Where the next backslash and NUL are at or after a position already scanned (see nextStringToken). */
  nextBackslash: number;
  nextNul: number;
}

function setTokenError(json: JsonParse, errtype: string): void {
  json.type = T_ERROR;
  json.index = json.ptr;
  json.str = errtype;
}

/** decode_hex4: four hex digits at `at`, or -1. */
function decodeHex4(s: string, at: number): number {
  let v = 0;
  for (let i = 0; i < 4; i++) {
    const d = hexValue(s.charCodeAt(at + i));
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
}

/** codepoint_to_utf8 (bytes as chars); the empty string for code points past 0x1FFFFF. */
function codepointToUtf8(cp: number): string {
  if (cp <= 0x7f) return String.fromCharCode(cp);
  if (cp <= 0x7ff) return String.fromCharCode((cp >> 6) | 0xc0, (cp & 0x3f) | 0x80);
  if (cp <= 0xffff) {
    return String.fromCharCode((cp >> 12) | 0xe0, ((cp >> 6) & 0x3f) | 0x80, (cp & 0x3f) | 0x80);
  }
  if (cp <= 0x1fffff) {
    return String.fromCharCode(
      (cp >> 18) | 0xf0,
      ((cp >> 12) & 0x3f) | 0x80,
      ((cp >> 6) & 0x3f) | 0x80,
      (cp & 0x3f) | 0x80,
    );
  }
  return "";
}

/** json_append_unicode_escape at json.ptr (a backslash): the UTF-8 bytes and the escape's length, or null. */
function unicodeEscape(json: JsonParse): [string, number] | null {
  const s = json.data;
  let escapeLen = 6;
  let cp = decodeHex4(s, json.ptr + 2);
  if (cp < 0) return null;
  if ((cp & 0xf800) === 0xd800) {
    if (cp & 0x400) return null;
    if (s.charCodeAt(json.ptr + escapeLen) !== 0x5c || s.charCodeAt(json.ptr + escapeLen + 1) !== 0x75) return null;
    const low = decodeHex4(s, json.ptr + 2 + escapeLen);
    if (low < 0 || (low & 0xfc00) !== 0xdc00) return null;
    cp = (((cp & 0x3ff) << 10) | (low & 0x3ff)) + 0x10000;
    escapeLen = 12;
  }
  const utf8 = codepointToUtf8(cp);
  return utf8 === "" ? null : [utf8, escapeLen];
}

/** The position of `c` in `s` from `from`, or the string's length. */
function indexOrEnd(s: string, c: string, from: number): number {
  const i = s.indexOf(c, from);
  return i < 0 ? s.length : i;
}

/** json_next_string_token, json.ptr at the opening quote. */
function nextStringToken(json: JsonParse): void {
  const s = json.data;
  json.ptr++;
  // Most strings have no escape and no NUL: find the closing quote with indexOf and take the text as one slice.
  // The next backslash and NUL positions are remembered (they only move forward), so this stays linear.
  const quote = s.indexOf('"', json.ptr);
  if (json.nextBackslash < json.ptr) json.nextBackslash = indexOrEnd(s, "\\", json.ptr);
  if (json.nextNul < json.ptr) json.nextNul = indexOrEnd(s, "\0", json.ptr);
  if (quote >= 0 && quote < json.nextBackslash && quote < json.nextNul) {
    json.strFrom = json.ptr;
    json.strTo = quote;
    json.ptr = quote + 1;
    json.type = T_STRING;
    return;
  }
  let out = "";
  let from = json.ptr;
  for (;;) {
    const ch = s.charCodeAt(json.ptr) | 0; // past the end: NaN | 0, the NUL C finds there
    if (ch === 0x22) break;
    if (ch === 0) {
      setTokenError(json, "unexpected end of string");
      return;
    }
    if (ch !== 0x5c) {
      json.ptr++;
      continue;
    }
    out += s.slice(from, json.ptr);
    const esc = escape2char[s.charCodeAt(json.ptr + 1) | 0];
    if (esc === 0x75) {
      const u = unicodeEscape(json);
      if (u === null) {
        setTokenError(json, "invalid unicode escape code");
        return;
      }
      out += u[0];
      json.ptr += u[1];
    } else if (esc === 0) {
      setTokenError(json, "invalid escape code");
      return;
    } else {
      out += String.fromCharCode(esc);
      json.ptr += 2;
    }
    from = json.ptr;
  }
  out += s.slice(from, json.ptr);
  json.ptr++;
  json.type = T_STRING;
  json.str = out;
  json.strFrom = -1;
}

/** json_is_invalid_number: forms strtod takes that strict JSON does not (+1, 0x1F, 007, inf, nan). */
function isInvalidNumber(json: JsonParse): boolean {
  const s = json.data;
  let p = json.ptr;
  if (s.charCodeAt(p) === 0x2b) return true;
  if (s.charCodeAt(p) === 0x2d) p++;
  const c = s.charCodeAt(p);
  if (c === 0x30) {
    const ch2 = s.charCodeAt(p + 1);
    return (ch2 | 0x20) === 0x78 || isDigit(ch2);
  }
  if (c <= 0x39) return false;
  return matchesNoCase(s, p, "inf") || matchesNoCase(s, p, "nan");
}

function nextNumberToken(json: JsonParse): void {
  json.type = T_NUMBER;
  const value = strtodAt(json.data, json.ptr);
  if (strtodEnd === json.ptr) setTokenError(json, "invalid number");
  else {
    json.num = value;
    json.ptr = strtodEnd;
  }
}

/** json_next_token. */
function nextToken(json: JsonParse): void {
  const s = json.data;
  let ch: number;
  for (;;) {
    ch = s.charCodeAt(json.ptr) | 0; // past the end: NaN | 0, the NUL C finds there (T_END)
    json.type = ch2token[ch];
    if (json.type !== T_WHITESPACE) break;
    json.ptr++;
  }
  json.index = json.ptr;
  if (json.type === T_ERROR) {
    setTokenError(json, "invalid token");
    return;
  }
  if (json.type === T_END) return;
  if (json.type !== T_UNKNOWN) {
    json.ptr++;
    return;
  }
  if (ch === 0x22) {
    nextStringToken(json);
  } else if (ch === 0x2d || isDigit(ch)) {
    if (!json.cfg.decodeInvalidNumbers && isInvalidNumber(json)) setTokenError(json, "invalid number");
    else nextNumberToken(json);
  } else if (s.startsWith("true", json.ptr)) {
    json.type = T_BOOLEAN;
    json.bool = true;
    json.ptr += 4;
  } else if (s.startsWith("false", json.ptr)) {
    json.type = T_BOOLEAN;
    json.bool = false;
    json.ptr += 5;
  } else if (s.startsWith("null", json.ptr)) {
    json.type = T_NULL;
    json.ptr += 4;
  } else if (json.cfg.decodeInvalidNumbers && isInvalidNumber(json)) {
    nextNumberToken(json);
  } else {
    setTokenError(json, "invalid token");
  }
}

function parseError(json: JsonParse, expected: string): LuaLibError {
  const found = json.type === T_ERROR ? json.str : tokenTypeName[json.type];
  return new LuaLibError(`Expected ${expected} but found ${found} at character ${json.index + 1}`);
}

/** json_decode_descend: the nesting limit, and lua_checkstack's (`top` slots held, `slots` more wanted). */
function descend(json: JsonParse, top: number, slots: number): void {
  json.depth++;
  if (json.depth <= json.cfg.decodeMaxDepth && top + slots <= LUAI_MAXCSTACK) return;
  throw new LuaLibError(`Found too many nested data structures (${json.depth}) at character ${json.ptr}`);
}

// The tables being read, as stacks shared by every decode (decoding calls no Lua, so it never re-enters):
// an array's elements and an object's values wait in `decodeValues`, an object's keys in `decodeKeys`, until
// the closing bracket; then each table takes its entries as one exactly sized array (LuaTable.fromArray /
// fromHash) instead of growing its parts a push at a time. Per open table, four numbers in `decodeFrames`:
// where its values and keys start, the Lua stack slots the C code held when it opened it, and 1 for an object.
// The stacks' tops are kept in variables, not in `length` (V8 sets an array's length in a slow builtin);
// entries above the tops are stale until decode clears the arrays at its end.
const decodeValues: LuaValue[] = [];
const decodeKeys: LuaValue[] = [];
const decodeFrames: number[] = [];

/**
 * Object keys read so far in this decode, by a hash of their text: an array of objects repeats the same few
 * keys, and each one found here is a string not sliced again (nor compared by content in table lookups,
 * being the same string). Emptied at the end of each decode, so it keeps no text alive.
 */
const KEY_CACHE_SIZE = 256;
const keyCache: (string | undefined)[] = new Array(KEY_CACHE_SIZE).fill(undefined);
let keyCacheUsed = false;

/** `s.slice(from, to)`, or the equal key this decode has already sliced. */
function internKey(s: string, from: number, to: number): string {
  const len = to - from;
  if (len > 32) return s.slice(from, to);
  let h = len;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  const slot = h & (KEY_CACHE_SIZE - 1);
  const cached = keyCache[slot];
  if (cached !== undefined && cached.length === len) {
    let i = 0;
    while (i < len && cached.charCodeAt(i) === s.charCodeAt(from + i)) i++;
    if (i === len) return cached;
  }
  const key = s.slice(from, to);
  keyCache[slot] = key;
  keyCacheUsed = true;
  return key;
}

/** Reads "key" ":" of an object member, leaving the value's first token current. */
function objectKey(json: JsonParse): string {
  if (json.type !== T_STRING) throw parseError(json, "object key string");
  const key = json.strFrom < 0 ? json.str : internKey(json.data, json.strFrom, json.strTo);
  nextToken(json);
  if (json.type !== T_COLON) throw parseError(json, "colon");
  nextToken(json);
  return key;
}

/** The object whose members are values[valueBase..valueTop) and keys[keyBase..): each lua_rawset in turn. */
function objectFrom(valueBase: number, valueTop: number, keyBase: number): LuaTable {
  const keys = decodeKeys.slice(keyBase, keyBase + valueTop - valueBase);
  const vals = decodeValues.slice(valueBase, valueTop);
  const t = LuaTable.fromHash(keys, vals);
  if (t !== null) return t;
  // A key repeats: the later value replaces the earlier one, which keeps its place.
  const u = new LuaTable();
  for (let i = 0; i < keys.length; i++) u.set(keys[i], vals[i]);
  return u;
}

/**
 * json_process_value with json_parse_object_context and json_parse_array_context, the recursion made a loop
 * over explicit stacks so deep nesting never exhausts the JavaScript stack. `top` counts the Lua stack slots
 * C holds (the argument, then a table per array level, a table and a key per object level) for
 * json_decode_descend's lua_checkstack, which ends deep nesting before decode_max_depth can when that is high.
 */
function parseValue(json: JsonParse): LuaValue {
  const values = decodeValues;
  const keys = decodeKeys;
  const frames = decodeFrames;
  let valueTop = 0;
  let keyTop = 0;
  let frameTop = 0;
  let top = 1;
  for (;;) {
    let value: LuaValue;
    switch (json.type) {
      case T_STRING:
        value = json.strFrom < 0 ? json.str : json.data.slice(json.strFrom, json.strTo);
        break;
      case T_NUMBER:
        value = json.num;
        break;
      case T_BOOLEAN:
        value = json.bool;
        break;
      case T_NULL:
        value = cjsonNull;
        break;
      case T_OBJ_BEGIN:
      case T_ARR_BEGIN: {
        const isObject = json.type === T_OBJ_BEGIN;
        descend(json, top, isObject ? 3 : 2);
        nextToken(json);
        if (json.type === (isObject ? T_OBJ_END : T_ARR_END)) {
          json.depth--;
          value = new LuaTable();
          break;
        }
        frames[frameTop] = valueTop;
        frames[frameTop + 1] = keyTop;
        frames[frameTop + 2] = top;
        frames[frameTop + 3] = isObject ? 1 : 0;
        frameTop += 4;
        if (isObject) {
          keys[keyTop++] = objectKey(json);
          top += 2;
        } else top += 1;
        continue;
      }
      default:
        throw parseError(json, "value");
    }
    // Store the value in the tables it completes, until one needs another value.
    for (;;) {
      if (frameTop === 0) return value;
      nextToken(json);
      const isObject = frames[frameTop - 1] === 1;
      const valueBase = frames[frameTop - 4];
      // lua_rawseti past the array part's limit: Lua's memory error, as LuaTable.set raises it.
      if (!isObject && valueTop - valueBase >= tableLimits.arrayPart) throw new LuaError("not enough memory");
      values[valueTop++] = value;
      if (json.type === (isObject ? T_OBJ_END : T_ARR_END)) {
        json.depth--;
        const keyBase = frames[frameTop - 3];
        value = isObject
          ? objectFrom(valueBase, valueTop, keyBase)
          : LuaTable.fromArray(values.slice(valueBase, valueTop));
        valueTop = valueBase;
        keyTop = keyBase;
        top = frames[frameTop - 2];
        frameTop -= 4;
        continue;
      }
      if (json.type !== T_COMMA) throw parseError(json, isObject ? "comma or object end" : "comma or array end");
      nextToken(json);
      if (isObject) keys[keyTop++] = objectKey(json);
      break;
    }
  }
}

/** json_decode. */
function decode(cfg: JsonConfig, args: LuaValue[]): LuaValue {
  if (args.length !== 1) throw argError(1, "decode", "expected 1 argument");
  const text = checkString(args, 1, "decode");
  if (text.length >= 2 && (text.charCodeAt(0) === 0 || text.charCodeAt(1) === 0)) {
    throw new LuaLibError("JSON parser does not support UTF-16 or UTF-32");
  }
  const json: JsonParse = {
    cfg,
    data: text,
    ptr: 0,
    depth: 0,
    type: T_END,
    index: 0,
    str: "",
    strFrom: -1,
    strTo: -1,
    num: 0,
    bool: false,
    nextBackslash: -1,
    nextNul: -1,
  };
  nextToken(json);
  let value: LuaValue;
  try {
    value = parseValue(json);
  } finally {
    // After an error the stacks still hold the partial tables: drop them.
    decodeValues.length = 0;
    decodeKeys.length = 0;
    decodeFrames.length = 0;
    if (keyCacheUsed) {
      keyCache.fill(undefined);
      keyCacheUsed = false;
    }
  }
  nextToken(json);
  if (json.type !== T_END) throw parseError(json, "the end");
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// The module table

/** lua_cjson_new: a module table with its own configuration (what `cjson.new()` returns too). */
export function openCjson(): LuaTable {
  const cfg = newConfig();
  const t = new LuaTable();
  const fn = (name: string, impl: (args: LuaValue[]) => LuaValue[]): void => {
    t.set(name, new NativeFunction(name, impl));
  };
  fn("encode", (args) => {
    if (args.length !== 1) throw argError(1, "encode", "expected 1 argument");
    return [encode(cfg, args[0])];
  });
  fn("decode", (args) => [decode(cfg, args)]);
  fn("encode_sparse_array", (args) => {
    const f = "encode_sparse_array";
    argInit(args, 3, f);
    return [
      enumOption(args, 1, f, cfg, "encodeSparseConvert", BOOL_OPTIONS),
      integerOption(args, 2, f, cfg, "encodeSparseRatio", 0, INT_MAX),
      integerOption(args, 3, f, cfg, "encodeSparseSafe", 0, INT_MAX),
    ];
  });
  const intOption = (name: string, key: IntSetting, min: number, max: number): void => {
    fn(name, (args) => {
      argInit(args, 1, name);
      return [integerOption(args, 1, name, cfg, key, min, max)];
    });
  };
  intOption("encode_max_depth", "encodeMaxDepth", 1, INT_MAX);
  intOption("decode_max_depth", "decodeMaxDepth", 1, INT_MAX);
  intOption("encode_number_precision", "encodeNumberPrecision", 1, 14);
  const enumOpt = (name: string, key: EnumSetting, options: string[]): void => {
    fn(name, (args) => {
      argInit(args, 1, name);
      return [enumOption(args, 1, name, cfg, key, options)];
    });
  };
  // Keeping the buffer or not changes only allocation in C: nothing a script can observe.
  enumOpt("encode_keep_buffer", "encodeKeepBuffer", BOOL_OPTIONS);
  enumOpt("encode_invalid_numbers", "encodeInvalidNumbers", ["off", "on", "null"]);
  enumOpt("decode_invalid_numbers", "decodeInvalidNumbers", BOOL_OPTIONS);
  fn("new", () => [openCjson()]);
  t.set("null", cjsonNull);
  t.set("_NAME", "cjson");
  t.set("_VERSION", "2.1.0");
  return t;
}
