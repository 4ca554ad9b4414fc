/**
 * The key-level operations every family shares (Redis's db.c): looking a key up for a read or a write,
 * checking the type of what was found (checkType), and deleting a key with its signals.
 *
 * Read lookups count keyspace hits and misses (INFO stats) and emit "keymiss", as lookupKeyRead does; write
 * lookups do neither, as lookupKeyWrite. Both reclaim an expired key first (Db.lookup).
 */
import type { Client } from "../client.ts";
import type { RedisObject, Value } from "../keyspace/types.ts";
import type { StrVal } from "../keyspace/bigstr.ts";
import { NOTIFY_GENERIC, NOTIFY_KEY_MISS } from "../notify.ts";
import { ERR_WRONGTYPE } from "../errors.ts";

/** lookupKey flags: don't update the access time / don't emit "keymiss". */
export const LOOKUP_NOTOUCH = 1;
export const LOOKUP_NONOTIFY = 2;

/** lookupKeyRead(WithFlags): the live value, or undefined; counts a hit or a miss. */
export function lookupKeyRead(c: Client, key: string, flags = 0): Value | undefined {
  const db = c.db;
  const v = flags & LOOKUP_NOTOUCH ? db.peek(key) : db.lookup(key);
  const server = c.server;
  if (v === undefined) {
    server.stats.keyspaceMisses++;
    if (!(flags & LOOKUP_NONOTIFY)) server.notifyKeyspaceEvent(NOTIFY_KEY_MISS, "keymiss", key, db.id);
  } else {
    server.stats.keyspaceHits++;
  }
  return v;
}

/** lookupKeyWrite: the live value, or undefined; no stats, no events. */
export function lookupKeyWrite(c: Client, key: string): Value | undefined {
  return c.db.lookup(key);
}

/** checkType for a value of one of the aggregate types: the value, or null after a WRONGTYPE reply. */
function checkType<T extends RedisObject>(c: Client, v: Value, type: RedisObject["type"]): T | null {
  if (typeof v === "string" || v.type !== type) {
    c.error(ERR_WRONGTYPE);
    return null;
  }
  return v as T;
}

/** checkType for a string value: the bytes (a BigString past 256 MB), or null after a WRONGTYPE reply. */
function checkString(c: Client, v: Value): StrVal | null {
  if (typeof v === "string" || v.type === "string") return v as StrVal;
  c.error(ERR_WRONGTYPE);
  return null;
}

/** lookupKeyRead for a command expecting `type`: the value, undefined when missing, null after WRONGTYPE. */
export function readTyped<T extends RedisObject>(
  c: Client,
  key: string,
  type: RedisObject["type"],
): T | undefined | null {
  const v = lookupKeyRead(c, key);
  return v === undefined ? undefined : checkType<T>(c, v, type);
}

/** lookupKeyWrite for a command expecting `type`: the value, undefined when missing, null after WRONGTYPE. */
export function writeTyped<T extends RedisObject>(
  c: Client,
  key: string,
  type: RedisObject["type"],
): T | undefined | null {
  const v = c.db.lookup(key);
  return v === undefined ? undefined : checkType<T>(c, v, type);
}

/** lookupKeyRead for a string command: the bytes, undefined when missing, null after WRONGTYPE. */
export function readString(c: Client, key: string): StrVal | undefined | null {
  const v = lookupKeyRead(c, key);
  return v === undefined ? undefined : checkString(c, v);
}

/** lookupKeyWrite for a string command: the bytes, undefined when missing, null after WRONGTYPE. */
export function writeString(c: Client, key: string): StrVal | undefined | null {
  const v = c.db.lookup(key);
  return v === undefined ? undefined : checkString(c, v);
}

/**
 * Deletes a key with the signals of a deletion (dbDelete, then signalModifiedKey, the "del" event and one
 * dirty write); true when it existed. DEL, UNLINK, and the STORE variants whose result is empty.
 */
export function deleteKey(c: Client, key: string): boolean {
  const db = c.db;
  if (db.peek(key) === undefined) return false;
  db.delete(key);
  const server = c.server;
  server.signalModifiedKey(db, key);
  server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, db.id);
  server.dirty++;
  return true;
}
