/**
 * What CLIENT LIST, CLIENT INFO and CLIENT KILL read about a client (getClientInfoString, getClientType in
 * networking.c), computed from its typed state in one place.
 */
import type { Client } from "./client.ts";
import {
  CLIENT_MASTER,
  CLIENT_MONITOR,
  CLIENT_NO_EVICT,
  CLIENT_POSTPONED,
  CLIENT_SLAVE,
  CLIENT_TRACKING,
  CLIENT_TRACKING_BCAST,
  CLIENT_TRACKING_BROKEN_REDIR,
  CLIENT_UNBLOCKED,
} from "./client.ts";

/** Whether the client holds any subscription (Redis's CLIENT_PUBSUB flag). */
export function isSubscribed(c: Client): boolean {
  return c.channels !== null || c.patterns !== null || c.shardChannels !== null;
}

/** getClientType's name: "master" for this replica's master client, "slave" for a replica attached here, else "pubsub" or "normal". */
export function clientType(c: Client): "pubsub" | "normal" | "slave" | "master" {
  if ((c.flags & CLIENT_MASTER) !== 0) return "master";
  if ((c.flags & CLIENT_SLAVE) !== 0) return "slave";
  return isSubscribed(c) ? "pubsub" : "normal";
}

/** The client a tracking client's invalidations go to (0 = itself), or -1 when tracking is off. */
export function trackingRedirection(c: Client): number {
  return (c.flags & CLIENT_TRACKING) !== 0 ? c.trackingRedirect : -1;
}

/** The flags field of CLIENT LIST, in getClientInfoString's order. */
function clientFlags(c: Client): string {
  const f = c.flags;
  let s = "";
  if ((f & CLIENT_SLAVE) !== 0) s += "S";
  if ((f & CLIENT_MONITOR) !== 0) s += "O";
  if ((f & CLIENT_MASTER) !== 0) s += "M";
  if (isSubscribed(c)) s += "P";
  if (c.multi !== null) s += "x";
  // Held by CLIENT PAUSE counts as blocked too (BLOCKED_POSTPONE).
  if (c.blocked !== null || (f & CLIENT_POSTPONED) !== 0) s += "b";
  if ((f & CLIENT_TRACKING) !== 0) s += "t";
  if ((f & CLIENT_TRACKING_BROKEN_REDIR) !== 0) s += "R";
  if ((f & CLIENT_TRACKING_BCAST) !== 0) s += "B";
  if (c.dirtyCas) s += "d";
  if (c.closing) s += "c";
  if ((f & CLIENT_UNBLOCKED) !== 0) s += "u";
  if ((f & CLIENT_NO_EVICT) !== 0) s += "e";
  return s === "" ? "N" : s;
}

/** What Redis's query buffer holds after its first read (PROTO_IOBUF_LEN with sds's greedy growth). */
const QUERYBUF_ALLOC = 20474;
/** zmalloc_size of Redis's client struct and what getClientMemoryUsage adds for it. */
const CLIENT_STRUCT = 774;
/** sizeof(multiCmd), sizeof(listNode) + sizeof(watchedKey), sizeof(dictEntry), a pointer. */
const MULTI_CMD = 24;
const WATCHED_KEY = 56;
const DICT_ENTRY = 24;
const POINTER = 8;

/** The bytes of a command as sent in RESP (what Redis's query buffer holds while the command runs). */
function requestBytes(argv: readonly string[]): number {
  let n = 3 + String(argv.length).length;
  for (const a of argv) n += 5 + String(a.length).length + a.length;
  return n;
}

/** argv_len_sum: the arguments' lengths (Redis counts the strings, not their allocation). */
function argvLength(argv: readonly string[] | null): number {
  let n = 0;
  if (argv !== null) { for (const a of argv) n += a.length; }
  return n;
}

/** multiStateMemOverhead: queued commands' arguments and pointers, the command slots, watched keys. */
function multiMemory(c: Client): number {
  let mem = (c.watched?.size ?? 0) * WATCHED_KEY;
  const queued = c.multi;
  if (queued === null || queued.length === 0) return mem;
  let alloc = 2;
  while (alloc < queued.length) alloc *= 2;
  for (const q of queued) mem += argvLength(q.argv) + POINTER * q.argv.length;
  return mem + alloc * MULTI_CMD;
}

/**
 * The memory fields of CLIENT LIST as getClientMemoryUsage counts them: the query buffer (the running
 * command's bytes and what waits behind them), the current arguments, MULTI state, unsent output, and
 * Redis's fixed client costs, so tools comparing clients see Redis's proportions.
 */
export function clientMemory(c: Client): {
  qbuf: number;
  qbufFree: number;
  argvMem: number;
  multiMem: number;
  omem: number;
  totMem: number;
} {
  const running = c.current !== null ? c.argv : null;
  const qbuf = c.parser.pendingBytes() + (running !== null ? requestBytes(running) : 0);
  const alloc = Math.max(QUERYBUF_ALLOC, qbuf);
  // Arguments of a command still being read count too (argv_len_sum holds them once parsed).
  const argvMem = argvLength(running) + c.parser.heldBytes() - c.parser.pendingBytes();
  const multiMem = multiMemory(c);
  const omem = c.transport.bufferedBytes();
  const channels = c.channels?.size ?? 0;
  let slots = 0;
  if (channels > 0) { for (slots = 4; slots < channels; slots *= 2); }
  const pubsub = channels * DICT_ENTRY + slots * POINTER + (c.patterns?.size ?? 0) * DICT_ENTRY;
  const totMem = omem + alloc + CLIENT_STRUCT + RBS + argvMem + POINTER * (running?.length ?? 0) + multiMem + pubsub;
  return { qbuf, qbufFree: alloc - qbuf, argvMem, multiMem, omem, totMem };
}

/** The reply buffer's size (PROTO_REPLY_CHUNK_BYTES). */
const RBS = 16384;

/** One CLIENT LIST line (without the newline), with Redis 7.0's fields in its order (getClientInfoString). */
export function clientInfoString(c: Client): string {
  const now = c.server.now();
  const obl = c.reply.pos;
  const mem = clientMemory(c);
  return [
    `id=${c.id}`,
    `addr=${c.transport.remoteAddress}`,
    `laddr=${c.transport.localAddress}`,
    `fd=${c.transport.fd}`,
    `name=${c.name}`,
    `age=${Math.floor((now - c.createdAt) / 1000)}`,
    `idle=${Math.floor((now - c.lastInteraction) / 1000)}`,
    `flags=${clientFlags(c)}`,
    `db=${c.dbIndex}`,
    `sub=${c.channels?.size ?? 0}`,
    `psub=${c.patterns?.size ?? 0}`,
    `ssub=${c.shardChannels?.size ?? 0}`,
    `multi=${c.multi === null ? -1 : c.multi.length}`,
    `qbuf=${mem.qbuf}`,
    `qbuf-free=${mem.qbufFree}`,
    `argv-mem=${mem.argvMem}`,
    `multi-mem=${mem.multiMem}`,
    `rbs=${RBS}`,
    `rbp=${RBS}`,
    `obl=${obl}`,
    `oll=${mem.omem > 0 ? 1 : 0}`,
    `omem=${mem.omem}`,
    `tot-mem=${mem.totMem}`,
    `events=r${mem.omem > 0 ? "w" : ""}`,
    `cmd=${c.current ? c.current.fullName : c.lastCommand}`,
    `user=${c.user.name}`,
    `redir=${trackingRedirection(c)}`,
    `resp=${c.proto}`,
  ].join(" ");
}
