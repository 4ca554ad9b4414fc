/**
 * Sorted set commands (t_zset.c, and the zset side of blocked.c). The data structure is ZSetValue in
 * keyspace/zset.ts; this file parses arguments the way Redis 7.0.15 does (same checks, same order, same error
 * strings) and shapes replies: WITHSCORES is a flat array in RESP2 and [member, score] pairs in RESP3.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import type { Config } from "../config.ts";
import type { ReplyWriter } from "../resp/writer.ts";
import type { Value } from "../keyspace/types.ts";
import { NOTIFY_GENERIC, NOTIFY_NEW, NOTIFY_ZSET } from "../notify.ts";
import { NIL, ZSetValue } from "../keyspace/zset.ts";
import { BigMap } from "../keyspace/bigmap.ts";
import type { LexBound, LexRange, ScoreRange } from "../keyspace/zset.ts";
import { formatG, parseDouble, parseInt64, strtod } from "../bytes.ts";
import {
  ERR_COUNT_POSITIVE,
  ERR_LIMIT_NEGATIVE,
  ERR_LIMIT_WITHOUT_BY,
  ERR_MINMAX_FLOAT,
  ERR_MINMAX_LEX,
  ERR_NAN_SCORE,
  ERR_NOT_FLOAT,
  ERR_NOT_POSITIVE,
  ERR_NUMKEYS_POSITIVE,
  ERR_OUT_OF_RANGE_PLAIN,
  ERR_SYNTAX,
  ERR_WEIGHT_NOT_FLOAT,
  ERR_WITHSCORES_BYLEX,
  ERR_WRONGTYPE,
  ERR_ZADD_GT_LT_NX,
  ERR_ZADD_INCR_PAIR,
  ERR_ZADD_NX_XX,
  errNoInputKeys,
} from "../errors.ts";
import { intArg, isKeyword } from "./util.ts";
import { deleteKey, lookupKeyRead, readTyped, writeTyped } from "../db/keys.ts";
import { blockTimeoutArg, LONG_MAX, rangeLongArg, scanCursorArg } from "../db/args.ts";
import { denyBlocking } from "../db/blocking.ts";
import { scanGeneric, scanReply } from "../db/scan.ts";

// ---------------------------------------------------------------------------------------------------------
// Argument parsing

const INF_TEXT = /^[+-]?(?:inf|infinity)$/i;

/**
 * Redis's string2d (getDoubleFromObject): strtod over the whole argument, no leading space, no NaN, and an
 * overflow to infinity or an underflow to zero is refused (ERANGE), so "1e400" is not a valid float.
 */
export function parseScore(s: string): number | null {
  const v = parseDouble(s);
  if (v === null) return null;
  if (v === Infinity || v === -Infinity) return INF_TEXT.test(s) ? v : null;
  if (v === 0) {
    const hex = /0[xX]/.exec(s);
    const mant = hex ? s.slice(hex.index + 2).split(/[pP]/)[0] : s.split(/[eE]/)[0];
    if ((hex ? /[1-9a-fA-F]/ : /[1-9]/).test(mant)) return null;
  }
  return v;
}

/** getDoubleFromObjectOrReply */
export function scoreArg(c: Client, s: string, err = ERR_NOT_FLOAT): number | null {
  const v = parseScore(s);
  if (v === null) c.error(err);
  return v;
}

function isCSpace(ch: number): boolean {
  return ch === 32 || (ch >= 9 && ch <= 13);
}

/**
 * `strtod(s, &eptr)` followed by `eptr[0] == '\0'` on a C string (zslParseRange): the argument ends at its
 * first NUL, leading white space is skipped, an empty string reads as 0, overflow gives infinity.
 */
function strtodC(s: string): number | null {
  const nul = s.indexOf("\0");
  if (nul >= 0) s = s.slice(0, nul);
  if (s.length === 0) return 0;
  let i = 0;
  while (i < s.length && isCSpace(s.charCodeAt(i))) i++;
  const v = i === s.length ? null : strtod(s.slice(i));
  return v === null || Number.isNaN(v) ? null : v;
}

/** zslParseRange: "(" makes a bound exclusive. */
export function parseScoreRange(min: string, max: string): ScoreRange | null {
  const minex = min.charCodeAt(0) === 40;
  const maxex = max.charCodeAt(0) === 40;
  const lo = strtodC(minex ? min.slice(1) : min);
  const hi = strtodC(maxex ? max.slice(1) : max);
  if (lo === null || hi === null) return null;
  return { min: lo, max: hi, minex, maxex };
}

/** zslParseLexRangeItem: "(x" exclusive, "[x" inclusive, "-" and "+" the ends. */
function parseLexItem(s: string): LexBound | null {
  const c0 = s.charCodeAt(0);
  // C strings: "+" followed by a NUL byte still reads as "+".
  if (c0 === 43 || c0 === 45) {
    if (s.length > 1 && s.charCodeAt(1) !== 0) return null;
    return { s: "", ex: true, inf: c0 === 43 ? 1 : -1 };
  }
  if (c0 === 40) return { s: s.slice(1), ex: true, inf: 0 };
  if (c0 === 91) return { s: s.slice(1), ex: false, inf: 0 };
  return null;
}

export function parseLexRange(min: string, max: string): LexRange | null {
  const lo = parseLexItem(min);
  const hi = parseLexItem(max);
  return lo === null || hi === null ? null : { min: lo, max: hi };
}

// ---------------------------------------------------------------------------------------------------------
// The generic add (zsetAdd) shared with the geo family

export const ZADD_IN_INCR = 1;
export const ZADD_IN_NX = 2;
export const ZADD_IN_XX = 4;
export const ZADD_IN_GT = 8;
export const ZADD_IN_LT = 16;
export const ZADD_OUT_NAN = 1;
export const ZADD_OUT_ADDED = 2;
export const ZADD_OUT_UPDATED = 4;
export const ZADD_OUT_NOP = 8;

/** The score zsetAdd settled on for the last call (its `newscore` out-parameter). */
export let zaddNewScore = 0;

/**
 * zsetAdd: adds or updates one member under the ZADD flags; returns ZADD_OUT_* bits. A listpack set turns
 * into a skiplist when the new member would pass zset-max-listpack-entries or -value, as Redis converts it.
 */
export function zsetAdd(z: ZSetValue, config: Config, score: number, member: string, flags: number): number {
  if (Number.isNaN(score)) return ZADD_OUT_NAN;
  const id = z.idOf(member);
  if (id !== NIL) {
    if (flags & ZADD_IN_NX) return ZADD_OUT_NOP;
    const cur = z.scoreOf(id);
    if (flags & ZADD_IN_INCR) {
      score += cur;
      if (Number.isNaN(score)) return ZADD_OUT_NAN;
    }
    if ((flags & ZADD_IN_LT && score >= cur) || (flags & ZADD_IN_GT && score <= cur)) return ZADD_OUT_NOP;
    zaddNewScore = score;
    if (score !== cur) {
      z.setScore(id, score);
      return ZADD_OUT_UPDATED;
    }
    return 0;
  }
  if (flags & ZADD_IN_XX) return ZADD_OUT_NOP;
  if (z.listpack !== false) {
    if (z.listpack === null) z.encoding(config);
    if (
      z.listpack &&
      (z.size + 1 > config.getNumber("zset-max-listpack-entries") ||
        member.length > config.getNumber("zset-max-listpack-value"))
    ) {
      z.listpack = false;
    }
  }
  z.insert(member, score);
  zaddNewScore = score;
  return ZADD_OUT_ADDED;
}

/** A new, empty set for a key about to be created with `firstMember` (zaddGenericCommand's choice). */
export function createZsetFor(config: Config, firstMember: string): ZSetValue {
  const z = new ZSetValue();
  z.listpack = !(config.getNumber("zset-max-listpack-entries") === 0 ||
    config.getNumber("zset-max-listpack-value") < firstMember.length);
  return z;
}

/** dbAdd: a new key, with the "new" keyspace event Redis 7.0 emits, waking clients blocked on it. */
function addZsetKey(c: Client, key: string, z: ZSetValue): void {
  const db = c.db;
  db.store(key, z);
  c.server.notifyKeyspaceEvent(NOTIFY_NEW, "new", key, db.id);
  c.server.signalKeyAsReady(db, key);
}

/** Stores a freshly built set at `key` (setKey: overwrite, or dbAdd for a new key) and signals it. */
export function storeZset(c: Client, key: string, z: ZSetValue): void {
  const db = c.db;
  if (db.peek(key) === undefined) addZsetKey(c, key, z);
  else {
    db.store(key, z);
    c.server.signalKeyAsReady(db, key);
  }
  c.server.signalModifiedKey(db, key);
}

/** readTyped for a sorted set. A set built by ZSetValue.from (RESTORE, loading) decides its encoding on first use. */
export function readZset(c: Client, key: string): ZSetValue | undefined | null {
  const z = readTyped<ZSetValue>(c, key, "zset");
  if (z && z.listpack === null) z.encoding(c.server.config);
  return z;
}

/** One element of a range reply: member, and its score when asked (a [member, score] pair in RESP3). */
function emitPair(w: ReplyWriter, member: string, score: number, withscores: boolean): void {
  if (withscores && w.proto === 3) w.array(2);
  w.bulk(member);
  if (withscores) w.double(score);
}

function rangeHeader(w: ReplyWriter, n: number, withscores: boolean): void {
  w.array(withscores && w.proto === 2 ? n * 2 : n);
}

// ---------------------------------------------------------------------------------------------------------
// ZADD / ZINCRBY / ZREM

/** ZADD key [NX|XX] [GT|LT] [CH] [INCR] score member [score member ...]; ZINCRBY key increment member */
export function zaddGeneric(c: Client, argv: string[], baseFlags: number): void {
  let flags = baseFlags;
  let ch = false;
  let scoreidx = 2;
  while (scoreidx < argv.length) {
    const opt = argv[scoreidx];
    if (isKeyword(opt, "NX")) flags |= ZADD_IN_NX;
    else if (isKeyword(opt, "XX")) flags |= ZADD_IN_XX;
    else if (isKeyword(opt, "CH")) ch = true;
    else if (isKeyword(opt, "INCR")) flags |= ZADD_IN_INCR;
    else if (isKeyword(opt, "GT")) flags |= ZADD_IN_GT;
    else if (isKeyword(opt, "LT")) flags |= ZADD_IN_LT;
    else break;
    scoreidx++;
  }
  const incr = (flags & ZADD_IN_INCR) !== 0;
  const nx = (flags & ZADD_IN_NX) !== 0;
  const xx = (flags & ZADD_IN_XX) !== 0;
  const gt = (flags & ZADD_IN_GT) !== 0;
  const lt = (flags & ZADD_IN_LT) !== 0;
  let elements = argv.length - scoreidx;
  if (elements % 2 !== 0 || elements === 0) return c.error(ERR_SYNTAX);
  elements /= 2;
  if (nx && xx) return c.error(ERR_ZADD_NX_XX);
  if ((gt && nx) || (lt && nx) || (gt && lt)) {
    return c.error(ERR_ZADD_GT_LT_NX);
  }
  if (incr && elements > 1) return c.error(ERR_ZADD_INCR_PAIR);
  const scores = new Array<number>(elements);
  for (let j = 0; j < elements; j++) {
    const s = scoreArg(c, argv[scoreidx + j * 2]);
    if (s === null) return;
    scores[j] = s;
  }
  const key = argv[1];
  const db = c.db;
  const server = c.server;
  let z = writeTyped<ZSetValue>(c, key, "zset");
  if (z === null) return;
  let added = 0;
  let updated = 0;
  let processed = 0;
  let score = 0;
  if (z === undefined) {
    if (xx) return replyZadd(c, incr, processed, score, ch ? added + updated : added);
    z = createZsetFor(server.config, argv[scoreidx + 1]);
    addZsetKey(c, key, z);
  }
  let failed = false;
  for (let j = 0; j < elements; j++) {
    const out = zsetAdd(z, server.config, scores[j], argv[scoreidx + 1 + j * 2], flags);
    if (out & ZADD_OUT_NAN) {
      c.error(ERR_NAN_SCORE);
      failed = true;
      break;
    }
    if (out & ZADD_OUT_ADDED) added++;
    if (out & ZADD_OUT_UPDATED) updated++;
    if (!(out & ZADD_OUT_NOP)) processed++;
    score = zaddNewScore;
  }
  if (!failed) {
    server.dirty += added + updated;
    replyZadd(c, incr, processed, score, ch ? added + updated : added);
  }
  if (added || updated) {
    server.signalModifiedKey(db, key);
    server.notifyKeyspaceEvent(NOTIFY_ZSET, incr ? "zincr" : "zadd", key, db.id);
  }
}

function replyZadd(c: Client, incr: boolean, processed: number, score: number, count: number): void {
  if (incr) {
    if (processed) c.reply.double(score);
    else c.reply.nullBulk();
  } else {
    c.reply.integer(count);
  }
}

/** ZREM key member [member ...] */
function zremCommand(c: Client, argv: string[]): void {
  const key = argv[1];
  const z = writeTyped<ZSetValue>(c, key, "zset");
  if (z === null) return;
  if (z === undefined) return c.reply.integer(0);
  const db = c.db;
  let deleted = 0;
  let keyremoved = false;
  for (let j = 2; j < argv.length; j++) {
    if (z.delete(argv[j])) deleted++;
    if (z.size === 0) {
      db.delete(key);
      keyremoved = true;
      break;
    }
  }
  if (deleted) {
    const server = c.server;
    server.notifyKeyspaceEvent(NOTIFY_ZSET, "zrem", key, db.id);
    if (keyremoved) server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, db.id);
    server.signalModifiedKey(db, key);
    server.dirty += deleted;
  }
  c.reply.integer(deleted);
}

const RANGE_AUTO = 0;
const RANGE_RANK = 1;
const RANGE_SCORE = 2;
const RANGE_LEX = 3;

/** ZREMRANGEBYRANK key start stop, ZREMRANGEBYSCORE key min max, ZREMRANGEBYLEX key min max */
function zremrangeGeneric(c: Client, argv: string[], rangetype: number): void {
  const key = argv[1];
  let start = 0;
  let end = 0;
  let range: ScoreRange | null = null;
  let lex: LexRange | null = null;
  let event: string;
  if (rangetype === RANGE_RANK) {
    event = "zremrangebyrank";
    const s = intArg(c, argv[2]);
    if (s === null) return;
    const e = intArg(c, argv[3]);
    if (e === null) return;
    start = s;
    end = e;
  } else if (rangetype === RANGE_SCORE) {
    event = "zremrangebyscore";
    range = parseScoreRange(argv[2], argv[3]);
    if (range === null) return c.error(ERR_MINMAX_FLOAT);
  } else {
    event = "zremrangebylex";
    lex = parseLexRange(argv[2], argv[3]);
    if (lex === null) return c.error(ERR_MINMAX_LEX);
  }
  const z = writeTyped<ZSetValue>(c, key, "zset");
  if (z === null) return;
  if (z === undefined) return c.reply.integer(0);
  if (z.listpack === null) z.encoding(c.server.config);
  if (rangetype === RANGE_RANK) {
    const llen = z.size;
    if (start < 0) start = llen + start;
    if (end < 0) end = llen + end;
    if (start < 0) start = 0;
    if (start > end || start >= llen) return c.reply.integer(0);
    if (end >= llen) end = llen - 1;
  }
  let deleted: number;
  if (range !== null) deleted = z.deleteRangeByScore(range);
  else if (lex !== null) deleted = z.deleteRangeByLex(lex);
  else deleted = z.deleteRangeByRank(start + 1, end + 1);
  const db = c.db;
  const server = c.server;
  const keyremoved = z.size === 0;
  if (keyremoved) db.delete(key);
  if (deleted) {
    server.signalModifiedKey(db, key);
    server.notifyKeyspaceEvent(NOTIFY_ZSET, event, key, db.id);
    if (keyremoved) server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, db.id);
  }
  server.dirty += deleted;
  c.reply.integer(deleted);
}

// ---------------------------------------------------------------------------------------------------------
// ZUNION / ZINTER / ZDIFF (+STORE) / ZINTERCARD

const OP_UNION = 0;
const OP_INTER = 1;
const OP_DIFF = 2;
const AGGR_SUM = 0;
const AGGR_MIN = 1;
const AGGR_MAX = 2;

/** The plain set as another family writes it: `members()`, and `has()` where it offers one. */
interface SetLike {
  type: "set";
  size: number;
  members(): string[];
  has?(member: string): boolean;
}

/** One input of a set operation (zsetopsrc): a sorted set, a plain set (every score 1), or nothing. */
interface OpSource {
  value: ZSetValue | SetLike | null;
  weight: number;
  length: number;
  lookupSet: Set<string> | null;
}

function srcFind(src: OpSource, member: string): number | undefined {
  const v = src.value;
  if (v === null) return undefined;
  if (v instanceof ZSetValue) return v.score(member);
  if (typeof v.has === "function") return v.has(member) ? 1 : undefined;
  if (src.lookupSet === null) src.lookupSet = new Set(v.members());
  return src.lookupSet.has(member) ? 1 : undefined;
}

/** Calls fn(member, score) for every element, sorted sets from the highest down as zuiNext walks them. */
function srcForEach(src: OpSource, fn: (member: string, score: number) => boolean | void): void {
  const v = src.value;
  if (v === null) return;
  if (v instanceof ZSetValue) {
    for (let x = v.last(); x !== NIL; x = v.prev(x)) if (fn(v.memberOf(x), v.scoreOf(x)) === false) return;
    return;
  }
  const ms = v.members();
  for (let i = 0; i < ms.length; i++) if (fn(ms[i], 1) === false) return;
}

function aggregate(target: number, val: number, how: number): number {
  if (how === AGGR_SUM) {
    const r = target + val;
    return Number.isNaN(r) ? 0 : r; // +inf + -inf: Redis keeps 0
  }
  if (how === AGGR_MIN) return val < target ? val : target;
  return val > target ? val : target;
}

/**
 * zunionInterDiffGenericCommand: ZUNION/ZINTER/ZDIFF numkeys key [key ...] ..., their STORE forms with
 * `dstkey`, and ZINTERCARD (`cardinalityOnly`).
 */
function zsetOpGeneric(
  c: Client,
  argv: string[],
  dstkey: string | null,
  numkeysIndex: number,
  op: number,
  cardinalityOnly: boolean,
): void {
  const setnum = intArg(c, argv[numkeysIndex]);
  if (setnum === null) return;
  if (setnum < 1) {
    return c.error(errNoInputKeys(c.current?.fullName ?? argv[0].toLowerCase()));
  }
  if (setnum > argv.length - (numkeysIndex + 1)) return c.error(ERR_SYNTAX);
  const db = c.db;
  const src: OpSource[] = [];
  let j = numkeysIndex + 1;
  for (let i = 0; i < setnum; i++, j++) {
    const v = lookupKeyRead(c, argv[j]);
    let value: ZSetValue | SetLike | null = null;
    if (v !== undefined) {
      if (typeof v === "string" || (v.type !== "zset" && v.type !== "set")) return c.error(ERR_WRONGTYPE);
      value = v as unknown as ZSetValue | SetLike;
    }
    src.push({ value, weight: 1, length: value === null ? 0 : value.size, lookupSet: null });
  }
  let how = AGGR_SUM;
  let withscores = false;
  let limit = 0;
  let remaining = argv.length - j;
  while (remaining) {
    const opt = argv[j];
    if (op !== OP_DIFF && !cardinalityOnly && remaining >= setnum + 1 && isKeyword(opt, "WEIGHTS")) {
      j++;
      remaining--;
      for (let i = 0; i < setnum; i++, j++, remaining--) {
        const w = scoreArg(c, argv[j], ERR_WEIGHT_NOT_FLOAT);
        if (w === null) return;
        src[i].weight = w;
      }
    } else if (op !== OP_DIFF && !cardinalityOnly && remaining >= 2 && isKeyword(opt, "AGGREGATE")) {
      j++;
      remaining--;
      const a = argv[j];
      if (isKeyword(a, "SUM")) how = AGGR_SUM;
      else if (isKeyword(a, "MIN")) how = AGGR_MIN;
      else if (isKeyword(a, "MAX")) how = AGGR_MAX;
      else return c.error(ERR_SYNTAX);
      j++;
      remaining--;
    } else if (remaining >= 1 && dstkey === null && !cardinalityOnly && isKeyword(opt, "WITHSCORES")) {
      j++;
      remaining--;
      withscores = true;
    } else if (cardinalityOnly && remaining >= 2 && isKeyword(opt, "LIMIT")) {
      j++;
      remaining--;
      const l = rangeLongArg(c, argv[j], 0n, LONG_MAX, ERR_LIMIT_NEGATIVE);
      if (l === null) return;
      limit = l;
      j++;
      remaining--;
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  // Smallest first (a stable sort, as glibc's qsort is for these sizes): fewer lookups, and the order in
  // which scores are added.
  if (op !== OP_DIFF) src.sort((a, b) => a.length - b.length);

  const dst = new ZSetValue();
  dst.listpack = false;
  let cardinality = 0;
  if (op === OP_INTER) {
    if (src[0].length > 0) {
      srcForEach(src[0], (member, s0) => {
        let score = src[0].weight * s0;
        if (Number.isNaN(score)) score = 0;
        let k = 1;
        for (; k < setnum; k++) {
          let value: number | undefined;
          if (src[k].value === src[0].value) value = s0;
          else value = srcFind(src[k], member);
          if (value === undefined) break;
          score = aggregate(score, value * src[k].weight, how);
        }
        if (k !== setnum) return;
        if (cardinalityOnly) {
          cardinality++;
          if (limit && cardinality >= limit) return false;
        } else {
          dst.insert(member, score);
        }
      });
    }
  } else if (op === OP_UNION) {
    const acc = new BigMap<number>();
    for (let i = 0; i < setnum; i++) {
      if (src[i].length === 0) continue;
      const w = src[i].weight;
      srcForEach(src[i], (member, s) => {
        let score = w * s;
        if (Number.isNaN(score)) score = 0;
        const prev = acc.get(member);
        acc.set(member, prev === undefined ? score : aggregate(prev, score, how));
      });
    }
    acc.forEach((score, member) => dst.insert(member, score));
  } else {
    if (src[0].length > 0) {
      let same = false;
      for (let k = 1; k < setnum; k++) if (src[k].value === src[0].value) same = true;
      if (!same) {
        srcForEach(src[0], (member, s) => {
          for (let k = 1; k < setnum; k++) if (srcFind(src[k], member) !== undefined) return;
          dst.insert(member, s);
        });
      }
    }
  }

  const server = c.server;
  if (dstkey !== null) {
    if (dst.size > 0) {
      dst.convertToListpackIfNeeded(server.config);
      storeZset(c, dstkey, dst);
      c.reply.integer(dst.size);
      server.notifyKeyspaceEvent(
        NOTIFY_ZSET,
        op === OP_UNION ? "zunionstore" : op === OP_INTER ? "zinterstore" : "zdiffstore",
        dstkey,
        db.id,
      );
      server.dirty++;
    } else {
      c.reply.integer(0);
      deleteKey(c, dstkey);
    }
  } else if (cardinalityOnly) {
    c.reply.integer(cardinality);
  } else {
    const w = c.reply;
    rangeHeader(w, dst.size, withscores);
    for (let x = dst.first(); x !== NIL; x = dst.next(x)) emitPair(w, dst.memberOf(x), dst.scoreOf(x), withscores);
  }
}

// ---------------------------------------------------------------------------------------------------------
// ZRANGE and friends

const DIR_AUTO = 0;
const DIR_FORWARD = 1;
const DIR_REVERSE = 2;

/** Node ids of a range result, reused across calls. */
let rangeIds: number[] = [];

/** Collects the nodes of a rank range (genericZrangebyrankCommand). */
function collectByRank(z: ZSetValue, start: number, end: number, reverse: boolean, out: number[]): void {
  const llen = z.size;
  if (start < 0) start = llen + start;
  if (end < 0) end = llen + end;
  if (start < 0) start = 0;
  if (start > end || start >= llen) return;
  if (end >= llen) end = llen - 1;
  let rangelen = end - start + 1;
  let ln: number;
  if (reverse) ln = start > 0 ? z.byRank(llen - start) : z.last();
  else ln = start > 0 ? z.byRank(start + 1) : z.first();
  while (rangelen-- > 0 && ln !== NIL) {
    out.push(ln);
    ln = reverse ? z.prev(ln) : z.next(ln);
  }
}

/**
 * Collects a score or lex range with LIMIT (genericZrangebyscoreCommand / genericZrangebylexCommand). A
 * negative offset walks off the end (Redis's `while (ln && offset--)`), a negative count means no limit.
 */
function collectByBounds(
  z: ZSetValue,
  score: ScoreRange | null,
  lex: LexRange | null,
  offset: number,
  limit: number,
  reverse: boolean,
  out: number[],
): void {
  if (score !== null && offset > 0 && offset >= z.size) return;
  let ln: number;
  if (score !== null) ln = reverse ? z.lastInRange(score) : z.firstInRange(score);
  else ln = reverse ? z.lastInLexRange(lex!) : z.firstInLexRange(lex!);
  if (offset < 0) return;
  while (ln !== NIL && offset-- > 0) ln = reverse ? z.prev(ln) : z.next(ln);
  while (ln !== NIL && limit-- !== 0) {
    if (score !== null) {
      if (reverse ? !z.gteMin(ln, score) : !z.lteMax(ln, score)) break;
    } else if (reverse ? !z.lexGteMin(ln, lex!) : !z.lexLteMax(ln, lex!)) {
      break;
    }
    out.push(ln);
    ln = reverse ? z.prev(ln) : z.next(ln);
  }
}

/** ZRANGESTORE's result (zrangeResultFinalizeStore). */
function finishRangeStore(c: Client, dstkey: string, dst: ZSetValue | null): void {
  const server = c.server;
  if (dst !== null && dst.size > 0) {
    storeZset(c, dstkey, dst);
    c.reply.integer(dst.size);
    server.notifyKeyspaceEvent(NOTIFY_ZSET, "zrangestore", dstkey, c.db.id);
    server.dirty++;
  } else {
    c.reply.integer(0);
    deleteKey(c, dstkey);
  }
}

/**
 * zrangeGenericCommand: ZRANGE and ZRANGESTORE (`store`: argv[1] is the destination), and the older
 * Z[REV]RANGE[BYSCORE|BYLEX] forms, which pass their range type and direction.
 * <src> <min> <max> [BYSCORE | BYLEX] [REV] [WITHSCORES] [LIMIT offset count]
 */
function zrangeGeneric(
  c: Client,
  argv: string[],
  argcStart: number,
  store: boolean,
  rangetype: number,
  direction: number,
): void {
  const key = argv[argcStart];
  let minidx = argcStart + 1;
  let maxidx = argcStart + 2;
  let withscores = false;
  let offset = 0;
  let limit = -1;
  for (let j = argcStart + 3; j < argv.length; j++) {
    const leftargs = argv.length - j - 1;
    const opt = argv[j];
    if (!store && isKeyword(opt, "WITHSCORES")) {
      withscores = true;
    } else if (isKeyword(opt, "LIMIT") && leftargs >= 2) {
      const o = intArg(c, argv[j + 1]);
      if (o === null) return;
      const l = intArg(c, argv[j + 2]);
      if (l === null) return;
      offset = o;
      limit = l;
      j += 2;
    } else if (direction === DIR_AUTO && isKeyword(opt, "REV")) {
      direction = DIR_REVERSE;
    } else if (rangetype === RANGE_AUTO && isKeyword(opt, "BYLEX")) {
      rangetype = RANGE_LEX;
    } else if (rangetype === RANGE_AUTO && isKeyword(opt, "BYSCORE")) {
      rangetype = RANGE_SCORE;
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  if (direction === DIR_AUTO) direction = DIR_FORWARD;
  if (rangetype === RANGE_AUTO) rangetype = RANGE_RANK;
  if (limit !== -1 && rangetype === RANGE_RANK) {
    return c.error(ERR_LIMIT_WITHOUT_BY);
  }
  if (withscores && rangetype === RANGE_LEX) {
    return c.error(ERR_WITHSCORES_BYLEX);
  }
  const reverse = direction === DIR_REVERSE;
  if (reverse && rangetype !== RANGE_RANK) {
    const t = maxidx;
    maxidx = minidx;
    minidx = t;
  }
  let start = 0;
  let end = 0;
  let score: ScoreRange | null = null;
  let lex: LexRange | null = null;
  if (rangetype === RANGE_RANK) {
    const s = intArg(c, argv[minidx]);
    if (s === null) return;
    const e = intArg(c, argv[maxidx]);
    if (e === null) return;
    start = s;
    end = e;
  } else if (rangetype === RANGE_SCORE) {
    score = parseScoreRange(argv[minidx], argv[maxidx]);
    if (score === null) return c.error(ERR_MINMAX_FLOAT);
  } else {
    lex = parseLexRange(argv[minidx], argv[maxidx]);
    if (lex === null) return c.error(ERR_MINMAX_LEX);
  }
  const z = readTyped<ZSetValue>(c, key, "zset");
  if (z === null) return;
  if (z === undefined) {
    if (store) finishRangeStore(c, argv[1], null);
    else c.reply.array(0);
    return;
  }
  const ids = rangeIds;
  ids.length = 0;
  if (rangetype === RANGE_RANK) collectByRank(z, start, end, reverse, ids);
  else collectByBounds(z, score, lex, offset, limit, reverse, ids);
  if (store) {
    const dst = new ZSetValue();
    dst.listpack = true; // createZsetListpackObject; zsetAdd converts as it grows
    const config = c.server.config;
    for (let i = 0; i < ids.length; i++) zsetAdd(dst, config, z.scoreOf(ids[i]), z.memberOf(ids[i]), 0);
    finishRangeStore(c, argv[1], dst);
  } else {
    const w = c.reply;
    rangeHeader(w, ids.length, withscores);
    for (let i = 0; i < ids.length; i++) emitPair(w, z.memberOf(ids[i]), z.scoreOf(ids[i]), withscores);
  }
  if (ids.length > 65536) rangeIds = [];
}

/** ZCOUNT key min max, ZLEXCOUNT key min max: counted from ranks, O(log N). */
function zcountGeneric(c: Client, argv: string[], lexical: boolean): void {
  let score: ScoreRange | null = null;
  let lex: LexRange | null = null;
  if (lexical) {
    lex = parseLexRange(argv[2], argv[3]);
    if (lex === null) return c.error(ERR_MINMAX_LEX);
  } else {
    score = parseScoreRange(argv[2], argv[3]);
    if (score === null) return c.error(ERR_MINMAX_FLOAT);
  }
  const z = readZset(c, argv[1]);
  if (z === null) return;
  if (z === undefined) return c.reply.integer(0);
  let count = 0;
  const first = score !== null ? z.firstInRange(score) : z.firstInLexRange(lex!);
  if (lex !== null && first !== NIL && z.encoding(c.server.config) === "listpack") {
    // A listpack is counted by walking (zlexcountCommand), which differs from ranks when scores differ.
    for (let x = first; x !== NIL && z.lexLteMax(x, lex); x = z.next(x)) count++;
  } else if (first !== NIL) {
    count = z.size - (z.rankOf(first) - 1);
    const last = score !== null ? z.lastInRange(score) : z.lastInLexRange(lex!);
    if (last !== NIL) count -= z.size - z.rankOf(last);
  }
  c.reply.integer(count);
}

// ---------------------------------------------------------------------------------------------------------
// Point reads

/** ZCARD key */
function zcardCommand(c: Client, argv: string[]): void {
  const z = readZset(c, argv[1]);
  if (z === null) return;
  c.reply.integer(z === undefined ? 0 : z.size);
}

/** ZSCORE key member */
function zscoreCommand(c: Client, argv: string[]): void {
  const z = readZset(c, argv[1]);
  if (z === null) return;
  const s = z === undefined ? undefined : z.score(argv[2]);
  if (s === undefined) c.reply.nullBulk();
  else c.reply.double(s);
}

/** ZMSCORE key member [member ...] */
function zmscoreCommand(c: Client, argv: string[]): void {
  const z = readZset(c, argv[1]);
  if (z === null) return;
  c.reply.array(argv.length - 2);
  for (let j = 2; j < argv.length; j++) {
    const s = z === undefined ? undefined : z.score(argv[j]);
    if (s === undefined) c.reply.nullBulk();
    else c.reply.double(s);
  }
}

/** ZRANK key member, ZREVRANK key member */
function zrankGeneric(c: Client, argv: string[], reverse: boolean): void {
  const z = readZset(c, argv[1]);
  if (z === null) return;
  const r = z === undefined ? -1 : z.rank(argv[2], reverse);
  if (r >= 0) c.reply.integer(r);
  else c.reply.nullBulk();
}

/** How a listpack holds a score: an integer when it is one (within ±2^62), else %.17g (zzlInsertAt). */
function listpackScoreText(d: number): string {
  if (Number.isInteger(d) && d >= -4611686018427387903 && d <= 4611686018427387903) {
    return Math.abs(d) <= Number.MAX_SAFE_INTEGER ? String(d) : BigInt(d).toString();
  }
  return formatG(d, 17);
}

/** ZSCAN key cursor [MATCH pattern] [COUNT count] */
function zscanCommand(c: Client, argv: string[]): void {
  const cursor = scanCursorArg(c, argv[2]);
  if (cursor === null) return;
  const z = readZset(c, argv[1]);
  if (z === null) return;
  if (z === undefined) return scanReply(c, 0, []);
  scanGeneric(c, argv, cursor, (from, count, visit) => {
    if (z.encoding(c.server.config) !== "listpack") {
      return z.dict.scan(from, count, (m) => visit(m, formatG(z.score(m)!, 17)));
    }
    // A listpack is returned whole, whatever the cursor, with scores as it holds them.
    for (let x = z.first(); x !== NIL; x = z.next(x)) visit(z.memberOf(x), listpackScoreText(z.scoreOf(x)));
    return 0;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Pops, blocking pops

const ZSET_MIN = 0;
const ZSET_MAX = 1;

/**
 * genericZpopCommand: pops up to `count` (-1: one, unnested) from the first existing key. `emitkey` adds the
 * key name (BZPOP*, ZMPOP), `nested` makes [member, score] pairs, `nilWhenEmpty` answers a null array when no
 * key exists (ZMPOP) instead of an empty one. `asZpop`: ZMPOP and the blocking pops propagate as ZPOPMIN/ZPOPMAX
 * key [count] (replacing the command, or as a write of its own for a served blocked client).
 */
function genericZpop(
  c: Client,
  keys: string[],
  where: number,
  emitkey: boolean,
  count: number,
  nested: boolean,
  nilWhenEmpty: boolean,
  asZpop: "rewrite" | "also" | null = null,
): void {
  const db = c.db;
  let key = "";
  let z: ZSetValue | undefined;
  for (let i = 0; i < keys.length; i++) {
    key = keys[i];
    const v = writeTyped<ZSetValue>(c, key, "zset");
    if (v === null) return;
    if (v === undefined) continue;
    z = v;
    break;
  }
  const w = c.reply;
  if (z === undefined) {
    if (nilWhenEmpty) w.nullArray();
    else w.array(0);
    return;
  }
  if (count === 0) return w.array(0);
  if (asZpop !== null && c.server.propagation.active) {
    const argv = [where === ZSET_MAX ? "ZPOPMAX" : "ZPOPMIN", key];
    if (count !== -1) argv.push(String(count > z.size ? z.size : count));
    if (asZpop === "rewrite") c.server.propagation.rewrite(argv);
    else c.server.propagation.also(db.id, argv);
  }
  if (count === -1) count = 1;
  let rangelen = count > z.size ? z.size : count;
  if (!nested && !emitkey) w.array(rangelen * 2);
  else if (nested && !emitkey) w.array(rangelen);
  else if (!nested && emitkey) {
    w.array(rangelen * 2 + 1);
    w.bulk(key);
  } else {
    w.array(2);
    w.bulk(key);
    w.array(rangelen);
  }
  const server = c.server;
  let first = true;
  while (rangelen-- > 0) {
    const x = where === ZSET_MAX ? z.last() : z.first();
    const member = z.memberOf(x);
    const score = z.scoreOf(x);
    z.deleteNode(x);
    server.dirty++;
    if (first) {
      server.notifyKeyspaceEvent(NOTIFY_ZSET, where === ZSET_MAX ? "zpopmax" : "zpopmin", key, db.id);
      server.signalModifiedKey(db, key);
      first = false;
    }
    if (nested) w.array(2);
    w.bulk(member);
    w.double(score);
  }
  if (z.size === 0) {
    db.delete(key);
    server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, db.id);
  }
}

/** ZPOPMIN key [count], ZPOPMAX key [count] */
function zpopMinMax(c: Client, argv: string[], where: number): void {
  if (argv.length > 3) return c.error(ERR_SYNTAX);
  let count = -1;
  if (argv.length === 3) {
    const n = rangeLongArg(c, argv[2], 0n, LONG_MAX, ERR_NOT_POSITIVE);
    if (n === null) return;
    count = n;
  }
  genericZpop(c, [argv[1]], where, false, count, c.proto > 2 && count !== -1, false);
}

/**
 * blockingGenericZpopCommand: pops at once when a key has elements, else blocks (or, where blocking is not
 * allowed, answers as a timeout would: a null array).
 */
function blockingZpop(
  c: Client,
  keys: string[],
  where: number,
  timeoutArgv: string,
  count: number,
  nested: boolean,
): void {
  const timeout = blockTimeoutArg(c, timeoutArgv);
  if (timeout === null) return;
  const db = c.db;
  for (let j = 0; j < keys.length; j++) {
    const v = writeTyped<ZSetValue>(c, keys[j], "zset");
    if (v === null) return;
    if (v === undefined || v.size === 0) continue;
    genericZpop(c, [keys[j]], where, true, count, nested, nested, "rewrite");
    return;
  }
  if (denyBlocking(c)) return c.reply.nullArray();
  // serveClientsBlockedOnSortedSetKey: served from the key that became ready, if it holds a non-empty zset.
  const retry = (readyKey?: string): boolean => {
    const candidates = readyKey === undefined ? keys : [readyKey];
    for (let j = 0; j < candidates.length; j++) {
      const v: Value | undefined = c.db.lookup(candidates[j]);
      if (v === undefined || typeof v === "string" || v.type !== "zset" || (v as ZSetValue).size === 0) continue;
      genericZpop(c, [candidates[j]], where, true, count, nested, nested, "also");
      return true;
    }
    return false;
  };
  c.server.blocking.block(c, db, keys, timeout, retry, () => c.reply.nullArray());
}

/** ZMPOP numkeys key [key ...] MIN|MAX [COUNT count]; BZMPOP timeout numkeys ... */
function zmpopGeneric(c: Client, argv: string[], numkeysIdx: number, isBlock: boolean): void {
  const numkeys = rangeLongArg(c, argv[numkeysIdx], 1n, LONG_MAX, ERR_NUMKEYS_POSITIVE);
  if (numkeys === null) return;
  const whereIdx = numkeysIdx + numkeys + 1;
  if (whereIdx >= argv.length) return c.error(ERR_SYNTAX);
  let where: number;
  if (isKeyword(argv[whereIdx], "MIN")) where = ZSET_MIN;
  else if (isKeyword(argv[whereIdx], "MAX")) where = ZSET_MAX;
  else return c.error(ERR_SYNTAX);
  let count = -1;
  for (let j = whereIdx + 1; j < argv.length; j++) {
    const moreargs = argv.length - 1 - j;
    if (count === -1 && isKeyword(argv[j], "COUNT") && moreargs) {
      j++;
      const n = rangeLongArg(c, argv[j], 1n, LONG_MAX, ERR_COUNT_POSITIVE);
      if (n === null) return;
      count = n;
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  if (count === -1) count = 1;
  const keys = argv.slice(numkeysIdx + 1, numkeysIdx + 1 + numkeys);
  if (isBlock) blockingZpop(c, keys, where, argv[1], count, true);
  else genericZpop(c, keys, where, true, count, true, true, "rewrite");
}

// ---------------------------------------------------------------------------------------------------------
// ZRANDMEMBER

/** ZRANDMEMBER key [count [WITHSCORES]] */
function zrandmemberCommand(c: Client, argv: string[]): void {
  if (argv.length >= 3) {
    const l = rangeLongArg(c, argv[2], -LONG_MAX, LONG_MAX, null);
    if (l === null) return;
    let withscores = false;
    if (argv.length > 4 || (argv.length === 4 && !isKeyword(argv[3], "WITHSCORES"))) return c.error(ERR_SYNTAX);
    if (argv.length === 4) {
      withscores = true;
      // Beyond LONG_MAX/2 the reply length (count*2) would overflow.
      const b = BigInt(parseInt64(argv[2])!);
      if (b < -4611686018427387903n || b > 4611686018427387903n) return c.error(ERR_OUT_OF_RANGE_PLAIN);
    }
    return zrandmemberWithCount(c, argv[1], l, withscores);
  }
  const z = readZset(c, argv[1]);
  if (z === null) return;
  if (z === undefined) return c.reply.nullBulk();
  c.reply.bulk(z.dict.randomKey(c.server.host.random)!);
}

/** The four strategies of zrandmemberWithCountCommand. */
function zrandmemberWithCount(c: Client, key: string, l: number, withscores: boolean): void {
  const z = readZset(c, key);
  if (z === null) return;
  const w = c.reply;
  if (z === undefined) return w.array(0);
  const size = z.size;
  const uniq = l >= 0;
  const count = Math.abs(l);
  if (count === 0) return w.array(0);
  const random = c.server.host.random;
  const emit = (member: string): void => emitPair(w, member, z.score(member)!, withscores);
  // CASE 1: negative count (repetitions allowed) or a single element: independent uniform picks.
  if (!uniq || count === 1) {
    rangeHeader(w, count, withscores);
    for (let i = 0; i < count; i++) emit(z.dict.randomKey(random)!);
    return;
  }
  rangeHeader(w, count < size ? count : size, withscores);
  // CASE 2: all of it, in the order zuiNext walks a sorted set (highest first).
  if (count >= size) {
    for (let x = z.last(); x !== NIL; x = z.prev(x)) emitPair(w, z.memberOf(x), z.scoreOf(x), withscores);
    return;
  }
  // CASE 4 on a listpack (lpRandomPairsUnique): a uniform selection kept in set order.
  if (count * 3 <= size && z.encoding(c.server.config) === "listpack") {
    let need = count;
    let left = size;
    for (let x = z.first(); x !== NIL && need > 0; x = z.next(x), left--) {
      if (random() * left < need) {
        emitPair(w, z.memberOf(x), z.scoreOf(x), withscores);
        need--;
      }
    }
    return;
  }
  // CASE 3 (most of the set: remove random members from a copy) and CASE 4 (pick until enough distinct).
  if (count * 3 > size) {
    const keep = z.dict.keys.filter((k): k is string => k !== undefined);
    let n = keep.length;
    while (n > count) {
      const i = Math.floor(random() * n);
      keep[i] = keep[--n];
    }
    for (let i = 0; i < count; i++) emit(keep[i]);
    return;
  }
  const seen = new BigMap<true>();
  while (seen.size < count) {
    const m = z.dict.randomKey(random)!;
    if (seen.has(m)) continue;
    seen.set(m, true);
    emit(m);
  }
}

export function zsetCommands(_server: Server): CommandDef[] {
  return [
    { name: "zadd", handler: (c, argv) => zaddGeneric(c, argv, 0) },
    /* ZINCRBY key increment member */
    { name: "zincrby", handler: (c, argv) => zaddGeneric(c, argv, ZADD_IN_INCR) },
    { name: "zrem", handler: zremCommand },
    { name: "zremrangebyrank", handler: (c, argv) => zremrangeGeneric(c, argv, RANGE_RANK) },
    { name: "zremrangebyscore", handler: (c, argv) => zremrangeGeneric(c, argv, RANGE_SCORE) },
    { name: "zremrangebylex", handler: (c, argv) => zremrangeGeneric(c, argv, RANGE_LEX) },
    /* ZUNIONSTORE destination numkeys key [key ...] [WEIGHTS weight ...] [AGGREGATE SUM|MIN|MAX] */
    { name: "zunionstore", handler: (c, argv) => zsetOpGeneric(c, argv, argv[1], 2, OP_UNION, false) },
    /* ZINTERSTORE destination numkeys key [key ...] [WEIGHTS weight ...] [AGGREGATE SUM|MIN|MAX] */
    { name: "zinterstore", handler: (c, argv) => zsetOpGeneric(c, argv, argv[1], 2, OP_INTER, false) },
    /* ZDIFFSTORE destination numkeys key [key ...] */
    { name: "zdiffstore", handler: (c, argv) => zsetOpGeneric(c, argv, argv[1], 2, OP_DIFF, false) },
    /* ZUNION numkeys key [key ...] [WEIGHTS weight ...] [AGGREGATE SUM|MIN|MAX] [WITHSCORES] */
    { name: "zunion", handler: (c, argv) => zsetOpGeneric(c, argv, null, 1, OP_UNION, false) },
    /* ZINTER numkeys key [key ...] [WEIGHTS weight ...] [AGGREGATE SUM|MIN|MAX] [WITHSCORES] */
    { name: "zinter", handler: (c, argv) => zsetOpGeneric(c, argv, null, 1, OP_INTER, false) },
    /* ZINTERCARD numkeys key [key ...] [LIMIT limit] */
    { name: "zintercard", handler: (c, argv) => zsetOpGeneric(c, argv, null, 1, OP_INTER, true) },
    /* ZDIFF numkeys key [key ...] [WITHSCORES] */
    { name: "zdiff", handler: (c, argv) => zsetOpGeneric(c, argv, null, 1, OP_DIFF, false) },
    /* ZRANGE key min max [BYSCORE|BYLEX] [REV] [LIMIT offset count] [WITHSCORES] */
    { name: "zrange", handler: (c, argv) => zrangeGeneric(c, argv, 1, false, RANGE_AUTO, DIR_AUTO) },
    /* ZRANGESTORE dst src min max [BYSCORE|BYLEX] [REV] [LIMIT offset count] */
    { name: "zrangestore", handler: (c, argv) => zrangeGeneric(c, argv, 2, true, RANGE_AUTO, DIR_AUTO) },
    /* ZREVRANGE key start stop [WITHSCORES] */
    { name: "zrevrange", handler: (c, argv) => zrangeGeneric(c, argv, 1, false, RANGE_RANK, DIR_REVERSE) },
    /* ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count] */
    { name: "zrangebyscore", handler: (c, argv) => zrangeGeneric(c, argv, 1, false, RANGE_SCORE, DIR_FORWARD) },
    /* ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count] */
    { name: "zrevrangebyscore", handler: (c, argv) => zrangeGeneric(c, argv, 1, false, RANGE_SCORE, DIR_REVERSE) },
    /* ZRANGEBYLEX key min max [LIMIT offset count] */
    { name: "zrangebylex", handler: (c, argv) => zrangeGeneric(c, argv, 1, false, RANGE_LEX, DIR_FORWARD) },
    /* ZREVRANGEBYLEX key max min [LIMIT offset count] */
    { name: "zrevrangebylex", handler: (c, argv) => zrangeGeneric(c, argv, 1, false, RANGE_LEX, DIR_REVERSE) },
    /* ZCOUNT key min max */
    { name: "zcount", handler: (c, argv) => zcountGeneric(c, argv, false) },
    /* ZLEXCOUNT key min max */
    { name: "zlexcount", handler: (c, argv) => zcountGeneric(c, argv, true) },
    { name: "zcard", handler: zcardCommand },
    { name: "zscore", handler: zscoreCommand },
    { name: "zmscore", handler: zmscoreCommand },
    /* ZRANK key member */
    { name: "zrank", handler: (c, argv) => zrankGeneric(c, argv, false) },
    /* ZREVRANK key member */
    { name: "zrevrank", handler: (c, argv) => zrankGeneric(c, argv, true) },
    { name: "zscan", handler: zscanCommand },
    /* ZPOPMIN key [count] */
    { name: "zpopmin", handler: (c, argv) => zpopMinMax(c, argv, ZSET_MIN) },
    /* ZPOPMAX key [count] */
    { name: "zpopmax", handler: (c, argv) => zpopMinMax(c, argv, ZSET_MAX) },
    /* BZPOPMIN key [key ...] timeout */
    {
      name: "bzpopmin",
      handler: (c, argv) => blockingZpop(c, argv.slice(1, -1), ZSET_MIN, argv[argv.length - 1], -1, false),
    },
    /* BZPOPMAX key [key ...] timeout */
    {
      name: "bzpopmax",
      handler: (c, argv) => blockingZpop(c, argv.slice(1, -1), ZSET_MAX, argv[argv.length - 1], -1, false),
    },
    /* ZMPOP numkeys key [key ...] MIN|MAX [COUNT count] */
    { name: "zmpop", handler: (c, argv) => zmpopGeneric(c, argv, 1, false) },
    /* BZMPOP timeout numkeys key [key ...] MIN|MAX [COUNT count] */
    { name: "bzmpop", handler: (c, argv) => zmpopGeneric(c, argv, 2, true) },
    { name: "zrandmember", handler: zrandmemberCommand },
  ];
}
