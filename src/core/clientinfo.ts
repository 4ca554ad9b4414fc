/**
 * What CLIENT LIST, CLIENT INFO and CLIENT KILL read about a client (getClientInfoString, getClientType in
 * networking.c), computed from its typed state in one place.
 */
import type { Client } from "./client.ts";
import {
  CLIENT_MONITOR,
  CLIENT_NO_EVICT,
  CLIENT_POSTPONED,
  CLIENT_TRACKING,
  CLIENT_TRACKING_BCAST,
  CLIENT_TRACKING_BROKEN_REDIR,
  CLIENT_UNBLOCKED,
} from "./client.ts";

/** Whether the client holds any subscription (Redis's CLIENT_PUBSUB flag). */
export function isSubscribed(c: Client): boolean {
  return c.channels !== null || c.patterns !== null || c.shardChannels !== null;
}

/** getClientType's name: "pubsub" or "normal" (no replicas or masters here). */
export function clientType(c: Client): "pubsub" | "normal" {
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
  if ((f & CLIENT_MONITOR) !== 0) s += "O";
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

/** One CLIENT LIST line (without the newline), with Redis 7.0's fields in its order (getClientInfoString). */
export function clientInfoString(c: Client): string {
  const now = c.server.now();
  const qbuf = c.parser.pendingBytes();
  const obl = c.reply.pos;
  const pending = c.transport.bufferedBytes();
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
    `qbuf=${qbuf}`,
    `qbuf-free=${qbuf === 0 ? 0 : 16384}`,
    `argv-mem=0`,
    `multi-mem=0`,
    `rbs=16384`,
    `rbp=16384`,
    `obl=${obl}`,
    `oll=${pending > 0 ? 1 : 0}`,
    `omem=${pending}`,
    `tot-mem=${qbuf + obl + pending + 20000}`,
    `events=r${pending > 0 ? "w" : ""}`,
    `cmd=${c.current ? c.current.fullName : c.lastCommand}`,
    `user=${c.user.name}`,
    `redir=${trackingRedirection(c)}`,
    `resp=${c.proto}`,
  ].join(" ");
}
