/**
 * Just enough of the x87 80-bit `long double` for INCRBYFLOAT and HINCRBYFLOAT, whose replies Redis
 * computes in long double and prints with "%.17Lf" (ld2string, LD_STR_HUMAN). A double cannot reproduce
 * them: 10.5 + 0.1 prints "10.6" in Redis, while the nearest double prints "10.59999999999999964" that way.
 *
 * A value is sign * m * 2^e with a 64-bit significand m, computed exactly with BigInt and rounded to nearest,
 * ties to even, as the FPU does. Parsing follows string2ld (strtold over the whole string: no spaces, no
 * NaN, overflow and underflow to zero refused).
 */

export interface LongDouble {
  neg: boolean;
  /** Significand, 0 or in [2^63, 2^64). */
  m: bigint;
  e: number;
  inf?: boolean;
}

const BITS = 64;
/** Largest binary exponent of a finite value's most significant bit (2^16383 * (2 - 2^-63)). */
const MAX_TOP = 16383;
/** Smallest normal: 2^-16382. Below, x87 goes subnormal; we round to zero there (far outside any reply). */
const MIN_TOP = -16382;

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** Rounds the exact value n * 2^e (n >= 0), with `sticky` meaning lost nonzero bits below, to 64 bits. */
function round(neg: boolean, n: bigint, e: number, sticky: boolean): LongDouble {
  if (n === 0n) return { neg, m: 0n, e: 0 };
  const len = bitLength(n);
  if (len > BITS) {
    const shift = len - BITS;
    const rest = n & ((1n << BigInt(shift)) - 1n);
    n >>= BigInt(shift);
    e += shift;
    const half = 1n << BigInt(shift - 1);
    if (rest > half || (rest === half && (sticky || (n & 1n) === 1n))) {
      n += 1n;
      if (bitLength(n) > BITS) {
        n >>= 1n;
        e += 1;
      }
    }
  } else if (len < BITS) {
    n <<= BigInt(BITS - len);
    e -= BITS - len;
  }
  const top = e + BITS - 1;
  if (top > MAX_TOP) return { neg, m: 0n, e: 0, inf: true };
  if (top < MIN_TOP) return { neg, m: 0n, e: 0 };
  return { neg, m: n, e };
}

/** n / d (positive) as a rounded long double, exactly. */
function fromRatio(neg: boolean, n: bigint, d: bigint): LongDouble {
  if (n === 0n) return { neg, m: 0n, e: 0 };
  // Scale so the quotient has at least 66 bits, then round with the remainder as sticky.
  const s = Math.max(0, BITS + 2 - (bitLength(n) - bitLength(d)));
  const num = n << BigInt(s);
  const q = num / d;
  const r = num % d;
  return round(neg, q, -s, r !== 0n);
}

const DEC = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const HEX = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/;
const INF = /^([+-]?)(?:inf|infinity)$/i;

/** string2ld: the value, or null when Redis would refuse it. */
export function parseLongDouble(s: string): LongDouble | null {
  if (s.length === 0 || s.length >= 5 * 1024) return null;
  let m = INF.exec(s);
  if (m) return { neg: m[1] === "-", m: 0n, e: 0, inf: true };
  let r: LongDouble;
  let nonzero: boolean;
  if ((m = HEX.exec(s))) {
    const int = m[2];
    const frac = m[3] ?? "";
    if (int.length + frac.length === 0) return null;
    const digits = BigInt("0x" + (int + frac || "0"));
    const exp = Number(m[4] ?? "0") - 4 * frac.length;
    nonzero = digits !== 0n;
    if (!Number.isFinite(exp) || Math.abs(exp) > 100000) {
      if (!nonzero) return { neg: m[1] === "-", m: 0n, e: 0 };
      return null;
    }
    r = exp >= 0
      ? round(m[1] === "-", digits << BigInt(exp), 0, false)
      : fromRatio(m[1] === "-", digits, 1n << BigInt(-exp));
  } else if ((m = DEC.exec(s))) {
    const int = m[2];
    const frac = m[3] ?? "";
    if (int.length + frac.length === 0) return null;
    const digits = BigInt(int + frac || "0");
    nonzero = digits !== 0n;
    const exp = Number(m[4] ?? "0") - frac.length;
    if (!nonzero) return { neg: m[1] === "-", m: 0n, e: 0 };
    if (!Number.isFinite(exp) || exp > 5000) return null; // overflow (ERANGE, HUGE_VAL)
    if (exp < -5100) return null; // underflow to zero (ERANGE)
    r = exp >= 0
      ? round(m[1] === "-", digits * 10n ** BigInt(exp), 0, false)
      : fromRatio(m[1] === "-", digits, 10n ** BigInt(-exp));
  } else {
    return null;
  }
  if (r.inf) return null;
  if (nonzero && r.m === 0n) return null;
  return r;
}

export function isFiniteLD(a: LongDouble): boolean {
  return !a.inf;
}

/** a + b, rounded once. */
export function addLongDouble(a: LongDouble, b: LongDouble): LongDouble {
  if (a.inf || b.inf) return { neg: a.inf ? a.neg : b.neg, m: 0n, e: 0, inf: true };
  if (a.m === 0n) return b.m === 0n ? { neg: a.neg && b.neg, m: 0n, e: 0 } : b;
  if (b.m === 0n) return a;
  const e = Math.min(a.e, b.e);
  const x = a.m << BigInt(a.e - e);
  const y = b.m << BigInt(b.e - e);
  const sx = a.neg ? -x : x;
  const sy = b.neg ? -y : y;
  const sum = sx + sy;
  if (sum === 0n) return { neg: false, m: 0n, e: 0 };
  return round(sum < 0n, sum < 0n ? -sum : sum, e, false);
}

/** A long double from an integer (a stored integer, (long double)ll). */
export function longDoubleFromInt(n: bigint): LongDouble {
  return round(n < 0n, n < 0n ? -n : n, 0, false);
}

/** ld2string(LD_STR_HUMAN): "%.17Lf", trailing zeros and a trailing dot removed, "-0" printed as "0". */
export function formatLongDoubleHuman(a: LongDouble): string {
  if (a.inf) return a.neg ? "-inf" : "inf";
  const FRAC = 17n;
  const scale = 10n ** FRAC;
  let q: bigint;
  if (a.e >= 0) {
    q = (a.m << BigInt(a.e)) * scale;
  } else {
    const d = 1n << BigInt(-a.e);
    const num = a.m * scale;
    q = num / d;
    const r = num % d;
    const twice = r * 2n;
    if (twice > d || (twice === d && (q & 1n) === 1n)) q += 1n;
  }
  const int = q / scale;
  const frac = (q % scale).toString().padStart(17, "0").replace(/0+$/, "");
  let s = int.toString() + (frac.length > 0 ? "." + frac : "");
  if (a.neg && s !== "0") s = "-" + s;
  return s;
}
