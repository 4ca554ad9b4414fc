/**
 * Transactions (multi.c): MULTI, EXEC, DISCARD, WATCH, UNWATCH. The session queues commands while c.multi
 * is not null and flags queue-time rejections in c.multiError; EXEC runs the queue through c.call.
 *
 * WATCH keeps a server-wide index db id -> key -> watching clients, so a key change (server.hooks.keyModified,
 * fired by every write, by expiry, FLUSHDB/FLUSHALL and SWAPDB) finds its watchers in O(1).
 */
import type { Command, CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import type { Db } from "../keyspace/db.ts";
import {
  ERR_DISCARD_WITHOUT_MULTI,
  ERR_EXEC_WITHOUT_MULTI,
  ERR_EXECABORT,
  ERR_MULTI_NESTED,
  ERR_WATCH_IN_MULTI,
} from "../errors.ts";
import { resetHooks } from "./connection.ts";

/** One watched key of a client (watchedKey in multi.c). */
interface WatchedKey {
  db: Db;
  key: string;
  /** The key was there but logically expired at WATCH time: its deletion is no change. */
  expired: boolean;
  /** The key existed (live) at WATCH time. Unchanged since, or the client would be dirty already. */
  existed: boolean;
}

/** db id -> key -> clients watching it. */
type WatchIndex = Map<number, Map<string, Set<Client>>>;

function watchIndex(server: Server): WatchIndex {
  let idx = server.ext.watchIndex as WatchIndex | undefined;
  if (!idx) {
    server.ext.watchIndex = idx = new Map();
    // Writes need to look for watchers only once somebody has watched a key.
    server.toggleHook("keyModified", server.ext.watchHook as (db: Db | null, key: string | null) => void, true);
  }
  return idx;
}

function watchId(dbid: number, key: string): string {
  return `${dbid}\0${key}`;
}

/** Present in the dictionary but past its deadline (keyIsExpired: does not delete). */
function keyIsExpired(server: Server, db: Db, key: string): boolean {
  const at = db.getExpire(key);
  return at !== undefined && at !== -1 && at <= server.time;
}

function watchedMap(c: Client): Map<string, WatchedKey> | null {
  return c.watched as Map<string, WatchedKey> | null;
}

/** WATCH one key (watchForKey). */
function watchForKey(c: Client, key: string): void {
  const db = c.db;
  const id = watchId(db.id, key);
  let mine = watchedMap(c);
  if (mine !== null && mine.has(id)) return;
  if (mine === null) {
    // RESET or a refused EXEC may have cleared c.watched: drop what is still indexed first.
    unwatchAllKeys(c);
    mine = new Map();
    c.watched = mine;
    // RESET clears c.watched before its hooks run: keep a handle to unindex the keys.
    c.ext.watching = mine;
  }
  const expired = keyIsExpired(c.server, db, key);
  mine.set(id, { db, key, expired, existed: !expired && db.has(key) });
  const idx = watchIndex(c.server);
  let perDb = idx.get(db.id);
  if (!perDb) idx.set(db.id, (perDb = new Map()));
  const clients = perDb.get(key);
  if (clients) clients.add(c);
  else perDb.set(key, new Set([c]));
}

/** Forgets every watched key of the client (unwatchAllKeys). */
export function unwatchAllKeys(c: Client): void {
  const mine = (c.ext.watching as Map<string, WatchedKey> | undefined) ?? watchedMap(c);
  c.watched = null;
  c.ext.watching = undefined;
  if (!mine) return;
  const idx = watchIndex(c.server);
  for (const wk of mine.values()) {
    const perDb = idx.get(wk.db.id);
    const clients = perDb?.get(wk.key);
    if (!perDb || !clients) continue;
    clients.delete(c);
    if (clients.size === 0) {
      perDb.delete(wk.key);
      if (perDb.size === 0) idx.delete(wk.db.id);
    }
  }
}

function markDirty(c: Client): void {
  c.dirtyCas = true;
  // Nothing else can change the outcome: free the watches now, as Redis does.
  unwatchAllKeys(c);
}

/** A watched key changed (touchWatchedKey). */
function touchWatchedKey(server: Server, db: Db, key: string): void {
  const clients = watchIndex(server).get(db.id)?.get(key);
  if (!clients) return;
  const id = watchId(db.id, key);
  for (const c of [...clients]) {
    const wk = watchedMap(c)?.get(id);
    if (!wk) continue;
    if (wk.expired) {
      // An already expired key being deleted is no logical change.
      if (!db.has(key)) {
        wk.expired = false;
        continue;
      }
    }
    markDirty(c);
  }
}

/**
 * FLUSHDB/FLUSHALL/SWAPDB touched a whole database (touchAllWatchedKeysInDb). Called after the change: the
 * database now holds what replaced the old content (nothing after a flush). What the old content held for
 * a watched key is what WATCH saw, since any change after WATCH has already made the client dirty.
 */
function touchAllWatchedKeysInDb(server: Server, db: Db): void {
  const perDb = watchIndex(server).get(db.id);
  if (!perDb) return;
  for (const [key, clients] of [...perDb]) {
    const id = watchId(db.id, key);
    const inReplacement = db.has(key);
    const replacementExpired = inReplacement && keyIsExpired(server, db, key);
    for (const c of [...clients]) {
      const wk = watchedMap(c)?.get(id);
      if (!wk) continue;
      const inEmptied = wk.existed || wk.expired;
      if (!inEmptied && !inReplacement) continue;
      if (wk.expired) {
        if (!inReplacement) {
          wk.expired = false;
          continue;
        }
        if (replacementExpired) continue;
      } else if (!inEmptied && replacementExpired) {
        wk.expired = true;
        continue;
      }
      markDirty(c);
    }
  }
}

/** EXEC refuses a transaction whose watched key expired since WATCH (isWatchedKeyExpired). */
function isWatchedKeyExpired(c: Client): boolean {
  const mine = watchedMap(c);
  if (mine === null) return false;
  for (const wk of mine.values()) {
    if (!wk.expired && keyIsExpired(c.server, wk.db, wk.key)) return true;
  }
  return false;
}

/** Leaves MULTI state and unwatches (discardTransaction). */
function discardTransaction(c: Client): void {
  c.multi = null;
  c.multiError = false;
  c.dirtyCas = false;
  unwatchAllKeys(c);
}

/** MULTI */
function multiCommand(c: Client): void {
  if (c.multi !== null) {
    c.error(ERR_MULTI_NESTED);
    return;
  }
  c.multi = [];
  c.reply.ok();
}

/** DISCARD */
function discardCommand(c: Client): void {
  if (c.multi === null) {
    c.error(ERR_DISCARD_WITHOUT_MULTI);
    return;
  }
  discardTransaction(c);
  c.reply.ok();
}

/** EXEC */
function execCommand(c: Client): void {
  const queue = c.multi;
  if (queue === null) {
    c.error(ERR_EXEC_WITHOUT_MULTI);
    return;
  }
  if (isWatchedKeyExpired(c)) c.dirtyCas = true;
  if (c.multiError || c.dirtyCas) {
    if (c.multiError) c.error(ERR_EXECABORT);
    else c.reply.nullArray();
    discardTransaction(c);
    return;
  }
  unwatchAllKeys(c);
  // Blocking commands check inExec and answer as if timed out instead of blocking.
  c.ext.inExec = true;
  c.reply.array(queue.length);
  try {
    for (let j = 0; j < queue.length; j++) c.call(queue[j].cmd, queue[j].argv);
  } finally {
    c.ext.inExec = false;
    // c.multi stays set until here so blocked clients are served after EXEC, not after each command.
    discardTransaction(c);
  }
}

/** WATCH key [key ...] */
function watchCommand(c: Client, argv: string[]): void {
  if (c.multi !== null) {
    c.error(ERR_WATCH_IN_MULTI);
    return;
  }
  // No point in watching if the client is already dirty.
  if (!c.dirtyCas) for (let j = 1; j < argv.length; j++) watchForKey(c, argv[j]);
  c.reply.ok();
}

/** UNWATCH */
function unwatchCommand(c: Client): void {
  unwatchAllKeys(c);
  c.dirtyCas = false;
  c.reply.ok();
}

/** Whether EXEC of this transaction would write (CLIENT PAUSE WRITE holds such an EXEC back). */
export function queuedWrites(c: Client, isWrite: (cmd: Command) => boolean): boolean {
  if (c.multi === null) return false;
  for (const q of c.multi) if (isWrite(q.cmd)) return true;
  return false;
}

export function transactionsCommands(server: Server): CommandDef[] {
  server.ext.watchHook = (db: Db | null, key: string | null) => {
    const idx = server.ext.watchIndex as WatchIndex | undefined;
    if (idx === undefined || idx.size === 0) return;
    if (key !== null && db !== null) touchWatchedKey(server, db, key);
    else if (db !== null) touchAllWatchedKeysInDb(server, db);
    else for (const d of server.dbs) touchAllWatchedKeysInDb(server, d);
  };
  server.hooks.clientRemoved.push(discardTransaction);
  // resetHooks is shared by every Server in the process: register once; the hook finds its server via c.
  if (!resetHooks.includes(discardTransaction)) resetHooks.push(discardTransaction);
  return [
    { name: "multi", handler: multiCommand },
    { name: "exec", handler: execCommand },
    { name: "discard", handler: discardCommand },
    { name: "watch", handler: watchCommand },
    { name: "unwatch", handler: unwatchCommand },
  ];
}
