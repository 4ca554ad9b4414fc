/** Hash commands (t_hash.c), Redis 7.0.15. */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { NOTIFY_GENERIC, NOTIFY_HASH } from "../notify.ts";
import { INT64_MAX, INT64_MIN, parseInt64 } from "../bytes.ts";
import {
  ERR_HASH_NOT_FLOAT,
  ERR_HASH_NOT_INTEGER,
  ERR_INCR_NAN,
  ERR_NOT_FLOAT,
  ERR_OUT_OF_RANGE_PLAIN,
  ERR_OVERFLOW,
  ERR_SYNTAX,
  ERR_VALUE_NAN,
  errWrongArity,
} from "../errors.ts";
import { hashLimits, HashValue } from "../keyspace/hash.ts";
import { addLongDouble, formatLongDoubleHuman, longDoubleFromInt, parseLongDouble } from "../longdouble.ts";
import { int64Arg, isKeyword } from "./util.ts";
import { readTyped, writeTyped } from "../db/keys.ts";
import { distinctSlots } from "../db/random.ts";
import { LONG_MAX, rangeLongArg, scanCursorArg } from "../db/args.ts";
import { scanGeneric, scanReply } from "../db/scan.ts";

/** The hash at key for a read (lookupKeyRead): undefined when missing, null after WRONGTYPE. */
function readHash(c: Client, key: string): HashValue | undefined | null {
  return readTyped<HashValue>(c, key, "hash");
}

/** The hash at key for a write (lookupKeyWrite). */
function lookupHash(c: Client, key: string): HashValue | undefined | null {
  return writeTyped<HashValue>(c, key, "hash");
}

/** hashTypeLookupWriteOrCreate: the hash at key, created (and stored) when missing; null after WRONGTYPE. */
function hashForWrite(c: Client, key: string): HashValue | null {
  const h = lookupHash(c, key);
  if (h === null) return null;
  if (h !== undefined) return h;
  const created = new HashValue();
  c.db.store(key, created);
  return created;
}

/** The signals of a successful hash write. */
function hashWritten(c: Client, key: string, event: string, dirty: number): void {
  const server = c.server;
  server.signalModifiedKey(c.db, key);
  server.notifyKeyspaceEvent(NOTIFY_HASH, event, key, c.db.id);
  server.dirty += dirty;
}

/** HSET key field value [field value ...]; HMSET (replies OK) */
function hsetGeneric(c: Client, argv: string[], hmset: boolean): void {
  if (argv.length % 2 === 1) return c.error(errWrongArity(hmset ? "hmset" : "hset"));
  const key = argv[1];
  const h = hashForWrite(c, key);
  if (h === null) return;
  const limits = hashLimits(c.server.config);
  // hashTypeTryConversion: a field or value too long for a listpack converts before anything is added.
  if (h.isListpack) {
    for (let i = 2; i < argv.length; i++) {
      if (argv[i].length > limits.maxValue) {
        h.convert();
        break;
      }
    }
  }
  let created = 0;
  for (let i = 2; i < argv.length; i += 2) if (h.set(argv[i], argv[i + 1], limits)) created++;
  if (hmset) c.reply.ok();
  else c.reply.integer(created);
  hashWritten(c, key, "hset", (argv.length - 2) / 2);
}

/** HSETNX key field value */
function hsetnxCommand(c: Client, argv: string[]): void {
  const h = hashForWrite(c, argv[1]);
  if (h === null) return;
  if (h.has(argv[2])) return c.reply.integer(0);
  h.set(argv[2], argv[3], hashLimits(c.server.config));
  c.reply.integer(1);
  hashWritten(c, argv[1], "hset", 1);
}

/** HGET key field */
function hgetCommand(c: Client, argv: string[]): void {
  const h = readHash(c, argv[1]);
  if (h === null) return;
  c.reply.bulkOrNull(h === undefined ? undefined : h.get(argv[2]));
}

/** HMGET key field [field ...] */
function hmgetCommand(c: Client, argv: string[]): void {
  const h = readHash(c, argv[1]);
  if (h === null) return;
  c.reply.array(argv.length - 2);
  for (let i = 2; i < argv.length; i++) c.reply.bulkOrNull(h === undefined ? undefined : h.get(argv[i]));
}

/** HDEL key field [field ...] */
function hdelCommand(c: Client, argv: string[]): void {
  const key = argv[1];
  const h = lookupHash(c, key);
  if (h === null) return;
  if (h === undefined) return c.reply.integer(0);
  let deleted = 0;
  let keyRemoved = false;
  for (let i = 2; i < argv.length; i++) {
    if (!h.delete(argv[i])) continue;
    deleted++;
    if (h.size === 0) {
      c.db.delete(key);
      keyRemoved = true;
      break;
    }
  }
  if (deleted > 0) {
    hashWritten(c, key, "hdel", deleted);
    if (keyRemoved) c.server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, c.db.id);
  }
  c.reply.integer(deleted);
}

/** HLEN key */
function hlenCommand(c: Client, argv: string[]): void {
  const h = readHash(c, argv[1]);
  if (h === null) return;
  c.reply.integer(h === undefined ? 0 : h.size);
}

/** HSTRLEN key field */
function hstrlenCommand(c: Client, argv: string[]): void {
  const h = readHash(c, argv[1]);
  if (h === null) return;
  c.reply.integer(h === undefined ? 0 : (h.get(argv[2])?.length ?? 0));
}

/** HEXISTS key field */
function hexistsCommand(c: Client, argv: string[]): void {
  const h = readHash(c, argv[1]);
  if (h === null) return;
  c.reply.integer(h !== undefined && h.has(argv[2]) ? 1 : 0);
}

const WANT_FIELDS = 1;
const WANT_VALUES = 2;

/** HKEYS, HVALS, HGETALL (genericHgetallCommand): HGETALL is a map, the others flat arrays. */
function hgetallGeneric(c: Client, argv: string[], want: number): void {
  const h = readHash(c, argv[1]);
  if (h === null) return;
  const both = want === (WANT_FIELDS | WANT_VALUES);
  const n = h === undefined ? 0 : h.size;
  const w = c.reply;
  if (both) w.map(n);
  else w.array(n);
  if (h === undefined) return;
  h.dict.forEach((f, v) => {
    if (want & WANT_FIELDS) w.bulk(f);
    if (want & WANT_VALUES) w.bulk(v);
  });
}

/** HINCRBY key field increment */
function hincrbyCommand(c: Client, argv: string[]): void {
  const incr = int64Arg(c, argv[3]);
  if (incr === null) return;
  const key = argv[1];
  const h = hashForWrite(c, key);
  if (h === null) return;
  let value: number | bigint = 0;
  const cur = h.get(argv[2]);
  if (cur !== undefined) {
    const parsed = parseInt64(cur);
    if (parsed === null) return c.error(ERR_HASH_NOT_INTEGER);
    value = parsed;
  }
  let next: number | bigint;
  if (typeof value === "number" && typeof incr === "number" && Math.abs(value) < 2 ** 52 && Math.abs(incr) < 2 ** 52) {
    next = value + incr;
  } else {
    const big = BigInt(value) + BigInt(incr);
    if (big > INT64_MAX || big < INT64_MIN) return c.error(ERR_OVERFLOW);
    next = big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
  }
  h.set(argv[2], String(next), hashLimits(c.server.config));
  c.reply.integer(next);
  hashWritten(c, key, "hincrby", 1);
}

/** HINCRBYFLOAT key field increment: long double arithmetic and printing, as Redis does. */
function hincrbyfloatCommand(c: Client, argv: string[]): void {
  const incr = parseLongDouble(argv[3]);
  if (incr === null) return c.error(ERR_NOT_FLOAT);
  if (incr.inf) return c.error(ERR_VALUE_NAN);
  const key = argv[1];
  const h = hashForWrite(c, key);
  if (h === null) return;
  let value = longDoubleFromInt(0n);
  const cur = h.get(argv[2]);
  if (cur !== undefined) {
    const parsed = parseLongDouble(cur);
    if (parsed === null) return c.error(ERR_HASH_NOT_FLOAT);
    value = parsed;
  }
  const sum = addLongDouble(value, incr);
  if (sum.inf) return c.error(ERR_INCR_NAN);
  const text = formatLongDoubleHuman(sum);
  h.set(argv[2], text, hashLimits(c.server.config));
  c.reply.bulk(text);
  hashWritten(c, key, "hincrbyfloat", 1);
  // Replicated as the value it gave (float formatting may differ between platforms).
  c.server.propagation.rewrite(["HSET", key, argv[2], text]);
}

/** HRANDFIELD key [count [WITHVALUES]] */
function hrandfieldCommand(c: Client, argv: string[]): void {
  if (argv.length >= 3) {
    const l = rangeLongArg(c, argv[2], -LONG_MAX, LONG_MAX, null);
    if (l === null) return;
    if (argv.length > 4 || (argv.length === 4 && !isKeyword(argv[3], "WITHVALUES"))) return c.error(ERR_SYNTAX);
    const withValues = argv.length === 4;
    // LONG_MAX / 2 in C integer division: 4611686018427387903, beyond a double's exact integers.
    const b = BigInt(parseInt64(argv[2])!);
    if (withValues && (b < -4611686018427387903n || b > 4611686018427387903n)) return c.error(ERR_OUT_OF_RANGE_PLAIN);
    return hrandfieldWithCount(c, argv[1], l, withValues);
  }
  const h = readHash(c, argv[1]);
  if (h === null) return;
  if (h === undefined) return c.reply.nullBulk();
  c.reply.bulk(h.dict.keys[h.dict.randomSlot(c.server.host.random)]!);
}

/** hrandfieldWithCountCommand: negative counts may repeat fields; positive ones are distinct. */
function hrandfieldWithCount(c: Client, key: string, l: number, withValues: boolean): void {
  const h = readHash(c, key);
  if (h === null) return;
  if (h === undefined) return c.reply.array(0);
  const unique = l >= 0;
  const count = Math.abs(l);
  if (count === 0) return c.reply.array(0);
  const w = c.reply;
  const random = c.server.host.random;
  const dict = h.dict;
  const flat = withValues && c.proto === 2;
  const emit = (slot: number): void => {
    if (withValues && !flat) w.array(2);
    w.bulk(dict.keys[slot]!);
    if (withValues) w.bulk(dict.vals[slot]!);
  };
  if (!unique || count === 1) {
    w.array(flat ? count * 2 : count);
    for (let i = 0; i < count; i++) emit(dict.randomSlot(random));
    return;
  }
  const size = h.size;
  const n = count < size ? count : size;
  w.array(flat ? n * 2 : n);
  if (count >= size) {
    for (let s = 0; s < dict.keys.length; s++) if (dict.keys[s] !== undefined) emit(s);
    return;
  }
  const slots = distinctSlots(dict.keys, size, count, random);
  // A listpack is sampled in its own order (lpRandomPairsUnique): fields come back in insertion order.
  if (h.isListpack) slots.sort((a, b) => a - b);
  for (const s of slots) emit(s);
}

/** HSCAN key cursor [MATCH pattern] [COUNT count] */
function hscanCommand(c: Client, argv: string[]): void {
  const cursor = scanCursorArg(c, argv[2]);
  if (cursor === null) return;
  const h = readHash(c, argv[1]);
  if (h === null) return;
  if (h === undefined) return scanReply(c, 0, []);
  scanGeneric(c, argv, cursor, (from, count, visit) => {
    // A listpack hash is returned whole, whatever the cursor, as Redis does.
    if (!h.isListpack) return h.dict.scan(from, count, visit);
    h.dict.forEach(visit);
    return 0;
  });
}

export function hashCommands(_server: Server): CommandDef[] {
  return [
    /* HSET key field value [field value ...] */
    { name: "hset", handler: (c, argv) => hsetGeneric(c, argv, false) },
    /* HMSET key field value [field value ...] */
    { name: "hmset", handler: (c, argv) => hsetGeneric(c, argv, true) },
    { name: "hsetnx", handler: hsetnxCommand },
    { name: "hget", handler: hgetCommand },
    { name: "hmget", handler: hmgetCommand },
    { name: "hdel", handler: hdelCommand },
    { name: "hlen", handler: hlenCommand },
    { name: "hstrlen", handler: hstrlenCommand },
    { name: "hexists", handler: hexistsCommand },
    /* HKEYS key */
    { name: "hkeys", handler: (c, argv) => hgetallGeneric(c, argv, WANT_FIELDS) },
    /* HVALS key */
    { name: "hvals", handler: (c, argv) => hgetallGeneric(c, argv, WANT_VALUES) },
    /* HGETALL key */
    { name: "hgetall", handler: (c, argv) => hgetallGeneric(c, argv, WANT_FIELDS | WANT_VALUES) },
    { name: "hincrby", handler: hincrbyCommand },
    { name: "hincrbyfloat", handler: hincrbyfloatCommand },
    { name: "hrandfield", handler: hrandfieldCommand },
    { name: "hscan", handler: hscanCommand },
  ];
}
