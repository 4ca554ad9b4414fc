/**
 * A dictionary with stable slots: dense parallel arrays of keys and values, found through an open-addressing
 * hash table of slot numbers (an Int32Array). It gives what a JS Map alone cannot:
 *  - uniform random picks in O(1) (RANDOMKEY, SRANDMEMBER, SPOP, HRANDFIELD, active-expiry sampling);
 *  - SCAN cursors with Redis's guarantee: a slot never moves while its entry lives, so an entry present for
 *    a whole iteration is returned exactly once. Freed slots are reused by later inserts (those may or may
 *    not be returned, as in Redis).
 * The table holds slot + 1 per cell (0 = empty), linear probing, at most half full: 8 to 16 bytes per entry,
 * where a Map kept its own copy of every key and value (about 29 bytes per entry on V8, more on JSC). It has
 * no entry limit of its own (a V8 Map throws at 2^24 entries). Deleting shifts the following cells of the
 * run back (no tombstones), so a lookup never walks past cells of deleted keys.
 */

export interface DictOptions {
  /**
   * A set of members: values are not kept (`vals` stays empty and `get` answers undefined), which spares
   * an array cell per entry.
   */
  membersOnly?: boolean;
}

/** A per-process seed, so no client can choose keys that all land in one run of the table. */
const SEED = (Math.random() * 0x100000000) >>> 0;

/**
 * The table's hash of a key: FNV-1a over pairs of code units (a byte string's units are < 256, so a pair
 * fits 32 bits; wider units are folded too), seeded, then murmur3's finaliser so the low bits the table
 * uses depend on every unit. It reads the whole key, as a Map's own hashing of a fresh key string does.
 */
export function hashKey(key: string): number {
  let h = SEED ^ key.length;
  const n = key.length;
  let i = 0;
  for (; i + 1 < n; i += 2) h = Math.imul(h ^ (key.charCodeAt(i) | (key.charCodeAt(i + 1) << 16)), 0x01000193);
  if (i < n) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

type Transferable = ArrayBuffer & { transfer?: (bytes: number) => ArrayBuffer };

/**
 * The first `used` bytes of `buf` in a new buffer of `bytes` bytes (zero past them), and `buf` released (see
 * releaseBuffer): a set that grew to 1,000,000 members otherwise held every buffer it outgrew until the GC
 * collected them, which showed in Bun's peak resident memory. A copy rather than `buf.transfer(bytes)`, which
 * on V8 writes the whole new buffer and so made all its growth slack resident at once. The caller must drop
 * every view of the old buffer.
 */
export function grownBuffer(buf: Transferable, bytes: number, used = buf.byteLength): ArrayBuffer {
  const out = new ArrayBuffer(bytes);
  new Uint8Array(out).set(new Uint8Array(buf, 0, used));
  releaseBuffer(buf);
  return out;
}

/**
 * Gives an outgrown buffer's memory back at once where the runtime has ArrayBuffer.prototype.transfer (Bun,
 * Deno; not Node 20): detached, it holds nothing until a GC finds it. A no-op elsewhere.
 */
export function releaseBuffer(buf: Transferable): void {
  if (typeof buf.transfer === "function") buf.transfer(0);
}

const MIN_TABLE = 8;
/** Tables from this many cells (256 KB) give their memory back when replaced; smaller ones are left to the GC. */
const RELEASE_FROM = 1 << 16;

/** The smallest table (a power of two) that holds `n` entries at most half full. */
function tableSizeFor(n: number): number {
  let size = MIN_TABLE;
  while (size < n * 2) size *= 2;
  return size;
}

export class Dict<V> {
  keys: (string | undefined)[] = [];
  vals: (V | undefined)[] = [];
  protected free: number[] = [];
  /** slot + 1 per cell, 0 for an empty cell; its length is a power of two at least twice `count`. */
  private table = new Int32Array(MIN_TABLE);
  private mask = MIN_TABLE - 1;
  private count = 0;
  private readonly withValues: boolean;

  constructor(options?: DictOptions) {
    this.withValues = options?.membersOnly !== true;
  }

  get size(): number {
    return this.count;
  }

  /** The slot of `key`, or -1. */
  protected find(key: string): number {
    const table = this.table;
    const keys = this.keys;
    const mask = this.mask;
    let i = hashKey(key) & mask;
    for (;;) {
      const e = table[i];
      if (e === 0) return -1;
      if (keys[e - 1] === key) return e - 1;
      i = (i + 1) & mask;
    }
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  get(key: string): V | undefined {
    const slot = this.find(key);
    return slot < 0 ? undefined : this.vals[slot];
  }

  slotOf(key: string): number | undefined {
    const slot = this.find(key);
    return slot < 0 ? undefined : slot;
  }

  /** Sets the value; returns the slot. */
  set(key: string, val: V): number {
    const slot = this.find(key);
    if (slot >= 0) {
      if (this.withValues) this.vals[slot] = val;
      return slot;
    }
    return this.insert(key, val);
  }

  /**
   * Makes room for `n` entries in all without growing the table again (an RDB's RESIZEDB size): one table
   * of the final size instead of a rehash at every doubling.
   */
  reserve(n: number): void {
    if (n * 2 > this.table.length) this.rehash(tableSizeFor(n));
  }

  /**
   * Inserts a key known to be absent. Should it be present after all (an RDB naming a key twice), the size
   * does not grow, which the loader checks before it discards the dictionary.
   */
  insert(key: string, val: V): number {
    if ((this.count + 1) * 2 > this.table.length) this.rehash(this.table.length * 2);
    let slot: number;
    if (this.free.length > 0) {
      slot = this.free.pop()!;
      this.keys[slot] = key;
      if (this.withValues) this.vals[slot] = val;
    } else {
      slot = this.keys.length;
      this.keys.push(key);
      if (this.withValues) this.vals.push(val);
    }
    // The first empty cell of the key's run; the run holds the key itself if it was present.
    const table = this.table;
    const keys = this.keys;
    const mask = this.mask;
    let i = hashKey(key) & mask;
    for (let e = table[i]; e !== 0; e = table[i]) {
      if (keys[e - 1] === key) break;
      i = (i + 1) & mask;
    }
    if (table[i] === 0) this.count++;
    table[i] = slot + 1;
    this.onInsert(slot);
    return slot;
  }

  /** Puts slot + 1 in the first empty cell from the key's hash (the key is absent from the table). */
  private place(hash: number, slot: number): void {
    const table = this.table;
    const mask = this.mask;
    let i = hash & mask;
    while (table[i] !== 0) i = (i + 1) & mask;
    table[i] = slot + 1;
  }

  /** A table of `size` cells holding every live slot. */
  private rehash(size: number): void {
    const old = this.table;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    const keys = this.keys;
    for (let s = 0; s < keys.length; s++) {
      const k = keys[s];
      if (k !== undefined) this.place(hashKey(k), s);
    }
    if (old.length >= RELEASE_FROM) releaseBuffer(old.buffer as ArrayBuffer);
  }

  /** Rebuilds the table after a subclass moved entries between slots (FieldDict.compact). */
  protected reindex(): void {
    this.rehash(this.table.length);
  }

  /** Empties the cell holding `slot`, shifting back the cells after it that probed past it. */
  private unplace(key: string, slot: number): void {
    const table = this.table;
    const keys = this.keys;
    const mask = this.mask;
    let i = hashKey(key) & mask;
    while (table[i] !== slot + 1) i = (i + 1) & mask;
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      const e = table[j];
      if (e === 0) break;
      // The cell at j may move to the hole at i unless its home lies cyclically in (i, j].
      const home = hashKey(keys[e - 1]!) & mask;
      if (i <= j ? home <= i || home > j : home <= i && home > j) {
        table[i] = e;
        i = j;
      }
    }
    table[i] = 0;
  }

  delete(key: string): boolean {
    const slot = this.find(key);
    if (slot < 0) return false;
    this.unplace(key, slot);
    this.count--;
    this.keys[slot] = undefined;
    if (this.withValues) this.vals[slot] = undefined;
    this.onDelete(slot);
    if (slot === this.keys.length - 1) {
      // Trim trailing holes so the arrays shrink when the tail empties.
      this.keys.pop();
      if (this.withValues) this.vals.pop();
      this.trimTail();
    } else {
      this.free.push(slot);
    }
    // Shrink when an eighth full, to half full (Redis resizes below a tenth).
    if (this.count * 8 < this.table.length && this.table.length > MIN_TABLE) this.rehash(tableSizeFor(this.count));
    return true;
  }

  private trimTail(): void {
    let n = this.keys.length;
    if (n > 0 && this.keys[n - 1] !== undefined) return;
    while (n > 0 && this.keys[n - 1] === undefined) n--;
    this.keys.length = n;
    if (this.withValues) this.vals.length = n;
    this.onTrim(n);
    if (this.free.length > 0) this.free = this.free.filter((s) => s < n);
  }

  clear(): void {
    this.table = new Int32Array(MIN_TABLE);
    this.mask = MIN_TABLE - 1;
    this.count = 0;
    this.keys = [];
    this.vals = [];
    this.free = [];
    this.onTrim(0);
  }

  /** Exchanges every entry with `other` (SWAPDB); subclasses swap their per-slot state too. */
  protected swapEntries(other: Dict<V>): void {
    [this.table, other.table] = [other.table, this.table];
    [this.mask, other.mask] = [other.mask, this.mask];
    [this.count, other.count] = [other.count, this.count];
    [this.keys, other.keys] = [other.keys, this.keys];
    [this.vals, other.vals] = [other.vals, this.vals];
    [this.free, other.free] = [other.free, this.free];
  }

  /** Hooks for subclasses that keep more per-slot state. */
  protected onInsert(_slot: number): void {}
  protected onDelete(_slot: number): void {}
  protected onTrim(_length: number): void {}

  /** A uniformly random live slot, or -1 when empty. */
  randomSlot(random: () => number): number {
    if (this.count === 0) return -1;
    const n = this.keys.length;
    // The table is at least half full unless many deletes left holes; then a few more tries are needed.
    for (let tries = 0; tries < 64; tries++) {
      const s = Math.floor(random() * n);
      if (this.keys[s] !== undefined) return s;
    }
    // Very sparse: walk from a random start (slightly biased, but bounded).
    let s = Math.floor(random() * n);
    for (let i = 0; i < n; i++, s = (s + 1) % n) if (this.keys[s] !== undefined) return s;
    return -1;
  }

  randomKey(random: () => number): string | undefined {
    const s = this.randomSlot(random);
    return s < 0 ? undefined : this.keys[s];
  }

  /**
   * One SCAN step from `cursor`: calls `fn(key, value)` for live entries until about `count` slots were
   * visited; returns the next cursor (0 when done). Visits at most 10 * count empty slots per call, like
   * Redis's limit on empty buckets.
   */
  scan(cursor: number, count: number, fn: (key: string, val: V) => void): number {
    const n = this.keys.length;
    let s = cursor;
    let found = 0;
    let empty = 0;
    while (s < n && found < count && empty < count * 10) {
      const k = this.keys[s];
      if (k !== undefined) {
        fn(k, this.vals[s] as V);
        found++;
      } else {
        empty++;
      }
      s++;
    }
    return s >= n ? 0 : s;
  }

  *entries(): IterableIterator<[string, V]> {
    for (let s = 0; s < this.keys.length; s++) {
      const k = this.keys[s];
      if (k !== undefined) yield [k, this.vals[s] as V];
    }
  }

  forEach(fn: (key: string, val: V) => void): void {
    const keys = this.keys;
    for (let s = 0; s < keys.length; s++) {
      const k = keys[s];
      if (k !== undefined) fn(k, this.vals[s] as V);
    }
  }
}
