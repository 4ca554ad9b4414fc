/**
 * The compact blobs Redis embeds in RDB values: listpack (Redis 7 lists, hashes, sorted sets), intset (sets of
 * integers), and, for loading files from Redis 6 and older, ziplist and zipmap. Layouts follow listpack.c,
 * intset.c, ziplist.c and zipmap.c; every reader bounds-checks and throws RdbFormatError instead of reading
 * past the blob, because these bytes come from files and RESTORE payloads we do not trust.
 */
import { bytesToStr, parseInt64, strIntoBytes } from "../bytes.ts";

export class RdbFormatError extends Error {}

function corrupt(what: string): never {
  throw new RdbFormatError(what);
}

// ---- Growable byte buffer shared by the blob encoders ----

export class ByteBuf {
  buf: Uint8Array;
  pos = 0;
  constructor(size = 256) {
    this.buf = new Uint8Array(size);
  }
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.pos));
    this.buf = b;
  }
  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v;
  }
  str(s: string): void {
    this.ensure(s.length);
    this.pos += strIntoBytes(s, this.buf, this.pos);
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  result(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

// ---- Listpack ----

const LP_HDR = 6;
const LP_EOF = 0xff;

/** Encoded size of the backlen field for an entry of `l` bytes (lpEncodeBacklen). */
function backlenSize(l: number): number {
  return l <= 127 ? 1 : l < 16383 ? 2 : l < 2097151 ? 3 : l < 268435455 ? 4 : 5;
}

function writeBacklen(b: ByteBuf, l: number): void {
  const n = backlenSize(l);
  b.ensure(n);
  const o = b.buf;
  let p = b.pos;
  // Most significant 7-bit group first; every byte but the first has the high bit set.
  for (let i = n - 1; i >= 0; i--) {
    const group = Math.floor(l / 2 ** (7 * i)) & 127;
    o[p++] = i === n - 1 ? group : group | 128;
  }
  b.pos = p;
}

/** Appends one listpack entry: integers as Redis would store them (lpStringToInt64 then the smallest int encoding). */
function lpAppend(b: ByteBuf, s: string): number {
  const start = b.pos;
  const v = s.length <= 20 ? parseInt64(s) : null;
  if (v !== null) {
    const n = typeof v === "bigint" ? v : BigInt(v);
    if (n >= 0n && n <= 127n) b.u8(Number(n));
    else if (n >= -4096n && n <= 4095n) {
      const u = Number(n < 0n ? n + 8192n : n);
      b.u8(0xc0 | (u >> 8));
      b.u8(u & 0xff);
    } else {
      const width = n >= -32768n && n <= 32767n
        ? 2
        : n >= -8388608n && n <= 8388607n
        ? 3
        : n >= -2147483648n && n <= 2147483647n
        ? 4
        : 8;
      b.u8(width === 2 ? 0xf1 : width === 3 ? 0xf2 : width === 4 ? 0xf3 : 0xf4);
      let u = BigInt.asUintN(width * 8, n);
      b.ensure(width);
      for (let i = 0; i < width; i++) {
        b.buf[b.pos++] = Number(u & 0xffn);
        u >>= 8n;
      }
    }
  } else {
    const len = s.length;
    if (len < 64) b.u8(0x80 | len);
    else if (len < 4096) {
      b.u8(0xe0 | (len >> 8));
      b.u8(len & 0xff);
    } else {
      b.u8(0xf0);
      b.u8(len & 0xff);
      b.u8((len >>> 8) & 0xff);
      b.u8((len >>> 16) & 0xff);
      b.u8((len >>> 24) & 0xff);
    }
    b.str(s);
  }
  writeBacklen(b, b.pos - start);
  return b.pos - start;
}

/** Builds a listpack holding `items` in order. */
export function encodeListpack(items: readonly string[], b = new ByteBuf(64)): Uint8Array {
  const start = b.pos;
  b.ensure(LP_HDR);
  b.pos += LP_HDR;
  for (let i = 0; i < items.length; i++) lpAppend(b, items[i]);
  b.u8(LP_EOF);
  const total = b.pos - start;
  const o = b.buf;
  o[start] = total & 0xff;
  o[start + 1] = (total >>> 8) & 0xff;
  o[start + 2] = (total >>> 16) & 0xff;
  o[start + 3] = (total >>> 24) & 0xff;
  const count = items.length < 65535 ? items.length : 65535;
  o[start + 4] = count & 0xff;
  o[start + 5] = count >>> 8;
  return o.subarray(start, b.pos);
}

/**
 * Splits list items into listpacks the way RPUSH fills a quicklist's nodes (list-max-listpack-size), so a
 * list built by appending gets the very nodes Redis would give it (and DUMP the very bytes): an element
 * goes to a new node when the node's bytes + the element's length + 8 would pass the limit (4, 8, 16, 32 or
 * 64 KB for a negative fill; 8 KB and `fill` entries for a positive one), as _quicklistNodeAllowInsert
 * estimates it.
 */
export function splitQuicklist(items: readonly string[], fill: number): Uint8Array[] {
  const limits = [4096, 8192, 16384, 32768, 65536];
  const maxBytes = fill < 0 ? limits[Math.min(-fill, 5) - 1] : 8192;
  const maxCount = fill > 0 ? fill : Infinity;
  const SIZE_ESTIMATE_OVERHEAD = 8;
  const nodes: Uint8Array[] = [];
  const b = new ByteBuf(Math.min(maxBytes * 2, 1 << 16));
  let count = 0;
  let start = 0;
  const close = () => {
    b.u8(LP_EOF);
    const total = b.pos - start;
    const o = b.buf;
    o[start] = total & 0xff;
    o[start + 1] = (total >>> 8) & 0xff;
    o[start + 2] = (total >>> 16) & 0xff;
    o[start + 3] = (total >>> 24) & 0xff;
    const c = count < 65535 ? count : 65535;
    o[start + 4] = c & 0xff;
    o[start + 5] = c >>> 8;
    nodes.push(o.slice(start, b.pos));
    b.pos = 0;
  };
  const open = () => {
    start = b.pos;
    b.ensure(LP_HDR);
    b.pos += LP_HDR;
    count = 0;
  };
  open();
  for (let i = 0; i < items.length; i++) {
    // The node's current size includes the terminator byte, as node->sz does.
    if (
      count > 0 && (count + 1 > maxCount || b.pos - start + 1 + items[i].length + SIZE_ESTIMATE_OVERHEAD > maxBytes)
    ) {
      close();
      open();
    }
    lpAppend(b, items[i]);
    count++;
  }
  if (count > 0) close();
  return nodes;
}

/** Decodes a listpack's entries as byte strings (integers in decimal, as Redis returns them). */
export function decodeListpack(lp: Uint8Array, out: string[] = []): string[] {
  const n = lp.length;
  if (n < LP_HDR + 1) corrupt("listpack too short");
  const total = (lp[0] | (lp[1] << 8) | (lp[2] << 16) | (lp[3] << 24)) >>> 0;
  if (total !== n) corrupt("listpack header size mismatch");
  const declared = lp[4] | (lp[5] << 8);
  let p = LP_HDR;
  let count = 0;
  for (;;) {
    if (p >= n) corrupt("listpack without terminator");
    const b = lp[p];
    if (b === LP_EOF) break;
    const start = p;
    if ((b & 0x80) === 0) {
      out.push(String(b));
      p += 1;
    } else if ((b & 0xc0) === 0x80) {
      const len = b & 0x3f;
      p += 1;
      if (p + len > n) corrupt("listpack string past end");
      out.push(bytesToStr(lp, p, p + len));
      p += len;
    } else if ((b & 0xe0) === 0xc0) {
      if (p + 2 > n) corrupt("listpack int past end");
      let v = ((b & 0x1f) << 8) | lp[p + 1];
      if (v >= 4096) v -= 8192;
      out.push(String(v));
      p += 2;
    } else if ((b & 0xf0) === 0xe0) {
      if (p + 2 > n) corrupt("listpack string past end");
      const len = ((b & 0x0f) << 8) | lp[p + 1];
      p += 2;
      if (p + len > n) corrupt("listpack string past end");
      out.push(bytesToStr(lp, p, p + len));
      p += len;
    } else if (b === 0xf0) {
      if (p + 5 > n) corrupt("listpack string past end");
      const len = (lp[p + 1] | (lp[p + 2] << 8) | (lp[p + 3] << 16) | (lp[p + 4] << 24)) >>> 0;
      p += 5;
      if (p + len > n) corrupt("listpack string past end");
      out.push(bytesToStr(lp, p, p + len));
      p += len;
    } else if (b >= 0xf1 && b <= 0xf4) {
      const width = b === 0xf1 ? 2 : b === 0xf2 ? 3 : b === 0xf3 ? 4 : 8;
      if (p + 1 + width > n) corrupt("listpack int past end");
      out.push(readIntLE(lp, p + 1, width));
      p += 1 + width;
    } else {
      corrupt("listpack unknown entry encoding");
    }
    const l = p - start;
    const bl = backlenSize(l);
    if (p + bl > n) corrupt("listpack backlen past end");
    p += bl;
    count++;
  }
  if (p !== n - 1) corrupt("listpack trailing bytes");
  if (declared !== 65535 && declared !== count) corrupt("listpack count mismatch");
  return out;
}

/** A signed little-endian integer of 2, 3, 4 or 8 bytes, in decimal. */
function readIntLE(b: Uint8Array, at: number, width: number): string {
  if (width <= 4) {
    let v = 0;
    for (let i = width - 1; i >= 0; i--) v = v * 256 + b[at + i];
    const half = 2 ** (width * 8 - 1);
    return String(v >= half ? v - half * 2 : v);
  }
  let u = 0n;
  for (let i = 7; i >= 0; i--) u = (u << 8n) | BigInt(b[at + i]);
  return BigInt.asIntN(64, u).toString();
}

// ---- Intset ----

/** Builds an intset blob (sorted, smallest width that holds every member). `members` are canonical integers. */
export function encodeIntset(members: readonly string[]): Uint8Array {
  const vals = members.map((m) => BigInt(m)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let width = 2;
  for (const v of vals) {
    if (v < -2147483648n || v > 2147483647n) width = 8;
    else if ((v < -32768n || v > 32767n) && width < 4) width = 4;
  }
  const out = new Uint8Array(8 + vals.length * width);
  out[0] = width;
  const n = vals.length;
  out[4] = n & 0xff;
  out[5] = (n >>> 8) & 0xff;
  out[6] = (n >>> 16) & 0xff;
  out[7] = (n >>> 24) & 0xff;
  let p = 8;
  for (const v of vals) {
    let u = BigInt.asUintN(width * 8, v);
    for (let i = 0; i < width; i++) {
      out[p++] = Number(u & 0xffn);
      u >>= 8n;
    }
  }
  return out;
}

export function decodeIntset(b: Uint8Array): string[] {
  if (b.length < 8) corrupt("intset too short");
  const width = (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
  const n = (b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24)) >>> 0;
  if (width !== 2 && width !== 4 && width !== 8) corrupt("intset bad encoding");
  if (8 + n * width !== b.length) corrupt("intset size mismatch");
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = readIntLE(b, 8 + i * width, width);
  return out;
}

// ---- Ziplist (RDB 9 and older) ----

export function decodeZiplist(z: Uint8Array, out: string[] = []): string[] {
  const n = z.length;
  if (n < 11) corrupt("ziplist too short");
  const total = (z[0] | (z[1] << 8) | (z[2] << 16) | (z[3] << 24)) >>> 0;
  if (total !== n) corrupt("ziplist header size mismatch");
  let p = 10;
  for (;;) {
    if (p >= n) corrupt("ziplist without terminator");
    if (z[p] === 0xff) break;
    p += z[p] === 0xfe ? 5 : 1; // previous entry length
    if (p >= n) corrupt("ziplist entry past end");
    const e = z[p];
    const top = e >> 6;
    if (top === 0) {
      const len = e & 0x3f;
      p += 1;
      if (p + len > n) corrupt("ziplist string past end");
      out.push(bytesToStr(z, p, p + len));
      p += len;
    } else if (top === 1) {
      if (p + 2 > n) corrupt("ziplist string past end");
      const len = ((e & 0x3f) << 8) | z[p + 1];
      p += 2;
      if (p + len > n) corrupt("ziplist string past end");
      out.push(bytesToStr(z, p, p + len));
      p += len;
    } else if (top === 2) {
      if (p + 5 > n) corrupt("ziplist string past end");
      const len = ((z[p + 1] << 24) | (z[p + 2] << 16) | (z[p + 3] << 8) | z[p + 4]) >>> 0;
      p += 5;
      if (p + len > n) corrupt("ziplist string past end");
      out.push(bytesToStr(z, p, p + len));
      p += len;
    } else {
      p += 1;
      let width: number;
      if (e === 0xc0) width = 2;
      else if (e === 0xd0) width = 4;
      else if (e === 0xe0) width = 8;
      else if (e === 0xf0) width = 3;
      else if (e === 0xfe) width = 1;
      else if (e >= 0xf1 && e <= 0xfd) {
        out.push(String((e & 0x0f) - 1));
        continue;
      } else corrupt("ziplist unknown entry encoding");
      if (p + width > n) corrupt("ziplist int past end");
      if (width === 1) out.push(String(z[p] >= 128 ? z[p] - 256 : z[p]));
      else out.push(readIntLE(z, p, width));
      p += width;
    }
  }
  return out;
}

// ---- Zipmap (hashes in RDB files from Redis 2.x) ----

export function decodeZipmap(z: Uint8Array): string[] {
  const n = z.length;
  let p = 1;
  const out: string[] = [];
  const readLen = (): number => {
    if (p >= n) corrupt("zipmap past end");
    const b = z[p];
    if (b < 254) {
      p += 1;
      return b;
    }
    if (b === 254) {
      if (p + 5 > n) corrupt("zipmap past end");
      const l = (z[p + 1] | (z[p + 2] << 8) | (z[p + 3] << 16) | (z[p + 4] << 24)) >>> 0;
      p += 5;
      return l;
    }
    return -1; // 255: end
  };
  for (;;) {
    const klen = readLen();
    if (klen < 0) break;
    if (p + klen > n) corrupt("zipmap past end");
    const key = bytesToStr(z, p, p + klen);
    p += klen;
    const vlen = readLen();
    if (vlen < 0) corrupt("zipmap value missing");
    if (p >= n) corrupt("zipmap past end");
    const free = z[p++];
    if (p + vlen + free > n) corrupt("zipmap past end");
    out.push(key, bytesToStr(z, p, p + vlen));
    p += vlen + free;
  }
  return out;
}
