/**
 * One database: the key space (a slot Dict of values), deadlines, access times, and the structures active
 * expiry samples from. Per-slot state lives in typed arrays parallel to the Dict's slots, so a key costs
 * 8-16 bytes of hash table, two array cells and a few typed-array bytes, with no object per key. The arrays only some keys
 * need are made when the first such key comes: deadlines and their sampling positions with the first TTL
 * (a database without TTLs spends 12 bytes a key less), LFU counters when an LFU policy is set.
 *
 * Values: a Redis string is a JS byte string; every other type is an object with a `type` field (see
 * types.ts). Deadlines are absolute Unix milliseconds; 0 means none.
 */
import { Dict } from "./dict.ts";
import type { DictOptions } from "./dict.ts";
import type { Value } from "./types.ts";
import { stringKeyUsage } from "../memory/size.ts";

/** lfu-log-factor and lfu-decay-time, while the maxmemory-policy is an LFU one. */
export interface LfuSettings {
  logFactor: number;
  decayTime: number;
}

/** LFU_INIT_VAL: a new key's counter, so it is not evicted before it had a chance to be read. */
export const LFU_INIT_VAL = 5;

/** The most keys `reserve` makes room for at once (2^22: a 32 MB table and 48 to 96 MB of per-slot arrays). */
const MAX_RESERVE = 2 ** 22;

/** A per-slot size that is not a 32-bit integer: the real one is in `bigMem`. */
const MEM_BIG = 0xffffffff;

export class Db extends Dict<Value> {
  readonly id: number;
  /** Length of the per-slot arrays (a power of two above the highest slot). */
  private slotCap = 16;
  /** Deadline per slot (ms since epoch), 0 = no TTL; null while no key ever had a TTL. */
  private expires: Float64Array | null = null;
  /** Last access per slot, in seconds (Redis's LRU clock), for OBJECT IDLETIME. */
  private atime = new Uint32Array(16);
  /** Dense list of slots that have a TTL, and each slot's position in it (-1 when none): O(1) sampling. */
  private ttlSlots = new Int32Array(16);
  private ttlCount = 0;
  private ttlPos: Int32Array | null = null;
  /** While true (CLIENT PAUSE), an expired key reads as missing but stays: the dataset is kept constant. */
  expiryPaused: () => boolean = () => false;
  /** While true (a replica's master client runs), an expired key is still live: only the master deletes it. */
  expiryIgnored: () => boolean = () => false;
  /** Called when lazy or active expiry removes a key (notifications, WATCH, stats). */
  onExpired: (db: Db, key: string) => void = () => {};
  /** The server's clock (ms), set by the server. */
  clock: () => number = () => 0;
  /** Average TTL estimate for INFO keyspace (avg_ttl), as Redis keeps it. */
  avgTtl = 0;
  /**
   * What a key takes in Redis's bytes (memory/size.ts, set by the server), kept per slot and summed in
   * `usedBytes`, so used_memory is a sum kept up to date rather than a walk. Until a sizer is set (a bare Db,
   * or a server built with `memoryAccounting: false`) nothing is sized and nothing is kept: usedBytes stays 0.
   */
  get sizeOf(): (key: string, val: Value) => number {
    return this.sizer ?? (() => 0);
  }

  /** A sizer for every value (tests): strings are no longer sized inline. */
  set sizeOf(fn: (key: string, val: Value) => number) {
    this.sizer = fn;
    this.stringsInline = false;
  }

  /** null: no accounting (see sizeOf). */
  private sizer: ((key: string, val: Value) => number) | null = null;
  /** Whether strings take Redis's sizes inline (stringKeyUsage) rather than through `sizer`: see useRedisSizes. */
  private stringsInline = false;

  /**
   * Redis's sizes (memory/size.ts's keyUsage, passed as `collections`): a string, the common write, is sized
   * inline by stringKeyUsage, without the call through a function pointer; collections go to `collections`.
   */
  useRedisSizes(collections: (key: string, val: Value) => number): void {
    this.sizer = collections;
    this.stringsInline = true;
  }

  /** No accounting from now on (the benchmark-only `memoryAccounting: false`): keys already sized stay counted. */
  stopAccounting(): void {
    this.sizer = null;
    this.stringsInline = false;
  }

  private mem = new Uint32Array(16);
  /**
   * The sizes `mem` cannot hold (2^32 - 1 bytes or more; their cell holds MEM_BIG), by slot: a Uint32Array
   * spares 4 bytes a key over a Float64Array.
   */
  private bigMem: Map<number, number> | null = null;
  usedBytes = 0;
  /**
   * Redis's LFU data per slot (the robj's lru field under an LFU policy): the minute of the last decrement
   * in the high bits, the logarithmic counter in the low 8. Touched on access only while `lfu` is set.
   */
  private lfuData: Uint32Array | null = null;
  private lfuSettings: LfuSettings | null = null;
  random: () => number = Math.random;
  /**
   * The slot a write last stored to: signalModifiedKey follows nearly every store, and this spares refreshSize
   * a Map lookup for it (strings, measured by the store itself, then cost a comparison). Only the slot is kept,
   * checked against the key the slot holds: storing the written key itself would make every SET store a young
   * string into this old object (a write barrier and a remembered-set entry per command).
   */
  private storedSlot = 0;
  /** A collection changed in place whose size is not measured yet (`refreshSize`). */
  private pendingSize: string | null = null;

  constructor(id: number, options?: DictOptions) {
    super(options);
    this.id = id;
  }

  /** The LFU settings while the maxmemory-policy is an LFU one (eviction.ts sets them), else null. */
  get lfu(): LfuSettings | null {
    return this.lfuSettings;
  }

  set lfu(settings: LfuSettings | null) {
    this.lfuSettings = settings;
    if (settings !== null && this.lfuData === null) {
      // Keys stored before the policy was set start as a new key would have, stamped with their last access.
      const data = new Uint32Array(this.slotCap);
      for (let s = 0; s < data.length; s++) data[s] = ((Math.floor(this.atime[s] / 60) & 65535) << 8) | LFU_INIT_VAL;
      this.lfuData = data;
    }
  }

  protected override onInsert(slot: number): void {
    if (slot >= this.slotCap) this.grow(slot + 1);
    if (this.expires !== null) {
      this.expires[slot] = 0;
      this.ttlPos![slot] = -1;
    }
    this.atime[slot] = (this.clock() / 1000) >>> 0;
    if (this.lfuData !== null) this.lfuData[slot] = (this.lfuMinutes() << 8) | LFU_INIT_VAL;
    if (this.sizer === null) return;
    const key = this.keys[slot]!;
    const val = this.vals[slot]!;
    const size = typeof val === "string" && this.stringsInline ? stringKeyUsage(key, val) : this.sizer(key, val);
    this.setMem(slot, size);
    this.usedBytes += size;
    this.storedSlot = slot;
  }

  protected override onDelete(slot: number): void {
    if (this.expires !== null && this.expires[slot] !== 0) this.dropTtl(slot);
    if (this.mem[slot] !== 0) {
      this.usedBytes -= this.sizeAt(slot);
      this.setMem(slot, 0);
    }
  }

  protected override onTrim(length: number): void {
    if (length === 0) {
      this.slotCap = 16;
      this.expires = null;
      this.atime = new Uint32Array(16);
      this.ttlPos = null;
      this.ttlSlots = new Int32Array(16);
      this.ttlCount = 0;
      this.mem = new Uint32Array(16);
      this.bigMem = null;
      this.lfuData = this.lfuData === null ? null : new Uint32Array(16);
      this.usedBytes = 0;
      this.pendingSize = null;
    }
  }

  private grow(min: number): void {
    let size = this.slotCap * 2;
    while (size < min) size *= 2;
    this.slotCap = size;
    if (this.expires !== null) {
      const e = new Float64Array(size);
      e.set(this.expires);
      this.expires = e;
      const p = new Int32Array(size).fill(-1);
      p.set(this.ttlPos!);
      this.ttlPos = p;
    }
    const a = new Uint32Array(size);
    a.set(this.atime);
    this.atime = a;
    const m = new Uint32Array(size);
    m.set(this.mem);
    this.mem = m;
    if (this.lfuData !== null) {
      const l = new Uint32Array(size);
      l.set(this.lfuData);
      this.lfuData = l;
    }
  }

  /**
   * Room for `keys` keys, `withTtl` of them with a deadline (an RDB's RESIZEDB record): the table and the
   * per-slot arrays are made at their final size once instead of at every doubling. Bounded so a corrupt
   * count cannot make a huge allocation; past the bound the arrays grow as usual.
   */
  override reserve(keys: number, withTtl = 0): void {
    const n = Math.min(keys, MAX_RESERVE);
    if (n <= this.size) return;
    super.reserve(n);
    if (n > this.slotCap) this.grow(n);
    if (withTtl > 0 && this.expires === null) {
      this.expires = new Float64Array(this.slotCap);
      this.ttlPos = new Int32Array(this.slotCap).fill(-1);
    }
  }

  /** Clears the deadline of a slot that has one. */
  private dropTtl(slot: number): void {
    const ttlPos = this.ttlPos!;
    this.expires![slot] = 0;
    const pos = ttlPos[slot];
    if (pos < 0) return;
    const last = this.ttlSlots[--this.ttlCount];
    this.ttlSlots[pos] = last;
    ttlPos[last] = pos;
    ttlPos[slot] = -1;
  }

  /** Number of keys with a TTL (INFO keyspace "expires"). */
  get expiresCount(): number {
    return this.ttlCount;
  }

  /** Deletes the key if its deadline has passed; true when it did. */
  private expireIfNeeded(slot: number, key: string): boolean {
    const at = this.expires === null ? 0 : this.expires[slot];
    if (at === 0 || at > this.clock()) return false;
    if (this.expiryIgnored()) return false;
    if (this.expiryPaused()) return true;
    this.delete(key);
    this.onExpired(this, key);
    return true;
  }

  /** The live value of `key` (expired keys are removed first), updating its access time. */
  lookup(key: string): Value | undefined {
    const slot = this.find(key);
    if (slot < 0) return undefined;
    const expires = this.expires;
    if (expires !== null && expires[slot] !== 0 && this.expireIfNeeded(slot, key)) return undefined;
    this.atime[slot] = (this.clock() / 1000) >>> 0;
    if (this.lfuSettings !== null) this.updateLfu(slot, this.lfuSettings);
    return this.vals[slot];
  }

  /** Like lookup, without touching the access time (OBJECT, TYPE-free peeks, SCAN filters). */
  peek(key: string): Value | undefined {
    const slot = this.find(key);
    if (slot < 0) return undefined;
    const expires = this.expires;
    if (expires !== null && expires[slot] !== 0 && this.expireIfNeeded(slot, key)) return undefined;
    return this.vals[slot];
  }

  exists(key: string): boolean {
    return this.peek(key) !== undefined;
  }

  /** Stores `val` under `key`: a new key has no TTL; an existing key loses its TTL unless keepTtl. */
  store(key: string, val: Value, keepTtl = false): void {
    const slot = this.find(key);
    if (slot < 0) {
      this.insert(key, val);
      return;
    }
    this.vals[slot] = val;
    this.atime[slot] = (this.clock() / 1000) >>> 0;
    if (!keepTtl && this.expires !== null && this.expires[slot] !== 0) this.dropTtl(slot);
    this.resize(slot, key, val);
  }

  /** Replaces the value of an existing key in place, keeping its TTL (APPEND, SETRANGE, INCR). */
  replace(key: string, val: Value): void {
    const slot = this.find(key);
    if (slot < 0) this.insert(key, val);
    else {
      this.vals[slot] = val;
      this.resize(slot, key, val);
    }
  }

  /**
   * The key in `slot` now holds `val`: its size is measured again and the difference goes to usedBytes. A
   * string, the common write, is sized in integer arithmetic and its cell updated in place; sizes that do not
   * fit a cell (2^32 - 1 bytes or more) take the slow path. Nothing at all without accounting.
   */
  private resize(slot: number, key: string, val: Value): void {
    let size: number;
    if (typeof val === "string" && this.stringsInline) size = stringKeyUsage(key, val);
    else if (this.sizer !== null) size = this.sizer(key, val);
    else return;
    const old = this.mem[slot];
    if (old !== MEM_BIG && size >>> 0 === size && size !== MEM_BIG) {
      this.mem[slot] = size;
      this.usedBytes += size - old;
    } else {
      this.usedBytes += size - this.sizeAt(slot);
      this.setMem(slot, size);
    }
    this.storedSlot = slot;
  }

  /**
   * A collection changed in place (signalModifiedKey): its size is measured again. A string is replaced
   * whole through store/replace, which measured it already.
   */
  refreshSize(key: string): void {
    if (this.sizer === null) return;
    // Measured lazily: a key written again and again (a script's HSETs into one hash) is measured once, when
    // another key changes or the total is read (`usedTotal`). Measuring later is exact: the difference between
    // the new size and the one accounted goes to usedBytes whenever it is taken.
    const pending = this.pendingSize;
    if (pending === key) return;
    // A string is replaced whole through store/replace, which measured it and left its slot in storedSlot.
    const slot = this.storedSlot;
    if (this.keys[slot] === key && typeof this.vals[slot] === "string") return;
    if (pending !== null) this.settleSize();
    this.pendingSize = key;
  }

  /** Measures the collection `refreshSize` left pending, if it still exists. */
  private settleSize(): void {
    const key = this.pendingSize!;
    this.pendingSize = null;
    const slot = this.keys[this.storedSlot] === key ? this.storedSlot : this.find(key);
    if (slot < 0) return;
    const val = this.vals[slot]!;
    if (typeof val !== "string") this.resize(slot, key, val);
  }

  /** usedBytes with any pending collection measured first: what used_memory sums. */
  usedTotal(): number {
    if (this.pendingSize !== null) this.settleSize();
    return this.usedBytes;
  }

  /** The bytes accounted to the key in `slot` (0 for a free slot). */
  sizeAt(slot: number): number {
    const m = this.mem[slot];
    return m === MEM_BIG ? this.bigMem!.get(slot)! : m;
  }

  private setMem(slot: number, size: number): void {
    if (size >>> 0 === size && size !== MEM_BIG) {
      if (this.mem[slot] === MEM_BIG) this.bigMem!.delete(slot);
      this.mem[slot] = size;
    } else {
      this.mem[slot] = MEM_BIG;
      (this.bigMem ??= new Map()).set(slot, size);
    }
  }

  // ---- LFU (evict.c) ----

  /** LFUGetTimeInMinutes: the clock in minutes, in 16 bits. */
  private lfuMinutes(): number {
    return Math.floor(this.clock() / 60000) & 65535;
  }

  /** LFUDecrAndReturn: the slot's counter, decremented by one per lfu-decay-time minutes since the last. */
  lfuCounter(slot: number, decayTime: number): number {
    const data = this.lfuData === null ? LFU_INIT_VAL : this.lfuData[slot];
    const ldt = data >>> 8;
    const counter = data & 255;
    const now = this.lfuMinutes();
    const elapsed = now >= ldt ? now - ldt : 65535 - ldt + now;
    const periods = decayTime > 0 ? Math.floor(elapsed / decayTime) : 0;
    return periods > counter ? 0 : counter - periods;
  }

  /** updateLFU: decay, then a logarithmic increment (LFULogIncr), stamped with the current minute. */
  private updateLfu(slot: number, lfu: LfuSettings): void {
    let counter = this.lfuCounter(slot, lfu.decayTime);
    if (counter < 255) {
      const base = Math.max(0, counter - LFU_INIT_VAL);
      if (this.random() < 1 / (base * lfu.logFactor + 1)) counter++;
    }
    this.lfuData![slot] = (this.lfuMinutes() << 8) | counter;
  }

  /** OBJECT FREQ of a key (LFUDecrAndReturn), or undefined when missing. */
  frequency(key: string, decayTime: number): number | undefined {
    const slot = this.find(key);
    return slot < 0 ? undefined : this.lfuCounter(slot, decayTime);
  }

  /** RESTORE FREQ and DEBUG-style setters: the counter as of now. */
  setFrequency(key: string, counter: number): void {
    const slot = this.find(key);
    if (slot >= 0 && this.lfuData !== null) this.lfuData[slot] = (this.lfuMinutes() << 8) | (counter & 255);
  }

  // ---- Eviction sampling (evictionPoolPopulate's view of a database) ----

  /** Seconds since the slot's key was last accessed (estimateObjectIdleTime). */
  idleAt(slot: number): number {
    return Math.max(0, ((this.clock() / 1000) >>> 0) - this.atime[slot]);
  }

  /** The slot's deadline (ms), 0 with none. */
  expireAtSlot(slot: number): number {
    return this.expires === null ? 0 : this.expires[slot];
  }

  /**
   * Up to `count` random slots (dictGetSomeKeys): among every key, or among the keys with a TTL when
   * `volatile`. Returns how many it put in `out`.
   */
  sampleSlots(volatile: boolean, count: number, out: number[]): number {
    let n = 0;
    if (volatile) {
      const have = this.ttlCount;
      for (let i = 0; i < count && have > 0; i++) out[n++] = this.ttlSlots[Math.floor(this.random() * have)];
      return n;
    }
    for (let i = 0; i < count; i++) {
      const s = this.randomSlot(this.random);
      if (s < 0) break;
      out[n++] = s;
    }
    return n;
  }

  /** Sets an absolute deadline (ms) on an existing key. */
  setExpire(key: string, at: number): void {
    const slot = this.find(key);
    if (slot < 0) return;
    if (this.expires === null) {
      this.expires = new Float64Array(this.slotCap);
      this.ttlPos = new Int32Array(this.slotCap).fill(-1);
    }
    if (this.expires[slot] === 0) {
      if (this.ttlCount >= this.ttlSlots.length) {
        const t = new Int32Array(this.ttlSlots.length * 2);
        t.set(this.ttlSlots);
        this.ttlSlots = t;
      }
      this.ttlPos![slot] = this.ttlCount;
      this.ttlSlots[this.ttlCount++] = slot;
    }
    this.expires[slot] = at;
  }

  /** The key's deadline in ms, -1 with no TTL, undefined when the key does not exist. */
  getExpire(key: string): number | undefined {
    const slot = this.find(key);
    if (slot < 0) return undefined;
    const at = this.expires === null ? 0 : this.expires[slot];
    return at === 0 ? -1 : at;
  }

  /** Removes the TTL; true when there was one. */
  persist(key: string): boolean {
    const slot = this.find(key);
    if (slot < 0 || this.expires === null || this.expires[slot] === 0) return false;
    this.dropTtl(slot);
    return true;
  }

  /** Seconds since the key was last accessed. */
  idleSeconds(key: string): number {
    const slot = this.find(key);
    if (slot < 0) return 0;
    const now = (this.clock() / 1000) >>> 0;
    return Math.max(0, now - this.atime[slot]);
  }

  /** Sets the access time back by `seconds` (RESTORE IDLETIME, DEBUG). */
  setIdle(key: string, seconds: number): void {
    const slot = this.find(key);
    if (slot >= 0) this.atime[slot] = Math.max(0, ((this.clock() / 1000) >>> 0) - seconds);
  }

  /** Random live key (expired ones found on the way are reclaimed), as RANDOMKEY. */
  randomLiveKey(random: () => number): string | undefined {
    for (let tries = 0; tries < 100 && this.size > 0; tries++) {
      const slot = this.randomSlot(random);
      if (slot < 0) return undefined;
      const key = this.keys[slot]!;
      if (this.expires !== null && this.expires[slot] !== 0 && this.expireIfNeeded(slot, key)) continue;
      return key;
    }
    return undefined;
  }

  /**
   * One round of active expiry (activeExpireCycle): sample up to `sample` keys that have a TTL, delete the
   * expired ones; repeat while more than a quarter of the sample was expired and time remains.
   * Returns how many keys it deleted.
   */
  activeExpire(now: number, sample: number, deadline: number, elapsed: () => number, random: () => number): number {
    let deleted = 0;
    let ttlSum = 0;
    let ttlSamples = 0;
    for (let iteration = 0; this.ttlCount > 0; iteration++) {
      const n = Math.min(sample, this.ttlCount);
      let expired = 0;
      for (let i = 0; i < n && this.ttlCount > 0; i++) {
        const slot = this.ttlSlots[Math.floor(random() * this.ttlCount)];
        const at = this.expires![slot];
        if (at <= now) {
          const key = this.keys[slot]!;
          this.delete(key);
          this.onExpired(this, key);
          expired++;
        } else {
          ttlSum += at - now;
          ttlSamples++;
        }
      }
      deleted += expired;
      // Redis checks the time budget every 16 iterations.
      if ((iteration & 15) === 0 && elapsed() > deadline) break;
      if (expired * 4 <= n) break;
    }
    if (ttlSamples > 0) {
      const avg = ttlSum / ttlSamples;
      this.avgTtl = this.avgTtl === 0 ? avg : (this.avgTtl / 50) * 49 + avg / 50;
    }
    return deleted;
  }

  /** SWAPDB: exchanges the whole contents (keys, values, deadlines, access times) with `other`. */
  swapWith(other: Db): void {
    if (this.pendingSize !== null) this.settleSize();
    if (other.pendingSize !== null) other.settleSize();
    this.swapEntries(other);
    [this.expires, other.expires] = [other.expires, this.expires];
    [this.atime, other.atime] = [other.atime, this.atime];
    [this.ttlSlots, other.ttlSlots] = [other.ttlSlots, this.ttlSlots];
    [this.ttlCount, other.ttlCount] = [other.ttlCount, this.ttlCount];
    [this.ttlPos, other.ttlPos] = [other.ttlPos, this.ttlPos];
    [this.avgTtl, other.avgTtl] = [other.avgTtl, this.avgTtl];
    [this.mem, other.mem] = [other.mem, this.mem];
    [this.bigMem, other.bigMem] = [other.bigMem, this.bigMem];
    [this.usedBytes, other.usedBytes] = [other.usedBytes, this.usedBytes];
    [this.lfuData, other.lfuData] = [other.lfuData, this.lfuData];
    [this.slotCap, other.slotCap] = [other.slotCap, this.slotCap];
  }

  flush(): void {
    this.clear();
    this.avgTtl = 0;
  }
}
