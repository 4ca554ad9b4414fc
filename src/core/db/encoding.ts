/**
 * OBJECT ENCODING of strings (object.c's tryObjectEncoding and what skips it). It follows from the bytes
 * for almost every string ("int" / "embstr" / "raw"), so no per-key object is kept. The exceptions are
 * values Redis stores without tryObjectEncoding: APPEND, SETRANGE, SETBIT, BITFIELD and BITOP leave a "raw"
 * string even when short, and INCRBYFLOAT leaves an "embstr" even when the result reads as an integer. Those
 * keys are remembered in a small per-database map (StringMarks) that forgets a key as soon as anything else
 * modifies it. The string, bitmap and generic families (OBJECT, RENAME, MOVE, COPY, SWAPDB) share it.
 */
import type { KeyModifiedListener, Server } from "../server.ts";
import type { Db } from "../keyspace/db.ts";
import { parseInt64 } from "../bytes.ts";

/** Mark value for a key whose string Redis holds as "embstr" although it reads as an integer. */
export const MARK_EMBSTR = -1;

/**
 * Keys whose OBJECT ENCODING differs from what their bytes suggest. A value >= 0 means "raw" and counts the
 * APPENDs since the value was last made flat (see appendCommand in commands/string.ts); MARK_EMBSTR means
 * "embstr".
 */
export class StringMarks implements KeyModifiedListener {
  private readonly perDb: Map<string, number>[] = [];

  constructor(server: Server) {
    for (let i = 0; i < server.dbs.length; i++) this.perDb.push(new Map());
  }

  /**
   * Any other modification of a key (SET, DEL, expiry, another type's command, FLUSHDB) ends its mark
   * (server.signalModifiedKey calls this); the commands that set a mark do so after signalling.
   */
  keyModified(db: Db | null, key: string | null): void {
    if (db === null) {
      for (const m of this.perDb) if (m.size !== 0) m.clear();
      return;
    }
    const m = this.perDb[db.id];
    if (m.size === 0) return;
    if (key === null) m.clear();
    else m.delete(key);
  }

  get(db: Db, key: string): number | undefined {
    const m = this.perDb[db.id];
    return m.size === 0 ? undefined : m.get(key);
  }

  set(db: Db, key: string, mark: number): void {
    this.perDb[db.id].set(key, mark);
  }

  /** Marks a string raw (dbUnshareStringValue), keeping an APPEND piece count already there. */
  markRaw(db: Db, key: string): void {
    const mark = this.get(db, key);
    if (mark === undefined || mark < 0) this.perDb[db.id].set(key, 0);
  }

  /** Gives `key` in `db` the mark read from its source (RENAME, MOVE, COPY keep the encoding). */
  carry(db: Db, key: string, mark: number | undefined): void {
    if (mark !== undefined) this.perDb[db.id].set(key, mark);
    else this.perDb[db.id].delete(key);
  }

  /** Takes a database's marks out (SWAPDB carries them to the other database with the contents). */
  detach(db: Db): Map<string, number> {
    const m = this.perDb[db.id];
    this.perDb[db.id] = new Map();
    return m;
  }

  attach(db: Db, marks: Map<string, number>): void {
    this.perDb[db.id] = marks;
  }

  /** OBJECT ENCODING of the string `v` stored at `key`. */
  encoding(db: Db, key: string, v: string): string {
    const mark = this.get(db, key);
    if (mark !== undefined) return mark === MARK_EMBSTR ? "embstr" : "raw";
    return naturalEncoding(v);
  }
}

/** What tryObjectEncoding makes of a string: "int" for a canonical long, "embstr" up to 44 bytes, else "raw". */
export function naturalEncoding(v: string): string {
  if (v.length <= 20 && parseInt64(v) !== null) return "int";
  return v.length <= 44 ? "embstr" : "raw";
}

/**
 * signalModifiedKey for a change that leaves the value alone (EXPIRE, PERSIST, GETEX): the key's encoding
 * mark survives it.
 */
export function signalTtlChange(server: Server, db: Db, key: string): void {
  const marks = stringMarks(server);
  const mark = marks.get(db, key);
  server.signalModifiedKey(db, key);
  if (mark !== undefined) marks.set(db, key, mark);
}

/** The server's StringMarks, created on first use (server.signalModifiedKey calls it from then on). */
export function stringMarks(server: Server): StringMarks {
  const m = server.stringMarks;
  if (m instanceof StringMarks) return m;
  const made = new StringMarks(server);
  server.stringMarks = made;
  return made;
}
