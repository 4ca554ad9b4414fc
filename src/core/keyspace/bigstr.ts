/**
 * Big strings: a string value too long to be one JS string. V8's longest string is 0x1fffffe8 bytes, 24
 * short of Redis's 512 MB proto-max-bulk-len, and building or editing a string of hundreds of MB is slow on
 * every engine (each edit copies it). So a string value longer than `bigMin()` is kept as bytes instead: a
 * BigString, a Uint8Array with room to grow, edited in place as Redis edits its sds (SETRANGE, SETBIT,
 * BITFIELD and APPEND cost what they write, not the value's length).
 *
 * The common path pays nothing: a value is a BigString only past the threshold (256 MB), every other string
 * stays a JS string. Code that reads string values sees `StrVal` (string | BigString): `typeOf` already
 * reports "string" for it (its `type`), and aggregate type checks refuse it with WRONGTYPE as any string.
 *
 * In-place edits are safe: replies copy the bytes when written, COPY clones, and a background save
 * serialises a key before any write command touches it (persistence/snapshot.ts).
 */

import { bytesToStr, strIntoBytes } from "../bytes.ts";

/** What sdsMakeRoomFor adds to a string past 1 MB that grows (SDS_MAX_PREALLOC). */
const PREALLOC = 1024 * 1024;

/** Values longer than this many bytes are kept as BigStrings (256 MB). */
const DEFAULT_BIG_MIN = 256 * 1024 * 1024;
let BIG_MIN = DEFAULT_BIG_MIN;

/** The threshold in bytes above which a string value is a BigString. */
export function bigMin(): number {
  return BIG_MIN;
}

/** Sets the threshold (tests use a small one to reach every branch cheaply); no argument restores the default. */
export function setBigMin(n = DEFAULT_BIG_MIN): void {
  BIG_MIN = n;
}

export class BigString {
  readonly type = "string" as const;
  /** The bytes; only the first `length` are the value, the rest is room to grow (APPEND). */
  bytes: Uint8Array;
  length: number;

  constructor(bytes: Uint8Array, length = bytes.length) {
    this.bytes = bytes;
    this.length = length;
  }

  /** The value's bytes (a view, valid until the next edit). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  /** OBJECT ENCODING: an sds this long is always raw. */
  encoding(): string {
    return "raw";
  }

  /** An independent copy (COPY). */
  clone(): BigString {
    return new BigString(this.bytes.slice(0, this.length));
  }

  /**
   * Makes the value at least `n` bytes long, zero padded. Growth past the current room reallocates with
   * some slack (an eighth) when `slack` is set, so a run of APPENDs copies each byte a bounded number of times.
   */
  grow(n: number, slack = false): void {
    if (n <= this.length) return;
    if (n > this.bytes.length) {
      const room = n + (slack ? Math.max(PREALLOC, Math.floor(n / 8)) : PREALLOC);
      const next = new Uint8Array(room);
      next.set(this.view());
      this.bytes = next;
    } else {
      // Bytes past `length` may hold stale data from a shorter value: zero them.
      this.bytes.fill(0, this.length, n);
    }
    this.length = n;
  }
}

/** A string value: a JS byte string, or a BigString past the threshold. */
export type StrVal = string | BigString;

/** Whether a stored value is a BigString. */
export function isBig(v: unknown): v is BigString {
  return v instanceof BigString;
}

/** Byte `i` of a string value (`i` < its length). */
export function byteAt(v: StrVal, i: number): number {
  return typeof v === "string" ? v.charCodeAt(i) : v.bytes[i];
}

/** A new BigString holding `s` (a byte string) in `size` >= s.length bytes, zero padded. */
export function bigFromString(s: string, size: number): BigString {
  const b = new BigString(new Uint8Array(size));
  writeStr(b.bytes, 0, s);
  return b;
}

/** Writes the byte string `s` into `buf` at `at`. */
export function writeStr(buf: Uint8Array, at: number, s: string): void {
  strIntoBytes(s, buf, at);
}

/**
 * `cur` (missing: empty) with `repl` written at byte `offset`, zero padded when it grows, as a value that
 * is known to end past the threshold: a BigString, edited in place when `cur` is one.
 */
export function bigWrite(cur: StrVal | undefined, offset: number, repl: string | Uint8Array): BigString {
  const end = offset + repl.length;
  let big: BigString;
  if (cur instanceof BigString) {
    big = cur;
    big.grow(end);
  } else {
    const s = cur ?? "";
    const len = Math.max(s.length, end);
    // With room to spare as sdsMakeRoomFor gives (1 MB): a following small APPEND need not copy it all.
    big = new BigString(new Uint8Array(len + PREALLOC), len);
    writeStr(big.bytes, 0, s);
  }
  if (typeof repl === "string") writeStr(big.bytes, offset, repl);
  else big.bytes.set(repl, offset);
  return big;
}

/**
 * Big arguments. A bulk argument longer than the threshold cannot always be one JS string either: the parser
 * puts BIG_ARG in its place in argv and the bytes in a side table keyed by that argv array (so they live as
 * long as it does: a MULTI queue, a propagated write). The string commands that store values take them with
 * `argValue`; any other command is refused before it runs (see RequestParser.refused).
 */
export const BIG_ARG = "\u0000<argument longer than 256 MB>\u0000";
const bigArgs = new WeakMap<readonly string[], Map<number, Uint8Array>>();

/** Records the big arguments of `argv` (the parser). */
export function attachBigArgs(argv: readonly string[], args: Map<number, Uint8Array>): void {
  bigArgs.set(argv, args);
}

/** Argument `j` of `argv` as a value: a BigString when the parser set it aside. */
export function argValue(argv: readonly string[], j: number): StrVal {
  const a = argv[j];
  if (a !== BIG_ARG) return a;
  const b = bigArgs.get(argv)?.get(j);
  return b === undefined ? a : new BigString(b);
}

/** The commands that take a big argument (values they store); others are refused with ERR_BIG_ARG. */
export const BIG_ARG_COMMANDS: ReadonlySet<string> = new Set([
  "set",
  "setnx",
  "setex",
  "psetex",
  "getset",
  "append",
  "setrange",
  "mset",
  "msetnx",
]);

export const ERR_BIG_ARG =
  "ERR arguments longer than 256 MB are supported by SET, SETNX, SETEX, PSETEX, GETSET, APPEND, SETRANGE, MSET and MSETNX only";

/** The bytes [start, end) of a string value, as a byte string (a range short enough to be one). */
export function sliceStr(v: StrVal, start: number, end: number): string {
  return typeof v === "string" ? v.slice(start, end) : bytesToStr(v.bytes, start, end);
}
