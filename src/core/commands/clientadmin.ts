/**
 * Client management (networking.c): CLIENT KILL, PAUSE, UNPAUSE, REPLY, UNBLOCK, NO-EVICT, and MONITOR.
 * The connection subcommands (ID, SETNAME, LIST ...) live in connection.ts, tracking in tracking.ts. The
 * state they change is the server's: server.pause, server.monitor, server.blocking.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { User } from "../acl/user.ts";
import type { Client } from "../client.ts";
import { CLIENT_DENY_BLOCKING, CLIENT_MONITOR, CLIENT_NO_EVICT } from "../client.ts";
import {
  ERR_CLIENT_ID_POSITIVE,
  ERR_MONITOR_DENY_BLOCKING,
  ERR_NO_SUCH_CLIENT,
  ERR_NOT_INTEGER,
  ERR_PAUSE_MODE,
  ERR_SYNTAX,
  ERR_TIMEOUT_NEGATIVE,
  ERR_TIMEOUT_NOT_INTEGER,
  ERR_UNBLOCK_REASON,
  ERR_UNBLOCKED,
  errNoSuchUser,
  errSubcommandSyntax,
  errUnknownClientType,
} from "../errors.ts";
import { parseInt64 } from "../bytes.ts";
import { isKeyword } from "./util.ts";
import { clientType } from "../clientinfo.ts";

/** Redis checks these subcommands' argument counts itself, with the generic subcommand error. */
function tooManyArgs(c: Client, argv: string[], max: number): boolean {
  if (argv.length <= max) return false;
  c.error(errSubcommandSyntax(argv[1], "CLIENT"));
  return true;
}

/** CLIENT PAUSE timeout [WRITE|ALL] */
function clientPauseCommand(c: Client, argv: string[]): void {
  if (tooManyArgs(c, argv, 4)) return;
  let type: "write" | "all" = "all";
  if (argv.length === 4) {
    if (isKeyword(argv[3], "WRITE")) type = "write";
    else if (!isKeyword(argv[3], "ALL")) {
      c.error(ERR_PAUSE_MODE);
      return;
    }
  }
  const end = timeoutArg(c, argv[2]);
  if (end === null) return;
  c.server.pause.pauseClients(end, type);
  c.reply.ok();
}

/**
 * A millisecond timeout as an absolute time (getTimeoutFromObjectOrReply); 0 stays 0. Redis 7.0 adds the
 * clock without an overflow check: a sum past 2^63-1 wraps negative, a deadline already gone.
 */
function timeoutArg(c: Client, s: string): number | null {
  const v = parseInt64(s);
  if (v === null) {
    c.error(ERR_TIMEOUT_NOT_INTEGER);
    return null;
  }
  if (v < 0) {
    c.error(ERR_TIMEOUT_NEGATIVE);
    return null;
  }
  if (v === 0) return 0;
  const now = c.server.now();
  if (typeof v === "bigint" || v > Number.MAX_SAFE_INTEGER - now) {
    return BigInt(v) > 9223372036854775807n - BigInt(now) ? -1 : Number.MAX_SAFE_INTEGER;
  }
  return now + v;
}

/** CLIENT UNPAUSE */
function clientUnpauseCommand(c: Client): void {
  c.server.pause.unpauseClients();
  c.reply.ok();
}

/** CLIENT REPLY ON|OFF|SKIP (Client.call drops the replies while the mode is not "on") */
function clientReplyCommand(c: Client, argv: string[]): void {
  const mode = argv[2];
  if (isKeyword(mode, "ON")) {
    c.replyMode = "on";
    c.reply.ok();
  } else if (isKeyword(mode, "OFF")) {
    c.replyMode = "off";
  } else if (isKeyword(mode, "SKIP")) {
    if (c.replyMode !== "off") c.replyMode = "skip";
  } else {
    c.error(ERR_SYNTAX);
  }
}

/** CLIENT NO-EVICT ON|OFF */
function clientNoEvictCommand(c: Client, argv: string[]): void {
  if (isKeyword(argv[2], "ON")) c.flags |= CLIENT_NO_EVICT;
  else if (isKeyword(argv[2], "OFF")) c.flags &= ~CLIENT_NO_EVICT;
  else {
    c.error(ERR_SYNTAX);
    return;
  }
  c.reply.ok();
}

/** CLIENT UNBLOCK client-id [TIMEOUT|ERROR] */
function clientUnblockCommand(c: Client, argv: string[]): void {
  if (tooManyArgs(c, argv, 4)) return;
  let asError = false;
  if (argv.length === 4) {
    if (isKeyword(argv[3], "ERROR")) asError = true;
    else if (!isKeyword(argv[3], "TIMEOUT")) {
      c.error(ERR_UNBLOCK_REASON);
      return;
    }
  }
  const id = parseInt64(argv[2]);
  if (id === null) {
    c.error(ERR_NOT_INTEGER);
    return;
  }
  const server = c.server;
  const target = typeof id === "number" ? server.clients.get(id) : undefined;
  if (!target || target.blocked === null) {
    c.reply.integer(0);
    return;
  }
  const state = target.blocked;
  server.blocking.unblock(target);
  if (asError) target.error(ERR_UNBLOCKED);
  else state.onTimeout();
  // updateStatsOnUnblock(target, 0, 0, 1): the unblocked command counts as failed, by error or timeout.
  const blockedCmd = server.commands.lookup(target.lastCommand);
  if (blockedCmd !== undefined) blockedCmd.failedCalls++;
  c.reply.integer(1);
}

/** Redis's client type names (getClientTypeByName); "master" and "replica" match no client here. */
const CLIENT_TYPES = new Set(["normal", "slave", "replica", "pubsub", "master"]);

/**
 * CLIENT KILL ip:port
 * CLIENT KILL [ID id] [TYPE type] [USER user] [ADDR ip:port] [LADDR ip:port] [SKIPME yes|no] [MAXAGE secs]
 */
function clientKillCommand(c: Client, argv: string[]): void {
  let addr: string | null = null;
  let laddr: string | null = null;
  let type: string | null = null;
  let id = 0;
  let skipme = true;
  let maxAge = 0;
  let user: User | null = null;
  if (argv.length === 3) {
    addr = argv[2];
    skipme = false; // The old form can kill the calling connection.
  } else if (argv.length > 3) {
    for (let i = 2; i < argv.length; i += 2) {
      const more = argv.length > i + 1;
      const opt = argv[i];
      const val = argv[i + 1];
      if (isKeyword(opt, "ID") && more) {
        const v = parseInt64(val);
        if (v === null || typeof v === "bigint" || v < 1) {
          c.error(ERR_CLIENT_ID_POSITIVE);
          return;
        }
        id = v;
      } else if (isKeyword(opt, "TYPE") && more) {
        const t = val.toLowerCase();
        if (!CLIENT_TYPES.has(t)) {
          c.error(errUnknownClientType(val));
          return;
        }
        type = t === "replica" ? "slave" : t;
      } else if (isKeyword(opt, "ADDR") && more) {
        addr = val;
      } else if (isKeyword(opt, "LADDR") && more) {
        laddr = val;
      } else if (isKeyword(opt, "USER") && more) {
        user = c.server.acl.users.get(val) ?? null;
        if (user === null) {
          c.error(errNoSuchUser(val));
          return;
        }
      } else if (isKeyword(opt, "SKIPME") && more) {
        if (isKeyword(val, "YES")) skipme = true;
        else if (isKeyword(val, "NO")) skipme = false;
        else {
          c.error(ERR_SYNTAX);
          return;
        }
      } else if (isKeyword(opt, "MAXAGE") && more) {
        // Redis 7.4's filter: connections older than this many seconds.
        const v = parseInt64(val);
        if (v === null || typeof v === "bigint") {
          c.error(ERR_NOT_INTEGER);
          return;
        }
        maxAge = v;
      } else {
        c.error(ERR_SYNTAX);
        return;
      }
    }
  } else {
    c.error(ERR_SYNTAX);
    return;
  }
  const now = c.server.now();
  let killed = 0;
  let closeSelf = false;
  for (const other of [...c.server.clients.values()]) {
    if (addr !== null && other.transport.remoteAddress !== addr) continue;
    if (laddr !== null && other.transport.localAddress !== laddr) continue;
    if (type !== null && clientType(other) !== type) continue;
    if (id !== 0 && other.id !== id) continue;
    if (user !== null && other.user !== user) continue;
    if (maxAge > 0 && Math.floor((now - other.createdAt) / 1000) < maxAge) continue;
    if (other === c && skipme) continue;
    if (other === c) closeSelf = true;
    else other.kill();
    killed++;
  }
  if (argv.length === 3) {
    if (killed === 0) c.error(ERR_NO_SUCH_CLIENT);
    else c.reply.ok();
  } else {
    c.reply.integer(killed);
  }
  // Closed after its reply is written.
  if (closeSelf) c.close();
}

/** MONITOR */
function monitorCommand(c: Client): void {
  // A client that expects one reply per command (inside EXEC) cannot turn into a monitor.
  if ((c.flags & CLIENT_DENY_BLOCKING) !== 0) {
    c.error(ERR_MONITOR_DENY_BLOCKING);
    return;
  }
  if ((c.flags & CLIENT_MONITOR) !== 0) return;
  c.server.monitor.add(c);
  c.reply.ok();
}

export function clientAdminCommands(_server: Server): CommandDef[] {
  return [
    { name: "monitor", handler: monitorCommand },
    {
      name: "client",
      subcommands: [
        { name: "kill", handler: clientKillCommand },
        { name: "pause", handler: clientPauseCommand },
        { name: "unpause", handler: clientUnpauseCommand },
        { name: "reply", handler: clientReplyCommand },
        { name: "unblock", handler: clientUnblockCommand },
        { name: "no-evict", handler: clientNoEvictCommand },
      ],
    },
  ];
}
