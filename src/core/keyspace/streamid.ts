/**
 * Stream IDs (stream.h's streamID: two unsigned 64-bit numbers, ms and seq). An ID is kept as a 16-char
 * one-byte string, ms then seq, each big endian: the same bytes Redis uses as the radix-tree key
 * (streamEncodeID), so JS string comparison is ID order and an ID can key a Map. BigInt appears only when a
 * part reaches 2^53, at parse and format time.
 */

export type StreamID = string;

const TWO32 = 4294967296;
const U64_MAX = 0xffffffffffffffffn;

function u32(n: number): string {
  return String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
}

function readU32(id: string, at: number): number {
  return ((id.charCodeAt(at) << 24) | (id.charCodeAt(at + 1) << 16) | (id.charCodeAt(at + 2) << 8) |
    id.charCodeAt(at + 3)) >>> 0;
}

/** The ID of two safe integers. */
export function streamId(ms: number, seq: number): StreamID {
  // One call, so the ID is one flat string (not a rope of four parts): it is made per entry read.
  const mh = Math.floor(ms / TWO32);
  const ml = ms >>> 0;
  const sh = Math.floor(seq / TWO32);
  const sl = seq >>> 0;
  return String.fromCharCode(
    mh >>> 24,
    (mh >>> 16) & 255,
    (mh >>> 8) & 255,
    mh & 255,
    ml >>> 24,
    (ml >>> 16) & 255,
    (ml >>> 8) & 255,
    ml & 255,
    sh >>> 24,
    (sh >>> 16) & 255,
    (sh >>> 8) & 255,
    sh & 255,
    sl >>> 24,
    (sl >>> 16) & 255,
    (sl >>> 8) & 255,
    sl & 255,
  );
}

/** The ID of two unsigned 64-bit bigints. */
export function streamIdBig(ms: bigint, seq: bigint): StreamID {
  return u32(Number(ms >> 32n)) + u32(Number(ms & 0xffffffffn)) + u32(Number(seq >> 32n)) +
    u32(Number(seq & 0xffffffffn));
}

export const ID_ZERO: StreamID = streamId(0, 0);
export const ID_MAX: StreamID = "\xff".repeat(16);

/** One part (0: ms, 8: seq) as a number when below 2^53, else as a bigint. */
export function idPart(id: StreamID, at: 0 | 8): number | bigint {
  const hi = readU32(id, at);
  const lo = readU32(id, at + 4);
  if (hi < 0x200000) return hi * TWO32 + lo;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

export function idMs(id: StreamID): number | bigint {
  return idPart(id, 0);
}

export function idSeq(id: StreamID): number | bigint {
  return idPart(id, 8);
}

/** <ms>-<seq>, as createStreamIDString. */
export function formatId(id: StreamID): string {
  return `${idPart(id, 0)}-${idPart(id, 8)}`;
}

/** streamIncrID: the next ID, or null past the greatest. */
export function incrId(id: StreamID): StreamID | null {
  if (id === ID_MAX) return null;
  let i = 15;
  while (id.charCodeAt(i) === 255) i--;
  return id.slice(0, i) + String.fromCharCode(id.charCodeAt(i) + 1) + "\x00".repeat(15 - i);
}

/** streamDecrID: the previous ID, or null before 0-0. */
export function decrId(id: StreamID): StreamID | null {
  if (id === ID_ZERO) return null;
  let i = 15;
  while (id.charCodeAt(i) === 0) i--;
  return id.slice(0, i) + String.fromCharCode(id.charCodeAt(i) - 1) + "\xff".repeat(15 - i);
}

/**
 * string2ull: string2ll first (negative refused), then strtoull, which takes leading spaces, a sign (a minus
 * wraps) and leading zeros, and refuses values past 2^64-1.
 */
function string2ull(s: string): bigint | null {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(s);
  if (m === null) return null;
  let v = BigInt(m[2]);
  // string2ll took it: a negative long long is out of range.
  if (m[1] === "-" && /^-[1-9]\d*$/.test(s) && v <= 0x8000000000000000n) return null;
  if (v > U64_MAX) return null;
  if (m[1] === "-") v = BigInt.asUintN(64, -v);
  return v;
}

/** What streamGenericParseIDOrReply found: an ID, and for XADD whether the sequence was given (not `<ms>-*`). */
export interface ParsedId {
  id: StreamID;
  seqGiven: boolean;
}

/** Digits from s[from] up to `to`: their value when 1 to 15 of them (a safe integer), else -1. */
function shortDigits(s: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * The common case without regular expressions or bigints: `<ms>` or `<ms>-<seq>` (or `<ms>-*`) of up to
 * 15 digits each, which every form string2ull takes agrees on. Null to leave the rest to the full parse.
 */
function parseShortId(s: string, missingSeq: 0 | "max", allowAutoSeq: boolean): ParsedId | null {
  const dash = s.indexOf("-");
  const ms = shortDigits(s, 0, dash >= 0 ? dash : s.length);
  if (ms < 0) return null;
  if (dash < 0) return missingSeq === 0 ? { id: streamId(ms, 0), seqGiven: true } : null;
  if (allowAutoSeq && s.length === dash + 2 && s.charCodeAt(dash + 1) === 42) {
    return { id: streamId(ms, 0), seqGiven: false };
  }
  const seq = shortDigits(s, dash + 1, s.length);
  return seq < 0 ? null : { id: streamId(ms, seq), seqGiven: true };
}

/**
 * streamGenericParseIDOrReply: `-`, `+` (unless strict), `<ms>`, `<ms>-<seq>`, and `<ms>-*` when
 * `allowAutoSeq`. `missingSeq` completes `<ms>` alone (0 or UINT64_MAX). Null when invalid.
 */
export function parseStreamId(
  s: string,
  strict: boolean,
  missingSeq: 0 | "max",
  allowAutoSeq = false,
): ParsedId | null {
  if (s.length > 127) return null;
  if (s === "-") return strict ? null : { id: ID_ZERO, seqGiven: true };
  if (s === "+") return strict ? null : { id: ID_MAX, seqGiven: true };
  const fast = parseShortId(s, missingSeq, allowAutoSeq);
  if (fast !== null) return fast;
  // The C code works on a NUL-terminated copy: anything after an embedded NUL is not seen.
  const nul = s.indexOf("\0");
  if (nul >= 0) s = s.slice(0, nul);
  const dash = s.indexOf("-");
  const ms = string2ull(dash >= 0 ? s.slice(0, dash) : s);
  if (ms === null) return null;
  let seq: bigint;
  let seqGiven = true;
  if (dash >= 0) {
    const rest = s.slice(dash + 1);
    if (allowAutoSeq && rest === "*") {
      seq = 0n;
      seqGiven = false;
    } else {
      const v = string2ull(rest);
      if (v === null) return null;
      seq = v;
    }
  } else {
    seq = missingSeq === 0 ? 0n : U64_MAX;
  }
  return { id: streamIdBig(ms, seq), seqGiven };
}
