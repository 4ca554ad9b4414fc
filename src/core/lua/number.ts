/**
 * Numbers as Lua 5.1 reads and prints them: luaO_str2d (strtod, then hex via strtoul), `%.14g` for tostring,
 * and the C printf conversions string.format exposes, byte for byte as glibc prints them.
 */

const SPACE = /^[ \t\n\v\f\r]*/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const HEX = /^([+-]?)0[xX]((?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+))(?:[pP]([+-]?\d+))?/;
const SPECIAL = /^([+-]?)(inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?)/i;

/** glibc's strtod on a prefix of `s` (after leading spaces): [value, characters consumed] or undefined. */
function strtod(s: string): [number, number] | undefined {
  const lead = SPACE.exec(s)![0].length;
  const rest = s.slice(lead);
  let m = HEX.exec(rest);
  if (m !== null) {
    const [int, frac = ""] = m[2].split(".");
    const digits = int + frac;
    let v = digits === "" ? 0 : Number(BigInt("0x" + digits));
    let exp = (m[3] === undefined ? 0 : Number(m[3])) - 4 * frac.length;
    // Scale in steps so that large exponents do not overflow an intermediate power of two.
    while (exp > 0 && v !== Infinity) {
      const k = Math.min(exp, 1000);
      v *= 2 ** k;
      exp -= k;
    }
    while (exp < 0 && v !== 0) {
      const k = Math.min(-exp, 1000);
      v /= 2 ** k;
      exp += k;
    }
    return [m[1] === "-" ? -v : v, lead + m[0].length];
  }
  m = DECIMAL.exec(rest);
  if (m !== null) return [Number(m[0]), lead + m[0].length];
  m = SPECIAL.exec(rest);
  if (m !== null) {
    const v = m[2][0].toLowerCase() === "i" ? Infinity : NaN;
    return [m[1] === "-" ? -v : v, lead + m[0].length];
  }
  return undefined;
}

function onlySpaces(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return true;
}

/** luaO_str2d: the number a string denotes (as the lexer, tonumber and arithmetic coercion read it). */
export function str2number(s: string): number | undefined {
  const r = strtod(s);
  if (r === undefined) return undefined;
  return onlySpaces(s, r[1]) ? r[0] : undefined;
}

/** tonumber(s, base) for base != 10: C's strtoul, then only spaces may follow. */
export function str2numberBase(s: string, base: number): number | undefined {
  let i = SPACE.exec(s)![0].length;
  let neg = false;
  if (s[i] === "-" || s[i] === "+") neg = s[i++] === "-";
  if (base === 16 && s[i] === "0" && (s[i + 1] === "x" || s[i + 1] === "X")) i += 2;
  const start = i;
  let v = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : c >= 65 && c <= 90 ? c - 55 : 99;
    if (d >= base) break;
    v = v * base + d;
  }
  if (i === start || !onlySpaces(s, i)) return undefined;
  if (v >= 18446744073709551615) v = 18446744073709551615;
  return neg && v !== 0 ? 18446744073709551616 - v : v;
}

/** An exponent as C prints it: sign and at least two digits. */
function cExponent(e: string): string {
  const sign = e[0] === "-" ? "-" : "+";
  const digits = e.replace(/^[+-]/, "");
  return "e" + sign + (digits.length < 2 ? "0" + digits : digits);
}

/**
 * JS rounds exact decimal ties away from zero where glibc rounds them to even (printf("%.1f", 0.25) is
 * "0.2"): redo the rounding when the digits dropped are exactly one half.
 */
function fixedEven(x: number, prec: number): string {
  const s = x.toFixed(prec);
  if (prec > 80) return s;
  const wide = x.toFixed(Math.min(100, prec + 20));
  const tail = wide.slice(wide.length - 20);
  if (tail !== "50000000000000000000") return s;
  // An exact tie: truncate, then round up only when the last kept digit is odd.
  const kept = wide.slice(0, wide.length - 20);
  const lastDigit = kept.charCodeAt(kept.length - 1 - (prec === 0 ? 1 : 0)) - 48;
  const truncated = prec === 0 ? kept.slice(0, -1) : kept;
  if (lastDigit % 2 === 0) return truncated;
  return s;
}

function expEven(x: number, prec: number): string {
  const s = x.toExponential(prec);
  if (prec > 80) return s;
  const wide = x.toExponential(Math.min(100, prec + 20));
  const [mant] = wide.split("e");
  const tail = mant.slice(mant.length - 20);
  if (tail !== "50000000000000000000") return s;
  const kept = mant.slice(0, mant.length - 20);
  const digits = kept.replace(/[-.]/g, "");
  if ((digits.charCodeAt(digits.length - 1) - 48) % 2 === 0) {
    const e = wide.split("e")[1];
    const m = prec === 0 ? kept.replace(/\.$/, "") : kept;
    return m + "e" + e;
  }
  return s;
}

/** %e body for a finite non-negative number. */
export function formatE(x: number, prec: number, alt: boolean): string {
  const [m, e] = expEven(x, prec).split("e");
  return (alt && prec === 0 ? m + "." : m) + cExponent(e);
}

/** %f body for a finite non-negative number. */
export function formatF(x: number, prec: number, alt: boolean): string {
  let s: string;
  if (x >= 1e21) {
    // toFixed switches to exponent notation from 1e21: spell the integer out exactly.
    s = BigInt(x).toString() + (prec > 0 ? "." + "0".repeat(prec) : "");
  } else {
    s = fixedEven(x, prec);
  }
  return alt && prec === 0 ? s + "." : s;
}

/** %g body for a finite non-negative number. */
export function formatG(x: number, prec: number, alt: boolean): string {
  const p = prec === 0 ? 1 : prec;
  if (x === 0) {
    if (alt) return p > 1 ? "0." + "0".repeat(p - 1) : "0.";
    return "0";
  }
  const exp = Number(expEven(x, p - 1).split("e")[1]);
  let s: string;
  if (exp < p && exp >= -4) {
    s = formatF(x, p - 1 - exp, alt);
    if (!alt && s.includes(".")) s = s.replace(/\.?0+$/, "");
  } else {
    s = formatE(x, p - 1, alt);
    if (!alt) s = s.replace(/\.?0+e/, "e");
  }
  return s;
}

/** A non-finite number as glibc prints it ("inf", "-nan"; 0/0 on x86 is a negative NaN). */
function nonFinite(x: number, upper: boolean): string {
  const s = Number.isNaN(x) ? (nanSign(x) ? "-nan" : "nan") : x < 0 ? "-inf" : "inf";
  return upper ? s.toUpperCase() : s;
}

/**
 * Whether a NaN prints with a minus sign. x86 arithmetic makes negative NaNs (lua5.1 prints 0/0 as "-nan"),
 * but JS engines do not keep a NaN's sign reliably (V8's Math.pow returns a positive one), so every NaN
 * prints as the common case, "-nan".
 */
function nanSign(_x: number): boolean {
  return true;
}

/** tostring(n): LUAI_NUMFFORMAT "%.14g". */
export function number2string(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e14) return Object.is(n, -0) ? "-0" : String(n);
  if (!Number.isFinite(n)) return nonFinite(n, false);
  return n < 0 ? "-" + formatG(-n, 14, false) : formatG(n, 14, false);
}

/** One printf conversion of a number with flags, width and precision (precision < 0 when absent). */
export function formatNumber(x: number, conv: string, flags: string, width: number, precision: number): string {
  const upper = conv === "E" || conv === "G" || conv === "X";
  const alt = flags.includes("#");
  let body: string;
  let sign = "";
  let zeroPad = flags.includes("0") && !flags.includes("-");
  if (conv === "e" || conv === "E" || conv === "f" || conv === "g" || conv === "G") {
    const neg = x < 0 || Object.is(x, -0) || (Number.isNaN(x) && nanSign(x));
    const ax = Math.abs(x);
    const prec = precision < 0 ? 6 : precision;
    if (!Number.isFinite(x)) {
      body = nonFinite(ax, upper).replace("-", "");
      zeroPad = false;
    } else if (conv === "f") body = formatF(ax, prec, alt);
    else if (conv === "e" || conv === "E") body = formatE(ax, prec, alt);
    else body = formatG(ax, prec, alt);
    if (upper) body = body.toUpperCase();
    sign = neg ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
  } else {
    // Integer conversions: the number is cast to a C long, as string.format does in 5.1 (BigInt only
    // past 2^53 or for a negative number printed unsigned).
    const t = Math.trunc(x);
    const small = Number.isSafeInteger(t) && (t >= 0 || conv === "d" || conv === "i");
    let v: number | bigint = small ? t : toCLong(x);
    if (conv === "d" || conv === "i") {
      if (v < 0) {
        sign = "-";
        v = -v;
      } else sign = flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    } else if (!small) v = toCULong(x);
    const radix = conv === "o" ? 8 : conv === "x" || conv === "X" ? 16 : 10;
    body = v.toString(radix);
    if (upper) body = body.toUpperCase();
    const zero = v === 0 || v === 0n;
    if (precision >= 0) {
      zeroPad = false;
      if (precision === 0 && zero) body = "";
      if (body.length < precision) body = "0".repeat(precision - body.length) + body;
    }
    if (alt && !zero) {
      if (conv === "o" && body[0] !== "0") body = "0" + body;
      else if (conv === "x") sign += "0x";
      else if (conv === "X") sign += "0X";
    }
  }
  const len = sign.length + body.length;
  if (len >= width) return sign + body;
  if (flags.includes("-")) return sign + body + " ".repeat(width - len);
  if (zeroPad) return sign + "0".repeat(width - len) + body;
  return " ".repeat(width - len) + sign + body;
}

/**
 * (unsigned long)x as gcc compiles it on x86-64: below 2^63 as a signed conversion (negative numbers wrap
 * modulo 2^64), from 2^63 by converting x - 2^63 and setting the top bit, so 2^64 and beyond become 0.
 */
function toCULong(x: number): bigint {
  const TOP = 1n << 63n;
  if (x >= 9223372036854775808) {
    const y = x - 9223372036854775808;
    const r = y >= 9223372036854775808 ? TOP : BigInt(Math.trunc(y));
    return r ^ TOP;
  }
  const v = toCLong(x);
  return v < 0n ? v + (1n << 64n) : v;
}

/** (long)x as x86-64 computes it: truncation, with out-of-range values becoming LONG_MIN. */
function toCLong(x: number): bigint {
  if (!Number.isFinite(x) || x >= 9223372036854775808 || x < -9223372036854775808) return -(1n << 63n);
  return BigInt(Math.trunc(x));
}
