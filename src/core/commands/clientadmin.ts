/**
 * Client management (networking.c): CLIENT KILL, PAUSE, UNPAUSE, REPLY, UNBLOCK, NO-EVICT, and MONITOR.
 * The connection subcommands (ID, SETNAME, LIST ...) live in connection.ts, tracking in tracking.ts.
 *
 * CLIENT PAUSE overrides server.isPaused: a client whose next command must wait keeps it (c.postponed)
 * and joins a FIFO list that is resumed when the pause ends. Work that touches other clients from inside a
 * command (resuming paused or unblocked clients) is deferred until that command is done, as Redis defers
 * it to beforeSleep.
 */
import type { Command, CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import {
  errNoSuchUser,
  errSubcommandSyntax,
  errUnknownClientType,
  ERR_CLIENT_ID_POSITIVE,
  ERR_MONITOR_DENY_BLOCKING,
  ERR_NOT_INTEGER,
  ERR_NO_SUCH_CLIENT,
  ERR_PAUSE_MODE,
  ERR_SYNTAX,
  ERR_TIMEOUT_NEGATIVE,
  ERR_TIMEOUT_NOT_INTEGER,
  ERR_UNBLOCKED,
  ERR_UNBLOCK_REASON,
} from "../errors.ts";
import { parseInt64 } from "../bytes.ts";
import { isKeyword } from "./util.ts";
import { isSubscribed } from "./pubsub.ts";
import { queuedWrites } from "./transactions.ts";
import { updateExtraFlags } from "./tracking.ts";
import { resetHooks } from "./connection.ts";

interface Admin {
  /** CLIENT PAUSE: "write", "all" or null; end time (ms). */
  pauseType: "write" | "all" | null;
  pauseEnd: number;
  pauseTimer: { cancel(): void } | null;
  /** Clients holding a postponed command, in the order they were stopped. */
  postponed: Client[];
  monitors: Set<Client>;
  /** Clients to resume once the running command is done (CLIENT UNBLOCK, UNPAUSE). */
  toResume: Client[];
  resuming: boolean;
}

function adminOf(server: Server): Admin {
  let a = server.ext.clientAdmin as Admin | undefined;
  if (!a) {
    a = {
      pauseType: null, pauseEnd: 0, pauseTimer: null, postponed: [], monitors: new Set(), toResume: [],
      resuming: false,
    };
    server.ext.clientAdmin = a;
  }
  return a;
}

/** What CLIENT PAUSE WRITE holds back: CMD_WRITE or CMD_MAY_REPLICATE. */
function mayReplicate(cmd: Command): boolean {
  return cmd.write || cmd.mayReplicate;
}

/** Whether CLIENT PAUSE holds this command back (processCommand's pause check). */
function pausedFor(server: Server, a: Admin, c: Client, cmd: Command): boolean {
  if (a.pauseType === null) return false;
  if (server.now() >= a.pauseEnd) {
    unpause(server, a);
    return false;
  }
  if (a.pauseType === "all") return true;
  if (mayReplicate(cmd)) return true;
  return cmd.fullName === "exec" && queuedWrites(c, mayReplicate);
}

function pauseClients(server: Server, a: Admin, end: number, type: "write" | "all"): void {
  // While a pause lasts, the more restrictive type and the later end win; an ended one counts no more.
  if (a.pauseType !== null && server.now() >= a.pauseEnd) unpause(server, a);
  if (a.pauseType !== "all") a.pauseType = type;
  if (end > a.pauseEnd) a.pauseEnd = end;
  a.pauseTimer?.cancel();
  const wait = Math.max(0, a.pauseEnd - server.now());
  a.pauseTimer = server.host.setTimer(wait, () => {
    a.pauseTimer = null;
    server.time = server.now();
    if (a.pauseType !== null && server.now() >= a.pauseEnd) {
      unpause(server, a);
      runDeferred(server, a);
    }
  });
}

/** Ends the pause; postponed clients run (deferred until the current command is done). */
function unpause(_server: Server, a: Admin): void {
  a.pauseType = null;
  a.pauseEnd = 0;
  a.pauseTimer?.cancel();
  a.pauseTimer = null;
  for (const c of a.postponed) setPostponed(c, false);
  a.toResume.push(...a.postponed);
  a.postponed = [];
}

/** A client held by CLIENT PAUSE counts as blocked (flag b, INFO blocked_clients), as BLOCKED_POSTPONE. */
function setPostponed(c: Client, on: boolean): void {
  if ((c.ext.postponed === true) === on) return;
  c.ext.postponed = on;
  c.server.blockedClients += on ? 1 : -1;
  updateExtraFlags(c);
}

/** Resumes deferred clients: their reply goes out and their pending input runs. */
function runDeferred(server: Server, a: Admin): void {
  if (a.resuming || a.toResume.length === 0) return;
  a.resuming = true;
  try {
    while (a.toResume.length > 0) {
      const c = a.toResume.shift()!;
      if (c.closed) continue;
      server.resume(c);
    }
  } finally {
    a.resuming = false;
  }
}

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
  pauseClients(c.server, adminOf(c.server), end, type);
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
  unpause(c.server, adminOf(c.server));
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
  if (isKeyword(argv[2], "ON")) c.ext.noEvict = true;
  else if (isKeyword(argv[2], "OFF")) c.ext.noEvict = false;
  else {
    c.error(ERR_SYNTAX);
    return;
  }
  updateExtraFlags(c);
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
  server.unblock(target, true);
  if (asError) target.error(ERR_UNBLOCKED);
  else state.onTimeout();
  server.wake(target);
  adminOf(server).toResume.push(target);
  c.reply.integer(1);
}

/** Redis's client type names (getClientTypeByName); "master" and "replica" match no client here. */
const CLIENT_TYPES = new Set(["normal", "slave", "replica", "pubsub", "master"]);

function clientType(c: Client): string {
  return isSubscribed(c) ? "pubsub" : "normal";
}


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
        if (val !== "default") {
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

// ---- MONITOR ----

/** A byte string quoted as sdscatrepr does: \" \\ \n \r \t \a \b, printable ASCII, else \xHH. */
export function reprString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    switch (ch) {
      case 92: out += "\\\\"; break;
      case 34: out += '\\"'; break;
      case 10: out += "\\n"; break;
      case 13: out += "\\r"; break;
      case 9: out += "\\t"; break;
      case 7: out += "\\a"; break;
      case 8: out += "\\b"; break;
      default:
        if (ch >= 32 && ch <= 126) out += s[i];
        else out += "\\x" + (ch < 16 ? "0" : "") + ch.toString(16);
    }
  }
  return out + '"';
}

/** Which arguments MONITOR shows as "(redacted)" (redactClientCommandArgument). */
function redacted(cmd: Command, argv: string[]): Set<number> | null {
  const name = cmd.fullName;
  if (name === "auth") {
    const r = new Set<number>();
    for (let j = 1; j < argv.length; j++) r.add(j);
    return r;
  }
  if (name === "hello") {
    for (let j = 2; j < argv.length; j++) {
      if (isKeyword(argv[j], "AUTH") && j + 2 < argv.length) return new Set([j + 1, j + 2]);
    }
  }
  return null;
}

/** Sends the command to the MONITOR clients (replicationFeedMonitors). */
function feedMonitors(server: Server, a: Admin, c: Client, cmd: Command, argv: string[]): void {
  if (cmd.admin || cmd.skipMonitor) return;
  const ms = server.now();
  const usec = (ms % 1000) * 1000 + Math.floor((server.host.monotonic() * 1000) % 1000);
  const hide = redacted(cmd, argv);
  let line = `+${Math.floor(ms / 1000)}.${String(usec).padStart(6, "0")} [${c.db.id} ${c.transport.remoteAddress}]`;
  for (let j = 0; j < argv.length; j++) line += " " + (hide?.has(j) ? '"(redacted)"' : reprString(argv[j]));
  line += "\r\n";
  for (const m of a.monitors) {
    m.reply.text(line);
    server.wake(m);
  }
}

/** MONITOR */
function monitorCommand(c: Client): void {
  if (c.ext.inExec === true) {
    c.error(ERR_MONITOR_DENY_BLOCKING);
    return;
  }
  if (c.ext.monitor === true) return;
  c.ext.monitor = true;
  adminOf(c.server).monitors.add(c);
  updateExtraFlags(c);
  c.reply.ok();
}

function stopMonitor(c: Client): void {
  if (c.ext.monitor !== true) return;
  c.ext.monitor = false;
  adminOf(c.server).monitors.delete(c);
  updateExtraFlags(c);
}

export function clientAdminCommands(server: Server): CommandDef[] {
  const a = adminOf(server);
  server.isPaused = (c: Client, cmd?: Command): boolean => {
    if (cmd === undefined || a.pauseType === null) return false;
    if (!pausedFor(server, a, c, cmd)) return false;
    if (!a.postponed.includes(c)) a.postponed.push(c);
    setPostponed(c, true);
    // CLIENT LIST shows the held command as the client's current one.
    c.lastCommand = cmd.fullName;
    return true;
  };
  server.expiryPaused = (): boolean => a.pauseType !== null && server.now() < a.pauseEnd;
  server.hooks.afterCommand.push((c, cmd, argv) => {
    if (a.monitors.size > 0) feedMonitors(server, a, c, cmd, argv);
    if (c.ext.inExec !== true && a.toResume.length > 0) runDeferred(server, a);
  });
  server.hooks.clientRemoved.push((c) => {
    stopMonitor(c);
    const i = a.postponed.indexOf(c);
    if (i >= 0) a.postponed.splice(i, 1);
    setPostponed(c, false);
  });
  // resetHooks is shared by every Server in the process: register once; the hook finds its server via c.
  if (!resetHooks.includes(stopMonitor)) resetHooks.push(stopMonitor);
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
