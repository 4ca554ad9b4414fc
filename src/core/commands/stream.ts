/**
 * Stream commands (t_stream.c's command half, and the stream side of blocked.c), Redis 7.0.15.
 *
 * Propagation follows Redis: XADD is written with the ID it generated and approximate trims as the exact
 * length or first ID they left (streamRewriteApproxSpecifier/streamRewriteTrimArgument); XREADGROUP, XCLAIM
 * and XAUTOCLAIM are not written themselves but as the XCLAIM ... FORCE JUSTID LASTID, XGROUP SETID and
 * XGROUP CREATECONSUMER commands that recreate their effect on the groups. Blocked XREAD/XREADGROUP clients
 * are served by XADD (signalKeyAsReady) in arrival order; XREADGROUP clients are answered with an error
 * when the key goes away or their group is destroyed.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { CLIENT_DENY_BLOCKING } from "../client.ts";
import type { Db } from "../keyspace/db.ts";
import { NOTIFY_STREAM } from "../notify.ts";
import {
  ERR_BUSYGROUP,
  ERR_ELEMENTS_TOO_LARGE,
  ERR_ENTRIES_ADDED_NEGATIVE,
  ERR_ENTRIESREAD,
  ERR_INVALID_END_ID,
  ERR_INVALID_START_ID,
  ERR_INVALID_STREAM_ID,
  ERR_LIMIT_WITHOUT_APPROX,
  ERR_LIMIT_WITHOUT_STRATEGY,
  ERR_MAXLEN_MINID_TOGETHER,
  ERR_NO_SUCH_KEY,
  ERR_NOGROUP_BLOCKED,
  ERR_STREAM_EXHAUSTED,
  ERR_SYNTAX,
  ERR_TIMEOUT_NEGATIVE,
  ERR_TIMEOUT_NOT_INTEGER,
  ERR_UNBLOCKED_STREAM_DELETED,
  ERR_WRONGTYPE,
  ERR_XADD_ID_SMALLER,
  ERR_XADD_ID_ZERO,
  ERR_XADD_LIMIT_NEGATIVE,
  ERR_XADD_MAXLEN_NEGATIVE,
  ERR_XAUTOCLAIM_COUNT,
  ERR_XAUTOCLAIM_MIN_IDLE,
  ERR_XCLAIM_IDLE,
  ERR_XCLAIM_MIN_IDLE,
  ERR_XCLAIM_RETRYCOUNT,
  ERR_XCLAIM_TIME,
  ERR_XGROUP_KEY_MISSING,
  ERR_XREAD_GROUP_OPTION,
  ERR_XREAD_GT_ID,
  ERR_XREAD_NOACK_OPTION,
  ERR_XREAD_UNBALANCED,
  ERR_XREADGROUP_DOLLAR,
  ERR_XREADGROUP_MISSING_GROUP,
  ERR_XSETID_ENTRIES_ADDED,
  ERR_XSETID_SMALLER,
  ERR_XSETID_SMALLER_THAN_MAXDELETED,
  ERR_XTRIM_WITHOUT_STRATEGY,
  errBlockFromScript,
  errNoGroupForKey,
  errNoGroupKey,
  errNoGroupRead,
  errSubcommandSyntax,
  errWrongArity,
  errXclaimOption,
} from "../errors.ts";
import type { StreamID } from "../keyspace/streamid.ts";
import { decrId, formatId, ID_MAX, ID_ZERO, incrId, parseStreamId, streamId } from "../keyspace/streamid.ts";
import type { IdMap, StreamCG, StreamConsumer, StreamNACK, TrimArgs } from "../keyspace/stream.ts";
import {
  APPEND_EDOM,
  clearHits,
  consumersInOrder,
  createConsumer,
  deleteConsumer,
  hits,
  SCG_INVALID_ENTRIES_READ,
  StreamValue,
  TRIM_STRATEGY_MAXLEN,
  TRIM_STRATEGY_MINID,
  TRIM_STRATEGY_NONE,
  writeIdBulk,
  writePackedEntry,
} from "../keyspace/stream.ts";
import { helpReply, int64Arg, intArg, isKeyword } from "./util.ts";
import { lookupKeyRead, readTyped, writeTyped } from "../db/keys.ts";
import { rangeLongArg } from "../db/args.ts";

// ---------------------------------------------------------------------------------------------------------
// Arguments

/** streamParseStrictIDOrReply / streamParseIDOrReply: the ID, or null after the error. */
function idArg(c: Client, s: string, strict: boolean, missingSeq: 0 | "max" = 0): StreamID | null {
  const p = parseStreamId(s, strict, missingSeq);
  if (p === null) {
    c.error(ERR_INVALID_STREAM_ID);
    return null;
  }
  return p.id;
}

/** The strict IDs from argv[from] on (XDEL, XACK); null once one is invalid, with its error replied. */
function strictIdsArg(c: Client, argv: string[], from: number): StreamID[] | null {
  const ids: StreamID[] = [];
  for (let j = from; j < argv.length; j++) {
    const id = idArg(c, argv[j], true);
    if (id === null) return null;
    ids.push(id);
  }
  return ids;
}

/**
 * streamParseIntervalIDOrReply plus the increment/decrement of an exclusive bound (XRANGE, XPENDING,
 * XAUTOCLAIM): the inclusive ID, or null after the error.
 */
function intervalArg(c: Client, s: string, isStart: boolean): StreamID | null {
  const exclusive = s.length > 1 && s[0] === "(";
  const id = idArg(c, exclusive ? s.slice(1) : s, exclusive, isStart ? 0 : "max");
  if (id === null || !exclusive) return id;
  const moved = isStart ? incrId(id) : decrId(id);
  if (moved === null) c.error(isStart ? ERR_INVALID_START_ID : ERR_INVALID_END_ID);
  return moved;
}

/** The stream at key for a read: undefined when missing, null after WRONGTYPE. */
function readStream(c: Client, key: string): StreamValue | undefined | null {
  return readTyped<StreamValue>(c, key, "stream");
}

/** The stream at key for a write: undefined when missing, null after WRONGTYPE. */
function writeStream(c: Client, key: string): StreamValue | undefined | null {
  return writeTyped<StreamValue>(c, key, "stream");
}

// ---------------------------------------------------------------------------------------------------------
// Replies and propagation

/** One entry: [id, [field, value, ...]] (fv null: a PEL entry whose message is gone). */
function writeEntry(c: Client, id: StreamID, fv: string[] | null): void {
  const w = c.reply;
  w.array(2);
  w.bulk(formatId(id));
  if (fv === null) return w.nullArray();
  w.array(fv.length);
  for (let i = 0; i < fv.length; i++) w.bulk(fv[i]);
}

/** Where a group read propagates to: the key and group name as the client sent them (streamPropInfo). */
interface PropInfo {
  key: string;
  groupName: string;
}

/** streamPropagateXCLAIM: XCLAIM key group consumer 0 id TIME ms RETRYCOUNT n FORCE JUSTID LASTID last. */
function propagateXclaim(c: Client, key: string, cg: StreamCG, groupName: string, id: string, nack: StreamNACK): void {
  const prop = c.server.propagation;
  if (!prop.active) return;
  prop.also(c.db.id, [
    "XCLAIM",
    key,
    groupName,
    nack.consumer!.name,
    "0",
    id,
    "TIME",
    String(nack.deliveryTime),
    "RETRYCOUNT",
    String(nack.deliveryCount),
    "FORCE",
    "JUSTID",
    "LASTID",
    formatId(cg.lastId),
  ]);
}

/** streamPropagateGroupID: XGROUP SETID key group last ENTRIESREAD n. */
function propagateGroupId(c: Client, key: string, cg: StreamCG, groupName: string): void {
  const prop = c.server.propagation;
  if (!prop.active) return;
  prop.also(c.db.id, ["XGROUP", "SETID", key, groupName, formatId(cg.lastId), "ENTRIESREAD", String(cg.entriesRead)]);
}

/** streamPropagateConsumerCreation: XGROUP CREATECONSUMER key group consumer. */
function propagateConsumerCreation(c: Client, key: string, groupName: string, consumer: string): void {
  const prop = c.server.propagation;
  if (prop.active) prop.also(c.db.id, ["XGROUP", "CREATECONSUMER", key, groupName, consumer]);
}

/**
 * A group, consumer or PEL changed, which Redis signals to no one (no signalModifiedKey: WATCH and tracking
 * do not hear of it), but which changes the stream's size: the accounting measures it again.
 */
function groupsChanged(db: Db, key: string): void {
  db.refreshSize(key);
}

/** streamCreateConsumer with its signals: the event and a dirty write. */
function createConsumerNotify(c: Client, db: Db, cg: StreamCG, name: string, key: string): StreamConsumer | null {
  const consumer = createConsumer(cg, name, c.server.time);
  if (consumer === null) return null;
  c.server.dirty++;
  c.server.notifyKeyspaceEvent(NOTIFY_STREAM, "xgroup-createconsumer", key, db.id);
  groupsChanged(db, key);
  return consumer;
}

/** streamLookupConsumer, refreshing the seen time unless `noRefresh`. */
function lookupConsumer(c: Client, cg: StreamCG, name: string, noRefresh = false): StreamConsumer | null {
  const consumer = cg.consumers.get(name);
  if (consumer === undefined) return null;
  if (!noRefresh) consumer.seenTime = c.server.time;
  return consumer;
}

/**
 * streamReplyWithRange: the entries start..end (count 0: all), as an array. With a group, entries past
 * the group's last ID advance it and its read counter, and (unless noack) enter both PELs, each
 * propagated as an XCLAIM.
 */
function replyRange(
  c: Client,
  s: StreamValue,
  start: StreamID,
  end: StreamID,
  count: number,
  rev: boolean,
  group: StreamCG | null = null,
  consumer: StreamConsumer | null = null,
  noack = false,
  pi: PropInfo | null = null,
): number {
  if (rev) {
    const found: [StreamID, string[]][] = [];
    s.range(start, end, rev, (id, fv) => {
      found.push([id, fv]);
      return count === 0 || found.length < count;
    });
    c.reply.array(found.length);
    for (const [id, fv] of found) writeEntry(c, id, fv);
    return found.length;
  }
  // Forwards, entries of packed nodes are written from their bytes: no value strings or arrays made per
  // entry, and their ID string only when a group needs it.
  const n = s.collect(start, end, count);
  const w = c.reply;
  w.array(n);
  let propagateLastId = false;
  const now = c.server.time;
  for (let i = 0; i < n; i++) {
    const at = hits.at[i];
    if (at >= 0) writePackedEntry(w, hits.node[i], at, hits.ms[i], hits.seq[i], hits.id[i]);
    else writeEntry(c, hits.id[i]!, hits.fv[i]);
    if (group === null) continue;
    const id = hits.id[i] ?? streamId(hits.ms[i], hits.seq[i]);
    if (id > group.lastId) {
      if (group.entriesRead !== SCG_INVALID_ENTRIES_READ && !s.rangeHasTombstones(id, null)) {
        group.entriesRead++;
      } else if (s.entriesAdded) {
        group.entriesRead = s.estimateDistanceFromFirstEverEntry(id);
      }
      group.lastId = id;
      if (noack) propagateLastId = true;
    }
    if (!noack) {
      let nack = group.pel.get(id);
      if (nack === undefined) {
        nack = { deliveryTime: now, deliveryCount: 1, consumer };
        group.pel.set(id, nack);
        consumer!.pel.set(id, nack);
      } else {
        // Already pending (XGROUP SETID moved the group back): the entry changes hands.
        nack.consumer!.pel.delete(id);
        nack.consumer = consumer;
        nack.deliveryTime = now;
        nack.deliveryCount = 1;
        consumer!.pel.set(id, nack);
      }
      if (pi !== null) propagateXclaim(c, pi.key, group, pi.groupName, formatId(id), nack);
    }
  }
  clearHits();
  if (pi !== null && propagateLastId) propagateGroupId(c, pi.key, group!, pi.groupName);
  return n;
}

/** streamReplyWithRangeFromConsumerPEL: the consumer's own pending entries from start (XREADGROUP history). */
function replyConsumerPel(c: Client, s: StreamValue, start: StreamID, count: number, consumer: StreamConsumer): void {
  const ids = consumer.pel.take(start, count);
  c.reply.array(ids.length);
  for (const [id, nack] of ids) {
    const fv = s.get(id);
    writeEntry(c, id, fv);
    if (fv !== null) {
      nack.deliveryTime = c.server.time;
      nack.deliveryCount++;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// XADD, XTRIM

interface AddTrimArgs extends TrimArgs {
  id: StreamID | null;
  seqGiven: boolean;
  noMkstream: boolean;
  /** Index of the MAXLEN/MINID argument, for rewriting. */
  strategyArgIdx: number;
}

/** streamParseAddOrTrimArgsOrReply: the options, and for XADD the ID's position (-1 after an error). */
function parseAddTrim(c: Client, argv: string[], xadd: boolean, args: AddTrimArgs): number {
  let i = 2;
  let limitGiven = false;
  for (; i < argv.length; i++) {
    const moreargs = argv.length - 1 - i;
    const opt = argv[i];
    if (xadd && opt === "*") break;
    const maxlen = isKeyword(opt, "MAXLEN");
    if ((maxlen || isKeyword(opt, "MINID")) && moreargs) {
      if (args.strategy !== TRIM_STRATEGY_NONE) {
        c.error(ERR_MAXLEN_MINID_TOGETHER);
        return -1;
      }
      args.approx = false;
      const next = argv[i + 1];
      if (moreargs >= 2 && next === "~") {
        args.approx = true;
        i++;
      } else if (moreargs >= 2 && next === "=") {
        i++;
      }
      if (maxlen) {
        const n = intArg(c, argv[i + 1]);
        if (n === null) return -1;
        if (n < 0) {
          c.error(ERR_XADD_MAXLEN_NEGATIVE);
          return -1;
        }
        args.maxlen = n;
      } else {
        const id = idArg(c, argv[i + 1], true);
        if (id === null) return -1;
        args.minid = id;
      }
      i++;
      args.strategy = maxlen ? TRIM_STRATEGY_MAXLEN : TRIM_STRATEGY_MINID;
      args.strategyArgIdx = i;
    } else if (isKeyword(opt, "LIMIT") && moreargs) {
      const n = intArg(c, argv[i + 1]);
      if (n === null) return -1;
      if (n < 0) {
        c.error(ERR_XADD_LIMIT_NEGATIVE);
        return -1;
      }
      args.limit = n;
      limitGiven = true;
      i++;
    } else if (xadd && isKeyword(opt, "NOMKSTREAM")) {
      args.noMkstream = true;
    } else if (xadd) {
      const p = parseStreamId(opt, true, 0, true);
      if (p === null) {
        c.error(ERR_INVALID_STREAM_ID);
        return -1;
      }
      args.id = p.id;
      args.seqGiven = p.seqGiven;
      break;
    } else {
      c.error(ERR_SYNTAX);
      return -1;
    }
  }
  if (args.limit && args.strategy === TRIM_STRATEGY_NONE) {
    c.error(ERR_LIMIT_WITHOUT_STRATEGY);
    return -1;
  }
  if (!xadd && args.strategy === TRIM_STRATEGY_NONE) {
    c.error(ERR_XTRIM_WITHOUT_STRATEGY);
    return -1;
  }
  if (limitGiven) {
    if (!args.approx) {
      c.error(ERR_LIMIT_WITHOUT_APPROX);
      return -1;
    }
  } else if (args.approx) {
    // At most 100 nodes' worth of work per call, capped both ways.
    let limit = 100 * c.server.config.getNumber("stream-node-max-entries");
    if (limit <= 0) limit = 10000;
    if (limit > 1000000) limit = 1000000;
    args.limit = limit;
  } else {
    args.limit = 0;
  }
  return i;
}

/**
 * The options of the XADD or XTRIM being run, reset per call: one object for all (neither command runs
 * another while it holds them), so an XADD makes no garbage for its options.
 */
const addTrimArgs: AddTrimArgs = {
  strategy: TRIM_STRATEGY_NONE,
  approx: false,
  limit: 0,
  maxlen: 0,
  minid: ID_ZERO,
  id: null,
  seqGiven: true,
  noMkstream: false,
  strategyArgIdx: 0,
};

function newAddTrimArgs(): AddTrimArgs {
  const a = addTrimArgs;
  a.strategy = TRIM_STRATEGY_NONE;
  a.approx = false;
  a.limit = 0;
  a.maxlen = 0;
  a.minid = ID_ZERO;
  a.id = null;
  a.seqGiven = true;
  a.noMkstream = false;
  a.strategyArgIdx = 0;
  return a;
}

/**
 * After an approximate trim, what replays it exactly: `=` and the length left (MAXLEN) or the first ID
 * left, tombstones included, the greatest ID when none (MINID; streamGetEdgeID without skipping
 * tombstones), written into `out` (a copy of the argv being rewritten).
 */
function rewriteApproxTrim(s: StreamValue, args: AddTrimArgs, out: string[]): void {
  out[args.strategyArgIdx - 1] = "=";
  out[args.strategyArgIdx] = args.strategy === TRIM_STRATEGY_MAXLEN
    ? String(s.length)
    : formatId(s.nodes.length > 0 ? s.nodes[0].firstEntryId() : ID_MAX);
}

/** XADD key [NOMKSTREAM] [MAXLEN|MINID [=|~] threshold [LIMIT count]] *|id field value [field value ...] */
function xaddCommand(c: Client, argv: string[]): void {
  const args = newAddTrimArgs();
  const idpos = parseAddTrim(c, argv, true, args);
  if (idpos < 0) return;
  const fieldPos = idpos + 1;
  if (argv.length - fieldPos < 2 || (argv.length - fieldPos) % 2 === 1) return c.error(errWrongArity("xadd"));
  if (args.id !== null && args.seqGiven && args.id === ID_ZERO) return c.error(ERR_XADD_ID_ZERO);
  const db = c.db;
  const key = argv[1];
  let s = writeStream(c, key);
  if (s === null) return;
  if (s === undefined) {
    if (args.noMkstream) return c.reply.nullBulk();
    s = new StreamValue();
    db.store(key, s);
  }
  if (s.lastId === ID_MAX) return c.error(ERR_STREAM_EXHAUSTED);
  const config = c.server.config;
  const id = s.append(
    argv.slice(fieldPos),
    args.id,
    args.seqGiven,
    c.server.time,
    config.getNumber("stream-node-max-bytes"),
    config.getNumber("stream-node-max-entries"),
  );
  if (typeof id === "number") {
    // A new stream that could not take the entry stays in the keyspace, as in Redis.
    return c.error(id === APPEND_EDOM ? ERR_XADD_ID_SMALLER : ERR_ELEMENTS_TOO_LARGE);
  }
  const server = c.server;
  // What replays it (only built when something consumes propagation).
  const propagating = server.propagation.active;
  // The reply is written from the ID's parts; its text is made only for the propagated command.
  writeIdBulk(c.reply, id);
  server.signalModifiedKey(db, key);
  server.notifyKeyspaceEvent(NOTIFY_STREAM, "xadd", key, db.id);
  server.dirty++;
  let rewritten: string[] | null = null;
  if (args.strategy !== TRIM_STRATEGY_NONE) {
    if (s.trim(args)) server.notifyKeyspaceEvent(NOTIFY_STREAM, "xtrim", key, db.id);
    if (args.approx && propagating) rewriteApproxTrim(s, args, rewritten = argv.slice());
  }
  if (propagating && (args.id === null || !args.seqGiven)) (rewritten ??= argv.slice())[idpos] = formatId(id);
  if (rewritten !== null) server.propagation.rewrite(rewritten);
  server.signalKeyAsReady(db, key);
}

/** XTRIM key MAXLEN|MINID [=|~] threshold [LIMIT count] */
function xtrimCommand(c: Client, argv: string[]): void {
  const args = newAddTrimArgs();
  if (parseAddTrim(c, argv, false, args) < 0) return;
  const s = writeStream(c, argv[1]);
  if (s === null) return;
  if (s === undefined) return c.reply.integer(0);
  const deleted = s.trim(args);
  if (deleted) {
    const server = c.server;
    const db = c.db;
    server.notifyKeyspaceEvent(NOTIFY_STREAM, "xtrim", argv[1], db.id);
    if (args.approx) {
      const out = argv.slice();
      rewriteApproxTrim(s, args, out);
      server.propagation.rewrite(out);
    }
    server.signalModifiedKey(db, argv[1]);
    server.dirty += deleted;
  }
  c.reply.integer(deleted);
}

// ---------------------------------------------------------------------------------------------------------
// XRANGE, XREVRANGE, XLEN, XDEL

/** XRANGE key start end [COUNT count], XREVRANGE key end start [COUNT count] (xrangeGenericCommand) */
function xrangeGeneric(c: Client, argv: string[], rev: boolean): void {
  const start = intervalArg(c, rev ? argv[3] : argv[2], true);
  if (start === null) return;
  const end = intervalArg(c, rev ? argv[2] : argv[3], false);
  if (end === null) return;
  let count = -1;
  for (let j = 4; j < argv.length; j++) {
    if (isKeyword(argv[j], "COUNT") && j + 1 < argv.length) {
      const n = intArg(c, argv[++j]);
      if (n === null) return;
      count = n < 0 ? 0 : n;
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  const s = readStream(c, argv[1]);
  if (s === null) return;
  if (s === undefined) return c.reply.array(0);
  if (count === 0) return c.reply.nullArray();
  replyRange(c, s, start, end, count === -1 ? 0 : count, rev);
}

/** XLEN key */
function xlenCommand(c: Client, argv: string[]): void {
  const s = readStream(c, argv[1]);
  if (s === null) return;
  c.reply.integer(s === undefined ? 0 : s.length);
}

/** XDEL key id [id ...] */
function xdelCommand(c: Client, argv: string[]): void {
  const s = writeStream(c, argv[1]);
  if (s === null) return;
  if (s === undefined) return c.reply.integer(0);
  const ids = strictIdsArg(c, argv, 2);
  if (ids === null) return;
  let deleted = 0;
  let firstEntry = false;
  for (const id of ids) {
    if (!s.delete(id)) continue;
    if (id === s.firstId) firstEntry = true;
    if (id > s.maxDeletedId) s.maxDeletedId = id;
    deleted++;
  }
  if (deleted) {
    if (s.length === 0) s.firstId = ID_ZERO;
    else if (firstEntry) s.firstId = s.edgeId(true)!;
    const server = c.server;
    server.signalModifiedKey(c.db, argv[1]);
    server.notifyKeyspaceEvent(NOTIFY_STREAM, "xdel", argv[1], c.db.id);
    server.dirty += deleted;
  }
  c.reply.integer(deleted);
}

// ---------------------------------------------------------------------------------------------------------
// XREAD, XREADGROUP

/** XREAD with no COUNT that blocks is served at most this many entries (XREAD_BLOCKED_DEFAULT_COUNT). */
const XREAD_BLOCKED_DEFAULT_COUNT = 1000;

/** getTimeoutFromObjectOrReply in milliseconds (7.0 has no upper bound): the timeout (0 = forever), or null after the error. */
function msTimeoutArg(c: Client, s: string): number | null {
  const t = int64Arg(c, s, ERR_TIMEOUT_NOT_INTEGER);
  if (t === null) return null;
  if (t < 0) {
    c.error(ERR_TIMEOUT_NEGATIVE);
    return null;
  }
  return Number(t);
}

/** What an XREADGROUP serves: the group for one key, and its consumer. */
interface GroupRead {
  groupName: string;
  consumerName: string;
  noack: boolean;
}

/**
 * Serves one key of an XREAD/XREADGROUP: writes [key, entries] (as a map entry in RESP3) after the
 * `header` callback, which writes the outer length the first time. `gt`: entries after this ID.
 */
function serveKey(
  c: Client,
  s: StreamValue,
  key: string,
  gt: StreamID,
  count: number,
  cg: StreamCG | null,
  gr: GroupRead | null,
  history: boolean,
): void {
  if (c.proto === 2) c.reply.array(2);
  c.reply.bulk(key);
  let consumer: StreamConsumer | null = null;
  const pi: PropInfo | null = gr === null ? null : { key, groupName: gr.groupName };
  if (cg !== null && gr !== null) {
    consumer = lookupConsumer(c, cg, gr.consumerName);
    if (consumer === null) {
      consumer = createConsumerNotify(c, c.db, cg, gr.consumerName, key)!;
      if (gr.noack) propagateConsumerCreation(c, key, gr.groupName, consumer.name);
    }
  }
  const start = incrId(gt) ?? ID_MAX;
  if (cg !== null && history) {
    replyConsumerPel(c, s, start, count, consumer!);
  } else {
    replyRange(c, s, start, ID_MAX, count, false, cg, consumer, gr?.noack ?? false, pi);
    if (cg !== null) groupsChanged(c.db, key);
  }
}

/**
 * XREAD [COUNT count] [BLOCK milliseconds] STREAMS key [key ...] id [id ...]
 * XREADGROUP GROUP group consumer [COUNT count] [BLOCK milliseconds] [NOACK] STREAMS key [key ...] id [id ...]
 * (xreadCommand)
 */
function xreadGeneric(c: Client, argv: string[], xreadgroup: boolean): void {
  let timeout = -1;
  let count = 0;
  let streamsArg = 0;
  let streamsCount = 0;
  let noack = false;
  let groupName: string | null = null;
  let consumerName = "";
  const name = argv[0];
  for (let i = 1; i < argv.length; i++) {
    const moreargs = argv.length - i - 1;
    const o = argv[i];
    if (isKeyword(o, "BLOCK") && moreargs) {
      if ((c.flags & CLIENT_DENY_BLOCKING) !== 0 && c.multi === null) return c.error(errBlockFromScript(name));
      i++;
      const t = msTimeoutArg(c, argv[i]);
      if (t === null) return;
      timeout = t;
    } else if (isKeyword(o, "COUNT") && moreargs) {
      i++;
      const n = intArg(c, argv[i]);
      if (n === null) return;
      count = n < 0 ? 0 : n;
    } else if (isKeyword(o, "STREAMS") && moreargs) {
      streamsArg = i + 1;
      streamsCount = argv.length - streamsArg;
      if (streamsCount % 2 !== 0) return c.error(ERR_XREAD_UNBALANCED);
      streamsCount /= 2;
      break;
    } else if (isKeyword(o, "GROUP") && moreargs >= 2) {
      if (!xreadgroup) return c.error(ERR_XREAD_GROUP_OPTION);
      groupName = argv[i + 1];
      consumerName = argv[i + 2];
      i += 2;
    } else if (isKeyword(o, "NOACK")) {
      if (!xreadgroup) return c.error(ERR_XREAD_NOACK_OPTION);
      noack = true;
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  if (streamsArg === 0) return c.error(ERR_SYNTAX);
  if (xreadgroup && groupName === null) return c.error(ERR_XREADGROUP_MISSING_GROUP);
  // The command itself is never propagated: what it did to groups is, as XCLAIM/XGROUP writes.
  c.server.propagation.prevent();

  const keys = argv.slice(streamsArg, streamsArg + streamsCount);
  const ids: StreamID[] = [];
  const groups: (StreamCG | null)[] = [];
  for (let k = 0; k < streamsCount; k++) {
    const key = keys[k];
    const arg = argv[streamsArg + streamsCount + k];
    const v = lookupKeyRead(c, key);
    if (v !== undefined && (typeof v === "string" || v.type !== "stream")) return c.error(ERR_WRONGTYPE);
    const s = v as StreamValue | undefined;
    let cg: StreamCG | null = null;
    if (groupName !== null) {
      cg = s?.group(groupName) ?? null;
      if (cg === null) return c.error(errNoGroupRead(key, groupName));
    }
    groups.push(cg);
    if (arg === "$") {
      if (xreadgroup) return c.error(ERR_XREADGROUP_DOLLAR);
      ids.push(s !== undefined ? s.lastId : ID_ZERO);
      continue;
    }
    if (arg === ">") {
      if (!xreadgroup) return c.error(ERR_XREAD_GT_ID);
      // The greatest ID stands for ">": the group's last ID is read when serving.
      ids.push(ID_MAX);
      continue;
    }
    const id = idArg(c, arg, true);
    if (id === null) return;
    ids.push(id);
  }

  const gr: GroupRead | null = groupName === null ? null : { groupName, consumerName, noack };
  const serve: (() => void)[] = [];
  for (let k = 0; k < streamsCount; k++) {
    const v = c.db.lookup(keys[k]);
    if (v === undefined) continue;
    const s = v as StreamValue;
    let gt = ids[k];
    let history = false;
    let now = false;
    const cg = groups[k];
    if (cg !== null) {
      if (gt !== ID_MAX) {
        now = true;
        history = true;
      } else if (s.length && s.lastValidId() > cg.lastId) {
        now = true;
        gt = cg.lastId;
      }
    } else if (s.length && s.lastValidId() > gt) {
      now = true;
    }
    if (now) {
      const key = keys[k];
      serve.push(() => {
        serveKey(c, s, key, gt, count, cg, gr, history);
        if (cg !== null) c.server.dirty++;
      });
    }
  }
  if (serve.length > 0) {
    if (c.proto === 2) c.reply.array(serve.length);
    else c.reply.map(serve.length);
    for (const f of serve) f();
    return;
  }
  if (timeout === -1) return c.reply.nullArray();
  if ((c.flags & CLIENT_DENY_BLOCKING) !== 0 || c.multi !== null) return c.reply.nullArray();
  blockOnStreams(c, keys, ids, count ? count : XREAD_BLOCKED_DEFAULT_COUNT, timeout, gr);
}

/** blockForKeys(BLOCKED_STREAM) and serveClientsBlockedOnStreamKey / unblockDeletedStreamReadgroupClients. */
function blockOnStreams(
  c: Client,
  keys: string[],
  ids: StreamID[],
  count: number,
  timeout: number,
  gr: GroupRead | null,
): void {
  const retry = (readyKey?: string): boolean => {
    const db = c.db;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (readyKey !== undefined && key !== readyKey) continue;
      const v = db.peek(key);
      if (v === undefined || typeof v === "string" || v.type !== "stream") {
        if (gr === null) continue;
        c.error(ERR_UNBLOCKED_STREAM_DELETED);
        return true;
      }
      const s = v as StreamValue;
      let gt = ids[k];
      let cg: StreamCG | null = null;
      if (gr !== null) {
        cg = s.group(gr.groupName);
        if (cg === null) {
          c.error(ERR_NOGROUP_BLOCKED);
          return true;
        }
        gt = cg.lastId;
      }
      if (s.lastId > gt) {
        if (c.proto === 2) c.reply.array(1);
        else c.reply.map(1);
        serveKey(c, s, key, gt, count, cg, gr, false);
        return true;
      }
    }
    return false;
  };
  c.server.blocking.block(c, c.db, keys, timeout, retry, () => c.reply.nullArray());
}

// ---------------------------------------------------------------------------------------------------------
// XGROUP, XSETID

const XGROUP_HELP = [
  "CREATE <key> <groupname> <id|$> [option]",
  "    Create a new consumer group. Options are:",
  "    * MKSTREAM",
  "      Create the empty stream if it does not exist.",
  "    * ENTRIESREAD entries_read",
  "      Set the group's entries_read counter (internal use).",
  "CREATECONSUMER <key> <groupname> <consumer>",
  "    Create a new consumer in the specified group.",
  "DELCONSUMER <key> <groupname> <consumer>",
  "    Remove the specified consumer.",
  "DESTROY <key> <groupname>",
  "    Remove the specified group.",
  "SETID <key> <groupname> <id|$> [ENTRIESREAD entries_read]",
  "    Set the current group ID and entries_read counter.",
];

/** What every XGROUP subcommand but HELP resolves first (the shared prologue of xgroupCommand). */
interface XgroupTarget {
  s: StreamValue | undefined;
  cg: StreamCG | null;
  mkstream: boolean;
  entriesRead: number;
}

/** Parses CREATE/SETID options and resolves key and group; null after an error. */
function xgroupPrologue(c: Client, argv: string[], sub: string): XgroupTarget | null {
  const create = sub === "create";
  const setid = sub === "setid";
  let mkstream = false;
  let entriesRead = SCG_INVALID_ENTRIES_READ;
  for (let i = 5; i < argv.length;) {
    if (create && isKeyword(argv[i], "MKSTREAM")) {
      mkstream = true;
      i++;
    } else if ((create || setid) && isKeyword(argv[i], "ENTRIESREAD") && i + 1 < argv.length) {
      const n = intArg(c, argv[i + 1]);
      if (n === null) return null;
      if (n < 0 && n !== SCG_INVALID_ENTRIES_READ) {
        c.error(ERR_ENTRIESREAD);
        return null;
      }
      entriesRead = n;
      i += 2;
    } else {
      c.error(errSubcommandSyntax(argv[1], "xgroup"));
      return null;
    }
  }
  const s = writeStream(c, argv[2]);
  if (s === null) return null;
  let cg: StreamCG | null = null;
  if (!mkstream) {
    if (s === undefined) {
      c.error(ERR_XGROUP_KEY_MISSING);
      return null;
    }
    cg = s.group(argv[3]);
    if (cg === null && (setid || sub === "createconsumer" || sub === "delconsumer")) {
      c.error(errNoGroupForKey(argv[3], argv[2]));
      return null;
    }
  } else if (s !== undefined) {
    cg = s.group(argv[3]);
  }
  return { s, cg, mkstream, entriesRead };
}

/** XGROUP CREATE key group id|$ [MKSTREAM] [ENTRIESREAD entries-read] */
function xgroupCreateCommand(c: Client, argv: string[]): void {
  const t = xgroupPrologue(c, argv, "create");
  if (t === null) return;
  if (argv.length > 8) return c.error(errSubcommandSyntax(argv[1], "xgroup"));
  let s = t.s;
  let id: StreamID;
  if (argv[4] === "$") id = s !== undefined ? s.lastId : ID_ZERO;
  else {
    const p = idArg(c, argv[4], true);
    if (p === null) return;
    id = p;
  }
  const db = c.db;
  const server = c.server;
  if (s === undefined) {
    s = new StreamValue();
    db.store(argv[2], s);
    server.signalModifiedKey(db, argv[2]);
  }
  if (s.createGroup(argv[3], id, t.entriesRead) === null) return c.error(ERR_BUSYGROUP);
  c.reply.ok();
  server.dirty++;
  server.notifyKeyspaceEvent(NOTIFY_STREAM, "xgroup-create", argv[2], db.id);
}

/** XGROUP SETID key group id|$ [ENTRIESREAD entries-read] */
function xgroupSetidCommand(c: Client, argv: string[]): void {
  if (argv.length !== 5 && argv.length !== 7) {
    // Redis parses the options first: a bad option is reported before the count is.
    if (xgroupPrologue(c, argv, "setid") === null) return;
    return c.error(errSubcommandSyntax(argv[1], "xgroup"));
  }
  const t = xgroupPrologue(c, argv, "setid");
  if (t === null) return;
  const s = t.s!;
  const cg = t.cg!;
  let id: StreamID;
  if (argv[4] === "$") id = s.lastId;
  else {
    const p = idArg(c, argv[4], false);
    if (p === null) return;
    id = p;
  }
  cg.lastId = id;
  cg.entriesRead = t.entriesRead;
  c.reply.ok();
  c.server.dirty++;
  c.server.notifyKeyspaceEvent(NOTIFY_STREAM, "xgroup-setid", argv[2], c.db.id);
}

/** XGROUP DESTROY key group */
function xgroupDestroyCommand(c: Client, argv: string[]): void {
  const t = xgroupPrologue(c, argv, "destroy");
  if (t === null) return;
  if (t.cg === null) return c.reply.integer(0);
  t.s!.groups!.delete(argv[3]);
  groupsChanged(c.db, argv[2]);
  c.reply.integer(1);
  const server = c.server;
  server.dirty++;
  server.notifyKeyspaceEvent(NOTIFY_STREAM, "xgroup-destroy", argv[2], c.db.id);
  // XREADGROUP clients blocked on the group get -NOGROUP.
  server.signalKeyAsReady(c.db, argv[2]);
}

/** XGROUP CREATECONSUMER key group consumer */
function xgroupCreateConsumerCommand(c: Client, argv: string[]): void {
  const t = xgroupPrologue(c, argv, "createconsumer");
  if (t === null) return;
  c.reply.integer(createConsumerNotify(c, c.db, t.cg!, argv[4], argv[2]) !== null ? 1 : 0);
}

/** XGROUP DELCONSUMER key group consumer */
function xgroupDelConsumerCommand(c: Client, argv: string[]): void {
  const t = xgroupPrologue(c, argv, "delconsumer");
  if (t === null) return;
  const cg = t.cg!;
  const consumer = lookupConsumer(c, cg, argv[4], true);
  let pending = 0;
  if (consumer !== null) {
    pending = consumer.pel.size;
    deleteConsumer(cg, consumer);
    groupsChanged(c.db, argv[2]);
    c.server.dirty++;
    c.server.notifyKeyspaceEvent(NOTIFY_STREAM, "xgroup-delconsumer", argv[2], c.db.id);
  }
  c.reply.integer(pending);
}

/** XSETID key last-id [ENTRIESADDED entries-added] [MAXDELETEDID max-deleted-id] */
function xsetidCommand(c: Client, argv: string[]): void {
  const id = idArg(c, argv[2], true);
  if (id === null) return;
  let entriesAdded = -1;
  let maxXdelId = ID_ZERO;
  for (let i = 3; i < argv.length; i += 2) {
    const moreargs = argv.length - 1 - i;
    if (isKeyword(argv[i], "ENTRIESADDED") && moreargs) {
      const n = intArg(c, argv[i + 1]);
      if (n === null) return;
      if (n < 0) return c.error(ERR_ENTRIES_ADDED_NEGATIVE);
      entriesAdded = n;
    } else if (isKeyword(argv[i], "MAXDELETEDID") && moreargs) {
      const m = idArg(c, argv[i + 1], true);
      if (m === null) return;
      if (id < m) return c.error(ERR_XSETID_SMALLER_THAN_MAXDELETED);
      maxXdelId = m;
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  const s = writeStream(c, argv[1]);
  if (s === null) return;
  if (s === undefined) return c.error(ERR_NO_SUCH_KEY);
  if (s.length > 0) {
    if (id < s.lastValidId()) return c.error(ERR_XSETID_SMALLER);
    if (entriesAdded !== -1 && s.length > entriesAdded) return c.error(ERR_XSETID_ENTRIES_ADDED);
  }
  s.lastId = id;
  if (entriesAdded !== -1) s.entriesAdded = entriesAdded;
  if (maxXdelId !== ID_ZERO) s.maxDeletedId = maxXdelId;
  c.reply.ok();
  c.server.dirty++;
  c.server.notifyKeyspaceEvent(NOTIFY_STREAM, "xsetid", argv[1], c.db.id);
}

// ---------------------------------------------------------------------------------------------------------
// XACK, XPENDING, XCLAIM, XAUTOCLAIM

/** XACK key group id [id ...] */
function xackCommand(c: Client, argv: string[]): void {
  const s = readStream(c, argv[1]);
  if (s === null) return;
  const cg = s?.group(argv[2]) ?? null;
  if (cg === null) return c.reply.integer(0);
  const ids = strictIdsArg(c, argv, 3);
  if (ids === null) return;
  let acknowledged = 0;
  for (const id of ids) {
    const nack = cg.pel.get(id);
    if (nack === undefined) continue;
    cg.pel.delete(id);
    nack.consumer!.pel.delete(id);
    acknowledged++;
    c.server.dirty++;
  }
  if (acknowledged) groupsChanged(c.db, argv[1]);
  c.reply.integer(acknowledged);
}

/** XPENDING key group [[IDLE min-idle-time] start end count [consumer]] */
function xpendingCommand(c: Client, argv: string[]): void {
  const justinfo = argv.length === 3;
  if (argv.length !== 3 && (argv.length < 6 || argv.length > 9)) return c.error(ERR_SYNTAX);
  let start = ID_ZERO;
  let end = ID_MAX;
  let count = 0;
  let minidle = 0;
  let consumerName: string | null = null;
  if (argv.length >= 6) {
    let startidx = 3;
    if (isKeyword(argv[3], "IDLE")) {
      const n = intArg(c, argv[4]);
      if (n === null) return;
      minidle = n;
      if (argv.length < 8) return c.error(ERR_SYNTAX);
      startidx += 2;
    }
    const n = intArg(c, argv[startidx + 2]);
    if (n === null) return;
    count = n < 0 ? 0 : n;
    const st = intervalArg(c, argv[startidx], true);
    if (st === null) return;
    const en = intervalArg(c, argv[startidx + 1], false);
    if (en === null) return;
    start = st;
    end = en;
    if (startidx + 3 < argv.length) consumerName = argv[startidx + 3];
  }
  const s = readStream(c, argv[1]);
  if (s === null) return;
  const cg = s?.group(argv[2]) ?? null;
  if (cg === null) return c.error(errNoGroupKey(argv[1], argv[2]));
  const w = c.reply;
  if (justinfo) {
    w.array(4);
    w.integer(cg.pel.size);
    if (cg.pel.size === 0) {
      w.nullBulk();
      w.nullBulk();
      w.nullArray();
      return;
    }
    w.bulk(formatId(cg.pel.first()!));
    w.bulk(formatId(cg.pel.last()!));
    const withPending = consumersInOrder(cg).filter((x) => x.pel.size > 0);
    w.array(withPending.length);
    for (const x of withPending) {
      w.array(2);
      w.bulk(x.name);
      w.bulk(String(x.pel.size));
    }
    return;
  }
  let pel = cg.pel;
  if (consumerName !== null) {
    const consumer = lookupConsumer(c, cg, consumerName, true);
    if (consumer === null) return w.array(0);
    pel = consumer.pel;
  }
  const now = c.server.time;
  const rows: [StreamID, StreamNACK][] = [];
  if (count) {
    for (const [id, nack] of pel.from(start)) {
      if (id > end) break;
      if (minidle && now - nack.deliveryTime < minidle) continue;
      rows.push([id, nack]);
      if (rows.length === count) break;
    }
  }
  w.array(rows.length);
  for (const [id, nack] of rows) {
    w.array(4);
    w.bulk(formatId(id));
    w.bulk(nack.consumer!.name);
    const elapsed = now - nack.deliveryTime;
    w.integer(elapsed < 0 ? 0 : elapsed);
    w.integer(nack.deliveryCount);
  }
}

/** Removes a NACK from both PELs. */
function dropNack(cg: StreamCG, id: StreamID, nack: StreamNACK): void {
  cg.pel.delete(id);
  nack.consumer?.pel.delete(id);
}

/** Gives a pending entry to `consumer` (the part XCLAIM and XAUTOCLAIM share). */
function claimNack(cg: StreamCG, id: StreamID, nack: StreamNACK, consumer: StreamConsumer): void {
  if (nack.consumer !== consumer) {
    nack.consumer?.pel.delete(id);
    consumer.pel.set(id, nack);
    nack.consumer = consumer;
  }
  if (!cg.pel.has(id)) cg.pel.set(id, nack);
}

/** XCLAIM key group consumer min-idle-time id [id ...] [IDLE ms] [TIME unix-time-ms] [RETRYCOUNT count] [FORCE] [JUSTID] [LASTID lastid] */
function xclaimCommand(c: Client, argv: string[]): void {
  const s = readStream(c, argv[1]);
  if (s === null) return;
  const cg = s?.group(argv[2]) ?? null;
  if (s === undefined || cg === null) return c.error(errNoGroupKey(argv[1], argv[2]));
  const mi = intArg(c, argv[4], ERR_XCLAIM_MIN_IDLE);
  if (mi === null) return;
  const minidle = mi < 0 ? 0 : mi;
  const ids: StreamID[] = [];
  let j = 5;
  for (; j < argv.length; j++) {
    const p = parseStreamId(argv[j], true, 0);
    if (p === null) break;
    ids.push(p.id);
  }
  const now = c.server.time;
  let retrycount = -1;
  let deliverytime = -1;
  let force = false;
  let justid = false;
  let lastId = ID_ZERO;
  for (; j < argv.length; j++) {
    const moreargs = argv.length - 1 - j;
    const opt = argv[j];
    if (isKeyword(opt, "FORCE")) force = true;
    else if (isKeyword(opt, "JUSTID")) justid = true;
    else if (isKeyword(opt, "IDLE") && moreargs) {
      const n = intArg(c, argv[++j], ERR_XCLAIM_IDLE);
      if (n === null) return;
      deliverytime = now - n;
    } else if (isKeyword(opt, "TIME") && moreargs) {
      const n = intArg(c, argv[++j], ERR_XCLAIM_TIME);
      if (n === null) return;
      deliverytime = n;
    } else if (isKeyword(opt, "RETRYCOUNT") && moreargs) {
      const n = intArg(c, argv[++j], ERR_XCLAIM_RETRYCOUNT);
      if (n === null) return;
      retrycount = n;
    } else if (isKeyword(opt, "LASTID") && moreargs) {
      const id = idArg(c, argv[++j], true);
      if (id === null) return;
      lastId = id;
    } else {
      return c.error(errXclaimOption(opt));
    }
  }
  const server = c.server;
  server.propagation.prevent();
  let propagateLastId = false;
  if (lastId > cg.lastId) {
    cg.lastId = lastId;
    propagateLastId = true;
  }
  if (deliverytime !== -1) {
    if (deliverytime < 0 || deliverytime > now) deliverytime = now;
  } else {
    deliverytime = now;
  }
  let consumer: StreamConsumer | null = null;
  const out: (() => void)[] = [];
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    const idText = argv[5 + k];
    let nack = cg.pel.get(id);
    const fv = s.get(id);
    if (fv === null) {
      if (nack !== undefined) {
        propagateXclaim(c, argv[1], cg, argv[2], idText, nack);
        propagateLastId = false;
        server.dirty++;
        dropNack(cg, id, nack);
      }
      continue;
    }
    if (force && nack === undefined) {
      nack = { deliveryTime: now, deliveryCount: 1, consumer: null };
      cg.pel.set(id, nack);
    }
    if (nack === undefined) continue;
    if (nack.consumer !== null && minidle && now - nack.deliveryTime < minidle) continue;
    consumer ??= lookupConsumer(c, cg, argv[3]) ?? createConsumerNotify(c, c.db, cg, argv[3], argv[1])!;
    nack.deliveryTime = deliverytime;
    if (retrycount >= 0) nack.deliveryCount = retrycount;
    else if (!justid) nack.deliveryCount++;
    claimNack(cg, id, nack, consumer);
    out.push(justid ? () => c.reply.bulk(formatId(id)) : () => writeEntry(c, id, fv));
    propagateXclaim(c, argv[1], cg, argv[2], idText, nack);
    propagateLastId = false;
    server.dirty++;
  }
  if (propagateLastId) {
    propagateGroupId(c, argv[1], cg, argv[2]);
    server.dirty++;
  }
  groupsChanged(c.db, argv[1]);
  c.reply.array(out.length);
  for (const f of out) f();
}

/** XAUTOCLAIM key group consumer min-idle-time start [COUNT count] [JUSTID] */
function xautoclaimCommand(c: Client, argv: string[]): void {
  const mi = intArg(c, argv[4], ERR_XAUTOCLAIM_MIN_IDLE);
  if (mi === null) return;
  const minidle = mi < 0 ? 0 : mi;
  const start = intervalArg(c, argv[5], true);
  if (start === null) return;
  let count = 100;
  let justid = false;
  for (let j = 6; j < argv.length; j++) {
    const moreargs = argv.length - 1 - j;
    if (isKeyword(argv[j], "COUNT") && moreargs) {
      // LONG_MAX / max(sizeof(streamID), attempts_factor): the deleted-ID buffer must be allocatable.
      const n = rangeLongArg(c, argv[j + 1], 1n, 576460752303423487n, ERR_XAUTOCLAIM_COUNT);
      if (n === null) return;
      count = n;
      j++;
    } else if (isKeyword(argv[j], "JUSTID")) {
      justid = true;
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  const s = readStream(c, argv[1]);
  if (s === null) return;
  const cg = s?.group(argv[2]) ?? null;
  if (s === undefined || cg === null) return c.error(errNoGroupKey(argv[1], argv[2]));
  const server = c.server;
  server.propagation.prevent();
  let attempts = count * 10;
  const now = server.time;
  const deleted: StreamID[] = [];
  const out: (() => void)[] = [];
  let consumer: StreamConsumer | null = null;
  let i = cg.pel.lowerBound(start);
  while (attempts-- > 0 && count > 0 && i < cg.pel.size) {
    const id = cg.pel.keyAt(i);
    const nack = cg.pel.get(id)!;
    const fv = s.get(id);
    if (fv === null) {
      propagateXclaim(c, argv[1], cg, argv[2], formatId(id), nack);
      server.dirty++;
      dropNack(cg, id, nack);
      deleted.push(id);
      count--;
      continue;
    }
    i++;
    if (minidle && now - nack.deliveryTime < minidle) continue;
    consumer ??= lookupConsumer(c, cg, argv[3]) ?? createConsumerNotify(c, c.db, cg, argv[3], argv[1])!;
    nack.deliveryTime = now;
    if (!justid) nack.deliveryCount++;
    claimNack(cg, id, nack, consumer);
    out.push(justid ? () => c.reply.bulk(formatId(id)) : () => writeEntry(c, id, fv));
    count--;
    propagateXclaim(c, argv[1], cg, argv[2], formatId(id), nack);
    server.dirty++;
  }
  groupsChanged(c.db, argv[1]);
  const w = c.reply;
  w.array(3);
  w.bulk(formatId(i < cg.pel.size ? cg.pel.keyAt(i) : ID_ZERO));
  w.array(out.length);
  for (const f of out) f();
  w.array(deleted.length);
  for (const id of deleted) w.bulk(formatId(id));
}

// ---------------------------------------------------------------------------------------------------------
// XINFO

const XINFO_HELP = [
  "CONSUMERS <key> <groupname>",
  "    Show consumers of <groupname>.",
  "GROUPS <key>",
  "    Show the stream consumer groups.",
  "STREAM <key> [FULL [COUNT <count>]",
  "    Show information about the stream.",
];

/** The stream for an XINFO subcommand (ERR no such key when missing). */
function xinfoStream(c: Client, key: string): StreamValue | null {
  const s = readStream(c, key);
  if (s === undefined) c.error(ERR_NO_SUCH_KEY);
  return s ?? null;
}

/** A group's lag, or a null (streamReplyWithCGLag). */
function replyLag(c: Client, s: StreamValue, cg: StreamCG): void {
  const lag = s.groupLag(cg);
  if (lag === null) c.reply.nullBulk();
  else c.reply.integer(lag);
}

function replyEntriesRead(c: Client, cg: StreamCG): void {
  if (cg.entriesRead !== SCG_INVALID_ENTRIES_READ) c.reply.integer(cg.entriesRead);
  else c.reply.nullBulk();
}

/** XINFO STREAM FULL's pending lists: up to `count` (0: all) of [id, [consumer,] delivery time, deliveries]. */
function replyPendingRows(c: Client, pel: IdMap<StreamNACK>, count: number, withConsumer: boolean): void {
  const w = c.reply;
  const rows = pel.take(ID_ZERO, count);
  w.array(rows.length);
  for (const [id, nack] of rows) {
    w.array(withConsumer ? 4 : 3);
    w.bulk(formatId(id));
    if (withConsumer) w.bulk(nack.consumer!.name);
    w.integer(nack.deliveryTime);
    w.integer(nack.deliveryCount);
  }
}

/** XINFO STREAM key [FULL [COUNT count]] (xinfoReplyWithStreamInfo) */
function xinfoStreamCommand(c: Client, argv: string[]): void {
  const s = xinfoStream(c, argv[2]);
  if (s === null) return;
  const optc = argv.length - 3;
  let full = true;
  let count = 10;
  if (optc === 0) full = false;
  else {
    if ((optc !== 1 && optc !== 3) || !isKeyword(argv[3], "FULL")) {
      return c.error(errSubcommandSyntax(argv[1], "xinfo"));
    }
    if (optc === 3) {
      if (!isKeyword(argv[4], "COUNT")) return c.error(errSubcommandSyntax(argv[1], "xinfo"));
      const n = intArg(c, argv[5]);
      if (n === null) return;
      count = n < 0 ? 10 : n;
    }
  }
  const w = c.reply;
  w.map(full ? 9 : 10);
  w.bulk("length");
  w.integer(s.length);
  w.bulk("radix-tree-keys");
  w.integer(s.nodeCount);
  w.bulk("radix-tree-nodes");
  w.integer(s.radixTreeNodes());
  w.bulk("last-generated-id");
  w.bulk(formatId(s.lastId));
  w.bulk("max-deleted-entry-id");
  w.bulk(formatId(s.maxDeletedId));
  w.bulk("entries-added");
  w.integer(s.entriesAdded);
  w.bulk("recorded-first-entry-id");
  w.bulk(formatId(s.firstId));
  if (!full) {
    w.bulk("groups");
    w.integer(s.groupCount);
    for (const [label, rev] of [["first-entry", false], ["last-entry", true]] as const) {
      w.bulk(label);
      let emitted = false;
      s.range(ID_ZERO, ID_MAX, rev, (id, fv) => {
        writeEntry(c, id, fv);
        emitted = true;
        return false;
      });
      if (!emitted) w.nullBulk();
    }
    return;
  }
  w.bulk("entries");
  replyRange(c, s, ID_ZERO, ID_MAX, count, false);
  w.bulk("groups");
  const groups = s.groupsInOrder();
  w.array(groups.length);
  for (const cg of groups) {
    w.map(7);
    w.bulk("name");
    w.bulk(cg.name);
    w.bulk("last-delivered-id");
    w.bulk(formatId(cg.lastId));
    w.bulk("entries-read");
    replyEntriesRead(c, cg);
    w.bulk("lag");
    replyLag(c, s, cg);
    w.bulk("pel-count");
    w.integer(cg.pel.size);
    w.bulk("pending");
    replyPendingRows(c, cg.pel, count, true);
    w.bulk("consumers");
    const consumers = consumersInOrder(cg);
    w.array(consumers.length);
    for (const consumer of consumers) {
      w.map(4);
      w.bulk("name");
      w.bulk(consumer.name);
      w.bulk("seen-time");
      w.integer(consumer.seenTime);
      w.bulk("pel-count");
      w.integer(consumer.pel.size);
      w.bulk("pending");
      replyPendingRows(c, consumer.pel, count, false);
    }
  }
}

/** XINFO GROUPS key */
function xinfoGroupsCommand(c: Client, argv: string[]): void {
  const s = xinfoStream(c, argv[2]);
  if (s === null) return;
  const w = c.reply;
  const groups = s.groupsInOrder();
  w.array(groups.length);
  for (const cg of groups) {
    w.map(6);
    w.bulk("name");
    w.bulk(cg.name);
    w.bulk("consumers");
    w.integer(cg.consumers.size);
    w.bulk("pending");
    w.integer(cg.pel.size);
    w.bulk("last-delivered-id");
    w.bulk(formatId(cg.lastId));
    w.bulk("entries-read");
    replyEntriesRead(c, cg);
    w.bulk("lag");
    replyLag(c, s, cg);
  }
}

/** XINFO CONSUMERS key group */
function xinfoConsumersCommand(c: Client, argv: string[]): void {
  const s = xinfoStream(c, argv[2]);
  if (s === null) return;
  const cg = s.group(argv[3]);
  if (cg === null) return c.error(errNoGroupForKey(argv[3], argv[2]));
  const w = c.reply;
  const consumers = consumersInOrder(cg);
  const now = c.server.time;
  w.array(consumers.length);
  for (const consumer of consumers) {
    const idle = now - consumer.seenTime;
    w.map(3);
    w.bulk("name");
    w.bulk(consumer.name);
    w.bulk("pending");
    w.integer(consumer.pel.size);
    w.bulk("idle");
    w.integer(idle < 0 ? 0 : idle);
  }
}

export function streamCommands(_server: Server): CommandDef[] {
  return [
    { name: "xadd", handler: xaddCommand },
    { name: "xtrim", handler: xtrimCommand },
    /* XRANGE key start end [COUNT count] */
    { name: "xrange", handler: (c, argv) => xrangeGeneric(c, argv, false) },
    /* XREVRANGE key end start [COUNT count] */
    { name: "xrevrange", handler: (c, argv) => xrangeGeneric(c, argv, true) },
    { name: "xlen", handler: xlenCommand },
    { name: "xdel", handler: xdelCommand },
    /* XREAD [COUNT count] [BLOCK milliseconds] STREAMS key [key ...] id [id ...] */
    { name: "xread", handler: (c, argv) => xreadGeneric(c, argv, false) },
    /* XREADGROUP GROUP group consumer [COUNT count] [BLOCK milliseconds] [NOACK] STREAMS key [key ...] id [id ...] */
    { name: "xreadgroup", handler: (c, argv) => xreadGeneric(c, argv, true) },
    {
      name: "xgroup",
      subcommands: [
        { name: "create", handler: xgroupCreateCommand },
        { name: "setid", handler: xgroupSetidCommand },
        { name: "destroy", handler: xgroupDestroyCommand },
        { name: "createconsumer", handler: xgroupCreateConsumerCommand },
        { name: "delconsumer", handler: xgroupDelConsumerCommand },
        /* XGROUP HELP */
        { name: "help", handler: (c) => helpReply(c, "XGROUP", XGROUP_HELP) },
      ],
    },
    { name: "xsetid", handler: xsetidCommand },
    { name: "xack", handler: xackCommand },
    { name: "xpending", handler: xpendingCommand },
    { name: "xclaim", handler: xclaimCommand },
    { name: "xautoclaim", handler: xautoclaimCommand },
    {
      name: "xinfo",
      subcommands: [
        { name: "stream", handler: xinfoStreamCommand },
        { name: "groups", handler: xinfoGroupsCommand },
        { name: "consumers", handler: xinfoConsumersCommand },
        /* XINFO HELP */
        { name: "help", handler: (c) => helpReply(c, "XINFO", XINFO_HELP) },
      ],
    },
  ];
}
