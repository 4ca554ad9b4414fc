/**
 * String commands (t_string.c). A string value is a JS byte string; integers are kept as their decimal
 * text, so GET needs no conversion and INCR parses on the fly (numbers up to 2^53, bigint beyond).
 *
 * OBJECT ENCODING of strings: see db/encoding.ts (StringMarks).
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { NOTIFY_GENERIC, NOTIFY_STRING } from "../notify.ts";
import { bytesToStr, INT64_MAX, INT64_MIN, parseInt64, strIntoBytes } from "../bytes.ts";
import {
  ERR_DECR_OVERFLOW,
  ERR_INCR_NAN,
  ERR_LCS_LEN_AND_IDX,
  ERR_LCS_NO_MEMORY,
  ERR_LCS_NOT_STRINGS,
  ERR_LCS_TOO_LONG,
  ERR_NOT_FLOAT,
  ERR_NOT_INTEGER,
  ERR_OFFSET_OUT_OF_RANGE,
  ERR_OVERFLOW,
  ERR_STRING_TOO_LONG,
  ERR_SYNTAX,
  errInvalidExpire,
  errWrongArity,
} from "../errors.ts";
import { int64Arg, isKeyword } from "./util.ts";
import { addLongDouble, formatLongDoubleHuman, isFiniteLD, parseLongDouble } from "../longdouble.ts";
import { deleteKey, lookupKeyRead, readString, writeString } from "../db/keys.ts";
import { MARK_EMBSTR, signalTtlChange, stringMarks } from "../db/encoding.ts";
import { argValue, bigMin, BigString, bigWrite, isBig, sliceStr, writeStr } from "../keyspace/bigstr.ts";
import type { StrVal } from "../keyspace/bigstr.ts";
import { typeOf } from "../keyspace/types.ts";

// ---- Shared helpers ----

/** checkStringLength: a string may not grow past proto-max-bulk-len. */
export function checkStringLength(c: Client, total: number): boolean {
  if (total > c.server.config.getNumber("proto-max-bulk-len")) {
    c.error(ERR_STRING_TOO_LONG);
    return false;
  }
  return true;
}

/** A copy of `cur` at least `minLen` bytes long (zero padded) handed to `edit`, returned as a flat byte string. */
export function editBytes(cur: string, minLen: number, edit: (buf: Uint8Array) => void): string {
  const len = Math.max(cur.length, minLen);
  const buf = new Uint8Array(len);
  strIntoBytes(cur, buf, 0);
  edit(buf);
  return bytesToStr(buf, 0, len);
}

/** Below this length a rewritten value is built flat in one copy; above it, spliceBytes splices. */
const SPLICE_MIN = 4096;

/**
 * `cur` with `repl` written at byte `offset` (zero padded when it grows). Strings are immutable, so Redis's
 * O(1) in-place write becomes a copy. For long values inside the old length the new value is
 * slice + repl + slice: the engine builds that rope in O(1) and flattens it with one native copy when the
 * value is next read (the next SETBIT reads its old bit first), so ropes never nest and a write costs one
 * memcpy of the value rather than two conversions through a Uint8Array.
 */
export function spliceBytes(cur: string, offset: number, repl: string): string {
  const end = offset + repl.length;
  if (end <= cur.length && cur.length >= SPLICE_MIN) return cur.slice(0, offset) + repl + cur.slice(end);
  return editBytes(cur, end, (buf) => strIntoBytes(repl, buf, offset));
}

/**
 * `cur` (missing: empty) with `repl` written at byte `offset`: spliceBytes while the result stays a JS
 * string, else a BigString (keyspace/bigstr.ts), edited in place when `cur` is one already.
 */
export function writeAt(cur: StrVal | undefined, offset: number, repl: string | Uint8Array): StrVal {
  if (typeof cur !== "object" && offset + repl.length <= bigMin()) {
    return spliceBytes(cur ?? "", offset, typeof repl === "string" ? repl : bytesToStr(repl, 0, repl.length));
  }
  return bigWrite(cur, offset, repl);
}

/** A string value as a bulk reply: a BigString's bytes go out without becoming one string. */
export function replyStr(c: Client, v: StrVal): void {
  if (typeof v === "string") c.reply.bulk(v);
  else c.reply.bulkBytes(v.view());
}

/**
 * Propagates the writes that rebuild a big value (keyspace/bigstr.ts) in place of the current command: the
 * AOF and replicas take commands as JS strings, which cannot hold it whole, so it goes as
 * `<head> <first piece> <tail...>` then `APPEND key <piece>` per further piece (each at most the threshold).
 * With `offset` (SETRANGE) every piece is a `SETRANGE key <offset> <piece>` instead.
 */
function propagateBig(
  c: Client,
  key: string,
  v: BigString,
  head: string[],
  tail: string[] = [],
  offset = -1,
): void {
  const p = c.server.propagation;
  if (!p.active) return;
  p.prevent();
  const piece = bigMin();
  const len = v.length;
  const dbid = c.db.id;
  for (let at = 0; at < len; at += piece) {
    const bytes = bytesToStr(v.bytes, at, Math.min(len, at + piece));
    if (offset >= 0) p.also(dbid, ["SETRANGE", key, String(offset + at), bytes]);
    else if (at === 0) p.also(dbid, [...head, bytes, ...tail]);
    else p.also(dbid, ["APPEND", key, bytes]);
  }
}

/** Stores a value produced in place by a string/bit command, keeping the TTL, and marks it raw. */
export function storeRaw(c: Client, key: string, value: StrVal, existed: boolean, event: string): void {
  const db = c.db;
  if (existed) db.replace(key, value);
  else db.store(key, value);
  const server = c.server;
  server.signalModifiedKey(db, key);
  server.notifyKeyspaceEvent(NOTIFY_STRING, event, key, db.id);
  server.dirty++;
  stringMarks(server).set(db, key, 0);
}

// ---- SET family ----

const SET_NX = 1;
const SET_XX = 2;
const SET_GET = 4;
const SET_KEEPTTL = 8;
const SET_EX = 16;
const SET_PX = 32;
const SET_EXAT = 64;
const SET_PXAT = 128;
const SET_PERSIST = 256;
const ANY_EXPIRE = SET_EX | SET_PX | SET_EXAT | SET_PXAT;

/**
 * Absolute deadline in ms for SET/GETEX expire arguments (getExpireMillisecondsOrReply), or null after
 * an error. `relative` for EX/PX; `seconds` for EX/EXAT.
 */
export function expireArgToMs(
  c: Client,
  arg: string,
  seconds: boolean,
  relative: boolean,
  cmdName: string,
): number | null {
  const v = int64Arg(c, arg);
  if (v === null) return null;
  let ms = BigInt(v);
  if (ms <= 0n || (seconds && ms > INT64_MAX / 1000n)) {
    c.error(errInvalidExpire(cmdName));
    return null;
  }
  if (seconds) ms *= 1000n;
  if (relative) ms += BigInt(c.server.time);
  // Redis adds in signed 64-bit arithmetic: an overflow wraps negative and is refused.
  if (ms > INT64_MAX || ms <= 0n) {
    c.error(errInvalidExpire(cmdName));
    return null;
  }
  return Number(ms);
}

/**
 * parseExtendedStringArgumentsOrReply: the options of SET (from argv[3]) or GETEX (from argv[2]).
 * Returns the flags and the expire argument, or null after a syntax error.
 */
function parseExtendedStringArgs(
  c: Client,
  argv: string[],
  forGet: boolean,
): { flags: number; expire: string | null } | null {
  let flags = 0;
  let expire: string | null = null;
  for (let j = forGet ? 2 : 3; j < argv.length; j++) {
    const opt = argv[j];
    const hasNext = j < argv.length - 1;
    if (!forGet && isKeyword(opt, "NX") && !(flags & SET_XX)) flags |= SET_NX;
    else if (!forGet && isKeyword(opt, "XX") && !(flags & SET_NX)) flags |= SET_XX;
    else if (!forGet && isKeyword(opt, "GET")) flags |= SET_GET;
    else if (!forGet && isKeyword(opt, "KEEPTTL") && !(flags & (SET_PERSIST | ANY_EXPIRE))) flags |= SET_KEEPTTL;
    else if (forGet && isKeyword(opt, "PERSIST") && !(flags & (ANY_EXPIRE | SET_KEEPTTL))) flags |= SET_PERSIST;
    else if (isKeyword(opt, "EX") && !(flags & (SET_KEEPTTL | SET_PERSIST | SET_EXAT | SET_PX | SET_PXAT)) && hasNext) {
      flags |= SET_EX;
      expire = argv[++j];
    } else if (
      isKeyword(opt, "PX") && !(flags & (SET_KEEPTTL | SET_PERSIST | SET_EX | SET_EXAT | SET_PXAT)) && hasNext
    ) {
      flags |= SET_PX;
      expire = argv[++j];
    } else if (
      isKeyword(opt, "EXAT") && !(flags & (SET_KEEPTTL | SET_PERSIST | SET_EX | SET_PX | SET_PXAT)) && hasNext
    ) {
      flags |= SET_EXAT;
      expire = argv[++j];
    } else if (
      isKeyword(opt, "PXAT") && !(flags & (SET_KEEPTTL | SET_PERSIST | SET_EX | SET_EXAT | SET_PX)) && hasNext
    ) {
      flags |= SET_PXAT;
      expire = argv[++j];
    } else {
      c.error(ERR_SYNTAX);
      return null;
    }
  }
  return { flags, expire };
}

/** The deadline for parsed expire flags, or null after an error. */
function expireFromFlags(c: Client, flags: number, expire: string, cmdName: string): number | null {
  return expireArgToMs(c, expire, (flags & (SET_EX | SET_EXAT)) !== 0, (flags & (SET_EX | SET_PX)) !== 0, cmdName);
}

/** GET's reply for `key` (getGenericCommand); false when it replied with an error (wrong type). */
function getGeneric(c: Client, key: string): boolean {
  const v = readString(c, key);
  if (v === null) return false;
  if (v === undefined) c.reply.nullBulk();
  else replyStr(c, v);
  return true;
}

/** SET key value [NX|XX] [GET] [EX s|PX ms|EXAT ts|PXAT ts|KEEPTTL] */
function setCommand(c: Client, argv: string[]): void {
  // No options (what nearly every SET is): nothing to parse.
  if (argv.length === 3) return setGeneric(c, 0, argv[1], argValue(argv, 2), null, "set");
  const parsed = parseExtendedStringArgs(c, argv, false);
  if (parsed === null) return;
  // Replicated without GET (setGenericCommand); with an expire setGeneric rewrites it whole.
  if (parsed.flags & SET_GET && parsed.expire === null && c.server.propagation.active) {
    c.server.propagation.rewrite(argv.filter((a, j) => j < 3 || !isKeyword(a, "GET")));
  }
  setGeneric(c, parsed.flags, argv[1], argValue(argv, 2), parsed.expire, "set");
}

/**
 * The shared body of SET, SETNX, SETEX and PSETEX (setGenericCommand). `expire` is the raw expire argument
 * (its unit comes from the flags); `okReply`/`abortReply` replace +OK and the null reply (SETNX's :1/:0).
 */
function setGeneric(
  c: Client,
  flags: number,
  key: string,
  value: StrVal,
  expire: string | null,
  cmdName: string,
  okReply?: () => void,
  abortReply?: () => void,
): void {
  let at = 0;
  if (expire !== null) {
    const ms = expireFromFlags(c, flags, expire, cmdName);
    if (ms === null) return;
    at = ms;
  }
  if (flags & SET_GET && !getGeneric(c, key)) return;
  const db = c.db;
  const found = db.lookup(key) !== undefined;
  if ((flags & SET_NX && found) || (flags & SET_XX && !found)) {
    if (!(flags & SET_GET)) {
      if (abortReply) abortReply();
      else c.reply.nullBulk();
    }
    return;
  }
  db.store(key, value, (flags & SET_KEEPTTL) !== 0);
  const server = c.server;
  server.signalModifiedKey(db, key);
  server.dirty++;
  server.notifyKeyspaceEvent(NOTIFY_STRING, "set", key, db.id);
  if (expire !== null) {
    db.setExpire(key, at);
    server.notifyKeyspaceEvent(NOTIFY_GENERIC, "expire", key, db.id);
    // A relative TTL would start again on replay: replicated as SET key value PXAT <ms>.
    if (typeof value === "string") server.propagation.rewrite(["SET", key, value, "PXAT", String(at)]);
    else propagateBig(c, key, value, ["SET", key], ["PXAT", String(at)]);
  } else if (typeof value !== "string") {
    propagateBig(c, key, value, ["SET", key], flags & SET_KEEPTTL ? ["KEEPTTL"] : []);
  }
  if (!(flags & SET_GET)) {
    if (okReply) okReply();
    else c.reply.ok();
  }
}

/** GETEX key [EX s|PX ms|EXAT ts|PXAT ts|PERSIST] */
function getexCommand(c: Client, argv: string[]): void {
  const parsed = parseExtendedStringArgs(c, argv, true);
  if (parsed === null) return;
  const key = argv[1];
  const v = readString(c, key);
  if (v === null) return;
  if (v === undefined) return c.reply.nullBulk();
  const { flags, expire } = parsed;
  let at = 0;
  if (expire !== null) {
    const ms = expireFromFlags(c, flags, expire, "getex");
    if (ms === null) return;
    at = ms;
  }
  replyStr(c, v);
  const db = c.db;
  const server = c.server;
  if (flags & (SET_EXAT | SET_PXAT) && at <= server.time) {
    // An absolute deadline already passed deletes the key (checkAlreadyExpired).
    deleteKey(c, key);
    server.propagation.rewrite([server.config.get("lazyfree-lazy-expire") === "yes" ? "UNLINK" : "DEL", key]);
  } else if (expire !== null) {
    db.setExpire(key, at);
    signalTtlChange(server, db, key);
    server.notifyKeyspaceEvent(NOTIFY_GENERIC, "expire", key, db.id);
    server.dirty++;
    server.propagation.rewrite(["PEXPIREAT", key, String(at)]);
  } else if (flags & SET_PERSIST && db.persist(key)) {
    signalTtlChange(server, db, key);
    server.notifyKeyspaceEvent(NOTIFY_GENERIC, "persist", key, db.id);
    server.dirty++;
    server.propagation.rewrite(["PERSIST", key]);
  }
}

/** GETDEL key */
function getdelCommand(c: Client, argv: string[]): void {
  const v = readString(c, argv[1]);
  if (v === null) return;
  if (v === undefined) return c.reply.nullBulk();
  replyStr(c, v);
  deleteKey(c, argv[1]);
  c.server.propagation.rewrite([c.server.config.get("lazyfree-lazy-user-del") === "yes" ? "UNLINK" : "DEL", argv[1]]);
}

/** GETSET key value: GET, then SET without options (the TTL goes). */
function getsetCommand(c: Client, argv: string[]): void {
  if (!getGeneric(c, argv[1])) return;
  const db = c.db;
  const key = argv[1];
  const value = argValue(argv, 2);
  db.store(key, value);
  const server = c.server;
  server.signalModifiedKey(db, key);
  server.notifyKeyspaceEvent(NOTIFY_STRING, "set", key, db.id);
  server.dirty++;
  if (typeof value === "string") server.propagation.rewrite(["SET", key, value]);
  else propagateBig(c, key, value, ["SET", key]);
}

/** MSET key value [key value ...] and MSETNX (msetGenericCommand). */
function msetGeneric(c: Client, argv: string[], nx: boolean): void {
  if (argv.length % 2 === 0) {
    c.error(errWrongArity(nx ? "msetnx" : "mset"));
    return;
  }
  const db = c.db;
  if (nx) {
    for (let j = 1; j < argv.length; j += 2) {
      if (db.lookup(argv[j]) !== undefined) return c.reply.integer(0);
    }
  }
  const server = c.server;
  let big = false;
  for (let j = 1; j < argv.length; j += 2) {
    const value = argValue(argv, j + 1);
    if (typeof value !== "string") big = true;
    db.store(argv[j], value);
    server.signalModifiedKey(db, argv[j]);
    server.notifyKeyspaceEvent(NOTIFY_STRING, "set", argv[j], db.id);
  }
  if (big && server.propagation.active) {
    // Replicated as one SET per key, the big values in pieces (propagateBig).
    for (let j = 1; j < argv.length; j += 2) {
      const value = argValue(argv, j + 1);
      if (typeof value === "string") server.propagation.also(db.id, ["SET", argv[j], value]);
      else propagateBig(c, argv[j], value, ["SET", argv[j]]);
    }
  }
  server.dirty += (argv.length - 1) / 2;
  if (nx) c.reply.integer(1);
  else c.reply.ok();
}

/** MGET key [key ...]: a missing key or one of another type is a null. */
function mgetCommand(c: Client, argv: string[]): void {
  const w = c.reply;
  w.array(argv.length - 1);
  for (let j = 1; j < argv.length; j++) {
    const v = lookupKeyRead(c, argv[j]);
    if (typeof v === "string") w.bulk(v);
    else if (isBig(v)) w.bulkBytes(v.view());
    else w.nullBulk();
  }
}

// ---- Counters ----

/** INCR, DECR, INCRBY, DECRBY: add `by` to the integer at key (incrDecrCommand). */
export function incrDecr(c: Client, key: string, by: number | bigint): void {
  const db = c.db;
  const cur = writeString(c, key);
  if (cur === null) return;
  let old: number | bigint = 0;
  if (cur !== undefined) {
    // A BigString is far longer than any integer.
    const parsed = typeof cur === "string" ? parseInt64(cur) : null;
    if (parsed === null) {
      c.error(ERR_NOT_INTEGER);
      return;
    }
    old = parsed;
  }
  let next: number | bigint;
  if (typeof old === "number" && typeof by === "number" && Math.abs(old) < 2 ** 52 && Math.abs(by) < 2 ** 52) {
    next = old + by;
  } else {
    const big = BigInt(old) + BigInt(by);
    if (big > INT64_MAX || big < INT64_MIN) {
      c.error(ERR_OVERFLOW);
      return;
    }
    next = big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
  }
  const text = typeof next === "number" ? String(next) : next.toString();
  if (cur === undefined) db.store(key, text);
  else db.replace(key, text);
  const server = c.server;
  server.signalModifiedKey(db, key);
  server.notifyKeyspaceEvent(NOTIFY_STRING, "incrby", key, db.id);
  server.dirty++;
  c.reply.integer(next);
}

/** INCRBY key increment / DECRBY key decrement */
function incrbyGeneric(c: Client, argv: string[], negate: boolean): void {
  const by = int64Arg(c, argv[2]);
  if (by === null) return;
  if (!negate) return incrDecr(c, argv[1], by);
  if (typeof by === "bigint" && by === INT64_MIN) {
    c.error(ERR_DECR_OVERFLOW);
    return;
  }
  incrDecr(c, argv[1], -by);
}

/** INCRBYFLOAT key increment */
function incrbyfloatCommand(c: Client, argv: string[]): void {
  const key = argv[1];
  const cur = writeString(c, key);
  if (cur === null) return;
  // Redis computes in long double (80-bit x87) and prints "%.17Lf": "1000.09999999999999998" for 1000 + 0.1.
  const value = cur === undefined ? parseLongDouble("0") : typeof cur === "string" ? parseLongDouble(cur) : null;
  if (value === null) return c.error(ERR_NOT_FLOAT);
  const incr = parseLongDouble(argv[2]);
  if (incr === null) return c.error(ERR_NOT_FLOAT);
  const sum = addLongDouble(value, incr);
  if (!isFiniteLD(sum)) return c.error(ERR_INCR_NAN);
  const text = formatLongDoubleHuman(sum);
  const db = c.db;
  if (cur === undefined) db.store(key, text);
  else db.replace(key, text);
  const server = c.server;
  server.signalModifiedKey(db, key);
  server.notifyKeyspaceEvent(NOTIFY_STRING, "incrbyfloat", key, db.id);
  server.dirty++;
  // Float formatting may differ between platforms: replicated as the value it gave.
  server.propagation.rewrite(["SET", key, text, "KEEPTTL"]);
  // createStringObjectFromLongDouble makes an embstr without trying the integer encoding.
  if (text.length <= 20 && parseInt64(text) !== null) stringMarks(server).set(db, key, MARK_EMBSTR);
  c.reply.bulk(text);
}

// ---- Ranges and lengths ----

/** STRLEN key */
function strlenCommand(c: Client, argv: string[]): void {
  const v = readString(c, argv[1]);
  if (v === null) return;
  c.reply.integer(v === undefined ? 0 : v.length);
}

/** GETRANGE key start end (and its old name SUBSTR) */
function getrangeCommand(c: Client, argv: string[]): void {
  const s = int64Arg(c, argv[2]);
  if (s === null) return;
  const e = int64Arg(c, argv[3]);
  if (e === null) return;
  const v = readString(c, argv[1]);
  if (v === null) return;
  if (v === undefined) return c.reply.bulk("");
  let start = Number(s);
  let end = Number(e);
  const len = v.length;
  if (start < 0 && end < 0 && start > end) return c.reply.bulk("");
  if (start < 0) start = len + start;
  if (end < 0) end = len + end;
  if (start < 0) start = 0;
  if (end < 0) end = 0;
  if (end >= len) end = len - 1;
  if (start > end || len === 0) return c.reply.bulk("");
  if (typeof v !== "string") return c.reply.bulkBytes(v.bytes.subarray(start, end + 1));
  c.reply.bulk(start === 0 && end === len - 1 ? v : v.slice(start, end + 1));
}

/** SETRANGE key offset value */
function setrangeCommand(c: Client, argv: string[]): void {
  const off = int64Arg(c, argv[2]);
  if (off === null) return;
  if (off < 0) return c.error(ERR_OFFSET_OUT_OF_RANGE);
  const key = argv[1];
  const value = argValue(argv, 3);
  const cur = writeString(c, key);
  if (cur === null) return;
  if (value.length === 0) return c.reply.integer(cur === undefined ? 0 : cur.length);
  const offset = Number(off);
  if (!checkStringLength(c, offset + value.length)) return;
  const next = writeAt(cur, offset, typeof value === "string" ? value : value.view());
  storeRaw(c, key, next, cur !== undefined, "setrange");
  if (typeof value !== "string") propagateBig(c, key, value, [], [], offset);
  c.reply.integer(next.length);
}

/**
 * APPEND key value. `a + b` makes a rope; a rope of many small pieces costs far more memory than its bytes
 * until something flattens it. So the value is rebuilt flat once the pieces since the last rebuild reach
 * 1/64 of its length: each byte is copied a bounded number of times (amortized O(1) per appended byte, as
 * Redis's sds growth) and a rope never carries more than a small overhead.
 */
function appendCommand(c: Client, argv: string[]): void {
  const key = argv[1];
  const arg = argValue(argv, 2);
  const db = c.db;
  const cur = writeString(c, key);
  if (cur === null) return;
  const server = c.server;
  if (cur === undefined) {
    // A new key is stored as SET would (tryObjectEncoding): no mark.
    db.store(key, arg);
    server.signalModifiedKey(db, key);
    server.notifyKeyspaceEvent(NOTIFY_STRING, "append", key, db.id);
    server.dirty++;
    if (typeof arg !== "string") propagateBig(c, key, arg, ["APPEND", key]);
    return c.reply.integer(arg.length);
  }
  if (typeof arg !== "string") {
    // A big argument (keyspace/bigstr.ts): the value becomes big; replicated as APPENDs of its pieces.
    if (!checkStringLength(c, cur.length + arg.length)) return;
    const next = writeAt(cur, cur.length, arg.view());
    storeRaw(c, key, next, true, "append");
    propagateBig(c, key, arg, ["APPEND", key]);
    return c.reply.integer(next.length);
  }
  const add = arg;
  const total = cur.length + add.length;
  if (!checkStringLength(c, total)) return;
  const marks = stringMarks(server);
  if (typeof cur !== "string" || total > bigMin()) {
    // Past the threshold: bytes with an eighth of room to spare, so appends cost what they add.
    let big: BigString;
    if (typeof cur === "string") {
      big = new BigString(new Uint8Array(total + Math.floor(total / 8)), cur.length);
      writeStr(big.bytes, 0, cur);
    } else big = cur;
    const at = big.length;
    big.grow(total, true);
    writeStr(big.bytes, at, add);
    db.replace(key, big);
    server.signalModifiedKey(db, key);
    server.notifyKeyspaceEvent(NOTIFY_STRING, "append", key, db.id);
    server.dirty++;
    marks.set(db, key, 0);
    return c.reply.integer(total);
  }
  let pieces = (marks.get(db, key) ?? 0) + 1;
  if (pieces < 0) pieces = 1;
  let next = cur + add;
  if (pieces * 64 > total) {
    next = editBytes(next, 0, () => {});
    pieces = 0;
  }
  db.replace(key, next);
  server.signalModifiedKey(db, key);
  server.notifyKeyspaceEvent(NOTIFY_STRING, "append", key, db.id);
  server.dirty++;
  marks.set(db, key, pieces);
  c.reply.integer(total);
}

// ---- LCS ----

/** LCS key1 key2 [LEN] [IDX] [MINMATCHLEN len] [WITHMATCHLEN] */
function lcsCommand(c: Client, argv: string[]): void {
  const va = lookupKeyRead(c, argv[1]);
  const vb = lookupKeyRead(c, argv[2]);
  if ((va !== undefined && typeOf(va) !== "string") || (vb !== undefined && typeOf(vb) !== "string")) {
    return c.error(ERR_LCS_NOT_STRINGS);
  }
  let getlen = false;
  let getidx = false;
  let withmatchlen = false;
  let minmatchlen = 0;
  for (let j = 3; j < argv.length; j++) {
    const opt = argv[j];
    const more = argv.length - 1 - j;
    if (isKeyword(opt, "IDX")) getidx = true;
    else if (isKeyword(opt, "LEN")) getlen = true;
    else if (isKeyword(opt, "WITHMATCHLEN")) withmatchlen = true;
    else if (isKeyword(opt, "MINMATCHLEN") && more > 0) {
      const v = int64Arg(c, argv[++j]);
      if (v === null) return;
      minmatchlen = v < 0 ? 0 : Number(v);
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  if (getlen && getidx) return c.error(ERR_LCS_LEN_AND_IDX);
  const sa = (va as StrVal | undefined) ?? "";
  const sb = (vb as StrVal | undefined) ?? "";
  const alen = sa.length;
  const blen = sb.length;
  const cells = (alen + 1) * (blen + 1);
  if (cells * 4 > c.server.config.getNumber("proto-max-bulk-len")) {
    return c.error(ERR_LCS_TOO_LONG);
  }
  // Only a raised proto-max-bulk-len lets a BigString (and a tiny other side) get here.
  const a = sliceStr(sa, 0, alen);
  const b = sliceStr(sb, 0, blen);
  let lcs: Uint32Array;
  try {
    lcs = new Uint32Array(cells);
  } catch {
    return c.error(ERR_LCS_NO_MEMORY);
  }
  const row = blen + 1;
  for (let i = 1; i <= alen; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= blen; j++) {
      if (ca === b.charCodeAt(j - 1)) lcs[i * row + j] = lcs[(i - 1) * row + j - 1] + 1;
      else {
        const l1 = lcs[(i - 1) * row + j];
        const l2 = lcs[i * row + j - 1];
        lcs[i * row + j] = l1 > l2 ? l1 : l2;
      }
    }
  }
  const total = lcs[alen * row + blen];
  if (getlen && !getidx) return c.reply.integer(total);
  // Walk back from the end, collecting the LCS bytes and (for IDX) the matching ranges, as Redis does.
  const result = new Uint8Array(total);
  const ranges: number[] = []; // aStart, aEnd, bStart, bEnd per range
  let idx = total;
  let i = alen;
  let j = blen;
  let aStart = alen;
  let aEnd = 0;
  let bStart = 0;
  let bEnd = 0;
  while (i > 0 && j > 0) {
    let emit = false;
    if (a.charCodeAt(i - 1) === b.charCodeAt(j - 1)) {
      result[idx - 1] = a.charCodeAt(i - 1);
      if (aStart === alen) {
        aStart = aEnd = i - 1;
        bStart = bEnd = j - 1;
      } else if (aStart === i && bStart === j) {
        aStart--;
        bStart--;
      } else {
        emit = true;
      }
      if (aStart === 0 || bStart === 0) emit = true;
      idx--;
      i--;
      j--;
    } else {
      if (lcs[(i - 1) * row + j] > lcs[i * row + j - 1]) i--;
      else j--;
      if (aStart !== alen) emit = true;
    }
    if (emit) {
      const matchLen = aEnd - aStart + 1;
      if (getidx && (minmatchlen === 0 || matchLen >= minmatchlen)) ranges.push(aStart, aEnd, bStart, bEnd);
      aStart = alen;
    }
  }
  if (!getidx) return c.reply.bulk(bytesToStr(result, 0, total));
  const w = c.reply;
  w.map(2);
  w.bulk("matches");
  w.array(ranges.length / 4);
  for (let r = 0; r < ranges.length; r += 4) {
    w.array(withmatchlen ? 3 : 2);
    w.array(2);
    w.integer(ranges[r]);
    w.integer(ranges[r + 1]);
    w.array(2);
    w.integer(ranges[r + 2]);
    w.integer(ranges[r + 3]);
    if (withmatchlen) w.integer(ranges[r + 1] - ranges[r] + 1);
  }
  w.bulk("len");
  w.integer(total);
}

const cone = (c: Client) => () => c.reply.integer(1);
const czero = (c: Client) => () => c.reply.integer(0);

export function stringCommands(server: Server): CommandDef[] {
  stringMarks(server);
  return [
    /* GET key */
    { name: "get", handler: (c, argv) => void getGeneric(c, argv[1]) },
    { name: "set", handler: setCommand },
    /* SETNX key value */
    {
      name: "setnx",
      handler: (c, argv) => setGeneric(c, SET_NX, argv[1], argValue(argv, 2), null, "setnx", cone(c), czero(c)),
    },
    /* SETEX key seconds value */
    { name: "setex", handler: (c, argv) => setGeneric(c, SET_EX, argv[1], argValue(argv, 3), argv[2], "setex") },
    /* PSETEX key milliseconds value */
    { name: "psetex", handler: (c, argv) => setGeneric(c, SET_PX, argv[1], argValue(argv, 3), argv[2], "psetex") },
    { name: "getex", handler: getexCommand },
    { name: "getdel", handler: getdelCommand },
    { name: "getset", handler: getsetCommand },
    /* MSET key value [key value ...] */
    { name: "mset", handler: (c, argv) => msetGeneric(c, argv, false) },
    /* MSETNX key value [key value ...] */
    { name: "msetnx", handler: (c, argv) => msetGeneric(c, argv, true) },
    { name: "mget", handler: mgetCommand },
    /* INCR key */
    { name: "incr", handler: (c, argv) => incrDecr(c, argv[1], 1) },
    /* DECR key */
    { name: "decr", handler: (c, argv) => incrDecr(c, argv[1], -1) },
    /* INCRBY key increment */
    { name: "incrby", handler: (c, argv) => incrbyGeneric(c, argv, false) },
    /* DECRBY key decrement */
    { name: "decrby", handler: (c, argv) => incrbyGeneric(c, argv, true) },
    { name: "incrbyfloat", handler: incrbyfloatCommand },
    { name: "strlen", handler: strlenCommand },
    { name: "getrange", handler: getrangeCommand },
    /* SUBSTR key start end */
    { name: "substr", handler: getrangeCommand },
    { name: "setrange", handler: setrangeCommand },
    { name: "append", handler: appendCommand },
    { name: "lcs", handler: lcsCommand },
  ];
}

export { getGeneric, SET_EX, SET_GET, SET_KEEPTTL, SET_NX, SET_PX, SET_XX, setGeneric };
