/**
 * SHA-1 over a byte string (one JS char per byte), as hex: what Redis names scripts by (sha1hex in
 * eval.c) and what `redis.sha1hex` returns. Runtime-free: the core cannot reach for node:crypto.
 * `sha1hexBytes` hashes a Uint8Array block by block (DEBUG DIGEST-VALUE of a big string, keyspace/bigstr.ts).
 */

const HEX = "0123456789abcdef";

/** The 40-character lowercase hex SHA-1 of a byte string. */
export function sha1hex(s: string): string {
  const len = s.length;
  const w = padded(len, len);
  for (let i = 0; i < len; i++) w[i >>> 2] |= (s.charCodeAt(i) & 0xff) << (24 - (i & 3) * 8);
  const h = initial();
  const x = new Int32Array(80);
  for (let b = 0; b < w.length; b += 16) rounds(h, x, w, b);
  return hex(h);
}

/** sha1hex of the bytes of `bytes`, without a copy: whole blocks are read in place, the tail padded. */
export function sha1hexBytes(bytes: Uint8Array): string {
  const len = bytes.length;
  const full = len >>> 6;
  const h = initial();
  const x = new Int32Array(80);
  const block = new Int32Array(16);
  for (let b = 0; b < full; b++) {
    const o = b * 64;
    for (let t = 0; t < 16; t++) {
      const p = o + t * 4;
      block[t] = (bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3];
    }
    rounds(h, x, block, 0);
  }
  const start = full * 64;
  const w = padded(len - start, len);
  for (let i = start; i < len; i++) w[(i - start) >>> 2] |= bytes[i] << (24 - (i & 3) * 8);
  for (let b = 0; b < w.length; b += 16) rounds(h, x, w, b);
  return hex(h);
}

/**
 * The words of the last blocks for `rest` message bytes still to hash (to be filled in by the caller): room
 * for them, then 0x80, zero padding and the 64-bit big-endian bit length of the whole `total`-byte message.
 */
function padded(rest: number, total: number): Int32Array {
  const blocks = ((rest + 8) >>> 6) + 1;
  const w = new Int32Array(blocks * 16);
  w[rest >>> 2] |= 0x80 << (24 - (rest & 3) * 8);
  const bits = total * 8;
  w[blocks * 16 - 1] = bits | 0;
  w[blocks * 16 - 2] = Math.floor(bits / 0x100000000);
  return w;
}

function initial(): Int32Array {
  return Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);
}

/** One 64-byte block (words `w[at..at+16)`) folded into the state `h`; `x` is scratch for the schedule. */
function rounds(h: Int32Array, x: Int32Array, w: Int32Array, at: number): void {
  for (let t = 0; t < 16; t++) x[t] = w[at + t];
  for (let t = 16; t < 80; t++) {
    const v = x[t - 3] ^ x[t - 8] ^ x[t - 14] ^ x[t - 16];
    x[t] = (v << 1) | (v >>> 31);
  }
  let a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4];
  for (let t = 0; t < 80; t++) {
    let f: number, k: number;
    if (t < 20) {
      f = (bb & c) | (~bb & d);
      k = 0x5a827999;
    } else if (t < 40) {
      f = bb ^ c ^ d;
      k = 0x6ed9eba1;
    } else if (t < 60) {
      f = (bb & c) | (bb & d) | (c & d);
      k = 0x8f1bbcdc | 0;
    } else {
      f = bb ^ c ^ d;
      k = 0xca62c1d6 | 0;
    }
    const temp = (((a << 5) | (a >>> 27)) + f + e + k + x[t]) | 0;
    e = d;
    d = c;
    c = (bb << 30) | (bb >>> 2);
    bb = a;
    a = temp;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + bb) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
}

function hex(h: Int32Array): string {
  let out = "";
  for (const v of h) {
    for (let i = 28; i >= 0; i -= 4) out += HEX[(v >>> i) & 15];
  }
  return out;
}
