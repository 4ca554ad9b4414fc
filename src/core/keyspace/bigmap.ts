/**
 * A string-keyed map that can hold more entries than one JS Map. V8 (Node, Deno) throws "RangeError: Map
 * maximum size exceeded" at 2^24 entries; Redis holds billions of members in a collection. The keyspace's
 * own dictionaries (dict.ts) have their own table and no such limit; these are for the scratch maps built
 * over whole collections. Below `shardAt` entries a plain Map is used; past it, `ShardedMap` spreads the
 * entries over many Maps chosen by a hash of the key.
 *
 * Switching moves every entry once (about a second at 2^23 entries on this machine); Redis's incremental
 * rehashing has no such pause, but the pause happens once per collection and only at this size.
 */

/** The part of Map's interface the scratch maps offer. */
export interface StringMap<V> {
  readonly size: number;
  get(key: string): V | undefined;
  has(key: string): boolean;
  set(key: string, val: V): unknown;
  delete(key: string): boolean;
  forEach(fn: (val: V, key: string) => void): void;
}

/** Where a Map of this size is replaced by a ShardedMap: half of V8's limit, so no Map ever reaches it. */
export const DEFAULT_SHARD_AT = 2 ** 23;

/** 256 shards of up to 2^24 entries each: 4 billion entries before any shard can fill. */
const SHARD_BITS = 8;

/**
 * FNV-1a over the key's code units. It reads the whole key (as the Map's own hashing of a fresh key string
 * does): sampling long keys would put members that differ only between samples all in one shard.
 */
function shardHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  // Final mix so the low bits that pick the shard depend on every sampled unit.
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

export class ShardedMap<V> implements StringMap<V> {
  private shards: Map<string, V>[] = [];
  private count = 0;

  constructor(from?: StringMap<V>) {
    for (let i = 0; i < 1 << SHARD_BITS; i++) this.shards.push(new Map());
    from?.forEach((v, k) => this.set(k, v));
  }

  get size(): number {
    return this.count;
  }

  private shardOf(key: string): Map<string, V> {
    return this.shards[shardHash(key) >>> (32 - SHARD_BITS)];
  }

  get(key: string): V | undefined {
    return this.shardOf(key).get(key);
  }

  has(key: string): boolean {
    return this.shardOf(key).has(key);
  }

  set(key: string, val: V): this {
    const shard = this.shardOf(key);
    const before = shard.size;
    shard.set(key, val);
    this.count += shard.size - before;
    return this;
  }

  delete(key: string): boolean {
    if (!this.shardOf(key).delete(key)) return false;
    this.count--;
    return true;
  }

  forEach(fn: (val: V, key: string) => void): void {
    for (const shard of this.shards) shard.forEach(fn);
  }
}

/**
 * A map that starts as one Map and becomes a ShardedMap when it reaches `shardAt` entries: for the
 * scratch maps commands and loading build over whole collections (ZUNIONSTORE's accumulator, duplicate
 * checks while loading an RDB), off the hot path.
 */
export class BigMap<V> implements StringMap<V> {
  private map: StringMap<V> = new Map<string, V>();
  private readonly shardLimit: number;
  private shardAt: number;

  constructor(shardAt = DEFAULT_SHARD_AT) {
    this.shardLimit = shardAt;
    this.shardAt = shardAt;
  }

  get size(): number {
    return this.map.size;
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  set(key: string, val: V): this {
    this.map.set(key, val);
    if (this.map.size >= this.shardAt) {
      this.map = new ShardedMap(this.map);
      this.shardAt = Infinity;
    }
    return this;
  }

  delete(key: string): boolean {
    return this.map.delete(key);
  }

  forEach(fn: (val: V, key: string) => void): void {
    this.map.forEach(fn);
  }

  clear(): void {
    this.map = new Map<string, V>();
    this.shardAt = this.shardLimit;
  }
}
