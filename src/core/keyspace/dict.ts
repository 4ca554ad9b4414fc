/**
 * A dictionary with stable slots: a Map from key to slot index plus dense parallel arrays of keys and
 * values. It gives what a JS Map alone cannot:
 *  - uniform random picks in O(1) (RANDOMKEY, SRANDMEMBER, SPOP, HRANDFIELD, active-expiry sampling);
 *  - SCAN cursors with Redis's guarantee: a slot never moves while its entry lives, so an entry present for
 *    a whole iteration is returned exactly once. Freed slots are reused by later inserts (those may or may
 *    not be returned, as in Redis).
 * The slot map holds small integers (no object per entry), so this costs two array cells per entry over a
 * plain Map; one with `membersOnly` (sets, sorted sets' member dictionaries) keeps no values and costs one.
 */

import { DEFAULT_SHARD_AT, ShardedMap } from "./bigmap.ts";
import type { StringMap } from "./bigmap.ts";

export interface DictOptions {
  /** Entries at which the slot map becomes a ShardedMap (tests lower it to exercise sharding). */
  shardAt?: number;
  /**
   * A set of members: values are not kept (`vals` stays empty and `get` answers undefined), which spares
   * an array cell per entry.
   */
  membersOnly?: boolean;
}

export class Dict<V> {
  protected index: StringMap<number> = new Map<string, number>();
  keys: (string | undefined)[] = [];
  vals: (V | undefined)[] = [];
  protected free: number[] = [];
  private readonly shardLimit: number;
  /** shardLimit while the slot map is one Map; Infinity once sharded. */
  private shardAt: number;
  private readonly withValues: boolean;

  constructor(options?: DictOptions) {
    this.shardLimit = options?.shardAt ?? DEFAULT_SHARD_AT;
    this.shardAt = this.shardLimit;
    this.withValues = options?.membersOnly !== true;
  }

  get size(): number {
    return this.index.size;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  get(key: string): V | undefined {
    const slot = this.index.get(key);
    return slot === undefined ? undefined : this.vals[slot];
  }

  slotOf(key: string): number | undefined {
    return this.index.get(key);
  }

  /** Sets the value; returns the slot and whether the key is new via `added`. */
  set(key: string, val: V): number {
    const slot = this.index.get(key);
    if (slot !== undefined) {
      if (this.withValues) this.vals[slot] = val;
      return slot;
    }
    return this.insert(key, val);
  }

  /** Inserts a key known to be absent. */
  insert(key: string, val: V): number {
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
    this.index.set(key, slot);
    if (this.index.size >= this.shardAt) {
      this.index = new ShardedMap(this.index);
      this.shardAt = Infinity;
    }
    this.onInsert(slot);
    return slot;
  }

  delete(key: string): boolean {
    const slot = this.index.get(key);
    if (slot === undefined) return false;
    this.index.delete(key);
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
    this.index = new Map<string, number>();
    this.shardAt = this.shardLimit;
    this.keys = [];
    this.vals = [];
    this.free = [];
    this.onTrim(0);
  }

  /** Exchanges every entry with `other` (SWAPDB); subclasses swap their per-slot state too. */
  protected swapEntries(other: Dict<V>): void {
    [this.index, other.index] = [other.index, this.index];
    [this.keys, other.keys] = [other.keys, this.keys];
    [this.vals, other.vals] = [other.vals, this.vals];
    [this.free, other.free] = [other.free, this.free];
    [this.shardAt, other.shardAt] = [other.shardAt, this.shardAt];
  }

  /** Hooks for subclasses that keep more per-slot state. */
  protected onInsert(_slot: number): void {}
  protected onDelete(_slot: number): void {}
  protected onTrim(_length: number): void {}

  /** A uniformly random live slot, or -1 when empty. */
  randomSlot(random: () => number): number {
    if (this.index.size === 0) return -1;
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
