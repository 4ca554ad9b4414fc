/**
 * Client-side caching (tracking.c): CLIENT TRACKING, CACHING, GETREDIR, TRACKINGINFO.
 *
 * Default mode remembers, per key name, the ids of tracking clients that read it (read-only commands,
 * server.hooks.afterCommand); a change to the key (server.hooks.keyModified) sends those clients one
 * invalidation and forgets the entry. BCAST mode instead registers prefixes: changed keys under a prefix
 * are collected and broadcast once per event (server.hooks.beforeSleep). Invalidations are RESP3 pushes
 * ["invalidate", [key ...]], or, to a RESP2 REDIRECT target in Pub/Sub mode, a message on
 * __redis__:invalidate. A flush invalidates everything with a null key list.
 */
import { getKeysFromCommand } from "./table.ts";
import type { Command, CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import { NOTIFY_EVICTED, NOTIFY_EXPIRED } from "../notify.ts";
import type { Client } from "../client.ts";
import type { Db } from "../keyspace/db.ts";
import {
  errPrefixOverlap,
  ERR_CACHING_NO,
  ERR_CACHING_NOT_OPT,
  ERR_CACHING_YES,
  ERR_NOT_INTEGER,
  ERR_SYNTAX,
  ERR_TRACKING_BCAST_SWITCH,
  ERR_TRACKING_NO_REDIRECT_CLIENT,
  ERR_TRACKING_ONE_REDIRECT,
  ERR_TRACKING_OPTIN_OPTOUT,
  ERR_TRACKING_OPT_BCAST,
  ERR_TRACKING_OPT_SWITCH,
  ERR_TRACKING_PREFIX_NEEDS_BCAST,
} from "../errors.ts";
import { parseInt64 } from "../bytes.ts";
import { isKeyword } from "./util.ts";
import { isSubscribed } from "./pubsub.ts";
import { resetHooks } from "./connection.ts";

/** A client's tracking settings (the CLIENT_TRACKING_* flags). Absent when tracking was never enabled. */
export interface TrackingState {
  on: boolean;
  /** Client id invalidations go to; 0 = the client itself. */
  redirect: number;
  bcast: boolean;
  optin: boolean;
  optout: boolean;
  noloop: boolean;
  /** CLIENT CACHING given for the next command. */
  caching: boolean;
  brokenRedirect: boolean;
  /** BCAST prefixes, in registration order (replies sort them as Redis's radix tree does). */
  prefixes: Set<string>;
}

/** One BCAST prefix: its clients and the keys changed under it since the last broadcast (key -> changer). */
interface PrefixState {
  clients: Set<Client>;
  keys: Map<string, Client | null>;
}

interface Tracking {
  /** Key name -> ids of clients that may cache it. */
  table: Map<string, Set<number>>;
  totalItems: number;
  prefixes: Map<string, PrefixState>;
  clients: number;
  /** Invalidations for the client running a command, sent after its reply: keys, null = flush. */
  pending: { c: Client; key: string | null }[];
  /** trackingLimitUsedSlots' effort multiplier. */
  timeoutCounter: number;
  /** The key an "expired"/"evicted" event just named: its change has no changing client (NOLOOP). */
  expiring: string | null;
}

function trackingOf(server: Server): Tracking {
  let t = server.ext.tracking as Tracking | undefined;
  if (!t) {
    t = {
      table: new Map(), totalItems: 0, prefixes: new Map(), clients: 0, pending: [], timeoutCounter: 0, expiring: null,
    };
    server.ext.tracking = t;
    // Until a client first turns tracking on, its per-command hooks would only find nothing to do.
    const hooks = server.ext.trackingHooks as TrackingHooks;
    server.toggleHook("keyModified", hooks.keyModified, true);
    server.toggleHook("keyspaceEvent", hooks.keyspaceEvent, true);
    server.toggleHook("afterCommand", hooks.afterCommand, true);
  }
  return t;
}

interface TrackingHooks {
  keyModified: (db: Db | null, key: string | null) => void;
  keyspaceEvent: (type: number, event: string, key: string, dbid: number) => void;
  afterCommand: (c: Client, cmd: Command, argv: string[]) => void;
}

export function trackingState(c: Client): TrackingState | null {
  return (c.ext.tracking as TrackingState | undefined) ?? null;
}

/**
 * Recomputes the CLIENT LIST flags this family and the client-admin family own, in Redis's order:
 * O (monitor), b (held by CLIENT PAUSE), t R B (tracking), e (no-evict).
 */
export function updateExtraFlags(c: Client): void {
  const t = trackingState(c);
  let f = c.ext.monitor === true ? "O" : "";
  if (c.ext.postponed === true) f += "b";
  if (t?.on) {
    f += "t";
    if (t.brokenRedirect) f += "R";
    if (t.bcast) f += "B";
  }
  if (c.ext.noEvict === true) f += "e";
  c.extraFlags = f;
  c.ext.trackingRedirect = t?.on ? t.redirect : undefined;
}

// ---- Sending invalidations ----

/** Writes one invalidation (sendTrackingMessage): `keys` is a key, or null for "everything" (a flush). */
function sendTrackingMessage(server: Server, c: Client, keys: string | string[] | null): void {
  const t = trackingState(c)!;
  let to = c;
  let redirected = false;
  if (t.redirect !== 0) {
    const target = server.clients.get(t.redirect);
    if (!target) {
      t.brokenRedirect = true;
      updateExtraFlags(c);
      // Tell the tracking connection its redirect target is gone (RESP3 only).
      if (c.proto === 3) {
        const start = c.reply.pos;
        c.reply.push(2);
        c.reply.bulk("tracking-redir-broken");
        c.reply.integer(t.redirect);
        c.markPush(start);
        server.wake(c);
      }
      return;
    }
    to = target;
    redirected = true;
  }
  const w = to.reply;
  const start = w.pos;
  if (to.proto === 3) {
    w.push(2);
    w.bulk("invalidate");
  } else if (redirected && isSubscribed(to)) {
    w.array(3);
    w.bulk("message");
    w.bulk("__redis__:invalidate");
  } else {
    return; // RESP2 without a redirect: nowhere to send it.
  }
  if (keys === null) {
    // Redis writes the null of the tracking client's protocol, even into another client's stream.
    w.text(c.proto === 3 ? "_\r\n" : "$-1\r\n");
  } else if (typeof keys === "string") {
    w.array(1);
    w.bulk(keys);
  } else {
    w.bulkArray(keys);
  }
  to.markPush(start);
  server.wake(to);
}

/** The client is running a command now: its own invalidations wait until its reply is written. */
function isExecuting(c: Client): boolean {
  return c.current !== null || c.ext.inExec === true || c.server.servingClient === c;
}

/**
 * A key changed (trackingInvalidateKey). `bcast` collects it for BCAST prefixes too, remembering who
 * changed it (`bcastChanger`: null for expiry and eviction) for NOLOOP.
 */
function invalidateKey(server: Server, key: string, bcast: boolean, changer: Client | null, bcastChanger = changer): void {
  const t = trackingOf(server);
  if (bcast && t.prefixes.size > 0) {
    for (const [prefix, ps] of t.prefixes) if (key.startsWith(prefix)) ps.keys.set(key, bcastChanger);
  }
  const ids = t.table.get(key);
  if (!ids) return;
  for (const id of ids) {
    const target = server.clients.get(id);
    const ts = target ? trackingState(target) : null;
    if (!target || !ts || !ts.on || ts.bcast) continue;
    if (ts.noloop && target === changer) continue;
    if (target === changer && isExecuting(target)) t.pending.push({ c: target, key });
    else sendTrackingMessage(server, target, key);
  }
  t.totalItems -= ids.size;
  t.table.delete(key);
}

/** FLUSHDB/FLUSHALL: every tracking client invalidates everything (trackingInvalidateKeysOnFlush). */
function invalidateOnFlush(server: Server, current: Client | null): void {
  const t = trackingOf(server);
  if (t.clients > 0) {
    for (const c of server.clients.values()) {
      if (!trackingState(c)?.on) continue;
      if (c === current && isExecuting(c)) t.pending.push({ c, key: null });
      else sendTrackingMessage(server, c, null);
    }
  }
  t.table.clear();
  t.totalItems = 0;
}

/** After a top-level command: the running client's own invalidations (trackingHandlePendingKeyInvalidations). */
function sendPending(server: Server): void {
  const t = trackingOf(server);
  if (t.pending.length === 0) return;
  const list = t.pending;
  t.pending = [];
  for (const p of list) {
    if (!p.c.closed && trackingState(p.c)?.on) sendTrackingMessage(server, p.c, p.key);
  }
}

/** BCAST: send each prefix's changed keys to its clients, once per event. */
function broadcastInvalidations(server: Server): void {
  const t = server.ext.tracking as Tracking | undefined;
  if (!t || t.clients === 0 || t.prefixes.size === 0) return;
  const prefixes = [...t.prefixes.keys()].sort();
  for (const prefix of prefixes) {
    const ps = t.prefixes.get(prefix)!;
    if (ps.keys.size === 0) continue;
    const changed = [...ps.keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    ps.keys = new Map();
    const all = changed.map((e) => e[0]);
    for (const c of ps.clients) {
      if (trackingState(c)?.noloop) {
        const mine = changed.filter((e) => e[1] !== c).map((e) => e[0]);
        if (mine.length > 0) sendTrackingMessage(server, c, mine);
      } else {
        sendTrackingMessage(server, c, all);
      }
    }
  }
}

/** Keeps the tracking table within tracking-table-max-keys by invalidating keys (trackingLimitUsedSlots). */
function limitUsedSlots(server: Server): void {
  const t = trackingOf(server);
  const max = server.config.getNumber("tracking-table-max-keys");
  if (max === 0) return;
  if (t.table.size <= max) {
    t.timeoutCounter = 0;
    return;
  }
  let effort = 100 * (t.timeoutCounter + 1);
  while (effort-- > 0) {
    const key = t.table.keys().next();
    if (key.done) break;
    invalidateKey(server, key.value, false, null);
    if (t.table.size <= max) {
      t.timeoutCounter = 0;
      return;
    }
  }
  t.timeoutCounter++;
}

// ---- Remembering keys ----

/** trackingRememberKeys: the client may now cache the keys this read-only command fetched. */
function rememberKeys(server: Server, c: Client, t: TrackingState, cmd: Command, argv: string[]): void {
  if ((t.optin && !t.caching) || (t.optout && t.caching)) return;
  // Shard channels look like keys to COMMAND GETKEYS but are not cached data.
  if (cmd.pubsub) return;
  const keys = getKeysFromCommand(cmd, argv);
  if (keys.length === 0) return;
  const tr = trackingOf(server);
  for (const { pos } of keys) {
    const key = argv[pos];
    let ids = tr.table.get(key);
    if (!ids) tr.table.set(key, (ids = new Set()));
    if (!ids.has(c.id)) {
      ids.add(c.id);
      tr.totalItems++;
    }
  }
}

// ---- Enabling and disabling ----

function disableTracking(server: Server, c: Client): void {
  const t = trackingState(c);
  if (!t) return;
  const tr = trackingOf(server);
  if (t.bcast) {
    for (const p of t.prefixes) {
      const ps = tr.prefixes.get(p);
      if (!ps) continue;
      ps.clients.delete(c);
      if (ps.clients.size === 0) tr.prefixes.delete(p);
    }
    t.prefixes = new Set();
  }
  if (t.on) {
    tr.clients--;
    t.on = false;
    t.brokenRedirect = t.bcast = t.optin = t.optout = t.caching = t.noloop = false;
  }
  updateExtraFlags(c);
}

function trackingOff(c: Client): void {
  disableTracking(c.server, c);
}

function enableTracking(server: Server, c: Client, redirect: number, opts: Opts, prefixes: string[]): void {
  const tr = trackingOf(server);
  let t = trackingState(c);
  if (!t) {
    t = {
      on: false, redirect: 0, bcast: false, optin: false, optout: false, noloop: false, caching: false,
      brokenRedirect: false, prefixes: new Set(),
    };
    c.ext.tracking = t;
  }
  if (!t.on) tr.clients++;
  t.on = true;
  t.brokenRedirect = t.bcast = t.optin = t.optout = t.noloop = false;
  t.redirect = redirect;
  if (opts.bcast) {
    t.bcast = true;
    for (const p of prefixes.length === 0 ? [""] : prefixes) {
      let ps = tr.prefixes.get(p);
      if (!ps) tr.prefixes.set(p, (ps = { clients: new Set(), keys: new Map() }));
      ps.clients.add(c);
      t.prefixes.add(p);
    }
  }
  t.optin = opts.optin;
  t.optout = opts.optout;
  t.noloop = opts.noloop;
  updateExtraFlags(c);
}

interface Opts {
  bcast: boolean;
  optin: boolean;
  optout: boolean;
  noloop: boolean;
}

/** Two prefixes overlap when one starts with the other (stringCheckPrefix). */
function overlaps(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** CLIENT TRACKING ON|OFF [REDIRECT client-id] [PREFIX prefix ...] [BCAST] [OPTIN] [OPTOUT] [NOLOOP] */
function clientTrackingCommand(c: Client, argv: string[]): void {
  let redirect = 0;
  const opts: Opts = { bcast: false, optin: false, optout: false, noloop: false };
  const prefixes: string[] = [];
  for (let j = 3; j < argv.length; j++) {
    const more = argv.length - 1 - j > 0;
    const opt = argv[j];
    if (isKeyword(opt, "REDIRECT") && more) {
      j++;
      if (redirect !== 0) {
        c.error(ERR_TRACKING_ONE_REDIRECT);
        return;
      }
      const id = parseInt64(argv[j]);
      if (id === null) {
        c.error(ERR_NOT_INTEGER);
        return;
      }
      if (typeof id === "bigint" || !c.server.clients.has(id)) {
        c.error(ERR_TRACKING_NO_REDIRECT_CLIENT);
        return;
      }
      redirect = id;
    } else if (isKeyword(opt, "BCAST")) opts.bcast = true;
    else if (isKeyword(opt, "OPTIN")) opts.optin = true;
    else if (isKeyword(opt, "OPTOUT")) opts.optout = true;
    else if (isKeyword(opt, "NOLOOP")) opts.noloop = true;
    else if (isKeyword(opt, "PREFIX") && more) prefixes.push(argv[++j]);
    else {
      c.error(ERR_SYNTAX);
      return;
    }
  }
  const t = trackingState(c);
  if (isKeyword(argv[2], "ON")) {
    if (!opts.bcast && prefixes.length > 0) {
      c.error(ERR_TRACKING_PREFIX_NEEDS_BCAST);
      return;
    }
    if (t?.on && t.bcast !== opts.bcast) {
      c.error(ERR_TRACKING_BCAST_SWITCH);
      return;
    }
    if (opts.bcast && (opts.optin || opts.optout)) {
      c.error(ERR_TRACKING_OPT_BCAST);
      return;
    }
    if (opts.optin && opts.optout) {
      c.error(ERR_TRACKING_OPTIN_OPTOUT);
      return;
    }
    if (t?.on && ((opts.optin && t.optout) || (opts.optout && t.optin))) {
      c.error(ERR_TRACKING_OPT_SWITCH);
      return;
    }
    if (opts.bcast) {
      for (let i = 0; i < prefixes.length; i++) {
        const p = prefixes[i];
        for (const old of t?.prefixes ?? []) {
          if (overlaps(old, p)) {
            c.error(errPrefixOverlap(p, old, true));
            return;
          }
        }
        for (let k = i + 1; k < prefixes.length; k++) {
          if (overlaps(p, prefixes[k])) {
            c.error(errPrefixOverlap(p, prefixes[k], false));
            return;
          }
        }
      }
    }
    enableTracking(c.server, c, redirect, opts, prefixes);
  } else if (isKeyword(argv[2], "OFF")) {
    disableTracking(c.server, c);
  } else {
    c.error(ERR_SYNTAX);
    return;
  }
  c.reply.ok();
}

/** CLIENT CACHING YES|NO */
function clientCachingCommand(c: Client, argv: string[]): void {
  const t = trackingState(c);
  if (!t?.on) {
    c.error(ERR_CACHING_NOT_OPT);
    return;
  }
  if (isKeyword(argv[2], "YES")) {
    if (!t.optin) {
      c.error(ERR_CACHING_YES);
      return;
    }
  } else if (isKeyword(argv[2], "NO")) {
    if (!t.optout) {
      c.error(ERR_CACHING_NO);
      return;
    }
  } else {
    c.error(ERR_SYNTAX);
    return;
  }
  t.caching = true;
  c.reply.ok();
}

/** CLIENT GETREDIR */
function clientGetredirCommand(c: Client): void {
  const t = trackingState(c);
  c.reply.integer(t?.on ? t.redirect : -1);
}

/** CLIENT TRACKINGINFO */
function clientTrackinginfoCommand(c: Client): void {
  const t = trackingState(c);
  const w = c.reply;
  const flags: string[] = [t?.on ? "on" : "off"];
  if (t) {
    if (t.bcast) flags.push("bcast");
    if (t.optin) {
      flags.push("optin");
      if (t.caching) flags.push("caching-yes");
    }
    if (t.optout) {
      flags.push("optout");
      if (t.caching) flags.push("caching-no");
    }
    if (t.noloop) flags.push("noloop");
    if (t.brokenRedirect) flags.push("broken_redirect");
  }
  w.map(3);
  w.bulk("flags");
  w.set(flags.length);
  for (const f of flags) w.bulk(f);
  w.bulk("redirect");
  w.integer(t?.on ? t.redirect : -1);
  w.bulk("prefixes");
  w.bulkArray(t ? [...t.prefixes].sort() : []);
}

const SCRIPTS_RO = new Set(["eval_ro", "evalsha_ro", "fcall_ro"]);

export function trackingCommands(server: Server): CommandDef[] {
  const hooks: TrackingHooks = {
    keyModified: () => {},
    keyspaceEvent: () => {},
    afterCommand: () => {},
  };
  server.ext.trackingHooks = hooks;
  hooks.keyModified = (_db, key) => {
    const t = server.ext.tracking as Tracking | undefined;
    if (t === undefined) return;
    if (key !== null && t.table.size === 0 && t.prefixes.size === 0) return;
    // The client running a command (NOLOOP, and its own invalidations wait for its reply).
    const changer = currentClient(server);
    const expired = t.expiring !== null && t.expiring === key;
    t.expiring = null;
    if (key === null) {
      // SWAPDB signals both databases too, but Redis sends no invalidation for it.
      if (changer?.current?.fullName !== "swapdb") invalidateOnFlush(server, changer);
    }
    else invalidateKey(server, key, true, changer, expired ? null : changer);
  };
  hooks.keyspaceEvent = (type, _event, key) => {
    // Expiry and eviction report their event just before the key-change signal.
    if ((type & (NOTIFY_EXPIRED | NOTIFY_EVICTED)) === 0) return;
    const t = server.ext.tracking as Tracking | undefined;
    if (t !== undefined) t.expiring = key;
  };
  hooks.afterCommand = (c, cmd, argv) => {
    const t = trackingState(c);
    if (t !== null && t.on) {
      // Read-only scripts are not tracked themselves, only the commands they run.
      if (!t.bcast && cmd.readonly && !SCRIPTS_RO.has(cmd.fullName)) rememberKeys(server, c, t, cmd, argv);
      // CLIENT CACHING covers the next command, or the whole next transaction.
      if (c.multi === null && !cmd.fullName.startsWith("client|")) t.caching = false;
    }
    if (c.ext.inExec !== true && server.ext.tracking !== undefined) sendPending(server);
  };
  server.hooks.gate.push((c) => {
    server.ext.currentClient = c;
    const t = server.ext.tracking as Tracking | undefined;
    if (t !== undefined) {
      // Invalidations left by a served blocked client go out before its next command runs.
      if (t.pending.length > 0) sendPending(server);
      if (t.clients > 0) limitUsedSlots(server);
    }
    return null;
  });
  server.hooks.beforeSleep.push(() => {
    // A served blocked client's own invalidations (its reply is written by now), then BCAST.
    if (server.ext.tracking !== undefined) sendPending(server);
    broadcastInvalidations(server);
  });
  server.hooks.clientRemoved.push(trackingOff);
  // resetHooks is shared by every Server in the process: register once; the hook finds its server via c.
  if (!resetHooks.includes(trackingOff)) resetHooks.push(trackingOff);
  const prevClients = server.hooks.info.get("clients");
  server.hooks.info.set("clients", (c) => [
    ...(prevClients?.(c) ?? []),
    `tracking_clients:${(server.ext.tracking as Tracking | undefined)?.clients ?? 0}`,
  ]);
  const prevStats = server.hooks.info.get("stats");
  server.hooks.info.set("stats", (c) => {
    const t = server.ext.tracking as Tracking | undefined;
    return [
      ...(prevStats?.(c) ?? []),
      `tracking_total_keys:${t?.table.size ?? 0}`,
      `tracking_total_items:${t?.totalItems ?? 0}`,
      `tracking_total_prefixes:${t?.prefixes.size ?? 0}`,
    ];
  });
  return [
    {
      name: "client",
      subcommands: [
        { name: "tracking", handler: clientTrackingCommand },
        { name: "caching", handler: clientCachingCommand },
        { name: "getredir", handler: clientGetredirCommand },
        { name: "trackinginfo", handler: clientTrackinginfoCommand },
      ],
    },
  ];
}

/** The client whose command is running (server.current_client), or null (cron, timers). */
function currentClient(server: Server): Client | null {
  if (server.servingClient !== null) return server.servingClient;
  const cur = server.ext.currentClient as Client | undefined;
  return cur && (cur.current !== null || cur.ext.inExec === true) ? cur : null;
}
