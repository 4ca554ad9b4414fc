/**
 * CRC-64/Jones as Redis computes it (crc64.c): reflected polynomial 0xad93d23594c935a9, initial value 0, no
 * final xor. The RDB trailer and the DUMP payload carry it little-endian. JavaScript has no cheap 64-bit
 * integers, so the register is kept as two 32-bit halves and the table is split the same way; eight bytes are
 * folded per step (slicing-by-8), which runs at several hundred MB/s where BigInt would crawl.
 */

/** The reflected polynomial 0x95ac9329ac4bc9b5 as halves. */
const POLY_LO = 0xac4bc9b5;
const POLY_HI = 0x95ac9329;

/** 8 tables of 256 entries, lo and hi halves: T[k*256 + b]. */
const TLO = new Uint32Array(8 * 256);
const THI = new Uint32Array(8 * 256);

(function buildTables(): void {
  for (let b = 0; b < 256; b++) {
    let lo = b;
    let hi = 0;
    for (let i = 0; i < 8; i++) {
      const bit = lo & 1;
      lo = ((lo >>> 1) | (hi << 31)) >>> 0;
      hi = hi >>> 1;
      if (bit) {
        lo = (lo ^ POLY_LO) >>> 0;
        hi = (hi ^ POLY_HI) >>> 0;
      }
    }
    TLO[b] = lo;
    THI[b] = hi;
  }
  for (let k = 1; k < 8; k++) {
    for (let b = 0; b < 256; b++) {
      const plo = TLO[(k - 1) * 256 + b];
      const phi = THI[(k - 1) * 256 + b];
      // T[k][b] = (T[k-1][b] >> 8) ^ T[0][T[k-1][b] & 0xff]
      const idx = plo & 0xff;
      TLO[k * 256 + b] = (((plo >>> 8) | (phi << 24)) ^ TLO[idx]) >>> 0;
      THI[k * 256 + b] = ((phi >>> 8) ^ THI[idx]) >>> 0;
    }
  }
})();

/** A running CRC-64 register. */
export class Crc64 {
  lo = 0;
  hi = 0;

  /** Folds bytes [start, end) of `buf` into the register. */
  update(buf: Uint8Array, start = 0, end = buf.length): this {
    let lo = this.lo;
    let hi = this.hi;
    let i = start;
    const end8 = end - ((end - start) & 7);
    for (; i < end8; i += 8) {
      const a = lo ^ (buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24));
      const b = hi ^ (buf[i + 4] | (buf[i + 5] << 8) | (buf[i + 6] << 16) | (buf[i + 7] << 24));
      const i7 = 7 * 256 + (a & 0xff), i6 = 6 * 256 + ((a >>> 8) & 0xff);
      const i5 = 5 * 256 + ((a >>> 16) & 0xff), i4 = 4 * 256 + (a >>> 24);
      const i3 = 3 * 256 + (b & 0xff), i2 = 2 * 256 + ((b >>> 8) & 0xff);
      const i1 = 256 + ((b >>> 16) & 0xff), i0 = b >>> 24;
      lo = TLO[i7] ^ TLO[i6] ^ TLO[i5] ^ TLO[i4] ^ TLO[i3] ^ TLO[i2] ^ TLO[i1] ^ TLO[i0];
      hi = THI[i7] ^ THI[i6] ^ THI[i5] ^ THI[i4] ^ THI[i3] ^ THI[i2] ^ THI[i1] ^ THI[i0];
    }
    for (; i < end; i++) {
      const idx = (lo ^ buf[i]) & 0xff;
      lo = ((lo >>> 8) | (hi << 24)) ^ TLO[idx];
      hi = (hi >>> 8) ^ THI[idx];
    }
    this.lo = lo >>> 0;
    this.hi = hi >>> 0;
    return this;
  }

  /** The checksum as 8 little-endian bytes, as Redis writes it. */
  bytes(): Uint8Array {
    const out = new Uint8Array(8);
    writeU32LE(out, 0, this.lo);
    writeU32LE(out, 4, this.hi);
    return out;
  }

  /** Whether `buf[at..at+8)` holds this checksum (little-endian). */
  matches(buf: Uint8Array, at: number): boolean {
    return readU32LE(buf, at) === this.lo && readU32LE(buf, at + 4) === this.hi;
  }

  /** The checksum as a bigint (tests, logs). */
  value(): bigint {
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }
}

/** CRC-64 of a whole buffer. */
export function crc64(buf: Uint8Array, start = 0, end = buf.length): Crc64 {
  return new Crc64().update(buf, start, end);
}

function writeU32LE(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
  b[at + 2] = (v >>> 16) & 0xff;
  b[at + 3] = (v >>> 24) & 0xff;
}

function readU32LE(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
