/**
 * Settings, validated as Redis 7.0 validates them (config.c): each has a type that parses and checks the
 * value, and CONFIG GET prints the value back in Redis's canonical form. Aliases (the old `ziplist` names)
 * share one value with their modern name.
 */
import { globMatch } from "./glob.ts";
import { ERR_LOADING, errConfigSetFailed, errConfigSetUnknown } from "./errors.ts";

/** Reasons a startup setting is refused (config file errors: printed to stderr, never a reply). */
export const CONFIG_BAD_DIRECTIVE = "Bad directive or wrong number of arguments";
export const CONFIG_RENAME_NO_SUCH_COMMAND = "No such command in rename-command";
export const CONFIG_RENAME_TARGET_EXISTS = "Target command name already exists";
export const CONFIG_WRONG_ARGS = "wrong number of arguments";

/** Settings that take several arguments on a config line (MULTI_ARG_CONFIG in config.c). */
export const MULTI_ARG_SETTINGS: ReadonlySet<string> = new Set([
  "save",
  "client-output-buffer-limit",
  "oom-score-adj-values",
  "bind",
  "replicaof",
  "latency-tracking-info-percentiles",
  "shutdown-on-sigint",
  "shutdown-on-sigterm",
]);

/** Directives Redis 7.0 still reads and ignores (deprecated_configs in config.c). */
export const DEPRECATED_DIRECTIVES: ReadonlySet<string> = new Set([
  "list-max-ziplist-entries",
  "list-max-ziplist-value",
  "lua-replicate-commands",
]);

export type ConfigType =
  | { kind: "bool" }
  | { kind: "int"; min: number; max: number }
  | { kind: "memory"; min: number; max: number }
  | { kind: "enum"; values: string[] }
  | { kind: "string" }
  | { kind: "custom"; parse: (v: string) => string | { error: string } };

export interface ConfigEntry {
  name: string;
  alias?: string;
  type: ConfigType;
  default: string;
  immutable?: boolean;
  /** Called after a successful set with the canonical value. */
  apply?: (value: string) => void;
  /**
   * CONFIG SET only: a check of the canonical value against the running server (Redis's apply functions that
   * can fail, e.g. updateMaxclients); the reason it cannot be applied, or null.
   */
  check?: (value: string) => string | null;
  /** HIDDEN_CONFIG: CONFIG GET lists it only when asked for by its exact name, never through a pattern. */
  hidden?: boolean;
  /** DENY_LOADING_CONFIG: CONFIG SET refuses it with -LOADING while a dataset is loading. */
  denyLoading?: boolean;
}

const BOOL: ConfigType = { kind: "bool" };
const STR: ConfigType = { kind: "string" };
const int = (min: number, max: number): ConfigType => ({ kind: "int", min, max });
const mem = (min = 0, max = Number.MAX_SAFE_INTEGER): ConfigType => ({ kind: "memory", min, max });
const en = (...values: string[]): ConfigType => ({ kind: "enum", values });
const INT_MAX = 2147483647;
const UINT_MAX = 4294967295;
const LLONG_MAX_TEXT = "9223372036854775807";

/** Redis's memtoull: digits with an optional b/k/kb/m/mb/g/gb unit, case-insensitive. */
export function parseMemory(v: string): number | null {
  const m = /^(-?\d+)(b|k|kb|m|mb|g|gb)?$/i.exec(v);
  if (!m) return null;
  const units: Record<string, number> = {
    b: 1,
    k: 1000,
    kb: 1024,
    m: 1e6,
    mb: 1024 * 1024,
    g: 1e9,
    gb: 1024 * 1024 * 1024,
  };
  return Number(m[1]) * (m[2] ? units[m[2].toLowerCase()] : 1);
}

const NOTIFY_CLASSES = "Ag$lshzxeKEtmdn";

/** notify-keyspace-events: flags string to canonical form (keyspaceEventsFlagsToString). */
export function parseNotifyFlags(v: string): string | { error: string } {
  const set = new Set<string>();
  for (const ch of v) {
    if (NOTIFY_CLASSES.indexOf(ch) === -1) return { error: "Invalid event class character. Use 'Ag$lshzxeKEtmdn'." };
    set.add(ch);
  }
  let out = "";
  const all = "g$lshzxetd";
  // 'n' is only spelled out when the classes are not all set ('A' hides it), as in Redis.
  if (set.has("A") || [...all].every((c) => set.has(c))) out += "A";
  else for (const c of all + "n") if (set.has(c)) out += c;
  if (set.has("K")) out += "K";
  if (set.has("E")) out += "E";
  if (set.has("m")) out += "m";
  return out;
}

function parseSave(v: string): string | { error: string } {
  const parts = v.split(" ").filter((p) => p.length > 0);
  if (parts.length % 2 !== 0) return { error: "Invalid save parameters" };
  for (const p of parts) if (!/^\d+$/.test(p)) return { error: "Invalid save parameters" };
  return parts.join(" ");
}

function parseOutputLimits(v: string): string | { error: string } {
  const parts = v.split(" ").filter((p) => p.length > 0);
  if (parts.length % 4 !== 0) return { error: "Wrong number of arguments in buffer limit configuration." };
  const current = new Map<string, string>([
    ["normal", "0 0 0"],
    ["slave", "268435456 67108864 60"],
    ["pubsub", "33554432 8388608 60"],
  ]);
  for (let i = 0; i < parts.length; i += 4) {
    const cls = parts[i] === "replica" ? "slave" : parts[i];
    if (!current.has(cls) || cls === "master") {
      return { error: "Invalid client class specified in buffer limit configuration." };
    }
    const hard = parseMemory(parts[i + 1]);
    const soft = parseMemory(parts[i + 2]);
    const secs = /^\d+$/.test(parts[i + 3]) ? Number(parts[i + 3]) : null;
    if (hard === null || soft === null || secs === null || hard < 0 || soft < 0) {
      return { error: "Error in hard, soft or soft_seconds setting in buffer limit configuration." };
    }
    current.set(cls, `${hard} ${soft} ${secs}`);
  }
  return `normal ${current.get("normal")} slave ${current.get("slave")} pubsub ${current.get("pubsub")}`;
}

export function defaultEntries(): ConfigEntry[] {
  return [
    { name: "port", type: int(0, 65535), default: "6379" },
    { name: "bind", type: STR, default: "127.0.0.1" },
    { name: "databases", type: int(1, INT_MAX), default: "16", immutable: true },
    { name: "hz", type: int(0, INT_MAX), default: "10" },
    { name: "dynamic-hz", type: BOOL, default: "yes" },
    { name: "maxclients", type: int(1, UINT_MAX), default: "10000" },
    { name: "timeout", type: int(0, INT_MAX), default: "0" },
    { name: "tcp-keepalive", type: int(0, INT_MAX), default: "300" },
    { name: "tcp-backlog", type: int(0, INT_MAX), default: "511", immutable: true },
    { name: "daemonize", type: BOOL, default: "no", immutable: true },
    { name: "loglevel", type: en("debug", "verbose", "notice", "warning", "nothing"), default: "notice" },
    { name: "logfile", type: STR, default: "", immutable: true },
    { name: "pidfile", type: STR, default: "", immutable: true },
    { name: "requirepass", type: STR, default: "" },
    { name: "maxmemory", type: mem(), default: "0" },
    {
      name: "maxmemory-policy",
      type: en(
        "volatile-lru",
        "volatile-lfu",
        "volatile-random",
        "volatile-ttl",
        "allkeys-lru",
        "allkeys-lfu",
        "allkeys-random",
        "noeviction",
      ),
      default: "noeviction",
    },
    { name: "maxmemory-samples", type: int(1, 64), default: "5" },
    { name: "lfu-log-factor", type: int(0, INT_MAX), default: "10" },
    { name: "lfu-decay-time", type: int(0, INT_MAX), default: "1" },
    { name: "proto-max-bulk-len", type: mem(1024 * 1024, Number.MAX_SAFE_INTEGER), default: "536870912" },
    { name: "client-query-buffer-limit", type: mem(1024 * 1024, Number.MAX_SAFE_INTEGER), default: "1073741824" },
    {
      name: "client-output-buffer-limit",
      type: { kind: "custom", parse: parseOutputLimits },
      default: "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60",
    },
    { name: "notify-keyspace-events", type: { kind: "custom", parse: parseNotifyFlags }, default: "" },
    { name: "save", type: { kind: "custom", parse: parseSave }, default: "3600 1 300 100 60 10000" },
    { name: "appendonly", type: BOOL, default: "no", denyLoading: true },
    { name: "appendfsync", type: en("always", "everysec", "no"), default: "everysec" },
    { name: "appendfilename", type: STR, default: "appendonly.aof", immutable: true },
    { name: "appenddirname", type: STR, default: "appendonlydir", immutable: true },
    { name: "auto-aof-rewrite-percentage", type: int(0, INT_MAX), default: "100" },
    { name: "auto-aof-rewrite-min-size", type: mem(), default: "67108864" },
    { name: "aof-load-truncated", type: BOOL, default: "yes" },
    { name: "aof-use-rdb-preamble", type: BOOL, default: "yes" },
    { name: "aof-timestamp-enabled", type: BOOL, default: "no" },
    { name: "no-appendfsync-on-rewrite", type: BOOL, default: "no" },
    { name: "dir", type: STR, default: ".", denyLoading: true },
    // Redis's hidden debugging settings for loading (rdbLoadRioWithLoadingCtx): a delay in microseconds after
    // each key (negative: 1 us once every -N keys, as debugDelay), and how many bytes of payload between two
    // turns of the event loop.
    { name: "key-load-delay", type: int(-INT_MAX - 1, INT_MAX), default: "0", hidden: true },
    {
      name: "loading-process-events-interval-bytes",
      type: int(1024, INT_MAX),
      default: "2097152",
      hidden: true,
    },
    { name: "dbfilename", type: STR, default: "dump.rdb" },
    { name: "rdbcompression", type: BOOL, default: "yes" },
    { name: "rdbchecksum", type: BOOL, default: "yes" },
    { name: "stop-writes-on-bgsave-error", type: BOOL, default: "yes" },
    { name: "list-max-listpack-size", alias: "list-max-ziplist-size", type: int(-2147483648, INT_MAX), default: "-2" },
    { name: "list-compress-depth", type: int(0, INT_MAX), default: "0" },
    {
      name: "hash-max-listpack-entries",
      alias: "hash-max-ziplist-entries",
      type: mem(0, Number.MAX_SAFE_INTEGER),
      default: "512",
    },
    {
      name: "hash-max-listpack-value",
      alias: "hash-max-ziplist-value",
      type: mem(0, Number.MAX_SAFE_INTEGER),
      default: "64",
    },
    { name: "set-max-intset-entries", type: mem(0, Number.MAX_SAFE_INTEGER), default: "512" },
    {
      name: "zset-max-listpack-entries",
      alias: "zset-max-ziplist-entries",
      type: mem(0, Number.MAX_SAFE_INTEGER),
      default: "128",
    },
    {
      name: "zset-max-listpack-value",
      alias: "zset-max-ziplist-value",
      type: mem(0, Number.MAX_SAFE_INTEGER),
      default: "64",
    },
    { name: "stream-node-max-bytes", type: mem(0, Number.MAX_SAFE_INTEGER), default: "4096" },
    { name: "stream-node-max-entries", type: int(0, 999999999999), default: "100" },
    { name: "activerehashing", type: BOOL, default: "yes" },
    { name: "active-expire-effort", type: int(1, 10), default: "1" },
    { name: "lazyfree-lazy-eviction", type: BOOL, default: "no" },
    { name: "lazyfree-lazy-expire", type: BOOL, default: "no" },
    { name: "lazyfree-lazy-server-del", type: BOOL, default: "no" },
    { name: "lazyfree-lazy-user-del", type: BOOL, default: "no" },
    { name: "lazyfree-lazy-user-flush", type: BOOL, default: "no" },
    { name: "protected-mode", type: BOOL, default: "yes" },
    { name: "slowlog-log-slower-than", type: int(-1, Number.MAX_SAFE_INTEGER), default: "10000" },
    { name: "slowlog-max-len", type: int(0, Number.MAX_SAFE_INTEGER), default: "128" },
    { name: "latency-monitor-threshold", type: int(0, Number.MAX_SAFE_INTEGER), default: "0" },
    // Per-command latency histograms (latency.ts): LATENCY HISTOGRAM and INFO latencystats.
    { name: "latency-tracking", type: BOOL, default: "yes" },
    { name: "latency-tracking-info-percentiles", type: PERCENTILES, default: "50 99 99.9" },
    { name: "tracking-table-max-keys", type: int(0, Number.MAX_SAFE_INTEGER), default: "1000000" },
    { name: "enable-debug-command", type: en("yes", "no", "local"), default: "no", immutable: true },
    { name: "busy-reply-threshold", alias: "lua-time-limit", type: int(0, Number.MAX_SAFE_INTEGER), default: "5000" },
  ];
}

export class Config {
  private byName = new Map<string, ConfigEntry>();
  private values = new Map<string, string>();
  readonly entries: ConfigEntry[];
  /** Whether a dataset is loading (persistence installs it), for the settings marked denyLoading. */
  isLoading: () => boolean = () => false;

  constructor(entries: ConfigEntry[] = defaultEntries()) {
    this.entries = entries;
    for (const e of entries) this.add(e);
  }

  add(e: ConfigEntry): void {
    if (!this.entries.includes(e)) this.entries.push(e);
    this.byName.set(e.name, e);
    if (e.alias) this.byName.set(e.alias, e);
    this.values.set(e.name, e.default);
  }

  entry(name: string): ConfigEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  get(name: string): string {
    const e = this.byName.get(name);
    if (!e) throw new RangeError(`no such setting: ${name}`);
    return this.values.get(e.name)!;
  }

  getNumber(name: string): number {
    return Number(this.get(name));
  }

  /** Validates `value` for the setting: the canonical value, or the reason it is refused. */
  validate(e: ConfigEntry, value: string): string | { error: string } {
    const t = e.type;
    switch (t.kind) {
      case "bool": {
        const v = value.toLowerCase();
        if (v === "yes" || v === "no") return v;
        return { error: "argument must be 'yes' or 'no'" };
      }
      case "int": {
        if (!/^-?\d+$/.test(value)) return { error: "argument couldn't be parsed into an integer" };
        const n = Number(value);
        if (n < t.min || n > t.max) {
          return { error: `argument must be between ${t.min} and ${boundText(t.max)} inclusive` };
        }
        return String(n);
      }
      case "memory": {
        const n = parseMemory(value);
        // memtoull refuses a sign before any range check.
        if (n === null || value.startsWith("-")) return { error: "argument must be a memory value" };
        if (n < t.min || n > t.max) {
          return { error: `argument must be between ${t.min} and ${boundText(t.max)} inclusive` };
        }
        return String(n);
      }
      case "enum": {
        const v = value.toLowerCase();
        if (t.values.includes(v)) return v;
        return { error: `argument(s) must be one of the following: ${t.values.join(", ")}` };
      }
      case "string":
        return value;
      case "custom":
        return t.parse(value);
    }
  }

  /** Sets without validation (startup flags already validated, tests). */
  setRaw(name: string, value: string): void {
    const e = this.entry(name);
    if (!e) throw new RangeError(`no such setting: ${name}`);
    this.values.set(e.name, value);
    e.apply?.(value);
  }

  /**
   * CONFIG SET over name/value pairs, all or nothing. Returns null on success or the error reply text.
   */
  setMany(pairs: [string, string][]): string | null {
    const seen = new Set<ConfigEntry>();
    const updates: [ConfigEntry, string][] = [];
    for (const [name, value] of pairs) {
      const e = this.entry(name);
      if (!e) return errConfigSetUnknown(name);
      const fail = (why: string) => errConfigSetFailed(name, why);
      if (e.immutable) return fail("can't set immutable config");
      if (e.denyLoading && this.isLoading()) return ERR_LOADING;
      if (seen.has(e)) return fail("duplicate parameter");
      seen.add(e);
      const v = this.validate(e, value);
      if (typeof v !== "string") return fail(v.error);
      const refused = e.check?.(v) ?? null;
      if (refused !== null) return fail(refused);
      updates.push([e, v]);
    }
    for (const [e, v] of updates) {
      this.values.set(e.name, v);
      e.apply?.(v);
    }
    return null;
  }

  /** CONFIG GET over glob patterns: name/value pairs, each setting once, aliases matched by their own name. */
  match(patterns: string[]): [string, string][] {
    const out = new Map<string, string>();
    for (const pat of patterns) {
      const hasGlob = /[*?[]/.test(pat);
      if (!hasGlob) {
        const e = this.entry(pat);
        if (e) out.set(pat.toLowerCase(), this.values.get(e.name)!);
        continue;
      }
      for (const e of this.entries) {
        if (e.hidden) continue;
        if (globMatch(pat, e.name, true)) out.set(e.name, this.values.get(e.name)!);
        if (e.alias && globMatch(pat, e.alias, true)) out.set(e.alias, this.values.get(e.name)!);
      }
    }
    return [...out];
  }
}

function boundText(n: number): string {
  return n === Number.MAX_SAFE_INTEGER ? LLONG_MAX_TEXT : String(n);
}

// ---- Inert settings ----

/*
 * The rest of Redis 7.0's settings: replication, cluster, TLS, defragmentation, supervision, logging. Nothing
 * here acts on them (there is no replication, cluster or TLS), but CONFIG GET lists and answers them with
 * Redis's defaults, and CONFIG SET validates them by the same types, ranges and immutability, so tools that
 * read or write them see what they see on redis-server.
 */

/** A space-separated list whose words must each be one of `words` (shutdown-on-sigint ...). */
function flags(...words: string[]): ConfigType {
  return {
    kind: "custom",
    parse: (v) => {
      const parts = v.toLowerCase().split(/\s+/).filter((w) => w !== "");
      if (parts.length === 0 || parts.some((w) => !words.includes(w))) {
        return { error: `argument(s) must be one of the following: ${words.join(", ")}` };
      }
      // Listed in the flags' own order, as Redis prints a flags setting back.
      return words.filter((w) => parts.includes(w)).join(" ");
    },
  };
}

/** latency-tracking-info-percentiles: doubles between 0 and 100. */
const PERCENTILES: ConfigType = {
  kind: "custom",
  parse: (v) => {
    const parts = v.split(/\s+/).filter((w) => w !== "");
    for (const p of parts) {
      const n = Number(p);
      if (p === "" || Number.isNaN(n) || n < 0 || n > 100) {
        return { error: "latency-tracking-info-percentiles: percentile must be between 0.0 and 100.0" };
      }
    }
    return parts.map((p) => String(Number(p))).join(" ");
  },
};

/** oom-score-adj-values: three integers between -2000 and 2000. */
const OOM_VALUES: ConfigType = {
  kind: "custom",
  parse: (v) => {
    const parts = v.split(/\s+/).filter((w) => w !== "");
    if (parts.length !== 3) return { error: "Invalid oom-score-adj-values, please use 3 values" };
    for (const p of parts) {
      if (!/^-?\d+$/.test(p) || Number(p) < -2000 || Number(p) > 2000) {
        return { error: "Invalid oom-score-adj-values, elements must be between -2000 and 2000." };
      }
    }
    return parts.map(Number).join(" ");
  },
};

type InertSetting = [
  name: string,
  type: ConfigType,
  def: string,
  opts?: { alias?: string; immutable?: boolean; denyLoading?: boolean },
];

const IMM = { immutable: true };

const INERT_SETTINGS: InertSetting[] = [
  ["active-defrag-cycle-max", int(1, 99), "25"],
  ["active-defrag-cycle-min", int(1, 99), "1"],
  ["active-defrag-ignore-bytes", mem(1), "104857600"],
  ["active-defrag-max-scan-fields", int(1, Number.MAX_SAFE_INTEGER), "1000"],
  ["active-defrag-threshold-lower", int(0, 1000), "10"],
  ["active-defrag-threshold-upper", int(0, 1000), "100"],
  ["activedefrag", BOOL, "no"],
  ["always-show-logo", BOOL, "no", IMM],
  ["aof-disable-auto-gc", BOOL, "no"],
  ["aof-rewrite-incremental-fsync", BOOL, "yes"],
  ["aof_rewrite_cpulist", STR, "", IMM],
  ["bgsave_cpulist", STR, "", IMM],
  ["bind-source-addr", STR, ""],
  ["bio_cpulist", STR, "", IMM],
  ["cluster-allow-pubsubshard-when-down", BOOL, "yes"],
  ["cluster-allow-reads-when-down", BOOL, "no"],
  ["cluster-allow-replica-migration", BOOL, "yes"],
  ["cluster-announce-bus-port", int(0, 65535), "0"],
  ["cluster-announce-hostname", STR, ""],
  ["cluster-announce-ip", STR, ""],
  ["cluster-announce-port", int(0, 65535), "0"],
  ["cluster-announce-tls-port", int(0, 65535), "0"],
  ["cluster-config-file", STR, "nodes.conf", IMM],
  ["cluster-enabled", BOOL, "no", IMM],
  ["cluster-link-sendbuf-limit", mem(0), "0"],
  ["cluster-migration-barrier", int(0, INT_MAX), "1"],
  ["cluster-node-timeout", int(0, Number.MAX_SAFE_INTEGER), "15000"],
  ["cluster-port", int(0, 65535), "0", IMM],
  ["cluster-preferred-endpoint-type", en("ip", "hostname", "unknown-endpoint"), "ip"],
  ["cluster-replica-no-failover", BOOL, "no", { alias: "cluster-slave-no-failover" }],
  ["cluster-replica-validity-factor", int(0, INT_MAX), "10", { alias: "cluster-slave-validity-factor" }],
  ["cluster-require-full-coverage", BOOL, "yes"],
  ["crash-log-enabled", BOOL, "yes"],
  ["crash-memcheck-enabled", BOOL, "yes"],
  ["disable-thp", BOOL, "yes"],
  ["enable-module-command", en("no", "yes", "local"), "no", IMM],
  ["enable-protected-configs", en("no", "yes", "local"), "no", IMM],
  ["ignore-warnings", STR, ""],
  ["io-threads", int(1, 128), "1", IMM],
  ["io-threads-do-reads", BOOL, "no", IMM],
  ["jemalloc-bg-thread", BOOL, "yes"],
  ["masterauth", STR, ""],
  ["masteruser", STR, ""],
  ["min-replicas-max-lag", int(0, INT_MAX), "10", { alias: "min-slaves-max-lag" }],
  ["min-replicas-to-write", int(0, INT_MAX), "0", { alias: "min-slaves-to-write" }],
  ["oom-score-adj", en("no", "yes", "relative", "absolute"), "no"],
  ["oom-score-adj-values", OOM_VALUES, "0 200 800"],
  ["proc-title-template", STR, "{title} {listen-addr} {server-mode}"],
  ["propagation-error-behavior", en("ignore", "panic", "panic-on-replicas"), "ignore"],
  ["rdb-del-sync-files", BOOL, "no"],
  ["rdb-save-incremental-fsync", BOOL, "yes"],
  ["repl-backlog-size", mem(1), "1048576"],
  ["repl-backlog-ttl", int(0, INT_MAX), "3600"],
  ["repl-disable-tcp-nodelay", BOOL, "no"],
  ["repl-diskless-load", en("disabled", "on-empty-db", "swapdb"), "disabled", { denyLoading: true }],
  ["repl-diskless-sync", BOOL, "yes"],
  ["repl-diskless-sync-delay", int(0, INT_MAX), "5"],
  ["repl-diskless-sync-max-replicas", int(0, INT_MAX), "0"],
  ["repl-ping-replica-period", int(1, INT_MAX), "10", { alias: "repl-ping-slave-period" }],
  ["repl-timeout", int(1, INT_MAX), "60"],
  ["replica-announce-ip", STR, "", { alias: "slave-announce-ip" }],
  ["replica-announce-port", int(0, 65535), "0", { alias: "slave-announce-port" }],
  ["replica-announced", BOOL, "yes"],
  ["replica-ignore-disk-write-errors", BOOL, "no"],
  ["replica-ignore-maxmemory", BOOL, "yes", { alias: "slave-ignore-maxmemory" }],
  ["replica-lazy-flush", BOOL, "no", { alias: "slave-lazy-flush" }],
  ["replica-priority", int(0, INT_MAX), "100", { alias: "slave-priority" }],
  ["replica-read-only", BOOL, "yes", { alias: "slave-read-only" }],
  ["replica-serve-stale-data", BOOL, "yes", { alias: "slave-serve-stale-data" }],
  // Setting it would make this server a replica, which it cannot be.
  ["replicaof", STR, "", { alias: "slaveof", immutable: true }],
  ["sanitize-dump-payload", en("no", "yes", "clients"), "no"],
  ["server_cpulist", STR, "", IMM],
  ["set-proc-title", BOOL, "yes", IMM],
  ["shutdown-on-sigint", flags("default", "save", "nosave", "now", "force"), "default"],
  ["shutdown-on-sigterm", flags("default", "save", "nosave", "now", "force"), "default"],
  ["shutdown-timeout", int(0, INT_MAX), "10"],
  ["socket-mark-id", int(0, UINT_MAX), "0"],
  ["supervised", en("upstart", "systemd", "auto", "no"), "no", IMM],
  ["syslog-enabled", BOOL, "no", IMM],
  [
    "syslog-facility",
    en("user", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"),
    "local0",
    IMM,
  ],
  ["syslog-ident", STR, "redis", IMM],
  ["tls-auth-clients", en("no", "yes", "optional"), "yes"],
  ["tls-ca-cert-dir", STR, ""],
  ["tls-ca-cert-file", STR, ""],
  ["tls-cert-file", STR, ""],
  ["tls-ciphers", STR, ""],
  ["tls-ciphersuites", STR, ""],
  ["tls-client-cert-file", STR, ""],
  ["tls-client-key-file", STR, ""],
  ["tls-client-key-file-pass", STR, ""],
  ["tls-cluster", BOOL, "no"],
  ["tls-dh-params-file", STR, ""],
  ["tls-key-file", STR, ""],
  ["tls-key-file-pass", STR, ""],
  ["tls-port", int(0, 65535), "0"],
  ["tls-prefer-server-ciphers", BOOL, "no"],
  ["tls-protocols", STR, ""],
  ["tls-replication", BOOL, "no"],
  ["tls-session-cache-size", int(0, INT_MAX), "20480"],
  ["tls-session-cache-timeout", int(0, INT_MAX), "300"],
  ["tls-session-caching", BOOL, "yes"],
  ["unixsocket", STR, "", IMM],
  ["unixsocketperm", int(0, 0o777), "0", IMM],
];

/** Adds every inert setting the config does not have yet (the families add their own first). */
export function addInertSettings(config: Config, only?: readonly string[]): void {
  for (const [name, type, def, opts] of INERT_SETTINGS) {
    if (config.entry(name) !== undefined || (only !== undefined && !only.includes(name))) continue;
    const e: ConfigEntry = { name, type, default: def };
    if (opts?.alias) e.alias = opts.alias;
    if (opts?.immutable) e.immutable = true;
    if (opts?.denyLoading) e.denyLoading = true;
    config.add(e);
  }
}
