/**
 * MEMORY (object.c's memoryCommand): USAGE from the size model in memory/size.ts, STATS and DOCTOR from the
 * accounting in features/eviction.ts. There is no jemalloc: MALLOC-STATS answers what a Redis built with
 * another allocator answers, and PURGE has nothing to purge.
 */
import { masterOf } from "../replication/master.ts";
import type { CommandDef } from "./table.ts";
import type { Client } from "../client.ts";
import { ERR_SYNTAX } from "../errors.ts";
import { DEFAULT_SAMPLES, keyUsage } from "../memory/size.ts";
import { helpReply, int64Arg, isKeyword } from "./util.ts";

const MEMORY_HELP = [
  "DOCTOR",
  "    Return memory problems reports.",
  "MALLOC-STATS",
  "    Return internal statistics report from the memory allocator.",
  "PURGE",
  "    Attempt to purge dirty pages for reclamation by the allocator.",
  "STATS",
  "    Return information about the memory usage of the server.",
  "USAGE <key> [SAMPLES <count>]",
  "    Return memory in bytes used by <key> and its value. Nested values are",
  "    sampled up to <count> times (default: 5, 0 means sample all).",
];

/** MEMORY USAGE key [SAMPLES count] */
function memoryUsageCommand(c: Client, argv: string[]): void {
  let samples = DEFAULT_SAMPLES;
  for (let j = 3; j < argv.length; j++) {
    if (isKeyword(argv[j], "SAMPLES") && j + 1 < argv.length) {
      const n = int64Arg(c, argv[++j]);
      if (n === null) return;
      if (n < 0) return c.error(ERR_SYNTAX);
      samples = n === 0 ? Infinity : Number(n);
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  // dictFind, as Redis: no expiry check, no access-time update.
  const v = c.db.get(argv[2]);
  if (v === undefined) return c.reply.nullBulk();
  c.reply.integer(keyUsage(argv[2], v, samples, c.server.config));
}

/** MEMORY STATS */
function memoryStatsCommand(c: Client): void {
  const mh = c.server.eviction.overheadData();
  const r = c.reply;
  const field = (name: string, n: number) => {
    r.bulk(name);
    r.integer(Math.floor(n));
  };
  const ratio = (name: string, d: number) => {
    r.bulk(name);
    // Redis computes these as C floats.
    r.double(Math.fround(d));
  };
  r.map(27 + mh.dbs.length);
  field("peak.allocated", mh.peak);
  field("total.allocated", mh.total);
  field("startup.allocated", mh.startup);
  field("replication.backlog", masterOf(c.server)?.memory().backlog ?? 0);
  field("clients.slaves", c.server.eviction.replicaBuffers);
  field("clients.normal", mh.clientsNormal);
  field("cluster.links", 0);
  field("aof.buffer", 0);
  field("lua.caches", 0);
  field("functions.caches", mh.functionsCaches);
  for (const db of mh.dbs) {
    r.bulk(`db.${db.id}`);
    r.map(3);
    field("overhead.hashtable.main", db.main);
    field("overhead.hashtable.expires", db.expires);
    field("overhead.hashtable.slot-to-keys", 0);
  }
  field("overhead.total", mh.overhead);
  field("keys.count", mh.keys);
  field("keys.bytes-per-key", mh.bytesPerKey);
  field("dataset.bytes", mh.dataset);
  ratio("dataset.percentage", mh.datasetPerc);
  ratio("peak.percentage", mh.peakPerc);
  // The runtime's heap stands where jemalloc's figures stand.
  field("allocator.allocated", mh.allocated);
  field("allocator.active", mh.allocated);
  field("allocator.resident", mh.rss);
  ratio("allocator-fragmentation.ratio", 1);
  field("allocator-fragmentation.bytes", 0);
  ratio("allocator-rss.ratio", mh.allocated > 0 ? mh.rss / mh.allocated : 1);
  field("allocator-rss.bytes", mh.rss - mh.allocated);
  ratio("rss-overhead.ratio", 1);
  field("rss-overhead.bytes", 0);
  ratio("fragmentation", mh.fragmentation);
  field("fragmentation.bytes", mh.fragmentationBytes);
}

/**
 * MEMORY DOCTOR (getMemoryDoctorReport). The allocator fragmentation checks are left out: they speak of
 * jemalloc, and a JavaScript heap always holds more than Redis's bytes.
 */
function memoryDoctorCommand(c: Client): void {
  const server = c.server;
  const mh = server.eviction.overheadData();
  const reports: string[] = [];
  let text: string;
  if (mh.total < 5 * 1024 * 1024) {
    text = DOCTOR_EMPTY;
  } else {
    if (mh.peak / mh.total > 1.5) reports.push(DOCTOR_BIG_PEAK);
    if (server.clients.size > 0 && mh.clientsNormal / server.clients.size > 200 * 1024) {
      reports.push(DOCTOR_BIG_CLIENT_BUF);
    }
    text = reports.length === 0
      ? DOCTOR_NO_ISSUES
      : `Sam, I detected a few issues in this Redis instance memory implants:\n\n${
        reports.join("")
      }I'm here to keep you safe, Sam. I want to help you.\n`;
  }
  c.reply.verbatim(text);
}

const DOCTOR_EMPTY =
  "Hi Sam, this instance is empty or is using very little memory, my issues detector can't be used in these conditions. Please, leave for your mission on Earth and fill it with some data. The new Sam and I will be back to our programming as soon as I finished rebooting.\n";
const DOCTOR_NO_ISSUES =
  "Hi Sam, I can't find any memory issue in your instance. I can only account for what occurs on this base.\n";
const DOCTOR_BIG_PEAK =
  " * Peak memory: In the past this instance used more than 150% the memory that is currently using. The allocator is normally not able to release memory after a peak, so you can expect to see a big fragmentation ratio, however this is actually harmless and is only due to the memory peak, and if the Redis instance Resident Set Size (RSS) is currently bigger than expected, the memory will be used as soon as you fill the Redis instance with more data. If the memory peak was only occasional and you want to try to reclaim memory, please try the MEMORY PURGE command, otherwise the only other option is to shutdown and restart the instance.\n\n";
const DOCTOR_BIG_CLIENT_BUF =
  " * Big client buffers: The clients output buffers in this instance are greater than 200K per client (on average). This may result from different causes, like Pub/Sub clients subscribed to channels bot not receiving data fast enough, so that data piles on the Redis instance output buffer, or clients sending commands with large replies or very large sequences of commands in the same pipeline. Please use the CLIENT LIST command in order to investigate the issue if it causes problems in your instance, or to understand better why certain clients are using a big amount of memory.\n\n";

export function memoryCommands(): CommandDef[] {
  return [
    {
      name: "memory",
      subcommands: [
        { name: "usage", handler: memoryUsageCommand },
        { name: "stats", handler: memoryStatsCommand },
        { name: "doctor", handler: memoryDoctorCommand },
        /* MEMORY MALLOC-STATS: what Redis built without jemalloc answers. */
        { name: "malloc-stats", handler: (c) => c.reply.bulk("Stats not supported for the current allocator") },
        /* MEMORY PURGE: the runtime's collector owns the heap; there is nothing to hand back by hand. */
        { name: "purge", handler: (c) => c.reply.ok() },
        { name: "help", handler: (c) => helpReply(c, "MEMORY", MEMORY_HELP) },
      ],
    },
  ];
}
