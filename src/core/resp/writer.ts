/**
 * Reply encoder. One writer per client, aware of the client's protocol version, so handlers never branch on
 * RESP2 vs RESP3: `nullBulk()` is `$-1` or `_`, `map(n)` is `%n` or `*2n`, `double(d)` is a bulk string or
 * `,d`. Replies accumulate in one growing buffer; the session hands the whole batch to the transport once
 * per received chunk (one socket write per read, never one per reply).
 */
import { formatG, strIntoBytes } from "../bytes.ts";

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Constant replies, encoded once. */
export const R = {
  OK: ascii("+OK\r\n"),
  PONG: ascii("+PONG\r\n"),
  QUEUED: ascii("+QUEUED\r\n"),
  NULL_BULK2: ascii("$-1\r\n"),
  NULL_ARRAY2: ascii("*-1\r\n"),
  NULL3: ascii("_\r\n"),
  ZERO: ascii(":0\r\n"),
  ONE: ascii(":1\r\n"),
  EMPTY_ARRAY: ascii("*0\r\n"),
  EMPTY_BULK: ascii("$0\r\n\r\n"),
} as const;

const SMALL_INTS = 1024;
const intReplies: Uint8Array[] = [];
const bulkHeaders: Uint8Array[] = [];
const arrayHeaders: Uint8Array[] = [];
for (let i = 0; i < SMALL_INTS; i++) {
  intReplies.push(ascii(`:${i}\r\n`));
  bulkHeaders.push(ascii(`$${i}\r\n`));
  arrayHeaders.push(ascii(`*${i}\r\n`));
}

export type Proto = 2 | 3;

/** Past this many bytes a bulk is written into a buffer of its own size (see bulkBytes). */
const HUGE_BULK = 64 * 1024 * 1024;

/** A new writer's buffer, and what a writer that had grown past 1 MB starts again from. */
const INITIAL_SIZE = 512;

export class ReplyWriter {
  buf: Uint8Array;
  pos = 0;
  proto: Proto = 2;

  /**
   * Small at first: an idle connection should cost little (10,000 of them on redis-server take 63 MB), and
   * a busy one grows its buffer to the size of its batches within a few doublings, then keeps it.
   */
  constructor(initial = INITIAL_SIZE) {
    this.buf = new Uint8Array(Math.max(initial, 32));
  }

  /** Makes room for `n` more bytes. */
  ensure(n: number): void {
    const need = this.pos + n;
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    if (n > HUGE_BULK) size = need;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  /** Takes the bytes written so far, leaving the writer empty; null when there are none. */
  take(): Uint8Array | null {
    if (this.pos === 0) return null;
    // A huge buffer is handed over as it is rather than copied (a 500 MB GET would pay a second pass over
    // its bytes), and not kept alive after one large reply.
    if (this.buf.length > 1024 * 1024) {
      const out = this.buf.subarray(0, this.pos);
      this.buf = new Uint8Array(INITIAL_SIZE);
      this.pos = 0;
      return out;
    }
    const out = this.buf.slice(0, this.pos);
    this.pos = 0;
    return out;
  }

  /**
   * The bytes written so far as a view of this writer's buffer, leaving the writer empty: valid only until the
   * next reply is written. Null when there are none, or when the buffer is big (then `take` hands it over
   * rather than have it copied, and the writer starts small again).
   */
  takeView(): Uint8Array | null {
    const pos = this.pos;
    if (pos === 0 || this.buf.length > 1024 * 1024) return null;
    this.pos = 0;
    // A pipeline's batches are mostly the same length (16 SETs, 16 GETs): the same view serves again rather
    // than a new one per read event (a view is an object of ~100 bytes: at -P 1 the most the path allocates).
    const last = this.lastView;
    if (last !== null && last.length === pos && this.lastViewOf === this.buf) return last;
    const out = this.buf.subarray(0, pos);
    this.lastView = out;
    this.lastViewOf = this.buf;
    return out;
  }

  /** The last view `takeView` made, and the buffer it is a view of (see takeView). */
  private lastView: Uint8Array | null = null;
  private lastViewOf: Uint8Array | null = null;

  /**
   * After `takeView`, when the transport kept that view (`kept` bytes long): the buffer is theirs now, so the
   * next replies go into a new one, sized for batches like that one (twice its length, at least the initial
   * size, at most the old buffer's) rather than the old size: a connection that once grew its buffer to 1 MB
   * and then keeps a slow socket busy with small batches allocates small buffers.
   */
  release(kept: number): void {
    this.buf = new Uint8Array(Math.max(INITIAL_SIZE, Math.min(this.buf.length, kept * 2)));
    this.lastView = null;
    this.lastViewOf = null;
  }

  raw(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  /** Writes ASCII or byte-string text without framing. */
  text(s: string): void {
    this.ensure(s.length);
    this.pos += strIntoBytes(s, this.buf, this.pos);
  }

  private crlf(): void {
    this.buf[this.pos++] = 13;
    this.buf[this.pos++] = 10;
  }

  /** Writes `prefix` + decimal `n` + CRLF. */
  private header(prefix: number, n: number): void {
    this.ensure(24);
    const buf = this.buf;
    buf[this.pos++] = prefix;
    if (n < 0) {
      buf[this.pos++] = 45;
      n = -n;
    }
    if (n < 10) {
      buf[this.pos++] = 48 + n;
    } else if (n < 2147483648) {
      // Small integers: 32-bit division, digits written from the end.
      let digits = 1;
      for (let t = n; t >= 10; t = (t / 10) | 0) digits++;
      let p = this.pos + digits;
      this.pos = p;
      while (n >= 10) {
        const q = (n / 10) | 0;
        buf[--p] = 48 + (n - q * 10);
        n = q;
      }
      buf[--p] = 48 + n;
    } else if (n < 1e15) {
      let digits = 0;
      for (let t = n; t >= 1; t = Math.floor(t / 10)) digits++;
      let p = this.pos + digits;
      this.pos = p;
      while (n >= 1) {
        const q = Math.floor(n / 10);
        buf[--p] = 48 + (n - q * 10);
        n = q;
      }
    } else {
      this.pos += strIntoBytes(String(n), buf, this.pos);
    }
    this.crlf();
  }

  ok(): void {
    this.raw(R.OK);
  }

  simple(s: string): void {
    this.ensure(s.length + 3);
    this.buf[this.pos++] = 43; // +
    this.pos += strIntoBytes(s, this.buf, this.pos);
    this.crlf();
  }

  /** An error reply; `s` starts with its code ("ERR ...", "WRONGTYPE ..."). Newlines become spaces, as in Redis. */
  error(s: string): void {
    if (s.indexOf("\r") !== -1 || s.indexOf("\n") !== -1) s = s.replace(/[\r\n]/g, " ");
    this.ensure(s.length + 3);
    this.buf[this.pos++] = 45; // -
    this.pos += strIntoBytes(s, this.buf, this.pos);
    this.crlf();
  }

  integer(n: number | bigint): void {
    if (typeof n === "number") {
      if (n >= 0 && n < SMALL_INTS && Number.isInteger(n)) return this.raw(intReplies[n]);
      return this.header(58, n);
    }
    this.simpleLike(58, n.toString());
  }

  private simpleLike(prefix: number, s: string): void {
    this.ensure(s.length + 3);
    this.buf[this.pos++] = prefix;
    this.pos += strIntoBytes(s, this.buf, this.pos);
    this.crlf();
  }

  bulk(s: string): void {
    const n = s.length;
    if (n < SMALL_INTS) {
      const h = bulkHeaders[n];
      this.ensure(h.length + n + 2);
      this.buf.set(h, this.pos);
      this.pos += h.length;
    } else {
      this.ensure(n + 24);
      this.header(36, n);
    }
    this.pos += strIntoBytes(s, this.buf, this.pos);
    this.crlf();
  }

  bulkBytes(b: Uint8Array): void {
    // A huge bulk (a big string value) gets room for exactly itself: doubling would allocate up to twice it.
    if (b.length > HUGE_BULK) this.ensure(b.length + 32);
    this.header(36, b.length);
    this.ensure(b.length + 2);
    this.buf.set(b, this.pos);
    this.pos += b.length;
    this.crlf();
  }

  /** A bulk string or a null bulk. */
  bulkOrNull(s: string | null | undefined): void {
    if (s === null || s === undefined) this.nullBulk();
    else this.bulk(s);
  }

  /** A number as a bulk string (e.g. INCRBYFLOAT's result). */
  bulkInt(n: number | bigint): void {
    this.bulk(typeof n === "number" ? String(n) : n.toString());
  }

  nullBulk(): void {
    this.raw(this.proto === 3 ? R.NULL3 : R.NULL_BULK2);
  }

  nullArray(): void {
    this.raw(this.proto === 3 ? R.NULL3 : R.NULL_ARRAY2);
  }

  array(n: number): void {
    if (n < SMALL_INTS) this.raw(arrayHeaders[n]);
    else this.header(42, n);
  }

  /** A map of n pairs: `%n` in RESP3, a flat array of 2n in RESP2. */
  map(n: number): void {
    if (this.proto === 3) this.header(37, n);
    else this.array(n * 2);
  }

  /** A set: `~n` in RESP3, an array in RESP2. */
  set(n: number): void {
    if (this.proto === 3) this.header(126, n);
    else this.array(n);
  }

  /** An out-of-band push: `>n` in RESP3, an array in RESP2 (Pub/Sub messages). */
  push(n: number): void {
    if (this.proto === 3) this.header(62, n);
    else this.array(n);
  }

  /** A double as Redis 7.0 prints it (%.17g; inf/-inf): a bulk string in RESP2, `,` in RESP3. */
  double(d: number): void {
    const s = formatG(d, 17);
    if (this.proto === 3) this.simpleLike(44, s);
    else this.bulk(s);
  }

  /** A boolean: `#t`/`#f` in RESP3, :1/:0 in RESP2. */
  bool(b: boolean): void {
    if (this.proto === 3) this.simpleLike(35, b ? "t" : "f");
    else this.raw(b ? R.ONE : R.ZERO);
  }

  /** Verbatim text (`=len\r\ntxt:...`) in RESP3, a bulk string in RESP2. */
  verbatim(s: string, format = "txt"): void {
    if (this.proto !== 3) return this.bulk(s);
    this.header(61, s.length + 4);
    this.text(format + ":");
    this.text(s);
    this.ensure(2);
    this.crlf();
  }

  /** A big number: `(` in RESP3, a bulk string in RESP2. */
  bigNumber(n: bigint): void {
    if (this.proto === 3) this.simpleLike(40, n.toString());
    else this.bulk(n.toString());
  }

  /** An array of byte strings. */
  bulkArray(items: readonly string[]): void {
    this.array(items.length);
    for (let i = 0; i < items.length; i++) this.bulk(items[i]);
  }
}
