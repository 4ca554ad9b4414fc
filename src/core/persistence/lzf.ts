/**
 * LZF, as liblzf 3.6 (lzf_c.c / lzf_d.c) that Redis bundles: the compressed string encoding of RDB files.
 * The stream is a sequence of literal runs (control byte 0-31 = run length - 1, then the bytes) and back
 * references (3 high bits = length - 2, 7 meaning "one more length byte follows", 13 bits of offset - 1).
 * Our compressor need not produce Redis's exact bytes, only a stream liblzf decodes; it follows liblzf's
 * "very fast" variant (hash of the next three bytes, 16-bit table) so ratios are the same in practice.
 */

const HLOG = 16;
const HSIZE = 1 << HLOG;
const MAX_LIT = 1 << 5;
const MAX_OFF = 1 << 13;
const MAX_REF = (1 << 8) + (1 << 3);

/** Hash table reused across calls: positions + 1 (0 = empty), stamped with a generation to skip clearing. */
const htab = new Int32Array(HSIZE);
const hgen = new Uint32Array(HSIZE);
let generation = 0;

/**
 * Compresses `input[0..inLen)` into `out`; returns the compressed length, or 0 when it does not fit in
 * `out.length` bytes (callers pass a limit below the input size, so 0 means "not worth it").
 */
export function lzfCompress(input: Uint8Array, inLen: number, out: Uint8Array): number {
  const outLen = out.length;
  if (inLen === 0 || outLen === 0) return 0;
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    hgen.fill(0);
    generation = 1;
  }
  const gen = generation;
  let ip = 0;
  let op = 1; // room for the first literal run's control byte
  let lit = 0;
  const inEnd = inLen;
  let hval = (input[0] << 8) | input[1];
  while (ip < inEnd - 2) {
    hval = ((hval << 8) | input[ip + 2]) & 0xffffff;
    const slot = (((hval >>> (3 * 8 - HLOG)) - hval * 5) & (HSIZE - 1)) >>> 0;
    const ref = hgen[slot] === gen ? htab[slot] : -1;
    htab[slot] = ip;
    hgen[slot] = gen;
    let off = 0;
    if (
      ref > 0 && ref < ip && (off = ip - ref - 1) < MAX_OFF &&
      input[ref + 2] === input[ip + 2] && input[ref] === input[ip] && input[ref + 1] === input[ip + 1]
    ) {
      let len = 2;
      let maxlen = inEnd - ip - len;
      if (maxlen > MAX_REF) maxlen = MAX_REF;
      if (op + 3 + 1 >= outLen && op - (lit === 0 ? 1 : 0) + 3 + 1 >= outLen) return 0;
      out[op - lit - 1] = lit - 1; // close the literal run
      if (lit === 0) op--; // an empty run is dropped
      do len++; while (len < maxlen && input[ref + len] === input[ip + len]);
      len -= 2; // now octets - 1
      ip++;
      if (len < 7) {
        out[op++] = (off >>> 8) + (len << 5);
      } else {
        out[op++] = (off >>> 8) + (7 << 5);
        out[op++] = len - 7;
      }
      out[op++] = off & 0xff;
      lit = 0;
      op++; // start a new run
      ip += len + 1;
      if (ip >= inEnd - 2) break;
      // Hash the two positions just skipped so later matches can find them (liblzf VERY_FAST).
      ip -= 2;
      hval = (input[ip] << 8) | input[ip + 1];
      for (let k = 0; k < 2; k++) {
        hval = ((hval << 8) | input[ip + 2]) & 0xffffff;
        const s = (((hval >>> (3 * 8 - HLOG)) - hval * 5) & (HSIZE - 1)) >>> 0;
        htab[s] = ip;
        hgen[s] = gen;
        ip++;
      }
    } else {
      if (op >= outLen) return 0;
      lit++;
      out[op++] = input[ip++];
      if (lit === MAX_LIT) {
        out[op - lit - 1] = lit - 1;
        lit = 0;
        op++;
      }
    }
  }
  if (op + 3 > outLen) return 0;
  while (ip < inEnd) {
    lit++;
    out[op++] = input[ip++];
    if (lit === MAX_LIT) {
      out[op - lit - 1] = lit - 1;
      lit = 0;
      op++;
    }
  }
  out[op - lit - 1] = lit - 1;
  if (lit === 0) op--;
  return op;
}

/**
 * Decompresses `input[start..end)` into `out` (sized to the original length). Returns the number of bytes
 * produced, or -1 when the stream is malformed (a reference before the start, or output overflow).
 */
export function lzfDecompress(
  input: Uint8Array,
  start: number,
  end: number,
  out: Uint8Array,
  outLen: number = out.length,
): number {
  let ip = start;
  let op = 0;
  while (ip < end) {
    let ctrl = input[ip++];
    if (ctrl < 32) {
      ctrl++;
      if (op + ctrl > outLen || ip + ctrl > end) return -1;
      // At most 32 bytes: a loop, where set() would first allocate a subarray view per literal run.
      for (let k = 0; k < ctrl; k++) out[op++] = input[ip++];
    } else {
      let len = ctrl >>> 5;
      let ref = op - ((ctrl & 0x1f) << 8) - 1;
      if (len === 7) {
        if (ip >= end) return -1;
        len += input[ip++];
      }
      if (ip >= end) return -1;
      ref -= input[ip++];
      len += 2;
      if (op + len > outLen || ref < 0) return -1;
      for (let k = 0; k < len; k++) out[op++] = out[ref++];
    }
  }
  return op;
}
