/**
 * Byte strings. Keys and values are binary-safe: a Redis byte string is held as a JS string whose every
 * char code is one byte (0-255). One-byte strings are V8's most compact form and the natural Map key
 * (see the memory table in the architecture notes). `TextDecoder("latin1")` is windows-1252 and must not
 * be used here; String.fromCharCode over the bytes is exact.
 */

/** Optional fast paths a host may supply (Node, Bun and Deno have native latin1 codecs). */
export interface ByteCodec {
  /** Bytes [start, end) of `buf` as a byte string. */
  decode(buf: Uint8Array, start: number, end: number): string;
  /**
   * The length from which `decode` beats the inline code (a direct fromCharCode call per length, up to 32
   * bytes): about 33 on V8 (Node, Deno), where a native call costs ~70 ns; 2 on JavaScriptCore (Bun),
   * whose native latin1 decode is ~35 ns at any length. Default 33.
   */
  decodeFrom?: number;
  /** Writes the byte string `s` into `buf` at `offset`; returns the number of bytes written. */
  encodeInto(s: string, buf: Uint8Array, offset: number): number;
}

const CHUNK = 8192;

/**
 * Short byte strings (keys, small values, command names) are decoded with one direct String.fromCharCode
 * call per length: about five times faster than `apply` over a subarray, and the result is a flat string.
 */
// deno-fmt-ignore: one fromCharCode call per length, a row each, reads better than 500 lines of one-per-line arguments
function decodeShort(b: Uint8Array, s: number, n: number): string {
  switch (n) {
    case 0:
      return "";
    case 1:
      return String.fromCharCode(b[s]);
    case 2:
      return String.fromCharCode(b[s], b[s + 1]);
    case 3:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2]);
    case 4:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3]);
    case 5:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4]);
    case 6:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5]);
    case 7:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6]);
    case 8:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7]);
    case 9:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8]);
    case 10:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9]);
    case 11:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10]);
    case 12:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11]);
    case 13:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12]);
    case 14:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13]);
    case 15:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14]);
    case 16:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15]);
    case 17:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16]);
    case 18:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17]);
    case 19:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18]);
    case 20:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19]);
    case 21:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19], b[s + 20]);
    case 22:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19], b[s + 20], b[s + 21]);
    case 23:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19], b[s + 20], b[s + 21], b[s + 22]);
    case 24:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19], b[s + 20], b[s + 21], b[s + 22], b[s + 23]);
    case 25:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19], b[s + 20], b[s + 21], b[s + 22], b[s + 23], b[s + 24]);
    case 26:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19], b[s + 20], b[s + 21], b[s + 22], b[s + 23], b[s + 24], b[s + 25]);
    case 27:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19], b[s + 20], b[s + 21], b[s + 22], b[s + 23], b[s + 24], b[s + 25], b[s + 26]);
    case 28:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19], b[s + 20], b[s + 21], b[s + 22], b[s + 23], b[s + 24], b[s + 25], b[s + 26], b[s + 27]);
    case 29:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19], b[s + 20], b[s + 21], b[s + 22], b[s + 23], b[s + 24], b[s + 25], b[s + 26], b[s + 27], b[s + 28]);
    case 30:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19], b[s + 20], b[s + 21], b[s + 22], b[s + 23], b[s + 24], b[s + 25], b[s + 26], b[s + 27], b[s + 28], b[s + 29]);
    case 31:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19], b[s + 20], b[s + 21], b[s + 22], b[s + 23], b[s + 24], b[s + 25], b[s + 26], b[s + 27], b[s + 28], b[s + 29], b[s + 30]);
    case 32:
      return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7], b[s + 8], b[s + 9], b[s + 10], b[s + 11], b[s + 12], b[s + 13], b[s + 14], b[s + 15], b[s + 16], b[s + 17], b[s + 18], b[s + 19], b[s + 20], b[s + 21], b[s + 22], b[s + 23], b[s + 24], b[s + 25], b[s + 26], b[s + 27], b[s + 28], b[s + 29], b[s + 30], b[s + 31]);
    default:
      return decodeLong(b, s, s + n);
  }
}

function decodeLong(buf: Uint8Array, start: number, end: number): string {
  const len = end - start;
  if (len <= CHUNK) {
    return String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
  }
  // Array.join yields a flat string; `+=` would leave a rope (see architecture notes).
  const parts: string[] = [];
  for (let i = start; i < end; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, buf.subarray(i, Math.min(end, i + CHUNK)) as unknown as number[]));
  }
  return parts.join("");
}

function decodePure(buf: Uint8Array, start: number, end: number): string {
  return decodeShort(buf, start, end - start);
}

function encodeIntoPure(s: string, buf: Uint8Array, offset: number): number {
  const n = s.length;
  for (let i = 0; i < n; i++) buf[offset + i] = s.charCodeAt(i);
  return n;
}

let codec: ByteCodec = { decode: decodePure, encodeInto: encodeIntoPure };
/** From this length on the host codec (a native call) is used; below it the inline code is faster. */
let nativeDecodeFrom = 33;
const NATIVE_ENCODE_FROM = 64;

/** Lets a host install native byte codecs. Both must be exact byte-for-char mappings. */
export function setByteCodec(c: ByteCodec): void {
  codec = c;
  nativeDecodeFrom = c.decodeFrom ?? 33;
}

export function bytesToStr(buf: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n < nativeDecodeFrom) return decodeShort(buf, start, n);
  return codec.decode(buf, start, end);
}

export function strIntoBytes(s: string, buf: Uint8Array, offset: number): number {
  if (s.length < NATIVE_ENCODE_FROM) return encodeIntoPure(s, buf, offset);
  return codec.encodeInto(s, buf, offset);
}

/** A byte string as a fresh Uint8Array. */
export function strToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  strIntoBytes(s, out, 0);
  return out;
}

export const INT64_MAX = 9223372036854775807n;
export const INT64_MIN = -9223372036854775808n;

/**
 * Redis's string2ll: an optional '-', then digits without leading zeros (a lone "0" is fine), at most 20
 * characters, no spaces, no '+', and within the signed 64-bit range. Returns null when it is not one.
 * Values that fit a double exactly come back as numbers; the rest as bigint.
 */
export function parseInt64(s: string): number | bigint | null {
  const n = s.length;
  if (n === 0 || n > 20) return null;
  let i = 0;
  let neg = false;
  if (s.charCodeAt(0) === 45 /* - */) {
    neg = true;
    i = 1;
    if (n === 1) return null;
  }
  const first = s.charCodeAt(i);
  if (first === 48 /* 0 */) return n === 1 ? 0 : null;
  if (first < 49 || first > 57) return null;
  if (n - i <= 15) {
    let v = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return null;
      v = v * 10 + c;
    }
    return neg ? -v : v;
  }
  for (let j = i; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c < 48 || c > 57) return null;
  }
  const big = BigInt(s);
  if (big > INT64_MAX || big < INT64_MIN) return null;
  if (big <= 9007199254740991n && big >= -9007199254740991n) return Number(big);
  return big;
}

/** parseInt64 narrowed to values a double holds exactly; larger magnitudes are clamped to the int64 range as bigint. */
export function parseSafeInt(s: string): number | null {
  const v = parseInt64(s);
  if (v === null) return null;
  if (typeof v === "bigint") return v > 0n ? Number.MAX_SAFE_INTEGER * 1024 : -Number.MAX_SAFE_INTEGER * 1024;
  return v;
}

/**
 * Redis's string2ld / strtold acceptance for float arguments: no leading or trailing space, no empty
 * string, "inf"/"-inf"/"+inf"/"infinity" accepted, "nan" rejected. Returns null when not a number.
 */
export function parseDouble(s: string): number | null {
  const n = s.length;
  if (n === 0 || n > 5000) return null;
  const c0 = s.charCodeAt(0);
  if (c0 === 32 || c0 === 9 || c0 === 10 || c0 === 13 || c0 === 11 || c0 === 12) return null;
  const cl = s.charCodeAt(n - 1);
  if (cl === 32 || cl === 9 || cl === 10 || cl === 13 || cl === 11 || cl === 12) return null;
  const v = strtod(s);
  if (v === null || Number.isNaN(v)) return null;
  return v;
}

const FLOAT_RE =
  /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?)$/;
const INF_RE = /^[+-]?(?:inf|infinity)$/i;
const NAN_RE = /^[+-]?nan$/i;

/** The whole of `s` as C's strtod would read it, or null if strtod would stop early. */
export function strtod(s: string): number | null {
  if (FLOAT_RE.test(s)) {
    if (s.length > 2 && (s[1] === "x" || s[1] === "X" || s[2] === "x" || s[2] === "X")) return parseHexFloat(s);
    return Number(s);
  }
  if (INF_RE.test(s)) return s.charCodeAt(0) === 45 ? -Infinity : Infinity;
  if (NAN_RE.test(s)) return NaN;
  return null;
}

function parseHexFloat(s: string): number {
  let i = 0;
  let sign = 1;
  if (s[0] === "-" || s[0] === "+") {
    if (s[0] === "-") sign = -1;
    i = 1;
  }
  i += 2;
  let mant = 0;
  let exp = 0;
  let seenDot = false;
  for (; i < s.length; i++) {
    const ch = s[i];
    if (ch === ".") {
      seenDot = true;
      continue;
    }
    if (ch === "p" || ch === "P") {
      exp += Number(s.slice(i + 1));
      break;
    }
    mant = mant * 16 + parseInt(ch, 16);
    if (seenDot) exp -= 4;
  }
  return sign * mant * Math.pow(2, exp);
}

/**
 * When d's exact decimal value lies exactly halfway at `prec` significant digits and the kept digit is even,
 * its digits truncated in toExponential's form (printf's round-half-even result); otherwise null.
 */
function evenTieDigits(d: number, prec: number): string | null {
  if (prec >= 76) return null;
  const quick = d.toPrecision(prec + 1);
  const q = quick.indexOf("e");
  if ((q < 0 ? quick : quick.slice(0, q)).slice(-1) !== "5") return null;
  const s = d.toExponential(prec + 24);
  const ePos = s.indexOf("e");
  const neg = d < 0 ? 1 : 0;
  const m = s.slice(neg, ePos).replace(".", "");
  if (m[prec] !== "5" || !/^0*$/.test(m.slice(prec + 1))) return null;
  if ((m.charCodeAt(prec - 1) - 48) % 2 !== 0) return null;
  return (neg ? "-" : "") + m[0] + (prec > 1 ? "." + m.slice(1, prec) : "") + s.slice(ePos);
}

/** C's printf("%.{prec}g", d): shortest of %e/%f with trailing zeros removed. */
export function formatG(d: number, prec = 17): string {
  if (Number.isNaN(d)) return "nan";
  if (d === Infinity) return "inf";
  if (d === -Infinity) return "-inf";
  if (d === 0) return Object.is(d, -0) ? "-0" : "0";
  // Integers below 2^53 have at most 16 digits: %.17g prints them exactly, as String does (the common case
  // for sorted set scores).
  if (Number.isSafeInteger(d)) return String(d);
  // printf rounds an exact halfway value to even; toExponential/toFixed round it away from zero. Such a tie
  // with an even kept digit is truncated instead, as printf does.
  const tie = evenTieDigits(d, prec);
  const e = tie === null ? d.toExponential(prec - 1) : tie; // d.ddddde±x
  const ePos = e.indexOf("e");
  const exp = Number(e.slice(ePos + 1));
  if (exp < -4 || exp >= prec) {
    let mant = e.slice(0, ePos);
    if (mant.indexOf(".") !== -1) mant = mant.replace(/\.?0+$/, "");
    const sign = exp < 0 ? "-" : "+";
    const ax = Math.abs(exp);
    return mant + "e" + sign + (ax < 10 ? "0" + ax : String(ax));
  }
  let f: string;
  if (tie === null) {
    f = d.toFixed(Math.max(0, prec - 1 - exp));
  } else {
    const digits = e.slice(0, ePos).replace(/^-/, "").replace(".", "");
    const sign = d < 0 ? "-" : "";
    f = exp >= 0
      ? sign + digits.slice(0, exp + 1) + (exp + 1 < digits.length ? "." + digits.slice(exp + 1) : "")
      : sign + "0." + "0".repeat(-exp - 1) + digits;
  }
  if (f.indexOf(".") !== -1) f = f.replace(/\.?0+$/, "");
  return f;
}

/** Redis's ll2string for a number or bigint. */
export function intToStr(n: number | bigint): string {
  return typeof n === "number" ? String(n) : n.toString();
}
