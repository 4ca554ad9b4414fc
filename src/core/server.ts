/**
 * The server: databases, settings, the command table, connected clients, the clock, and what crosses
 * clients: key-change signals and keyspace events (db.c's signalModifiedKey, notify.c), and the features
 * they reach, each a typed part of the server (src/core/features: blocking, WATCH, tracking, pause,
 * MONITOR, Pub/Sub) that the server calls directly, as Redis's db.c does. Runtime-free: a shim creates one
 * with a Host, calls `connect` for each connection and `start` to get the periodic tick.
 */
import {
  addInertSettings,
  Config,
  CONFIG_BAD_DIRECTIVE,
  CONFIG_WRONG_ARGS,
  DEPRECATED_DIRECTIVES,
  MULTI_ARG_SETTINGS,
} from "./config.ts";
import { ConfigFileError, sdssplitargs, settingsAsLines } from "./configfile.ts";
import type { ConfigLine } from "./configfile.ts";
import { Db } from "./keyspace/db.ts";
import { CommandTable } from "./commands/table.ts";
import type { Command, CommandDef } from "./commands/table.ts";
import type { Host, TimerHandle, Transport } from "./host.ts";
import { Client, CLIENT_MASTER } from "./client.ts";
import { publishKeyspaceEvent } from "./notify.ts";
import { clientType, isSubscribed } from "./clientinfo.ts";
import { Blocking } from "./features/blocking.ts";
import { Monitor } from "./features/monitor.ts";
import { Pause } from "./features/pause.ts";
import { Pubsub, subscribedContextError } from "./features/pubsub.ts";
import { Tracking } from "./features/tracking.ts";
import { Watch } from "./features/watch.ts";
import { Eviction } from "./features/eviction.ts";
import { NOTIFY_EXPIRED } from "./notify.ts";
import { Propagation } from "./propagate.ts";
import { redactedArgv, Slowlog } from "./slowlog.ts";
import { LatencyMonitor } from "./latency.ts";
import { ERR_MAX_CLIENTS, ERR_NOT_ALLOWED_IN_MULTI, ERR_PROTECTED_MODE } from "./errors.ts";
import { Acl } from "./acl/acl.ts";
import { busyError } from "./scripting/busy.ts";
import { declaredCommand, execCommandView } from "./scripting/flags.ts";
import { ReplicationState } from "./replication/state.ts";
import type { ScriptRun } from "./scripting/busy.ts";

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

export { VERSION } from "./version.ts";
export { ConfigFileError } from "./configfile.ts";
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
  /** Startup directives as read from a config file and the command line (configfile.ts); before `config`. */
  configLines?: ConfigLine[];
  /** Extra command rows (tests, embedding). */
  commands?: CommandDef[];
  /**
   * false: keys are not sized, so used_memory counts no data (maxmemory and MEMORY STATS then see none). Not
   * a Redis setting: only for scripts/bench-inprocess.mjs, which measures what the accounting costs. Default true.
   */
  memoryAccounting?: boolean;
}

/**
 * Where persistence (snapshot.ts's Persistence) plugs in: the server calls it around every command and when
 * a client goes away.
 */
export interface PersistenceLink {
  /** Before a command runs (LOADING, MISCONF, copy-on-write of a save in progress): an error text refuses it. */
  beforeCommand(c: Client, cmd: Command, argv: string[]): string | null;
  /** The MISCONF text while writes are refused for a disk error, else null (scripts' writes check it too). */
  writeDeniedError(): string | null;
  afterCommand(c: Client, cmd: Command, argv: string[]): void;
  clientRemoved(c: Client): void;
  /** The INFO persistence section. */
  infoLines(): string[];
}

/**
 * The append-only file while it is on (aof.ts). What it logs comes from the propagation stream
 * (propagate.ts); the server only tells it when an event ends, so it can write before the replies leave.
 */
export interface AofLink {
  beforeSleep(): void;
}

/** Something that keeps per-key state to drop when a key changes (the string family's encoding marks). */
export interface KeyModifiedListener {
  keyModified(db: Db | null, key: string | null): void;
}

/** Fault injection (faults.ts): asked before each command a connection sends; true when it took the command. */
export interface CommandInterceptor {
  intercept(c: Client, argv: string[]): boolean;
}

/** The counters INFO stats reports (the field names are INFO's, in camelCase). */
export interface ServerStats {
  connections: number;
  commands: number;
  expiredKeys: number;
  expiredStalePerc: number;
  evictedKeys: number;
  keyspaceHits: number;
  keyspaceMisses: number;
  rejectedConnections: number;
  protocolErrors: number;
  errorReplies: number;
  /**
   * errorReplies as of the last call()'s start or end (server.c's prev_err_count): a command failed when errors
   * were replied since, so EXEC or EVAL is not failed by the errors of the commands it ran.
   */
  errorMark: number;
  /**
   * lazyfreed_objects: values freed "in the background" (UNLINK of a value over LAZYFREE_THRESHOLD
   * allocations, the keys of a FLUSHALL/FLUSHDB ASYNC). Nothing is freed later here: they count at once.
   */
  lazyfreedObjects: number;
  /** Error replies by their code (INFO errorstats). */
  errorCodes: Map<string, number>;
  netInput: number;
  netOutput: number;
}

/** A command family (t_string.c, t_list.c ...): its command rows, given the server it serves. */
export type CommandFamily = (server: Server) => CommandDef[];

export class Server {
  readonly host: Host;
  readonly config: Config;
  readonly dbs: Db[];
  readonly commands: CommandTable;
  readonly clients: Map<number, Client> = new Map();
  /** The features that cross clients, each a typed part of the server. */
  readonly blocking: Blocking;
  readonly watch: Watch;
  readonly tracking: Tracking;
  readonly pause: Pause;
  readonly monitor: Monitor;
  readonly pubsub: Pubsub;
  /** used_memory, maxmemory eviction and the heap guard (features/eviction.ts). */
  readonly eviction: Eviction;
  /** Users, permissions, the ACL log (acl/acl.ts). */
  readonly acl: Acl;
  /** Persistence (snapshot.ts), set up by the persistence family; the AOF only while it is on. */
  persistence: PersistenceLink | null = null;
  aof: AofLink | null = null;
  /** The string family's OBJECT ENCODING marks, once any key has one. */
  stringMarks: KeyModifiedListener | null = null;
  /** notify-keyspace-events as NOTIFY_* bits (kept by notify.ts): 0 publishes nothing. */
  notifyKeyspaceEvents = 0;
  /** Injected faults (the embedding API's `injectFault`), null while none was ever injected. */
  faults: CommandInterceptor | null = null;
  /** The client whose command runs or ran last (server.current_client). */
  currentClient: Client | null = null;
  /** The script being run (scripting/busy.ts): while it is timed out, other clients are answered -BUSY. */
  runningScript: ScriptRun | null = null;
  /** INFO's run_id, made on first use. */
  runId = "";
  /** Replication's ids, offsets and the two sides (replication/state.ts). */
  readonly replication: ReplicationState;
  /** Redis's settings that nothing here acts on were added (on the first CONFIG GET/SET). */
  inertSettingsAdded = false;
  /** SLOWLOG and the latency monitor (slowlog.ts, latency.ts), fed by Client.call's timing. */
  readonly slowlog: Slowlog = new Slowlog();
  readonly latency: LatencyMonitor = new LatencyMonitor();
  /**
   * Whether commands are timed: the slow log or the latency monitor is on. Then one monotonic clock read
   * ends each command, and `clockMark` (the last read: a command's end, or a batch's start) is where the
   * next one started.
   */
  timing = true;
  clockMark = 0;
  /** DEBUG SET-ACTIVE-EXPIRE: the cron's expiry cycle runs only while this is on. */
  activeExpireEnabled = true;
  slowlogSlowerThan = 10000;
  slowlogMaxLen = 128;
  latencyThreshold = 0;
  /** latency-tracking: per-command latency histograms (LATENCY HISTOGRAM, INFO latencystats). */
  latencyTracking = true;
  /** What commands propagate to the AOF (and later replicas): see propagate.ts. */
  readonly propagation: Propagation = new Propagation();
  /** Cached clock for the command being run (Redis keeps one per call too). */
  time: number;
  readonly startedAt: number;
  private nextClientId = 1;
  protoMaxBulkLen: number;
  queryBufferLimit: number;
  /** Writes since the last save (INFO rdb_changes_since_last_save, save points). */
  dirty = 0;
  readonly stats: ServerStats = {
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
    errorMark: 0,
    lazyfreedObjects: 0,
    errorCodes: new Map<string, number>(),
    netInput: 0,
    netOutput: 0,
  };
  /** Clients written to from outside their own input (served blocked clients, Pub/Sub): flushed together. */
  private pendingFlush = new Set<Client>();
  /** Active until `stop`. */
  private cronTimer: TimerHandle | null = null;
  private cronLoops = 0;

  constructor(opts: ServerOptions) {
    this.host = opts.host;
    this.time = opts.host.now();
    this.startedAt = this.time;
    this.blocking = new Blocking(this);
    this.watch = new Watch(this);
    this.tracking = new Tracking(this);
    this.pause = new Pause(this);
    this.monitor = new Monitor(this);
    this.pubsub = new Pubsub();
    this.replication = new ReplicationState(() => this.host.random());
    this.config = new Config();
    this.acl = new Acl(this);
    const later = this.loadSettings(opts.configLines ?? settingsAsLines(opts.config ?? []));
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
    this.followTimingSettings();
    const n = this.config.getNumber("databases");
    this.dbs = [];
    for (let i = 0; i < n; i++) {
      const db = new Db(i);
      db.clock = () => this.time;
      db.onExpired = (d, key) => this.keyExpired(d, key);
      // A replica hides expired keys but leaves deleting them to its master (db.c's expireIfNeeded).
      db.expiryPaused = () => this.pause.expiryPaused() || this.replication.masterHost !== null;
      db.expiryIgnored = () =>
        this.replication.masterHost !== null && this.replication.replica !== null &&
        this.replication.replica.isMasterClient(this.currentClient);
      this.dbs.push(db);
    }
    this.eviction = new Eviction(this);
    if (opts.memoryAccounting === false) { for (const db of this.dbs) db.stopAccounting(); }
    const rows: CommandDef[] = [];
    for (const family of opts.families ?? []) rows.push(...family(this));
    this.commands = new CommandTable([...rows, ...(opts.commands ?? [])]);
    this.acl.commandsReady();
    // A startup line may name one of Redis's settings that nothing here acts on: they exist from now on.
    if (later.length > 0 && !this.inertSettingsAdded) {
      this.inertSettingsAdded = true;
      addInertSettings(this.config);
    }
    for (const l of later) this.loadSetting(l);
  }

  /**
   * Startup settings, checked as loadServerConfigFromString checks a config file: the first bad one ends
   * startup with its line and reason. Settings the families add (inert ones, eviction) and rename-command
   * (not a setting: CONFIG SET does not know it) wait until the command table exists: `later` returns them.
   */
  private loadSettings(lines: ConfigLine[]): ConfigLine[] {
    const later: ConfigLine[] = [];
    for (const l of lines) {
      if (l.argv[0] === "rename-command" || l.argv[0] === "user" || this.config.entry(l.argv[0]) === undefined) {
        later.push(l);
      } else this.loadSetting(l);
    }
    return later;
  }

  /** Whether a `save` line was read yet: the first replaces the default save points, later ones add to it. */
  private saveLoaded = false;

  private loadSetting(l: ConfigLine): void {
    const refuse = (reason: string) => new ConfigFileError(l.line, l.text, reason);
    const [name] = l.argv;
    const argc = l.argv.length;
    if (name === "rename-command") {
      if (argc !== 3) throw refuse(CONFIG_BAD_DIRECTIVE);
      const refused = this.commands.rename(l.argv[1], l.argv[2]);
      if (refused !== null) throw refuse(refused);
      return;
    }
    if (name === "user") {
      // `--user "name on >pass"`: one argument holding the rules is split as a config line would be.
      const args = argc === 2 ? sdssplitargs(l.argv[1]) ?? [l.argv[1]] : l.argv.slice(1);
      const refused = this.acl.loadUserDirective(args);
      if (refused !== null) throw refuse(refused);
      return;
    }
    const entry = this.config.entry(name);
    if (entry === undefined) {
      if (DEPRECATED_DIRECTIVES.has(name) && argc === 2) return;
      throw refuse(CONFIG_BAD_DIRECTIVE);
    }
    let args = l.argv.slice(1);
    if (!MULTI_ARG_SETTINGS.has(entry.name)) {
      if (argc !== 2) throw refuse(CONFIG_WRONG_ARGS);
    } else if (argc === 2 && args[0] !== "") {
      // `--save "900 1 300 10"`: one argument holding several is split (a bad quote leaves it whole).
      args = sdssplitargs(args[0]) ?? args;
    }
    let value = args.join(" ");
    if (entry.name === "save" && args.length > 0 && value !== "") {
      // The deprecated aggregate form: `save 900 1` lines add up (setConfigSaveOption while reading a file).
      if (this.saveLoaded && this.config.get("save") !== "") value = `${this.config.get("save")} ${value}`;
    }
    if (entry.name === "save") this.saveLoaded = true;
    const v = this.config.validate(entry, value);
    if (typeof v !== "string") throw refuse(v.error);
    this.config.setRaw(name, v);
  }

  now(): number {
    return this.host.now();
  }

  /** Blocked commands waiting to be slow-logged when they end, with the time their first run took. */
  private blockedCommands = new Map<Client, { cmd: Command; argv: string[]; duration: number }>();

  /** updateStatsOnUnblock's slow log entry for a blocked command that ended (its time blocked not counted). */
  commandUnblocked(c: Client): void {
    const b = this.blockedCommands.get(c);
    if (b === undefined) return;
    this.blockedCommands.delete(c);
    if (this.latencyTracking) this.latency.recordCommand(b.cmd, b.duration);
    if (this.slowlogSlowerThan < 0) return;
    if (b.duration >= this.slowlogSlowerThan || this.slowlog.entries.length > this.slowlogMaxLen) {
      this.slowlog.push(
        c,
        redactedArgv(b.cmd, b.argv),
        b.duration,
        this.slowlogSlowerThan,
        this.slowlogMaxLen,
        this.now(),
      );
    }
  }

  /**
   * allowProtectedAction: whether a protected command (DEBUG under `enable-debug-command`) may run for this
   * client: `yes`, or `local` from a loopback address.
   */
  allowProtectedAction(setting: string, c: Client): boolean {
    const mode = this.config.get(setting);
    return mode === "yes" || (mode === "local" && isLocalAddress(c.transport.remoteAddress));
  }

  /** Keeps the slow log's and latency monitor's settings as numbers, and whether commands are timed. */
  private followTimingSettings(): void {
    const update = () => {
      this.slowlogSlowerThan = this.config.getNumber("slowlog-log-slower-than");
      this.slowlogMaxLen = this.config.getNumber("slowlog-max-len");
      this.latencyThreshold = this.config.getNumber("latency-monitor-threshold");
      this.latencyTracking = this.config.get("latency-tracking") === "yes";
      this.timing = this.slowlogSlowerThan >= 0 || this.latencyThreshold > 0 || this.latencyTracking;
    };
    for (
      const name of ["slowlog-log-slower-than", "slowlog-max-len", "latency-monitor-threshold", "latency-tracking"]
    ) {
      this.config.entry(name)!.apply = update;
    }
    update();
  }

  /**
   * The end of a command that started at `start` (a monotonic reading): call()'s latency sample and
   * slowlogPushCurrentCommand. A client left blocked is logged when served, as in Redis.
   */
  commandTimed(c: Client, cmd: Command, argv: string[], start: number): void {
    const end = this.host.monotonic();
    this.clockMark = end;
    this.commandSpan(c, cmd, argv, (end - start) * 1000);
  }

  /**
   * commandTimed's work once the command's `duration` (microseconds) is known (Client.settleTiming gives
   * each of a pipelined run its share).
   */
  commandSpan(c: Client, cmd: Command, argv: string[], duration: number): void {
    if (this.latencyThreshold > 0) {
      this.latency.addSampleIfNeeded(
        cmd.fast ? "fast-command" : "command",
        Math.floor(duration / 1000),
        this.latencyThreshold,
        this.now(),
      );
    }
    // A blocked command is counted once it ends (commandUnblocked), as updateStatsOnUnblock does.
    if (this.latencyTracking && c.blocked === null) this.latency.recordCommand(cmd, duration);
    if (this.slowlogSlowerThan < 0 || cmd.skipSlowlog) return;
    if (c.blocked !== null) {
      // Logged when it is served, times out or is unblocked (commandUnblocked), as Redis does.
      this.blockedCommands.set(c, { cmd, argv, duration });
      return;
    }
    if (duration >= this.slowlogSlowerThan || this.slowlog.entries.length > this.slowlogMaxLen) {
      this.slowlog.push(c, redactedArgv(cmd, argv), duration, this.slowlogSlowerThan, this.slowlogMaxLen, this.now());
    }
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
      this.host.log(
        `# You requested maxclients of ${wanted} requiring at least ${wanted + RESERVED_FDS} max file descriptors.`,
      );
      this.host.log(
        `# Current maximum open files is ${
          most + RESERVED_FDS
        }. maxclients has been reduced to ${most} to compensate for low ulimit. If you need higher maxclients increase 'ulimit -n'.`,
      );
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
    this.runningScript?.timer?.cancel();
    this.replication.replica?.stop();
    for (const c of [...this.clients.values()]) c.close();
  }

  /** A new connection. The shim feeds it with `client.feed` and reports the end with `client.disconnected`. */
  connect(transport: Transport): Client {
    // acceptCommonHandler: past maxclients the connection is refused before a client exists (no id used).
    if (this.clients.size >= this.config.getNumber("maxclients")) {
      return this.refuse(new Client(this, 0, transport), ERR_MAX_CLIENTS);
    }
    const c = new Client(this, this.nextClientId++, transport);
    // clientAcceptHandler: while the default user is nopass, protected mode serves loopback only.
    if (
      this.acl.defaultUser.nopass && this.config.get("protected-mode") === "yes" &&
      !isLocalAddress(transport.remoteAddress)
    ) {
      return this.refuse(c, ERR_PROTECTED_MODE);
    }
    this.clients.set(c.id, c);
    this.stats.connections++;
    return c;
  }

  /** A client the server opened itself (a replica's master client): no accept-time checks, not counted. */
  createClient(transport: Transport): Client {
    const c = new Client(this, this.nextClientId++, transport);
    this.clients.set(c.id, c);
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
    this.blocking.clientRemoved(c);
    this.pendingFlush.delete(c);
    this.pubsub.unsubscribeEverything(c);
    c.discardTransaction();
    this.tracking.disable(c);
    this.monitor.remove(c);
    this.pause.clientRemoved(c);
    this.persistence?.clientRemoved(c);
    this.blockedCommands.delete(c);
    this.replication.master?.clientRemoved?.(c);
    this.eviction.clientRemoved(c);
  }

  /** One tick: active expiry (activeExpireCycle, slow mode), as Redis's serverCron does `hz` times a second. */
  cron(): void {
    // serverCron does not run while a script holds the server (only whileBlockedCron does).
    if (this.runningScript !== null) return;
    this.time = this.host.now();
    this.cronLoops++;
    // A replica's keys expire when its master says so (DEL in the stream), not by its own cycle.
    if (this.activeExpireEnabled && !this.pause.expiryPaused() && this.replication.masterHost === null) {
      this.activeExpireCycle();
    }
    this.eviction.cron();
    this.replication.replica?.cron();
    this.replication.master?.cron?.();
    // Streams the cycle deleted answer their blocked XREADGROUP clients now (-UNBLOCKED), as Redis's
    // beforeSleep does, not at the next command.
    if (this.blocking.pending) this.blocking.handleClientsBlockedOnKeys();
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
    if (this.latencyThreshold > 0) {
      this.latency.addSampleIfNeeded("expire-cycle", Math.floor(elapsed()), this.latencyThreshold, this.time);
    }
    // The cycle's DELs, each on its own (propagate_no_multi).
    this.propagation.flush(true);
  }

  /** deleteExpiredKeyAndPropagate, after the key is gone. */
  private keyExpired(db: Db, key: string): void {
    this.stats.expiredKeys++;
    this.notifyKeyspaceEvent(NOTIFY_EXPIRED, "expired", key, db.id);
    this.signalModifiedKey(db, key, true);
    // propagateDeletion: inside a command, part of its unit (before the command's own write).
    if (this.propagation.active) {
      this.propagation.also(db.id, [this.config.get("lazyfree-lazy-expire") === "yes" ? "UNLINK" : "DEL", key]);
    }
  }

  /**
   * The key's value changed (db.c's signalModifiedKey): invalidates WATCH and client tracking (what
   * the AOF logs comes from propagation). `null` db/key means everything (FLUSHALL) or a whole database. `expired` when the change is an
   * expiry, which no client made. A feature not in use costs one branch here.
   */
  signalModifiedKey(db: Db | null, key: string | null, expired = false): void {
    if (this.watch.active) this.watch.touch(db, key);
    if (this.tracking.inUse) this.tracking.keyModified(key, expired);
    if (this.stringMarks !== null) this.stringMarks.keyModified(db, key);
    // A collection changed in place: its accounted size follows.
    if (key !== null && db !== null) db.refreshSize(key);
    // A stream deleted or overwritten (or its database flushed or swapped) under blocked XREADGROUP clients:
    // they are answered with an error.
    if (this.blocking.blockedClients !== 0) this.blocking.signalDeletedStreams(db, key);
  }

  /** A keyspace event (notify.c's notifyKeyspaceEvent): type is a NOTIFY_* class bit. */
  notifyKeyspaceEvent(type: number, event: string, key: string, dbid: number): void {
    if ((this.notifyKeyspaceEvents & type) !== 0) publishKeyspaceEvent(this, event, key, dbid);
  }

  /** A key that blocked clients may wait on received data (signalKeyAsReady): served after the command. */
  signalKeyAsReady(db: Db, key: string): void {
    if (this.blocking.blockedClients !== 0) this.blocking.signalKeyAsReady(db, key);
  }

  /**
   * processCommand's checks before a command runs or is queued: an error text refuses it. Pauses are
   * checked after (see Client.execute).
   */
  gate(c: Client, cmd: Command, argv: string[]): string | null {
    if (c.multi !== null && cmd.noMulti) return ERR_NOT_ALLOWED_IN_MULTI;
    // A replica's master client is obeyed (mustObeyClient): no ACL, no OOM refusal, no replica checks.
    const obey = (c.flags & CLIENT_MASTER) !== 0;
    if (!c.user.unrestricted && !obey) {
      const denied = this.acl.checkCommand(c, cmd, argv);
      if (denied !== null) return denied;
    }
    // EVAL and FCALL of a script that declared its flags are checked with those (getCommandFlags); EXEC
    // with what its queued commands add up to, scripts' declared flags included (mstate.cmd_flags).
    const flagged = cmd.declaredFlags !== null
      ? declaredCommand(c, cmd, argv)
      : c.multi !== null && c.multiFlags !== 0 && cmd.fullName === "exec"
      ? execCommandView(cmd, c.multiFlags)
      : cmd;
    const oom = obey ? null : this.eviction.check(c, flagged);
    if (oom !== null) return oom;
    if (this.replication.masterHost !== null && this.replication.replica !== null && !obey) {
      const refused = this.replication.replica.gateCommand(c, flagged);
      if (refused !== null) return refused;
    }
    if (isSubscribed(c)) {
      const e = subscribedContextError(c, cmd);
      if (e !== null) return e;
    }
    this.currentClient = c;
    if (this.tracking.inUse) this.tracking.beforeCommand();
    if (this.persistence !== null) {
      const refused = this.persistence.beforeCommand(c, flagged, argv);
      if (refused !== null) return refused;
    }
    if (this.replication.writeGate !== null) {
      const refused = this.replication.writeGate(c, flagged);
      if (refused !== null) return refused;
    }
    // A script past busy-reply-threshold holds the keyspace: only allow_busy commands run meanwhile.
    const script = this.runningScript;
    if (script !== null && script.timedOut && !cmd.allowBusy) return busyError(script);
    return null;
  }

  /** After each command ran (call()'s tail): MONITOR, persistence, tracking, then clients blocked on keys. */
  afterCommand(c: Client, cmd: Command, argv: string[]): void {
    if (this.monitor.active) this.monitor.feed(c, cmd, argv);
    if (this.persistence !== null) this.persistence.afterCommand(c, cmd, argv);
    // Inside EXEC (a nested call) c.current is still EXEC.
    if (this.tracking.inUse) this.tracking.afterCommand(c, cmd, argv, c.current !== null);
    // Inside EXEC, after the whole transaction; after a script, once it ended (not between its calls).
    if (this.blocking.pending && c.multi === null && this.runningScript === null) {
      this.blocking.handleClientsBlockedOnKeys();
    }
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

  /**
   * The end of an event (Redis's beforeSleep): unblocked clients go on with their input, tracking sends
   * what waited, then every client written to gets its bytes.
   */
  flushPending(): void {
    this.blocking.processUnblockedClients();
    if (this.tracking.inUse) this.tracking.beforeSleep();
    // Writes made outside any command (a key expired while serving blocked clients ...) go out on their own.
    if (this.propagation.depth === 0) this.propagation.flush(true);
    // Under everysec and no, the AOF is written before the replies leave (flushAppendOnlyFile in beforeSleep).
    if (this.aof !== null) this.aof.beforeSleep();
    this.replication.master?.beforeSleep?.();
    if (this.pendingFlush.size === 0) return;
    const list = [...this.pendingFlush];
    this.pendingFlush.clear();
    for (const c of list) c.flush();
  }

  /** Disconnects a client whose unsent output passed its class's client-output-buffer-limit. */
  checkOutputLimits(c: Client): void {
    const pending = c.transport.bufferedBytes();
    if (pending === 0) {
      c.softLimitReachedAt = null;
      return;
    }
    const type = clientType(c);
    // A master is never answered; its class takes the normal limits, as in checkClientOutputBufferLimits.
    const limits = this.outputLimits(type === "master" ? "normal" : type);
    if (limits.hard === 0 && limits.soft === 0) return;
    if (limits.hard > 0 && pending >= limits.hard) return this.dropForOutput(c);
    if (limits.soft > 0 && pending >= limits.soft) {
      if (c.softLimitReachedAt === null) c.softLimitReachedAt = this.time;
      else if (this.time - c.softLimitReachedAt >= limits.seconds * 1000) return this.dropForOutput(c);
    } else {
      c.softLimitReachedAt = null;
    }
  }

  private dropForOutput(c: Client): void {
    this.host.log(
      `Client id=${c.id} addr=${c.transport.remoteAddress} scheduled to be closed ASAP for overcoming of output buffer limits.`,
    );
    // Redis frees such a client at once, discarding its output: forget it now (subscriptions, watches)
    // rather than when a peer that does not read lets the socket drain.
    c.kill();
  }

  outputLimits(cls: "normal" | "pubsub" | "slave"): { hard: number; soft: number; seconds: number } {
    const parts = this.config.get("client-output-buffer-limit").split(" ");
    const i = parts.indexOf(cls);
    return { hard: Number(parts[i + 1]), soft: Number(parts[i + 2]), seconds: Number(parts[i + 3]) };
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
