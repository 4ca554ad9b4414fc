/**
 * Client-side caching (tracking.c). The commands (CLIENT TRACKING, CACHING, GETREDIR, TRACKINGINFO) are in
 * commands/tracking.ts; this is the server-wide state and what the server calls.
 *
 * Default mode remembers, per key name, the ids of tracking clients that read it (read-only commands,
 * afterCommand); a change to the key (signalModifiedKey -> keyModified) sends those clients one invalidation
 * and forgets the entry. BCAST mode instead registers prefixes: changed keys under a prefix are collected
 * and broadcast once per event (beforeSleep). Invalidations are RESP3 pushes ["invalidate", [key ...]], or,
 * to a RESP2 REDIRECT target in Pub/Sub mode, a message on __redis__:invalidate. A flush invalidates
 * everything with a null key list.
 *
 * A client's settings are its CLIENT_TRACKING* flags, c.trackingRedirect and c.trackingPrefixes.
 */
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import {
  CLIENT_TRACKING,
  CLIENT_TRACKING_BCAST,
  CLIENT_TRACKING_BROKEN_REDIR,
  CLIENT_TRACKING_CACHING,
  CLIENT_TRACKING_NOLOOP,
  CLIENT_TRACKING_OPTIN,
  CLIENT_TRACKING_OPTOUT,
} from "../client.ts";
import type { Command } from "../commands/table.ts";
import { getKeysFromCommand } from "../commands/table.ts";
import { isSubscribed } from "../clientinfo.ts";

/** One BCAST prefix: its clients and the keys changed under it since the last broadcast (key -> changer). */
interface PrefixState {
  clients: Set<Client>;
  keys: Map<string, Client | null>;
}

/** The options of CLIENT TRACKING ON, as client flags (CLIENT_TRACKING_BCAST | _OPTIN | _OPTOUT | _NOLOOP). */
export type TrackingOptions = number;

/** The flags enableTracking resets (CLIENT CACHING's survives). */
const TRACKING_MODE = CLIENT_TRACKING_BROKEN_REDIR | CLIENT_TRACKING_BCAST | CLIENT_TRACKING_OPTIN |
  CLIENT_TRACKING_OPTOUT |
  CLIENT_TRACKING_NOLOOP;

/** Read-only scripts are not tracked themselves, only the commands they run. */
const SCRIPTS_RO = new Set(["eval_ro", "evalsha_ro", "fcall_ro"]);

export class Tracking {
  private readonly server: Server;
  /** Set when a client first turns tracking on: until then no command pays for tracking. */
  inUse = false;
  /** Key name -> ids of clients that may cache it (TrackingTable). */
  private readonly table = new Map<string, Set<number>>();
  private totalItems = 0;
  /** BCAST prefixes (PrefixTable). */
  private readonly prefixes = new Map<string, PrefixState>();
  /** Clients with tracking on (INFO tracking_clients). */
  clients = 0;
  /** Invalidations for the client running a command, sent after its reply: keys, null = flush. */
  private pending: { c: Client; key: string | null }[] = [];
  /** trackingLimitUsedSlots' effort multiplier. */
  private timeoutCounter = 0;

  constructor(server: Server) {
    this.server = server;
  }

  // ---- Enabling and disabling ----

  /** enableTracking: `options` are CLIENT_TRACKING_* mode flags; BCAST registers `prefixes` (or ""). */
  enable(c: Client, redirect: number, options: TrackingOptions, prefixes: string[]): void {
    this.inUse = true;
    if ((c.flags & CLIENT_TRACKING) === 0) this.clients++;
    c.flags = (c.flags & ~TRACKING_MODE) | CLIENT_TRACKING | options;
    c.trackingRedirect = redirect;
    if ((options & CLIENT_TRACKING_BCAST) !== 0) {
      const mine = (c.trackingPrefixes ??= new Set());
      for (const p of prefixes.length === 0 ? [""] : prefixes) {
        let ps = this.prefixes.get(p);
        if (!ps) this.prefixes.set(p, ps = { clients: new Set(), keys: new Map() });
        ps.clients.add(c);
        mine.add(p);
      }
    }
  }

  /** disableTracking (CLIENT TRACKING OFF, RESET, disconnect). */
  disable(c: Client): void {
    if ((c.flags & CLIENT_TRACKING_BCAST) !== 0 && c.trackingPrefixes !== null) {
      for (const p of c.trackingPrefixes) {
        const ps = this.prefixes.get(p);
        if (!ps) continue;
        ps.clients.delete(c);
        if (ps.clients.size === 0) this.prefixes.delete(p);
      }
      c.trackingPrefixes = null;
    }
    if ((c.flags & CLIENT_TRACKING) !== 0) {
      this.clients--;
      c.flags &= ~(TRACKING_MODE | CLIENT_TRACKING | CLIENT_TRACKING_CACHING);
    }
  }

  // ---- Sending invalidations ----

  /** Writes one invalidation (sendTrackingMessage): `keys` is a key, or null for "everything" (a flush). */
  private sendTrackingMessage(c: Client, keys: string | string[] | null): void {
    const server = this.server;
    let to = c;
    let redirected = false;
    if (c.trackingRedirect !== 0) {
      const target = server.clients.get(c.trackingRedirect);
      if (!target) {
        c.flags |= CLIENT_TRACKING_BROKEN_REDIR;
        // Tell the tracking connection its redirect target is gone (RESP3 only).
        if (c.proto === 3) {
          const start = c.reply.pos;
          c.reply.push(2);
          c.reply.bulk("tracking-redir-broken");
          c.reply.integer(c.trackingRedirect);
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
  private isExecuting(c: Client): boolean {
    return c.current !== null || this.server.blocking.servingClient === c;
  }

  /** The client whose command is running (server.current_client), or null (cron, timers). */
  private currentClient(): Client | null {
    const serving = this.server.blocking.servingClient;
    if (serving !== null) return serving;
    const cur = this.server.currentClient;
    return cur !== null && cur.current !== null ? cur : null;
  }

  /**
   * A key changed (signalModifiedKey). `key` null is a flush of `db` (or of everything); `expired` says the
   * change is an expiry, which has no changing client for BCAST's NOLOOP.
   */
  keyModified(key: string | null, expired: boolean): void {
    if (key !== null && this.table.size === 0 && this.prefixes.size === 0) return;
    // The client running a command (NOLOOP, and its own invalidations wait for its reply).
    const changer = this.currentClient();
    if (key === null) {
      // SWAPDB signals both databases too, but Redis sends no invalidation for it.
      if (changer?.current?.fullName !== "swapdb") this.invalidateOnFlush(changer);
    } else {
      this.invalidateKey(key, true, changer, expired ? null : changer);
    }
  }

  /**
   * trackingInvalidateKey. `bcast` collects the key for BCAST prefixes too, remembering who changed it
   * (`bcastChanger`: null for expiry and eviction) for NOLOOP.
   */
  private invalidateKey(key: string, bcast: boolean, changer: Client | null, bcastChanger = changer): void {
    if (bcast && this.prefixes.size > 0) {
      for (const [prefix, ps] of this.prefixes) if (key.startsWith(prefix)) ps.keys.set(key, bcastChanger);
    }
    const ids = this.table.get(key);
    if (!ids) return;
    for (const id of ids) {
      const target = this.server.clients.get(id);
      if (!target || (target.flags & (CLIENT_TRACKING | CLIENT_TRACKING_BCAST)) !== CLIENT_TRACKING) continue;
      if ((target.flags & CLIENT_TRACKING_NOLOOP) !== 0 && target === changer) continue;
      if (target === changer && this.isExecuting(target)) this.pending.push({ c: target, key });
      else this.sendTrackingMessage(target, key);
    }
    this.totalItems -= ids.size;
    this.table.delete(key);
  }

  /** FLUSHDB/FLUSHALL: every tracking client invalidates everything (trackingInvalidateKeysOnFlush). */
  private invalidateOnFlush(current: Client | null): void {
    if (this.clients > 0) {
      for (const c of this.server.clients.values()) {
        if ((c.flags & CLIENT_TRACKING) === 0) continue;
        if (c === current && this.isExecuting(c)) this.pending.push({ c, key: null });
        else this.sendTrackingMessage(c, null);
      }
    }
    this.table.clear();
    this.totalItems = 0;
  }

  /** The running client's own invalidations, once its reply is written (trackingHandlePendingKeyInvalidations). */
  private sendPending(): void {
    if (this.pending.length === 0) return;
    const list = this.pending;
    this.pending = [];
    for (const p of list) {
      if (!p.c.closed && (p.c.flags & CLIENT_TRACKING) !== 0) this.sendTrackingMessage(p.c, p.key);
    }
  }

  /** BCAST: send each prefix's changed keys to its clients, once per event (trackingBroadcastInvalidationMessages). */
  private broadcastInvalidations(): void {
    if (this.clients === 0 || this.prefixes.size === 0) return;
    const prefixes = [...this.prefixes.keys()].sort();
    for (const prefix of prefixes) {
      const ps = this.prefixes.get(prefix)!;
      if (ps.keys.size === 0) continue;
      const changed = [...ps.keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      ps.keys = new Map();
      const all = changed.map((e) => e[0]);
      for (const c of ps.clients) {
        if ((c.flags & CLIENT_TRACKING_NOLOOP) !== 0) {
          const mine = changed.filter((e) => e[1] !== c).map((e) => e[0]);
          if (mine.length > 0) this.sendTrackingMessage(c, mine);
        } else {
          this.sendTrackingMessage(c, all);
        }
      }
    }
  }

  /** Keeps the tracking table within tracking-table-max-keys by invalidating keys (trackingLimitUsedSlots). */
  private limitUsedSlots(): void {
    const max = this.server.config.getNumber("tracking-table-max-keys");
    if (max === 0) return;
    if (this.table.size <= max) {
      this.timeoutCounter = 0;
      return;
    }
    let effort = 100 * (this.timeoutCounter + 1);
    while (effort-- > 0) {
      const key = this.table.keys().next();
      if (key.done) break;
      this.invalidateKey(key.value, false, null);
      if (this.table.size <= max) {
        this.timeoutCounter = 0;
        return;
      }
    }
    this.timeoutCounter++;
  }

  // ---- What the server calls (only once inUse) ----

  /** Before a command runs. */
  beforeCommand(): void {
    // Invalidations left by a served blocked client go out before the next command runs.
    this.sendPending();
    if (this.clients > 0) this.limitUsedSlots();
  }

  /** After a command ran; `nested` inside EXEC. */
  afterCommand(c: Client, cmd: Command, argv: string[], nested: boolean): void {
    if ((c.flags & CLIENT_TRACKING) !== 0) {
      if ((c.flags & CLIENT_TRACKING_BCAST) === 0 && cmd.readonly && !SCRIPTS_RO.has(cmd.fullName)) {
        this.rememberKeys(c, cmd, argv);
      }
      // CLIENT CACHING covers the next command, or the whole next transaction.
      if (c.multi === null && !cmd.fullName.startsWith("client|")) c.flags &= ~CLIENT_TRACKING_CACHING;
    }
    if (!nested) this.sendPending();
  }

  /** End of an event: a served blocked client's own invalidations (its reply is written by now), then BCAST. */
  beforeSleep(): void {
    this.sendPending();
    this.broadcastInvalidations();
  }

  /** trackingRememberKeys: the client may now cache the keys this read-only command fetched. */
  private rememberKeys(c: Client, cmd: Command, argv: string[]): void {
    const f = c.flags;
    const caching = (f & CLIENT_TRACKING_CACHING) !== 0;
    if (((f & CLIENT_TRACKING_OPTIN) !== 0 && !caching) || ((f & CLIENT_TRACKING_OPTOUT) !== 0 && caching)) return;
    // Shard channels look like keys to COMMAND GETKEYS but are not cached data.
    if (cmd.pubsub) return;
    for (const { pos } of getKeysFromCommand(cmd, argv)) {
      const key = argv[pos];
      let ids = this.table.get(key);
      if (!ids) this.table.set(key, ids = new Set());
      if (!ids.has(c.id)) {
        ids.add(c.id);
        this.totalItems++;
      }
    }
  }

  /** INFO stats lines. */
  infoStats(): string[] {
    return [
      `tracking_total_keys:${this.table.size}`,
      `tracking_total_items:${this.totalItems}`,
      `tracking_total_prefixes:${this.prefixes.size}`,
    ];
  }
}
