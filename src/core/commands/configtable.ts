/**
 * The rest of Redis 7.0's settings: replication, cluster, TLS, defragmentation, supervision, logging. Nothing
 * here acts on them (there is no replication, cluster or TLS), but CONFIG GET lists and answers them with
 * Redis's defaults, and CONFIG SET validates them by the same types, ranges and immutability, so tools that
 * read or write them see what they see on redis-server.
 */
import type { ConfigEntry, ConfigType } from "../config.ts";
import type { Server } from "../server.ts";

const INT_MAX = 2147483647;
const UINT_MAX = 4294967295;
const LONG_MAX = Number.MAX_SAFE_INTEGER;

const BOOL: ConfigType = { kind: "bool" };
const STR: ConfigType = { kind: "string" };
const int = (min: number, max: number): ConfigType => ({ kind: "int", min, max });
const mem = (min = 0, max = LONG_MAX): ConfigType => ({ kind: "memory", min, max });
const en = (...values: string[]): ConfigType => ({ kind: "enum", values });

/** A space-separated list whose words must each be one of `words` (shutdown-on-sigint ...). */
function flags(...words: string[]): ConfigType {
  return {
    kind: "custom",
    parse: (v) => {
      const parts = v.toLowerCase().split(/\s+/).filter((w) => w !== "");
      if (parts.length === 0 || parts.some((w) => !words.includes(w))) {
        return { error: `argument(s) must be one of the following: ${words.join(", ")}` };
      }
      return parts.join(" ");
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
      if (p === "" || Number.isNaN(n) || n < 0 || n > 100) return { error: "latency-tracking-info-percentiles: percentile must be between 0.0 and 100.0" };
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
      if (!/^-?\d+$/.test(p) || Number(p) < -2000 || Number(p) > 2000) return { error: "Invalid oom-score-adj-values, elements must be between -2000 and 2000." };
    }
    return parts.map(Number).join(" ");
  },
};

type Row = [name: string, type: ConfigType, def: string, opts?: { alias?: string; immutable?: boolean }];

const IMM = { immutable: true };

const ROWS: Row[] = [
  ["acl-pubsub-default", en("allchannels", "resetchannels"), "resetchannels"],
  ["aclfile", STR, "", IMM],
  ["acllog-max-len", int(0, LONG_MAX), "128"],
  ["active-defrag-cycle-max", int(1, 99), "25"],
  ["active-defrag-cycle-min", int(1, 99), "1"],
  ["active-defrag-ignore-bytes", mem(1), "104857600"],
  ["active-defrag-max-scan-fields", int(1, LONG_MAX), "1000"],
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
  ["cluster-node-timeout", int(0, LONG_MAX), "15000"],
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
  ["hll-sparse-max-bytes", mem(0), "3000"],
  ["ignore-warnings", STR, ""],
  ["io-threads", int(1, 128), "1", IMM],
  ["io-threads-do-reads", BOOL, "no", IMM],
  ["jemalloc-bg-thread", BOOL, "yes"],
  ["latency-tracking", BOOL, "yes"],
  ["latency-tracking-info-percentiles", PERCENTILES, "50 99 99.9"],
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
  ["repl-diskless-load", en("disabled", "on-empty-db", "swapdb"), "disabled"],
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
  ["syslog-facility", en("user", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"), "local0", IMM],
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

/** Adds every setting in the table this server's config does not have yet. */
export function addInertSettings(server: Server): void {
  for (const [name, type, def, opts] of ROWS) {
    if (server.config.entry(name) !== undefined) continue;
    const e: ConfigEntry = { name, type, default: def };
    if (opts?.alias) e.alias = opts.alias;
    if (opts?.immutable) e.immutable = true;
    server.config.add(e);
  }
}
