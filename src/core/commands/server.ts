/** Server commands: INFO, CONFIG, COMMAND, DBSIZE, FLUSHDB, FLUSHALL, TIME. */
import { getKeysFromCommand, writeCommandDocs, writeCommandInfo } from "./table.ts";
import type { Command, CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import { VERSION } from "../server.ts";
import type { Client } from "../client.ts";
import {
  ERR_GETKEYS_ARITY,
  ERR_GETKEYS_INVALID_ARGS,
  ERR_GETKEYS_INVALID_COMMAND,
  ERR_GETKEYS_NO_KEYS,
  ERR_NO_CONFIG_FILE,
  ERR_SYNTAX,
  errConfigSetFailed,
  errRewriteConfig,
} from "../errors.ts";
import { globMatch } from "../glob.ts";
import { addInertSettings } from "../config.ts";
import { rewriteConfigFile } from "../configfile.ts";
import { applyListenChange, listenSettings } from "../rebind.ts";
import { helpReply, isKeyword } from "./util.ts";
import { scriptingMemoryLines } from "../scripting/memory.ts";
import { bytesToHuman as human } from "../features/eviction.ts";
import { masterOf, replicationInfo } from "../replication/master.ts";

/**
 * Every field Redis 7.0 prints per INFO section, in its order, with the value shown when nothing here tracks
 * it (no forks, no replication, no defragmentation, no scripting). Tools that parse INFO find every field, and
 * the lines the features give (tracking, Pub/Sub, persistence) land where Redis prints them.
 */
const INFO_FIELDS: Record<string, [string, string][]> = {
  memory: [
    ["used_memory", "0"],
    ["used_memory_human", "0B"],
    ["used_memory_rss", "0"],
    ["used_memory_rss_human", "0B"],
    ["used_memory_peak", "0"],
    ["used_memory_peak_human", "0B"],
    ["used_memory_peak_perc", "100.00%"],
    ["used_memory_overhead", "0"],
    ["used_memory_startup", "0"],
    ["used_memory_dataset", "0"],
    ["used_memory_dataset_perc", "0.00%"],
    ["allocator_allocated", "0"],
    ["allocator_active", "0"],
    ["allocator_resident", "0"],
    ["total_system_memory", "0"],
    ["total_system_memory_human", "0B"],
    ["used_memory_lua", "32768"],
    ["used_memory_vm_eval", "32768"],
    ["used_memory_lua_human", "32.00K"],
    ["used_memory_scripts_eval", "0"],
    ["number_of_cached_scripts", "0"],
    ["number_of_functions", "0"],
    ["number_of_libraries", "0"],
    ["used_memory_vm_functions", "32768"],
    ["used_memory_vm_total", "65536"],
    ["used_memory_vm_total_human", "64.00K"],
    ["used_memory_functions", "0"],
    ["used_memory_scripts", "0"],
    ["used_memory_scripts_human", "0B"],
    ["maxmemory", "0"],
    ["maxmemory_human", "0B"],
    ["maxmemory_policy", "noeviction"],
    ["allocator_frag_ratio", "1.00"],
    ["allocator_frag_bytes", "0"],
    ["allocator_rss_ratio", "1.00"],
    ["allocator_rss_bytes", "0"],
    ["rss_overhead_ratio", "1.00"],
    ["rss_overhead_bytes", "0"],
    ["mem_fragmentation_ratio", "1.00"],
    ["mem_fragmentation_bytes", "0"],
    ["mem_not_counted_for_evict", "0"],
    ["mem_replication_backlog", "0"],
    ["mem_total_replication_buffers", "0"],
    ["mem_clients_slaves", "0"],
    ["mem_clients_normal", "0"],
    ["mem_cluster_links", "0"],
    ["mem_aof_buffer", "0"],
    ["mem_allocator", "host"],
    ["active_defrag_running", "0"],
    ["lazyfree_pending_objects", "0"],
    ["lazyfreed_objects", "0"],
  ],
  persistence: [
    ["loading", "0"],
    ["async_loading", "0"],
    ["current_cow_peak", "0"],
    ["current_cow_size", "0"],
    ["current_cow_size_age", "0"],
    ["current_fork_perc", "0.00"],
    ["current_save_keys_processed", "0"],
    ["current_save_keys_total", "0"],
    ["rdb_changes_since_last_save", "0"],
    ["rdb_bgsave_in_progress", "0"],
    ["rdb_last_save_time", "0"],
    ["rdb_last_bgsave_status", "ok"],
    ["rdb_last_bgsave_time_sec", "-1"],
    ["rdb_current_bgsave_time_sec", "-1"],
    ["rdb_saves", "0"],
    ["rdb_last_cow_size", "0"],
    ["rdb_last_load_keys_expired", "0"],
    ["rdb_last_load_keys_loaded", "0"],
    ["aof_enabled", "0"],
    ["aof_rewrite_in_progress", "0"],
    ["aof_rewrite_scheduled", "0"],
    ["aof_last_rewrite_time_sec", "-1"],
    ["aof_current_rewrite_time_sec", "-1"],
    ["aof_last_bgrewrite_status", "ok"],
    ["aof_rewrites", "0"],
    ["aof_rewrites_consecutive_failures", "0"],
    ["aof_last_write_status", "ok"],
    ["aof_last_cow_size", "0"],
    ["module_fork_in_progress", "0"],
    ["module_fork_last_cow_size", "0"],
  ],
  stats: [
    ["total_connections_received", "0"],
    ["total_commands_processed", "0"],
    ["instantaneous_ops_per_sec", "0"],
    ["total_net_input_bytes", "0"],
    ["total_net_output_bytes", "0"],
    ["total_net_repl_input_bytes", "0"],
    ["total_net_repl_output_bytes", "0"],
    ["instantaneous_input_kbps", "0.00"],
    ["instantaneous_output_kbps", "0.00"],
    ["instantaneous_input_repl_kbps", "0.00"],
    ["instantaneous_output_repl_kbps", "0.00"],
    ["rejected_connections", "0"],
    ["sync_full", "0"],
    ["sync_partial_ok", "0"],
    ["sync_partial_err", "0"],
    ["expired_keys", "0"],
    ["expired_stale_perc", "0.00"],
    ["expired_time_cap_reached_count", "0"],
    ["expire_cycle_cpu_milliseconds", "0"],
    ["evicted_keys", "0"],
    ["evicted_clients", "0"],
    ["total_eviction_exceeded_time", "0"],
    ["current_eviction_exceeded_time", "0"],
    ["keyspace_hits", "0"],
    ["keyspace_misses", "0"],
    ["pubsub_channels", "0"],
    ["pubsub_patterns", "0"],
    ["pubsubshard_channels", "0"],
    ["latest_fork_usec", "0"],
    ["total_forks", "0"],
    ["migrate_cached_sockets", "0"],
    ["slave_expires_tracked_keys", "0"],
    ["active_defrag_hits", "0"],
    ["active_defrag_misses", "0"],
    ["active_defrag_key_hits", "0"],
    ["active_defrag_key_misses", "0"],
    ["total_active_defrag_time", "0"],
    ["current_active_defrag_time", "0"],
    ["tracking_total_keys", "0"],
    ["tracking_total_items", "0"],
    ["tracking_total_prefixes", "0"],
    ["unexpected_error_replies", "0"],
    ["total_error_replies", "0"],
    ["dump_payload_sanitizations", "0"],
    ["total_reads_processed", "0"],
    ["total_writes_processed", "0"],
    ["io_threaded_reads_processed", "0"],
    ["io_threaded_writes_processed", "0"],
    ["reply_buffer_shrinks", "0"],
    ["reply_buffer_expands", "0"],
  ],
  cpu: [
    ["used_cpu_sys", "0.000000"],
    ["used_cpu_user", "0.000000"],
    ["used_cpu_sys_children", "0.000000"],
    ["used_cpu_user_children", "0.000000"],
    ["used_cpu_sys_main_thread", "0.000000"],
    ["used_cpu_user_main_thread", "0.000000"],
  ],
};

/** A section's lines completed with the fields it lacks and put in Redis's order; unknown fields keep theirs at the end. */
function canonicalLines(section: string, lines: string[]): string[] {
  const fields = INFO_FIELDS[section];
  if (!fields) return lines;
  const have = new Map<string, string>();
  for (const l of lines) {
    const colon = l.indexOf(":");
    const k = colon < 0 ? l : l.slice(0, colon);
    if (!have.has(k)) have.set(k, l);
  }
  const out: string[] = [];
  for (const [k, v] of fields) {
    out.push(have.get(k) ?? `${k}:${v}`);
    have.delete(k);
  }
  for (const l of have.values()) out.push(l);
  return out;
}

/** INFO memory's replication fields: the backlog, and it with the stream held for syncing replicas. */
function replicationMemoryLines(server: Server): string[] {
  const m = masterOf(server)?.memory() ?? { backlog: 0, buffers: 0 };
  return [`mem_replication_backlog:${m.backlog}`, `mem_total_replication_buffers:${m.buffers}`];
}

/** INFO's sections, in Redis's order. Each returns its lines, asking the server's features for theirs. */
function infoSections(server: Server): [string, () => string[]][] {
  const now = server.now();
  const uptime = Math.floor((now - server.startedAt) / 1000);
  const st = server.stats;
  return [
    ["server", () => [
      `redis_version:${VERSION}`,
      "redis_git_sha1:00000000",
      "redis_git_dirty:0",
      "redis_build_id:0",
      "redis_mode:standalone",
      `os:${server.host.runtime ?? "JavaScript"}`,
      "arch_bits:64",
      "monotonic_clock:host",
      "multiplexing_api:host",
      "atomicvar_api:none",
      "gcc_version:0.0.0",
      `process_id:${server.host.processId ?? 0}`,
      "process_supervised:no",
      `run_id:${runId(server)}`,
      // With `port 0` Redis names its TLS port here.
      `tcp_port:${
        server.config.getNumber("port") || Number(server.config.entry("tls-port") ? server.config.get("tls-port") : 0)
      }`,
      `server_time_usec:${now * 1000}`,
      `uptime_in_seconds:${uptime}`,
      `uptime_in_days:${Math.floor(uptime / 86400)}`,
      `hz:${server.config.get("hz")}`,
      `configured_hz:${server.config.get("hz")}`,
      `lru_clock:${Math.floor(now / 1000) & 0xffffff}`,
      `executable:${server.host.executable ?? ""}`,
      `config_file:${server.host.configFile ?? ""}`,
      "io_threads_active:0",
    ]],
    ["clients", () => [
      `connected_clients:${server.clients.size}`,
      "cluster_connections:0",
      `maxclients:${server.config.get("maxclients")}`,
      "client_recent_max_input_buffer:0",
      "client_recent_max_output_buffer:0",
      `blocked_clients:${server.blocking.blockedClients}`,
      `tracking_clients:${server.tracking.clients}`,
      "clients_in_timeout_table:0",
    ]],
    ["memory", () => {
      const mh = server.eviction.overheadData();
      const maxmemory = server.config.getNumber("maxmemory");
      return [
        `used_memory:${mh.total}`,
        `used_memory_human:${human(mh.total)}`,
        `used_memory_rss:${mh.rss}`,
        `used_memory_rss_human:${human(mh.rss)}`,
        `used_memory_peak:${mh.peak}`,
        `used_memory_peak_human:${human(mh.peak)}`,
        `used_memory_peak_perc:${mh.peakPerc.toFixed(2)}%`,
        `used_memory_overhead:${mh.overhead}`,
        `used_memory_startup:${mh.startup}`,
        `used_memory_dataset:${mh.dataset}`,
        `used_memory_dataset_perc:${mh.datasetPerc.toFixed(2)}%`,
        `allocator_allocated:${mh.allocated}`,
        `allocator_active:${mh.allocated}`,
        `allocator_resident:${mh.rss}`,
        `maxmemory:${maxmemory}`,
        `maxmemory_human:${human(maxmemory)}`,
        `maxmemory_policy:${server.config.get("maxmemory-policy")}`,
        `allocator_rss_ratio:${(mh.allocated > 0 ? mh.rss / mh.allocated : 1).toFixed(2)}`,
        `allocator_rss_bytes:${mh.rss - mh.allocated}`,
        `mem_fragmentation_ratio:${mh.fragmentation.toFixed(2)}`,
        `mem_fragmentation_bytes:${mh.fragmentationBytes}`,
        `mem_not_counted_for_evict:${server.eviction.replicaBuffers}`,
        `mem_clients_slaves:${server.eviction.replicaBuffers}`,
        `mem_clients_normal:${mh.clientsNormal}`,
        `lazyfreed_objects:${st.lazyfreedObjects}`,
        ...replicationMemoryLines(server),
        "mem_allocator:host",
        ...scriptingMemoryLines(server),
      ];
    }],
    ["persistence", () => {
      return server.persistence !== null ? server.persistence.infoLines() : [
        "loading:0",
        "async_loading:0",
        `rdb_changes_since_last_save:${server.dirty}`,
        "rdb_bgsave_in_progress:0",
        `rdb_last_save_time:${Math.floor(server.startedAt / 1000)}`,
        "rdb_last_bgsave_status:ok",
        "aof_enabled:0",
        "aof_rewrite_in_progress:0",
      ];
    }],
    ["stats", () => [
      `total_connections_received:${st.connections}`,
      `total_commands_processed:${st.commands}`,
      "instantaneous_ops_per_sec:0",
      `total_net_input_bytes:${st.netInput}`,
      `total_net_output_bytes:${st.netOutput}`,
      `rejected_connections:${st.rejectedConnections}`,
      `expired_keys:${st.expiredKeys}`,
      `evicted_keys:${st.evictedKeys}`,
      `evicted_clients:${server.eviction.evictedClients}`,
      `keyspace_hits:${st.keyspaceHits}`,
      `keyspace_misses:${st.keyspaceMisses}`,
      ...server.pubsub.infoStats(),
      ...server.tracking.infoStats(),
      ...(masterOf(server)?.statsLines() ?? []),
      `total_error_replies:${st.errorReplies}`,
      `unexpected_error_replies:0`,
    ]],
    ["replication", () => replicationInfo(server)],
    ["cpu", () => {
      const cpu = server.host.cpu?.() ?? { user: 0, system: 0 };
      return [
        `used_cpu_sys:${cpu.system.toFixed(6)}`,
        `used_cpu_user:${cpu.user.toFixed(6)}`,
        "used_cpu_sys_children:0.000000",
        "used_cpu_user_children:0.000000",
        // One thread does all the work, so the main thread's share is the process's.
        `used_cpu_sys_main_thread:${cpu.system.toFixed(6)}`,
        `used_cpu_user_main_thread:${cpu.user.toFixed(6)}`,
      ];
    }],
    ["modules", () => []],
    // Redis keeps the codes in a rax: listed in byte order, not in the order they first came up.
    [
      "errorstats",
      () =>
        [...st.errorCodes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, n]) =>
          `errorstat_${code}:count=${n}`
        ),
    ],
    ["cluster", () => ["cluster_enabled:0"]],
    ["keyspace", () => server.keyspaceInfo()],
  ];
}

function runId(server: Server): string {
  if (server.runId === "") {
    let s = "";
    for (let i = 0; i < 40; i++) s += Math.floor(server.host.random() * 16).toString(16);
    server.runId = s;
  }
  return server.runId;
}

const DEFAULT_SECTIONS = [
  "server",
  "clients",
  "memory",
  "persistence",
  "stats",
  "replication",
  "cpu",
  "modules",
  "errorstats",
  "cluster",
  "keyspace",
];

function commandstatsLines(server: Server): string[] {
  const out: string[] = [];
  for (const cmd of server.commands.all()) {
    if (cmd.calls === 0 && cmd.failedCalls === 0 && cmd.rejectedCalls === 0) continue;
    const usec = Math.round(cmd.usec);
    out.push(
      `cmdstat_${cmd.fullName}:calls=${cmd.calls},usec=${usec},usec_per_call=${
        (cmd.calls ? usec / cmd.calls : 0).toFixed(2)
      },rejected_calls=${cmd.rejectedCalls},failed_calls=${cmd.failedCalls}`,
    );
  }
  return out;
}

/**
 * genRedisInfoStringLACStats: per command with a latency histogram, the percentiles latency-tracking-info-
 * percentiles names (fillPercentileDistributionLatencies); nothing while latency-tracking is off.
 */
function latencystatsLines(server: Server): string[] {
  if (!server.latencyTracking) return [];
  const percentiles = server.config.get("latency-tracking-info-percentiles").split(" ").filter((p) => p !== "");
  const out: string[] = [];
  for (const cmd of server.commands.all()) {
    const h = server.latency.histograms.get(cmd);
    if (h === undefined) continue;
    const values = percentiles.map((p) => `p${p}=${(h.valueAtPercentile(Number(p)) / 1000).toFixed(3)}`);
    out.push(`latency_percentiles_usec_${cmd.fullName}:${values.join(",")}`);
  }
  return out;
}

/** INFO [section ...]: "default", "all", "everything" or section names, case-insensitive, in Redis's order. */
export function infoText(server: Server, args: string[]): string {
  const all = infoSections(server);
  // Commandstats and Latencystats come only on request, at the places Redis prints them.
  const at = all.findIndex(([n]) => n === "modules") + 1;
  all.splice(at, 0, ["commandstats", () => commandstatsLines(server)]);
  all.splice(at + 2, 0, ["latencystats", () => latencystatsLines(server)]);
  const wanted = new Set<string>();
  if (args.length === 0) DEFAULT_SECTIONS.forEach((s) => wanted.add(s));
  for (const a of args) {
    const s = a.toLowerCase();
    if (s === "default") DEFAULT_SECTIONS.forEach((x) => wanted.add(x));
    else if (s === "all" || s === "everything") all.forEach(([n]) => wanted.add(n));
    else wanted.add(s);
  }
  const out: string[] = [];
  for (const [name, lines] of all) {
    if (!wanted.has(name)) continue;
    if (out.length) out.push("");
    out.push(`# ${name === "cpu" ? "CPU" : name[0].toUpperCase() + name.slice(1)}`, ...canonicalLines(name, lines()));
  }
  return out.length === 0 ? "" : out.join("\r\n") + "\r\n";
}

/** INFO [section [section ...]] */
function infoCommand(c: Client, argv: string[]): void {
  c.reply.verbatim(infoText(c.server, argv.slice(1)));
}

/**
 * CONFIG GET parameter [parameter ...]: Redis collects matches in a case-insensitive dict, so a parameter
 * named twice (in any case) is listed once, and an exact name is echoed as the client spelled it.
 */
function configGetCommand(c: Client, argv: string[]): void {
  ensureAllSettings(c.server);
  const seen = new Map<string, [string, string]>();
  for (let j = 2; j < argv.length; j++) {
    const exact = !/[*?[]/.test(argv[j]);
    for (const [k, v] of c.server.config.match([argv[j]])) {
      const name = exact ? argv[j] : k;
      const id = name.toLowerCase();
      if (!seen.has(id)) seen.set(id, [name, v]);
    }
  }
  const pairs = [...seen.values()];
  c.reply.map(pairs.length);
  for (const [k, v] of pairs) {
    c.reply.bulk(k);
    c.reply.bulk(v);
  }
}

/**
 * Redis's settings that nothing here acts on are added on the first CONFIG GET/SET, once every family has
 * added its own, so none is listed twice.
 */
function ensureAllSettings(server: Server): void {
  if (server.inertSettingsAdded) return;
  server.inertSettingsAdded = true;
  addInertSettings(server.config);
}

/** CONFIG REWRITE: the file the server started with, rewritten as config.c's rewriteConfig does. */
function configRewriteCommand(c: Client): void {
  const server = c.server;
  if (server.host.configFile === undefined) return c.error(ERR_NO_CONFIG_FILE);
  ensureAllSettings(server);
  const failed = rewriteConfigFile(server.config, server.host);
  if (failed !== null) {
    server.host.log(`# CONFIG REWRITE failed: ${failed}`);
    return c.error(errRewriteConfig(failed));
  }
  server.host.log("# CONFIG REWRITE executed with success.");
  c.reply.ok();
}

/** The settings Redis 7.0 marks PROTECTED_CONFIG. */
const PROTECTED_CONFIGS = ["dir", "dbfilename"];

/** CONFIG SET parameter value [parameter value ...] */
function configSetCommand(c: Client, argv: string[]): void {
  ensureAllSettings(c.server);
  if ((argv.length - 2) % 2 !== 0) {
    c.error(ERR_SYNTAX);
    return;
  }
  const pairs: [string, string][] = [];
  for (let j = 2; j < argv.length; j += 2) pairs.push([argv[j], argv[j + 1]]);
  const config = c.server.config;
  // PROTECTED_CONFIG (dir, dbfilename) under enable-protected-configs: checked with the unknown and immutable
  // ones, in argument order, so the first of them is the one reported (setMany reports the others).
  for (const [name] of pairs) {
    const e = config.entry(name);
    if (e === undefined || e.immutable) break;
    if (PROTECTED_CONFIGS.includes(e.name) && !c.server.allowProtectedAction("enable-protected-configs", c)) {
      c.error(errConfigSetFailed(name, "can't set protected config"));
      return;
    }
  }
  const before = listenSettings(config, pairs);
  const err = config.setMany(pairs);
  if (err !== null) c.error(err);
  else if (!applyListenChange(c, before, pairs)) c.reply.ok();
}

/** CONFIG RESETSTAT */
function configResetstatCommand(c: Client): void {
  const st = c.server.stats;
  st.commands = 0;
  st.connections = 0;
  st.expiredKeys = 0;
  st.evictedKeys = 0;
  c.server.eviction.evictedClients = 0;
  st.keyspaceHits = 0;
  st.keyspaceMisses = 0;
  st.rejectedConnections = 0;
  st.errorReplies = 0;
  st.errorCodes.clear();
  st.lazyfreedObjects = 0;
  st.netInput = 0;
  st.netOutput = 0;
  for (const cmd of c.server.commands.all()) {
    cmd.calls = 0;
    cmd.usec = 0;
    cmd.failedCalls = 0;
    cmd.rejectedCalls = 0;
  }
  c.server.latency.histograms.clear();
  c.reply.ok();
}

/** COMMAND (no subcommand): every command's info. */
function commandCommand(c: Client): void {
  const cmds = c.server.commands.commands;
  c.reply.array(cmds.length);
  for (const cmd of cmds) writeCommandInfo(c.reply, cmd);
}

/** COMMAND INFO [command-name ...] */
function commandInfoCommand(c: Client, argv: string[]): void {
  if (argv.length === 2) return commandCommand(c);
  c.reply.array(argv.length - 2);
  for (let j = 2; j < argv.length; j++) {
    const cmd = c.server.commands.lookupFull(argv[j]);
    if (cmd) writeCommandInfo(c.reply, cmd);
    else c.reply.nullBulk();
  }
}

/** COMMAND DOCS [command-name ...] */
function commandDocsCommand(c: Client, argv: string[]): void {
  const table = c.server.commands;
  const list: Command[] = [];
  if (argv.length === 2) list.push(...table.commands);
  else {
    for (let j = 2; j < argv.length; j++) {
      const cmd = table.lookupFull(argv[j]);
      if (cmd) list.push(cmd);
    }
  }
  c.reply.map(list.length);
  for (const cmd of list) {
    c.reply.bulk(cmd.fullName);
    writeCommandDocs(c.reply, cmd);
  }
}

/** COMMAND LIST [FILTERBY MODULE name | ACLCAT category | PATTERN pattern] */
function commandListCommand(c: Client, argv: string[]): void {
  const names: string[] = [];
  const all = [...c.server.commands.all()];
  if (argv.length === 2) {
    for (const cmd of all) names.push(cmd.fullName);
  } else if (argv.length === 5 && isKeyword(argv[2], "FILTERBY")) {
    const kind = argv[3].toUpperCase();
    const arg = argv[4];
    for (const cmd of all) {
      if (kind === "PATTERN") {
        if (globMatch(arg, cmd.fullName, true)) names.push(cmd.fullName);
      } else if (kind === "ACLCAT") {
        if (cmd.acl.includes("@" + arg.toLowerCase())) names.push(cmd.fullName);
      } else if (kind !== "MODULE") {
        c.error(ERR_SYNTAX);
        return;
      }
    }
  } else {
    c.error(ERR_SYNTAX);
    return;
  }
  c.reply.bulkArray(names);
}

/** COMMAND GETKEYS <full-command> / COMMAND GETKEYSANDFLAGS <full-command> (getKeysSubcommandImpl) */
function commandGetKeysGeneric(c: Client, argv: string[], withFlags: boolean): void {
  const args = argv.slice(2);
  let cmd = c.server.commands.lookup(args[0]);
  if (cmd !== undefined && cmd.subcommands !== null && args.length > 1) {
    cmd = cmd.subcommands.get(args[1].toLowerCase());
  }
  if (cmd === undefined) return c.error(ERR_GETKEYS_INVALID_COMMAND);
  if (!cmd.hasKeys) return c.error(ERR_GETKEYS_NO_KEYS);
  if ((cmd.arity > 0 && cmd.arity !== args.length) || args.length < -cmd.arity) {
    return c.error(ERR_GETKEYS_ARITY);
  }
  const keys = getKeysFromCommand(cmd, args);
  if (keys.length === 0 && !cmd.noMandatoryKeys) return c.error(ERR_GETKEYS_INVALID_ARGS);
  c.reply.array(keys.length);
  for (const k of keys) {
    if (!withFlags) {
      c.reply.bulk(args[k.pos]);
      continue;
    }
    c.reply.array(2);
    c.reply.bulk(args[k.pos]);
    c.reply.set(k.flags.length);
    for (const f of k.flags) c.reply.simple(f);
  }
}

const COMMAND_HELP = [
  "(no subcommand)",
  "    Return details about all Redis commands.",
  "COUNT",
  "    Return the total number of commands in this Redis server.",
  "LIST",
  "    Return a list of all commands in this Redis server.",
  "INFO [<command-name> ...]",
  "    Return details about multiple Redis commands.",
  "    If no command names are given, documentation details for all",
  "    commands are returned.",
  "DOCS [<command-name> ...]",
  "    Return documentation details about multiple Redis commands.",
  "    If no command names are given, documentation details for all",
  "    commands are returned.",
  "GETKEYS <full-command>",
  "    Return the keys from a full Redis command.",
  "GETKEYSANDFLAGS <full-command>",
  "    Return the keys and the access flags from a full Redis command.",
];

const CONFIG_HELP = [
  "GET <pattern>",
  "    Return parameters matching the glob-like <pattern> and their values.",
  "SET <directive> <value>",
  "    Set the configuration <directive> to <value>.",
  "RESETSTAT",
  "    Reset statistics reported by the INFO command.",
  "REWRITE",
  "    Rewrite the configuration file.",
];

/** FLUSHDB / FLUSHALL [ASYNC|SYNC] */
function flushArgsOk(c: Client, argv: string[]): boolean {
  if (argv.length > 2 || (argv.length === 2 && !isKeyword(argv[1], "ASYNC") && !isKeyword(argv[1], "SYNC"))) {
    c.error(ERR_SYNTAX);
    return false;
  }
  return true;
}

/**
 * FLUSHDB / FLUSHALL's mode (getFlushCommandFlags): ASYNC or SYNC as given, else lazyfree-lazy-user-flush. An
 * asynchronous flush counts its keys in lazyfreed_objects (emptyDbAsync), as Redis's background job does.
 */
function countAsyncFlush(c: Client, argv: string[], dbs: readonly import("../keyspace/db.ts").Db[]): void {
  const async = argv.length === 2
    ? isKeyword(argv[1], "ASYNC")
    : c.server.config.get("lazyfree-lazy-user-flush") === "yes";
  if (!async) return;
  for (const db of dbs) c.server.stats.lazyfreedObjects += db.size;
}

/** Empties databases with the signals Redis sends (every key modified, one "flushdb" event). */
export function flushDatabases(server: Server, dbs: readonly import("../keyspace/db.ts").Db[]): number {
  let removed = 0;
  for (const db of dbs) {
    removed += db.size;
    db.flush();
  }
  server.signalModifiedKey(dbs.length === 1 ? dbs[0] : null, null);
  return removed;
}

export function serverCommands(_server: Server): CommandDef[] {
  return [
    { name: "info", handler: infoCommand },
    {
      name: "config",
      subcommands: [
        { name: "get", handler: configGetCommand },
        { name: "set", handler: configSetCommand },
        { name: "resetstat", handler: configResetstatCommand },
        { name: "rewrite", handler: configRewriteCommand },
        { name: "help", handler: (c) => helpReply(c, "CONFIG", CONFIG_HELP) },
      ],
    },
    {
      name: "command",
      handler: commandCommand,
      subcommands: [
        /* COMMAND COUNT */
        { name: "count", handler: (c) => c.reply.integer(c.server.commands.commands.length) },
        { name: "info", handler: commandInfoCommand },
        { name: "docs", handler: commandDocsCommand },
        { name: "list", handler: commandListCommand },
        /* COMMAND GETKEYS command [arg ...] */
        { name: "getkeys", handler: (c, argv) => commandGetKeysGeneric(c, argv, false) },
        /* COMMAND GETKEYSANDFLAGS command [arg ...] */
        { name: "getkeysandflags", handler: (c, argv) => commandGetKeysGeneric(c, argv, true) },
        { name: "help", handler: (c) => helpReply(c, "COMMAND", COMMAND_HELP) },
      ],
    },
    /* DBSIZE */
    { name: "dbsize", handler: (c) => c.reply.integer(c.db.size) },
    {
      name: "flushdb",
      touchesAllKeys: true,
      handler: (c, argv) => {
        if (!flushArgsOk(c, argv)) return;
        countAsyncFlush(c, argv, [c.db]);
        c.server.dirty += flushDatabases(c.server, [c.db]);
        // Replicated also when the database was already empty.
        c.server.propagation.force();
        c.reply.ok();
      },
    },
    {
      name: "flushall",
      touchesAllKeys: true,
      handler: (c, argv) => {
        if (!flushArgsOk(c, argv)) return;
        countAsyncFlush(c, argv, c.server.dbs);
        c.server.dirty += flushDatabases(c.server, c.server.dbs) + 1;
        c.server.propagation.force();
        c.reply.ok();
      },
    },
    {
      name: "time",
      handler: (c) => {
        const ms = c.server.now();
        const us = Math.floor((c.server.host.monotonic() * 1000) % 1000);
        c.reply.array(2);
        c.reply.bulk(String(Math.floor(ms / 1000)));
        c.reply.bulk(String((ms % 1000) * 1000 + us));
      },
    },
  ];
}
