/**
 * List commands (t_list.c, and the list side of blocked.c), Redis 7.0.15.
 *
 * Blocking pops (BLPOP, BRPOP, BLMPOP, BLMOVE, BRPOPLPUSH) pop at once when a key has elements; otherwise
 * they block through server.blocking, and every push (LPUSH & co., LMOVE/BLMOVE into the key, SORT STORE)
 * calls server.signalKeyAsReady so waiting clients are served, first come first served, from the key made
 * ready once the pushing command (or the whole EXEC) is done. Where blocking is not allowed (inside MULTI/EXEC) they reply
 * as a timeout would.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import type { Db } from "../keyspace/db.ts";
import { NOTIFY_GENERIC, NOTIFY_LIST } from "../notify.ts";
import {
  ERR_COUNT_NEGATIVE,
  ERR_COUNT_POSITIVE,
  ERR_MAXLEN_NEGATIVE,
  ERR_NO_SUCH_KEY,
  ERR_NOT_POSITIVE,
  ERR_NUMKEYS_POSITIVE,
  ERR_OUT_OF_RANGE,
  ERR_RANK_ZERO,
  ERR_SYNTAX,
  errWrongArity,
} from "../errors.ts";
import { ListValue } from "../keyspace/list.ts";
import { intArg, isKeyword } from "./util.ts";
import { readTyped, writeTyped } from "../db/keys.ts";
import { blockTimeoutArg, LONG_MAX, rangeLongArg } from "../db/args.ts";
import { denyBlocking } from "../db/blocking.ts";

const HEAD = 0;
const TAIL = 1;
type Where = typeof HEAD | typeof TAIL;

const LONG_MIN = -9223372036854775808;

/** getListPositionFromObjectOrReply: LEFT or RIGHT. */
function positionArg(c: Client, s: string): Where | null {
  if (isKeyword(s, "LEFT")) return HEAD;
  if (isKeyword(s, "RIGHT")) return TAIL;
  c.error(ERR_SYNTAX);
  return null;
}

/** The list at key for a write: undefined when missing, null after a WRONGTYPE reply. */
function lookupList(c: Client, key: string): ListValue | undefined | null {
  return writeTyped<ListValue>(c, key, "list");
}

/** The list at key for a read (lookupKeyRead). */
function readList(c: Client, key: string): ListValue | undefined | null {
  return readTyped<ListValue>(c, key, "list");
}

// ---------------------------------------------------------------------------------------------------------
// Shared effects

/** Pushes one value, creating the list, with Redis's signals (lmoveHandlePush without the reply). */
function pushOne(server: Server, db: Db, key: string, list: ListValue | undefined, value: string, where: Where): void {
  if (list === undefined) {
    list = new ListValue();
    db.store(key, list);
  }
  server.signalModifiedKey(db, key);
  if (where === HEAD) list.pushHead(value);
  else list.pushTail(value);
  server.notifyKeyspaceEvent(NOTIFY_LIST, where === HEAD ? "lpush" : "rpush", key, db.id);
  server.signalKeyAsReady(db, key);
}

/**
 * listElementsRemoved: the pop event, deleting the key when the list emptied, the modified-key signal and
 * the dirty counter.
 */
function elementsRemoved(server: Server, db: Db, key: string, where: Where, list: ListValue, count: number): void {
  server.notifyKeyspaceEvent(NOTIFY_LIST, where === HEAD ? "lpop" : "rpop", key, db.id);
  if (list.length === 0) {
    db.delete(key);
    server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, db.id);
  }
  server.signalModifiedKey(db, key);
  server.dirty += count;
}

/** Replies list elements start..end (Redis index rules, negative from the tail), reversed if asked. */
function rangeReply(c: Client, list: ListValue, start: number, end: number, reverse: boolean): void {
  const llen = list.length;
  if (start < 0) start = llen + start;
  if (end < 0) end = llen + end;
  if (start < 0) start = 0;
  if (start > end || start >= llen) {
    c.reply.array(0);
    return;
  }
  if (end >= llen) end = llen - 1;
  const w = c.reply;
  w.array(end - start + 1);
  if (reverse) { for (let i = end; i >= start; i--) w.bulk(list.at(i)); }
  else for (let i = start; i <= end; i++) w.bulk(list.at(i));
}

/** Pops up to `count` from one end, replying them in pop order (the reply part of listPopRange...). */
function popRange(c: Client, list: ListValue, where: Where, count: number): number {
  const n = count > list.length ? list.length : count;
  const w = c.reply;
  w.array(n);
  for (let i = 0; i < n; i++) w.bulk(where === HEAD ? list.popHead()! : list.popTail()!);
  return n;
}

/** listPopRangeAndReplyWithKey: [key, [elements...]] and the removal signals. */
function popRangeWithKey(c: Client, db: Db, key: string, list: ListValue, where: Where, count: number): void {
  // Replicated as [LR]POP key count, the count cut to what the list held (lmpopGenericCommand).
  propagatePop(c, db, where, key, count > list.length ? list.length : count);
  c.reply.array(2);
  c.reply.bulk(key);
  const n = popRange(c, list, where, count);
  elementsRemoved(c.server, db, key, where, list, n);
}

/**
 * A pop that LMPOP or a blocking pop amounts to, as Redis propagates it: LPOP/RPOP key [count] (count -1:
 * none). Inside the client's own command it replaces that command; for a blocked client served by another's
 * push it is a write of its own.
 */
function propagatePop(c: Client, db: Db, where: Where, key: string, count: number): void {
  const prop = c.server.propagation;
  if (!prop.active) return;
  const argv = [where === HEAD ? "LPOP" : "RPOP", key];
  if (count !== -1) argv.push(String(count));
  if (c.blocked !== null) prop.also(db.id, argv);
  else prop.rewrite(argv);
}

// ---------------------------------------------------------------------------------------------------------
// Commands

/** LPUSH, RPUSH, LPUSHX, RPUSHX key element [element ...] (pushGenericCommand) */
function pushGeneric(c: Client, argv: string[], where: Where, xx: boolean): void {
  const db = c.db;
  const key = argv[1];
  let list = lookupList(c, key);
  if (list === null) return;
  if (list === undefined) {
    if (xx) {
      c.reply.integer(0);
      return;
    }
    list = new ListValue(argv.length - 2);
    db.store(key, list);
  }
  if (where === HEAD) { for (let j = 2; j < argv.length; j++) list.pushHead(argv[j]); }
  else for (let j = 2; j < argv.length; j++) list.pushTail(argv[j]);
  const server = c.server;
  server.dirty += argv.length - 2;
  c.reply.integer(list.length);
  server.signalModifiedKey(db, key);
  server.notifyKeyspaceEvent(NOTIFY_LIST, where === HEAD ? "lpush" : "rpush", key, db.id);
  server.signalKeyAsReady(db, key);
}

/** LINSERT key BEFORE|AFTER pivot element */
function linsertCommand(c: Client, argv: string[]): void {
  let after: boolean;
  if (isKeyword(argv[2], "AFTER")) after = true;
  else if (isKeyword(argv[2], "BEFORE")) after = false;
  else return c.error(ERR_SYNTAX);
  const list = lookupList(c, argv[1]);
  if (list === null) return;
  if (list === undefined) return c.reply.integer(0);
  const pivot = argv[3];
  const n = list.length;
  let i = 0;
  while (i < n && !list.equalsAt(i, pivot)) i++;
  if (i === n) return c.reply.integer(-1);
  list.insertAt(after ? i + 1 : i, argv[4]);
  const server = c.server;
  server.signalModifiedKey(c.db, argv[1]);
  server.notifyKeyspaceEvent(NOTIFY_LIST, "linsert", argv[1], c.db.id);
  server.dirty++;
  c.reply.integer(list.length);
}

/** LLEN key */
function llenCommand(c: Client, argv: string[]): void {
  const list = readList(c, argv[1]);
  if (list === null) return;
  c.reply.integer(list === undefined ? 0 : list.length);
}

/** LINDEX key index */
function lindexCommand(c: Client, argv: string[]): void {
  const list = readList(c, argv[1]);
  if (list === null) return;
  if (list === undefined) return c.reply.nullBulk();
  let index = intArg(c, argv[2]);
  if (index === null) return;
  if (index < 0) index += list.length;
  if (index < 0 || index >= list.length) return c.reply.nullBulk();
  c.reply.bulk(list.at(index));
}

/** LSET key index element */
function lsetCommand(c: Client, argv: string[]): void {
  const list = lookupList(c, argv[1]);
  if (list === null) return;
  if (list === undefined) return c.error(ERR_NO_SUCH_KEY);
  let index = intArg(c, argv[2]);
  if (index === null) return;
  if (index < 0) index += list.length;
  if (index < 0 || index >= list.length) return c.error(ERR_OUT_OF_RANGE);
  list.setAt(index, argv[3]);
  c.reply.ok();
  const server = c.server;
  server.signalModifiedKey(c.db, argv[1]);
  server.notifyKeyspaceEvent(NOTIFY_LIST, "lset", argv[1], c.db.id);
  server.dirty++;
}

/** LPOP key [count], RPOP key [count] (popGenericCommand) */
function popGeneric(c: Client, argv: string[], where: Where): void {
  const hasCount = argv.length === 3;
  if (argv.length > 3) return c.error(errWrongArity(where === HEAD ? "lpop" : "rpop"));
  let count = 0;
  if (hasCount) {
    const n = rangeLongArg(c, argv[2], 0n, LONG_MAX, ERR_NOT_POSITIVE);
    if (n === null) return;
    count = n;
  }
  const list = lookupList(c, argv[1]);
  if (list === null) return;
  if (list === undefined) return hasCount ? c.reply.nullArray() : c.reply.nullBulk();
  if (hasCount && count === 0) return c.reply.array(0);
  const db = c.db;
  if (!hasCount) {
    c.reply.bulk(where === HEAD ? list.popHead()! : list.popTail()!);
    elementsRemoved(c.server, db, argv[1], where, list, 1);
    return;
  }
  const n = popRange(c, list, where, count);
  elementsRemoved(c.server, db, argv[1], where, list, n);
}

/** LMPOP numkeys key [key ...] LEFT|RIGHT [COUNT count]; BLMPOP timeout numkeys ... (lmpopGenericCommand) */
function lmpopGeneric(c: Client, argv: string[], numkeysIdx: number, isBlock: boolean): void {
  const numkeys = rangeLongArg(c, argv[numkeysIdx], 1n, LONG_MAX, ERR_NUMKEYS_POSITIVE);
  if (numkeys === null) return;
  const whereIdx = numkeysIdx + numkeys + 1;
  if (whereIdx >= argv.length) return c.error(ERR_SYNTAX);
  const where = positionArg(c, argv[whereIdx]);
  if (where === null) return;
  let count = -1;
  for (let j = whereIdx + 1; j < argv.length; j++) {
    if (count === -1 && isKeyword(argv[j], "COUNT") && j < argv.length - 1) {
      const n = rangeLongArg(c, argv[++j], 1n, LONG_MAX, ERR_COUNT_POSITIVE);
      if (n === null) return;
      count = n;
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  if (count === -1) count = 1;
  const keys = argv.slice(numkeysIdx + 1, whereIdx);
  if (isBlock) {
    blockingPop(c, keys, where, argv[1], count);
    return;
  }
  const db = c.db;
  for (const key of keys) {
    const list = lookupList(c, key);
    if (list === null) return;
    if (list === undefined || list.length === 0) continue;
    popRangeWithKey(c, db, key, list, where, count);
    return;
  }
  c.reply.nullArray();
}

/** LRANGE key start stop */
function lrangeCommand(c: Client, argv: string[]): void {
  const start = intArg(c, argv[2]);
  if (start === null) return;
  const end = intArg(c, argv[3]);
  if (end === null) return;
  const list = readList(c, argv[1]);
  if (list === null) return;
  if (list === undefined) return c.reply.array(0);
  rangeReply(c, list, start, end, false);
}

/** LTRIM key start stop */
function ltrimCommand(c: Client, argv: string[]): void {
  let start = intArg(c, argv[2]);
  if (start === null) return;
  let end = intArg(c, argv[3]);
  if (end === null) return;
  const list = lookupList(c, argv[1]);
  if (list === null) return;
  if (list === undefined) return c.reply.ok();
  const llen = list.length;
  if (start < 0) start = llen + start;
  if (end < 0) end = llen + end;
  if (start < 0) start = 0;
  let ltrim: number;
  let rtrim: number;
  if (start > end || start >= llen) {
    ltrim = llen;
    rtrim = 0;
  } else {
    if (end >= llen) end = llen - 1;
    ltrim = start;
    rtrim = llen - end - 1;
  }
  list.deleteRange(0, ltrim);
  list.deleteRange(list.length - rtrim, rtrim);
  const server = c.server;
  const db = c.db;
  const key = argv[1];
  server.notifyKeyspaceEvent(NOTIFY_LIST, "ltrim", key, db.id);
  if (list.length === 0) {
    db.delete(key);
    server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, db.id);
  }
  server.signalModifiedKey(db, key);
  server.dirty += ltrim + rtrim;
  c.reply.ok();
}

/** LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len] */
function lposCommand(c: Client, argv: string[]): void {
  const ele = argv[2];
  let rank = 1;
  let count = -1;
  let maxlen = 0;
  for (let j = 3; j < argv.length; j++) {
    const more = j < argv.length - 1;
    if (isKeyword(argv[j], "RANK") && more) {
      const n = intArg(c, argv[++j]);
      if (n === null) return;
      if (n === 0) {
        return c.error(
          ERR_RANK_ZERO,
        );
      }
      rank = n;
    } else if (isKeyword(argv[j], "COUNT") && more) {
      const n = rangeLongArg(c, argv[++j], 0n, LONG_MAX, ERR_COUNT_NEGATIVE);
      if (n === null) return;
      count = n;
    } else if (isKeyword(argv[j], "MAXLEN") && more) {
      const n = rangeLongArg(c, argv[++j], 0n, LONG_MAX, ERR_MAXLEN_NEGATIVE);
      if (n === null) return;
      maxlen = n;
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  let fromTail = false;
  if (rank < 0) {
    fromTail = true;
    // -LONG_MIN overflows back to LONG_MIN in C: then every match qualifies.
    rank = rank === LONG_MIN ? 1 : -rank;
  }
  const list = readList(c, argv[1]);
  if (list === null) return;
  if (list === undefined) return count !== -1 ? c.reply.array(0) : c.reply.nullBulk();
  const llen = list.length;
  let matches = 0;
  const found: number[] = [];
  for (let index = 0; index < llen && (maxlen === 0 || index < maxlen); index++) {
    const pos = fromTail ? llen - index - 1 : index;
    if (!list.equalsAt(pos, ele)) continue;
    matches++;
    if (matches < rank) continue;
    found.push(pos);
    if (count === -1 || (count !== 0 && matches - rank + 1 >= count)) break;
  }
  if (count !== -1) {
    c.reply.array(found.length);
    for (const p of found) c.reply.integer(p);
  } else if (found.length > 0) {
    c.reply.integer(found[0]);
  } else {
    c.reply.nullBulk();
  }
}

/** LREM key count element */
function lremCommand(c: Client, argv: string[]): void {
  const n = intArg(c, argv[2]);
  if (n === null) return;
  const list = lookupList(c, argv[1]);
  if (list === null) return;
  if (list === undefined) return c.reply.integer(0);
  const ele = argv[3];
  // -LONG_MIN stays negative in C, so no count is ever reached: all matches go.
  const toRemove = n === LONG_MIN ? 0 : Math.abs(n);
  let removed = 0;
  if (n >= 0) {
    removed = list.retain((v) => {
      if (v !== ele || (toRemove !== 0 && removed >= toRemove)) return true;
      removed++;
      return false;
    });
  } else {
    // From the tail: mark the positions to drop walking backwards, then compact in one pass.
    const drop = new Set<number>();
    for (let i = list.length - 1; i >= 0 && (toRemove === 0 || drop.size < toRemove); i--) {
      if (list.equalsAt(i, ele)) drop.add(i);
    }
    if (drop.size > 0) list.retain((_v, i) => !drop.has(i));
    removed = drop.size;
  }
  if (removed > 0) {
    const server = c.server;
    const db = c.db;
    const key = argv[1];
    server.dirty += removed;
    server.notifyKeyspaceEvent(NOTIFY_LIST, "lrem", key, db.id);
    if (list.length === 0) {
      db.delete(key);
      server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, db.id);
    }
    server.signalModifiedKey(db, key);
  }
  c.reply.integer(removed);
}

/**
 * lmoveGenericCommand: pops from source, pushes to destination (which may be the same list), replies the
 * element. The destination's type is checked before anything changes.
 */
function lmoveGeneric(c: Client, src: string, dst: string, from: Where, to: Where): void {
  const list = lookupList(c, src);
  if (list === null) return;
  if (list === undefined) return c.reply.nullBulk();
  moveElement(c, src, list, dst, from, to);
}

/** Moves one element of the non-empty `list` at src to dst; false after a WRONGTYPE reply for dst. */
function moveElement(c: Client, src: string, list: ListValue, dst: string, from: Where, to: Where): boolean {
  const db = c.db;
  const dv = writeTyped<ListValue>(c, dst, "list");
  if (dv === null) return false;
  const value = from === HEAD ? list.popHead()! : list.popTail()!;
  const server = c.server;
  pushOne(server, db, dst, dv, value, to);
  c.reply.bulk(value);
  elementsRemoved(server, db, src, from, list, 1);
  return true;
}

/** LMOVE source destination LEFT|RIGHT LEFT|RIGHT */
function lmoveCommand(c: Client, argv: string[]): void {
  const from = positionArg(c, argv[3]);
  if (from === null) return;
  const to = positionArg(c, argv[4]);
  if (to === null) return;
  lmoveGeneric(c, argv[1], argv[2], from, to);
}

// ---------------------------------------------------------------------------------------------------------
// Blocking

/**
 * blockingPopGenericCommand for BLPOP/BRPOP (count -1: [key, element]) and BLMPOP (count >= 1: [key,
 * [elements]]).
 */
function blockingPop(c: Client, keys: string[], where: Where, timeoutText: string, count: number): void {
  const timeout = blockTimeoutArg(c, timeoutText);
  if (timeout === null) return;
  const db = c.db;
  for (const key of keys) {
    const list = lookupList(c, key);
    if (list === null) return;
    if (list === undefined || list.length === 0) continue;
    if (count !== -1) {
      popRangeWithKey(c, db, key, list, where, count);
      return;
    }
    propagatePop(c, db, where, key, -1);
    c.reply.array(2);
    c.reply.bulk(key);
    c.reply.bulk(where === HEAD ? list.popHead()! : list.popTail()!);
    elementsRemoved(c.server, db, key, where, list, 1);
    return;
  }
  if (denyBlocking(c)) return c.reply.nullArray();
  const retry = (readyKey?: string): boolean => {
    const db = c.db;
    // Redis serves from the key made ready; the others only if that one has nothing.
    const order = readyKey === undefined ? keys : [readyKey, ...keys];
    for (const key of order) {
      const list = readyList(db, key);
      if (list === null) continue;
      if (count !== -1) {
        popRangeWithKey(c, db, key, list, where, count);
        return true;
      }
      // serveClientBlockedOnList: the push already signalled the key, so no signalModifiedKey here.
      const server = c.server;
      propagatePop(c, db, where, key, -1);
      c.reply.array(2);
      c.reply.bulk(key);
      c.reply.bulk(where === HEAD ? list.popHead()! : list.popTail()!);
      server.notifyKeyspaceEvent(NOTIFY_LIST, where === HEAD ? "lpop" : "rpop", key, db.id);
      if (list.length === 0) {
        db.delete(key);
        server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, db.id);
      }
      return true;
    }
    return false;
  };
  c.server.blocking.block(c, db, keys, timeout, retry, () => c.reply.nullArray());
}

/** The non-empty list at key, or null when there is nothing a blocked client could pop there. */
function readyList(db: Db, key: string): ListValue | null {
  const v = db.lookup(key);
  if (v === undefined || typeof v === "string" || v.type !== "list") return null;
  const list = v as ListValue;
  return list.length > 0 ? list : null;
}

/**
 * BLMOVE / BRPOPLPUSH (blmoveGenericCommand), propagated as the non-blocking command `as` (LMOVE or
 * RPOPLPUSH with the client's arguments), whether the move is made at once or after blocking.
 */
function blmoveGeneric(
  c: Client,
  src: string,
  dst: string,
  from: Where,
  to: Where,
  timeout: number,
  as: string[],
): void {
  const list = lookupList(c, src);
  if (list === null) return;
  if (list !== undefined) {
    if (moveElement(c, src, list, dst, from, to)) c.server.propagation.rewrite(as);
    return;
  }
  if (denyBlocking(c)) return c.reply.nullBulk();
  const retry = (): boolean => {
    const db = c.db;
    const list = readyList(db, src);
    if (list === null) return false;
    // A destination of the wrong type is answered with WRONGTYPE, and the client is unblocked all the same.
    if (moveElement(c, src, list, dst, from, to)) c.server.propagation.also(db.id, as);
    return true;
  };
  c.server.blocking.block(c, c.db, [src], timeout, retry, () => c.reply.nullArray());
  // Redis's bpop.target: the key another client's push will write to on this client's behalf.
  c.blocked!.target = dst;
}

/** BLMOVE source destination LEFT|RIGHT LEFT|RIGHT timeout */
function blmoveCommand(c: Client, argv: string[]): void {
  const from = positionArg(c, argv[3]);
  if (from === null) return;
  const to = positionArg(c, argv[4]);
  if (to === null) return;
  const timeout = blockTimeoutArg(c, argv[5]);
  if (timeout === null) return;
  blmoveGeneric(c, argv[1], argv[2], from, to, timeout, ["LMOVE", argv[1], argv[2], argv[3], argv[4]]);
}

/** BRPOPLPUSH source destination timeout */
function brpoplpushCommand(c: Client, argv: string[]): void {
  const timeout = blockTimeoutArg(c, argv[3]);
  if (timeout === null) return;
  blmoveGeneric(c, argv[1], argv[2], TAIL, HEAD, timeout, ["RPOPLPUSH", argv[1], argv[2]]);
}

export function listCommands(_server: Server): CommandDef[] {
  return [
    /* LPUSH key element [element ...] */
    { name: "lpush", handler: (c, argv) => pushGeneric(c, argv, HEAD, false) },
    /* RPUSH key element [element ...] */
    { name: "rpush", handler: (c, argv) => pushGeneric(c, argv, TAIL, false) },
    /* LPUSHX key element [element ...] */
    { name: "lpushx", handler: (c, argv) => pushGeneric(c, argv, HEAD, true) },
    /* RPUSHX key element [element ...] */
    { name: "rpushx", handler: (c, argv) => pushGeneric(c, argv, TAIL, true) },
    { name: "linsert", handler: linsertCommand },
    { name: "llen", handler: llenCommand },
    { name: "lindex", handler: lindexCommand },
    { name: "lset", handler: lsetCommand },
    /* LPOP key [count] */
    { name: "lpop", handler: (c, argv) => popGeneric(c, argv, HEAD) },
    /* RPOP key [count] */
    { name: "rpop", handler: (c, argv) => popGeneric(c, argv, TAIL) },
    /* LMPOP numkeys key [key ...] LEFT|RIGHT [COUNT count] */
    { name: "lmpop", handler: (c, argv) => lmpopGeneric(c, argv, 1, false) },
    /* BLMPOP timeout numkeys key [key ...] LEFT|RIGHT [COUNT count] */
    { name: "blmpop", handler: (c, argv) => lmpopGeneric(c, argv, 2, true) },
    { name: "lrange", handler: lrangeCommand },
    { name: "ltrim", handler: ltrimCommand },
    { name: "lpos", handler: lposCommand },
    { name: "lrem", handler: lremCommand },
    { name: "lmove", handler: lmoveCommand },
    /* RPOPLPUSH source destination */
    { name: "rpoplpush", handler: (c, argv) => lmoveGeneric(c, argv[1], argv[2], TAIL, HEAD) },
    /* BLPOP key [key ...] timeout */
    { name: "blpop", handler: (c, argv) => blockingPop(c, argv.slice(1, -1), HEAD, argv[argv.length - 1], -1) },
    /* BRPOP key [key ...] timeout */
    { name: "brpop", handler: (c, argv) => blockingPop(c, argv.slice(1, -1), TAIL, argv[argv.length - 1], -1) },
    { name: "blmove", handler: blmoveCommand },
    { name: "brpoplpush", handler: brpoplpushCommand },
  ];
}
