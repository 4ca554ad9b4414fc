/**
 * Looking inside the server: SLOWLOG (slowlog.c), LATENCY (latency.c), DEBUG (debug.c, the subcommands
 * tests and tools use) and LOLWUT (lolwut.c). The slow log and latency monitor themselves live in
 * src/core/slowlog.ts and src/core/latency.ts, fed by Client.call.
 */
import { randomReplid } from "../replication/state.ts";
import type { Client } from "../client.ts";
import type { Command, CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Value } from "../keyspace/types.ts";
import type { Db } from "../keyspace/db.ts";
import type { ListValue } from "../keyspace/list.ts";
import type { SetValue } from "../keyspace/set.ts";
import type { HashValue } from "../keyspace/hash.ts";
import type { ZSetValue } from "../keyspace/zset.ts";
import { latencyDoctor, latencyGraph, LatencyMonitor } from "../latency.ts";
import { sha1hex, sha1hexBytes } from "../sha1.ts";
import type { BigString } from "../keyspace/bigstr.ts";
import { formatG } from "../bytes.ts";
import { parseMemory } from "../config.ts";
import { rewriteConfigFile } from "../configfile.ts";
import { helpReply, isKeyword } from "./util.ts";
import { LONG_MAX, rangeLongArg } from "../db/args.ts";
import { stringMarks } from "../db/encoding.ts";
import { createDumpPayload } from "../persistence/rdb.ts";
import { persistenceOf } from "../persistence/snapshot.ts";
import { restoreLibraries, takeLibraries } from "../scripting/functions.ts";
import { lolwutCommand } from "./lolwut.ts";
import { CLIENT_NO_EVICT } from "../client.ts";
import { clientType } from "../clientinfo.ts";
import {
  ERR_CLIENT_EVICTION_DISABLED,
  ERR_CLUSTER_ONLY_DEBUG,
  ERR_DEBUG_LOAD,
  ERR_DEBUG_PROTOCOL_TYPE,
  ERR_DEBUG_RELOAD_OPTIONS,
  ERR_DEBUG_SAVE,
  ERR_NO_SUCH_KEY,
  ERR_NOT_LISTPACK,
  ERR_NOT_POSITIVE,
  ERR_NOT_QUICKLIST,
  ERR_NOT_SDS,
  ERR_PACKED_THRESHOLD,
  ERR_RESP2_UNSUPPORTED,
  ERR_SLOWLOG_COUNT,
  errConfigRewriteForceAll,
  errLatencyNoSamples,
  errSubcommandSyntax,
} from "../errors.ts";

// ---- SLOWLOG ----

const SLOWLOG_HELP = [
  "GET [<count>]",
  "    Return top <count> entries from the slowlog (default: 10, -1 mean all).",
  "    Entries are made of:",
  "    id, timestamp, time in microseconds, arguments array, client IP and port,",
  "    client name",
  "LEN",
  "    Return the length of the slowlog.",
  "RESET",
  "    Reset the slowlog.",
];

/* SLOWLOG GET [count] */
function slowlogGetCommand(c: Client, argv: string[]): void {
  const entries = c.server.slowlog.entries;
  let count = 10;
  if (argv.length > 3) {
    c.error(errSubcommandSyntax(argv[1], argv[0]));
    return;
  }
  if (argv.length === 3) {
    const n = rangeLongArg(c, argv[2], -1n, LONG_MAX, ERR_SLOWLOG_COUNT);
    if (n === null) return;
    count = n === -1 ? entries.length : n;
  }
  const sent = Math.min(count, entries.length);
  c.reply.array(sent);
  for (let i = 0; i < sent; i++) {
    const e = entries[i];
    c.reply.array(6);
    c.reply.integer(e.id);
    c.reply.integer(e.time);
    c.reply.integer(e.duration);
    c.reply.bulkArray(e.argv);
    c.reply.bulk(e.peerid);
    c.reply.bulk(e.cname);
  }
}

// ---- LATENCY ----

const LATENCY_HELP = [
  "DOCTOR",
  "    Return a human readable latency analysis report.",
  "GRAPH <event>",
  "    Return an ASCII latency graph for the <event> class.",
  "HISTORY <event>",
  "    Return time-latency samples for the <event> class.",
  "LATEST",
  "    Return the latest latency samples for all events.",
  "RESET [<event> ...]",
  "    Reset latency data of one or more <event> classes.",
  "    (default: reset all data for all event classes)",
  "HISTOGRAM [COMMAND ...]",
  "    Return a cumulative distribution of latencies in the format of a histogram for the specified command names.",
  "    If no commands are specified then all histograms are replied.",
];

/* LATENCY HISTORY event */
function latencyHistoryCommand(c: Client, argv: string[]): void {
  const ts = c.server.latency.events.get(argv[2]);
  const samples = ts === undefined ? [] : LatencyMonitor.samples(ts);
  c.reply.array(samples.length);
  for (const s of samples) {
    c.reply.array(2);
    c.reply.integer(s.time);
    c.reply.integer(s.latency);
  }
}

/* LATENCY LATEST */
function latencyLatestCommand(c: Client): void {
  const events = c.server.latency.events;
  c.reply.array(events.size);
  for (const [event, ts] of events) {
    const last = ts.samples[(ts.idx + ts.samples.length - 1) % ts.samples.length];
    c.reply.array(4);
    c.reply.bulk(event);
    c.reply.integer(last.time);
    c.reply.integer(last.latency);
    c.reply.integer(ts.max);
  }
}

/* LATENCY GRAPH event */
function latencyGraphCommand(c: Client, argv: string[]): void {
  const ts = c.server.latency.events.get(argv[2]);
  if (ts === undefined) {
    c.error(errLatencyNoSamples(argv[2]));
    return;
  }
  c.reply.verbatim(latencyGraph(argv[2], ts, c.server.now()));
}

/* LATENCY DOCTOR */
function latencyDoctorCommand(c: Client): void {
  const server = c.server;
  const report = latencyDoctor(server.latency, {
    threshold: server.latencyThreshold,
    slowlogSlowerThan: server.slowlogSlowerThan,
    hz: server.config.getNumber("hz"),
    appendfsyncAlways: server.config.get("appendfsync") === "always",
  }, server.now());
  c.reply.verbatim(report);
}

/* LATENCY RESET [event ...] */
function latencyResetCommand(c: Client, argv: string[]): void {
  const monitor = c.server.latency;
  if (argv.length === 2) {
    c.reply.integer(monitor.reset(null));
    return;
  }
  let resets = 0;
  for (let j = 2; j < argv.length; j++) resets += monitor.reset(argv[j]);
  c.reply.integer(resets);
}

/**
 * LATENCY HISTOGRAM [command ...]: each command's latency histogram as fillCommandCDF reports it, the
 * calls and the cumulative count at each power-of-two level of microseconds (hdrhistogram.ts).
 */
function latencyHistogramCommand(c: Client, argv: string[]): void {
  const table = c.server.commands;
  const histograms = c.server.latency.histograms;
  const picked: Command[] = [];
  const consider = (cmd: Command) => {
    if (histograms.has(cmd) && !picked.includes(cmd)) picked.push(cmd);
  };
  const all = (cmd: Command) => {
    consider(cmd);
    if (cmd.subcommands !== null) { for (const sub of new Set(cmd.subcommands.values())) consider(sub); }
  };
  if (argv.length === 2) { for (const cmd of table.commands) all(cmd); }
  else {
    for (let j = 2; j < argv.length; j++) {
      // lookupCommandBySds: "container|subcommand" names one subcommand alone.
      const [name, sub] = argv[j].split("|", 2);
      const cmd = table.lookup(name);
      if (cmd === undefined) continue;
      if (sub === undefined) all(cmd);
      else {
        const s = cmd.subcommands?.get(sub.toLowerCase());
        if (s !== undefined) consider(s);
      }
    }
  }
  c.reply.map(picked.length);
  for (const cmd of picked) {
    const h = histograms.get(cmd)!;
    c.reply.bulk(cmd.fullName);
    c.reply.map(2);
    c.reply.bulk("calls");
    c.reply.integer(h.totalCount);
    c.reply.bulk("histogram_usec");
    const buckets = h.logBuckets();
    c.reply.map(buckets.length);
    for (const b of buckets) {
      c.reply.integer(Math.floor(b.highestEquivalent / 1000));
      c.reply.integer(b.cumulative);
    }
  }
}

// ---- DEBUG ----

/** One line per element; a template so the text reads as Redis prints it. */
const DEBUG_HELP = `AOF-FLUSH-SLEEP <microsec>
    Server will sleep before flushing the AOF, this is used for testing.
ASSERT
    Crash by assertion failed.
CHANGE-REPL-ID
    Change the replication IDs of the instance.
    Dangerous: should be used only for testing the replication subsystem.
CONFIG-REWRITE-FORCE-ALL
    Like CONFIG REWRITE but writes all configuration options, including
    keywords not listed in original configuration file or default values.
CRASH-AND-RECOVER [<milliseconds>]
    Hard crash and restart after a <milliseconds> delay (default 0).
DIGEST
    Output a hex signature representing the current DB content.
DIGEST-VALUE <key> [<key> ...]
    Output a hex signature of the values of all the specified keys.
ERROR <string>
    Return a Redis protocol error with <string> as message. Useful for clients
    unit tests to simulate Redis errors.
LEAK <string>
    Create a memory leak of the input string.
LOG <message>
    Write <message> to the server log.
HTSTATS <dbid>
    Return hash table statistics of the specified Redis database.
HTSTATS-KEY <key>
    Like HTSTATS but for the hash table stored at <key>'s value.
LOADAOF
    Flush the AOF buffers on disk and reload the AOF in memory.
REPLICATE <string>
    Replicates the provided string to replicas, allowing data divergence.
MALLCTL <key> [<val>]
    Get or set a malloc tuning integer.
MALLCTL-STR <key> [<val>]
    Get or set a malloc tuning string.
OBJECT <key>
    Show low level info about \`key\` and associated value.
DROP-CLUSTER-PACKET-FILTER <packet-type>
    Drop all packets that match the filtered type. Set to -1 allow all packets.
OOM
    Crash the server simulating an out-of-memory error.
PANIC
    Crash the server simulating a panic.
POPULATE <count> [<prefix>] [<size>]
    Create <count> string keys named key:<num>. If <prefix> is specified then
    it is used instead of the 'key' prefix. These are not propagated to
    replicas. Cluster slots are not respected so keys not belonging to the
    current node can be created in cluster mode.
PROTOCOL <type>
    Reply with a test value of the specified type. <type> can be: string,
    integer, double, bignum, null, array, set, map, attrib, push, verbatim,
    true, false.
RELOAD [option ...]
    Save the RDB on disk and reload it back to memory. Valid <option> values:
    * MERGE: conflicting keys will be loaded from RDB.
    * NOFLUSH: the existing database will not be removed before load, but
      conflicting keys will generate an exception and kill the server.
    * NOSAVE: the database will be loaded from an existing RDB file.
    Examples:
    * DEBUG RELOAD: verify that the server is able to persist, flush and reload
      the database.
    * DEBUG RELOAD NOSAVE: replace the current database with the contents of an
      existing RDB file.
    * DEBUG RELOAD NOSAVE NOFLUSH MERGE: add the contents of an existing RDB
      file to the database.
RESTART [<milliseconds>]
    Graceful restart: save config, db, restart after a <milliseconds> delay (default 0).
SDSLEN <key>
    Show low level SDS string info representing \`key\` and value.
SEGFAULT
    Crash the server with sigsegv.
SET-ACTIVE-EXPIRE <0|1>
    Setting it to 0 disables expiring keys in background when they are not
    accessed (otherwise the Redis behavior). Setting it to 1 reenables back the
    default.
QUICKLIST-PACKED-THRESHOLD <size>
    Sets the threshold for elements to be inserted as plain vs packed nodes
    Default value is 1GB, allows values up to 4GB. Setting to 0 restores to default.
SET-SKIP-CHECKSUM-VALIDATION <0|1>
    Enables or disables checksum checks for RDB files and RESTORE's payload.
SLEEP <seconds>
    Stop the server for <seconds>. Decimals allowed.
STRINGMATCH-TEST
    Run a fuzz tester against the stringmatchlen() function.
STRUCTSIZE
    Return the size of different Redis core C structures.
LISTPACK <key>
    Show low level info about the listpack encoding of <key>.
QUICKLIST <key> [<0|1>]
    Show low level info about the quicklist encoding of <key>.
    The optional argument (0 by default) sets the level of detail
CLIENT-EVICTION
    Show low level client eviction pools info (maxmemory-clients).
PAUSE-CRON <0|1>
    Stop periodic cron job processing.
REPLYBUFFER PEAK-RESET-TIME <NEVER||RESET|time>
    Sets the time (in milliseconds) to wait between client reply buffer peak resets.
    In case NEVER is provided the last observed peak will never be reset
    In case RESET is provided the peak reset time will be restored to the default value
REPLYBUFFER RESIZING <0|1>
    Enable or disable the reply buffer resize cron job
CLUSTERLINK KILL <to|from|all> <node-id>
    Kills the link based on the direction to/from (both) with the provided node.`.split("\n");

/** The 20-byte digests of debug.c, as byte strings (one char per byte). */
const ZERO_DIGEST = "\0".repeat(20);

function sha1Bytes(s: string): string {
  return hexToBytes(sha1hex(s));
}

function hexToBytes(hex: string): string {
  let out = "";
  for (let i = 0; i < 40; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return out;
}

function xorBytes(a: string, b: string): string {
  let out = "";
  for (let i = 0; i < 20; i++) out += String.fromCharCode(a.charCodeAt(i) ^ b.charCodeAt(i));
  return out;
}

/** xorDigest: digest ^= SHA1(data). */
function xorDigest(digest: string, data: string): string {
  return xorBytes(digest, sha1Bytes(data));
}

/** mixDigest: digest = SHA1(digest ^ SHA1(data)), so that order matters. */
function mixDigest(digest: string, data: string): string {
  return sha1Bytes(xorDigest(digest, data));
}

const TYPE_CODES: Record<string, number> = { string: 0, list: 1, set: 2, zset: 3, hash: 4, stream: 6 };

/** A big-endian 32-bit integer as 4 bytes (htonl). */
function be32(n: number): string {
  return String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
}

/** xorObjectDigest: the value's digest mixed into `digest` (type, contents, whether it expires). */
function xorObjectDigest(db: Db, key: string, digest: string, v: Value): string {
  const type = typeof v === "string" ? "string" : v.type;
  digest = mixDigest(digest, be32(TYPE_CODES[type]));
  if (typeof v === "string") digest = mixDigest(digest, v);
  else if (type === "string") {
    // A big string (keyspace/bigstr.ts): its SHA-1 taken over the bytes, then mixed in as mixDigest does.
    digest = sha1Bytes(xorBytes(digest, hexToBytes(sha1hexBytes((v as BigString).view()))));
  } else if (type === "list") { for (const e of (v as ListValue).toArray()) digest = mixDigest(digest, e); }
  else if (type === "set") { for (const m of (v as SetValue).members()) digest = xorDigest(digest, m); }
  else if (type === "zset") {
    for (const [m, score] of (v as ZSetValue).entries()) {
      const ele = mixDigest(mixDigest(ZERO_DIGEST, m), formatG(score, 17));
      digest = xorDigest(digest, ele);
    }
  } else if (type === "hash") {
    for (const [f, val] of (v as HashValue).entries()) {
      const ele = mixDigest(mixDigest(ZERO_DIGEST, f), val);
      digest = xorDigest(digest, ele);
    }
  } else if (type === "stream") {
    // Entries as debug.c walks them: "ms.seq", then each field and value.
    const entries = (v as unknown as { digestEntries?(): [string, string[]][] }).digestEntries?.() ?? [];
    for (const [id, fields] of entries) {
      digest = mixDigest(digest, id);
      for (const f of fields) digest = mixDigest(digest, f);
    }
  }
  const at = db.getExpire(key);
  if (at !== undefined && at !== -1) digest = xorDigest(digest, "!!expire!!");
  return digest;
}

function hex(digest: string): string {
  let out = "";
  for (let i = 0; i < digest.length; i++) out += digest.charCodeAt(i).toString(16).padStart(2, "0");
  return out;
}

/** computeDatasetDigest: every database's id and keys, so equal datasets give equal digests. */
function datasetDigest(server: Server): string {
  let final = ZERO_DIGEST;
  for (const db of server.dbs) {
    if (db.size === 0) continue;
    final = mixDigest(final, be32(db.id));
    db.forEach((key, v) => {
      const digest = xorObjectDigest(db, key, mixDigest(ZERO_DIGEST, key), v);
      final = xorDigest(final, digest);
    });
  }
  return final;
}

/** The LRU clock of a key last touched `idle` seconds ago (24 bits of seconds, LRU_CLOCK_RESOLUTION 1000). */
function lruClock(server: Server, idle: number): number {
  return (Math.floor(server.now() / 1000) - idle) & ((1 << 24) - 1);
}

/** The bytes an element takes in a listpack (lpEncode...: integers in 1 to 9 bytes, strings with a length header), with its back-length. */
function lpEntrySize(e: string): number {
  let size: number;
  const n = /^-?[1-9]\d{0,18}$|^0$/.test(e) ? BigInt(e) : null;
  if (n !== null && n >= -(2n ** 63n) && n < 2n ** 63n) {
    if (n >= 0n && n <= 127n) size = 1;
    else if (n >= -4096n && n <= 4095n) size = 2;
    else if (n >= -32768n && n <= 32767n) size = 3;
    else if (n >= -8388608n && n <= 8388607n) size = 4;
    else if (n >= -2147483648n && n <= 2147483647n) size = 5;
    else size = 9;
  } else size = e.length + (e.length < 64 ? 1 : e.length < 4096 ? 2 : 5);
  return size + (size < 128 ? 1 : size < 16384 ? 2 : size < 2097152 ? 3 : size < 268435456 ? 4 : 5);
}

/** How a quicklist of this fill splits the elements into listpack nodes: entries and bytes per node. */
function quicklistNodes(items: readonly string[], fill: number): { count: number; bytes: number }[] {
  const LP_HEADER = 7; // 6-byte header and the end byte
  const limit = fill < 0 ? [4096, 8192, 16384, 32768, 65536][Math.min(4, -fill - 1)] : Infinity;
  const nodes: { count: number; bytes: number }[] = [];
  let cur = { count: 0, bytes: LP_HEADER };
  for (const e of items) {
    const size = lpEntrySize(e);
    const full = fill > 0 ? cur.count >= fill : cur.bytes + size > limit;
    if (cur.count > 0 && full) {
      nodes.push(cur);
      cur = { count: 0, bytes: LP_HEADER };
    }
    cur.count++;
    cur.bytes += size;
  }
  nodes.push(cur);
  return nodes;
}

/* DEBUG OBJECT key */
function debugObject(c: Client, key: string): void {
  const v = c.db.peek(key);
  if (v === undefined) {
    c.error(ERR_NO_SUCH_KEY);
    return;
  }
  const encoding = typeof v === "string" ? stringMarks(c.server).encoding(c.db, key, v) : v.encoding(c.server.config);
  // rdbSavedObjectLen: the DUMP payload less its type byte, RDB version and checksum.
  const serialized = createDumpPayload(v, c.server.config).length - 11;
  const idle = c.db.idleSeconds(key);
  let extra = "";
  if (encoding === "quicklist") {
    const nodes = quicklistNodes((v as ListValue).toArray(), c.server.config.getNumber("list-max-listpack-size"));
    const count = nodes.reduce((a, n) => a + n.count, 0);
    const compressed = c.server.config.getNumber("list-compress-depth") !== 0 ? 1 : 0;
    const size = nodes.reduce((a, n) => a + n.bytes, 0);
    extra = ` ql_nodes:${nodes.length} ql_avg_node:${(count / nodes.length).toFixed(2)} ql_listpack_max:${
      c.server.config.getNumber("list-max-listpack-size")
    } ql_compressed:${compressed} ql_uncompressed_size:${size}`;
  }
  c.reply.simple(
    `Value at:0x7f0000000000 refcount:1 encoding:${encoding} serializedlength:${serialized} lru:${
      lruClock(c.server, idle)
    } lru_seconds_idle:${idle}${extra}`,
  );
}

/* DEBUG PROTOCOL type */
function debugProtocol(c: Client, name: string): void {
  const r = c.reply;
  switch (name.toLowerCase()) {
    case "string":
      return r.bulk("Hello World");
    case "integer":
      return r.integer(12345);
    case "double":
      return r.double(3.141);
    case "bignum":
      return r.bigNumber(1234567999999999999999999999999999999n);
    case "null":
      return r.nullBulk();
    case "array":
    case "set":
      if (name.toLowerCase() === "array") r.array(3);
      else r.set(3);
      for (let j = 0; j < 3; j++) r.integer(j);
      return;
    case "map":
      r.map(3);
      for (let j = 0; j < 3; j++) {
        r.integer(j);
        r.bool(j === 1);
      }
      return;
    case "attrib":
      if (c.proto >= 3) {
        r.text("|1\r\n");
        r.bulk("key-popularity");
        r.array(2);
        r.bulk("key:123");
        r.integer(90);
      }
      // An attribute is not a reply: a real one follows it.
      return r.bulk("Some real reply following the attribute");
    case "push": {
      if (c.proto < 3) return c.error(ERR_RESP2_UNSUPPORTED);
      const start = r.pos;
      r.push(2);
      r.bulk("server-cpu-usage");
      r.integer(42);
      c.markPush(start);
      // A push is not a reply either: clients that discard it still get one.
      return r.bulk("Some real reply following the push reply");
    }
    case "true":
      return r.bool(true);
    case "false":
      return r.bool(false);
    case "verbatim":
      return r.verbatim("This is a verbatim\nstring");
    default:
      return c.error(ERR_DEBUG_PROTOCOL_TYPE);
  }
}

/** strtod's leading number, 0 when there is none (DEBUG SLEEP's argument). */
function leadingFloat(s: string): number {
  const m = /^\s*[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)/.exec(s);
  return m === null ? 0 : Number(m[0]);
}

/** atoi: the leading integer, 0 when there is none. */
function atoi(s: string): number {
  const m = /^\s*[+-]?\d+/.exec(s);
  return m === null ? 0 : Number(m[0]);
}

/** Blocks the whole server for `ms`, as nanosleep in DEBUG SLEEP does: every client waits. */
function sleepServer(server: Server, ms: number): void {
  if (ms <= 0) return;
  if (server.host.sleep !== undefined) {
    server.host.sleep(ms);
    return;
  }
  const end = server.host.monotonic() + ms;
  // A host without sleep: spin on its clock, which real hosts move.
  while (server.host.monotonic() < end) { /* busy wait, as the server must not serve anyone meanwhile */ }
}

/* DEBUG RELOAD [MERGE] [NOFLUSH] [NOSAVE] */
function debugReload(c: Client, argv: string[]): void {
  let flush = true;
  let save = true;
  for (let j = 2; j < argv.length; j++) {
    if (isKeyword(argv[j], "MERGE")) continue;
    else if (isKeyword(argv[j], "NOFLUSH")) flush = false;
    else if (isKeyword(argv[j], "NOSAVE")) save = false;
    else return c.error(ERR_DEBUG_RELOAD_OPTIONS);
  }
  const server = c.server;
  const p = persistenceOf(server);
  if (save && !p.saveSync()) return c.error(ERR_DEBUG_SAVE);
  const before = server.dbs.map((db) => new Map(db.entries()));
  if (flush) { for (const db of server.dbs) db.flush(); }
  // Emptying the data empties the function libraries too (emptyData): the file brings them back.
  const libraries = flush ? takeLibraries(server) : null;
  let ok = false;
  p.loadAtStartup((done) => (ok = done), false);
  if (!ok) {
    // Keep what was there rather than an empty server when the file could not be read back.
    if (flush) before.forEach((m, i) => m.forEach((v, k) => server.dbs[i].store(k, v)));
    restoreLibraries(server, libraries);
    return c.error(ERR_DEBUG_LOAD);
  }
  server.signalModifiedKey(null, null);
  server.host.log("# DB reloaded by DEBUG RELOAD");
  c.reply.ok();
}

/* DEBUG POPULATE count [prefix] [size] */
function debugPopulate(c: Client, argv: string[]): void {
  const keys = rangeLongArg(c, argv[2], 0n, LONG_MAX, ERR_NOT_POSITIVE);
  if (keys === null) return;
  let size = 0;
  if (argv.length === 5) {
    const s = rangeLongArg(c, argv[4], 0n, LONG_MAX, ERR_NOT_POSITIVE);
    if (s === null) return;
    size = s;
  }
  const prefix = argv.length >= 4 ? argv[3] : "key";
  const db = c.db;
  for (let j = 0; j < keys; j++) {
    const key = `${prefix}:${j}`;
    if (db.lookup(key) !== undefined) continue;
    const base = `value:${j}`;
    const val = size === 0 ? base : base.slice(0, size).padEnd(size, "\0");
    db.store(key, val);
    c.server.signalModifiedKey(db, key);
  }
  c.reply.ok();
}

/* DEBUG subcommand [arg ...] */
function debugCommand(c: Client, argv: string[]): void {
  const server = c.server;
  const sub = argv[1].toLowerCase();
  const argc = argv.length;
  const key = argv[2];
  if (argc === 2 && sub === "help") return helpReply(c, "DEBUG", DEBUG_HELP);
  if (sub === "log" && argc === 3) {
    server.host.log(`# DEBUG LOG: ${argv[2]}`);
    return c.reply.ok();
  }
  if (sub === "leak" && argc === 3) return c.reply.ok();
  if (sub === "reload") return debugReload(c, argv);
  if (sub === "object" && argc === 3) return debugObject(c, key);
  if (sub === "sdslen" && argc === 3) {
    const v = c.db.peek(key);
    if (v === undefined) return c.error(ERR_NO_SUCH_KEY);
    if (typeof v !== "string" || stringMarks(server).encoding(c.db, key, v) === "int") return c.error(ERR_NOT_SDS);
    return c.reply.simple(
      `key_sds_len:${key.length}, key_sds_avail:0, key_zmalloc: ${
        sdsAlloc(key.length)
      }, val_sds_len:${v.length}, val_sds_avail:0, val_zmalloc: ${sdsAlloc(v.length)}`,
    );
  }
  if ((sub === "listpack" && argc === 3) || (sub === "quicklist" && (argc === 3 || argc === 4))) {
    const v = c.db.lookup(key);
    if (v === undefined) return c.error(ERR_NO_SUCH_KEY);
    const encoding = typeof v === "string" ? "" : v.encoding(server.config);
    if (sub === "listpack") {
      if (encoding !== "listpack") return c.error(ERR_NOT_LISTPACK);
      server.host.log(`* {listpack of ${key}: ${v === undefined ? 0 : encoding}}`);
      return c.reply.simple("Listpack structure printed on stdout");
    }
    if (encoding !== "quicklist") return c.error(ERR_NOT_QUICKLIST);
    return c.reply.simple("Quicklist structure printed on stdout");
  }
  if (sub === "populate" && argc >= 3 && argc <= 5) return debugPopulate(c, argv);
  if (sub === "digest" && argc === 2) return c.reply.simple(hex(datasetDigest(server)));
  if (sub === "digest-value" && argc >= 2) {
    c.reply.array(argc - 2);
    for (let j = 2; j < argc; j++) {
      // Not lookupKey: a debug command sees logically expired keys too.
      const v = c.db.peek(argv[j]);
      c.reply.simple(hex(v === undefined ? ZERO_DIGEST : xorObjectDigest(c.db, argv[j], ZERO_DIGEST, v)));
    }
    return;
  }
  if (sub === "protocol" && argc === 3) return debugProtocol(c, argv[2]);
  if (sub === "sleep" && argc === 3) {
    sleepServer(server, Math.trunc(leadingFloat(argv[2]) * 1_000_000) / 1000);
    return c.reply.ok();
  }
  if (sub === "set-active-expire" && argc === 3) {
    server.activeExpireEnabled = atoi(argv[2]) !== 0;
    return c.reply.ok();
  }
  if (sub === "quicklist-packed-threshold" && argc === 3) {
    const sz = parseMemory(argv[2]);
    if (sz === null || sz < 0 || sz > 2 ** 32 - 2 ** 20) return c.error(ERR_PACKED_THRESHOLD);
    return c.reply.ok();
  }
  if (
    (sub === "set-skip-checksum-validation" || sub === "aof-flush-sleep" || sub === "set-disable-deny-scripts" ||
      sub === "pause-cron") && argc === 3
  ) {
    // Switches for C internals with no counterpart here: accepted as Redis accepts them.
    return c.reply.ok();
  }
  if (sub === "replicate" && argc >= 3) return c.reply.ok();
  if (sub === "error" && argc === 3) {
    // Redis writes the text as the error line, newlines made spaces.
    const msg = argv[2].replace(/[\r\n]/g, " ");
    server.countError(msg);
    return c.reply.text(`-${msg}\r\n`);
  }
  if (sub === "change-repl-id" && argc === 2) {
    server.host.log("# Changing replication IDs after receiving DEBUG change-repl-id");
    // changeReplicationId + clearReplicationId2.
    server.replication.replid = randomReplid(() => server.host.random());
    server.replication.clearReplicationId2();
    return c.reply.ok();
  }
  if (sub === "config-rewrite-force-all" && argc === 2) {
    const failed = rewriteConfigFile(server.config, server.host, true);
    return failed === null ? c.reply.ok() : c.error(errConfigRewriteForceAll(failed));
  }
  if (sub === "stringmatch-test" && argc === 2) {
    return c.reply.simple("Apparently Redis did not crash: test passed");
  }
  if (sub === "client-eviction" && argc === 2) {
    if (server.config.get("maxmemory-clients") === "0") return c.error(ERR_CLIENT_EVICTION_DISABLED);
    return c.reply.verbatim(clientEvictionBuckets(server));
  }
  if (sub === "replybuffer" && argc === 4) {
    const what = argv[2].toLowerCase();
    if (what === "peak-reset-time") {
      const v = argv[3].toLowerCase();
      if (v !== "never" && v !== "reset" && rangeLongArg(c, argv[3], -LONG_MAX - 1n, LONG_MAX, null) === null) return;
    } else if (what !== "resizing") return c.error(errSubcommandSyntax(argv[1], argv[0]));
    return c.reply.ok();
  }
  if (sub === "clusterlink" && argc === 5 && isKeyword(argv[2], "KILL")) return c.error(ERR_CLUSTER_ONLY_DEBUG);
  c.error(errSubcommandSyntax(argv[1], argv[0]));
}

/** The allocation jemalloc gives an sds of this length (header + bytes + NUL, rounded to its size class). */
function sdsAlloc(len: number): number {
  const need = len + (len < 32 ? 2 : len < 256 ? 4 : 8);
  const classes = [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512];
  for (const s of classes) if (need <= s) return s;
  let size = 512;
  while (size < need) size += size / 4;
  return Math.ceil(size);
}

export function introspectionCommands(server: Server): CommandDef[] {
  void server;
  return [
    {
      name: "slowlog",
      subcommands: [
        { name: "get", handler: slowlogGetCommand },
        /* SLOWLOG LEN */
        { name: "len", handler: (c) => c.reply.integer(c.server.slowlog.entries.length) },
        /* SLOWLOG RESET */
        {
          name: "reset",
          handler: (c) => {
            c.server.slowlog.reset();
            c.reply.ok();
          },
        },
        /* SLOWLOG HELP */
        { name: "help", handler: (c) => helpReply(c, "SLOWLOG", SLOWLOG_HELP) },
      ],
    },
    {
      name: "latency",
      subcommands: [
        { name: "history", handler: latencyHistoryCommand },
        { name: "latest", handler: latencyLatestCommand },
        { name: "graph", handler: latencyGraphCommand },
        { name: "doctor", handler: latencyDoctorCommand },
        { name: "reset", handler: latencyResetCommand },
        { name: "histogram", handler: latencyHistogramCommand },
        /* LATENCY HELP */
        { name: "help", handler: (c) => helpReply(c, "LATENCY", LATENCY_HELP) },
      ],
    },
    { name: "debug", handler: debugCommand },
    { name: "lolwut", handler: lolwutCommand },
  ];
}

/** Client memory buckets (CLIENT_MEM_USAGE_BUCKET_MIN_LOG, _MAX_LOG): up to 32 KB, doubling up to 4 GB and above. */
const BUCKET_MIN_LOG = 15;
const BUCKET_MAX_LOG = 33;

/**
 * DEBUG CLIENT-EVICTION: the clients maxmemory-clients may evict (clientEvictionAllowed: normal and pubsub,
 * without NO-EVICT), grouped by memory as getMemUsageBucket groups them, one line per bucket as debug.c prints.
 */
function clientEvictionBuckets(server: Server): string {
  const buckets = BUCKET_MAX_LOG - BUCKET_MIN_LOG + 1;
  const mem = new Array<number>(buckets).fill(0);
  const count = new Array<number>(buckets).fill(0);
  for (const c of server.clients.values()) {
    if (c.id === 0 || c.closing || (c.flags & CLIENT_NO_EVICT) !== 0) continue;
    const type = clientType(c);
    if (type !== "normal" && type !== "pubsub") continue;
    // Its figure as of its last command or the last tick: a client's first command finds it in no bucket yet.
    const used = server.eviction.measuredUsage(c);
    if (used === undefined) continue;
    // The bit length of the figure, clamped to the buckets' range.
    const bits = used > 0 ? used.toString(2).length : 0;
    const j = Math.min(Math.max(bits, BUCKET_MIN_LOG), BUCKET_MAX_LOG) - BUCKET_MIN_LOG;
    mem[j] += used;
    count[j]++;
  }
  const pad = (n: number) => String(n).padStart(10);
  let out = "";
  for (let j = 0; j < buckets; j++) {
    out += j === 0 ? "bucket          0" : `bucket ${pad(2 ** (j - 1 + BUCKET_MIN_LOG))}`;
    out += j === buckets - 1 ? "+            : " : ` - ${pad(2 ** (j + BUCKET_MIN_LOG) - 1)}: `;
    out += `tot-mem: ${pad(mem[j])}, clients: ${count[j]}\n`;
  }
  return out;
}
