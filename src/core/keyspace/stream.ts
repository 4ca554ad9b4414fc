/**
 * The stream type (t_stream.c's data structure half, stream.h). Entries live in nodes that mirror Redis's
 * radix-tree listpacks: a node is keyed by its master ID (the first entry added to it), holds up to
 * `stream-node-max-entries` entries (live and deleted) and is closed when its listpack would reach
 * `stream-node-max-bytes`. The node's listpack size is tracked byte for byte as Redis would encode it, so
 * node boundaries, and with them approximate trimming (`~`, which removes whole nodes only), match
 * redis-server. Nodes sit in an array sorted by master ID: seeking an ID is two binary searches.
 *
 * Consumer groups keep a pending-entries list (PEL) per group and per consumer, sorted by ID and sharing
 * the NACK records, as Redis's rax pair does.
 */
import type { Config } from "../config.ts";
import type { RedisObject } from "./types.ts";
import type { StreamID } from "./streamid.ts";
import { ID_MAX, ID_ZERO, idMs, idSeq, incrId, streamId } from "./streamid.ts";
import { parseInt64 } from "../bytes.ts";

export const STREAM_ITEM_FLAG_NONE = 0;
export const STREAM_ITEM_FLAG_DELETED = 1;
export const STREAM_ITEM_FLAG_SAMEFIELDS = 2;
/** SCG_INVALID_ENTRIES_READ: a group whose read counter is unknown. */
export const SCG_INVALID_ENTRIES_READ = -1;
/** STREAM_LISTPACK_MAX_SIZE: a listpack holds at most 1 GB. */
export const STREAM_LISTPACK_MAX_SIZE = 1 << 30;

// ---- Listpack sizes (listpack.c), to know when Redis would start a new node ----

function backlenSize(l: number): number {
  return l <= 127 ? 1 : l < 16383 ? 2 : l < 2097151 ? 3 : l < 268435455 ? 4 : 5;
}

/** Bytes of an integer entry (lpEncodeIntegerGetType) with its backlen. */
function lpIntSize(v: number | bigint): number {
  const n = v;
  if (n >= 0 && n <= 127) return 2;
  if (n >= -4096 && n <= 4095) return 3;
  if (n >= -32768 && n <= 32767) return 4;
  if (n >= -8388608 && n <= 8388607) return 5;
  if (n >= -2147483648 && n <= 2147483647) return 6;
  return 10;
}

/** Bytes of a string entry as lpAppend stores it: integers as integers (lpStringToInt64). */
export function lpEntrySize(s: string): number {
  const len = s.length;
  if (len <= 20 && len > 0) {
    const c = s.charCodeAt(len - 1);
    if (c >= 48 && c <= 57) {
      const v = parseInt64(s);
      if (v !== null) return lpIntSize(v);
    }
  }
  const enc = len < 64 ? 1 + len : len < 4096 ? 2 + len : 5 + len;
  return enc + backlenSize(enc);
}

/** id.part - master.part as lpAppendInteger stores it (an int64 after unsigned wrap-around). */
function delta(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return BigInt.asIntN(64, BigInt(a) - BigInt(b));
}

/** Index of the first of the sorted `ids` that is >= `id` (ids.length when none). */
function lowerBound(ids: readonly StreamID[], id: StreamID): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---- Nodes ----

/** One radix-tree node: a listpack of entries sharing a master entry. */
export class StreamNode {
  masterId: StreamID;
  /** The master entry's fields (those of the first entry added). */
  masterFields: string[];
  ids: StreamID[] = [];
  /** Field/value pairs per entry, flat; fields equal to the master's are the master's strings. */
  fields: string[][] = [];
  /** STREAM_ITEM_FLAG_* per entry. */
  flags: number[] = [];
  /** Live entries and entries marked deleted (the master entry's count and deleted). */
  count = 0;
  deleted = 0;
  /** lpBytes of the listpack Redis would hold. */
  bytes: number;

  constructor(masterId: StreamID, masterFields: string[]) {
    this.masterId = masterId;
    this.masterFields = masterFields;
    // Header, count, deleted, num-fields, fields, the master terminator 0, EOF.
    let b = 6 + lpIntSize(0) + lpIntSize(0) + lpIntSize(masterFields.length) + lpIntSize(0) + 1;
    for (const f of masterFields) b += lpEntrySize(f);
    this.bytes = b;
  }

  /** Sets count and deleted, keeping the byte size as lpReplaceInteger would leave it. */
  setCounts(count: number, deleted: number): void {
    this.bytes += lpIntSize(count) - lpIntSize(this.count) + lpIntSize(deleted) - lpIntSize(this.deleted);
    this.count = count;
    this.deleted = deleted;
  }

  /** Index of the first entry with id >= `id` (entries.length when none). */
  lowerBound(id: StreamID): number {
    return lowerBound(this.ids, id);
  }

  /** Whether the entry's fields are the master's (STREAM_ITEM_FLAG_SAMEFIELDS). */
  sameFields(i: number): boolean {
    return (this.flags[i] & STREAM_ITEM_FLAG_SAMEFIELDS) !== 0;
  }

  clone(): StreamNode {
    const n = new StreamNode(this.masterId, this.masterFields);
    n.ids = this.ids.slice();
    n.fields = this.fields.slice();
    n.flags = this.flags.slice();
    n.count = this.count;
    n.deleted = this.deleted;
    n.bytes = this.bytes;
    return n;
  }
}

// ---- Consumer groups ----

/** streamNACK: a delivered, not yet acknowledged entry. */
export interface StreamNACK {
  deliveryTime: number;
  deliveryCount: number;
  consumer: StreamConsumer | null;
}

/** A map from ID to value kept in ID order, with seeks (a PEL). */
export class IdMap<V> {
  private keys: StreamID[] = [];
  private vals = new Map<StreamID, V>();

  get size(): number {
    return this.keys.length;
  }

  get(id: StreamID): V | undefined {
    return this.vals.get(id);
  }

  has(id: StreamID): boolean {
    return this.vals.has(id);
  }

  /** Inserts or replaces. */
  set(id: StreamID, v: V): void {
    if (!this.vals.has(id)) {
      const keys = this.keys;
      if (keys.length === 0 || keys[keys.length - 1] < id) keys.push(id);
      else keys.splice(this.lowerBound(id), 0, id);
    }
    this.vals.set(id, v);
  }

  delete(id: StreamID): boolean {
    if (!this.vals.delete(id)) return false;
    const i = this.lowerBound(id);
    this.keys.splice(i, 1);
    return true;
  }

  /** Index of the first key >= id. */
  lowerBound(id: StreamID): number {
    return lowerBound(this.keys, id);
  }

  /** Up to `count` entries (0: all) from the first key >= start, in order. */
  take(start: StreamID, count: number): [StreamID, V][] {
    const out: [StreamID, V][] = [];
    for (let i = this.lowerBound(start); i < this.keys.length && (count === 0 || out.length < count); i++) {
      out.push([this.keys[i], this.vals.get(this.keys[i])!]);
    }
    return out;
  }

  keyAt(i: number): StreamID {
    return this.keys[i];
  }

  first(): StreamID | undefined {
    return this.keys[0];
  }

  last(): StreamID | undefined {
    return this.keys[this.keys.length - 1];
  }

  /** Entries from the first key >= start, in order, while `fn` returns true. Safe against deletion of the current key. */
  *from(start: StreamID): Generator<[StreamID, V]> {
    let i = this.lowerBound(start);
    while (i < this.keys.length) {
      const k = this.keys[i];
      yield [k, this.vals.get(k)!];
      // The key may have been removed meanwhile: continue after it either way.
      if (this.keys[i] === k) i++;
    }
  }
}

export interface StreamConsumer {
  name: string;
  seenTime: number;
  pel: IdMap<StreamNACK>;
}

export interface StreamCG {
  name: string;
  lastId: StreamID;
  entriesRead: number;
  pel: IdMap<StreamNACK>;
  consumers: Map<string, StreamConsumer>;
}

/** Byte order of names (raxes iterate in memcmp order, which one-byte JS strings share). */
function byName<T extends { name: string }>(m: Map<string, T>): T[] {
  return [...m.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// ---- Trimming ----

export const TRIM_STRATEGY_NONE = 0;
export const TRIM_STRATEGY_MAXLEN = 1;
export const TRIM_STRATEGY_MINID = 2;

/** streamAddTrimArgs' trimming half. */
export interface TrimArgs {
  strategy: number;
  approx: boolean;
  /** Maximum entries to remove; 0: no limit. */
  limit: number;
  maxlen: number;
  minid: StreamID;
}

/** Why streamAppendItem refused: an ID not above the top one (EDOM), or elements too large (ERANGE). */
export const APPEND_EDOM = 1;
export const APPEND_ERANGE = 2;

// ---- The stream ----

export class StreamValue implements RedisObject {
  readonly type = "stream" as const;
  nodes: StreamNode[] = [];
  length = 0;
  lastId: StreamID = ID_ZERO;
  firstId: StreamID = ID_ZERO;
  maxDeletedId: StreamID = ID_ZERO;
  entriesAdded = 0;
  groups: Map<string, StreamCG> | null = null;

  encoding(_config: Config): string {
    return "stream";
  }

  /** streamDup: an independent copy, groups and PELs included. */
  clone(): StreamValue {
    const s = new StreamValue();
    s.nodes = this.nodes.map((n) => n.clone());
    s.length = this.length;
    s.lastId = this.lastId;
    s.firstId = this.firstId;
    s.maxDeletedId = this.maxDeletedId;
    s.entriesAdded = this.entriesAdded;
    if (this.groups !== null) {
      for (const g of this.groups.values()) {
        const cg = s.createGroup(g.name, g.lastId, g.entriesRead)!;
        for (const c of g.consumers.values()) {
          const nc: StreamConsumer = { name: c.name, seenTime: c.seenTime, pel: new IdMap() };
          cg.consumers.set(c.name, nc);
        }
        for (const [id, nack] of g.pel.from(ID_ZERO)) {
          const consumer = nack.consumer === null ? null : cg.consumers.get(nack.consumer.name)!;
          const copy: StreamNACK = { deliveryTime: nack.deliveryTime, deliveryCount: nack.deliveryCount, consumer };
          cg.pel.set(id, copy);
          consumer?.pel.set(id, copy);
        }
      }
    }
    return s;
  }

  /** Number of radix-tree keys (XINFO STREAM radix-tree-keys). */
  get nodeCount(): number {
    return this.nodes.length;
  }

  /**
   * streamAppendItem: adds an entry of field/value pairs `fv`. `useId` is an explicit ID (its sequence
   * generated when !seqGiven); without it the next ID after `now`. Returns the ID or APPEND_EDOM/ERANGE.
   */
  append(
    fv: string[],
    useId: StreamID | null,
    seqGiven: boolean,
    now: number,
    nodeMaxBytes: number,
    nodeMaxEntries: number,
  ): StreamID | number {
    let id: StreamID;
    if (useId !== null) {
      if (seqGiven) id = useId;
      else if (this.lastId.slice(0, 8) === useId.slice(0, 8)) {
        // Redis fails here before setting errno: the reply is the "too large" one.
        if (this.lastId.slice(8) === "\xff".repeat(8)) return APPEND_ERANGE;
        id = incrId(this.lastId)!;
      } else id = useId;
    } else {
      id = this.nextId(now);
    }
    if (id <= this.lastId) return APPEND_EDOM;
    let totelelen = 0;
    for (let i = 0; i < fv.length; i++) totelelen += fv[i].length;
    if (totelelen > STREAM_LISTPACK_MAX_SIZE) return APPEND_ERANGE;

    let node = this.nodes.length > 0 ? this.nodes[this.nodes.length - 1] : null;
    if (node !== null) {
      let maxBytes = nodeMaxBytes;
      if (maxBytes === 0 || maxBytes > STREAM_LISTPACK_MAX_SIZE) maxBytes = STREAM_LISTPACK_MAX_SIZE;
      if (node.bytes + totelelen >= maxBytes) node = null;
      else if (nodeMaxEntries && node.count + node.deleted >= nodeMaxEntries) node = null;
    }
    const numfields = fv.length / 2;
    let flags = STREAM_ITEM_FLAG_NONE;
    let stored = fv;
    if (node === null) {
      const masterFields: string[] = [];
      for (let i = 0; i < fv.length; i += 2) masterFields.push(fv[i]);
      node = new StreamNode(id, masterFields);
      this.nodes.push(node);
      flags = STREAM_ITEM_FLAG_SAMEFIELDS;
    } else {
      const mf = node.masterFields;
      if (mf.length === numfields) {
        let i = 0;
        while (i < numfields && mf[i] === fv[i * 2]) i++;
        if (i === numfields) flags = STREAM_ITEM_FLAG_SAMEFIELDS;
      }
    }
    if (flags === STREAM_ITEM_FLAG_SAMEFIELDS) {
      // Share the master's field strings: only the values cost memory.
      const mf = node.masterFields;
      if (fv[0] !== mf[0] || fv.length > 2) {
        stored = fv.slice();
        for (let i = 0; i < numfields; i++) stored[i * 2] = mf[i];
      }
    }
    node.setCounts(node.count + 1, node.deleted);
    node.bytes += this.entrySize(node, id, fv, flags);
    node.ids.push(id);
    node.fields.push(stored);
    node.flags.push(flags);
    this.length++;
    this.entriesAdded++;
    this.lastId = id;
    if (this.length === 1) this.firstId = id;
    return id;
  }

  /** The listpack bytes of one entry (flags, ms and seq deltas, [num-fields, fields], values, lp-count). */
  private entrySize(node: StreamNode, id: StreamID, fv: string[], flags: number): number {
    const same = (flags & STREAM_ITEM_FLAG_SAMEFIELDS) !== 0;
    const numfields = fv.length / 2;
    let b = lpIntSize(flags);
    b += lpIntSize(delta(idMs(id), idMs(node.masterId)));
    b += lpIntSize(delta(idSeq(id), idSeq(node.masterId)));
    if (!same) b += lpIntSize(numfields);
    for (let i = 0; i < fv.length; i += 2) {
      if (!same) b += lpEntrySize(fv[i]);
      b += lpEntrySize(fv[i + 1]);
    }
    b += lpIntSize(same ? numfields + 3 : numfields * 2 + 4);
    return b;
  }

  /** streamNextID: the current millisecond, or the last ID's successor when the clock is not ahead. */
  nextId(now: number): StreamID {
    const lastMs = idMs(this.lastId);
    if (typeof lastMs === "number" && now > lastMs) return streamId(now, 0);
    return incrId(this.lastId) ?? this.lastId;
  }

  /** Index of the node that would hold `id` (the last with master ID <= id), or -1. */
  private nodeFor(id: StreamID): number {
    const nodes = this.nodes;
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (nodes[mid].masterId <= id) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The live entry `id`'s field/value pairs, or null (streamEntryExists + lookup). */
  get(id: StreamID): string[] | null {
    const ni = this.nodeFor(id);
    if (ni < 0) return null;
    const node = this.nodes[ni];
    const i = node.lowerBound(id);
    if (i >= node.ids.length || node.ids[i] !== id || (node.flags[i] & STREAM_ITEM_FLAG_DELETED) !== 0) return null;
    return node.fields[i];
  }

  /**
   * Visits live entries with start <= id <= end in order (reverse when `rev`), until `fn` returns false.
   * streamIteratorStart/GetID.
   */
  range(start: StreamID, end: StreamID, rev: boolean, fn: (id: StreamID, fv: string[]) => boolean): void {
    if (start > end) return;
    const nodes = this.nodes;
    if (!rev) {
      let ni = this.nodeFor(start);
      if (ni < 0) ni = 0;
      let i = ni < nodes.length ? nodes[ni].lowerBound(start) : 0;
      for (; ni < nodes.length; ni++, i = 0) {
        const node = nodes[ni];
        if (node.masterId > end) return;
        const ids = node.ids;
        for (; i < ids.length; i++) {
          const id = ids[i];
          if (id > end) return;
          if ((node.flags[i] & STREAM_ITEM_FLAG_DELETED) !== 0) continue;
          if (!fn(id, node.fields[i])) return;
        }
      }
    } else {
      let ni = this.nodeFor(end);
      if (ni < 0) return;
      let i = nodes[ni].lowerBound(incrId(end) ?? ID_MAX) - 1;
      if (end === ID_MAX) i = nodes[ni].ids.length - 1;
      for (; ni >= 0; ni--, i = ni >= 0 ? nodes[ni].ids.length - 1 : 0) {
        const node = nodes[ni];
        const ids = node.ids;
        for (; i >= 0; i--) {
          const id = ids[i];
          if (id < start) return;
          if ((node.flags[i] & STREAM_ITEM_FLAG_DELETED) !== 0) continue;
          if (!fn(id, node.fields[i])) return;
        }
      }
    }
  }

  /** streamGetEdgeID: the first (or last) live ID, or null when empty. */
  edgeId(first: boolean): StreamID | null {
    let found: StreamID | null = null;
    this.range(ID_ZERO, ID_MAX, !first, (id) => {
      found = id;
      return false;
    });
    return found;
  }

  /** streamLastValidID: the last live entry's ID (0-0 when empty). */
  lastValidId(): StreamID {
    return this.edgeId(false) ?? ID_ZERO;
  }

  /** streamDeleteItem: marks the entry deleted (the node goes when it was its last live entry). */
  delete(id: StreamID): boolean {
    const ni = this.nodeFor(id);
    if (ni < 0) return false;
    const node = this.nodes[ni];
    const i = node.lowerBound(id);
    if (i >= node.ids.length || node.ids[i] !== id || (node.flags[i] & STREAM_ITEM_FLAG_DELETED) !== 0) return false;
    if (node.count === 1) this.nodes.splice(ni, 1);
    else {
      node.flags[i] |= STREAM_ITEM_FLAG_DELETED;
      node.setCounts(node.count - 1, node.deleted + 1);
    }
    this.length--;
    return true;
  }

  /** streamTrim: removes entries from the head by MAXLEN or MINID; returns how many. */
  trim(args: TrimArgs): number {
    if (args.strategy === TRIM_STRATEGY_NONE) return 0;
    const maxlen = args.maxlen;
    let deleted = 0;
    let removeNodes = 0;
    const nodes = this.nodes;
    while (removeNodes < nodes.length) {
      if (args.strategy === TRIM_STRATEGY_MAXLEN && this.length <= maxlen) break;
      const node = nodes[removeNodes];
      const entries = node.count;
      if (args.limit && deleted + entries > args.limit) break;
      let removeNode: boolean;
      if (args.strategy === TRIM_STRATEGY_MAXLEN) {
        removeNode = this.length - entries >= maxlen;
      } else {
        // lpGetEdgeStreamID: the node's last entry, deleted or not.
        removeNode = node.ids[node.ids.length - 1] < args.minid;
      }
      if (removeNode) {
        removeNodes++;
        this.length -= entries;
        deleted += entries;
        continue;
      }
      if (args.approx) break;
      let fromNode = 0;
      for (let i = 0; i < node.ids.length; i++) {
        const stop = args.strategy === TRIM_STRATEGY_MAXLEN ? this.length <= maxlen : node.ids[i] >= args.minid;
        if (stop) break;
        if ((node.flags[i] & STREAM_ITEM_FLAG_DELETED) === 0) {
          node.flags[i] |= STREAM_ITEM_FLAG_DELETED;
          fromNode++;
          this.length--;
        }
      }
      deleted += fromNode;
      node.setCounts(entries - fromNode, node.deleted + fromNode);
      break;
    }
    if (removeNodes > 0) nodes.splice(0, removeNodes);
    if (this.length === 0) this.firstId = ID_ZERO;
    else if (deleted) this.firstId = this.edgeId(true)!;
    return deleted;
  }

  // ---- consumer groups ----

  /** streamCreateCG: null when a group of that name exists. */
  createGroup(name: string, lastId: StreamID, entriesRead: number): StreamCG | null {
    if (this.groups === null) this.groups = new Map();
    if (this.groups.has(name)) return null;
    const cg: StreamCG = { name, lastId, entriesRead, pel: new IdMap(), consumers: new Map() };
    this.groups.set(name, cg);
    return cg;
  }

  /** streamLookupCG */
  group(name: string): StreamCG | null {
    return this.groups?.get(name) ?? null;
  }

  /** The groups in name order (the rax's). */
  groupsInOrder(): StreamCG[] {
    return this.groups === null ? [] : byName(this.groups);
  }

  get groupCount(): number {
    return this.groups === null ? 0 : this.groups.size;
  }

  /** streamRangeHasTombstones: whether a deleted entry may lie in [start, end]. */
  rangeHasTombstones(start: StreamID | null, end: StreamID | null): boolean {
    if (this.length === 0 || this.maxDeletedId === ID_ZERO) return false;
    if (this.firstId > this.maxDeletedId) return false;
    const s = start ?? ID_ZERO;
    const e = end ?? ID_MAX;
    return s <= this.maxDeletedId && this.maxDeletedId <= e;
  }

  /** streamEstimateDistanceFromFirstEverEntry: the logical read counter of `id`, or -1 when unknown. */
  estimateDistanceFromFirstEverEntry(id: StreamID): number {
    if (!this.entriesAdded) return 0;
    if (!this.length && id <= this.lastId) return this.entriesAdded;
    if (id === this.lastId) return this.entriesAdded;
    if (id > this.lastId) return SCG_INVALID_ENTRIES_READ;
    if (this.maxDeletedId === ID_ZERO || this.maxDeletedId < this.firstId) {
      if (id < this.firstId) return this.entriesAdded - this.length;
      if (id === this.firstId) return this.entriesAdded - this.length + 1;
    }
    return SCG_INVALID_ENTRIES_READ;
  }

  /** The group's lag (streamReplyWithCGLag), or null when it cannot be known. */
  groupLag(cg: StreamCG): number | null {
    if (!this.entriesAdded) return 0;
    if (cg.entriesRead !== SCG_INVALID_ENTRIES_READ && !this.rangeHasTombstones(cg.lastId, null)) {
      return this.entriesAdded - cg.entriesRead;
    }
    const read = this.estimateDistanceFromFirstEverEntry(cg.lastId);
    return read === SCG_INVALID_ENTRIES_READ ? null : this.entriesAdded - read;
  }
}

/** streamCreateConsumer without the signals: null when it exists. */
export function createConsumer(cg: StreamCG, name: string, now: number): StreamConsumer | null {
  if (cg.consumers.has(name)) return null;
  const c: StreamConsumer = { name, seenTime: now, pel: new IdMap() };
  cg.consumers.set(name, c);
  return c;
}

/** The consumers of a group in name order. */
export function consumersInOrder(cg: StreamCG): StreamConsumer[] {
  return byName(cg.consumers);
}

/** streamDelConsumer: drops the consumer and its pending entries from the group's PEL. */
export function deleteConsumer(cg: StreamCG, consumer: StreamConsumer): void {
  for (const [id] of consumer.pel.from(ID_ZERO)) cg.pel.delete(id);
  cg.consumers.delete(consumer.name);
}
