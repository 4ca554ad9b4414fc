/**
 * WATCH (multi.c's watched keys): a server-wide index db id -> key -> watching clients, so a key change
 * (signalModifiedKey, called by every write, by expiry, FLUSHDB/FLUSHALL and SWAPDB) finds its watchers in
 * O(1). Each client keeps its own watched keys in c.watched; a touched key marks the client dirty (c.dirtyCas)
 * and EXEC then fails.
 */
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import type { Db } from "../keyspace/db.ts";

/** One watched key of a client (watchedKey in multi.c). */
export interface WatchedKey {
  db: Db;
  key: string;
  /** The key was there but logically expired at WATCH time: its deletion is no change. */
  expired: boolean;
  /** The key existed (live) at WATCH time. Unchanged since, or the client would be dirty already. */
  existed: boolean;
}

function watchId(dbid: number, key: string): string {
  return `${dbid}\0${key}`;
}

export class Watch {
  private readonly server: Server;
  /** db id -> key -> clients watching it. */
  private readonly index = new Map<number, Map<string, Set<Client>>>();

  constructor(server: Server) {
    this.server = server;
  }

  /** Whether any key is watched: writes look for watchers only then. */
  get active(): boolean {
    return this.index.size > 0;
  }

  /** Present in the dictionary but past its deadline (keyIsExpired: does not delete). */
  private keyIsExpired(db: Db, key: string): boolean {
    const at = db.getExpire(key);
    return at !== undefined && at !== -1 && at <= this.server.time;
  }

  /** WATCH one key (watchForKey). */
  watchForKey(c: Client, key: string): void {
    const db = c.db;
    const id = watchId(db.id, key);
    let mine = c.watched;
    if (mine !== null && mine.has(id)) return;
    if (mine === null) c.watched = mine = new Map();
    const expired = this.keyIsExpired(db, key);
    mine.set(id, { db, key, expired, existed: !expired && db.has(key) });
    let perDb = this.index.get(db.id);
    if (!perDb) this.index.set(db.id, perDb = new Map());
    const clients = perDb.get(key);
    if (clients) clients.add(c);
    else perDb.set(key, new Set([c]));
  }

  /** Forgets every watched key of the client (unwatchAllKeys). */
  unwatchAllKeys(c: Client): void {
    const mine = c.watched;
    if (mine === null) return;
    c.watched = null;
    for (const wk of mine.values()) {
      const perDb = this.index.get(wk.db.id);
      const clients = perDb?.get(wk.key);
      if (!perDb || !clients) continue;
      clients.delete(c);
      if (clients.size === 0) {
        perDb.delete(wk.key);
        if (perDb.size === 0) this.index.delete(wk.db.id);
      }
    }
  }

  private markDirty(c: Client): void {
    c.dirtyCas = true;
    // Nothing else can change the outcome: free the watches now, as Redis does.
    this.unwatchAllKeys(c);
  }

  /** A key changed (touchWatchedKey); a null key is a whole database, a null db every database. */
  touch(db: Db | null, key: string | null): void {
    if (db !== null && key !== null) this.touchWatchedKey(db, key);
    else if (db !== null) this.touchAllWatchedKeysInDb(db);
    else for (const d of this.server.dbs) this.touchAllWatchedKeysInDb(d);
  }

  private touchWatchedKey(db: Db, key: string): void {
    const clients = this.index.get(db.id)?.get(key);
    if (!clients) return;
    const id = watchId(db.id, key);
    for (const c of [...clients]) {
      const wk = c.watched?.get(id);
      if (!wk) continue;
      if (wk.expired) {
        // An already expired key being deleted is no logical change.
        if (!db.has(key)) {
          wk.expired = false;
          continue;
        }
      }
      this.markDirty(c);
    }
  }

  /**
   * FLUSHDB/FLUSHALL/SWAPDB touched a whole database (touchAllWatchedKeysInDb). Called after the change: the
   * database now holds what replaced the old content (nothing after a flush). What the old content held for
   * a watched key is what WATCH saw, since any change after WATCH has already made the client dirty.
   */
  private touchAllWatchedKeysInDb(db: Db): void {
    const perDb = this.index.get(db.id);
    if (!perDb) return;
    for (const [key, clients] of [...perDb]) {
      const id = watchId(db.id, key);
      const inReplacement = db.has(key);
      const replacementExpired = inReplacement && this.keyIsExpired(db, key);
      for (const c of [...clients]) {
        const wk = c.watched?.get(id);
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
        this.markDirty(c);
      }
    }
  }

  /** EXEC refuses a transaction whose watched key expired since WATCH (isWatchedKeyExpired). */
  isWatchedKeyExpired(c: Client): boolean {
    const mine = c.watched;
    if (mine === null) return false;
    for (const wk of mine.values()) {
      if (!wk.expired && this.keyIsExpired(wk.db, wk.key)) return true;
    }
    return false;
  }
}
