/**
 * The server: databases, settings, the command table, connected clients, the clock, and the machinery that
 * crosses clients (blocking, key-change signals, keyspace events). Runtime-free: a shim creates one with a
 * Host, calls `connect` for each connection and `start` to get the periodic tick.
 */
import { Config, CONFIG_BAD_DIRECTIVE } from "./config.ts";
import { Db } from "./keyspace/db.ts";
import { CommandTable } from "./commands/table.ts";
import type { Command, CommandDef } from "./commands/table.ts";
import type { Host, TimerHandle, Transport } from "./host.ts";
import { Client } from "./client.ts";
import type { BlockState } from "./client.ts";
import { NOTIFY_EXPIRED } from "./notify.ts";
import { ERR_MAX_CLIENTS, ERR_PROTECTED_MODE } from "./errors.ts";

/**
 * A startup setting redis-server would refuse ("FATAL CONFIG FILE ERROR"): the config line it stands for
 * (command-line settings count from line 2), the directive as Redis quotes it, and the reason.
 */
export class ConfigFileError extends RangeError {
  readonly line: number;
  readonly directive: string;
  readonly reason: string;

  constructor(line: number, name: string, value: string, reason: string) {
    super(reason);
    this.name = "ConfigFileError";
    this.line = line;
    this.directive = [name, ...value.split(" ").map((w) => `"${w}"`)].join(" ");
    this.reason = reason;
  }

  /** The report redis-server prints to stderr before exiting with status 1. */
  report(version: string): string {
    return `\n*** FATAL CONFIG FILE ERROR (Redis ${version}) ***\nReading the configuration file, at line ${this.line}\n>>> '${this.directive}'\n${this.reason}`;
  }
}

/**
 * Whether a peer ("ip:port") is local as Redis's islocalClient sees it: exactly 127.0.0.1 or ::1 (not the
 * rest of 127/8). A dual-stack listener reports IPv4 peers in the IPv4-mapped form, which Redis, with one
 * socket per family, never sees. Unix sockets would be local too; no shim listens on one.
 */
export function isLocalAddress(remote: string): boolean {
  const colon = remote.lastIndexOf(":");
  const ip = colon < 0 ? remote : remote.slice(0, colon);
  return ip === "127.0.0.1" || ip === "::1" || ip === "::ffff:127.0.0.1";
}

export const VERSION = "7.0.15";
/** Descriptors Redis keeps for itself out of the open file limit (CONFIG_MIN_RESERVED_FDS). */
const RESERVED_FDS = 32;

export interface ServerOptions {
  host: Host;
  /** Settings applied at startup, as from the command line (`--port 6380` => ["port", "6380"]). */
  config?: [string, string][];
  /**
   * The command families, each handed the server once to give its rows (and install what it needs). The
   * server knows no family itself, so the families may import it without a cycle; the entry modules
   * (mod.ts, the runtime shims) pass every family (`allCommands` in commands/index.ts).
   */
  families?: readonly CommandFamily[];
  /** Extra command rows (tests, embedding). */
  commands?: CommandDef[];
}

/** A command family (t_string.c, t_list.c ...): its command rows, given the server it serves. */
export type CommandFamily = (server: Server) => CommandDef[];

/** Hooks the families install: each is a list so several families can listen. */
export interface ServerHooks {
  /** A key's value changed (signalModifiedKey): WATCH, client tracking. */
  keyModified: ((db: Db | null, key: string | null) => void)[];
  /** A keyspace event (notifyKeyspaceEvent): type is a NOTIFY_* class bit. */
  keyspaceEvent: ((type: number, event: string, key: string, dbid: number) => void)[];
  /** After each command ran: MONITOR, AOF, tracking. */
  afterCommand: ((c: Client, cmd: Command, argv: string[]) => void)[];
  /** A client is going away. */
  clientRemoved: ((c: Client) => void)[];
  /** Lets a family refuse a command before it runs (Pub/Sub context, pauses ...): an error text or null. */
  gate: ((c: Client, cmd: Command, argv: string[]) => string | null)[];
  /** Extra INFO sections: name (lowercase) -> lines. */
  info: Map<string, (c: Client | null) => string[]>;
  /** End of an event, before replies go out (Redis's beforeSleep): client-tracking broadcasts. */
  beforeSleep: (() => void)[];
}

export class Server {
  readonly host: Host;
  readonly config: Config;
  readonly dbs: Db[];
  readonly commands: CommandTable;
  readonly clients = new Map<number, Client>();
  readonly hooks: ServerHooks = {
    keyModified: [],
    keyspaceEvent: [],
    afterCommand: [],
    clientRemoved: [],
    gate: [],
    info: new Map(),
    beforeSleep: [],
  };
  /** Cached clock for the command being run (Redis keeps one per call too). */
  time: number;
  readonly startedAt: number;
  private nextClientId = 1;
  protoMaxBulkLen: number;
  queryBufferLimit: number;
  /** Writes since the last save (INFO rdb_changes_since_last_save, save points). */
  dirty = 0;
  readonly stats = {
    connections: 0,
    commands: 0,
    expiredKeys: 0,
    expiredStalePerc: 0,
    evictedKeys: 0,
    keyspaceHits: 0,
    keyspaceMisses: 0,
    rejectedConnections: 0,
    protocolErrors: 0,
    errorReplies: 0,
    errorCodes: new Map<string, number>(),
    netInput: 0,
    netOutput: 0,
  };
  /** Clients written to from outside their own input (served blocked clients, Pub/Sub): flushed together. */
  private pendingFlush = new Set<Client>();
  /** Keys pushed to while clients wait on them, handled after the current command. */
  private readyKeys: { db: Db; key: string }[] = [];
  /** Clients blocked per database and key, first come first served. */
  private blockedOn = new Map<Db, Map<string, Client[]>>();
  blockedClients = 0;
  /** The blocked client being served right now by handleReadyKeys, else null. */
  servingClient: Client | null = null;
  /** Active until `stop`. */
  private cronTimer: TimerHandle | null = null;
  private cronLoops = 0;
  /** Extension state for families. */
  ext: Record<string, unknown> = {};

  constructor(opts: ServerOptions) {
    this.host = opts.host;
    this.time = opts.host.now();
    this.startedAt = this.time;
    this.config = new Config();
    const later = this.loadSettings(opts.config ?? []);
    this.limitMaxclients();
    // Settings read on hot paths are kept as numbers, updated when CONFIG SET changes them.
    this.protoMaxBulkLen = this.config.getNumber("proto-max-bulk-len");
    this.queryBufferLimit = this.config.getNumber("client-query-buffer-limit");
    this.config.entry("proto-max-bulk-len")!.apply = (v) => {
      this.protoMaxBulkLen = Number(v);
      for (const c of this.clients.values()) c.parser.maxBulkLen = this.protoMaxBulkLen;
    };
    this.config.entry("client-query-buffer-limit")!.apply = (v) => {
      this.queryBufferLimit = Number(v);
    };
    const n = this.config.getNumber("databases");
    this.dbs = [];
    for (let i = 0; i < n; i++) {
      const db = new Db(i);
      db.clock = () => this.time;
      db.onExpired = (d, key) => this.keyExpired(d, key);
      db.expiryPaused = () => this.expiryPaused();
      this.dbs.push(db);
    }
    const rows: CommandDef[] = [];
    for (const family of opts.families ?? []) rows.push(...family(this));
    this.commands = new CommandTable([...rows, ...(opts.commands ?? [])]);
    for (const { line, name, value } of later) this.loadSetting(line, name, value);
  }

  /**
   * Startup settings, checked as loadServerConfigFromString checks a config file: the first bad one ends
   * startup with its line and reason. Settings the families add (inert ones, eviction) and rename-command
   * (not a setting: CONFIG SET does not know it) wait until the command table exists: `later` returns them.
   */
  private loadSettings(settings: [string, string][]): { line: number; name: string; value: string }[] {
    const later: { line: number; name: string; value: string }[] = [];
    for (let i = 0; i < settings.length; i++) {
      const [name, value] = settings[i];
      // Redis numbers the command-line settings as config lines after a first empty one.
      if (name === "rename-command" || this.config.entry(name) === undefined) later.push({ line: i + 2, name, value });
      else this.loadSetting(i + 2, name, value);
    }
    return later;
  }

  private loadSetting(line: number, name: string, value: string): void {
    const refuse = (reason: string) => new ConfigFileError(line, name, value, reason);
    if (name === "rename-command") {
      const words = value.split(" ");
      if (words.length !== 2) throw refuse(CONFIG_BAD_DIRECTIVE);
      const refused = this.commands.rename(words[0], words[1]);
      if (refused !== null) throw refuse(refused);
      return;
    }
    const entry = this.config.entry(name);
    if (entry === undefined) throw refuse(CONFIG_BAD_DIRECTIVE);
    const v = this.config.validate(entry, value);
    if (typeof v !== "string") throw refuse(v.error);
    this.config.setRaw(name, v);
  }

  now(): number {
    return this.host.now();
  }

  /**
   * maxclients against the open file limit, as adjustOpenFilesLimit: each client is a descriptor and Redis
   * keeps 32 for itself. At startup a maxclients the limit cannot serve is lowered, with Redis's warnings;
   * CONFIG SET raising it past what the limit serves is refused (updateMaxclients).
   */
  private limitMaxclients(): void {
    const entry = this.config.entry("maxclients")!;
    const servable = (): number | undefined => {
      const files = this.host.maxOpenFiles?.();
      return files === undefined ? undefined : files - RESERVED_FDS;
    };
    const wanted = this.config.getNumber("maxclients");
    const most = servable();
    if (most !== undefined && wanted > most) {
      this.host.log(`# You requested maxclients of ${wanted} requiring at least ${wanted + RESERVED_FDS} max file descriptors.`);
      this.host.log(`# Current maximum open files is ${most + RESERVED_FDS}. maxclients has been reduced to ${most} to compensate for low ulimit. If you need higher maxclients increase 'ulimit -n'.`);
      this.config.setRaw("maxclients", String(Math.max(1, most)));
    }
    entry.check = (v) => {
      const now = servable();
      if (now === undefined || Number(v) <= this.config.getNumber("maxclients") || Number(v) <= now) return null;
      return `The operating system is not able to handle the specified number of clients, try with ${now}`;
    };
  }

  /** Starts the periodic tick (active expiry, timeouts) at `hz`. */
  start(): void {
    if (this.cronTimer) return;
    const schedule = () => {
      const hz = Math.min(500, Math.max(1, this.config.getNumber("hz")));
      this.cronTimer = this.host.setTimer(1000 / hz, () => {
        this.cron();
        schedule();
      });
    };
    schedule();
  }

  stop(): void {
    this.cronTimer?.cancel();
    this.cronTimer = null;
    for (const c of [...this.clients.values()]) c.close();
  }

  /** A new connection. The shim feeds it with `client.feed` and reports the end with `client.disconnected`. */
  connect(transport: Transport): Client {
    // acceptCommonHandler: past maxclients the connection is refused before a client exists (no id used).
    if (this.clients.size >= this.config.getNumber("maxclients")) return this.refuse(new Client(this, 0, transport), ERR_MAX_CLIENTS);
    const c = new Client(this, this.nextClientId++, transport);
    // clientAcceptHandler: while the default user has no password, protected mode serves loopback only.
    if (this.config.get("protected-mode") === "yes" && this.config.get("requirepass") === "" && !isLocalAddress(transport.remoteAddress)) {
      return this.refuse(c, ERR_PROTECTED_MODE);
    }
    this.clients.set(c.id, c);
    this.stats.connections++;
    return c;
  }

  /** Answers a connection it will not serve and closes it; the client returned is never registered. */
  private refuse(c: Client, msg: string): Client {
    this.stats.rejectedConnections++;
    c.reply.error(msg);
    c.close();
    c.closed = true;
    return c;
  }

  removeClient(c: Client): void {
    if (!this.clients.delete(c.id)) return;
    if (c.blocked) this.unblock(c, false);
    this.pendingFlush.delete(c);
    for (const h of this.hooks.clientRemoved) h(c);
  }

  /** One tick: active expiry (activeExpireCycle, slow mode), as Redis's serverCron does `hz` times a second. */
  cron(): void {
    this.time = this.host.now();
    this.cronLoops++;
    if (!this.expiryPaused()) this.activeExpireCycle();
    this.flushPending();
  }

  /**
   * Redis 7.0's slow active expiry cycle: for each database, sample 20 keys with a TTL, delete the expired
   * ones, and repeat while more than 25% of the sample had expired, within 25% of the tick's time.
   */
  activeExpireCycle(): void {
    const effort = this.config.getNumber("active-expire-effort") - 1;
    const sample = 20 + Math.floor((20 / 4) * effort);
    const hz = Math.max(1, this.config.getNumber("hz"));
    const budgetMs = (25 + 2 * effort) * 10 / hz; // ACTIVE_EXPIRE_CYCLE_SLOW_TIME_PERC of 1000/hz ms
    const start = this.host.monotonic();
    const elapsed = () => this.host.monotonic() - start;
    for (const db of this.dbs) {
      if (db.expiresCount === 0) continue;
      db.activeExpire(this.time, sample, budgetMs, elapsed, this.host.random);
      if (elapsed() > budgetMs) break;
    }
  }

  private keyExpired(db: Db, key: string): void {
    this.stats.expiredKeys++;
    this.notifyKeyspaceEvent(NOTIFY_EXPIRED, "expired", key, db.id);
    this.signalModifiedKey(db, key);
  }

  /** The key's value changed: invalidates WATCH and tracking. `null` db/key means everything (FLUSHALL). */
  signalModifiedKey(db: Db | null, key: string | null): void {
    const hs = this.hooks.keyModified;
    for (let i = 0; i < hs.length; i++) hs[i](db, key);
  }

  /** A keyspace event (notify.c). Classes are checked by the listener. */
  notifyKeyspaceEvent(type: number, event: string, key: string, dbid: number): void {
    const hs = this.hooks.keyspaceEvent;
    for (let i = 0; i < hs.length; i++) hs[i](type, event, key, dbid);
  }


  /**
   * Adds `fn` to a per-command hook list while `on`, removes it otherwise: a family whose feature is idle
   * (no AOF, no tracking, no WATCH, no notifications) stays off the hot path. The list is replaced rather
   * than changed in place, so a loop running over it when this is called is not disturbed.
   */
  toggleHook<K extends "keyModified" | "keyspaceEvent" | "afterCommand" | "gate">(
    list: K,
    fn: ServerHooks[K][number],
    on: boolean,
  ): void {
    const hs = this.hooks[list] as ServerHooks[K][number][];
    const has = hs.includes(fn);
    if (on && !has) (this.hooks[list] as ServerHooks[K][number][]) = [...hs, fn];
    else if (!on && has) (this.hooks[list] as ServerHooks[K][number][]) = hs.filter((f) => f !== fn);
  }

  /** Checks the family gates; an error text refuses the command. */
  gate(c: Client, cmd: Command, argv: string[]): string | null {
    if (c.multi !== null && cmd.noMulti) return "ERR Command not allowed inside a transaction";
    const gs = this.hooks.gate;
    for (let i = 0; i < gs.length; i++) {
      const e = gs[i](c, cmd, argv);
      if (e !== null) return e;
    }
    return null;
  }

  /**
   * Overridden by CLIENT PAUSE (the client family): whether this client's input must wait. Asked once with
   * no command before parsing, and with the parsed command before it runs (or is queued in MULTI): a
   * client told "paused" for a command keeps that command and runs it first when processInput resumes.
   */
  isPaused(_c: Client, _cmd?: Command): boolean {
    return false;
  }

  /** Overridden by CLIENT PAUSE: while clients are paused, keys do not expire (Redis keeps the data still). */
  expiryPaused(): boolean {
    return false;
  }

  afterCommand(c: Client, cmd: Command, argv: string[]): void {
    const hs = this.hooks.afterCommand;
    for (let i = 0; i < hs.length; i++) hs[i](c, cmd, argv);
    if (this.readyKeys.length > 0 && c.multi === null) this.handleReadyKeys();
  }

  countError(msg: string): void {
    this.stats.errorReplies++;
    const sp = msg.indexOf(" ");
    const code = sp < 0 ? msg : msg.slice(0, sp);
    this.stats.errorCodes.set(code, (this.stats.errorCodes.get(code) ?? 0) + 1);
  }

  /** Marks a client written to from outside its own input, to be flushed at the end of this event. */
  wake(c: Client): void {
    this.pendingFlush.add(c);
  }

  flushPending(): void {
    const bs = this.hooks.beforeSleep;
    for (let i = 0; i < bs.length; i++) bs[i]();
    if (this.pendingFlush.size === 0) return;
    const list = [...this.pendingFlush];
    this.pendingFlush.clear();
    for (const c of list) c.flush();
  }

  /** Disconnects a client whose unsent output passed its class's client-output-buffer-limit. */
  checkOutputLimits(c: Client): void {
    const pending = c.transport.bufferedBytes();
    const ext = c.ext as { softSince?: number };
    if (pending === 0) {
      ext.softSince = undefined;
      return;
    }
    const limits = this.outputLimits(c.channels !== null || c.patterns !== null || c.shardChannels !== null ? "pubsub" : "normal");
    if (limits.hard === 0 && limits.soft === 0) return;
    if (limits.hard > 0 && pending >= limits.hard) return this.dropForOutput(c);
    if (limits.soft > 0 && pending >= limits.soft) {
      if (ext.softSince === undefined) ext.softSince = this.time;
      else if (this.time - ext.softSince >= limits.seconds * 1000) return this.dropForOutput(c);
    } else {
      ext.softSince = undefined;
    }
  }

  private dropForOutput(c: Client): void {
    this.host.log(`Client id=${c.id} addr=${c.transport.remoteAddress} scheduled to be closed ASAP for overcoming of output buffer limits.`);
    // Redis frees such a client at once, discarding its output: forget it now (subscriptions, watches)
    // rather than when a peer that does not read lets the socket drain.
    c.kill();
  }

  outputLimits(cls: "normal" | "pubsub" | "slave"): { hard: number; soft: number; seconds: number } {
    const parts = this.config.get("client-output-buffer-limit").split(" ");
    const i = parts.indexOf(cls);
    return { hard: Number(parts[i + 1]), soft: Number(parts[i + 2]), seconds: Number(parts[i + 3]) };
  }

  // ---- Blocking (BLPOP, BLMOVE, BZPOPMIN, BZMPOP, WAIT ...) ----

  /**
   * Blocks `c` on `keys` until `retry` serves it or the timeout (ms, 0 = forever) passes. The client stops
   * processing input meanwhile; other clients go on.
   */
  block(c: Client, db: Db, keys: string[], timeoutMs: number, retry: (readyKey?: string) => boolean, onTimeout: () => void): void {
    const state: BlockState = { db, keys, retry, onTimeout, timer: null };
    c.blocked = state;
    this.blockedClients++;
    let perDb = this.blockedOn.get(db);
    if (!perDb) this.blockedOn.set(db, (perDb = new Map()));
    for (const k of keys) {
      const q = perDb.get(k);
      if (q) {
        if (!q.includes(c)) q.push(c);
      } else perDb.set(k, [c]);
    }
    if (timeoutMs > 0) {
      const deadline = this.host.now() + timeoutMs;
      // Host timers hold at most 2^31-1 ms (about 24.8 days): longer timeouts re-arm until the deadline.
      const arm = (ms: number) => {
        state.timer = this.host.setTimer(Math.min(ms, MAX_TIMER_MS), () => {
          if (c.blocked !== state) return;
          const left = deadline - this.host.now();
          if (left > 0) return arm(left);
          this.time = this.host.now();
          this.unblock(c, true);
          state.onTimeout();
          this.resume(c);
        });
      };
      arm(timeoutMs);
    }
  }

  /** Removes a client from the blocked lists; `timedOut` only affects stats. */
  unblock(c: Client, _timedOut: boolean): void {
    const state = c.blocked;
    if (!state) return;
    c.blocked = null;
    this.blockedClients--;
    state.timer?.cancel();
    const perDb = this.blockedOn.get(state.db);
    if (!perDb) return;
    for (const k of state.keys) {
      const q = perDb.get(k);
      if (!q) continue;
      const i = q.indexOf(c);
      if (i >= 0) q.splice(i, 1);
      if (q.length === 0) perDb.delete(k);
    }
  }

  /** After a client is unblocked: flush its reply and go on with its pipelined input. */
  resume(c: Client): void {
    if (c.closed) return;
    this.wake(c);
    c.processInput();
    this.flushPending();
  }

  /** Whether any client waits on this key. Push commands call signalKeyAsReady only when it matters. */
  hasBlocked(db: Db, key: string): boolean {
    return this.blockedOn.get(db)?.has(key) === true;
  }

  /** A key that blocked clients may wait on received data: serve them after the current command. */
  signalKeyAsReady(db: Db, key: string): void {
    if (this.blockedClients === 0 || !this.hasBlocked(db, key)) return;
    this.readyKeys.push({ db, key });
  }

  /** Serves clients blocked on ready keys, first come first served, until no key is ready. */
  handleReadyKeys(): void {
    while (this.readyKeys.length > 0) {
      const batch = this.readyKeys;
      this.readyKeys = [];
      for (const { db, key } of batch) {
        const q = this.blockedOn.get(db)?.get(key);
        if (!q) continue;
        for (const c of [...q]) {
          if (c.blocked === null || !c.blocked.keys.includes(key)) continue;
          const state = c.blocked;
          const prevDb = c.db;
          c.db = state.db;
          // The served client is the one running now (server.current_client), e.g. for client tracking.
          this.servingClient = c;
          const served = state.retry(key);
          this.servingClient = null;
          c.db = prevDb;
          // Not served (e.g. a BZPOPMIN client when the key is a list, or nothing left): the next may be.
          if (!served) continue;
          this.unblock(c, false);
          this.resume(c);
        }
      }
    }
  }

  /** Number of keys per database for INFO keyspace. */
  keyspaceInfo(): string[] {
    const lines: string[] = [];
    for (const db of this.dbs) {
      if (db.size === 0) continue;
      lines.push(`db${db.id}:keys=${db.size},expires=${db.expiresCount},avg_ttl=${Math.floor(db.avgTtl)}`);
    }
    return lines;
  }
}

/** The longest delay a host timer takes (setTimeout's signed 32-bit milliseconds). */
const MAX_TIMER_MS = 2147483647;
