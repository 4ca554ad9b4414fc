/**
 * The hash type: field -> value byte strings in a Dict (O(1) access, O(1) random picks, stable HSCAN
 * cursors).
 *
 * Redis 7.0 keeps a small hash as a listpack and converts it for good to a hashtable once a write makes it
 * exceed hash-max-listpack-entries or stores a field or value longer than hash-max-listpack-value
 * (hashTypeSet). While "listpack", replies list fields in insertion order, which clients can see (HGETALL,
 * HKEYS, HSCAN), so the Dict then never reuses a freed slot: slot order stays insertion order, and the holes
 * are squeezed out when they outnumber the fields. Once "hashtable", Redis's order is its hash order, which
 * no client can rely on, and the Dict reuses slots as usual.
 */
import type { Config } from "../config.ts";
import { Dict } from "./dict.ts";
import type { RedisObject } from "./types.ts";

/** A Dict that keeps insertion order while `ordered`. */
class FieldDict extends Dict<string> {
  ordered = true;

  override delete(key: string): boolean {
    if (!super.delete(key)) return false;
    if (this.ordered && this.free.length > 0) {
      this.free.pop(); // the slot just freed stays a hole so later inserts go to the end
      if (this.keys.length > 2 * this.size + 8) this.compact();
    }
    return true;
  }

  /** Moves the live entries to the front, in order. */
  compact(): void {
    const keys = this.keys;
    const vals = this.vals;
    let w = 0;
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r];
      if (k === undefined) continue;
      if (w !== r) {
        keys[w] = k;
        vals[w] = vals[r];
      }
      w++;
    }
    keys.length = w;
    vals.length = w;
    this.free = [];
    this.reindex();
  }
}

export class HashValue implements RedisObject {
  readonly type = "hash" as const;
  readonly dict = new FieldDict();
  /** Converted to a hashtable (sticky, as in Redis). */
  private big = false;
  /** Whether the encoding was decided by a write that knew the thresholds (not so after `from`). */
  private decided = true;

  static from(pairs: [string, string][]): HashValue {
    const h = new HashValue();
    for (const [f, v] of pairs) h.dict.set(f, v);
    h.decided = false;
    return h;
  }

  get size(): number {
    return this.dict.size;
  }

  get isListpack(): boolean {
    return !this.big;
  }

  entries(): [string, string][] {
    const out: [string, string][] = [];
    this.dict.forEach((f, v) => out.push([f, v]));
    return out;
  }

  get(field: string): string | undefined {
    return this.dict.get(field);
  }

  has(field: string): boolean {
    return this.dict.has(field);
  }

  /**
   * Sets a field, converting to a hashtable first when the field or value is too long for a listpack and
   * after when the hash has too many fields (hashTypeSet). Returns true when the field is new.
   */
  set(field: string, value: string, limits: HashLimits): boolean {
    if (!this.decided) this.decide(limits);
    if (!this.big && (field.length > limits.maxValue || value.length > limits.maxValue)) this.convert();
    const before = this.dict.size;
    this.dict.set(field, value);
    const added = this.dict.size !== before;
    if (!this.big && this.dict.size > limits.maxEntries) this.convert();
    return added;
  }

  delete(field: string): boolean {
    return this.dict.delete(field);
  }

  /** Converts to a hashtable for good. */
  convert(): void {
    if (!this.big) this.dict.compact();
    this.big = true;
    this.decided = true;
    this.dict.ordered = false;
  }

  /**
   * Built by `from` (RESTORE, RDB load): decides as loading would, under the thresholds known at the first
   * write or OBJECT ENCODING.
   */
  private decide(lim: HashLimits): void {
    this.decided = true;
    let big = this.dict.size > lim.maxEntries;
    if (!big) {
      this.dict.forEach((f, v) => {
        if (f.length > lim.maxValue || v.length > lim.maxValue) big = true;
      });
    }
    if (big) this.convert();
  }

  encoding(config: Config): string {
    if (!this.decided) this.decide(hashLimits(config));
    return this.big ? "hashtable" : "listpack";
  }

  clone(): HashValue {
    const h = new HashValue();
    this.dict.forEach((f, v) => h.dict.set(f, v));
    if (this.big) h.convert();
    h.decided = this.decided;
    return h;
  }
}

export interface HashLimits {
  maxEntries: number;
  maxValue: number;
}

export function hashLimits(config: Config): HashLimits {
  return {
    maxEntries: config.getNumber("hash-max-listpack-entries"),
    maxValue: config.getNumber("hash-max-listpack-value"),
  };
}
