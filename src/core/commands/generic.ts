/**
 * Generic key-space commands (db.c, expire.c, object.c): DEL, UNLINK, EXISTS, TYPE, KEYS, SCAN, RANDOMKEY,
 * TOUCH, RENAME, RENAMENX, MOVE, COPY, SWAPDB, OBJECT, WAIT, the EXPIRE family, the TTL family, PERSIST.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import type { Db } from "../keyspace/db.ts";
import type { Value } from "../keyspace/types.ts";
import { NOTIFY_GENERIC } from "../notify.ts";
import { INT64_MAX, INT64_MIN, parseInt64 } from "../bytes.ts";
import {
  ERR_EXPIRE_GT_LT,
  ERR_EXPIRE_NX_XX,
  ERR_INVALID_FIRST_DB,
  ERR_INVALID_SECOND_DB,
  ERR_LFU_NO_FREQ,
  ERR_LFU_NO_IDLETIME,
  ERR_NO_SUCH_KEY,
  ERR_SAME_OBJECT,
  ERR_SYNTAX,
  errInvalidExpire,
  errUnsupportedOption,
} from "../errors.ts";
import { typeOf } from "../keyspace/types.ts";
import { freeEffort, LAZYFREE_THRESHOLD } from "../memory/size.ts";
import { globMatch } from "../glob.ts";
import { helpReply, int64Arg, isKeyword } from "./util.ts";
import { deleteKey, LOOKUP_NONOTIFY, LOOKUP_NOTOUCH, lookupKeyRead } from "../db/keys.ts";
import { signalTtlChange, stringMarks } from "../db/encoding.ts";
import { dbIndexArg, scanCursorArg } from "../db/args.ts";
import { scanGeneric } from "../db/scan.ts";

/** DEL key [key ...] and UNLINK key [key ...] (freeing is never deferred here, so they are one command). */
function delCommand(c: Client, argv: string[]): void {
  delGeneric(c, argv, c.server.config.get("lazyfree-lazy-user-del") === "yes");
}

/** UNLINK key [key ...] */
function unlinkCommand(c: Client, argv: string[]): void {
  delGeneric(c, argv, true);
}

/**
 * delGenericCommand: deletes the keys; `lazy` (UNLINK, or DEL under lazyfree-lazy-user-del) counts each value
 * that dbAsyncDelete would free in the background (over LAZYFREE_THRESHOLD allocations) in lazyfreed_objects.
 */
function delGeneric(c: Client, argv: string[], lazy: boolean): void {
  let n = 0;
  for (let i = 1; i < argv.length; i++) {
    if (lazy) {
      const v = c.db.peek(argv[i]);
      if (v !== undefined && freeEffort(v, c.server.config) > LAZYFREE_THRESHOLD) c.server.stats.lazyfreedObjects++;
    }
    if (deleteKey(c, argv[i])) n++;
  }
  c.reply.integer(n);
}

/** EXISTS key [key ...] (a key named twice counts twice) */
function existsCommand(c: Client, argv: string[]): void {
  let n = 0;
  for (let i = 1; i < argv.length; i++) if (lookupKeyRead(c, argv[i], LOOKUP_NOTOUCH) !== undefined) n++;
  c.reply.integer(n);
}

/** TOUCH key [key ...]: a read that updates the access time. */
function touchCommand(c: Client, argv: string[]): void {
  let n = 0;
  for (let i = 1; i < argv.length; i++) if (lookupKeyRead(c, argv[i]) !== undefined) n++;
  c.reply.integer(n);
}

/** TYPE key */
function typeCommand(c: Client, argv: string[]): void {
  const v = lookupKeyRead(c, argv[1], LOOKUP_NOTOUCH);
  c.reply.simple(v === undefined ? "none" : typeOf(v));
}

/** KEYS pattern */
function keysCommand(c: Client, argv: string[]): void {
  const pattern = argv[1];
  const all = pattern === "*";
  const out: string[] = [];
  const now = c.server.time;
  const db = c.db;
  db.forEach((key) => {
    if (!all && !globMatch(pattern, key)) return;
    const at = db.getExpire(key)!;
    if (at !== -1 && at <= now) return; // expired but not yet reclaimed: skipped, not deleted
    out.push(key);
  });
  c.reply.bulkArray(out);
}

/** RANDOMKEY */
function randomkeyCommand(c: Client): void {
  const key = c.db.randomLiveKey(c.server.host.random);
  if (key === undefined) c.reply.nullBulk();
  else c.reply.bulk(key);
}

// ---- SCAN ----

/** SCAN cursor [MATCH pattern] [COUNT count] [TYPE type] */
function scanCommand(c: Client, argv: string[]): void {
  const cursor = scanCursorArg(c, argv[1]);
  if (cursor === null) return;
  scanGeneric(c, argv, cursor, null);
}

// ---- Moving keys around ----

/**
 * Puts `v` at `key` in `db` (absent there) with deadline `expire` (-1: none) and the encoding mark it had:
 * dbAdd + setExpire, which also tells clients blocked on the key that it now holds data. Callers signal the
 * key as modified before this, because that signal clears encoding marks.
 */
function addKey(server: Server, db: Db, key: string, v: Value, expire: number, mark: number | undefined): void {
  db.store(key, v);
  if (expire !== -1) db.setExpire(key, expire);
  if (typeof v !== "string") server.signalKeyAsReady(db, key);
  stringMarks(server).carry(db, key, mark);
}

/** RENAME key newkey / RENAMENX key newkey (renameGenericCommand) */
function renameGeneric(c: Client, argv: string[], nx: boolean): void {
  const src = argv[1];
  const dst = argv[2];
  const db = c.db;
  const v = db.lookup(src);
  if (v === undefined) return c.error(ERR_NO_SUCH_KEY);
  if (src === dst) return nx ? c.reply.integer(0) : c.reply.ok();
  const expire = db.getExpire(src)!;
  const server = c.server;
  const mark = stringMarks(server).get(db, src);
  if (db.lookup(dst) !== undefined) {
    if (nx) return c.reply.integer(0);
    db.delete(dst);
  }
  db.delete(src);
  server.signalModifiedKey(db, src);
  server.signalModifiedKey(db, dst);
  addKey(server, db, dst, v, expire, mark);
  server.notifyKeyspaceEvent(NOTIFY_GENERIC, "rename_from", src, db.id);
  server.notifyKeyspaceEvent(NOTIFY_GENERIC, "rename_to", dst, db.id);
  server.dirty++;
  if (nx) c.reply.integer(1);
  else c.reply.ok();
}

/** MOVE key db */
function moveCommand(c: Client, argv: string[]): void {
  const key = argv[1];
  const src = c.db;
  const dst = dbIndexArg(c, argv[2]);
  if (dst === null) return;
  if (dst === src) return c.error(ERR_SAME_OBJECT);
  const v = src.lookup(key);
  if (v === undefined) return c.reply.integer(0);
  const expire = src.getExpire(key)!;
  if (dst.lookup(key) !== undefined) return c.reply.integer(0);
  const server = c.server;
  const mark = stringMarks(server).get(src, key);
  src.delete(key);
  server.signalModifiedKey(src, key);
  server.signalModifiedKey(dst, key);
  addKey(server, dst, key, v, expire, mark);
  server.notifyKeyspaceEvent(NOTIFY_GENERIC, "move_from", key, src.id);
  server.notifyKeyspaceEvent(NOTIFY_GENERIC, "move_to", key, dst.id);
  server.dirty++;
  c.reply.integer(1);
}

/** COPY source destination [DB destination-db] [REPLACE] */
function copyCommand(c: Client, argv: string[]): void {
  const src = c.db;
  let dst = src;
  let replace = false;
  for (let j = 3; j < argv.length; j++) {
    if (isKeyword(argv[j], "REPLACE")) replace = true;
    else if (isKeyword(argv[j], "DB") && j + 1 < argv.length) {
      const d = dbIndexArg(c, argv[++j]);
      if (d === null) return;
      dst = d;
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  const key = argv[1];
  const newkey = argv[2];
  if (src === dst && key === newkey) return c.error(ERR_SAME_OBJECT);
  const v = lookupKeyRead(c, key);
  if (v === undefined) return c.reply.integer(0);
  const expire = src.getExpire(key)!;
  if (dst.lookup(newkey) !== undefined) {
    if (!replace) return c.reply.integer(0);
    dst.delete(newkey);
  }
  const server = c.server;
  const mark = stringMarks(server).get(src, key);
  server.signalModifiedKey(dst, newkey);
  addKey(server, dst, newkey, typeof v === "string" ? v : v.clone(), expire, mark);
  server.notifyKeyspaceEvent(NOTIFY_GENERIC, "copy_to", newkey, dst.id);
  server.dirty++;
  c.reply.integer(1);
}

/**
 * SWAPDB index1 index2. Clients stay on their database number, so they see the other contents; those
 * blocked on keys that now hold data are served, and WATCHes on both databases are invalidated.
 */
function swapdbCommand(c: Client, argv: string[]): void {
  const a = dbIndexArg(c, argv[1], ERR_INVALID_FIRST_DB);
  if (a === null) return;
  const b = dbIndexArg(c, argv[2], ERR_INVALID_SECOND_DB);
  if (b === null) return;
  const server = c.server;
  if (a !== b) {
    const marks = stringMarks(server);
    const marksA = marks.detach(a);
    const marksB = marks.detach(b);
    a.swapWith(b);
    server.signalModifiedKey(a, null);
    server.signalModifiedKey(b, null);
    marks.attach(a, marksB);
    marks.attach(b, marksA);
    if (server.blocking.blockedClients > 0) {
      const seen = new Set<string>();
      for (const cl of server.clients.values()) {
        const st = cl.blocked;
        if (st === null || (st.db !== a && st.db !== b)) continue;
        for (const key of st.keys) {
          const id = `${st.db.id}\0${key}`;
          if (seen.has(id) || st.db.peek(key) === undefined) continue;
          seen.add(id);
          server.signalKeyAsReady(st.db, key);
        }
      }
    }
  }
  server.dirty++;
  c.reply.ok();
}

// ---- OBJECT ----

const OBJ_SHARED_INTEGERS = 10000;
const OBJ_SHARED_REFCOUNT = 2147483647;

/** The value for an OBJECT subcommand (NOTOUCH, no keymiss event); replies null when missing. */
function objectLookup(c: Client, key: string): Value | undefined {
  const v = lookupKeyRead(c, key, LOOKUP_NOTOUCH | LOOKUP_NONOTIFY);
  if (v === undefined) c.reply.nullBulk();
  return v;
}

function lfuPolicy(server: Server): boolean {
  return server.config.get("maxmemory-policy").endsWith("-lfu");
}

/** OBJECT ENCODING key */
function objectEncodingCommand(c: Client, argv: string[]): void {
  const v = objectLookup(c, argv[2]);
  if (v === undefined) return;
  c.reply.bulk(typeof v === "string" ? stringMarks(c.server).encoding(c.db, argv[2], v) : v.encoding(c.server.config));
}

/**
 * OBJECT REFCOUNT key: 1, except small integers, which Redis shares (refcount INT_MAX) unless maxmemory is
 * set with an LRU/LFU policy.
 */
function objectRefcountCommand(c: Client, argv: string[]): void {
  const key = argv[2];
  const v = objectLookup(c, key);
  if (v === undefined) return;
  const server = c.server;
  if (typeof v === "string" && stringMarks(server).encoding(c.db, key, v) === "int") {
    const n = parseInt64(v) as number | bigint;
    const policy = server.config.get("maxmemory-policy");
    const shareable = server.config.getNumber("maxmemory") === 0 ||
      !(policy.endsWith("-lru") || policy.endsWith("-lfu"));
    if (shareable && typeof n === "number" && n >= 0 && n < OBJ_SHARED_INTEGERS) {
      return c.reply.integer(OBJ_SHARED_REFCOUNT);
    }
  }
  c.reply.integer(1);
}

/** OBJECT IDLETIME key */
function objectIdletimeCommand(c: Client, argv: string[]): void {
  const v = objectLookup(c, argv[2]);
  if (v === undefined) return;
  if (lfuPolicy(c.server)) {
    return c.error(
      ERR_LFU_NO_IDLETIME,
    );
  }
  c.reply.integer(c.db.idleSeconds(argv[2]));
}

/** OBJECT FREQ key: the key's LFU counter, decayed as of now (LFUDecrAndReturn). */
function objectFreqCommand(c: Client, argv: string[]): void {
  const v = objectLookup(c, argv[2]);
  if (v === undefined) return;
  const server = c.server;
  if (!lfuPolicy(server)) {
    return c.error(
      ERR_LFU_NO_FREQ,
    );
  }
  c.reply.integer(c.db.frequency(argv[2], server.config.getNumber("lfu-decay-time")) ?? 0);
}

const OBJECT_HELP = [
  "ENCODING <key>",
  "    Return the kind of internal representation used in order to store the value",
  "    associated with a <key>.",
  "FREQ <key>",
  "    Return the access frequency index of the <key>. The returned integer is",
  "    proportional to the logarithm of the recent access frequency of the key.",
  "IDLETIME <key>",
  "    Return the idle time of the <key>, that is the approximated number of",
  "    seconds elapsed since the last access to the key.",
  "REFCOUNT <key>",
  "    Return the number of references of the value associated with the specified",
  "    <key>.",
];

// ---- Expiry ----

const EXPIRE_NX = 1;
const EXPIRE_XX = 2;
const EXPIRE_GT = 4;
const EXPIRE_LT = 8;

/**
 * EXPIRE key seconds [NX|XX|GT|LT], PEXPIRE, EXPIREAT, PEXPIREAT (expireGenericCommand): `basetime` is now
 * for the relative forms and 0 for the absolute ones.
 */
function expireGeneric(c: Client, argv: string[], relative: boolean, seconds: boolean): void {
  let flags = 0;
  for (let j = 3; j < argv.length; j++) {
    const opt = argv[j].toUpperCase();
    if (opt === "NX") flags |= EXPIRE_NX;
    else if (opt === "XX") flags |= EXPIRE_XX;
    else if (opt === "GT") flags |= EXPIRE_GT;
    else if (opt === "LT") flags |= EXPIRE_LT;
    else {
      c.error(errUnsupportedOption(argv[j]));
      return;
    }
  }
  if (flags & EXPIRE_NX && flags & (EXPIRE_XX | EXPIRE_GT | EXPIRE_LT)) {
    c.error(ERR_EXPIRE_NX_XX);
    return;
  }
  if (flags & EXPIRE_GT && flags & EXPIRE_LT) {
    c.error(ERR_EXPIRE_GT_LT);
    return;
  }
  const raw = int64Arg(c, argv[2]);
  if (raw === null) return;
  const name = argv[0].toLowerCase();
  let when = BigInt(raw);
  if (seconds) {
    if (when > INT64_MAX / 1000n || when < INT64_MIN / 1000n) {
      c.error(errInvalidExpire(name));
      return;
    }
    when *= 1000n;
  }
  const base = relative ? BigInt(c.server.time) : 0n;
  if (when > INT64_MAX - base) {
    c.error(errInvalidExpire(name));
    return;
  }
  when += base;
  const db = c.db;
  const key = argv[1];
  if (db.lookup(key) === undefined) {
    c.reply.integer(0);
    return;
  }
  const at = Number(when);
  if (flags) {
    const current = db.getExpire(key)!;
    if (flags & EXPIRE_NX && current !== -1) return c.reply.integer(0);
    if (flags & EXPIRE_XX && current === -1) return c.reply.integer(0);
    // No TTL counts as an infinite one for GT and LT.
    if (flags & EXPIRE_GT && (current === -1 || at <= current)) return c.reply.integer(0);
    if (flags & EXPIRE_LT && current !== -1 && at >= current) return c.reply.integer(0);
  }
  const server = c.server;
  if (at <= server.time) {
    // A deadline already passed deletes the key now (checkAlreadyExpired), replicated as that.
    deleteKey(c, key);
    server.propagation.rewrite([server.config.get("lazyfree-lazy-expire") === "yes" ? "UNLINK" : "DEL", key]);
    c.reply.integer(1);
    return;
  }
  db.setExpire(key, at);
  signalTtlChange(server, db, key);
  server.notifyKeyspaceEvent(NOTIFY_GENERIC, "expire", key, db.id);
  server.dirty++;
  c.reply.integer(1);
  // Replicated as PEXPIREAT with the absolute deadline (and the same NX|XX|GT|LT), so a replay agrees.
  if (server.propagation.active && (relative || seconds)) {
    const as = argv.slice();
    as[0] = "PEXPIREAT";
    as[2] = String(at);
    server.propagation.rewrite(as);
  }
}

/** TTL, PTTL, EXPIRETIME, PEXPIRETIME (ttlGenericCommand). */
function ttlGeneric(c: Client, key: string, ms: boolean, absolute: boolean): void {
  if (lookupKeyRead(c, key, LOOKUP_NOTOUCH) === undefined) return c.reply.integer(-2);
  const expire = c.db.getExpire(key)!;
  if (expire === -1) return c.reply.integer(-1);
  let ttl = absolute ? expire : expire - c.server.time;
  if (ttl < 0) ttl = 0;
  c.reply.integer(ms ? ttl : Math.floor((ttl + 500) / 1000));
}

/** PERSIST key */
function persistCommand(c: Client, argv: string[]): void {
  const db = c.db;
  const key = argv[1];
  if (db.lookup(key) === undefined || !db.persist(key)) return c.reply.integer(0);
  signalTtlChange(c.server, db, key);
  c.server.notifyKeyspaceEvent(NOTIFY_GENERIC, "persist", key, db.id);
  c.server.dirty++;
  c.reply.integer(1);
}

export function genericCommands(_server: Server): CommandDef[] {
  return [
    /* DEL key [key ...] */
    { name: "del", handler: delCommand },
    /* UNLINK key [key ...] */
    { name: "unlink", handler: unlinkCommand },
    { name: "exists", handler: existsCommand },
    { name: "touch", handler: touchCommand },
    { name: "type", handler: typeCommand },
    { name: "keys", handler: keysCommand },
    { name: "scan", handler: scanCommand, touchesArbitraryKeys: true },
    { name: "randomkey", handler: randomkeyCommand, touchesArbitraryKeys: true },
    /* RENAME key newkey */
    { name: "rename", handler: (c, argv) => renameGeneric(c, argv, false) },
    /* RENAMENX key newkey */
    { name: "renamenx", handler: (c, argv) => renameGeneric(c, argv, true) },
    { name: "move", handler: moveCommand },
    { name: "copy", handler: copyCommand },
    { name: "swapdb", handler: swapdbCommand, touchesAllKeys: true },
    {
      name: "object",
      subcommands: [
        { name: "encoding", handler: objectEncodingCommand },
        { name: "refcount", handler: objectRefcountCommand },
        { name: "idletime", handler: objectIdletimeCommand },
        { name: "freq", handler: objectFreqCommand },
        /* OBJECT HELP */
        { name: "help", handler: (c) => helpReply(c, "OBJECT", OBJECT_HELP) },
      ],
    },
    /* EXPIRE key seconds [NX|XX|GT|LT] */
    { name: "expire", handler: (c, argv) => expireGeneric(c, argv, true, true) },
    /* PEXPIRE key milliseconds [NX|XX|GT|LT] */
    { name: "pexpire", handler: (c, argv) => expireGeneric(c, argv, true, false) },
    /* EXPIREAT key unix-time-seconds [NX|XX|GT|LT] */
    { name: "expireat", handler: (c, argv) => expireGeneric(c, argv, false, true) },
    /* PEXPIREAT key unix-time-milliseconds [NX|XX|GT|LT] */
    { name: "pexpireat", handler: (c, argv) => expireGeneric(c, argv, false, false) },
    /* TTL key */
    { name: "ttl", handler: (c, argv) => ttlGeneric(c, argv[1], false, false) },
    /* PTTL key */
    { name: "pttl", handler: (c, argv) => ttlGeneric(c, argv[1], true, false) },
    /* EXPIRETIME key */
    { name: "expiretime", handler: (c, argv) => ttlGeneric(c, argv[1], false, true) },
    /* PEXPIRETIME key */
    { name: "pexpiretime", handler: (c, argv) => ttlGeneric(c, argv[1], true, true) },
    { name: "persist", handler: persistCommand },
  ];
}
