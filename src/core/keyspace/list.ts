/**
 * The list type: a ring-buffer deque of byte strings. Push and pop at both ends and access by index are O(1)
 * (Redis's quicklist is O(n/node) for index; LINDEX/LSET stay within its documented O(n) bound). Inserting
 * or deleting in the middle moves the shorter side, O(n) as in Redis.
 *
 * Redis 7.0 always stores lists as a quicklist (the listpack list encoding arrived in 7.2), so OBJECT
 * ENCODING is "quicklist" whatever list-max-listpack-size says.
 */
import type { Config } from "../config.ts";
import type { RedisObject } from "./types.ts";

const MIN_CAPACITY = 8;

export class ListValue implements RedisObject {
  readonly type = "list" as const;
  /** Slots; capacity is a power of two so positions wrap with a mask. */
  private buf: (string | undefined)[];
  private head = 0;
  private len = 0;
  private mask: number;

  constructor(capacity = MIN_CAPACITY) {
    let cap = MIN_CAPACITY;
    while (cap < capacity) cap *= 2;
    this.buf = new Array(cap);
    this.mask = cap - 1;
  }

  static from(items: string[]): ListValue {
    const l = new ListValue(items.length);
    for (let i = 0; i < items.length; i++) l.buf[i] = items[i];
    l.len = items.length;
    return l;
  }

  get length(): number {
    return this.len;
  }

  encoding(_config: Config): string {
    return "quicklist";
  }

  clone(): ListValue {
    return ListValue.from(this.toArray());
  }

  toArray(): string[] {
    return this.range(0, this.len - 1);
  }

  /** Elements start..end inclusive (already clamped to the list), head to tail. */
  range(start: number, end: number): string[] {
    const out: string[] = new Array(end - start + 1 > 0 ? end - start + 1 : 0);
    for (let i = start, j = 0; i <= end; i++, j++) out[j] = this.buf[(this.head + i) & this.mask]!;
    return out;
  }

  /** The element at a non-negative index below length. */
  at(index: number): string {
    return this.buf[(this.head + index) & this.mask]!;
  }

  setAt(index: number, value: string): void {
    this.buf[(this.head + index) & this.mask] = value;
  }

  private grow(): void {
    const old = this.buf;
    const cap = old.length * 2;
    const next: (string | undefined)[] = new Array(cap);
    for (let i = 0; i < this.len; i++) next[i] = old[(this.head + i) & this.mask];
    this.buf = next;
    this.head = 0;
    this.mask = cap - 1;
  }

  /** Halves the buffer when it is mostly empty, so a drained list gives its memory back. */
  private maybeShrink(): void {
    const cap = this.buf.length;
    if (cap <= MIN_CAPACITY || this.len * 4 > cap) return;
    const next: (string | undefined)[] = new Array(cap / 2);
    for (let i = 0; i < this.len; i++) next[i] = this.buf[(this.head + i) & this.mask];
    this.buf = next;
    this.head = 0;
    this.mask = cap / 2 - 1;
  }

  pushHead(value: string): void {
    if (this.len === this.buf.length) this.grow();
    this.head = (this.head - 1) & this.mask;
    this.buf[this.head] = value;
    this.len++;
  }

  pushTail(value: string): void {
    if (this.len === this.buf.length) this.grow();
    this.buf[(this.head + this.len) & this.mask] = value;
    this.len++;
  }

  popHead(): string | undefined {
    if (this.len === 0) return undefined;
    const v = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    this.len--;
    this.maybeShrink();
    return v;
  }

  popTail(): string | undefined {
    if (this.len === 0) return undefined;
    const p = (this.head + this.len - 1) & this.mask;
    const v = this.buf[p];
    this.buf[p] = undefined;
    this.len--;
    this.maybeShrink();
    return v;
  }

  /** Inserts `value` so it ends up at `index` (0..length), moving the shorter side. */
  insertAt(index: number, value: string): void {
    if (this.len === this.buf.length) this.grow();
    const m = this.mask;
    if (index < this.len - index) {
      this.head = (this.head - 1) & m;
      for (let i = 0; i < index; i++) this.buf[(this.head + i) & m] = this.buf[(this.head + i + 1) & m];
    } else {
      for (let i = this.len; i > index; i--) this.buf[(this.head + i) & m] = this.buf[(this.head + i - 1) & m];
    }
    this.buf[(this.head + index) & m] = value;
    this.len++;
  }

  /** Removes `count` elements from `start` (both within the list), moving the shorter side. */
  deleteRange(start: number, count: number): void {
    if (count <= 0) return;
    const m = this.mask;
    const after = this.len - start - count;
    if (start < after) {
      for (let i = start - 1; i >= 0; i--) this.buf[(this.head + i + count) & m] = this.buf[(this.head + i) & m];
      for (let i = 0; i < count; i++) this.buf[(this.head + i) & m] = undefined;
      this.head = (this.head + count) & m;
    } else {
      for (let i = start; i < start + after; i++) this.buf[(this.head + i) & m] = this.buf[(this.head + i + count) & m];
      for (let i = this.len - count; i < this.len; i++) this.buf[(this.head + i) & m] = undefined;
    }
    this.len -= count;
    this.maybeShrink();
  }

  /** Keeps only the elements for which `keep` is true, in order; returns how many were removed. */
  retain(keep: (value: string, index: number) => boolean): number {
    const m = this.mask;
    let w = 0;
    for (let r = 0; r < this.len; r++) {
      const v = this.buf[(this.head + r) & m]!;
      if (keep(v, r)) {
        if (w !== r) this.buf[(this.head + w) & m] = v;
        w++;
      }
    }
    const removed = this.len - w;
    for (let i = w; i < this.len; i++) this.buf[(this.head + i) & m] = undefined;
    this.len = w;
    this.maybeShrink();
    return removed;
  }
}
