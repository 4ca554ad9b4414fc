/**
 * Memory: used_memory as Redis would count it, maxmemory enforced by evicting keys (evict.c's
 * performEvictions with its sampling and eviction pool), and the guard a JavaScript server needs that C Redis
 * does not: a heap limit the runtime aborts at. processCommand's OOM rule refuses `denyoom` commands (and
 * anything queued in MULTI) when eviction cannot bring memory under maxmemory, or when the real heap nears its
 * limit; every key stays.
 *
 * used_memory is an estimate in Redis's bytes (memory/size.ts), kept as a per-database sum that the keyspace
 * updates on every store, delete and signalModifiedKey: maxmemory means what it means to redis-server, and
 * the same data fills it at about the same point. The heap guard reads the runtime's heap instead, sampled
 * every few hundred commands and on each tick.
 */
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import type { Command } from "../commands/table.ts";
import type { Db, LfuSettings } from "../keyspace/db.ts";
import type { Value } from "../keyspace/types.ts";
import { keyUsage } from "../memory/size.ts";
import { NOTIFY_EVICTED } from "../notify.ts";
import { ERR_OOM } from "../errors.ts";
import { parseMemory } from "../config.ts";
import type { Config } from "../config.ts";
import { CLIENT_NO_EVICT } from "../client.ts";
import { clientInfoString, clientMemory, clientType } from "../clientinfo.ts";

/** used_memory_startup: what redis-server 7.0.15 holds before the first client (measured on this machine). */
export const STARTUP_BYTES = 876176;
/** What an idle client costs redis-server (the client struct with its 16 KB reply buffer, an empty query buffer). */
export const CLIENT_BYTES = 17160;
/** A key's share of the main dictionary besides its entry (getMemoryOverheadData counts a robj per key). */
const KEY_OVERHEAD = 16;
const POINTER = 8;
const DICT_ENTRY = 24;
/** functions.caches: the empty function library Redis 7.0 starts with. */
const FUNCTIONS_CACHES = 200;
/** The least maxmemory-clients may come to (getClientEvictionLimit), so a bad setting still lets clients talk. */
const CLIENT_EVICTION_MIN = 128 * 1024;
/** dict.c's HASHTABLE_MAX_LOAD_FACTOR (past it a dict grows even over maxmemory) and server.h's HASHTABLE_MIN_FILL (%). */
const HASHTABLE_MAX_LOAD_FACTOR = 1.618;
const HASHTABLE_MIN_FILL = 10;
/** EVPOOL_SIZE */
const EVPOOL_SIZE = 16;
/** Samples per collection when the accounting measures a value after a write. */
const ACCOUNTING_SAMPLES = 5;
/** The heap share at which writes are refused, and how often (in commands) the heap is read between ticks. */
export const HEAP_REFUSE_AT = 0.9;
const HEAP_SAMPLE_EVERY = 256;

export const MAXMEMORY_POLICIES = [
  "volatile-lru",
  "volatile-lfu",
  "volatile-random",
  "volatile-ttl",
  "allkeys-lru",
  "allkeys-lfu",
  "allkeys-random",
  "noeviction",
] as const;

/** performEvictions' results. */
export const EVICT_OK = 0;
export const EVICT_RUNNING = 1;
export const EVICT_FAIL = 2;

/** getMemoryOverheadData's figures. */
export interface MemoryOverhead {
  peak: number;
  total: number;
  startup: number;
  clientsNormal: number;
  functionsCaches: number;
  dbs: { id: number; main: number; expires: number }[];
  overhead: number;
  keys: number;
  bytesPerKey: number;
  dataset: number;
  datasetPerc: number;
  peakPerc: number;
  /** The runtime's heap in use, and the process's resident set. */
  allocated: number;
  rss: number;
  fragmentation: number;
  fragmentationBytes: number;
}

interface PoolEntry {
  key: string | null;
  idle: number;
  dbid: number;
  /** The key's slot in its database: while the key lives it stays there, so a check is one array read. */
  slot: number;
}

/** dictSlots of a table holding `n` entries (0 when empty): the next power of two, at least 4. */
function tableSlots(n: number): number {
  if (n === 0) return 0;
  return n <= 4 ? 4 : 2 ** (32 - Math.clz32(n - 1));
}

/** Redis's human-readable byte counts (bytesToHuman). */
export function bytesToHuman(n: number): string {
  const units = ["K", "M", "G", "T", "P"];
  if (n < 1024) return `${n}B`;
  let v = n;
  let i = -1;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(2)}${units[i]}`;
}

export class Eviction {
  private readonly server: Server;
  /** maxmemory in bytes (0: no limit) and the policy, kept as fields for the check before every command. */
  maxmemory = 0;
  policy: (typeof MAXMEMORY_POLICIES)[number] = "noeviction";
  private readonly lfu: LfuSettings = { logFactor: 10, decayTime: 1 };
  private readonly pool: PoolEntry[] = [];
  /** maxmemory-samples, maxmemory-eviction-tenacity's time limit and lazyfree-lazy-eviction, kept for the write path. */
  private samples = 5;
  private evictionTimeLimit = 0;
  private lazyEviction = false;
  /** evictionPoolPopulate's sample, reused. */
  private readonly sampled: number[] = [];
  /** The database the random policies look in next (performEvictions' static next_db). */
  private nextDb = 0;
  /** used_memory_peak */
  peak = STARTUP_BYTES;
  /** Each database's main and expires dict sizes in slots, as they grew (see tableSlotsAfter). */
  private readonly mainSlots: number[] = [];
  private readonly expiresSlots: number[] = [];
  /** Client buffers (query and unsent output), summed on each tick, and each client's part of the sum. */
  private clientBuffers = 0;
  private clientBufferShare = new WeakMap<Client, number>();
  /**
   * Replicas' unsent stream, summed on each tick apart from other clients' buffers: in used_memory, but not
   * counted for eviction (freeMemoryGetNotCountedMemory's replica buffers), so a stalled replica cannot make
   * the master evict its keys. INFO mem_clients_slaves and mem_not_counted_for_evict.
   */
  replicaBuffers = 0;
  private replicaBufferShare = new WeakMap<Client, number>();
  /** The heap as last read: bytes used and the runtime's limit (0: unknown). */
  heapUsed = 0;
  heapLimit = 0;
  /** Writes are being refused because the heap is near its limit. */
  heapRefusing = false;
  private sinceHeapSample = 0;
  /** Whether the command being run was admitted while out of memory (server.pre_command_oom_state). */
  oomAtCommandStart = false;
  /** server.dirty when that command started: a script that moved it has written (SCRIPT_WRITE_DIRTY). */
  private dirtyAtCommandStart = 0;
  /** INFO stats */
  evictedClients = 0;
  /** getClientEvictionLimit: the bytes normal and pubsub clients may hold together; 0 when not enforced. */
  clientEvictionLimit = 0;
  /** Each client's memory as last measured (last_memory_usage), and their sum (stat_clients_type_memory). */
  private clientUsage = new WeakMap<Client, number>();
  private clientsUsage = 0;

  constructor(server: Server) {
    this.server = server;
    for (let i = 0; i < EVPOOL_SIZE; i++) this.pool.push({ key: null, idle: 0, dbid: 0, slot: 0 });
    const config = server.config;
    const sizeOf = (key: string, val: Value) => keyUsage(key, val, ACCOUNTING_SAMPLES, config);
    for (const db of server.dbs) {
      db.useRedisSizes(sizeOf);
      db.random = server.host.random;
    }
    const settings = () => {
      this.maxmemory = config.getNumber("maxmemory");
      this.policy = config.get("maxmemory-policy") as Eviction["policy"];
      this.lfu.logFactor = config.getNumber("lfu-log-factor");
      this.lfu.decayTime = config.getNumber("lfu-decay-time");
      const lfu = this.policy.endsWith("-lfu") ? this.lfu : null;
      for (const db of server.dbs) db.lfu = lfu;
      this.clientEvictionLimit = clientEvictionLimit(config.get("maxmemory-clients"), this.maxmemory);
      this.samples = config.getNumber("maxmemory-samples");
      this.evictionTimeLimit = evictionTimeLimitMs(config.getNumber("maxmemory-eviction-tenacity"));
      this.lazyEviction = config.get("lazyfree-lazy-eviction") === "yes";
    };
    addEvictionSettings(config);
    settings();
    for (
      const name of [
        "maxmemory-policy",
        "lfu-log-factor",
        "lfu-decay-time",
        "maxmemory-clients",
        "maxmemory-samples",
        "maxmemory-eviction-tenacity",
        "lazyfree-lazy-eviction",
      ]
    ) {
      config.entry(name)!.apply = settings;
    }
    config.entry("maxmemory")!.apply = () => {
      settings();
      this.maxmemoryChanged();
    };
    this.sampleHeap();
  }

  /**
   * updateMaxmemory: a limit below what is used is warned about, and evictions start once the command (and a
   * MULTI/EXEC around it) has ended, as startEvictionTimeProc's timer runs them: never inside the transaction,
   * and their DELs reach replicas and the AOF each on its own, not wrapped in the command's MULTI.
   */
  private maxmemoryChanged(): void {
    if (this.maxmemory === 0) return;
    const used = this.usedMemory() - this.replicaBuffers;
    if (used > this.maxmemory) {
      this.server.host.log(
        `# WARNING: the new maxmemory value set via CONFIG SET (${this.maxmemory}) is smaller than the current memory usage (${used}). This will result in key eviction and/or the inability to accept new write commands depending on the maxmemory-policy.`,
      );
      this.server.host.setTimer(0, () => {
        if (this.maxmemory > 0) this.performEvictions();
      });
    }
  }

  // ---- Accounting ----

  /** The main and expires dictionaries' own bytes in one database (overhead.hashtable.main / .expires). */
  dbOverhead(db: Db): { main: number; expires: number } {
    return {
      main: db.size * (DICT_ENTRY + KEY_OVERHEAD) + (this.mainSlots[db.id] ?? tableSlots(db.size)) * POINTER,
      expires: db.expiresCount * DICT_ENTRY + (this.expiresSlots[db.id] ?? tableSlots(db.expiresCount)) * POINTER,
    };
  }

  /**
   * The slots a dict holding `n` entries has after `current`: it grows to the next power of two as
   * _dictExpandIfNeeded grows it, unless dictExpandAllowed refuses (the new table would take used memory past
   * maxmemory while the load is at most 1.618), and shrinks once under 10% full as htNeedsResize shrinks it.
   */
  private tableSlotsAfter(current: number, n: number, used: number): number {
    if (n === 0) return 0;
    const want = tableSlots(n);
    if (want > current) {
      const refused = current > 0 && this.maxmemory > 0 && n / current <= HASHTABLE_MAX_LOAD_FACTOR &&
        used + want * POINTER > this.maxmemory;
      return refused ? current : want;
    }
    return current > 4 && n * 100 < current * HASHTABLE_MIN_FILL ? want : current;
  }

  /** clients.normal: every client's fixed part and its buffers as of the last tick. */
  clientsMemory(): number {
    return this.server.clients.size * CLIENT_BYTES + this.clientBuffers;
  }

  /**
   * used_memory: the startup baseline, clients, and each database's keys (their MEMORY USAGE) with its
   * dictionaries' overhead. The keys' part is a sum the keyspace keeps, so this costs a loop over databases.
   */
  usedMemory(): number {
    let total = STARTUP_BYTES + this.clientsMemory() + this.replicaBuffers;
    const dbs = this.server.dbs;
    for (let i = 0; i < dbs.length; i++) {
      const db = dbs[i];
      if (db.size === 0) {
        this.mainSlots[i] = 0;
        this.expiresSlots[i] = 0;
        continue;
      }
      total += db.usedTotal() + db.size * KEY_OVERHEAD + db.expiresCount * DICT_ENTRY;
      const main = this.tableSlotsAfter(this.mainSlots[i] ?? 0, db.size, total);
      const expires = this.tableSlotsAfter(this.expiresSlots[i] ?? 0, db.expiresCount, total);
      this.mainSlots[i] = main;
      this.expiresSlots[i] = expires;
      total += (main + expires) * POINTER;
    }
    total = Math.floor(total);
    if (total > this.peak) this.peak = total;
    return total;
  }

  /**
   * getMemoryOverheadData: what MEMORY STATS, MEMORY DOCTOR and INFO memory report, from one reading.
   * The allocator figures are the runtime's real heap and RSS, so the fragmentation ratios say how much
   * more the process holds than Redis would.
   */
  overheadData(): MemoryOverhead {
    const server = this.server;
    const used = this.usedMemory();
    const mem = server.host.memory?.() ?? { rss: 0, heapUsed: 0 };
    const clients = this.clientsMemory();
    const dbs: { id: number; main: number; expires: number }[] = [];
    let overhead = STARTUP_BYTES + clients + FUNCTIONS_CACHES;
    let keys = 0;
    for (const db of server.dbs) {
      if (db.size === 0) continue;
      const o = this.dbOverhead(db);
      dbs.push({ id: db.id, main: o.main, expires: o.expires });
      overhead += o.main + o.expires;
      keys += db.size;
    }
    const net = used - STARTUP_BYTES;
    const dataset = Math.max(0, used - overhead);
    const allocated = mem.heapUsed || used;
    const rss = mem.rss || allocated;
    return {
      peak: this.peak,
      total: used,
      startup: STARTUP_BYTES,
      clientsNormal: clients,
      functionsCaches: FUNCTIONS_CACHES,
      dbs,
      overhead,
      keys,
      bytesPerKey: keys > 0 ? Math.floor(net / keys) : 0,
      dataset,
      datasetPerc: net > 0 ? (dataset * 100) / net : 0,
      peakPerc: this.peak > 0 ? (used * 100) / this.peak : 0,
      allocated,
      rss,
      fragmentation: used > 0 ? rss / used : 0,
      fragmentationBytes: rss - used,
    };
  }

  /** The tick: client buffers summed, the heap read, the peak kept. */
  cron(): void {
    let buffers = 0;
    let replicas = 0;
    this.clientBufferShare = new WeakMap();
    this.replicaBufferShare = new WeakMap();
    for (const c of this.server.clients.values()) {
      const share = c.parser.heldBytes() + c.transport.bufferedBytes();
      if (share === 0) continue;
      if (clientType(c) === "slave") {
        this.replicaBufferShare.set(c, share);
        replicas += share;
      } else {
        this.clientBufferShare.set(c, share);
        buffers += share;
      }
    }
    this.clientBuffers = buffers;
    this.replicaBuffers = replicas;
    if (this.clientEvictionLimit !== 0) {
      this.measureClients();
      this.evictClients();
    }
    this.sampleHeap();
    if (this.maxmemory > 0) this.performEvictions();
    else this.usedMemory();
  }

  // ---- The heap guard ----

  /** Reads the runtime's heap; logs when writes start or stop being refused. */
  sampleHeap(): void {
    this.sinceHeapSample = 0;
    const heap = this.server.host.heap?.();
    if (heap === undefined || heap.limit <= 0) return;
    this.heapUsed = heap.used;
    this.heapLimit = heap.limit;
    const over = heap.used > heap.limit * HEAP_REFUSE_AT;
    if (over === this.heapRefusing) return;
    this.heapRefusing = over;
    const held = `${bytesToHuman(heap.used)} of the ${bytesToHuman(heap.limit)} it can use`;
    this.server.host.log(
      over
        ? `# Refusing write commands with -OOM: the JavaScript heap holds ${held} (over ${
          HEAP_REFUSE_AT * 100
        }%). Every key is kept. Give the runtime a larger heap (node --max-old-space-size=<MB>, deno run --v8-flags=--max-old-space-size=<MB>) or set maxmemory so keys are evicted first.`
        : `* Accepting write commands again: the JavaScript heap holds ${held}.`,
    );
  }

  // ---- processCommand's OOM rule ----

  /**
   * The maxmemory part of processCommand: evicts what the policy allows, then refuses a `denyoom` command,
   * an EXEC whose queue holds one, or anything but EXEC/DISCARD/QUIT/RESET inside MULTI, when memory is still
   * over the limit (or the heap near its own). The refusal text, or null.
   */
  check(c: Client, cmd: Command): string | null {
    if (++this.sinceHeapSample >= HEAP_SAMPLE_EVERY) this.sampleHeap();
    // Before key eviction, as processCommand: the client's own growth (query buffer, output) may push the
    // clients over maxmemory-clients, and this client may be the one evicted (then its command never runs).
    if (this.clientEvictionLimit !== 0) {
      this.measureClient(c);
      if (this.clientsUsage >= this.clientEvictionLimit) {
        this.measureClients();
        this.evictClients();
        if (c.evicted) return null;
      }
    }
    // The common case, on every command: no limit and a roomy heap.
    if (this.maxmemory === 0 && !this.heapRefusing) {
      if (this.oomAtCommandStart) this.oomAtCommandStart = false;
      return null;
    }
    return this.checkLimits(c, cmd);
  }

  private checkLimits(c: Client, cmd: Command): string | null {
    let outOfMemory = this.heapRefusing;
    if (this.maxmemory > 0 && this.performEvictions() === EVICT_FAIL) outOfMemory = true;
    this.oomAtCommandStart = outOfMemory;
    this.dirtyAtCommandStart = this.server.dirty;
    if (!outOfMemory) return null;
    const name = cmd.fullName;
    let refuse = cmd.denyoom;
    // EXEC comes here as its queue makes it (Server.gate): denyoom when a queued command is.
    if (!refuse && c.multi !== null && name !== "exec" && name !== "discard" && name !== "quit" && name !== "reset") {
      refuse = true;
    }
    return refuse ? ERR_OOM : null;
  }

  /**
   * scriptVerifyOOM, for a `denyoom` command a script calls: a script that found memory full when it started
   * may not run one before its first write (after that, refusing would break its atomicity).
   */
  scriptRefuses(): boolean {
    return this.oomAtCommandStart && this.server.dirty === this.dirtyAtCommandStart;
  }

  // ---- Client eviction (maxmemory-clients) ----

  /** clientEvictionAllowed: normal and pubsub clients without CLIENT NO-EVICT ON. */
  private static evictable(c: Client): boolean {
    return (c.flags & CLIENT_NO_EVICT) === 0 && c.id !== 0;
  }

  /** updateClientMemUsage for one client: its new figure replaces the old one in the sum. */
  private measureClient(c: Client): number {
    const now = clientMemory(c).totMem;
    this.clientsUsage += now - (this.clientUsage.get(c) ?? 0);
    this.clientUsage.set(c, now);
    return now;
  }

  /** A client's figure as last measured (its memory bucket's), or undefined before its first measure. */
  measuredUsage(c: Client): number | undefined {
    return this.clientUsage.get(c);
  }

  /** Every client measured again; the sum starts over (clients that left drop out of it). */
  private measureClients(): void {
    this.clientsUsage = 0;
    this.clientUsage = new WeakMap();
    for (const c of this.server.clients.values()) if (c.id !== 0) this.measureClient(c);
  }

  /** A client went away: its buffers leave used_memory and the clients' sum at once, as freeClient's do. */
  clientRemoved(c: Client): void {
    this.clientBuffers -= this.clientBufferShare.get(c) ?? 0;
    this.clientBufferShare.delete(c);
    this.replicaBuffers -= this.replicaBufferShare.get(c) ?? 0;
    this.replicaBufferShare.delete(c);
    this.clientsUsage -= this.clientUsage.get(c) ?? 0;
    this.clientUsage.delete(c);
  }

  /** After a client's input was handled and its replies handed on: evicts when it pushed the clients over. */
  afterInput(c: Client): void {
    if (c.closing) return;
    this.measureClient(c);
    if (this.clientsUsage < this.clientEvictionLimit) return;
    this.measureClients();
    this.evictClients();
  }

  /**
   * evictClients: while the clients hold maxmemory-clients or more, frees the evictable client using the
   * most memory (Redis takes them from its largest memory bucket first), logging each as Redis does.
   */
  evictClients(): void {
    const limit = this.clientEvictionLimit;
    if (limit === 0 || this.clientsUsage < limit) return;
    const server = this.server;
    const candidates = [...server.clients.values()].filter((c) => Eviction.evictable(c) && !c.closing);
    candidates.sort((a, b) => (this.clientUsage.get(b) ?? 0) - (this.clientUsage.get(a) ?? 0));
    for (const c of candidates) {
      if (this.clientsUsage < limit) return;
      server.host.log(`* Evicting client: ${clientInfoString(c)}`);
      // freeClient: its memory leaves the sum (clientRemoved).
      c.evicted = true;
      c.kill();
      this.evictedClients++;
    }
    if (this.clientsUsage >= limit) {
      server.host.log("# Over client maxmemory after evicting all evictable clients");
    }
  }

  // ---- performEvictions ----

  /** Frees memory by evicting keys until used_memory is within maxmemory, as the policy allows. */
  performEvictions(): number {
    const server = this.server;
    // getMaxmemoryState: what replicas hold is not counted.
    let used = this.usedMemory() - this.replicaBuffers;
    if (this.maxmemory === 0 || used <= this.maxmemory) return EVICT_OK;
    // isSafeToPerformEvictions: a replica is its master's exact copy unless replica-ignore-maxmemory is no.
    if (server.replication.masterHost !== null && server.config.get("replica-ignore-maxmemory") === "yes") {
      return EVICT_OK;
    }
    if (this.policy === "noeviction") return EVICT_FAIL;
    const toFree = used - this.maxmemory;
    const limit = this.evictionTimeLimit;
    const started = server.host.monotonic();
    let freed = 0;
    let keysFreed = 0;
    let result = EVICT_OK;
    while (freed < toFree) {
      const best = this.policy.endsWith("-random") ? this.randomKey() : this.poolKey();
      if (best === null) {
        result = EVICT_FAIL;
        break;
      }
      const db = server.dbs[best.dbid];
      this.evict(db, best.key);
      const now = this.usedMemory() - this.replicaBuffers;
      freed += used - now;
      used = now;
      keysFreed++;
      if (keysFreed % 16 === 0 && server.host.monotonic() - started > limit) {
        // The rest waits for the next command or tick (Redis's eviction time proc).
        result = EVICT_RUNNING;
        break;
      }
    }
    if (server.propagation.depth === 0) server.propagation.flush(true);
    return result;
  }

  /** Deletes an evicted key with Redis's signals: WATCH and tracking, the "evicted" event, a DEL to the AOF. */
  private evict(db: Db, key: string): void {
    const server = this.server;
    db.delete(key);
    server.stats.evictedKeys++;
    server.signalModifiedKey(db, key, true);
    server.notifyKeyspaceEvent(NOTIFY_EVICTED, "evicted", key, db.id);
    if (server.propagation.active) server.propagation.also(db.id, [this.lazyEviction ? "UNLINK" : "DEL", key]);
  }

  /** The random policies: a random key of the next database that has one (with a TTL for volatile-random). */
  private randomKey(): { dbid: number; key: string } | null {
    const dbs = this.server.dbs;
    const volatile = this.policy === "volatile-random";
    const slots: number[] = [];
    for (let i = 0; i < dbs.length; i++) {
      const j = ++this.nextDb % dbs.length;
      const db = dbs[j];
      if ((volatile ? db.expiresCount : db.size) === 0) continue;
      if (db.sampleSlots(volatile, 1, slots) === 0) continue;
      return { dbid: j, key: db.keys[slots[0]]! };
    }
    return null;
  }

  /**
   * The LRU, LFU and TTL policies: fill the pool from every database's sample (evictionPoolPopulate), then
   * take the best entry that still exists, from the right.
   */
  private poolKey(): { dbid: number; key: string } | null {
    const dbs = this.server.dbs;
    const volatile = this.policy.startsWith("volatile-");
    const pool = this.pool;
    for (;;) {
      let total = 0;
      for (let i = 0; i < dbs.length; i++) {
        const db = dbs[i];
        const keys = volatile ? db.expiresCount : db.size;
        if (keys === 0) continue;
        this.populate(db, volatile);
        total += keys;
      }
      if (total === 0) return null;
      for (let k = EVPOOL_SIZE - 1; k >= 0; k--) {
        const e = pool[k];
        if (e.key === null) continue;
        const key = e.key;
        const dbid = e.dbid;
        e.key = null;
        const db = dbs[dbid];
        // Still in its slot: it lives (and a volatile key still has its TTL) without a lookup by name.
        const exists = db.keys[e.slot] === key
          ? !volatile || db.expireAtSlot(e.slot) !== 0
          : volatile
          ? (db.getExpire(key) ?? -1) !== -1
          : db.has(key);
        if (exists) return { dbid, key };
      }
    }
  }

  /** evictionPoolPopulate: sample maxmemory-samples keys and insert each by its idle score, best on the right. */
  private populate(db: Db, volatile: boolean): void {
    const samples = this.sampled;
    const n = volatile ? db.sampleSlots(true, this.samples, samples) : this.someSlots(db, this.samples, samples);
    const pool = this.pool;
    const policy = this.policy;
    for (let j = 0; j < n; j++) {
      const slot = samples[j];
      const key = db.keys[slot]!;
      let idle: number;
      if (policy.endsWith("-lru")) idle = db.idleAt(slot);
      else if (policy.endsWith("-lfu")) idle = 255 - db.lfuCounter(slot, this.lfu.decayTime);
      else idle = Number.MAX_SAFE_INTEGER - db.expireAtSlot(slot);
      let k = 0;
      while (k < EVPOOL_SIZE && pool[k].key !== null && pool[k].idle < idle) k++;
      if (k === 0 && pool[EVPOOL_SIZE - 1].key !== null) continue;
      if (k < EVPOOL_SIZE && pool[k].key === null) {
        // An empty bucket: taken as is.
      } else if (pool[EVPOOL_SIZE - 1].key === null) {
        // Room on the right: shift k.. right.
        const last = pool.pop()!;
        pool.splice(k, 0, last);
      } else {
        // Full: drop the worst (leftmost) and insert at k-1.
        k--;
        const first = pool.shift()!;
        pool.splice(k, 0, first);
      }
      const e = pool[k];
      e.key = key;
      e.idle = idle;
      e.dbid = db.id;
      e.slot = slot;
    }
  }

  /**
   * dictGetSomeKeys: up to `count` live slots found walking on from a random slot, at most 10 * count steps
   * (wrapping at the end). Neighbouring slots share cache lines, which makes sampling a big keyspace several
   * times cheaper than `count` independent random picks; which keys come out is as random as Redis's walk
   * over neighbouring buckets.
   */
  private someSlots(db: Db, count: number, out: number[]): number {
    const keys = db.keys;
    const len = keys.length;
    if (db.size === 0 || len === 0) return 0;
    if (db.size <= count) {
      let n = 0;
      for (let s = 0; s < len && n < count; s++) if (keys[s] !== undefined) out[n++] = s;
      return n;
    }
    let slot = Math.floor(db.random() * len);
    let n = 0;
    for (let steps = count * 10; steps > 0 && n < count; steps--) {
      if (keys[slot] !== undefined) out[n++] = slot;
      if (++slot === len) slot = 0;
    }
    // A stretch of freed slots: fall back to independent picks, which always find live keys.
    return n > 0 ? n : db.sampleSlots(false, count, out);
  }

  /** Forgets pooled keys of databases that were emptied or swapped (their entries would only miss). */
  clearPool(): void {
    for (const e of this.pool) e.key = null;
  }
}

/**
 * getClientEvictionLimit: maxmemory-clients as bytes, or as a percentage of maxmemory (nothing while
 * maxmemory is 0), never below 128 KB; 0 when client eviction is off.
 */
export function clientEvictionLimit(setting: string, maxmemory: number): number {
  let limit: number;
  if (setting.endsWith("%")) {
    if (maxmemory === 0) return 0;
    limit = Math.floor((maxmemory * Number(setting.slice(0, -1))) / 100);
  } else limit = Number(setting);
  if (limit === 0) return 0;
  return Math.max(limit, CLIENT_EVICTION_MIN);
}

/** The maxmemory settings only eviction reads: maxmemory-clients (bytes or "N%") and the eviction tenacity. */
function addEvictionSettings(config: Config): void {
  if (config.entry("maxmemory-clients") !== undefined) return;
  config.add({
    name: "maxmemory-clients",
    type: {
      kind: "custom",
      parse: (v) => {
        if (/^\d+%$/.test(v)) {
          // numericBoundaryCheck: a percentage over 100 is refused.
          const pct = Number(v.slice(0, -1));
          if (pct > 100) return { error: "percentage argument must be less or equal to 100" };
          return String(pct) + "%";
        }
        const n = parseMemory(v);
        return n === null || n < 0 ? { error: "argument must be a memory or percent value" } : String(n);
      },
    },
    default: "0",
  });
  config.add({ name: "maxmemory-eviction-tenacity", type: { kind: "int", min: 0, max: 100 }, default: "10" });
}

/** evictionTimeLimitUs, in milliseconds: how long one performEvictions may run, from maxmemory-eviction-tenacity. */
function evictionTimeLimitMs(tenacity: number): number {
  if (tenacity <= 10) return (50 * tenacity) / 1000;
  if (tenacity < 100) return (500 * Math.pow(1.15, tenacity - 10)) / 1000;
  return Infinity;
}
