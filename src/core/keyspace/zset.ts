/**
 * The sorted set value (t_zset.c's zset): a skip list with spans, ordered by (score, member bytes), paired
 * with a member dictionary.
 *
 * Why this shape:
 *  - The skip list is Redis's zskiplist, node for node (same level distribution, P = 1/4, 32 levels, spans on
 *    every level), so ranks, ranges by rank/score/lex and deletions are O(log N) as Redis documents.
 *  - The member dictionary is a slot `Dict` (keyspace/dict.ts): ZRANDMEMBER picks uniformly in O(1) and ZSCAN
 *    cursors keep Redis's guarantee. Its slot number is also the skip-list node's id (id = slot + 1; id 0 is
 *    the header, -1 is "no node"), so a member is stored once and a node needs no object of its own.
 *  - Nodes live in parallel typed arrays (score, backward link, level count, offset of the level records) and
 *    the level records (forward id, span) in one Int32Array pool with a free list per level count. A node
 *    costs about 28 bytes here plus the member string and its Dict entry, instead of a JS object per node and
 *    per level, which keeps 1,000,000 members well within 3x Redis's memory (see scripts/bench-zset.mjs).
 *
 * Encoding: Redis 7.0 keeps small sets as a listpack and converts to a skiplist when one grows past
 * zset-max-listpack-entries / zset-max-listpack-value; it never converts back except where it rebuilds a set
 * (ZRANGESTORE, ZUNIONSTORE ..., GEOSEARCHSTORE, loading). `listpack` records that decision; the structure is
 * the same either way. What a listpack changes that a client can see is emulated: a score that is an integer
 * is stored as one, so -0 reads back as 0; ZSCAN returns a listpack whole; ZRANDMEMBER walks it differently.
 */
import { Dict } from "./dict.ts";
import type { Config } from "../config.ts";
import type { RedisObject } from "./types.ts";

const MAX_LEVEL = 32;
const HEAD = 0;
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
  if (r.min.inf !== 0 || r.max.inf !== 0) c = r.min.inf === r.max.inf ? 0 : r.min.inf === 1 || r.max.inf === -1 ? 1 : -1;
  else c = r.min.s < r.max.s ? -1 : r.min.s > r.max.s ? 1 : 0;
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
  /** Member -> slot; node id = slot + 1. */
  readonly dict = new MemberDict();
  /** true: Redis would hold it as a listpack; false: skiplist; null: not decided yet (built by `from`). */
  listpack: boolean | null = null;
  private scores: Float64Array;
  private back: Int32Array;
  private levels: Uint8Array;
  private base: Int32Array;
  /** Level records: pool[base + 2i] = forward id at level i, pool[base + 2i + 1] = its span. */
  private pool: Int32Array;
  private poolTop: number;
  private freeLevels: number[][] = [];
  private level = 1;
  private tailId = NIL;

  constructor(capacity = 8) {
    this.scores = new Float64Array(capacity + 1);
    this.back = new Int32Array(capacity + 1);
    this.levels = new Uint8Array(capacity + 1);
    this.base = new Int32Array(capacity + 1);
    this.pool = new Int32Array(Math.max(2 * MAX_LEVEL + capacity * 4, 128));
    // The header owns the first 32 level records.
    for (let i = 0; i < MAX_LEVEL; i++) {
      this.pool[2 * i] = NIL;
      this.pool[2 * i + 1] = 0;
    }
    this.poolTop = 2 * MAX_LEVEL;
    this.levels[HEAD] = MAX_LEVEL;
    this.back[HEAD] = NIL;
    for (let i = 0; i <= MAX_LEVEL; i++) this.freeLevels.push([]);
  }

  /** Builds a set from (member, score) pairs; a member given twice keeps its last score. */
  static from(pairs: [string, number][], config?: Config): ZSetValue {
    const last = new Map<string, number>();
    for (const [m, s] of pairs) {
      if (Number.isNaN(s)) throw new RangeError("a sorted set score cannot be NaN");
      last.set(m, s);
    }
    const sorted = [...last].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
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
    for (let x = this.first(); x !== NIL; x = this.next(x)) out[i++] = [this.memberOf(x), this.scores[x]];
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
    for (let x = this.tailId; x !== NIL; x = this.back[x]) z.insert(this.memberOf(x), this.scores[x]);
    z.listpack = this.listpack;
    return z;
  }

  // ---- Encoding decisions (the listpack emulation) ----

  /** Whether a set of this size and longest member would be a listpack (zsetConvertToListpackIfNeeded). */
  fitsListpack(config: Config, maxLen: number): boolean {
    return this.size <= config.getNumber("zset-max-listpack-entries") && maxLen <= config.getNumber("zset-max-listpack-value");
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
    for (let x = this.first(); x !== NIL; x = this.next(x)) if (Object.is(this.scores[x], -0)) this.scores[x] = 0;
  }

  /** Converts to listpack if Redis would after rebuilding the set (ZUNIONSTORE, ZRANGESTORE, GEOSEARCHSTORE). */
  convertToListpackIfNeeded(config: Config): void {
    if (this.listpack === true) return;
    this.listpack = this.fitsListpack(config, this.maxMemberLength());
    if (this.listpack) this.normalizeZeros();
  }

  // ---- Node access ----

  memberOf(x: number): string {
    return this.dict.keys[x - 1]!;
  }

  scoreOf(x: number): number {
    return this.scores[x];
  }

  idOf(member: string): number {
    const slot = this.dict.slotOf(member);
    return slot === undefined ? NIL : slot + 1;
  }

  score(member: string): number | undefined {
    const slot = this.dict.slotOf(member);
    return slot === undefined ? undefined : this.scores[slot + 1];
  }

  has(member: string): boolean {
    return this.dict.has(member);
  }

  first(): number {
    return this.pool[0];
  }

  last(): number {
    return this.tailId;
  }

  next(x: number): number {
    return this.pool[this.base[x]];
  }

  prev(x: number): number {
    return this.back[x];
  }

  // ---- Storage management ----

  private grow(id: number): void {
    let cap = this.scores.length;
    if (id < cap) return;
    while (cap <= id) cap *= 2;
    const s = new Float64Array(cap);
    s.set(this.scores);
    this.scores = s;
    const b = new Int32Array(cap);
    b.set(this.back);
    this.back = b;
    const l = new Uint8Array(cap);
    l.set(this.levels);
    this.levels = l;
    const o = new Int32Array(cap);
    o.set(this.base);
    this.base = o;
  }

  private allocLevels(n: number): number {
    const free = this.freeLevels[n];
    if (free.length > 0) return free.pop()!;
    const need = this.poolTop + 2 * n;
    if (need > this.pool.length) {
      let size = this.pool.length * 2;
      while (size < need) size *= 2;
      const p = new Int32Array(size);
      p.set(this.pool.subarray(0, this.poolTop));
      this.pool = p;
    }
    const at = this.poolTop;
    this.poolTop = need;
    return at;
  }

  // ---- Skip list (zslInsert, zslDeleteNode, zslUpdateScore ...) ----

  /** Adds a member known to be absent (zsetAdd's insert path). */
  insert(member: string, score: number): number {
    if (this.listpack === true && score === 0) score = 0; // -0 -> 0
    const id = this.dict.insert(member, undefined) + 1;
    this.grow(id);
    this.link(id, member, score);
    return id;
  }

  /** Puts node `id` into the skip list at its (score, member) position, with a fresh random level. */
  private link(id: number, member: string, score: number): void {
    const pool = this.pool;
    const base = this.base;
    const scores = this.scores;
    const keys = this.dict.keys;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      rankAt[i] = i === this.level - 1 ? 0 : rankAt[i + 1];
      let at = base[x] + 2 * i;
      let f = pool[at];
      while (f !== NIL && (scores[f] < score || (scores[f] === score && keys[f - 1]! < member))) {
        rankAt[i] += pool[at + 1];
        x = f;
        at = base[x] + 2 * i;
        f = pool[at];
      }
      update[i] = x;
    }
    const lvl = randomLevel();
    if (lvl > this.level) {
      for (let i = this.level; i < lvl; i++) {
        rankAt[i] = 0;
        update[i] = HEAD;
        pool[2 * i + 1] = this.size - 1; // the header's span: the length before this insert
      }
      this.level = lvl;
    }
    const b = this.allocLevels(lvl);
    const p = this.pool; // allocLevels may have grown the pool
    base[id] = b;
    this.levels[id] = lvl;
    scores[id] = score;
    for (let i = 0; i < lvl; i++) {
      const u = base[update[i]] + 2 * i;
      p[b + 2 * i] = p[u];
      p[u] = id;
      const crossed = rankAt[0] - rankAt[i];
      p[b + 2 * i + 1] = p[u + 1] - crossed;
      p[u + 1] = crossed + 1;
    }
    for (let i = lvl; i < this.level; i++) p[base[update[i]] + 2 * i + 1]++;
    this.back[id] = update[0] === HEAD ? NIL : update[0];
    const f0 = p[b];
    if (f0 !== NIL) this.back[f0] = id;
    else this.tailId = id;
  }

  /** Fills `update` with the last node before `id` on every level (the search zslDelete does). */
  private findUpdate(id: number): void {
    const pool = this.pool;
    const base = this.base;
    const scores = this.scores;
    const keys = this.dict.keys;
    const score = scores[id];
    const member = keys[id - 1]!;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = pool[base[x] + 2 * i];
      while (f !== NIL && (scores[f] < score || (scores[f] === score && keys[f - 1]! < member))) {
        x = f;
        f = pool[base[x] + 2 * i];
      }
      update[i] = x;
    }
  }

  /** zslDeleteNode: unlinks `id` given `update`, and releases its level records. */
  private unlinkWithUpdate(id: number): void {
    const pool = this.pool;
    const base = this.base;
    const b = base[id];
    for (let i = 0; i < this.level; i++) {
      const u = base[update[i]] + 2 * i;
      if (pool[u] === id) {
        pool[u + 1] += pool[b + 2 * i + 1] - 1;
        pool[u] = pool[b + 2 * i];
      } else {
        pool[u + 1] -= 1;
      }
    }
    const f0 = pool[b];
    if (f0 !== NIL) this.back[f0] = this.back[id];
    else this.tailId = this.back[id];
    while (this.level > 1 && pool[2 * (this.level - 1)] === NIL) this.level--;
    this.freeLevels[this.levels[id]].push(b);
  }

  /** Removes a member; false when absent. */
  delete(member: string): boolean {
    const id = this.idOf(member);
    if (id === NIL) return false;
    this.deleteNode(id);
    return true;
  }

  /** Removes the node `id` and its member. */
  deleteNode(id: number): void {
    this.findUpdate(id);
    this.unlinkWithUpdate(id);
    this.dict.delete(this.memberOf(id));
  }

  /** zslUpdateScore: moves a member to its new score, in place when its position does not change. */
  setScore(id: number, score: number): void {
    if (this.listpack === true && score === 0) score = 0;
    const prev = this.back[id];
    const next = this.next(id);
    if ((prev === NIL || this.scores[prev] < score) && (next === NIL || this.scores[next] > score)) {
      this.scores[id] = score;
      return;
    }
    this.findUpdate(id);
    this.unlinkWithUpdate(id);
    this.link(id, this.memberOf(id), score);
  }

  /** 1-based rank of node `id` (zslGetRank). */
  rankOf(id: number): number {
    const pool = this.pool;
    const base = this.base;
    const scores = this.scores;
    const keys = this.dict.keys;
    const score = scores[id];
    const member = keys[id - 1]!;
    let rank = 0;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let at = base[x] + 2 * i;
      let f = pool[at];
      while (f !== NIL && (scores[f] < score || (scores[f] === score && keys[f - 1]! <= member))) {
        rank += pool[at + 1];
        x = f;
        at = base[x] + 2 * i;
        f = pool[at];
      }
      if (x === id) return rank;
    }
    return 0;
  }

  /** 0-based rank of a member, from the lowest (or the highest when `reverse`), or -1 (zsetRank). */
  rank(member: string, reverse: boolean): number {
    const id = this.idOf(member);
    if (id === NIL) return -1;
    const r = this.rankOf(id);
    return reverse ? this.size - r : r - 1;
  }

  /** The node at a 1-based rank, or NIL (zslGetElementByRank). */
  byRank(rank: number): number {
    const pool = this.pool;
    const base = this.base;
    let traversed = 0;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let at = base[x] + 2 * i;
      while (pool[at] !== NIL && traversed + pool[at + 1] <= rank) {
        traversed += pool[at + 1];
        x = pool[at];
        at = base[x] + 2 * i;
      }
      if (traversed === rank) return x === HEAD ? NIL : x;
    }
    return NIL;
  }

  // ---- Ranges ----

  /** zslIsInRange */
  private inRange(r: ScoreRange): boolean {
    if (scoreRangeEmpty(r)) return false;
    if (this.tailId === NIL || !valueGteMin(this.scores[this.tailId], r)) return false;
    const f = this.first();
    return f !== NIL && valueLteMax(this.scores[f], r);
  }

  /** The first node whose score is in range, or NIL (zslFirstInRange). */
  firstInRange(r: ScoreRange): number {
    if (!this.inRange(r)) return NIL;
    const pool = this.pool;
    const base = this.base;
    const scores = this.scores;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = pool[base[x] + 2 * i];
      while (f !== NIL && !valueGteMin(scores[f], r)) {
        x = f;
        f = pool[base[x] + 2 * i];
      }
    }
    x = pool[base[x]];
    return x !== NIL && valueLteMax(scores[x], r) ? x : NIL;
  }

  /** The last node whose score is in range, or NIL (zslLastInRange). */
  lastInRange(r: ScoreRange): number {
    if (!this.inRange(r)) return NIL;
    const pool = this.pool;
    const base = this.base;
    const scores = this.scores;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = pool[base[x] + 2 * i];
      while (f !== NIL && valueLteMax(scores[f], r)) {
        x = f;
        f = pool[base[x] + 2 * i];
      }
    }
    return x !== HEAD && valueGteMin(scores[x], r) ? x : NIL;
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
    const pool = this.pool;
    const base = this.base;
    const keys = this.dict.keys;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = pool[base[x] + 2 * i];
      while (f !== NIL && !lexGteMin(keys[f - 1]!, r)) {
        x = f;
        f = pool[base[x] + 2 * i];
      }
    }
    x = pool[base[x]];
    return x !== NIL && lexLteMax(keys[x - 1]!, r) ? x : NIL;
  }

  lastInLexRange(r: LexRange): number {
    if (!this.inLexRange(r)) return NIL;
    if (this.listpack === true) {
      for (let x = this.tailId; x !== NIL; x = this.back[x]) {
        if (lexLteMax(this.memberOf(x), r)) return lexGteMin(this.memberOf(x), r) ? x : NIL;
      }
      return NIL;
    }
    const pool = this.pool;
    const base = this.base;
    const keys = this.dict.keys;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = pool[base[x] + 2 * i];
      while (f !== NIL && lexLteMax(keys[f - 1]!, r)) {
        x = f;
        f = pool[base[x] + 2 * i];
      }
    }
    return x !== HEAD && lexGteMin(keys[x - 1]!, r) ? x : NIL;
  }

  /** Whether node `x` is still below the range's upper end (walking forward). */
  lteMax(x: number, r: ScoreRange): boolean {
    return valueLteMax(this.scores[x], r);
  }

  gteMin(x: number, r: ScoreRange): boolean {
    return valueGteMin(this.scores[x], r);
  }

  lexLteMax(x: number, r: LexRange): boolean {
    return lexLteMax(this.memberOf(x), r);
  }

  lexGteMin(x: number, r: LexRange): boolean {
    return lexGteMin(this.memberOf(x), r);
  }

  /** Deletes nodes from `x` forward while `keep(x)` holds, with `update` already set; returns the count. */
  private deleteRun(x: number, inRange: (x: number) => boolean, limit: number): number {
    let removed = 0;
    while (x !== NIL && removed < limit && inRange(x)) {
      const next = this.next(x);
      this.unlinkWithUpdate(x);
      this.dict.delete(this.memberOf(x));
      removed++;
      x = next;
    }
    return removed;
  }

  /** zslDeleteRangeByScore */
  deleteRangeByScore(r: ScoreRange): number {
    const pool = this.pool;
    const base = this.base;
    const scores = this.scores;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = pool[base[x] + 2 * i];
      while (f !== NIL && !valueGteMin(scores[f], r)) {
        x = f;
        f = pool[base[x] + 2 * i];
      }
      update[i] = x;
    }
    return this.deleteRun(pool[base[x]], (n) => valueLteMax(this.scores[n], r), Infinity);
  }

  /** zslDeleteRangeByLex (zzlDeleteRangeByLex on a listpack: from the first in range while <= max). */
  deleteRangeByLex(r: LexRange): number {
    if (this.listpack === true) {
      let removed = 0;
      for (let x = this.firstInLexRange(r); x !== NIL && lexLteMax(this.memberOf(x), r); ) {
        const next = this.next(x);
        this.deleteNode(x);
        removed++;
        x = next;
      }
      return removed;
    }
    const pool = this.pool;
    const base = this.base;
    const keys = this.dict.keys;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let f = pool[base[x] + 2 * i];
      while (f !== NIL && !lexGteMin(keys[f - 1]!, r)) {
        x = f;
        f = pool[base[x] + 2 * i];
      }
      update[i] = x;
    }
    return this.deleteRun(pool[base[x]], (n) => lexLteMax(this.memberOf(n), r), Infinity);
  }

  /** zslDeleteRangeByRank: 1-based inclusive ranks. */
  deleteRangeByRank(start: number, end: number): number {
    const pool = this.pool;
    const base = this.base;
    let traversed = 0;
    let x = HEAD;
    for (let i = this.level - 1; i >= 0; i--) {
      let at = base[x] + 2 * i;
      while (pool[at] !== NIL && traversed + pool[at + 1] < start) {
        traversed += pool[at + 1];
        x = pool[at];
        at = base[x] + 2 * i;
      }
      update[i] = x;
    }
    return this.deleteRun(pool[base[x]], () => true, end - start + 1);
  }

  /** Approximate bytes held, for MEMORY USAGE-style estimates. */
  bytes(): number {
    let members = 0;
    this.dict.forEach((m) => (members += m.length + 16));
    return members + this.size * 48 + this.pool.byteLength + this.scores.length * 17;
  }
}
