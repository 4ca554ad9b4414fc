/**
 * RDB version 10, the snapshot format of Redis 7.0 (rdb.c), both ways.
 *
 * Writing: `RdbEncoder` appends records to a buffer and hands it to a sink every ~64 KB (the CRC-64 is folded
 * in as each chunk leaves), so a snapshot never needs a buffer the size of the dataset. Strings are written as
 * Redis writes them: integers of up to 11 characters in the int8/16/32 encodings, longer ones LZF-compressed
 * when `rdbcompression` is on and that saves at least 4 bytes, the rest verbatim. Each collection is written in
 * the RDB type that matches its OBJECT ENCODING, so redis-server loads it with the same encoding.
 *
 * Reading: `RdbDecoder` pulls bytes from a source in chunks (a file read piece by piece, or one DUMP payload),
 * checks every length against what is left and throws RdbFormatError on anything malformed, so a corrupt file
 * is refused instead of half-loaded. It accepts RDB 1-10, including Redis 6's ziplist/zipmap encodings.
 */
import { readStream, writeStream } from "./stream.ts";
import type { StreamValue } from "../keyspace/stream.ts";
import type { Config } from "../config.ts";
import { bytesToStr, formatG, parseInt64, strIntoBytes, strtod } from "../bytes.ts";
import type { Value } from "../keyspace/types.ts";
import { Crc64 } from "./crc64.ts";
import { lzfCompress, lzfDecompress } from "./lzf.ts";
import {
  ByteBuf,
  decodeIntset,
  decodeListpack,
  decodeZiplist,
  decodeZipmap,
  encodeIntset,
  encodeListpack,
  RdbFormatError,
  splitQuicklist,
} from "./encodings.ts";
import type { HashLike, ListLike, SetLike, ZSetLike } from "./values.ts";
import { makeHash, makeList, makeSet, makeZSet } from "./values.ts";
import { BigMap } from "../keyspace/bigmap.ts";
import { bigMin, BigString } from "../keyspace/bigstr.ts";
import type { StrVal } from "../keyspace/bigstr.ts";
import { ERR_LIB_RESTORE_BAD_PAYLOAD, ERR_LIB_RESTORE_NOT_FUNCTION } from "../errors.ts";

export { RdbFormatError };

export const RDB_VERSION = 10;

export const RDB_TYPE_STRING = 0;
export const RDB_TYPE_LIST = 1;
export const RDB_TYPE_SET = 2;
export const RDB_TYPE_ZSET = 3;
export const RDB_TYPE_HASH = 4;
export const RDB_TYPE_ZSET_2 = 5;
export const RDB_TYPE_MODULE = 6;
export const RDB_TYPE_MODULE_2 = 7;
export const RDB_TYPE_HASH_ZIPMAP = 9;
export const RDB_TYPE_LIST_ZIPLIST = 10;
export const RDB_TYPE_SET_INTSET = 11;
export const RDB_TYPE_ZSET_ZIPLIST = 12;
export const RDB_TYPE_HASH_ZIPLIST = 13;
export const RDB_TYPE_LIST_QUICKLIST = 14;
export const RDB_TYPE_STREAM_LISTPACKS = 15;
export const RDB_TYPE_HASH_LISTPACK = 16;
export const RDB_TYPE_ZSET_LISTPACK = 17;
export const RDB_TYPE_LIST_QUICKLIST_2 = 18;
export const RDB_TYPE_STREAM_LISTPACKS_2 = 19;

export const RDB_OPCODE_FUNCTION2 = 245;
export const RDB_OPCODE_FUNCTION = 246;
export const RDB_OPCODE_MODULE_AUX = 247;
export const RDB_OPCODE_IDLE = 248;
export const RDB_OPCODE_FREQ = 249;
export const RDB_OPCODE_AUX = 250;
export const RDB_OPCODE_RESIZEDB = 251;
export const RDB_OPCODE_EXPIRETIME_MS = 252;
export const RDB_OPCODE_EXPIRETIME = 253;
export const RDB_OPCODE_SELECTDB = 254;
export const RDB_OPCODE_EOF = 255;

const QUICKLIST_NODE_PLAIN = 1;
const QUICKLIST_NODE_PACKED = 2;

/** Chunk size handed to the sink. */
const FLUSH_AT = 64 * 1024;
/** Past this many bytes (a big string) buffers are sized exactly and bytes bypass the output buffer. */
const HUGE = 64 * 1024 * 1024;
/** The decoder's own read buffer: room for the unread tail and a 1 MB chunk. */
const READ_BUFFER = 2 * 1024 * 1024;

// ---------------------------------------------------------------- writing

/** Copies a byte string into `buf` at `at`: a plain loop below 1 KB beats a host codec call (measured). */
function putStr(s: string, buf: Uint8Array, at: number): number {
  const n = s.length;
  if (n >= 1024) return strIntoBytes(s, buf, at);
  for (let i = 0; i < n; i++) buf[at + i] = s.charCodeAt(i);
  return n;
}

export class RdbEncoder {
  buf: Uint8Array;
  pos = 0;
  /** rdbcompression: LZF for strings longer than 20 bytes. */
  compress: boolean;
  /** Folded over every byte that leaves through the sink (null when the caller checksums itself). */
  readonly crc: Crc64 | null;
  /** Receives each chunk; the bytes are only valid during the call. */
  private sink: ((chunk: Uint8Array) => void) | null;
  /** Bytes handed to the sink so far. */
  written = 0;
  private lzfIn = new Uint8Array(256);
  private lzfOut = new Uint8Array(256);
  private blob = new ByteBuf(256);

  constructor(compress: boolean, sink: ((chunk: Uint8Array) => void) | null = null, checksum = true) {
    this.compress = compress;
    this.sink = sink;
    this.crc = checksum ? new Crc64() : null;
    this.buf = new Uint8Array(sink ? FLUSH_AT + 4096 : 256);
  }

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.pos));
    this.buf = b;
  }

  /** Hands the buffered bytes to the sink once enough have gathered (call between records). */
  maybeFlush(): void {
    if (this.pos >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.pos === 0 || !this.sink) return;
    const chunk = this.buf.subarray(0, this.pos);
    this.crc?.update(chunk);
    this.sink(chunk);
    this.written += this.pos;
    this.pos = 0;
  }

  /** Hands `tail` to the sink without folding it into the checksum (the checksum itself). */
  finish(tail: Uint8Array): void {
    this.flush();
    this.sink?.(tail);
    this.written += tail.length;
  }

  /** The bytes so far (no sink: DUMP payloads). */
  result(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }

  u8(v: number): void {
    if (this.pos >= this.buf.length) this.ensure(1);
    this.buf[this.pos++] = v;
  }

  raw(b: Uint8Array): void {
    if (b.length > HUGE && this.sink) {
      // A big string's bytes go to the sink as they are, not through a buffer grown to hold them.
      this.flush();
      this.crc?.update(b);
      this.sink(b);
      this.written += b.length;
      return;
    }
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** rdbSaveLen: 6-bit, 14-bit, 32-bit or 64-bit big-endian length. */
  len(n: number): void {
    this.ensure(9);
    const o = this.buf;
    if (n < 64) o[this.pos++] = n;
    else if (n < 16384) {
      o[this.pos++] = 0x40 | (n >> 8);
      o[this.pos++] = n & 0xff;
    } else if (n <= 0xffffffff) {
      o[this.pos++] = 0x80;
      o[this.pos++] = n >>> 24;
      o[this.pos++] = (n >>> 16) & 0xff;
      o[this.pos++] = (n >>> 8) & 0xff;
      o[this.pos++] = n & 0xff;
    } else {
      o[this.pos++] = 0x81;
      const hi = Math.floor(n / 2 ** 32);
      const lo = n >>> 0;
      for (const w of [hi, lo]) {
        o[this.pos++] = w >>> 24;
        o[this.pos++] = (w >>> 16) & 0xff;
        o[this.pos++] = (w >>> 8) & 0xff;
        o[this.pos++] = w & 0xff;
      }
    }
  }

  /** rdbSaveMillisecondTime: signed 64-bit little-endian. */
  ms(t: number): void {
    this.ensure(8);
    const lo = t % 2 ** 32;
    const hi = Math.floor(t / 2 ** 32);
    this.u32le(lo >>> 0);
    this.u32le(hi >>> 0);
  }

  private u32le(v: number): void {
    const o = this.buf;
    o[this.pos++] = v & 0xff;
    o[this.pos++] = (v >>> 8) & 0xff;
    o[this.pos++] = (v >>> 16) & 0xff;
    o[this.pos++] = (v >>> 24) & 0xff;
  }

  /** rdbSaveBinaryDoubleValue: IEEE 754 little-endian. */
  binaryDouble(d: number): void {
    this.ensure(8);
    new DataView(this.buf.buffer, this.buf.byteOffset).setFloat64(this.pos, d, true);
    this.pos += 8;
  }

  /** rdbSaveRawString over a byte string. */
  string(s: string): void {
    const len = s.length;
    if (len <= 11 && len > 0) {
      const c = s.charCodeAt(0);
      if ((c >= 48 && c <= 57) || c === 45) {
        const v = parseInt64(s);
        if (typeof v === "number" && v >= -2147483648 && v <= 2147483647) {
          this.int(v);
          return;
        }
      }
    }
    if (this.compress && len > 20) {
      if (this.lzfIn.length < len) this.lzfIn = new Uint8Array(len * 2);
      putStr(s, this.lzfIn, 0);
      if (this.lzfString(this.lzfIn, len)) return;
      this.len(len);
      this.ensure(len);
      this.buf.set(this.lzfIn.subarray(0, len), this.pos);
      this.pos += len;
      return;
    }
    this.len(len);
    this.ensure(len);
    this.pos += putStr(s, this.buf, this.pos);
  }

  /** rdbSaveRawString over bytes (listpack and intset blobs are compressed like any string). */
  bytes(b: Uint8Array): void {
    const len = b.length;
    if (this.compress && len > 20 && this.lzfString(b, len)) return;
    this.len(len);
    this.raw(b);
  }

  /** Writes the LZF form when it saves at least 4 bytes; false when it does not. */
  private lzfString(input: Uint8Array, len: number): boolean {
    const limit = len - 4;
    if (this.lzfOut.length < limit) this.lzfOut = new Uint8Array(limit > HUGE ? limit : limit * 2);
    const n = lzfCompress(input, len, this.lzfOut.subarray(0, limit));
    if (n === 0) return false;
    this.u8(0xc3);
    this.len(n);
    this.len(len);
    this.raw(this.lzfOut.subarray(0, n));
    return true;
  }

  /** rdbEncodeInteger: the int8/16/32 string encodings. */
  private int(v: number): void {
    this.ensure(5);
    const o = this.buf;
    if (v >= -128 && v <= 127) {
      o[this.pos++] = 0xc0;
      o[this.pos++] = v & 0xff;
    } else if (v >= -32768 && v <= 32767) {
      o[this.pos++] = 0xc1;
      o[this.pos++] = v & 0xff;
      o[this.pos++] = (v >> 8) & 0xff;
    } else {
      o[this.pos++] = 0xc2;
      this.u32le(v >>> 0);
    }
  }

  aux(key: string, value: string): void {
    this.u8(RDB_OPCODE_AUX);
    this.string(key);
    this.string(value);
  }

  /** The scratch buffer blob encoders share (reset per use). */
  scratch(): ByteBuf {
    this.blob.pos = 0;
    return this.blob;
  }
}

/** The RDB type byte Redis would write for a value, from its OBJECT ENCODING. */
export function rdbTypeOf(v: Value, config: Config): number {
  if (typeof v === "string" || v.type === "string") return RDB_TYPE_STRING;
  switch (v.type) {
    case "list":
      return RDB_TYPE_LIST_QUICKLIST_2;
    case "set":
      return v.encoding(config) === "intset" ? RDB_TYPE_SET_INTSET : RDB_TYPE_SET;
    case "hash":
      return v.encoding(config) === "listpack" ? RDB_TYPE_HASH_LISTPACK : RDB_TYPE_HASH;
    case "zset":
      return v.encoding(config) === "listpack" ? RDB_TYPE_ZSET_LISTPACK : RDB_TYPE_ZSET_2;
    case "stream":
      return RDB_TYPE_STREAM_LISTPACKS_2;
    default:
      throw new RangeError(`cannot serialise a value of type ${(v as { type: string }).type}`);
  }
}

/** d2string: how a listpack holds a sorted set score (integers without a fraction, else %.17g). */
export function scoreString(d: number): string {
  if (Number.isInteger(d) && d > -4503599627370495 && d < 4503599627370496) return Object.is(d, -0) ? "-0" : String(d);
  return formatG(d, 17);
}

/** rdbSaveObjectType + rdbSaveObject. */
export function writeValue(enc: RdbEncoder, v: Value, config: Config): void {
  const type = rdbTypeOf(v, config);
  enc.u8(type);
  writeBody(enc, type, v, config);
}

/** rdbSaveObject: the value without its type byte. */
function writeBody(enc: RdbEncoder, type: number, v: Value, config: Config): void {
  if (typeof v === "string") {
    enc.string(v);
    return;
  }
  if (v.type === "string") {
    enc.bytes((v as BigString).view());
    return;
  }
  switch (type) {
    case RDB_TYPE_LIST_QUICKLIST_2: {
      const nodes = splitQuicklist((v as ListLike).toArray(), config.getNumber("list-max-listpack-size"));
      enc.len(nodes.length);
      for (const node of nodes) {
        enc.len(QUICKLIST_NODE_PACKED);
        enc.bytes(node);
      }
      return;
    }
    case RDB_TYPE_SET_INTSET:
      enc.bytes(encodeIntset((v as SetLike).members()));
      return;
    case RDB_TYPE_SET: {
      const members = (v as SetLike).members();
      enc.len(members.length);
      for (const m of members) enc.string(m);
      return;
    }
    case RDB_TYPE_HASH_LISTPACK: {
      const flat: string[] = [];
      for (const [f, val] of (v as HashLike).entries()) flat.push(f, val);
      enc.bytes(encodeListpack(flat, enc.scratch()));
      return;
    }
    case RDB_TYPE_HASH: {
      const entries = (v as HashLike).entries();
      enc.len(entries.length);
      for (const [f, val] of entries) {
        enc.string(f);
        enc.string(val);
      }
      return;
    }
    case RDB_TYPE_ZSET_LISTPACK: {
      const flat: string[] = [];
      for (const [m, score] of (v as ZSetLike).entries()) flat.push(m, scoreString(score));
      enc.bytes(encodeListpack(flat, enc.scratch()));
      return;
    }
    case RDB_TYPE_ZSET_2: {
      // Greatest first, as zsl iterates from the tail: loading then inserts at the head each time.
      const entries = (v as ZSetLike).entries();
      enc.len(entries.length);
      for (let i = entries.length - 1; i >= 0; i--) {
        enc.string(entries[i][0]);
        enc.binaryDouble(entries[i][1]);
      }
      return;
    }
    case RDB_TYPE_STREAM_LISTPACKS_2:
      writeStream(enc, v as StreamValue);
      return;
  }
}

/** One key record: [EXPIRETIME_MS ms] [IDLE secs] type key value. */
export function writeKeyRecord(
  enc: RdbEncoder,
  key: string,
  v: Value,
  expireAt: number,
  idle: number,
  config: Config,
): void {
  if (expireAt !== -1) {
    enc.u8(RDB_OPCODE_EXPIRETIME_MS);
    enc.ms(expireAt);
  }
  if (idle >= 0) {
    enc.u8(RDB_OPCODE_IDLE);
    enc.len(idle);
  }
  const type = rdbTypeOf(v, config);
  enc.u8(type);
  enc.string(key);
  writeBody(enc, type, v, config);
}

/** The header and AUX fields Redis 7.0 writes (rdbSaveInfoAuxFields). */
export function writeHeader(enc: RdbEncoder, now: number, usedMem: number, aofBase: boolean): void {
  const magic = `REDIS${String(RDB_VERSION).padStart(4, "0")}`;
  enc.ensure(magic.length);
  enc.pos += strIntoBytes(magic, enc.buf, enc.pos);
  enc.aux("redis-ver", "7.0.15");
  enc.aux("redis-bits", "64");
  enc.aux("ctime", String(Math.floor(now / 1000)));
  enc.aux("used-mem", String(usedMem));
  enc.aux("aof-base", aofBase ? "1" : "0");
}

export function writeSelectDb(enc: RdbEncoder, id: number, size: number, expires: number): void {
  enc.u8(RDB_OPCODE_SELECTDB);
  enc.len(id);
  enc.u8(RDB_OPCODE_RESIZEDB);
  enc.len(size);
  enc.len(expires);
}

/** EOF opcode and the checksum (zero when rdbchecksum is off): flushes everything through the sink. */
export function writeTrailer(enc: RdbEncoder): void {
  enc.u8(RDB_OPCODE_EOF);
  enc.flush();
  enc.finish(enc.crc ? enc.crc.bytes() : new Uint8Array(8));
}

/** DUMP's payload: type + value, the RDB version (2 bytes LE), then CRC-64 of all that (8 bytes LE). */
export function createDumpPayload(v: Value, config: Config): Uint8Array {
  const enc = new RdbEncoder(config.get("rdbcompression") === "yes", null, false);
  writeValue(enc, v, config);
  return finishDumpPayload(enc);
}

/** The footer DUMP and FUNCTION DUMP end with: the RDB version (2 bytes LE), then CRC-64 of all before (8 LE). */
function finishDumpPayload(enc: RdbEncoder): Uint8Array {
  enc.u8(RDB_VERSION & 0xff);
  enc.u8(RDB_VERSION >> 8);
  const body = enc.result();
  const crc = new Crc64().update(body);
  enc.raw(crc.bytes());
  return enc.result().slice();
}

/** rdbSaveFunctions: each function library's code after RDB_OPCODE_FUNCTION2. */
export function writeFunctions(enc: RdbEncoder, codes: readonly string[]): void {
  for (const code of codes) {
    enc.u8(RDB_OPCODE_FUNCTION2);
    enc.string(code);
  }
}

/** FUNCTION DUMP's payload: the libraries as an RDB file holds them, then DUMP's footer. */
export function createFunctionsPayload(codes: readonly string[], config: Config): Uint8Array {
  const enc = new RdbEncoder(config.get("rdbcompression") === "yes", null, false);
  writeFunctions(enc, codes);
  return finishDumpPayload(enc);
}

/**
 * One library record after its opcode (rdbFunctionLoad): its code, the 7.0 release candidates' form
 * (RDB_OPCODE_FUNCTION: name, engine, optional description, body) turned into a shebang and body.
 */
export function readFunctionRecord(dec: RdbDecoder, type: number): string {
  if (type === RDB_OPCODE_FUNCTION2) return dec.string();
  const name = dec.string();
  const engine = dec.string();
  if (dec.len() !== 0) dec.string();
  return `#!${engine} name=${name}\n${dec.string()}`;
}

/**
 * The library codes of a verified FUNCTION DUMP payload (functionRestoreCommand's loop, which reads records
 * until only the footer is left), or the error text.
 */
export function readFunctionsPayload(p: Uint8Array): string[] | string {
  const dec = new RdbDecoder(p, null);
  const codes: string[] = [];
  while (p.length - dec.pos > 10) {
    const type = dec.u8();
    if (type !== RDB_OPCODE_FUNCTION && type !== RDB_OPCODE_FUNCTION2) return ERR_LIB_RESTORE_NOT_FUNCTION;
    try {
      codes.push(readFunctionRecord(dec, type));
    } catch (e) {
      if (e instanceof RdbFormatError) return ERR_LIB_RESTORE_BAD_PAYLOAD;
      throw e;
    }
  }
  return codes;
}

/** verifyDumpPayload: version not newer than ours and a matching checksum. */
export function verifyDumpPayload(p: Uint8Array): boolean {
  if (p.length < 10) return false;
  const footer = p.length - 10;
  const ver = p[footer] | (p[footer + 1] << 8);
  if (ver > RDB_VERSION) return false;
  return new Crc64().update(p, 0, p.length - 8).matches(p, p.length - 8);
}

/**
 * Decodes a verified DUMP payload's value; throws RdbFormatError when it is not one. Like Redis, the reader
 * sees the whole payload, footer included: a value whose lengths run into the footer is read, not refused.
 */
export function readDumpPayload(p: Uint8Array, config: Config): Value {
  const dec = new RdbDecoder(p, null);
  const type = dec.u8();
  return readValue(dec, type, config, "");
}

// ---------------------------------------------------------------- reading

export class RdbDecoder {
  buf: Uint8Array;
  pos = 0;
  end: number;
  /** Absolute offset of buf[0] in the stream (loading progress, error offsets). */
  base = 0;
  private source: (() => Uint8Array | null) | null;
  crc: Crc64 | null = null;
  private crcFrom = 0;
  private scratch = new Uint8Array(1024);
  /** The caller's buffer: a big string is copied out of it (it may be reused), never kept as a view. */
  private readonly first: Uint8Array;
  /** A big string keeps a view of the read buffer: need() must not write into it again. */
  private lent = false;
  /** binaryDouble's view of `viewOf` (the read buffer it was made for). */
  private view: DataView | null = null;
  private viewOf: Uint8Array | null = null;

  constructor(first: Uint8Array, source: (() => Uint8Array | null) | null) {
    this.buf = first;
    this.first = first;
    this.end = first.length;
    this.source = source;
  }

  /** Offset in the stream of the next byte to read. */
  get offset(): number {
    return this.base + this.pos;
  }

  /** Starts checksumming from the current position. */
  startCrc(): void {
    this.crc = new Crc64();
    this.crcFrom = this.pos;
  }

  /** Folds bytes read so far into the checksum. */
  foldCrc(): void {
    if (this.crc && this.pos > this.crcFrom) this.crc.update(this.buf, this.crcFrom, this.pos);
    this.crcFrom = this.pos;
  }

  /**
   * Makes `n` bytes available at `pos`, pulling chunks from the source; throws on a short read. The unread
   * tail moves to the front of a read buffer the decoder owns and reuses (no buffer per chunk: a 1 MB
   * allocation per chunk read cost the load a mark-compact GC every few MB); a chunk the source returns is
   * copied at once, so the source may hand out the same buffer every time.
   */
  need(n: number): void {
    if (this.end - this.pos >= n) return;
    if (!this.source) throw new RdbFormatError("Short read or OOM loading DB. Unrecoverable error, aborting now.");
    this.foldCrc();
    const left = this.end - this.pos;
    let buf = this.buf;
    if (buf === this.first || this.lent) {
      buf = new Uint8Array(Math.max(n, READ_BUFFER));
      buf.set(this.buf.subarray(this.pos, this.end));
      this.lent = false;
    } else if (this.pos > 0) buf.copyWithin(0, this.pos, this.end);
    let have = left;
    while (have < n) {
      const chunk = this.source();
      if (chunk === null) throw new RdbFormatError("Short read or OOM loading DB. Unrecoverable error, aborting now.");
      if (chunk.length === 0) continue;
      if (have + chunk.length > buf.length) {
        const grown = new Uint8Array(Math.max(have + chunk.length, n, buf.length * 2));
        grown.set(buf.subarray(0, have));
        buf = grown;
      }
      buf.set(chunk, have);
      have += chunk.length;
    }
    this.base += this.pos;
    this.buf = buf;
    this.pos = 0;
    this.end = have;
    this.crcFrom = 0;
  }

  /**
   * Goes back to stream offset `offset` (where the record the bytes ran out in began) and appends `more`: a
   * replica loads the master's payload as it arrives, with no source, so a record cut short throws before
   * anything of it is kept and is read again from its start once more bytes came. Bytes before `offset` are
   * dropped; each byte goes into the checksum once (a cut-short EOF's trailer may have folded past `offset`).
   */
  resume(offset: number, more: Uint8Array): void {
    const at = offset - this.base;
    if (this.crc && at > this.crcFrom) this.crc.update(this.buf, this.crcFrom, at);
    const folded = Math.max(at, this.crcFrom);
    const left = this.end - at;
    const next = new Uint8Array(left + more.length);
    next.set(this.buf.subarray(at, this.end));
    next.set(more, left);
    this.base += at;
    this.buf = next;
    this.pos = 0;
    this.end = next.length;
    this.crcFrom = folded - at;
  }

  u8(): number {
    if (this.pos >= this.end) this.need(1);
    return this.buf[this.pos++];
  }

  /** rdbLoadLen; returns -1-encoding for the special string encodings (so -1..-4). */
  lenOrEnc(): number {
    const b = this.u8();
    const t = b >> 6;
    if (t === 0) return b & 0x3f;
    if (t === 1) return ((b & 0x3f) << 8) | this.u8();
    if (t === 3) return -1 - (b & 0x3f);
    if (b === 0x80) {
      this.need(4);
      const o = this.buf;
      const p = this.pos;
      this.pos += 4;
      return ((o[p] << 24) | (o[p + 1] << 16) | (o[p + 2] << 8) | o[p + 3]) >>> 0;
    }
    if (b === 0x81) {
      this.need(8);
      const o = this.buf;
      const p = this.pos;
      this.pos += 8;
      const hi = ((o[p] << 24) | (o[p + 1] << 16) | (o[p + 2] << 8) | o[p + 3]) >>> 0;
      const lo = ((o[p + 4] << 24) | (o[p + 5] << 16) | (o[p + 6] << 8) | o[p + 7]) >>> 0;
      if (hi >= 0x200000) throw new RdbFormatError("length out of range");
      return hi * 2 ** 32 + lo;
    }
    throw new RdbFormatError(`Unknown length encoding ${t} in rdbLoadLen()`);
  }

  len(): number {
    const n = this.lenOrEnc();
    if (n < 0) throw new RdbFormatError("Unexpected string encoding where a length belongs");
    return n;
  }

  /** A length bounded by what a sane file could hold (guards allocations driven by corrupt counts). */
  count(): number {
    const n = this.len();
    if (n > 2 ** 32) throw new RdbFormatError(`element count ${n} out of range`);
    return n;
  }

  /** rdbGenericLoadStringObject as a byte string. */
  string(): string {
    const n = this.lenOrEnc();
    if (n >= 0) {
      this.need(n);
      const s = bytesToStr(this.buf, this.pos, this.pos + n);
      this.pos += n;
      return s;
    }
    return this.encodedString(n);
  }

  /** A string value: as string(), but past the big-string threshold a BigString (keyspace/bigstr.ts). */
  stringValue(): StrVal {
    const n = this.lenOrEnc();
    if (n > bigMin()) {
      this.need(n);
      // A read buffer need() made and that is mostly this value is kept rather than copied; the caller's is not.
      const keep = this.buf !== this.first && n * 2 >= this.buf.length;
      const b = keep ? this.buf.subarray(this.pos, this.pos + n) : this.buf.slice(this.pos, this.pos + n);
      if (keep) this.lent = true;
      this.pos += n;
      return new BigString(b);
    }
    if (n >= 0) {
      this.need(n);
      const s = bytesToStr(this.buf, this.pos, this.pos + n);
      this.pos += n;
      return s;
    }
    if (n !== -4) return this.encodedString(n);
    const len = this.lzfInto();
    if (len <= bigMin()) return bytesToStr(this.scratch, 0, len);
    const big = new BigString(this.scratch, len);
    this.scratch = new Uint8Array(256);
    return big;
  }

  /** The integer and LZF string encodings (`n` is lenOrEnc's negative code). */
  private encodedString(n: number): string {
    switch (n) {
      case -1: {
        const v = this.u8();
        return String(v >= 128 ? v - 256 : v);
      }
      case -2: {
        this.need(2);
        const v = this.buf[this.pos] | (this.buf[this.pos + 1] << 8);
        this.pos += 2;
        return String(v >= 32768 ? v - 65536 : v);
      }
      case -3: {
        this.need(4);
        const o = this.buf;
        const p = this.pos;
        this.pos += 4;
        return String(o[p] | (o[p + 1] << 8) | (o[p + 2] << 16) | (o[p + 3] << 24));
      }
      case -4: {
        const len = this.lzfInto();
        return bytesToStr(this.scratch, 0, len);
      }
      default:
        throw new RdbFormatError(`Unknown RDB string encoding type ${-1 - n}`);
    }
  }

  /**
   * An LZF string, decompressed into a scratch buffer reused across calls (no allocation per value): the
   * result is only valid until the next read.
   */
  private lzf(): Uint8Array {
    const len = this.lzfInto(); // first: it may replace the scratch buffer
    return this.scratch.subarray(0, len);
  }

  /** Decompresses an LZF string into the start of `scratch`; returns its length (string() needs no view). */
  private lzfInto(): number {
    const clen = this.len();
    const len = this.len();
    if (len > 2 ** 31) throw new RdbFormatError("LZF string too long");
    this.need(clen);
    if (this.scratch.length < len) this.scratch = new Uint8Array(Math.max(len, this.scratch.length * 2));
    if (lzfDecompress(this.buf, this.pos, this.pos + clen, this.scratch, len) !== len) {
      throw new RdbFormatError("Invalid LZF compressed string");
    }
    this.pos += clen;
    return len;
  }

  /** A string as bytes (listpack, intset and ziplist blobs). */
  blob(): Uint8Array {
    const n = this.lenOrEnc();
    if (n >= 0) {
      this.need(n);
      const b = this.buf.subarray(this.pos, this.pos + n);
      this.pos += n;
      return b;
    }
    if (n === -4) return this.lzf();
    const s = this.string(); // integer-encoded: as its decimal text (never a valid blob, but let the check say so)
    const b = new Uint8Array(s.length);
    strIntoBytes(s, b, 0);
    return b;
  }

  /** rdbLoadMillisecondTime (little-endian since RDB 9; older files are little-endian on x86 too). */
  ms(): number {
    this.need(8);
    const o = this.buf;
    const p = this.pos;
    this.pos += 8;
    const lo = (o[p] | (o[p + 1] << 8) | (o[p + 2] << 16) | (o[p + 3] << 24)) >>> 0;
    const hi = o[p + 4] | (o[p + 5] << 8) | (o[p + 6] << 16) | (o[p + 7] << 24);
    // hi * 2^32 is exact and the sum is rounded once: the same number as Number() of the signed 64-bit value.
    return hi * 4294967296 + lo;
  }

  /** rdbLoadTime: 32-bit seconds. */
  seconds(): number {
    this.need(4);
    const o = this.buf;
    const p = this.pos;
    this.pos += 4;
    return o[p] | (o[p + 1] << 8) | (o[p + 2] << 16) | (o[p + 3] << 24);
  }

  /** rdbLoadBinaryDoubleValue: 8 bytes little-endian, through one DataView per read buffer (not one per score). */
  binaryDouble(): number {
    this.need(8);
    if (this.viewOf !== this.buf) {
      this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
      this.viewOf = this.buf;
    }
    const v = this.view!.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /** rdbLoadDoubleValue: the text form of old ZSET records. */
  textDouble(): number {
    const n = this.u8();
    if (n === 255) return -Infinity;
    if (n === 254) return Infinity;
    if (n === 253) return NaN;
    this.need(n);
    const s = bytesToStr(this.buf, this.pos, this.pos + n);
    this.pos += n;
    const v = strtod(s);
    if (v === null) throw new RdbFormatError("invalid double value");
    return v;
  }
}

function scoreOf(s: string): number {
  const v = strtod(s);
  if (v === null || Number.isNaN(v)) throw new RdbFormatError("Zset listpack integrity check failed.");
  return v;
}

function pairs(flat: string[], what: string): [string, string][] {
  if (flat.length % 2 !== 0) throw new RdbFormatError(`${what} integrity check failed.`);
  const out: [string, string][] = new Array(flat.length / 2);
  for (let i = 0; i < flat.length; i += 2) out[i / 2] = [flat[i], flat[i + 1]];
  return out;
}

function scorePairs(flat: string[]): [string, number][] {
  if (flat.length % 2 !== 0) throw new RdbFormatError("Zset listpack integrity check failed.");
  const out: [string, number][] = new Array(flat.length / 2);
  for (let i = 0; i < flat.length; i += 2) out[i / 2] = [flat[i], scoreOf(flat[i + 1])];
  return out;
}

function noDuplicates(names: string[], step: number, what: string): void {
  const seen = new BigMap<true>();
  for (let i = 0; i < names.length; i += step) {
    if (seen.has(names[i])) throw new RdbFormatError(`Duplicate ${what} element detected`);
    seen.set(names[i], true);
  }
}

/** Empty collections are not valid values (rdbLoadObject's "empty keys"). */
function nonEmpty(n: number): void {
  if (n === 0) throw new RdbFormatError("empty key");
}

/** rdbLoadObject: one value of RDB type `type`. `key` only names it in errors. */
export function readValue(dec: RdbDecoder, type: number, config: Config, key: string): Value {
  switch (type) {
    case RDB_TYPE_STRING:
      return dec.stringValue();
    case RDB_TYPE_LIST:
    case RDB_TYPE_SET: {
      const n = dec.count();
      nonEmpty(n);
      const items: string[] = [];
      for (let i = 0; i < n; i++) items.push(dec.string());
      if (type === RDB_TYPE_LIST) return makeList(items, config);
      noDuplicates(items, 1, "set");
      return makeSet(items, config);
    }
    case RDB_TYPE_ZSET:
    case RDB_TYPE_ZSET_2: {
      const n = dec.count();
      nonEmpty(n);
      const out: [string, number][] = [];
      const seen = new BigMap<true>();
      for (let i = 0; i < n; i++) {
        const m = dec.string();
        const score = type === RDB_TYPE_ZSET_2 ? dec.binaryDouble() : dec.textDouble();
        if (Number.isNaN(score)) throw new RdbFormatError("Zset with NAN score detected");
        if (seen.has(m)) throw new RdbFormatError("Duplicate zset fields detected");
        seen.set(m, true);
        out.push([m, score]);
      }
      return makeZSet(out, config);
    }
    case RDB_TYPE_HASH: {
      const n = dec.count();
      nonEmpty(n);
      const out: [string, string][] = [];
      const seen = new BigMap<true>();
      for (let i = 0; i < n; i++) {
        const f = dec.string();
        const v = dec.string();
        if (seen.has(f)) throw new RdbFormatError("Duplicate hash fields detected");
        seen.set(f, true);
        out.push([f, v]);
      }
      return makeHash(out, config);
    }
    case RDB_TYPE_LIST_QUICKLIST:
    case RDB_TYPE_LIST_QUICKLIST_2: {
      const nodes = dec.count();
      nonEmpty(nodes);
      const items: string[] = [];
      for (let i = 0; i < nodes; i++) {
        let container = QUICKLIST_NODE_PACKED;
        if (type === RDB_TYPE_LIST_QUICKLIST_2) {
          container = dec.len();
          if (container !== QUICKLIST_NODE_PACKED && container !== QUICKLIST_NODE_PLAIN) {
            throw new RdbFormatError("Quicklist integrity check failed.");
          }
        }
        if (container === QUICKLIST_NODE_PLAIN) {
          items.push(dec.string());
          continue;
        }
        const blob = dec.blob();
        if (type === RDB_TYPE_LIST_QUICKLIST_2) decodeListpack(blob, items);
        else decodeZiplist(blob, items);
      }
      nonEmpty(items.length);
      return makeList(items, config);
    }
    case RDB_TYPE_LIST_ZIPLIST: {
      const items = decodeZiplist(dec.blob());
      nonEmpty(items.length);
      return makeList(items, config);
    }
    case RDB_TYPE_SET_INTSET: {
      const members = decodeIntset(dec.blob());
      nonEmpty(members.length);
      noDuplicates(members, 1, "intset");
      return makeSet(members, config);
    }
    case RDB_TYPE_ZSET_ZIPLIST:
    case RDB_TYPE_ZSET_LISTPACK: {
      const blob = dec.blob();
      const flat = type === RDB_TYPE_ZSET_LISTPACK ? decodeListpack(blob) : decodeZiplist(blob);
      nonEmpty(flat.length);
      noDuplicates(flat, 2, "zset");
      return makeZSet(scorePairs(flat), config);
    }
    case RDB_TYPE_HASH_ZIPMAP:
    case RDB_TYPE_HASH_ZIPLIST:
    case RDB_TYPE_HASH_LISTPACK: {
      const blob = dec.blob();
      const flat = type === RDB_TYPE_HASH_ZIPMAP
        ? decodeZipmap(blob)
        : type === RDB_TYPE_HASH_LISTPACK
        ? decodeListpack(blob)
        : decodeZiplist(blob);
      nonEmpty(flat.length);
      noDuplicates(flat, 2, "hash");
      return makeHash(pairs(flat, "Hash listpack"), config);
    }
    case RDB_TYPE_STREAM_LISTPACKS:
    case RDB_TYPE_STREAM_LISTPACKS_2:
      return readStream(dec, type === RDB_TYPE_STREAM_LISTPACKS_2, 0);
    case RDB_TYPE_MODULE:
    case RDB_TYPE_MODULE_2:
      throw new RdbFormatError(
        `key '${printable(key)}' holds a module value (RDB type ${type}), which Redis-Lite does not support`,
      );
    default:
      throw new RdbFormatError(`Unknown RDB object type ${type}${key ? ` for key '${printable(key)}'` : ""}`);
  }
}

/** A key as it can be shown in a log line. */
export function printable(s: string): string {
  const cut = s.length > 64 ? s.slice(0, 64) + "..." : s;
  return cut.replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
