/**
 * SORT and SORT_RO (sort.c), Redis 7.0.15: lists, sets and sorted sets, numerically (strtod) or with ALPHA
 * (byte order, as strcoll in the C locale), by the element itself or by external keys (BY pattern, where
 * "*" is replaced by the element and "key->field" reads a hash field), with LIMIT, GET and STORE.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import type { Value } from "../keyspace/types.ts";
import { NOTIFY_GENERIC, NOTIFY_LIST } from "../notify.ts";
import { strtod } from "../bytes.ts";
import { ERR_SORT_NOT_DOUBLE, ERR_SYNTAX, ERR_WRONGTYPE } from "../errors.ts";
import { ListValue } from "../keyspace/list.ts";
import type { SetValue } from "../keyspace/set.ts";
import type { HashValue } from "../keyspace/hash.ts";
import { intArg, isKeyword } from "./util.ts";
import { lookupKeyRead } from "../db/keys.ts";
import { pqsort } from "../pqsort.ts";

/** One element being sorted: the element, and its weight (numeric score or ALPHA compare string). */
interface SortItem {
  obj: string;
  score: number;
  cmp: string | null;
}

/**
 * lookupKeyByPattern: "#" is the element itself; otherwise the first "*" is replaced by the element and the
 * string key (or, with "->field" after the "*", the hash field) is read. Null when there is none.
 */
function lookupByPattern(c: Client, pattern: string, subst: string): string | null {
  if (pattern === "#") return subst;
  const star = pattern.indexOf("*");
  if (star < 0) return null;
  const arrow = pattern.indexOf("->", star + 1);
  const hasField = arrow >= 0 && arrow + 2 < pattern.length;
  const keyEnd = hasField ? arrow : pattern.length;
  const key = pattern.slice(0, star) + subst + pattern.slice(star + 1, keyEnd);
  const v: Value | undefined = lookupKeyRead(c, key);
  if (v === undefined) return null;
  if (hasField) {
    if (typeof v === "string" || v.type !== "hash") return null;
    return (v as HashValue).get(pattern.slice(arrow + 2)) ?? null;
  }
  return typeof v === "string" ? v : null;
}

const SPACE = /^[ \t\n\v\f\r]+/;

/**
 * The score SORT reads with strtod: leading white space is skipped, the whole rest must be a number, and
 * overflow, underflow and NaN are errors (null). An empty string is 0. C stops at a NUL byte, so do we.
 */
function sortScore(s: string): number | null {
  const nul = s.indexOf("\0");
  if (nul >= 0) s = s.slice(0, nul);
  if (s.length === 0) return 0;
  const body = s.replace(SPACE, "");
  if (body.length === 0) return null;
  const v = strtod(body);
  if (v === null || Number.isNaN(v)) return null;
  if (!Number.isFinite(v) && !/inf/i.test(body)) return null; // ERANGE overflow
  if (v !== 0 && Math.abs(v) < 2.2250738585072014e-308) return null; // ERANGE underflow
  if (v === 0 && /[1-9]/.test(body.replace(/[eE].*$/, "").replace(/^[+-]?0[xX]/, ""))) return null;
  return v;
}

/** Byte order of two byte strings (memcmp, then length), as compareStringObjects. */
function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** strcoll in the C locale: byte order of the strings up to their first NUL byte. */
function collate(a: string, b: string): number {
  const i = a.indexOf("\0");
  const j = b.indexOf("\0");
  return compareBytes(i < 0 ? a : a.slice(0, i), j < 0 ? b : b.slice(0, j));
}

/** SORT key [BY pattern] [LIMIT offset count] [GET pattern ...] [ASC|DESC] [ALPHA] [STORE destination]; SORT_RO */
function sortGeneric(c: Client, argv: string[], readonly: boolean): void {
  let desc = false;
  let alpha = false;
  let limitStart = 0;
  let limitCount = -1;
  let dontsort = false;
  let sortby: string | null = null;
  let storekey: string | null = null;
  const gets: string[] = [];
  for (let j = 2; j < argv.length; j++) {
    const left = argv.length - j - 1;
    const opt = argv[j];
    if (isKeyword(opt, "ASC")) desc = false;
    else if (isKeyword(opt, "DESC")) desc = true;
    else if (isKeyword(opt, "ALPHA")) alpha = true;
    else if (isKeyword(opt, "LIMIT") && left >= 2) {
      const s = intArg(c, argv[j + 1]);
      if (s === null) return;
      const n = intArg(c, argv[j + 2]);
      if (n === null) return;
      limitStart = s;
      limitCount = n;
      j += 2;
    } else if (!readonly && isKeyword(opt, "STORE") && left >= 1) {
      storekey = argv[++j];
    } else if (isKeyword(opt, "BY") && left >= 1) {
      sortby = argv[++j];
      // A pattern without "*" sorts by nothing: the elements keep their own order.
      if (sortby.indexOf("*") < 0) dontsort = true;
    } else if (isKeyword(opt, "GET") && left >= 1) {
      gets.push(argv[++j]);
    } else {
      return c.error(ERR_SYNTAX);
    }
  }

  const db = c.db;
  // SORT ... STORE looks its key up for writing (no hit/miss statistics, no keymiss event).
  const sortval: Value | undefined = storekey === null ? lookupKeyRead(c, argv[1]) : db.lookup(argv[1]);
  if (
    sortval !== undefined &&
    (typeof sortval === "string" || (sortval.type !== "list" && sortval.type !== "set" && sortval.type !== "zset"))
  ) {
    return c.error(ERR_WRONGTYPE);
  }
  const type = sortval === undefined ? "list" : sortval.type;
  // Redis converts a listpack sorted set to a skiplist for good before sorting it (zsetConvert).
  if (type === "zset") (sortval as unknown as { listpack: boolean | null }).listpack = false;

  // A set has no order of its own: with STORE, sort it anyway so the result is reproducible.
  if (dontsort && type === "set" && storekey !== null) {
    dontsort = false;
    alpha = true;
    sortby = null;
  }

  let vectorlen = sortval === undefined
    ? 0
    : type === "list"
    ? (sortval as ListValue).length
    : (sortval as SetValue | { size: number }).size;
  let start = limitStart < 0 ? 0 : limitStart;
  let end = limitCount < 0 ? vectorlen - 1 : start + limitCount - 1;
  if (start >= vectorlen) {
    start = vectorlen - 1;
    end = vectorlen - 2;
  }
  if (end >= vectorlen) end = vectorlen - 1;
  if ((type === "zset" || type === "list") && dontsort && (start !== 0 || end !== vectorlen - 1)) {
    vectorlen = end - start + 1;
  }

  const vector: SortItem[] = [];
  const item = (obj: string): SortItem => ({ obj, score: 0, cmp: null });
  if (sortval === undefined) {
    // an empty list
  } else if (type === "list" && dontsort) {
    // Only the LIMIT range, in list order (or reversed for DESC).
    const list = sortval as ListValue;
    if (end >= start) {
      const len = list.length;
      for (let i = 0; i < vectorlen; i++) {
        const idx = desc ? len - start - 1 - i : start + i;
        if (idx < 0 || idx >= len) break;
        vector.push(item(list.at(idx)));
      }
      end -= start;
      start = 0;
    }
  } else if (type === "list") {
    for (const e of (sortval as ListValue).toArray()) vector.push(item(e));
  } else if (type === "set") {
    for (const m of (sortval as SetValue).members()) vector.push(item(m));
  } else if (dontsort) {
    // A sorted set keeps its score order (reversed for DESC), only the LIMIT range.
    const entries = (sortval as unknown as { entries(): [string, number][] }).entries();
    const len = entries.length;
    for (let i = 0; i < vectorlen; i++) {
      const idx = desc ? len - 1 - start - i : start + i;
      vector.push(item(entries[idx][0]));
    }
    end -= start;
    start = 0;
  } else {
    for (const [m] of (sortval as unknown as { entries(): [string, number][] }).entries()) vector.push(item(m));
  }

  let conversionError = false;
  if (!dontsort) {
    for (const it of vector) {
      let byval: string | null;
      if (sortby !== null) {
        byval = lookupByPattern(c, sortby, it.obj);
        if (byval === null) continue;
      } else {
        byval = it.obj;
      }
      if (alpha) {
        if (sortby !== null) it.cmp = byval;
      } else {
        const score = sortScore(byval);
        if (score === null) conversionError = true;
        else it.score = score;
      }
    }
    const byPattern = sortby !== null;
    // Without STORE, ALPHA compares with strcoll (C strings); with STORE, binary-safe (compareStringObjects).
    const alphaCmp = storekey !== null ? compareBytes : collate;
    const sortCompare = (a: SortItem, b: SortItem): number => {
      let cmp: number;
      if (!alpha) {
        cmp = a.score > b.score ? 1 : a.score < b.score ? -1 : compareBytes(a.obj, b.obj);
      } else if (byPattern) {
        if (a.cmp === null || b.cmp === null) cmp = a.cmp === b.cmp ? 0 : a.cmp === null ? -1 : 1;
        else cmp = alphaCmp(a.cmp, b.cmp);
      } else {
        cmp = alphaCmp(a.obj, b.obj);
      }
      return desc ? -cmp : cmp;
    };
    // With BY and a LIMIT range Redis sorts partially with pqsort, which is not stable: ties (equal BY
    // values) come out in its order. Otherwise glibc's qsort, a stable merge sort, as Array.sort.
    if (sortby !== null && (start !== 0 || end !== vectorlen - 1)) {
      pqsort(vector, sortCompare, start, end);
    } else {
      vector.sort(sortCompare);
    }
  }

  const getop = gets.length;
  const outputlen = getop > 0 ? getop * (end - start + 1) : end - start + 1;
  if (conversionError) return c.error(ERR_SORT_NOT_DOUBLE);
  const w = c.reply;
  if (storekey === null) {
    w.array(outputlen);
    for (let j = start; j <= end; j++) {
      const obj = vector[j].obj;
      if (getop === 0) w.bulk(obj);
      for (const pattern of gets) w.bulkOrNull(lookupByPattern(c, pattern, obj));
    }
    return;
  }
  const out = new ListValue(outputlen);
  for (let j = start; j <= end; j++) {
    const obj = vector[j].obj;
    if (getop === 0) out.pushTail(obj);
    else for (const pattern of gets) out.pushTail(lookupByPattern(c, pattern, obj) ?? "");
  }
  const server = c.server;
  if (outputlen > 0) {
    db.store(storekey, out);
    server.signalModifiedKey(db, storekey);
    server.notifyKeyspaceEvent(NOTIFY_LIST, "sortstore", storekey, db.id);
    server.signalKeyAsReady(db, storekey);
    server.dirty += outputlen;
  } else if (db.peek(storekey) !== undefined) {
    db.delete(storekey);
    server.signalModifiedKey(db, storekey);
    server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", storekey, db.id);
    server.dirty++;
  }
  w.integer(outputlen);
}

export function sortCommands(_server: Server): CommandDef[] {
  return [
    /* SORT key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC|DESC] [ALPHA] [STORE destination] */
    { name: "sort", handler: (c, argv) => sortGeneric(c, argv, false) },
    /* SORT_RO key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC|DESC] [ALPHA] */
    { name: "sort_ro", handler: (c, argv) => sortGeneric(c, argv, true) },
  ];
}
