/**
 * The sorted set value (t_zset.c's zset): a skip list with spans, ordered by (score, member bytes), paired
 * with a member dictionary.
 *
 * Why this shape:
 *  - The skip list is Redis's zskiplist, node for node (same level distribution, P = 1/4, 32 levels, spans on
 *    every level), so ranks, ranges by rank/score/lex and deletions are O(log N) as Redis documents.
 *  - The member dictionary is a slot `Dict` (keyspace/dict.ts): ZRANDMEMBER picks uniformly in O(1) and ZSCAN
 *    cursors keep Redis's guarantee. A node refers to its member by Dict slot, so a member is stored once.
 *  - Nodes are records in one ArrayBuffer seen as Int32Array and Float64Array: [score (8 bytes), slot and
 *    level count packed in one word, backward, then (forward, span) per level], and forward/backward links
 *    are record offsets. A hop reads the next record's score and links from one place: about one cache miss
 *    per hop, as with Redis's zskiplistNode, and no JS object per node. A node costs 16 + 8 * levels bytes
 *    (about 27 on average) plus its member string and Dict entry, which keeps 1,000,000 members within 3x
 *    Redis's memory (scripts/bench-zset.mjs). Freed records are reused through a free list per level count.
 *  - A node id, as the methods below hand out, is its record offset (the header is 0, -1 is "no node"); it
 *    changes when a score update moves the node.
 *
 * Encoding: Redis 7.0 keeps small sets as a listpack and converts to a skiplist when one grows past
 * zset-max-listpack-entries / zset-max-listpack-value; it never converts back except where it rebuilds a set
 * (ZRANGESTORE, ZUNIONSTORE ..., GEOSEARCHSTORE, loading). `listpack` records that decision; the structure is
 * the same either way. What a listpack changes that a client can see is emulated: a score that is an integer
 * is stored as one, so -0 reads back as 0; ZSCAN returns a listpack whole; ZRANDMEMBER walks it differently.
 */
import { Dict, grownBuffer } from "./dict.ts";
import { BigMap } from "./bigmap.ts";
import type { Config } from "../config.ts";
import type { RedisObject } from "./types.ts";

const MAX_LEVEL = 32;
/** The header record: 4 words then 32 levels. */
const HEAD = 0;
const HEAD_WORDS = 4 + 2 * MAX_LEVEL;
/** Word 2 of a record: the member's Dict slot in the low 27 bits, the level count - 1 above. */
const SLOT_MASK = 0x7ffffff;
export const NIL = -1;

/** A score range (zrangespec): bounds with exclusive flags. */
export interface ScoreRange {
  min: number;
  max: number;
  minex: boolean;
  maxex: boolean;
}

/** One end of a lex range (zlexrangespec): `inf` -1 for "-", 1 for "+", else the string `s`. */
export interface LexBound {
  s: string;
  ex: boolean;
  inf: -1 | 0 | 1;
}

export interface LexRange {
  min: LexBound;
  max: LexBound;
}

/** sdscmplex: compares a member with a lex bound ("-" below everything, "+" above). */
function cmpLex(value: string, b: LexBound): number {
  if (b.inf !== 0) return -b.inf;
  return value < b.s ? -1 : value > b.s ? 1 : 0;
}

function lexGteMin(value: string, r: LexRange): boolean {
  const c = cmpLex(value, r.min);
  return r.min.ex ? c > 0 : c >= 0;
}

function lexLteMax(value: string, r: LexRange): boolean {
  const c = cmpLex(value, r.max);
  return r.max.ex ? c < 0 : c <= 0;
}

function valueGteMin(v: number, r: ScoreRange): boolean {
  return r.minex ? v > r.min : v >= r.min;
}

function valueLteMax(v: number, r: ScoreRange): boolean {
  return r.maxex ? v < r.max : v <= r.max;
}

/** Whether a score range can hold anything at all (the first test of zslIsInRange). */
export function scoreRangeEmpty(r: ScoreRange): boolean {
  return r.min > r.max || (r.min === r.max && (r.minex || r.maxex));
}

/** The same for a lex range, comparing the bounds as sdscmplex does. */
export function lexRangeEmpty(r: LexRange): boolean {
  let c: number;
  if (r.min.inf !== 0 || r.max.inf !== 0) {
    c = r.min.inf === r.max.inf ? 0 : r.min.inf === 1 || r.max.inf === -1 ? 1 : -1;
  } else c = r.min.s < r.max.s ? -1 : r.min.s > r.max.s ? 1 : 0;
  return c > 0 || (c === 0 && (r.min.ex || r.max.ex));
}

// Scratch arrays for one operation at a time (the core is single-threaded).
const update = new Int32Array(MAX_LEVEL);
const rankAt = new Float64Array(MAX_LEVEL);

/**
 * zslRandomLevel's distribution (each extra level with probability 1/4). Levels only shape performance, not
 * results, so a small xorshift generator stands in for random() and keeps this file free of host state.
 */
let seed = 0x2545f491;
function randomLevel(): number {
  let level = 1;
  for (;;) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    if ((seed & 0xffff) >= 0x4000 || level >= MAX_LEVEL) return level;
    level++;
  }
}

/** Members as a slot dictionary; values are unused (scores live in the node arrays). */
class MemberDict extends Dict<undefined> {}

export class ZSetValue implements RedisObject {
  readonly type = "zset" as const;
  /** Member -> slot (values unused). */
  readonly dict = new MemberDict({ membersOnly: true });
  /** true: Redis would hold it as a listpack; false: skiplist; null: not decided yet (built by `from`). */
  listpack: boolean | null = null;
  private i32: Int32Array;
  private f64: Float64Array;
  /** First unused int32 index of the record area (always even: records are 8-byte aligned). */
  private top: number;
  private freeRecords: number[][] = [];
  /** Dict slot -> record offset. */
  private recOf: Int32Array;
  private level = 1;
  private tailId = NIL;

  constructor(capacity = 8) {
    const words = Math.max(HEAD_WORDS + capacity * 8, 256);
    const buf = new ArrayBuffer(words * 4);
    this.i32 = new Int32Array(buf);
    this.f64 = new Float64Array(buf);
    this.recOf = new Int32Array(Math.max(capacity, 8));
    // The header: 32 levels, no member.
    const h = this.i32;
    h[HEAD + 2] = (MAX_LEVEL - 1) << 27;
    h[HEAD + 3] = NIL;
    for (let i = 0; i < MAX_LEVEL; i++) {
      h[HEAD + 4 + 2 * i] = NIL;
      h[HEAD + 5 + 2 * i] = 0;
    }
    this.top = HEAD_WORDS;
    for (let i = 0; i <= MAX_LEVEL; i++) this.freeRecords.push([]);
  }

  /** Builds a set from (member, score) pairs; a member given twice keeps its last score. */
  static from(pairs: [string, number][], config?: Config): ZSetValue {
    const last = new BigMap<number>();
    for (const [m, s] of pairs) {
      if (Number.isNaN(s)) throw new RangeError("a sorted set score cannot be NaN");
      last.set(m, s);
    }
    const sorted: [string, number][] = [];
    last.forEach((s, m) => sorted.push([m, s]));
    sorted.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const z = new ZSetValue(sorted.length);
    // Inserting from the greatest down makes each insert stop at the header (as zsetDup does).
    for (let i = sorted.length - 1; i >= 0; i--) z.insert(sorted[i][0], sorted[i][1]);
    if (config) z.listpack = z.fitsListpack(config, z.maxMemberLength());
    if (z.listpack) z.normalizeZeros();
    return z;
  }

  get size(): number {
    return this.dict.size;
  }

  /** Every (member, score) pair, ascending by score then member bytes. */
  entries(): [string, number][] {
    const out: [string, number][] = new Array(this.size);
    let i = 0;
    for (let x = this.first(); x !== NIL; x = this.next(x)) out[i++] = [this.memberOf(x), this.scoreOf(x)];
    return out;
  }

  encoding(config: Config): string {
    if (this.listpack === null) {
      this.listpack = this.fitsListpack(config, this.maxMemberLength());
      if (this.listpack) this.normalizeZeros();
    }
    return this.listpack ? "listpack" : "skiplist";
  }

  clone(): ZSetValue {
    const z = new ZSetValue(this.size);
    for (let x = this.tailId; x !== NIL; x = this.prev(x)) z.insert(this.memberOf(x), this.scoreOf(x));
    z.listpack = this.listpack;
    return z;
  }

  // ---- Encoding decisions (the listpack emulation) ----

  /** Whether a set of this size and longest member would be a listpack (zsetConvertToListpackIfNeeded). */
  fitsListpack(config: Config, maxLen: number): boolean {
    return this.size <= config.getNumber("zset-max-listpack-entries") &&
      maxLen <= config.getNumber("zset-max-listpack-value");
  }

  maxMemberLength(): number {
    let max = 0;
    this.dict.forEach((m) => {
      if (m.length > max) max = m.length;
    });
    return max;
  }

  /** A listpack stores an integral score as an integer: -0 becomes 0. */
  private normalizeZeros(): void {
    for (let x = this.first(); x !== NIL; x = this.next(x)) if (Object.is(this.f64[x >> 1], -0)) this.f64[x >> 1] = 0;
  }

  /** Converts to listpack if Redis would after rebuilding the set (ZUNIONSTORE, ZRANGESTORE, GEOSEARCHSTORE). */
  convertToListpackIfNeeded(config: Config): void {
    if (this.listpack === true) return;
    this.listpack = this.fitsListpack(config, this.maxMemberLength());
    if (this.listpack) this.normalizeZeros();
  }

  // ---- Node access ----

  memberOf(x: number): string {
    return this.dict.keys[this.i32[x + 2] & SLOT_MASK]!;
  }

  scoreOf(x: number): number {
    return this.f64[x >> 1];
  }

  idOf(member: string): number {
    const slot = this.dict.slotOf(member);
    return slot === undefined ? NIL : this.recOf[slot];
  }

  score(member: string): number | undefined {
    const slot = this.dict.slotOf(member);
    return slot === undefined ? undefined : this.f64[this.recOf[slot] >> 1];
  }

  has(member: string): boolean {
    return this.dict.has(member);
  }

  first(): number {
    return this.i32[HEAD + 4];
  }

  last(): number {
    return this.tailId;
  }

  next(x: number): number {
    return this.i32[x + 4];
  }

  prev(x: number): number {
    return this.i32[x + 3];
  }

  // ---- Storage management ----

  /** A record for a node with `n` levels (from the free list or the end of the buffer). */
  private allocRecord(n: number): number {
    const free = this.freeRecords[n];
    if (free.length > 0) return free.pop()!;
    const need = this.top + 4 + 2 * n;
    if (need > this.i32.length) {
      // 1.5x growth: less slack than doubling for big sets (the copy is a memcpy).
      let words = Math.ceil(this.i32.length * 1.5);
      while (words < need) words = Math.ceil(words * 1.5);
      words += words & 1;
      const buf = grownBuffer(this.i32.buffer as ArrayBuffer, words * 4, this.top * 4);
      this.i32 = new Int32Array(buf);
      this.f64 = new Float64Array(buf);
    }
    const at = this.top;
    this.top = need;
    return at;
  }

  private setRecOf(slot: number, r: number): void {
    if (slot >= this.recOf.length) {
      let n = Math.ceil(this.recOf.length * 1.5);
      while (n <= slot) n = Math.ceil(n * 1.5);
      this.recOf = new Int32Array(grownBuffer(this.recOf.buffer as ArrayBuffer, n * 4));
    }
    this.recOf[slot] = r;
  }

  // ---- Skip list (zslInsert, zslDeleteNode, zslUpdateScore ...) ----

  /** Adds a member known to be absent (zsetAdd's insert path); returns its node. */
  insert(member: string, score: number): number {
    if (this.listpack === true && score === 0) score = 0; // -0 -> 0
    const slot = this.dict.insert(member, undefined);
    if (slot > SLOT_MASK) throw new RangeError("a sorted set holds at most 2^27 members here");
    return this.link(slot, member, score);
  }

  /** zslInsert: a new node for `slot` at its (score, member) position, with a random level. */
  private link(slot: number, member: string, score: number): number {
    let i32 = this.i32;
    const f64 = this.f64;
    const keys = this.dict.keys;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      rankAt[i] = i === this.level - 1 ? 0 : rankAt[i + 1];
      let f = i32[x + 4 + 2 * i];
      while (f !== NIL) {
        const fs = f64[f >> 1];
        if (!(fs < score || (fs === score && keys[i32[f + 2] & SLOT_MASK]! < member))) break;
        rankAt[i] += i32[x + 5 + 2 * i];
        x = f;
        f = i32[x + 4 + 2 * i];
      }
      update[i] = x;
    }
    const lvl = randomLevel();
    if (lvl > this.level) {
      for (let i = this.level; i < lvl; i++) {
        rankAt[i] = 0;
        update[i] = HEAD;
        i32[HEAD + 5 + 2 * i] = this.size - 1; // the header's span: the length before this insert
      }
      this.level = lvl;
    }
    const r = this.allocRecord(lvl);
    i32 = this.i32; // the buffer may have grown
    this.f64[r >> 1] = score;
    i32[r + 2] = slot | ((lvl - 1) << 27);
    for (let i = 0; i < lvl; i++) {
      const u = update[i] + 4 + 2 * i;
      i32[r + 4 + 2 * i] = i32[u];
      i32[u] = r;
      const crossed = rankAt[0] - rankAt[i];
      i32[r + 5 + 2 * i] = i32[u + 1] - crossed;
      i32[u + 1] = crossed + 1;
    }
    for (let i = lvl; i < this.level; i++) i32[update[i] + 5 + 2 * i]++;
    i32[r + 3] = update[0] === HEAD ? NIL : update[0];
    const f0 = i32[r + 4];
    if (f0 !== NIL) i32[f0 + 3] = r;
    else this.tailId = r;
    this.setRecOf(slot, r);
    return r;
  }

  /** Fills `update` with the last node before `x` on every level (the search zslDelete does). */
  private findUpdate(x0: number): void {
    const i32 = this.i32;
    const f64 = this.f64;
    const keys = this.dict.keys;
    const score = f64[x0 >> 1];
    const member = keys[i32[x0 + 2] & SLOT_MASK]!;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = i32[x + 4 + 2 * i];
      while (f !== NIL) {
        const fs = f64[f >> 1];
        if (!(fs < score || (fs === score && keys[i32[f + 2] & SLOT_MASK]! < member))) break;
        x = f;
        f = i32[x + 4 + 2 * i];
      }
      update[i] = x;
    }
  }

  /** zslDeleteNode: unlinks `x` given `update`, and frees its record. */
  private unlinkWithUpdate(x: number): void {
    const i32 = this.i32;
    for (let i = 0; i < this.level; i++) {
      const u = update[i] + 4 + 2 * i;
      if (i32[u] === x) {
        i32[u + 1] += i32[x + 5 + 2 * i] - 1;
        i32[u] = i32[x + 4 + 2 * i];
      } else {
        i32[u + 1] -= 1;
      }
    }
    const f0 = i32[x + 4];
    if (f0 !== NIL) i32[f0 + 3] = i32[x + 3];
    else this.tailId = i32[x + 3];
    while (this.level > 1 && i32[HEAD + 4 + 2 * (this.level - 1)] === NIL) this.level--;
    this.freeRecords[(i32[x + 2] >>> 27) + 1].push(x);
  }

  /** Removes a member; false when absent. */
  delete(member: string): boolean {
    const x = this.idOf(member);
    if (x === NIL) return false;
    this.deleteNode(x);
    return true;
  }

  /** Removes the node `x` and its member. */
  deleteNode(x: number): void {
    const member = this.memberOf(x);
    this.findUpdate(x);
    this.unlinkWithUpdate(x);
    this.dict.delete(member);
  }

  /**
   * zslUpdateScore: moves a member to its new score, in place when its position does not change. Returns the
   * node, which is a new one when it moved.
   */
  setScore(x: number, score: number): number {
    if (this.listpack === true && score === 0) score = 0;
    const i32 = this.i32;
    const prev = i32[x + 3];
    const next = i32[x + 4];
    if ((prev === NIL || this.f64[prev >> 1] < score) && (next === NIL || this.f64[next >> 1] > score)) {
      this.f64[x >> 1] = score;
      return x;
    }
    const slot = i32[x + 2] & SLOT_MASK;
    this.findUpdate(x);
    this.unlinkWithUpdate(x);
    return this.link(slot, this.dict.keys[slot]!, score);
  }

  /** 1-based rank of node `x0` (zslGetRank). */
  rankOf(x0: number): number {
    const i32 = this.i32;
    const f64 = this.f64;
    const keys = this.dict.keys;
    const score = f64[x0 >> 1];
    const member = keys[i32[x0 + 2] & SLOT_MASK]!;
    let rank = 0;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = i32[x + 4 + 2 * i];
      while (f !== NIL) {
        const fs = f64[f >> 1];
        if (!(fs < score || (fs === score && keys[i32[f + 2] & SLOT_MASK]! <= member))) break;
        rank += i32[x + 5 + 2 * i];
        x = f;
        f = i32[x + 4 + 2 * i];
      }
      if (x === x0) return rank;
    }
    return 0;
  }

  /** 0-based rank of a member, from the lowest (or the highest when `reverse`), or -1 (zsetRank). */
  rank(member: string, reverse: boolean): number {
    const x = this.idOf(member);
    if (x === NIL) return -1;
    const r = this.rankOf(x);
    return reverse ? this.size - r : r - 1;
  }

  /** The node at a 1-based rank, or NIL (zslGetElementByRank). */
  byRank(rank: number): number {
    const i32 = this.i32;
    let traversed = 0;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let at = x + 4 + 2 * i;
      while (i32[at] !== NIL && traversed + i32[at + 1] <= rank) {
        traversed += i32[at + 1];
        x = i32[at];
        at = x + 4 + 2 * i;
      }
      if (traversed === rank) return x === HEAD ? NIL : x;
    }
    return NIL;
  }

  // ---- Ranges ----

  /** zslIsInRange */
  private inRange(r: ScoreRange): boolean {
    if (scoreRangeEmpty(r)) return false;
    if (this.tailId === NIL || !valueGteMin(this.f64[this.tailId >> 1], r)) return false;
    const f = this.first();
    return f !== NIL && valueLteMax(this.f64[f >> 1], r);
  }

  /** The first node whose score is in range, or NIL (zslFirstInRange). */
  firstInRange(r: ScoreRange): number {
    if (!this.inRange(r)) return NIL;
    const x = this.i32[this.beforeScoreMin(r, false) + 4];
    return x !== NIL && valueLteMax(this.f64[x >> 1], r) ? x : NIL;
  }

  /**
   * The last node whose score is below the range's lower end (HEAD if none), descending level by level;
   * with `record`, the node reached at each level goes to `update` (for a deletion that follows).
   */
  private beforeScoreMin(r: ScoreRange, record: boolean): number {
    const i32 = this.i32;
    const f64 = this.f64;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = i32[x + 4 + 2 * i];
      while (f !== NIL && !valueGteMin(f64[f >> 1], r)) {
        x = f;
        f = i32[x + 4 + 2 * i];
      }
      if (record) update[i] = x;
    }
    return x;
  }

  /** The last node whose score is in range, or NIL (zslLastInRange). */
  lastInRange(r: ScoreRange): number {
    if (!this.inRange(r)) return NIL;
    const i32 = this.i32;
    const f64 = this.f64;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = i32[x + 4 + 2 * i];
      while (f !== NIL && valueLteMax(f64[f >> 1], r)) {
        x = f;
        f = i32[x + 4 + 2 * i];
      }
    }
    return x !== HEAD && valueGteMin(f64[x >> 1], r) ? x : NIL;
  }

  /** zslIsInLexRange */
  private inLexRange(r: LexRange): boolean {
    if (lexRangeEmpty(r)) return false;
    if (this.tailId === NIL || !lexGteMin(this.memberOf(this.tailId), r)) return false;
    const f = this.first();
    return f !== NIL && lexLteMax(this.memberOf(f), r);
  }

  /**
   * The first node in a lex range. Lex ranges assume equal scores; when they are not, Redis's answer depends
   * on the encoding: a listpack is scanned from the head (zzlFirstInLexRange), which is emulated here.
   */
  firstInLexRange(r: LexRange): number {
    if (!this.inLexRange(r)) return NIL;
    if (this.listpack === true) {
      for (let x = this.first(); x !== NIL; x = this.next(x)) {
        if (lexGteMin(this.memberOf(x), r)) return lexLteMax(this.memberOf(x), r) ? x : NIL;
      }
      return NIL;
    }
    const x = this.i32[this.beforeLexMin(r, false) + 4];
    return x !== NIL && lexLteMax(this.memberOf(x), r) ? x : NIL;
  }

  /**
   * The last node whose member is below the range's lower end (HEAD if none), descending level by level;
   * with `record`, the node reached at each level goes to `update` (for a deletion that follows).
   */
  private beforeLexMin(r: LexRange, record: boolean): number {
    const i32 = this.i32;
    const keys = this.dict.keys;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = i32[x + 4 + 2 * i];
      while (f !== NIL && !lexGteMin(keys[i32[f + 2] & SLOT_MASK]!, r)) {
        x = f;
        f = i32[x + 4 + 2 * i];
      }
      if (record) update[i] = x;
    }
    return x;
  }

  lastInLexRange(r: LexRange): number {
    if (!this.inLexRange(r)) return NIL;
    if (this.listpack === true) {
      for (let x = this.tailId; x !== NIL; x = this.prev(x)) {
        if (lexLteMax(this.memberOf(x), r)) return lexGteMin(this.memberOf(x), r) ? x : NIL;
      }
      return NIL;
    }
    const i32 = this.i32;
    const keys = this.dict.keys;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = i32[x + 4 + 2 * i];
      while (f !== NIL && lexLteMax(keys[i32[f + 2] & SLOT_MASK]!, r)) {
        x = f;
        f = i32[x + 4 + 2 * i];
      }
    }
    return x !== HEAD && lexGteMin(keys[i32[x + 2] & SLOT_MASK]!, r) ? x : NIL;
  }

  /** Whether node `x` is still below the range's upper end (walking forward). */
  lteMax(x: number, r: ScoreRange): boolean {
    return valueLteMax(this.f64[x >> 1], r);
  }

  gteMin(x: number, r: ScoreRange): boolean {
    return valueGteMin(this.f64[x >> 1], r);
  }

  lexLteMax(x: number, r: LexRange): boolean {
    return lexLteMax(this.memberOf(x), r);
  }

  lexGteMin(x: number, r: LexRange): boolean {
    return lexGteMin(this.memberOf(x), r);
  }

  /** Deletes nodes from `x` forward while `inRange(x)` holds and fewer than `limit`, with `update` set. */
  private deleteRun(x: number, inRange: (x: number) => boolean, limit: number): number {
    let removed = 0;
    while (x !== NIL && removed < limit && inRange(x)) {
      const next = this.next(x);
      const member = this.memberOf(x);
      this.unlinkWithUpdate(x);
      this.dict.delete(member);
      removed++;
      x = next;
    }
    return removed;
  }

  /** zslDeleteRangeByScore */
  deleteRangeByScore(r: ScoreRange): number {
    const x = this.beforeScoreMin(r, true);
    return this.deleteRun(this.i32[x + 4], (n) => valueLteMax(this.f64[n >> 1], r), Infinity);
  }

  /** zslDeleteRangeByLex (zzlDeleteRangeByLex on a listpack: from the first in range while <= max). */
  deleteRangeByLex(r: LexRange): number {
    if (this.listpack === true) {
      let removed = 0;
      for (let x = this.firstInLexRange(r); x !== NIL && lexLteMax(this.memberOf(x), r);) {
        const next = this.next(x);
        this.deleteNode(x);
        removed++;
        x = next;
      }
      return removed;
    }
    const x = this.beforeLexMin(r, true);
    return this.deleteRun(this.i32[x + 4], (n) => lexLteMax(this.memberOf(n), r), Infinity);
  }

  /** zslDeleteRangeByRank: 1-based inclusive ranks. */
  deleteRangeByRank(start: number, end: number): number {
    const i32 = this.i32;
    let traversed = 0;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let at = x + 4 + 2 * i;
      while (i32[at] !== NIL && traversed + i32[at + 1] < start) {
        traversed += i32[at + 1];
        x = i32[at];
        at = x + 4 + 2 * i;
      }
      update[i] = x;
    }
    return this.deleteRun(i32[x + 4], () => true, end - start + 1);
  }

  /** Approximate bytes held, for MEMORY USAGE-style estimates. */
  bytes(): number {
    let members = 0;
    this.dict.forEach((m) => (members += m.length + 16));
    return members + this.size * 40 + this.i32.byteLength + this.recOf.byteLength;
  }
}
