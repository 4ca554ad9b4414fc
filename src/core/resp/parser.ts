/**
 * Incremental request parser: multibulk (`*N\r\n$len\r\n...`) and inline commands, resumable at any byte
 * boundary, modelled on processMultibulkBuffer / processInlineBuffer in Redis's networking.c.
 *
 * What it keeps between reads: the unconsumed tail of the last chunk (only ever a partial header line, at
 * most 64 KB, or the start of a bulk), how many arguments are still expected, the current bulk length and
 * the arguments read so far. A bulk that spans chunks is collected as a list of chunks and joined once when
 * all its bytes are there, so every byte is copied at most once and nothing is allocated for a declared
 * length before the bytes arrive.
 */
import { bytesToStr } from "../bytes.ts";
import { attachBigArgs, BIG_ARG, BIG_ARG_COMMANDS, bigMin, ERR_BIG_ARG } from "../keyspace/bigstr.ts";

const CR = 13;
const LF = 10;
const STAR = 42;
const DOLLAR = 36;

/** PROTO_INLINE_MAX_SIZE in Redis: the longest header or inline line. */
export const INLINE_MAX_SIZE = 64 * 1024;
/** Bulks at least this long that span chunks are gathered in a list rather than re-concatenated. */
const BIG_BULK = 16 * 1024;
const EMPTY = new Uint8Array(0);
/** The smallest buffer the parser allocates to hold partial input. */
const MIN_ROOM = 256;
/** Pieces of a big bulk at least this long are kept as they came; smaller ones are copied together. */
const STAGE_MAX = 64 * 1024;
const INT_MAX = 2147483647;

export class RequestParser {
  /** The current input and the read offset in it. */
  private buf: Uint8Array = EMPTY;
  private pos = 0;
  /** Arguments still expected in the current multibulk; 0 when between commands. */
  private multibulkLen = 0;
  /** Length of the bulk being read, or -1 while its header is still to come. */
  private bulkLen = -1;
  private argv: string[] = [];
  /** When not null, `buf` is a view of this buffer of ours, with room to append after it (see feed). */
  private room: Uint8Array | null = null;
  /** A big bulk spanning chunks: the pieces gathered so far and their total length. */
  private parts: Uint8Array[] | null = null;
  private partsLen = 0;
  /** Small pieces of a big bulk, copied together (see addPart); `stageLen` bytes of it are used. */
  private stage: Uint8Array | null = null;
  private stageLen = 0;
  /** Where the search for the end of a partial line resumes, so a line is never scanned twice. */
  private scanFrom = 0;
  /** proto-max-bulk-len, read from the server's config. */
  maxBulkLen = 512 * 1024 * 1024;
  /**
   * Whether the client still has to authenticate: then a request may declare at most 10 arguments and
   * bulks of at most 16 KB (Redis's guard against unauthenticated memory use).
   */
  authRequired: () => boolean = () => false;
  /** Set when the input breaks the protocol: the reply text (without "-" and CRLF). */
  error: string | null = null;
  /**
   * Set when next() returned null because it dropped a command it read whole: the error to reply (a big
   * argument to a command that cannot take one, keyspace/bigstr.ts); the caller replies and goes on.
   */
  refused: string | null = null;
  /** Big arguments of the command being read, by position (keyspace/bigstr.ts), or null. */
  private bigs: Map<number, Uint8Array> | null = null;
  /** The buffer joinParts allocated, while it is `buf`: a big argument may keep a view of it. */
  private joined: Uint8Array | null = null;

  /** Bytes received but not yet turned into a command (for CLIENT LIST's qbuf). */
  pendingBytes(): number {
    return this.parts ? this.partsLen : this.buf.length - this.pos;
  }

  /** Bytes held for the command being read: unparsed input plus arguments already read (query buffer limit). */
  heldBytes(): number {
    return this.pendingBytes() + this.argvBytes;
  }
  /** Total length of the arguments of the current, incomplete command. */
  private argvBytes = 0;

  feed(chunk: Uint8Array): void {
    if (this.parts !== null) {
      this.addPart(chunk);
      if (this.partsLen >= this.bulkLen + 2) this.joinParts();
      return;
    }
    if (this.pos >= this.buf.length) {
      this.buf = chunk;
      this.pos = 0;
      this.scanFrom = 0;
      this.room = null;
      return;
    }
    // A partial header line or a small partial bulk waits for more: append to our own buffer, which grows
    // by doubling, so a client sending a byte at a time costs amortised O(1) per byte and holds at most
    // about twice what it sent (a fresh merge per chunk would be quadratic).
    const end = this.buf.length;
    let room = this.room;
    if (room === null || end + chunk.length > room.length) {
      const rest = end - this.pos;
      const grown = new Uint8Array(Math.max(MIN_ROOM, 2 * (rest + chunk.length)));
      grown.set(this.buf.subarray(this.pos), 0);
      this.scanFrom = Math.max(0, this.scanFrom - this.pos);
      this.pos = 0;
      room = this.room = grown;
      room.set(chunk, rest);
      this.buf = room.subarray(0, rest + chunk.length);
      return;
    }
    room.set(chunk, end);
    this.buf = room.subarray(0, end + chunk.length);
  }

  /**
   * Gathers a piece of a big bulk. Pieces much smaller than a read (a slow sender's) are copied into a
   * staging buffer that grows by doubling, so what is held stays close to the bytes received instead of one
   * array object (and, on some runtimes, one read-sized backing store) per piece.
   */
  private addPart(chunk: Uint8Array): void {
    this.partsLen += chunk.length;
    if (chunk.length >= STAGE_MAX) {
      this.sealStage();
      this.parts!.push(chunk);
      return;
    }
    let stage = this.stage;
    if (stage === null || this.stageLen + chunk.length > stage.length) {
      if (stage !== null && stage.length >= STAGE_MAX) this.sealStage();
      const keep = this.stage === null ? 0 : this.stageLen;
      const size = Math.min(STAGE_MAX, Math.max(MIN_ROOM, 2 * (keep + chunk.length)));
      const grown = new Uint8Array(Math.max(size, keep + chunk.length));
      if (this.stage !== null) grown.set(this.stage.subarray(0, keep), 0);
      stage = this.stage = grown;
      this.stageLen = keep;
    }
    stage.set(chunk, this.stageLen);
    this.stageLen += chunk.length;
  }

  /** Moves the staging buffer's bytes into the list of parts. */
  private sealStage(): void {
    if (this.stage === null) return;
    if (this.stageLen > 0) this.parts!.push(this.stage.subarray(0, this.stageLen));
    this.stage = null;
    this.stageLen = 0;
  }

  private joinParts(): void {
    this.sealStage();
    const parts = this.parts!;
    let merged: Uint8Array;
    if (parts.length === 1) {
      merged = parts[0];
    } else {
      merged = new Uint8Array(this.partsLen);
      let off = 0;
      for (const p of parts) {
        merged.set(p, off);
        off += p.length;
      }
    }
    this.parts = null;
    this.partsLen = 0;
    this.joined = parts.length === 1 ? null : merged;
    this.buf = merged;
    this.pos = 0;
    this.scanFrom = 0;
    this.room = null;
  }

  /**
   * The next complete command, or null when more bytes are needed or the input broke the protocol
   * (then `error` is set and the connection must be closed after replying).
   */
  next(): string[] | null {
    if (this.error !== null || this.parts !== null) return null;
    for (;;) {
      if (this.multibulkLen === 0) {
        if (this.pos >= this.buf.length) return null;
        if (this.buf[this.pos] !== STAR) {
          const argv = this.inline();
          if (argv === null) return null;
          if (argv.length === 0) continue;
          return argv;
        }
        const whole = this.wholeCommand();
        if (whole !== null) return whole;
        const end = this.findCR();
        if (end < 0) {
          if (this.buf.length - this.pos > INLINE_MAX_SIZE) this.error = "Protocol error: too big mbulk count string";
          return null;
        }
        if (end + 1 >= this.buf.length) return null; // the '\n' has not arrived yet
        const n = parseLen(this.buf, this.pos + 1, end);
        if (n === null || n > INT_MAX) {
          this.error = "Protocol error: invalid multibulk length";
          return null;
        }
        if (n > 10 && this.authRequired()) {
          this.error = "Protocol error: unauthenticated multibulk length";
          return null;
        }
        this.pos = end + 2;
        this.scanFrom = this.pos;
        if (n <= 0) continue;
        this.multibulkLen = n;
        this.argv = [];
      }
      while (this.multibulkLen > 0) {
        if (this.bulkLen === -1) {
          if (this.pos >= this.buf.length) return null;
          const end = this.findCR();
          if (end < 0) {
            if (this.buf.length - this.pos > INLINE_MAX_SIZE) this.error = "Protocol error: too big bulk count string";
            return null;
          }
          if (end + 1 >= this.buf.length) return null;
          if (this.buf[this.pos] !== DOLLAR) {
            this.error = `Protocol error: expected '$', got '${String.fromCharCode(this.buf[this.pos])}'`;
            return null;
          }
          const n = parseLen(this.buf, this.pos + 1, end);
          if (n === null || n < 0 || n > this.maxBulkLen) {
            this.error = "Protocol error: invalid bulk length";
            return null;
          }
          if (n > 16384 && this.authRequired()) {
            this.error = "Protocol error: unauthenticated bulk length";
            return null;
          }
          this.pos = end + 2;
          this.scanFrom = this.pos;
          this.bulkLen = n;
        }
        const avail = this.buf.length - this.pos;
        if (avail < this.bulkLen + 2) {
          if (this.bulkLen >= BIG_BULK) {
            // Gather the rest chunk by chunk; join once it is complete.
            this.parts = [];
            this.partsLen = 0;
            // The bytes already here may sit in a big chunk: copy them unless they are most of it.
            const head = this.buf.subarray(this.pos);
            this.buf = EMPTY;
            this.pos = 0;
            this.room = null;
            if (head.length * 2 >= head.buffer.byteLength) {
              this.parts.push(head);
              this.partsLen = head.length;
            } else this.addPart(head);
          }
          return null;
        }
        // Like Redis, the two bytes after the bulk are skipped without being checked.
        const start = this.pos;
        const end = start + this.bulkLen;
        if (this.bulkLen > bigMin() && this.argv.length > 0) this.bigArg(start, end);
        else {this.argv.push(
            this.argv.length === 0 ? commandName(this.buf, start, end) : bytesToStr(this.buf, start, end),
          );}
        this.argvBytes += this.bulkLen;
        this.pos += this.bulkLen + 2;
        this.scanFrom = this.pos;
        this.bulkLen = -1;
        this.multibulkLen--;
      }
      const argv = this.argv;
      this.argv = [];
      this.argvBytes = 0;
      if (this.pos >= this.buf.length) {
        this.buf = EMPTY;
        this.pos = 0;
        this.scanFrom = 0;
      }
      this.joined = null;
      if (this.bigs !== null) return this.withBigArgs(argv);
      return argv;
    }
  }

  /** A bulk longer than the big-string threshold: its bytes set aside, BIG_ARG in argv (keyspace/bigstr.ts). */
  private bigArg(start: number, end: number): void {
    // joinParts's buffer is ours and mostly this bulk: keep a view. Anything else may be reused: copy.
    const own = this.buf === this.joined && (end - start) * 2 >= this.buf.length;
    const bytes = own ? this.buf.subarray(start, end) : this.buf.slice(start, end);
    if (this.bigs === null) this.bigs = new Map();
    this.bigs.set(this.argv.length, bytes);
    this.argv.push(BIG_ARG);
  }

  /** A command with big arguments: handed on with them attached, or refused (see `refused`). */
  private withBigArgs(argv: string[]): string[] | null {
    const bigs = this.bigs!;
    this.bigs = null;
    if (!BIG_ARG_COMMANDS.has(argv[0].toLowerCase())) {
      this.refused = ERR_BIG_ARG;
      return null;
    }
    attachBigArgs(argv, bigs);
    return argv;
  }

  /**
   * The fast path: a multibulk command wholly inside the buffer, in well-formed, canonical form, parsed with
   * local variables in one pass. Anything else (incomplete, malformed, over a limit, a NUL in a header)
   * returns null with nothing consumed, and the resumable path above handles it with Redis's exact errors.
   */
  private wholeCommand(): string[] | null {
    const buf = this.buf;
    const len = buf.length;
    let p = this.pos + 1;
    let n = 0;
    let digits = 0;
    let c = buf[p];
    if (c === 48) return null; // "0" and leading zeros: let the slow path decide
    while (p < len && (c = buf[p]) >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      p++;
      if (++digits > 7) return null;
    }
    if (digits === 0 || p + 1 >= len || c !== CR) return null;
    if (n > 10 && this.authRequired()) return null;
    p += 2;
    // Every argument takes at least 6 bytes ("$0\r\n\r\n"): no array for arguments that have not arrived.
    if (n * 6 > len - p) return null;
    const argv: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      if (p >= len || buf[p] !== DOLLAR) return null;
      p++;
      let b = 0;
      digits = 0;
      c = buf[p];
      if (c === 48 && buf[p + 1] !== CR) return null;
      while (p < len && (c = buf[p]) >= 48 && c <= 57) {
        b = b * 10 + (c - 48);
        p++;
        if (++digits > 10) return null;
      }
      if (digits === 0 || c !== CR || p + 1 >= len) return null;
      if (b > this.maxBulkLen || (b > 16384 && (b > bigMin() || this.authRequired()))) return null;
      p += 2;
      // Like Redis, the two bytes after the bulk are skipped without being checked.
      if (p + b + 2 > len) return null;
      argv[i] = i === 0 ? commandName(buf, p, p + b) : bytesToStr(buf, p, p + b);
      p += b + 2;
    }
    if (p >= len) {
      this.buf = EMPTY;
      this.pos = 0;
      this.scanFrom = 0;
    } else {
      this.pos = p;
      this.scanFrom = p;
    }
    return argv;
  }

  /**
   * Index of the next '\r' from the current position, or -1. Redis looks for it with strchr, which stops at
   * a NUL byte: a NUL before the '\r' hides it for good, and the client waits until the line is too long.
   */
  private findCR(): number {
    return this.findByte(CR);
  }

  /** findCR's search for any byte; the scan resumes where the last one stopped. */
  private findByte(target: number): number {
    const buf = this.buf;
    const n = buf.length;
    let i = this.scanFrom > this.pos ? this.scanFrom : this.pos;
    for (; i < n; i++) {
      const b = buf[i];
      if (b === target) return i;
      if (b === 0) {
        this.scanFrom = i;
        return -1;
      }
    }
    this.scanFrom = n;
    return -1;
  }

  /** An inline command (processInlineBuffer): a line split like sdssplitargs. Null when incomplete or bad. */
  private inline(): string[] | null {
    const buf = this.buf;
    const n = buf.length;
    // strchr(querybuf, '\n') in Redis: a NUL byte first means no line yet (see findCR).
    const i = this.findByte(LF);
    if (i < 0) {
      if (n - this.pos > INLINE_MAX_SIZE) this.error = "Protocol error: too big inline request";
      return null;
    }
    let lineEnd = i;
    if (lineEnd !== this.pos && buf[lineEnd - 1] === CR) lineEnd--;
    const argv = splitArgs(bytesToStr(buf, this.pos, lineEnd));
    if (argv === null) {
      this.error = "Protocol error: unbalanced quotes in request";
      return null;
    }
    this.pos = i + 1;
    this.scanFrom = this.pos;
    return argv;
  }
}

/**
 * Command names seen lately, by length and first letter: a pipeline (or any busy connection) sends the same few
 * names over and over, and handing back the same string saves decoding it and lets the command table's Map
 * use the hash the string already carries. A slot holds the last name that mapped to it; a name whose bytes
 * differ replaces it. Shared by every connection (names are not secrets: the table is public).
 */
const NAME_SLOTS = 16 * 32;
const NAME_MAX = 16;
const recentNames: string[] = new Array<string>(NAME_SLOTS).fill("");

/** Bytes [start, end) as a string, for the first argument of a command: see recentNames. */
export function commandName(buf: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n === 0 || n > NAME_MAX) return bytesToStr(buf, start, end);
  const slot = ((n - 1) << 5) | (buf[start] & 31);
  const last = recentNames[slot];
  if (last.length === n) {
    let i = 0;
    while (i < n && buf[start + i] === last.charCodeAt(i)) i++;
    if (i === n) return last;
  }
  return (recentNames[slot] = bytesToStr(buf, start, end));
}

/** string2ll over bytes [start, end): Redis's strict integer syntax. Null when not an integer. */
function parseLen(buf: Uint8Array, start: number, end: number): number | null {
  const len = end - start;
  if (len <= 0 || len > 20) return null;
  let i = start;
  let neg = false;
  if (buf[i] === 45) {
    neg = true;
    i++;
    if (i === end) return null;
  }
  // A lone "0" is fine; "-0" and leading zeros are not.
  if (buf[i] === 48) return i + 1 === end && !neg ? 0 : null;
  let v = 0;
  for (; i < end; i++) {
    const c = buf[i] - 48;
    if (c < 0 || c > 9) return null;
    v = v * 10 + c;
  }
  // Anything past 2^53 is far beyond every limit, so precision does not matter here.
  return neg ? -v : v;
}

function isHex(c: string): boolean {
  return /^[0-9a-fA-F]$/.test(c);
}

/** C isspace: what sdssplitargs skips between words and requires after a closing quote. */
function isSpace(c: string): boolean {
  return c === " " || c === "\n" || c === "\r" || c === "\t" || c === "\v" || c === "\f";
}

/** What ends an unquoted word in sdssplitargs: a narrower set than isspace (\v and \f stay in the word). */
function endsWord(c: string): boolean {
  return c === " " || c === "\n" || c === "\r" || c === "\t";
}

/**
 * sdssplitargs: words separated by spaces, "double quotes" with \n \r \t \b \a \xHH and \<c> escapes,
 * 'single quotes' with \' only. A closing quote must be followed by a space or the end. Null on bad quoting.
 */
export function splitArgs(line: string): string[] | null {
  const out: string[] = [];
  let p = 0;
  const n = line.length;
  for (;;) {
    while (p < n && isSpace(line[p])) p++;
    if (p >= n) return out;
    let inq = false;
    let insq = false;
    let done = false;
    const cur: number[] = [];
    while (!done) {
      const c = p < n ? line[p] : "";
      if (inq) {
        if (c === "") return null;
        if (c === "\\" && line[p + 1] === "x" && isHex(line[p + 2]) && isHex(line[p + 3])) {
          cur.push(parseInt(line.slice(p + 2, p + 4), 16));
          p += 3;
        } else if (c === "\\" && p + 1 < n) {
          p++;
          const e = line[p];
          cur.push(e === "n" ? 10 : e === "r" ? 13 : e === "t" ? 9 : e === "b" ? 8 : e === "a" ? 7 : e.charCodeAt(0));
        } else if (c === '"') {
          if (p + 1 < n && !isSpace(line[p + 1])) return null;
          done = true;
        } else {
          cur.push(c.charCodeAt(0));
        }
      } else if (insq) {
        if (c === "") return null;
        if (c === "\\" && line[p + 1] === "'") {
          p++;
          cur.push(39);
        } else if (c === "'") {
          if (p + 1 < n && !isSpace(line[p + 1])) return null;
          done = true;
        } else {
          cur.push(c.charCodeAt(0));
        }
      } else {
        if (c === "" || endsWord(c)) done = true;
        else if (c === '"') inq = true;
        else if (c === "'") insq = true;
        else cur.push(c.charCodeAt(0));
      }
      if (p < n) p++;
    }
    out.push(bytesToStr(Uint8Array.from(cur), 0, cur.length));
  }
}
