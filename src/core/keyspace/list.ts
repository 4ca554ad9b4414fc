/**
 * The list type, packed as Redis's quicklist packs it: a sequence of nodes, each holding many small elements
 * back to back in one Uint8Array, so an element costs its bytes and one or two header bytes instead of a
 * JS string and an array slot (a JS string alone is 16 bytes of header on V8: 10,000,000 small elements took
 * 480 MB as strings, about 20 MB as Redis holds them).
 *
 * An entry is self-describing from either end, as a listpack entry is, so a node can be walked both ways:
 *   0vvvvvvv                                   the integers 0..127 written canonically ("0".."127"): 1 byte
 *   10LLLLLL <L bytes> 10LLLLLL                a string shorter than 64 bytes
 *   11HHHHHH LLLLLLLL <bytes> LLLLLLLL 11HHHHHH a string shorter than PLAIN_AT (14-bit length)
 * Longer elements, and strings that are not byte strings, get a node of their own that keeps the string
 * itself (Redis 7.0's PLAIN quicklist nodes): no copy in or out for big values.
 *
 * Costs follow quicklist's: push and pop at both ends O(1); access by index walks nodes from the nearer end
 * and then the entries of one node, O(n) as LINDEX is documented to be. Sequential access (LRANGE, LPOS,
 * SORT, the memory sampler) is O(1) per element through a cursor that remembers the last position read; any
 * write forgets it. Inserting or deleting in the middle moves the bytes of one node.
 *
 * A list of up to SMALL_MAX elements is a plain array of strings: a Uint8Array and a node object cost more
 * than a handful of small strings (200,000 three-element lists: 300 bytes a list as arrays, 670 packed).
 * Past SMALL_MAX the list is packed, and stays packed until it empties.
 *
 * Redis 7.0 always stores lists as a quicklist (the listpack list encoding arrived in 7.2), so OBJECT
 * ENCODING is "quicklist" whatever list-max-listpack-size says.
 */
import type { Config } from "../config.ts";
import type { RedisObject } from "./types.ts";
import { bytesToStr, strIntoBytes } from "../bytes.ts";

/**
 * Bytes a packed node holds at most. Redis's default (list-max-listpack-size -2) is 8 kB; half that keeps
 * the walk to an index inside one node short, and the node overhead per element is still negligible.
 */
const NODE_BYTES = 4096;
/** Elements this long or longer get a plain node (below 16384, the 14-bit length of the long entry form). */
const PLAIN_AT = 1024;
/** A new node's buffer starts this small and doubles, so small lists stay small. */
const FIRST_CAPACITY = 16;
/** Lists this long or shorter are kept as an array of strings (see above). */
const SMALL_MAX = 32;
/** The nodes of every small list: never written (a list being packed gets its own array). */
const NO_NODES: (ListNode | undefined)[] = [];

/** "0".."127": what a one-byte integer entry reads back as, without building a string per read. */
const SMALL_INTS: string[] = [];
for (let i = 0; i < 128; i++) SMALL_INTS.push(String(i));

class ListNode {
  /** Packed entries in buf[start, end); null for a plain node. */
  buf: Uint8Array | null;
  start: number;
  end: number;
  count: number;
  /** The one element of a plain node. */
  plain: string | undefined;

  constructor(buf: Uint8Array | null, start: number, end: number, count: number, plain: string | undefined) {
    this.buf = buf;
    this.start = start;
    this.end = end;
    this.count = count;
    this.plain = plain;
  }
}

/** The integer 0..127 that `s` spells canonically (no sign, no leading zero), or -1. */
function smallInt(s: string): number {
  const n = s.length;
  if (n === 0 || n > 3) return -1;
  const a = s.charCodeAt(0) - 48;
  if (a < 0 || a > 9) return -1;
  if (n === 1) return a;
  if (a === 0) return -1;
  const b = s.charCodeAt(1) - 48;
  if (b < 0 || b > 9) return -1;
  if (n === 2) return a * 10 + b;
  const c = s.charCodeAt(2) - 48;
  if (c < 0 || c > 9) return -1;
  const v = a * 100 + b * 10 + c;
  return v <= 127 ? v : -1;
}

/** The bytes `s` takes as a packed entry, or -1 when it needs a plain node (too long, or not a byte string). */
function entrySize(s: string): number {
  const n = s.length;
  if (n >= PLAIN_AT) return -1;
  if (n <= 3 && smallInt(s) >= 0) return 1;
  let or = 0;
  for (let i = 0; i < n; i++) or |= s.charCodeAt(i);
  if (or > 255) return -1;
  return n < 64 ? n + 2 : n + 4;
}

/** Writes `s` as an entry of `size` bytes (entrySize's answer) at `p`. */
function writeEntry(buf: Uint8Array, p: number, s: string, size: number): void {
  if (size === 1) {
    buf[p] = smallInt(s);
    return;
  }
  const n = s.length;
  if (n < 64) {
    buf[p] = 0x80 | n;
    strIntoBytes(s, buf, p + 1);
    buf[p + 1 + n] = 0x80 | n;
    return;
  }
  const hi = 0xc0 | (n >> 8);
  buf[p] = hi;
  buf[p + 1] = n & 255;
  strIntoBytes(s, buf, p + 2);
  buf[p + 2 + n] = n & 255;
  buf[p + 3 + n] = hi;
}

/** The element of the entry at `p`. */
function readEntry(buf: Uint8Array, p: number): string {
  const b = buf[p];
  if (b < 0x80) return SMALL_INTS[b];
  if (b < 0xc0) return bytesToStr(buf, p + 1, p + 1 + (b & 63));
  const n = ((b & 63) << 8) | buf[p + 1];
  return bytesToStr(buf, p + 2, p + 2 + n);
}

/** Whether the entry at `p` holds exactly the byte string `s`, without building a string. */
function entryEquals(buf: Uint8Array, p: number, s: string): boolean {
  const b = buf[p];
  if (b < 0x80) return SMALL_INTS[b] === s;
  let n: number;
  let q: number;
  if (b < 0xc0) {
    n = b & 63;
    q = p + 1;
  } else {
    n = ((b & 63) << 8) | buf[p + 1];
    q = p + 2;
  }
  if (n !== s.length) return false;
  for (let i = 0; i < n; i++) if (buf[q + i] !== s.charCodeAt(i)) return false;
  return true;
}

/** The size of the entry starting at `p`. */
function sizeAt(buf: Uint8Array, p: number): number {
  const b = buf[p];
  if (b < 0x80) return 1;
  if (b < 0xc0) return (b & 63) + 2;
  return (((b & 63) << 8) | buf[p + 1]) + 4;
}

/** The size of the entry ending just before `q`. */
function sizeBefore(buf: Uint8Array, q: number): number {
  const b = buf[q - 1];
  if (b < 0x80) return 1;
  if (b < 0xc0) return (b & 63) + 2;
  return (((b & 63) << 8) | buf[q - 2]) + 4;
}

/** The smallest power of two from FIRST_CAPACITY that holds `n` bytes (NODE_BYTES at most, unless n is more). */
function capacityFor(n: number): number {
  let cap = FIRST_CAPACITY;
  while (cap < n) cap *= 2;
  return cap > NODE_BYTES ? Math.max(NODE_BYTES, n) : cap;
}

/** A node holding only `value` (entry size `size`, -1 for plain); its free space on the side it will grow. */
function nodeOf(value: string, size: number, capacity: number, atHead: boolean): ListNode {
  if (size < 0) return new ListNode(null, 0, 0, 1, value);
  const buf = new Uint8Array(capacityFor(Math.max(size, capacity)));
  const start = atHead ? buf.length - size : 0;
  writeEntry(buf, start, value, size);
  return new ListNode(buf, start, start + size, 1, undefined);
}

/**
 * Makes `need` free bytes on one side of a packed node whose entries plus `need` fit NODE_BYTES: grows the
 * buffer (giving the free space to the side being pushed) or, when it is big enough already, moves the
 * entries to the middle.
 */
function makeRoom(node: ListNode, need: number, atHead: boolean): void {
  const buf = node.buf!;
  const used = node.end - node.start;
  const cap = buf.length >= used + need ? buf.length : capacityFor(used + need);
  const free = cap - used - need;
  if (cap !== buf.length) {
    const start = atHead ? need + free : 0;
    const next = new Uint8Array(cap);
    next.set(buf.subarray(node.start, node.end), start);
    node.buf = next;
    node.start = start;
  } else {
    const start = atHead ? need + (free >> 1) : free >> 1;
    buf.copyWithin(start, node.start, node.end);
    node.start = start;
  }
  node.end = node.start + used;
}

/**
 * Replaces the `remove` bytes at `off` in a packed node with a gap of `add` bytes (the node's entries must
 * still fit NODE_BYTES); returns where the gap starts, which moves when the node's buffer does.
 */
function spliceGap(node: ListNode, off: number, remove: number, add: number): number {
  const buf = node.buf!;
  const delta = add - remove;
  if (delta <= 0 || node.end + delta <= buf.length) {
    buf.copyWithin(off + add, off + remove, node.end);
    node.end += delta;
    return off;
  }
  if (node.start >= delta) {
    buf.copyWithin(node.start - delta, node.start, off);
    node.start -= delta;
    return off - delta;
  }
  const next = new Uint8Array(capacityFor(node.end - node.start + delta));
  next.set(buf.subarray(node.start, off), 0);
  const gap = off - node.start;
  next.set(buf.subarray(off + remove, node.end), gap + add);
  node.end = node.end - node.start + delta;
  node.start = 0;
  node.buf = next;
  return gap;
}

export class ListValue implements RedisObject {
  readonly type = "list" as const;
  /** The elements while the list is small; null once packed into nodes. */
  private items: string[] | null = [];
  /** The nodes in order, from `first` (slots before it are free, so a new head node is O(1) amortized). */
  private nodes: (ListNode | undefined)[] = NO_NODES;
  private first = 0;
  private len = 0;
  /**
   * The last position located: node `cNode` (counted from `first`), whose first element has list index
   * `cFirst`; element `cElem` of that node starts at byte `cOff`. cNode is -1 after any write.
   */
  private cNode = -1;
  private cFirst = 0;
  private cElem = 0;
  private cOff = 0;

  /** The capacity hint of the array-backed list this replaced is not needed: nodes grow as elements come. */
  constructor(_capacity = 0) {}

  static from(items: string[]): ListValue {
    const l = new ListValue();
    for (let i = 0; i < items.length; i++) l.pushTail(items[i]);
    return l;
  }

  get length(): number {
    return this.items === null ? this.len : this.items.length;
  }

  /** Packs a small list's elements into nodes once it has grown past SMALL_MAX. */
  private packIfBig(): void {
    const items = this.items!;
    if (items.length <= SMALL_MAX) return;
    this.items = null;
    this.nodes = [];
    this.len = 0;
    for (let i = 0; i < items.length; i++) this.pushTail(items[i]);
  }

  /** Back to the small form when the last element went. */
  private resetIfEmpty(): void {
    if (this.len === 0) {
      this.items = [];
      this.nodes = NO_NODES;
      this.first = 0;
    }
  }

  encoding(_config: Config): string {
    return "quicklist";
  }

  clone(): ListValue {
    const l = new ListValue();
    if (this.items !== null) {
      l.items = this.items.slice();
      return l;
    }
    l.items = null;
    l.nodes = [];
    for (let i = this.first; i < this.nodes.length; i++) {
      const n = this.nodes[i]!;
      const buf = n.buf === null ? null : n.buf.slice(n.start, n.end);
      l.nodes.push(new ListNode(buf, 0, n.end - n.start, n.count, n.plain));
    }
    l.len = this.len;
    return l;
  }

  toArray(): string[] {
    return this.range(0, this.length - 1);
  }

  /** Elements start..end inclusive (already clamped to the list), head to tail. */
  range(start: number, end: number): string[] {
    if (this.items !== null) return this.items.slice(start, end + 1);
    const out: string[] = new Array(end - start + 1 > 0 ? end - start + 1 : 0);
    for (let i = start, j = 0; i <= end; i++, j++) out[j] = this.at(i);
    return out;
  }

  /** The element at a non-negative index below length. */
  at(index: number): string {
    if (this.items !== null) return this.items[index];
    const node = this.locate(index);
    return node.buf === null ? node.plain! : readEntry(node.buf, this.cOff);
  }

  /** Whether the element at a non-negative index below length is `value` (LPOS, LINSERT, LREM: no decoding). */
  equalsAt(index: number, value: string): boolean {
    if (this.items !== null) return this.items[index] === value;
    const node = this.locate(index);
    return node.buf === null ? node.plain === value : entryEquals(node.buf, this.cOff, value);
  }

  setAt(index: number, value: string): void {
    if (this.items !== null) {
      this.items[index] = value;
      return;
    }
    const node = this.locate(index);
    const size = entrySize(value);
    if (node.buf !== null && size > 0) {
      const old = sizeAt(node.buf, this.cOff);
      if (node.end - node.start - old + size <= NODE_BYTES) {
        const p = spliceGap(node, this.cOff, old, size);
        writeEntry(node.buf!, p, value, size);
        this.cNode = -1;
        return;
      }
    } else if (node.buf === null && size < 0) {
      node.plain = value;
      return;
    }
    this.deleteRange(index, 1);
    this.insertAt(index, value);
  }

  /**
   * Finds the node holding `index` and, in a packed node, the entry's byte offset; both are left in the
   * cursor (cNode, cFirst, cElem, cOff). Walks from the cursor or the nearer end of the list.
   */
  private locate(index: number): ListNode {
    const nodes = this.nodes;
    const base = this.first;
    let ni: number;
    let nFirst: number;
    if (this.cNode >= 0) {
      ni = this.cNode;
      nFirst = this.cFirst;
    } else if (index < this.len >> 1) {
      ni = 0;
      nFirst = 0;
    } else {
      ni = nodes.length - base - 1;
      nFirst = this.len - nodes[base + ni]!.count;
    }
    while (index < nFirst) {
      ni--;
      nFirst -= nodes[base + ni]!.count;
    }
    let node = nodes[base + ni]!;
    while (index >= nFirst + node.count) {
      nFirst += node.count;
      ni++;
      node = nodes[base + ni]!;
    }
    const k = index - nFirst;
    const buf = node.buf;
    let elem = 0;
    let off = node.start;
    if (buf !== null) {
      // Step from whichever known position is nearest: the node's start, its end, or the cursor.
      const fromEnd = node.count - k;
      if (ni === this.cNode && Math.abs(k - this.cElem) < Math.min(k, fromEnd)) {
        elem = this.cElem;
        off = this.cOff;
      } else if (fromEnd < k) {
        elem = node.count;
        off = node.end;
      }
      while (elem < k) {
        off += sizeAt(buf, off);
        elem++;
      }
      while (elem > k) {
        off -= sizeBefore(buf, off);
        elem--;
      }
    }
    this.cNode = ni;
    this.cFirst = nFirst;
    this.cElem = k;
    this.cOff = off;
    return node;
  }

  pushHead(value: string): void {
    if (this.items !== null) {
      // A new array of exactly the new length: push would grow a small array to 17 slots or more.
      this.items = [value].concat(this.items);
      this.packIfBig();
      return;
    }
    this.cNode = -1;
    this.len++;
    const size = entrySize(value);
    const head = this.nodes.length > this.first ? this.nodes[this.first]! : undefined;
    if (size > 0 && head !== undefined && head.buf !== null && head.end - head.start + size <= NODE_BYTES) {
      if (head.start < size) makeRoom(head, size, true);
      head.start -= size;
      writeEntry(head.buf!, head.start, value, size);
      head.count++;
      return;
    }
    this.insertNode(0, nodeOf(value, size, head === undefined ? 0 : NODE_BYTES, true));
  }

  pushTail(value: string): void {
    if (this.items !== null) {
      this.items = this.items.concat(value);
      this.packIfBig();
      return;
    }
    this.cNode = -1;
    this.len++;
    const size = entrySize(value);
    const nodes = this.nodes;
    const tail = nodes.length > this.first ? nodes[nodes.length - 1]! : undefined;
    if (size > 0 && tail !== undefined && tail.buf !== null && tail.end - tail.start + size <= NODE_BYTES) {
      if (tail.buf.length - tail.end < size) makeRoom(tail, size, false);
      writeEntry(tail.buf!, tail.end, value, size);
      tail.end += size;
      tail.count++;
      return;
    }
    nodes.push(nodeOf(value, size, tail === undefined ? 0 : NODE_BYTES, false));
  }

  popHead(): string | undefined {
    if (this.items !== null) return this.items.shift();
    if (this.len === 0) return undefined;
    this.cNode = -1;
    this.len--;
    const node = this.nodes[this.first]!;
    const buf = node.buf;
    if (buf === null) {
      this.removeNodes(0, 1);
      this.resetIfEmpty();
      return node.plain;
    }
    const v = readEntry(buf, node.start);
    if (--node.count === 0) {
      this.removeNodes(0, 1);
      this.resetIfEmpty();
    } else node.start += sizeAt(buf, node.start);
    return v;
  }

  popTail(): string | undefined {
    if (this.items !== null) return this.items.pop();
    if (this.len === 0) return undefined;
    this.cNode = -1;
    this.len--;
    const nodes = this.nodes;
    const node = nodes[nodes.length - 1]!;
    const buf = node.buf;
    if (buf === null) {
      this.removeNodes(nodes.length - this.first - 1, 1);
      this.resetIfEmpty();
      return node.plain;
    }
    const size = sizeBefore(buf, node.end);
    const v = readEntry(buf, node.end - size);
    if (--node.count === 0) {
      this.removeNodes(nodes.length - this.first - 1, 1);
      this.resetIfEmpty();
    } else node.end -= size;
    return v;
  }

  /** Puts `node` at position `at` among the nodes. */
  private insertNode(at: number, node: ListNode): void {
    if (at === 0 && this.first > 0) {
      this.nodes[--this.first] = node;
      return;
    }
    if (at === 0) {
      // Leave free slots before the head as many as there are nodes, so pushing new head nodes is amortized O(1).
      const count = this.nodes.length;
      const slack = count < 4 ? 4 : count;
      const next: (ListNode | undefined)[] = new Array(slack + count);
      for (let i = 0; i < count; i++) next[slack + i] = this.nodes[i];
      this.nodes = next;
      this.first = slack;
      this.nodes[--this.first] = node;
      return;
    }
    this.nodes.splice(this.first + at, 0, node);
  }

  /** Drops `count` nodes from position `at`. */
  private removeNodes(at: number, count: number): void {
    const nodes = this.nodes;
    if (at === 0) {
      for (let i = 0; i < count; i++) nodes[this.first++] = undefined;
      if (this.first === nodes.length) {
        this.nodes = [];
        this.first = 0;
      } else if (this.first > 16 && this.first * 2 > nodes.length) {
        // Mostly free slots at the front (a queue popped at the head): give them back.
        this.nodes = nodes.slice(this.first);
        this.first = 0;
      }
      return;
    }
    if (this.first + at + count === nodes.length) nodes.length -= count;
    else nodes.splice(this.first + at, count);
  }

  /** Inserts `value` so it ends up at `index` (0..length). */
  insertAt(index: number, value: string): void {
    if (this.items !== null) {
      this.items.splice(index, 0, value);
      this.packIfBig();
      return;
    }
    if (index >= this.len) return this.pushTail(value);
    if (index <= 0) return this.pushHead(value);
    const node = this.locate(index);
    const ni = this.cNode;
    const k = this.cElem;
    const off = this.cOff;
    this.cNode = -1;
    this.len++;
    const size = entrySize(value);
    if (size > 0 && node.buf !== null && node.end - node.start + size <= NODE_BYTES) {
      const p = spliceGap(node, off, 0, size);
      writeEntry(node.buf!, p, value, size);
      node.count++;
      return;
    }
    let before: ListNode;
    if (k === 0) {
      // Between two nodes (index > 0, so there is one before).
      before = this.nodes[this.first + ni - 1]!;
    } else {
      // Inside a full packed node: split it there, the entries from `off` on going to a node of their own.
      const buf = node.buf!;
      const right = new Uint8Array(capacityFor(node.end - off));
      right.set(buf.subarray(off, node.end), 0);
      this.insertNode(ni + 1, new ListNode(right, 0, node.end - off, node.count - k, undefined));
      node.end = off;
      node.count = k;
      before = node;
    }
    const at = k === 0 ? ni : ni + 1;
    if (size > 0 && before.buf !== null && before.end - before.start + size <= NODE_BYTES) {
      if (before.buf.length - before.end < size) makeRoom(before, size, false);
      writeEntry(before.buf!, before.end, value, size);
      before.end += size;
      before.count++;
      return;
    }
    this.insertNode(at, nodeOf(value, size, 0, false));
  }

  /** Removes `count` elements from `start` (both within the list). */
  deleteRange(start: number, count: number): void {
    if (count <= 0) return;
    if (this.items !== null) {
      this.items.splice(start, count);
      return;
    }
    this.locate(start);
    let ni = this.cNode;
    let k = this.cElem;
    let off = this.cOff;
    this.cNode = -1;
    this.len -= count;
    const nodes = this.nodes;
    let left = count;
    let dropFrom = -1;
    let dropCount = 0;
    while (left > 0) {
      const node = nodes[this.first + ni]!;
      const m = Math.min(left, node.count - k);
      if (m === node.count) {
        if (dropFrom < 0) dropFrom = ni;
        dropCount++;
      } else {
        // Part of a packed node (a plain node holds one element, so it goes whole).
        const buf = node.buf!;
        let q = off;
        for (let j = 0; j < m; j++) q += sizeAt(buf, q);
        if (k === 0) node.start = q;
        else if (q === node.end) node.end = off;
        else {
          buf.copyWithin(off, q, node.end);
          node.end -= q - off;
        }
        node.count -= m;
      }
      left -= m;
      ni++;
      k = 0;
      if (left > 0) off = nodes[this.first + ni]!.start;
    }
    // Whole nodes removed are consecutive: only the first and last touched can be partial.
    if (dropCount > 0) this.removeNodes(dropFrom, dropCount);
    this.resetIfEmpty();
  }

  /** Keeps only the elements for which `keep` is true, in order; returns how many were removed. */
  retain(keep: (value: string, index: number) => boolean): number {
    if (this.items !== null) {
      const before = this.items.length;
      this.items = this.items.filter(keep);
      return before - this.items.length;
    }
    const nodes = this.nodes;
    const from = this.first;
    const before = this.len;
    this.nodes = [];
    this.first = 0;
    this.len = 0;
    this.cNode = -1;
    let index = 0;
    for (let i = from; i < nodes.length; i++) {
      const node = nodes[i]!;
      const buf = node.buf;
      if (buf === null) {
        if (keep(node.plain!, index++)) this.pushTail(node.plain!);
        continue;
      }
      for (let p = node.start; p < node.end; p += sizeAt(buf, p)) {
        const v = readEntry(buf, p);
        if (keep(v, index++)) this.pushTail(v);
      }
      nodes[i] = undefined;
    }
    const removed = before - this.len;
    this.resetIfEmpty();
    return removed;
  }
}
