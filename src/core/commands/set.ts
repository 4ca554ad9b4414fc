/** Set commands (t_set.c), Redis 7.0.15. */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { NOTIFY_GENERIC, NOTIFY_SET } from "../notify.ts";
import { parseInt64 } from "../bytes.ts";
import {
  ERR_LIMIT_NEGATIVE,
  ERR_NOT_POSITIVE,
  ERR_NUMKEYS_OVER_ARGS,
  ERR_NUMKEYS_POSITIVE,
  ERR_SYNTAX,
  ERR_WRONGTYPE,
} from "../errors.ts";
import { SetValue } from "../keyspace/set.ts";
import type { Value } from "../keyspace/types.ts";
import { distinctSlots } from "../db/random.ts";
import { readTyped, writeTyped } from "../db/keys.ts";
import { LONG_MAX, rangeLongArg, scanCursorArg } from "../db/args.ts";
import { scanGeneric, scanReply } from "../db/scan.ts";

/** The set at key for a write (lookupKeyWrite): undefined when missing, null after WRONGTYPE. */
function lookupSet(c: Client, key: string): SetValue | undefined | null {
  return writeTyped<SetValue>(c, key, "set");
}

/** The set at key for a read (lookupKeyRead). */
function readSet(c: Client, key: string): SetValue | undefined | null {
  return readTyped<SetValue>(c, key, "set");
}

function maxIntset(c: Client): number {
  return c.server.config.getNumber("set-max-intset-entries");
}

/** SADD key member [member ...] */
function saddCommand(c: Client, argv: string[]): void {
  const key = argv[1];
  let set = lookupSet(c, key);
  if (set === null) return;
  if (set === undefined) {
    set = new SetValue();
    c.db.store(key, set);
  }
  const max = maxIntset(c);
  let added = 0;
  for (let i = 2; i < argv.length; i++) if (set.add(argv[i], max)) added++;
  if (added > 0) {
    c.server.signalModifiedKey(c.db, key);
    c.server.notifyKeyspaceEvent(NOTIFY_SET, "sadd", key, c.db.id);
  }
  c.server.dirty += added;
  c.reply.integer(added);
}

/** SREM key member [member ...] */
function sremCommand(c: Client, argv: string[]): void {
  const key = argv[1];
  const set = lookupSet(c, key);
  if (set === null) return;
  if (set === undefined) return c.reply.integer(0);
  let deleted = 0;
  let keyRemoved = false;
  for (let i = 2; i < argv.length; i++) {
    if (!set.delete(argv[i])) continue;
    deleted++;
    if (set.size === 0) {
      c.db.delete(key);
      keyRemoved = true;
      break;
    }
  }
  if (deleted > 0) {
    const server = c.server;
    server.signalModifiedKey(c.db, key);
    server.notifyKeyspaceEvent(NOTIFY_SET, "srem", key, c.db.id);
    if (keyRemoved) server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, c.db.id);
    server.dirty += deleted;
  }
  c.reply.integer(deleted);
}

/** SMOVE source destination member */
function smoveCommand(c: Client, argv: string[]): void {
  const db = c.db;
  const [, srcKey, dstKey, member] = argv;
  const src: Value | undefined = db.lookup(srcKey);
  const dst: Value | undefined = db.lookup(dstKey);
  if (src === undefined) return c.reply.integer(0);
  if (
    typeof src === "string" || src.type !== "set" ||
    (dst !== undefined && (typeof dst === "string" || dst.type !== "set"))
  ) {
    return c.error(ERR_WRONGTYPE);
  }
  const srcSet = src as SetValue;
  let dstSet = dst as SetValue | undefined;
  if (srcSet === dstSet) return c.reply.integer(srcSet.has(member) ? 1 : 0);
  if (!srcSet.delete(member)) return c.reply.integer(0);
  const server = c.server;
  server.notifyKeyspaceEvent(NOTIFY_SET, "srem", srcKey, db.id);
  if (srcSet.size === 0) {
    db.delete(srcKey);
    server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", srcKey, db.id);
  }
  if (dstSet === undefined) {
    dstSet = new SetValue();
    db.store(dstKey, dstSet);
  }
  server.signalModifiedKey(db, srcKey);
  server.dirty++;
  if (dstSet.add(member, maxIntset(c))) {
    server.dirty++;
    server.signalModifiedKey(db, dstKey);
    server.notifyKeyspaceEvent(NOTIFY_SET, "sadd", dstKey, db.id);
  }
  c.reply.integer(1);
}

/** SISMEMBER key member */
function sismemberCommand(c: Client, argv: string[]): void {
  const set = readSet(c, argv[1]);
  if (set === null) return;
  c.reply.integer(set !== undefined && set.has(argv[2]) ? 1 : 0);
}

/** SMISMEMBER key member [member ...] */
function smismemberCommand(c: Client, argv: string[]): void {
  const set = readSet(c, argv[1]);
  if (set === null) return;
  c.reply.array(argv.length - 2);
  for (let i = 2; i < argv.length; i++) c.reply.integer(set !== undefined && set.has(argv[i]) ? 1 : 0);
}

/** SCARD key */
function scardCommand(c: Client, argv: string[]): void {
  const set = readSet(c, argv[1]);
  if (set === null) return;
  c.reply.integer(set === undefined ? 0 : set.size);
}

/** The signals after SPOP took elements: the set is deleted when it emptied. */
function spopped(c: Client, key: string, set: SetValue): void {
  const server = c.server;
  if (set.size === 0) {
    c.db.delete(key);
    server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, c.db.id);
  }
  server.signalModifiedKey(c.db, key);
}

/** SPOP key [count] */
function spopCommand(c: Client, argv: string[]): void {
  if (argv.length === 3) return spopWithCount(c, argv);
  if (argv.length > 3) return c.error(ERR_SYNTAX);
  const key = argv[1];
  const set = lookupSet(c, key);
  if (set === null) return;
  if (set === undefined) return c.reply.nullBulk();
  const member = set.randomMember(c.server.host.random)!;
  set.delete(member);
  // Chance picked the member: replicated as SREM of it.
  c.server.propagation.rewrite(["SREM", key, member]);
  c.server.notifyKeyspaceEvent(NOTIFY_SET, "spop", key, c.db.id);
  c.reply.bulk(member);
  spopped(c, key, set);
  c.server.dirty++;
}

/** spopWithCountCommand */
function spopWithCount(c: Client, argv: string[]): void {
  const count = rangeLongArg(c, argv[2], 0n, LONG_MAX, ERR_NOT_POSITIVE);
  if (count === null) return;
  const key = argv[1];
  const set = lookupSet(c, key);
  if (set === null) return;
  const w = c.reply;
  if (set === undefined || count === 0) return w.set(0);
  const server = c.server;
  const size = set.size;
  server.notifyKeyspaceEvent(NOTIFY_SET, "spop", key, c.db.id);
  server.dirty += count;
  if (count >= size) {
    // The whole set, in the order a fresh copy of it iterates (an intset's ascending).
    const all = SetValue.build(set.members(), maxIntset(c)).members();
    w.set(all.length);
    for (const m of all) w.bulk(m);
    c.db.delete(key);
    server.propagation.rewrite(["DEL", key]);
    server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, c.db.id);
    server.signalModifiedKey(c.db, key);
    return;
  }
  w.set(count);
  const random = server.host.random;
  const slots = distinctSlots(set.dict.keys, size, count, random);
  const popped: string[] = new Array(slots.length);
  for (let i = 0; i < slots.length; i++) popped[i] = set.dict.keys[slots[i]]!;
  const prop = server.propagation;
  for (const m of popped) {
    set.delete(m);
    w.bulk(m);
    prop.also(c.db.id, ["SREM", key, m]);
  }
  // The SREMs say what was taken; SPOP itself would pick again on replay.
  prop.prevent();
  server.signalModifiedKey(c.db, key);
}

/** SRANDMEMBER key [count] */
function srandmemberCommand(c: Client, argv: string[]): void {
  if (argv.length > 3) return c.error(ERR_SYNTAX);
  const random = c.server.host.random;
  if (argv.length === 2) {
    const set = readSet(c, argv[1]);
    if (set === null) return;
    if (set === undefined) return c.reply.nullBulk();
    c.reply.bulk(set.randomMember(random)!);
    return;
  }
  const l = rangeLongArg(c, argv[2], -LONG_MAX, LONG_MAX, null);
  if (l === null) return;
  const set = readSet(c, argv[1]);
  if (set === null) return;
  const w = c.reply;
  if (set === undefined || l === 0) return w.array(0);
  const count = Math.abs(l);
  if (l < 0 || count === 1) {
    w.array(count);
    for (let i = 0; i < count; i++) w.bulk(set.randomMember(random)!);
    return;
  }
  if (count >= set.size) return w.bulkArray(set.members());
  const slots = distinctSlots(set.dict.keys, set.size, count, random);
  w.array(slots.length);
  for (const s of slots) w.bulk(set.dict.keys[s]!);
}

/** Looks up the sets of an operation: null after WRONGTYPE; missing keys are undefined (empty sets). */
function lookupSets(c: Client, keys: string[]): (SetValue | undefined)[] | null {
  const sets: (SetValue | undefined)[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const v = readTyped<SetValue>(c, keys[i], "set");
    if (v === null) return null;
    sets[i] = v;
  }
  return sets;
}

/** Stores a computed set at dst (setKey), or deletes dst when the result is empty; replies the size. */
function storeResult(c: Client, dst: string, result: SetValue, event: string): void {
  const server = c.server;
  const db = c.db;
  if (result.size > 0) {
    db.store(dst, result);
    server.signalModifiedKey(db, dst);
    c.reply.integer(result.size);
    server.notifyKeyspaceEvent(NOTIFY_SET, event, dst, db.id);
    server.dirty++;
    return;
  }
  c.reply.integer(0);
  if (db.peek(dst) !== undefined) {
    db.delete(dst);
    server.dirty++;
    server.signalModifiedKey(db, dst);
    server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", dst, db.id);
  }
}

/**
 * SINTER, SMEMBERS, SINTERSTORE, SINTERCARD (sinterGenericCommand): walks the smallest set in its own order
 * and keeps the members every other set has.
 */
function sinterGeneric(c: Client, keys: string[], dst: string | null, cardinalityOnly: boolean, limit: number): void {
  const found = lookupSets(c, keys);
  if (found === null) return;
  if (found.some((s) => s === undefined)) {
    if (dst !== null) storeResult(c, dst, new SetValue(), "sinterstore");
    else if (cardinalityOnly) c.reply.integer(0);
    else c.reply.set(0);
    return;
  }
  const sets = (found as SetValue[]).slice().sort((a, b) => a.size - b.size);
  const first = sets[0];
  const members = first.members();
  const result: string[] = [];
  let cardinality = 0;
  for (const m of members) {
    let inAll = true;
    for (let j = 1; j < sets.length; j++) {
      if (sets[j] !== first && !sets[j].has(m)) {
        inAll = false;
        break;
      }
    }
    if (!inAll) continue;
    cardinality++;
    if (cardinalityOnly) {
      if (limit !== 0 && cardinality >= limit) break;
    } else {
      result.push(m);
    }
  }
  if (cardinalityOnly) return c.reply.integer(cardinality);
  if (dst !== null) return storeResult(c, dst, SetValue.build(result, maxIntset(c)), "sinterstore");
  c.reply.set(result.length);
  for (const m of result) c.reply.bulk(m);
}

/** SUNION, SDIFF and their STORE forms (sunionDiffGenericCommand). */
function sunionDiffGeneric(c: Client, keys: string[], dst: string | null, union: boolean): void {
  const sets = lookupSets(c, keys);
  if (sets === null) return;
  const max = maxIntset(c);
  const result = new SetValue();
  if (union) {
    for (const s of sets) if (s !== undefined) { for (const m of s.members()) result.add(m, max); }
  } else {
    const first = sets[0];
    // A key named again after the first subtracts the whole set: the result is empty.
    const sameSet = first !== undefined && sets.some((s, i) => i > 0 && s === first);
    if (first !== undefined && !sameSet) {
      for (const m of first.members()) {
        let keep = true;
        for (let j = 1; j < sets.length; j++) {
          const s = sets[j];
          if (s !== undefined && s.has(m)) {
            keep = false;
            break;
          }
        }
        if (keep) result.add(m, max);
      }
    }
  }
  if (dst !== null) return storeResult(c, dst, result, union ? "sunionstore" : "sdiffstore");
  const out = result.members();
  c.reply.set(out.length);
  for (const m of out) c.reply.bulk(m);
}

/** SINTERCARD numkeys key [key ...] [LIMIT limit] */
function sintercardCommand(c: Client, argv: string[]): void {
  const v = parseInt64(argv[1]);
  if (v === null || v < 1) return c.error(ERR_NUMKEYS_POSITIVE);
  if (v > argv.length - 2) return c.error(ERR_NUMKEYS_OVER_ARGS);
  const numkeys = Number(v);
  let limit = 0;
  for (let j = 2 + numkeys; j < argv.length; j++) {
    if (argv[j].toUpperCase() === "LIMIT" && j < argv.length - 1) {
      const n = rangeLongArg(c, argv[++j], 0n, LONG_MAX, ERR_LIMIT_NEGATIVE);
      if (n === null) return;
      limit = n;
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  sinterGeneric(c, argv.slice(2, 2 + numkeys), null, true, limit);
}

/** SSCAN key cursor [MATCH pattern] [COUNT count] */
function sscanCommand(c: Client, argv: string[]): void {
  const cursor = scanCursorArg(c, argv[2]);
  if (cursor === null) return;
  const set = readSet(c, argv[1]);
  if (set === null) return;
  if (set === undefined) return scanReply(c, 0, []);
  scanGeneric(c, argv, cursor, (from, count, visit) => {
    // An intset is returned whole, in order, whatever the cursor, as Redis does.
    if (!set.isIntset) return set.dict.scan(from, count, (m) => visit(m));
    for (const m of set.members()) visit(m);
    return 0;
  });
}

export function setCommands(_server: Server): CommandDef[] {
  return [
    { name: "sadd", handler: saddCommand },
    { name: "srem", handler: sremCommand },
    { name: "smove", handler: smoveCommand },
    { name: "sismember", handler: sismemberCommand },
    { name: "smismember", handler: smismemberCommand },
    { name: "scard", handler: scardCommand },
    { name: "spop", handler: spopCommand },
    { name: "srandmember", handler: srandmemberCommand },
    /* SMEMBERS key (Redis runs it as a one-key SINTER) */
    { name: "smembers", handler: (c, argv) => sinterGeneric(c, [argv[1]], null, false, 0) },
    /* SINTER key [key ...] */
    { name: "sinter", handler: (c, argv) => sinterGeneric(c, argv.slice(1), null, false, 0) },
    /* SINTERSTORE destination key [key ...] */
    { name: "sinterstore", handler: (c, argv) => sinterGeneric(c, argv.slice(2), argv[1], false, 0) },
    { name: "sintercard", handler: sintercardCommand },
    /* SUNION key [key ...] */
    { name: "sunion", handler: (c, argv) => sunionDiffGeneric(c, argv.slice(1), null, true) },
    /* SUNIONSTORE destination key [key ...] */
    { name: "sunionstore", handler: (c, argv) => sunionDiffGeneric(c, argv.slice(2), argv[1], true) },
    /* SDIFF key [key ...] */
    { name: "sdiff", handler: (c, argv) => sunionDiffGeneric(c, argv.slice(1), null, false) },
    /* SDIFFSTORE destination key [key ...] */
    { name: "sdiffstore", handler: (c, argv) => sunionDiffGeneric(c, argv.slice(2), argv[1], false) },
    { name: "sscan", handler: sscanCommand },
  ];
}
