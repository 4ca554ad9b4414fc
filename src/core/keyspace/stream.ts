/**
 * The stream type (t_stream.c's data structure half, stream.h). Entries live in nodes that mirror Redis's
 * radix-tree listpacks: a node is keyed by its master ID (the first entry added to it), holds up to
 * `stream-node-max-entries` entries (live and deleted) and is closed when its listpack would reach
 * `stream-node-max-bytes`. The node's listpack size is tracked byte for byte as Redis would encode it, so
 * node boundaries, and with them approximate trimming (`~`, which removes whole nodes only), match
 * redis-server. Nodes sit in an array sorted by master ID: seeking an ID is a binary search for the node,
 * then a binary search in the open (last) node, or a walk of at most 16 entries from a packed node's
 * checkpoint.
 *
 * Consumer groups keep a pending-entries list (PEL) per group and per consumer, sorted by ID and sharing
 * the NACK records, as Redis's rax pair does.
 */
import type { Config } from "../config.ts";
import type { RedisObject } from "./types.ts";
import type { StreamID } from "./streamid.ts";
import { formatId, ID_MAX, ID_ZERO, idMs, idPart, idSeq, incrId, streamId } from "./streamid.ts";
import { bytesToStr, parseInt64, strIntoBytes } from "../bytes.ts";
import { RaxShape } from "./streamrax.ts";

export const STREAM_ITEM_FLAG_NONE = 0;
export const STREAM_ITEM_FLAG_DELETED = 1;
export const STREAM_ITEM_FLAG_SAMEFIELDS = 2;
/** SCG_INVALID_ENTRIES_READ: a group whose read counter is unknown. */
export const SCG_INVALID_ENTRIES_READ = -1;
/** STREAM_LISTPACK_MAX_SIZE: a listpack holds at most 1 GB. */
export const STREAM_LISTPACK_MAX_SIZE = 1 << 30;

// ---- Listpack sizes (listpack.c), to know when Redis would start a new node ----

function backlenSize(l: number): number {
  return l <= 127 ? 1 : l < 16383 ? 2 : l < 2097151 ? 3 : l < 268435455 ? 4 : 5;
}

/** Bytes of an integer entry (lpEncodeIntegerGetType) with its backlen. */
function lpIntSize(v: number | bigint): number {
  const n = v;
  if (n >= 0 && n <= 127) return 2;
  if (n >= -4096 && n <= 4095) return 3;
  if (n >= -32768 && n <= 32767) return 4;
  if (n >= -8388608 && n <= 8388607) return 5;
  if (n >= -2147483648 && n <= 2147483647) return 6;
  return 10;
}

/** Bytes of a string entry as lpAppend stores it: integers as integers (lpStringToInt64). */
export function lpEntrySize(s: string): number {
  const len = s.length;
  if (len <= 20 && len > 0) {
    const c = s.charCodeAt(len - 1);
    if (c >= 48 && c <= 57) {
      const v = parseInt64(s);
      if (v !== null) return lpIntSize(v);
    }
  }
  const enc = len < 64 ? 1 + len : len < 4096 ? 2 + len : 5 + len;
  return enc + backlenSize(enc);
}

/** id.part - master.part as lpAppendInteger stores it (an int64 after unsigned wrap-around). */
function delta(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return BigInt.asIntN(64, BigInt(a) - BigInt(b));
}

/** Index of the first of the sorted `ids` that is >= `id` (ids.length when none). */
function lowerBound(ids: readonly StreamID[], id: StreamID): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---- Nodes ----

/**
 * Internal to the packed form: the entry's ID is stored as its 16 raw bytes (a node whose IDs pass 2^53),
 * not as varint deltas.
 */
const PACKED_RAW_ID = 4;
/** The Redis flags of a packed entry's flags byte. */
const PACKED_REDIS_FLAGS = STREAM_ITEM_FLAG_DELETED | STREAM_ITEM_FLAG_SAMEFIELDS;
/** STREAM_LISTPACK_MAX_PRE_ALLOCATE: the bytes lpNew reserves for a new node. */
const STREAM_LISTPACK_MAX_PRE_ALLOCATE = 4096;

/** A node's entries as arrays: the open form, and what a packed node decodes to. */
export interface NodeEntries {
  ids: StreamID[];
  /** Field/value pairs per entry, flat; fields equal to the master's are the master's strings. */
  fields: string[][];
  /** STREAM_ITEM_FLAG_* per entry. */
  flags: number[];
}

/**
 * Where a node is packed before its exact-size copy is taken: reused from node to node (a node is at most
 * `stream-node-max-bytes` of listpack, 4 KB by default; a bigger buffer is dropped after use).
 */
let packBuf = new Uint8Array(8192);
let packLen = 0;

function packRoom(n: number): void {
  if (packLen + n <= packBuf.length) return;
  const grown = new Uint8Array(Math.max(packBuf.length * 2, packLen + n));
  grown.set(packBuf.subarray(0, packLen));
  packBuf = grown;
}

/** A non-negative safe integer as a varint: 7 bits a byte, low bits first, the high bit set on all but the last. */
function putVarint(n: number): void {
  packRoom(8);
  const b = packBuf;
  while (n >= 128) {
    b[packLen++] = (n % 128) | 128;
    n = Math.floor(n / 128);
  }
  b[packLen++] = n;
}

/** A byte string with its length first. */
function putLengthPrefixed(s: string): void {
  putVarint(s.length);
  packRoom(s.length);
  const b = packBuf;
  if (s.length > 32) packLen += strIntoBytes(s, b, packLen);
  else for (let i = 0; i < s.length; i++) b[packLen++] = s.charCodeAt(i);
}

/** A packed node keeps a checkpoint every this many entries, so a seek skips at most this many. */
const CHECKPOINT_EVERY = 16;

/** Where the entry `scan` handed to its callback starts (its flags byte). */
let scanEntryAt = 0;

/** The ms and seq of that entry when its ID is stored as deltas (a scan without `build` makes no ID string). */
let scanMs = 0;
let scanSeq = 0;

/** The values handed to a scan's callback without `build`. */
const NO_FIELDS: string[] = [];

/** Where the last varint read by `varintAt` ended. */
let varintEnd = 0;

/** The varint at p[pos] (its end in `varintEnd`). Callers read one-byte varints inline, the common case. */
function varintAt(p: Uint8Array, pos: number): number {
  let v = 0;
  let mul = 1;
  for (;;) {
    const b = p[pos++];
    v += (b & 127) * mul;
    if (b < 128) break;
    mul *= 128;
  }
  varintEnd = pos;
  return v;
}

/** An ID part as a number for comparisons: parts past 2^53 (never in a varint node) compare as Infinity. */
function partOrInfinity(id: StreamID, part: 0 | 8): number {
  // Past 2^53 when the high 32 bits are: answered without making the bigint.
  if (((id.charCodeAt(part) << 8) | id.charCodeAt(part + 1)) >= 0x20) return Infinity;
  return idPart(id, part) as number;
}

/**
 * One radix-tree node: a listpack of entries sharing a master entry. The node being appended to keeps its
 * entries as arrays; a node that is full (a new one was opened after it) is packed into one byte array,
 * as Redis's listpack is one allocation: per entry a flags byte, the ID as varint deltas from the
 * previous entry (ms, then seq: relative when the ms is the same, else whole), and the values (fields
 * too unless SAMEFIELDS) length-prefixed. Reads decode from the bytes; XDEL sets a flag in place; the rare
 * other writes to a closed node (exact trims) decode, change and pack it again.
 *
 * The bytes are an ArrayBuffer, outside the JavaScript heap: a string would be born in V8's young
 * generation and copied out of it, and that survival (the whole stream's payload, once per node) is what
 * makes V8 grow its young generation to its maximum during a load (on Deno 2 x 32 MB). An ArrayBuffer's
 * bytes are never copied by the collector.
 */
export class StreamNode {
  masterId: StreamID;
  /** The master ID's parts (every entry's ID is stored as deltas from them). */
  readonly masterMs: number | bigint;
  readonly masterSeq: number | bigint;
  /** The same parts as numbers for seeks (Infinity past 2^53: then the IDs compare as strings). */
  readonly seekMs: number;
  readonly seekSeq: number;
  /** The master entry's fields (those of the first entry added). */
  masterFields: string[];
  /** The open form (null while packed). */
  open: NodeEntries | null = { ids: [], fields: [], flags: [] };
  /**
   * The packed form (null while open): the entries, then (a node of varint IDs) per CHECKPOINT_EVERY-th
   * entry after the first a checkpoint, three varints: its offset and the ms and seq of the entry before it
   * (the base of its deltas), so a seek starts near its ID. In the same bytes rather than an array of their
   * own: a node's objects on the heap are what a load leaves to the collector, per node.
   */
  packed: Uint8Array | null = null;
  /** With a packed node: where its entries end (and its checkpoints start). */
  entriesEnd = 0;
  /** With a packed node: its last entry's ID (MINID trims ask for it on every XADD). */
  packedLastId: StreamID = ID_ZERO;
  /** Live entries and entries marked deleted (the master entry's count and deleted). */
  count = 0;
  deleted = 0;
  /** lpBytes of the listpack Redis would hold. */
  bytes: number;
  /**
   * The bytes Redis's allocation for that listpack was asked for (its zmalloc_size is this rounded up to a
   * size class): lpNew's preallocation, then the size at each growing realloc, the exact size after a
   * shrink (a smaller replacement, lpShrinkToFit).
   */
  reserved: number;
  /** memory/size.ts's size class of `reserved`, and the `reserved` it was taken for (measured on every write). */
  allocCache = 0;
  allocCacheFor = -1;

  constructor(masterId: StreamID, masterFields: string[], prealloc = 0) {
    this.masterId = masterId;
    this.masterMs = idMs(masterId);
    this.masterSeq = idSeq(masterId);
    this.seekMs = partOrInfinity(masterId, 0);
    this.seekSeq = partOrInfinity(masterId, 8);
    this.masterFields = masterFields;
    // Header, count, deleted, num-fields, fields, the master terminator 0, EOF.
    let b = 6 + lpIntSize(0) + lpIntSize(0) + lpIntSize(masterFields.length) + lpIntSize(0) + 1;
    for (const f of masterFields) b += lpEntrySize(f);
    this.bytes = b;
    this.reserved = Math.max(b, prealloc);
  }

  /** Entries in the listpack, live and deleted. */
  get size(): number {
    return this.count + this.deleted;
  }

  /** Sets count and deleted, keeping the byte size as lpReplaceInteger would leave it. */
  setCounts(count: number, deleted: number): void {
    this.grow(lpIntSize(count) - lpIntSize(this.count) + lpIntSize(deleted) - lpIntSize(this.deleted));
    this.count = count;
    this.deleted = deleted;
  }

  /** Adds `n` (maybe negative) to the listpack's bytes, reallocating as lpInsert does. */
  grow(n: number): void {
    this.bytes += n;
    this.reserved = n < 0 ? this.bytes : Math.max(this.reserved, this.bytes);
  }

  /** lpShrinkToFit */
  shrinkToFit(): void {
    this.reserved = this.bytes;
  }

  /** The entries as arrays (a fresh decoding when packed: changes to it need `store`). */
  entries(): NodeEntries {
    return this.open ?? this.decode();
  }

  /** Puts back entries taken with `entries()`, in the node's current form. */
  store(e: NodeEntries): void {
    if (this.open !== null) this.open = e;
    else this.packed = this.encode(e);
  }

  /** Makes the node open (appendable). */
  unpack(): NodeEntries {
    if (this.open === null) {
      this.open = this.decode();
      this.packed = null;
      this.entriesEnd = 0;
    }
    return this.open;
  }

  /** Makes the node packed (it is full, or loaded). */
  pack(): void {
    if (this.open === null) return;
    this.packed = this.encode(this.open);
    this.open = null;
  }

  /** The ID of the listpack's first entry, deleted or not. */
  firstEntryId(): StreamID {
    if (this.open !== null) return this.open.ids[0];
    let first = this.masterId;
    this.scan(ID_ZERO, ID_MAX, true, (id) => {
      first = id;
      return false;
    });
    return first;
  }

  /** The ID of the listpack's last entry, deleted or not (lpGetEdgeStreamID). */
  lastEntryId(): StreamID {
    if (this.open !== null) return this.open.ids[this.open.ids.length - 1];
    return this.packedLastId;
  }

  /** Whether the node's IDs are stored raw (some ID part, or a delta, is not a safe integer). */
  private static needsRawIds(masterId: StreamID, ids: readonly StreamID[]): boolean {
    let prev = masterId;
    for (const id of ids) {
      if (typeof idMs(id) !== "number" || typeof idSeq(id) !== "number" || id < prev) return true;
      prev = id;
    }
    return typeof idMs(masterId) !== "number" || typeof idSeq(masterId) !== "number";
  }

  /** The packed bytes of `e` (and the checkpoints, kept on the node). */
  private encode(e: NodeEntries): Uint8Array {
    const raw = StreamNode.needsRawIds(this.masterId, e.ids);
    packLen = 0;
    const checkpoints: number[] = [];
    let prevMs = raw ? 0 : this.masterMs as number;
    let prevSeq = raw ? 0 : this.masterSeq as number;
    for (let i = 0; i < e.ids.length; i++) {
      const id = e.ids[i];
      const flags = e.flags[i];
      const fv = e.fields[i];
      if (!raw && i > 0 && i % CHECKPOINT_EVERY === 0) checkpoints.push(packLen, prevMs, prevSeq);
      packRoom(17);
      packBuf[packLen++] = flags | (raw ? PACKED_RAW_ID : 0);
      if (raw) {
        for (let k = 0; k < 16; k++) packBuf[packLen++] = id.charCodeAt(k);
      } else {
        const ms = idMs(id) as number;
        const seq = idSeq(id) as number;
        putVarint(ms - prevMs);
        putVarint(ms === prevMs ? seq - prevSeq : seq);
        prevMs = ms;
        prevSeq = seq;
      }
      const same = (flags & STREAM_ITEM_FLAG_SAMEFIELDS) !== 0;
      if (!same) putVarint(fv.length / 2);
      for (let j = 0; j < fv.length; j += 2) {
        if (!same) putLengthPrefixed(fv[j]);
        putLengthPrefixed(fv[j + 1]);
      }
    }
    this.entriesEnd = packLen;
    for (let k = 0; k < checkpoints.length; k++) putVarint(checkpoints[k]);
    this.packedLastId = e.ids[e.ids.length - 1];
    const out = packBuf.slice(0, packLen);
    if (packBuf.length > 65536) packBuf = new Uint8Array(8192);
    return out;
  }

  /** Sets the DELETED flag of the packed entry whose flags byte is at `at` (scanEntryAt). */
  markDeletedAt(at: number): void {
    // In place: no other node shares the bytes (clone copies them).
    this.packed![at] |= STREAM_ITEM_FLAG_DELETED;
  }

  private decode(): NodeEntries {
    const e: NodeEntries = { ids: [], fields: [], flags: [] };
    this.scan(ID_ZERO, ID_MAX, true, (id, flags, fv) => {
      e.ids.push(id);
      e.flags.push(flags);
      e.fields.push(fv);
      return true;
    });
    return e;
  }

  /**
   * Walks a packed node's entries with start <= id <= end in order, deleted ones too when `all`, until
   * `fn` returns false; returns false when it stopped early or passed `end`. Entries below `start` are
   * skipped without building their ID or values. Without `build`, `fn` gets no values (NO_FIELDS) and no
   * ID unless it is stored raw (""), only where the entry is (scanEntryAt, scanMs, scanSeq).
   */
  scan(
    start: StreamID,
    end: StreamID,
    all: boolean,
    fn: (id: StreamID, flags: number, fv: string[]) => boolean,
    build = true,
  ): boolean {
    const p = this.packed!;
    const mf = this.masterFields;
    const startMs = partOrInfinity(start, 0);
    const startSeq = partOrInfinity(start, 8);
    const endMs = partOrInfinity(end, 0);
    const endSeq = partOrInfinity(end, 8);
    let ms = 0;
    let seq = 0;
    const n = this.entriesEnd;
    if (n > 0 && (p[0] & PACKED_RAW_ID) === 0) {
      ms = this.masterMs as number;
      seq = this.masterSeq as number;
    }
    let pos = 0;
    // Start from the last checkpoint whose entry before it is below `start` (they come in ID order).
    for (let q = n; q < p.length;) {
      const at = varintAt(p, q);
      const cms = varintAt(p, varintEnd);
      const cseq = varintAt(p, varintEnd);
      q = varintEnd;
      if (cms > startMs || (cms === startMs && cseq >= startSeq)) break;
      pos = at;
      ms = cms;
      seq = cseq;
    }
    while (pos < n) {
      const entryAt = pos;
      const byte = p[pos++];
      const flags = byte & PACKED_REDIS_FLAGS;
      let id: StreamID | null = null;
      let below: boolean;
      let above: boolean;
      if ((byte & PACKED_RAW_ID) !== 0) {
        id = bytesToStr(p, pos, pos + 16);
        pos += 16;
        below = id < start;
        above = id > end;
      } else {
        let msDelta = p[pos++];
        if (msDelta >= 128) (msDelta = varintAt(p, pos - 1)), (pos = varintEnd);
        let seqPart = p[pos++];
        if (seqPart >= 128) (seqPart = varintAt(p, pos - 1)), (pos = varintEnd);
        seq = msDelta === 0 ? seq + seqPart : seqPart;
        ms += msDelta;
        below = ms < startMs || (ms === startMs && seq < startSeq);
        above = ms > endMs || (ms === endMs && seq > endSeq);
      }
      const same = (flags & STREAM_ITEM_FLAG_SAMEFIELDS) !== 0;
      let numfields = mf.length;
      if (!same) {
        numfields = p[pos++];
        if (numfields >= 128) (numfields = varintAt(p, pos - 1)), (pos = varintEnd);
      }
      if (above) return false;
      const skip = below || (!all && (flags & STREAM_ITEM_FLAG_DELETED) !== 0);
      const fv = skip || !build ? null : new Array<string>(numfields * 2);
      // Each field (unless SAMEFIELDS) and value: a length, then the bytes.
      for (let j = same ? 1 : 0; j < numfields * 2; j += same ? 2 : 1) {
        let len = p[pos++];
        if (len >= 128) (len = varintAt(p, pos - 1)), (pos = varintEnd);
        if (fv !== null) fv[j] = bytesToStr(p, pos, pos + len);
        pos += len;
      }
      if (skip) continue;
      scanEntryAt = entryAt;
      if (fv === null) {
        scanMs = ms;
        scanSeq = seq;
        if (!fn(id ?? "", flags, NO_FIELDS)) return false;
        continue;
      }
      if (same) { for (let j = 0; j < numfields; j++) fv[j * 2] = mf[j]; }
      if (!fn(id ?? streamId(ms, seq), flags, fv)) return false;
    }
    return true;
  }

  clone(): StreamNode {
    const n = new StreamNode(this.masterId, this.masterFields);
    if (this.open !== null) {
      n.open = { ids: this.open.ids.slice(), fields: this.open.fields.slice(), flags: this.open.flags.slice() };
    } else {
      // Its own bytes: XDEL changes them in place.
      n.open = null;
      n.packed = this.packed!.slice();
      n.entriesEnd = this.entriesEnd;
      n.packedLastId = this.packedLastId;
    }
    n.count = this.count;
    n.deleted = this.deleted;
    n.bytes = this.bytes;
    // streamDup copies each listpack into an allocation of its exact size.
    n.reserved = this.bytes;
    return n;
  }
}

// ---- Replies written straight from packed nodes ----

/**
 * The entries a forward range found (StreamValue.collect), as parallel arrays reused from call to call:
 * per entry its node and, in a packed node, the offset of its flags byte (`at`) with its ms and seq when its
 * ID is stored as deltas (`id` null), else its ID and values (`at` -1 for the open node). A reply written
 * from these copies the values' bytes out of the packed string, making no ID, value or array on the way.
 */
export const hits = {
  n: 0,
  node: [] as StreamNode[],
  at: [] as number[],
  ms: [] as number[],
  seq: [] as number[],
  id: [] as (StreamID | null)[],
  fv: [] as (string[] | null)[],
};

function addHit(node: StreamNode, at: number, ms: number, seq: number, id: StreamID | null, fv: string[] | null) {
  const i = hits.n++;
  hits.node[i] = node;
  hits.at[i] = at;
  hits.ms[i] = ms;
  hits.seq[i] = seq;
  hits.id[i] = id;
  hits.fv[i] = fv;
}

/** Drops the references the hits hold (nodes, values), keeping the arrays. */
export function clearHits(): void {
  if (hits.n > 1024) {
    // After a long range (XRANGE - + of a big stream) the arrays do not keep its size.
    hits.node = [];
    hits.at = [];
    hits.ms = [];
    hits.seq = [];
    hits.id = [];
    hits.fv = [];
  } else {
    for (let i = 0; i < hits.n; i++) {
      hits.node[i] = null!;
      hits.id[i] = null;
      hits.fv[i] = null;
    }
  }
  hits.n = 0;
}

/** Where RESP is written: a reply writer's growing buffer (ReplyWriter has this shape). */
export interface ByteSink {
  buf: Uint8Array;
  pos: number;
  ensure(n: number): void;
}

/** Decimal digits of a non-negative safe integer. */
function digits(n: number): number {
  let d = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    d++;
  }
  return d;
}

/** `prefix` + decimal n + CRLF (room ensured by the caller: 24 bytes). */
function putHeader(out: ByteSink, prefix: number, n: number): void {
  const buf = out.buf;
  buf[out.pos++] = prefix;
  out.pos = putDecimal(buf, out.pos, n, digits(n));
  buf[out.pos++] = 13;
  buf[out.pos++] = 10;
}

/** Writes the `d` digits of n at buf[at]; returns the end. */
function putDecimal(buf: Uint8Array, at: number, n: number, d: number): number {
  let i = at + d;
  do {
    const q = Math.floor(n / 10);
    buf[--i] = 48 + n - q * 10;
    n = q;
  } while (n > 0);
  return at + d;
}

/** A bulk string of the byte string s. */
function putBulk(out: ByteSink, s: string): void {
  const len = s.length;
  out.ensure(len + 24);
  putHeader(out, 36, len);
  const buf = out.buf;
  let pos = out.pos;
  for (let i = 0; i < len; i++) buf[pos++] = s.charCodeAt(i);
  buf[pos++] = 13;
  buf[pos++] = 10;
  out.pos = pos;
}

/** A bulk string of the bytes p[from..from+len). */
function putBulkBytes(out: ByteSink, p: Uint8Array, from: number, len: number): void {
  out.ensure(len + 24);
  putHeader(out, 36, len);
  const buf = out.buf;
  let pos = out.pos;
  if (len > 32) {
    buf.set(p.subarray(from, from + len), pos);
    pos += len;
  } else {
    for (let i = from, end = from + len; i < end; i++) buf[pos++] = p[i];
  }
  buf[pos++] = 13;
  buf[pos++] = 10;
  out.pos = pos;
}

/** The bulk string <ms>-<seq> of two safe integers, written without making it. */
function putIdBulk(out: ByteSink, ms: number, seq: number): void {
  const dm = digits(ms);
  const ds = digits(seq);
  out.ensure(64);
  putHeader(out, 36, dm + 1 + ds);
  const b = out.buf;
  let o = putDecimal(b, out.pos, ms, dm);
  b[o++] = 45;
  o = putDecimal(b, o, seq, ds);
  b[o++] = 13;
  b[o++] = 10;
  out.pos = o;
}

/** The ID as a bulk string (formatId's text), written without making the text when both parts are below 2^53. */
export function writeIdBulk(out: ByteSink, id: StreamID): void {
  const ms = partOrInfinity(id, 0);
  const seq = partOrInfinity(id, 8);
  if (ms === Infinity || seq === Infinity) putBulk(out, formatId(id));
  else putIdBulk(out, ms, seq);
}

/**
 * The reply to one entry of a packed node whose ID is stored as deltas, as streamReplyWithRange writes it:
 * [<ms>-<seq>, [field, value, ...]]. `at` is its flags byte, ms and seq its ID.
 */
export function writePackedEntry(
  out: ByteSink,
  node: StreamNode,
  at: number,
  ms: number,
  seq: number,
  rawId: StreamID | null,
): void {
  const p = node.packed!;
  const mf = node.masterFields;
  let pos = at;
  const byte = p[pos++];
  const same = (byte & STREAM_ITEM_FLAG_SAMEFIELDS) !== 0;
  if ((byte & PACKED_RAW_ID) !== 0) pos += 16;
  else {
    // Past the two ID varints.
    while (p[pos++] >= 128);
    while (p[pos++] >= 128);
  }
  let numfields = mf.length;
  if (!same) {
    numfields = varintAt(p, pos);
    pos = varintEnd;
  }
  out.ensure(4);
  const buf = out.buf;
  buf[out.pos++] = 42;
  buf[out.pos++] = 50;
  buf[out.pos++] = 13;
  buf[out.pos++] = 10;
  if (rawId !== null) putBulk(out, formatId(rawId));
  else putIdBulk(out, ms, seq);
  out.ensure(24);
  putHeader(out, 42, numfields * 2);
  for (let j = 0; j < numfields; j++) {
    if (same) putBulk(out, mf[j]);
    else {
      const len = varintAt(p, pos);
      putBulkBytes(out, p, varintEnd, len);
      pos = varintEnd + len;
    }
    const len = varintAt(p, pos);
    putBulkBytes(out, p, varintEnd, len);
    pos = varintEnd + len;
  }
}

// ---- Consumer groups ----

/** streamNACK: a delivered, not yet acknowledged entry. */
export interface StreamNACK {
  deliveryTime: number;
  deliveryCount: number;
  consumer: StreamConsumer | null;
}

/**
 * A map from ID to value kept in ID order, with seeks (a PEL): sorted parallel arrays of IDs and values,
 * found by binary search. A PEL fills at its end and drains from its front (XREADGROUP, then XACK of the
 * oldest), which arrays take without allocating: a push, a shift. (A Map beside the array, as before, grew
 * and shrank its hash table, and every splice returned an array, about 4 KB of garbage per ten entries.)
 */
export class IdMap<V> {
  private keys: StreamID[] = [];
  private vals: V[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** Index of `id`, or -1. */
  private find(id: StreamID): number {
    const i = lowerBound(this.keys, id);
    return i < this.keys.length && this.keys[i] === id ? i : -1;
  }

  get(id: StreamID): V | undefined {
    const i = this.find(id);
    return i < 0 ? undefined : this.vals[i];
  }

  has(id: StreamID): boolean {
    return this.find(id) >= 0;
  }

  /** Inserts or replaces. */
  set(id: StreamID, v: V): void {
    const keys = this.keys;
    const n = keys.length;
    if (n === 0 || keys[n - 1] < id) {
      keys.push(id);
      this.vals.push(v);
      return;
    }
    const i = lowerBound(keys, id);
    if (keys[i] === id) {
      this.vals[i] = v;
      return;
    }
    keys.splice(i, 0, id);
    this.vals.splice(i, 0, v);
  }

  delete(id: StreamID): boolean {
    const i = this.find(id);
    if (i < 0) return false;
    removeAt(this.keys, i);
    removeAt(this.vals, i);
    return true;
  }

  /** Index of the first key >= id. */
  lowerBound(id: StreamID): number {
    return lowerBound(this.keys, id);
  }

  /** Up to `count` entries (0: all) from the first key >= start, in order. */
  take(start: StreamID, count: number): [StreamID, V][] {
    const out: [StreamID, V][] = [];
    for (let i = this.lowerBound(start); i < this.keys.length && (count === 0 || out.length < count); i++) {
      out.push([this.keys[i], this.vals[i]]);
    }
    return out;
  }

  keyAt(i: number): StreamID {
    return this.keys[i];
  }

  first(): StreamID | undefined {
    return this.keys[0];
  }

  last(): StreamID | undefined {
    return this.keys[this.keys.length - 1];
  }

  /** Entries from the first key >= start, in order, while `fn` returns true. Safe against deletion of the current key. */
  *from(start: StreamID): Generator<[StreamID, V]> {
    let i = this.lowerBound(start);
    while (i < this.keys.length) {
      const k = this.keys[i];
      yield [k, this.vals[i]];
      // The key may have been removed meanwhile: continue after it either way.
      if (this.keys[i] === k) i++;
    }
  }
}

/** Removes a[i] without making the array of removed elements that splice returns. */
function removeAt<T>(a: T[], i: number): void {
  if (i === 0) {
    a.shift();
    return;
  }
  const last = a.length - 1;
  for (let j = i; j < last; j++) a[j] = a[j + 1];
  a.length = last;
}

export interface StreamConsumer {
  name: string;
  seenTime: number;
  pel: IdMap<StreamNACK>;
}

export interface StreamCG {
  name: string;
  lastId: StreamID;
  entriesRead: number;
  pel: IdMap<StreamNACK>;
  consumers: Map<string, StreamConsumer>;
}

/** Byte order of names (raxes iterate in memcmp order, which one-byte JS strings share). */
function byName<T extends { name: string }>(m: Map<string, T>): T[] {
  return [...m.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// ---- Trimming ----

export const TRIM_STRATEGY_NONE = 0;
export const TRIM_STRATEGY_MAXLEN = 1;
export const TRIM_STRATEGY_MINID = 2;

/** streamAddTrimArgs' trimming half. */
export interface TrimArgs {
  strategy: number;
  approx: boolean;
  /** Maximum entries to remove; 0: no limit. */
  limit: number;
  maxlen: number;
  minid: StreamID;
}

/** Why streamAppendItem refused: an ID not above the top one (EDOM), or elements too large (ERANGE). */
export const APPEND_EDOM = 1;
export const APPEND_ERANGE = 2;

// ---- The stream ----

export class StreamValue implements RedisObject {
  readonly type = "stream" as const;
  nodes: StreamNode[] = [];
  /** The shape of Redis's rax over the nodes' master IDs (null: to be recounted). */
  rax: RaxShape | null = null;
  length = 0;
  lastId: StreamID = ID_ZERO;
  firstId: StreamID = ID_ZERO;
  maxDeletedId: StreamID = ID_ZERO;
  entriesAdded = 0;
  groups: Map<string, StreamCG> | null = null;

  encoding(_config: Config): string {
    return "stream";
  }

  /** streamDup: an independent copy, groups and PELs included. */
  clone(): StreamValue {
    const s = new StreamValue();
    s.nodes = this.nodes.map((n) => n.clone());
    s.length = this.length;
    s.lastId = this.lastId;
    s.firstId = this.firstId;
    s.maxDeletedId = this.maxDeletedId;
    s.entriesAdded = this.entriesAdded;
    if (this.groups !== null) {
      for (const g of this.groups.values()) {
        const cg = s.createGroup(g.name, g.lastId, g.entriesRead)!;
        for (const c of g.consumers.values()) {
          const nc: StreamConsumer = { name: c.name, seenTime: c.seenTime, pel: new IdMap() };
          cg.consumers.set(c.name, nc);
        }
        for (const [id, nack] of g.pel.from(ID_ZERO)) {
          const consumer = nack.consumer === null ? null : cg.consumers.get(nack.consumer.name)!;
          const copy: StreamNACK = { deliveryTime: nack.deliveryTime, deliveryCount: nack.deliveryCount, consumer };
          cg.pel.set(id, copy);
          consumer?.pel.set(id, copy);
        }
      }
    }
    return s;
  }

  /** Number of radix-tree keys (XINFO STREAM radix-tree-keys). */
  get nodeCount(): number {
    return this.nodes.length;
  }

  /**
   * streamAppendItem: adds an entry of field/value pairs `fv`. `useId` is an explicit ID (its sequence
   * generated when !seqGiven); without it the next ID after `now`. Returns the ID or APPEND_EDOM/ERANGE.
   */
  append(
    fv: string[],
    useId: StreamID | null,
    seqGiven: boolean,
    now: number,
    nodeMaxBytes: number,
    nodeMaxEntries: number,
  ): StreamID | number {
    let id: StreamID;
    if (useId !== null) {
      if (seqGiven) id = useId;
      else if (this.lastId.slice(0, 8) === useId.slice(0, 8)) {
        // Redis fails here before setting errno: the reply is the "too large" one.
        if (this.lastId.slice(8) === "\xff".repeat(8)) return APPEND_ERANGE;
        id = incrId(this.lastId)!;
      } else id = useId;
    } else {
      id = this.nextId(now);
    }
    if (id <= this.lastId) return APPEND_EDOM;
    let totelelen = 0;
    for (let i = 0; i < fv.length; i++) totelelen += fv[i].length;
    if (totelelen > STREAM_LISTPACK_MAX_SIZE) return APPEND_ERANGE;

    let node = this.nodes.length > 0 ? this.nodes[this.nodes.length - 1] : null;
    let maxBytes = nodeMaxBytes;
    if (maxBytes === 0 || maxBytes > STREAM_LISTPACK_MAX_SIZE) maxBytes = STREAM_LISTPACK_MAX_SIZE;
    if (node !== null) {
      let full = false;
      if (node.bytes + totelelen >= maxBytes) full = true;
      else if (nodeMaxEntries && node.size >= nodeMaxEntries) {
        node.shrinkToFit();
        full = true;
      }
      if (full) {
        node.pack();
        node = null;
      }
    }
    const numfields = fv.length / 2;
    let flags = STREAM_ITEM_FLAG_NONE;
    let stored = fv;
    if (node === null) {
      const masterFields: string[] = [];
      for (let i = 0; i < fv.length; i += 2) masterFields.push(fv[i]);
      let prealloc = STREAM_LISTPACK_MAX_PRE_ALLOCATE;
      if (nodeMaxBytes > 0 && nodeMaxBytes < prealloc) prealloc = nodeMaxBytes;
      node = new StreamNode(id, masterFields, prealloc);
      this.nodes.push(node);
      this.rax?.append(id);
      flags = STREAM_ITEM_FLAG_SAMEFIELDS;
    } else {
      const mf = node.masterFields;
      if (mf.length === numfields) {
        let i = 0;
        while (i < numfields && mf[i] === fv[i * 2]) i++;
        if (i === numfields) flags = STREAM_ITEM_FLAG_SAMEFIELDS;
      }
    }
    if (flags === STREAM_ITEM_FLAG_SAMEFIELDS) {
      // Share the master's field strings: only the values cost memory.
      const mf = node.masterFields;
      if (fv[0] !== mf[0] || fv.length > 2) {
        stored = fv.slice();
        for (let i = 0; i < numfields; i++) stored[i * 2] = mf[i];
      }
    }
    // A node left last by deletions may be packed: appending reopens it.
    const open = node.unpack();
    node.setCounts(node.count + 1, node.deleted);
    node.grow(this.entrySize(node, id, fv, flags));
    open.ids.push(id);
    open.fields.push(stored);
    open.flags.push(flags);
    this.length++;
    this.entriesAdded++;
    this.lastId = id;
    if (this.length === 1) this.firstId = id;
    return id;
  }

  /** The listpack bytes of one entry (flags, ms and seq deltas, [num-fields, fields], values, lp-count). */
  private entrySize(node: StreamNode, id: StreamID, fv: string[], flags: number): number {
    const same = (flags & STREAM_ITEM_FLAG_SAMEFIELDS) !== 0;
    const numfields = fv.length / 2;
    let b = lpIntSize(flags);
    b += lpIntSize(delta(idMs(id), node.masterMs));
    b += lpIntSize(delta(idSeq(id), node.masterSeq));
    if (!same) b += lpIntSize(numfields);
    for (let i = 0; i < fv.length; i += 2) {
      if (!same) b += lpEntrySize(fv[i]);
      b += lpEntrySize(fv[i + 1]);
    }
    b += lpIntSize(same ? numfields + 3 : numfields * 2 + 4);
    return b;
  }

  /** streamNextID: the current millisecond, or the last ID's successor when the clock is not ahead. */
  nextId(now: number): StreamID {
    const lastMs = idMs(this.lastId);
    if (typeof lastMs === "number" && now > lastMs) return streamId(now, 0);
    return incrId(this.lastId) ?? this.lastId;
  }

  /** Index of the node that would hold `id` (the last with master ID <= id), or -1. */
  private nodeFor(id: StreamID): number {
    const nodes = this.nodes;
    // Numbers compare faster than 16-char strings (on JavaScriptCore by far); strings decide only between
    // parts past 2^53.
    const ms = partOrInfinity(id, 0);
    const seq = partOrInfinity(id, 8);
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const node = nodes[mid];
      const nodeMs = node.seekMs;
      let notAbove: boolean;
      if (nodeMs !== ms) notAbove = nodeMs < ms;
      else if (nodeMs !== Infinity && (node.seekSeq !== Infinity || seq !== Infinity)) notAbove = node.seekSeq <= seq;
      else notAbove = node.masterId <= id;
      if (notAbove) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The live entry `id`'s field/value pairs, or null (streamEntryExists + lookup). */
  get(id: StreamID): string[] | null {
    const ni = this.nodeFor(id);
    if (ni < 0) return null;
    const node = this.nodes[ni];
    if (node.open === null) {
      let found: string[] | null = null;
      node.scan(id, id, false, (_id, _flags, fv) => {
        found = fv;
        return false;
      });
      return found;
    }
    const { ids, flags, fields } = node.open;
    const i = lowerBound(ids, id);
    if (i >= ids.length || ids[i] !== id || (flags[i] & STREAM_ITEM_FLAG_DELETED) !== 0) return null;
    return fields[i];
  }

  /**
   * Visits live entries with start <= id <= end in order (reverse when `rev`), until `fn` returns false.
   * streamIteratorStart/GetID.
   */
  range(start: StreamID, end: StreamID, rev: boolean, fn: (id: StreamID, fv: string[]) => boolean): void {
    if (start > end) return;
    const nodes = this.nodes;
    if (!rev) {
      let ni = this.nodeFor(start);
      if (ni < 0) ni = 0;
      for (; ni < nodes.length; ni++) {
        const node = nodes[ni];
        if (node.masterId > end) return;
        if (node.open === null) {
          if (!node.scan(start, end, false, (id, _flags, fv) => fn(id, fv))) return;
          continue;
        }
        const { ids, flags, fields } = node.open;
        for (let i = lowerBound(ids, start); i < ids.length; i++) {
          const id = ids[i];
          if (id > end) return;
          if ((flags[i] & STREAM_ITEM_FLAG_DELETED) !== 0) continue;
          if (!fn(id, fields[i])) return;
        }
      }
    } else {
      const past = incrId(end);
      for (let ni = this.nodeFor(end); ni >= 0; ni--) {
        // Backwards through a packed node goes through its decoding, as lpPrev walks back through bytes.
        const { ids, flags, fields } = nodes[ni].entries();
        for (let i = past === null ? ids.length - 1 : lowerBound(ids, past) - 1; i >= 0; i--) {
          const id = ids[i];
          if (id < start) return;
          if ((flags[i] & STREAM_ITEM_FLAG_DELETED) !== 0) continue;
          if (!fn(id, fields[i])) return;
        }
      }
    }
  }

  /**
   * The first `count` (0: all) live entries with start <= id <= end into `hits`, in order: what `range`
   * visits forwards, without making IDs or values for entries of packed nodes. Returns how many.
   */
  collect(start: StreamID, end: StreamID, count: number): number {
    clearHits();
    if (start > end) return 0;
    const nodes = this.nodes;
    let ni = this.nodeFor(start);
    if (ni < 0) ni = 0;
    let collectNode: StreamNode | null = null;
    const visit = (id: StreamID) => {
      addHit(collectNode!, scanEntryAt, scanMs, scanSeq, id === "" ? null : id, null);
      return count === 0 || hits.n < count;
    };
    for (; ni < nodes.length; ni++) {
      const node = nodes[ni];
      if (node.masterId > end) break;
      if (node.open === null) {
        collectNode = node;
        if (!node.scan(start, end, false, visit, false)) break;
        continue;
      }
      const { ids, flags, fields } = node.open;
      let i = lowerBound(ids, start);
      for (; i < ids.length; i++) {
        const id = ids[i];
        if (id > end) break;
        if ((flags[i] & STREAM_ITEM_FLAG_DELETED) !== 0) continue;
        addHit(node, -1, 0, 0, id, fields[i]);
        if (count !== 0 && hits.n >= count) break;
      }
      if (i < ids.length) break;
    }
    return hits.n;
  }

  /** streamGetEdgeID: the first (or last) live ID, or null when empty. */
  edgeId(first: boolean): StreamID | null {
    let found: StreamID | null = null;
    this.range(ID_ZERO, ID_MAX, !first, (id) => {
      found = id;
      return false;
    });
    return found;
  }

  /** streamLastValidID: the last live entry's ID (0-0 when empty). */
  lastValidId(): StreamID {
    return this.edgeId(false) ?? ID_ZERO;
  }

  /** streamDeleteItem: marks the entry deleted (the node goes when it was its last live entry). */
  delete(id: StreamID): boolean {
    const ni = this.nodeFor(id);
    if (ni < 0) return false;
    const node = this.nodes[ni];
    // Where the live entry is: its index in the open form, or its flags byte in the packed one.
    let at = -1;
    if (node.open === null) {
      node.scan(id, id, false, (found) => {
        if (found === id) at = scanEntryAt;
        return false;
      });
    } else {
      const { ids, flags } = node.open;
      const i = lowerBound(ids, id);
      if (i < ids.length && ids[i] === id && (flags[i] & STREAM_ITEM_FLAG_DELETED) === 0) at = i;
    }
    if (at < 0) return false;
    if (node.count === 1) {
      this.nodes.splice(ni, 1);
      this.rax = null;
    } else {
      if (node.open === null) node.markDeletedAt(at);
      else node.open.flags[at] |= STREAM_ITEM_FLAG_DELETED;
      node.setCounts(node.count - 1, node.deleted + 1);
    }
    this.length--;
    return true;
  }

  /** streamTrim: removes entries from the head by MAXLEN or MINID; returns how many. */
  trim(args: TrimArgs): number {
    if (args.strategy === TRIM_STRATEGY_NONE) return 0;
    const maxlen = args.maxlen;
    let deleted = 0;
    let removeNodes = 0;
    const nodes = this.nodes;
    while (removeNodes < nodes.length) {
      if (args.strategy === TRIM_STRATEGY_MAXLEN && this.length <= maxlen) break;
      const node = nodes[removeNodes];
      const entries = node.count;
      if (args.limit && deleted + entries > args.limit) break;
      let removeNode: boolean;
      if (args.strategy === TRIM_STRATEGY_MAXLEN) {
        removeNode = this.length - entries >= maxlen;
      } else {
        // lpGetEdgeStreamID: the node's last entry, deleted or not.
        removeNode = node.lastEntryId() < args.minid;
      }
      if (removeNode) {
        removeNodes++;
        this.length -= entries;
        deleted += entries;
        continue;
      }
      if (args.approx) break;
      let fromNode = 0;
      const e = node.entries();
      for (let i = 0; i < e.ids.length; i++) {
        const stop = args.strategy === TRIM_STRATEGY_MAXLEN ? this.length <= maxlen : e.ids[i] >= args.minid;
        if (stop) break;
        if ((e.flags[i] & STREAM_ITEM_FLAG_DELETED) === 0) {
          e.flags[i] |= STREAM_ITEM_FLAG_DELETED;
          fromNode++;
          this.length--;
        }
      }
      if (fromNode) node.store(e);
      deleted += fromNode;
      node.setCounts(entries - fromNode, node.deleted + fromNode);
      break;
    }
    if (removeNodes > 0) {
      nodes.splice(0, removeNodes);
      this.rax = null;
    }
    if (this.length === 0) this.firstId = ID_ZERO;
    else if (deleted) this.firstId = this.edgeId(true)!;
    return deleted;
  }

  /** The rax's node count (numnodes), kept as nodes are appended and recounted after removals. */
  radixTreeNodes(): number {
    if (this.rax === null) {
      this.rax = new RaxShape();
      for (const n of this.nodes) this.rax.append(n.masterId);
    }
    return this.rax.nodes;
  }

  // ---- consumer groups ----

  /** streamCreateCG: null when a group of that name exists. */
  createGroup(name: string, lastId: StreamID, entriesRead: number): StreamCG | null {
    if (this.groups === null) this.groups = new Map();
    if (this.groups.has(name)) return null;
    const cg: StreamCG = { name, lastId, entriesRead, pel: new IdMap(), consumers: new Map() };
    this.groups.set(name, cg);
    return cg;
  }

  /** streamLookupCG */
  group(name: string): StreamCG | null {
    return this.groups?.get(name) ?? null;
  }

  /** The groups in name order (the rax's). */
  groupsInOrder(): StreamCG[] {
    return this.groups === null ? [] : byName(this.groups);
  }

  get groupCount(): number {
    return this.groups === null ? 0 : this.groups.size;
  }

  /** streamRangeHasTombstones: whether a deleted entry may lie in [start, end]. */
  rangeHasTombstones(start: StreamID | null, end: StreamID | null): boolean {
    if (this.length === 0 || this.maxDeletedId === ID_ZERO) return false;
    if (this.firstId > this.maxDeletedId) return false;
    const s = start ?? ID_ZERO;
    const e = end ?? ID_MAX;
    return s <= this.maxDeletedId && this.maxDeletedId <= e;
  }

  /** streamEstimateDistanceFromFirstEverEntry: the logical read counter of `id`, or -1 when unknown. */
  estimateDistanceFromFirstEverEntry(id: StreamID): number {
    if (!this.entriesAdded) return 0;
    if (!this.length && id <= this.lastId) return this.entriesAdded;
    if (id === this.lastId) return this.entriesAdded;
    if (id > this.lastId) return SCG_INVALID_ENTRIES_READ;
    if (this.maxDeletedId === ID_ZERO || this.maxDeletedId < this.firstId) {
      if (id < this.firstId) return this.entriesAdded - this.length;
      if (id === this.firstId) return this.entriesAdded - this.length + 1;
    }
    return SCG_INVALID_ENTRIES_READ;
  }

  /** The group's lag (streamReplyWithCGLag), or null when it cannot be known. */
  groupLag(cg: StreamCG): number | null {
    if (!this.entriesAdded) return 0;
    if (cg.entriesRead !== SCG_INVALID_ENTRIES_READ && !this.rangeHasTombstones(cg.lastId, null)) {
      return this.entriesAdded - cg.entriesRead;
    }
    const read = this.estimateDistanceFromFirstEverEntry(cg.lastId);
    return read === SCG_INVALID_ENTRIES_READ ? null : this.entriesAdded - read;
  }
}

/** streamCreateConsumer without the signals: null when it exists. */
export function createConsumer(cg: StreamCG, name: string, now: number): StreamConsumer | null {
  if (cg.consumers.has(name)) return null;
  const c: StreamConsumer = { name, seenTime: now, pel: new IdMap() };
  cg.consumers.set(name, c);
  return c;
}

/** The consumers of a group in name order. */
export function consumersInOrder(cg: StreamCG): StreamConsumer[] {
  return byName(cg.consumers);
}

/** streamDelConsumer: drops the consumer and its pending entries from the group's PEL. */
export function deleteConsumer(cg: StreamCG, consumer: StreamConsumer): void {
  for (const [id] of consumer.pel.from(ID_ZERO)) cg.pel.delete(id);
  cg.consumers.delete(consumer.name);
}
