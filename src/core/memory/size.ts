/**
 * What a key would take in redis-server 7.0 (object.c's objectComputeSize, plus the key's sds and its
 * dictEntry, as MEMORY USAGE adds them). The model is Redis's allocations rounded up to jemalloc's size
 * classes, so the numbers track redis-server's for the same data (the ratios are in the README), rather than
 * what this process's JavaScript heap holds: maxmemory and MEMORY USAGE speak Redis's bytes, and the heap
 * guard (features/eviction.ts) watches the real heap.
 *
 * Big collections are sampled as Redis samples them: the first `samples` elements, averaged and multiplied
 * by the element count. The accounting behind used_memory asks with a few samples on every write of a
 * collection, so a write to a big hash costs a handful of element sizes, not a walk.
 */
import type { Config } from "../config.ts";
import type { RedisObject, Value } from "../keyspace/types.ts";
import type { HashValue } from "../keyspace/hash.ts";
import type { SetValue } from "../keyspace/set.ts";
import type { ZSetValue } from "../keyspace/zset.ts";
import { NIL } from "../keyspace/zset.ts";
import type { ListValue } from "../keyspace/list.ts";
import type { StreamNode, StreamValue } from "../keyspace/stream.ts";
import type { Dict } from "../keyspace/dict.ts";
import { formatG, parseInt64 } from "../bytes.ts";

/** sizeof(robj), sizeof(dictEntry), sizeof(dict) and the other fixed structures objectComputeSize adds. */
const ROBJ = 16;
export const DICT_ENTRY = 24;
const DICT = 56;
const POINTER = 8;
const ZSET = 16;
const ZSKIPLIST = 32;
/** zmalloc_size of a skiplist header node: 24 bytes plus 32 levels of 16, in jemalloc's 640 class. */
const ZSKIPLIST_HEADER = 640;
/**
 * A skiplist node is 24 bytes plus 16 per level; levels follow ZSKIPLIST_P = 0.25. Its expected allocation,
 * so sizes do not depend on the levels this process drew.
 */
const ZSKIPLIST_NODE = expectedSkiplistNode();
const QUICKLIST = 40;
const QUICKLIST_NODE = 40;
const LISTPACK_HEADER = 6;
const LISTPACK_END = 1;
const INTSET_HEADER = 8;
/** The 8 bytes quicklist adds to an entry's size when deciding whether it still fits a node. */
const SIZE_ESTIMATE_OVERHEAD = 8;
/** quicklist's byte limits per node for list-max-listpack-size -1 .. -5, and the limit for a count fill. */
const QUICKLIST_BYTES = [4096, 8192, 16384, 32768, 65536];
const SIZE_SAFETY_LIMIT = 8192;
/** OBJ_COMPUTE_SIZE_DEF_SAMPLES: MEMORY USAGE without SAMPLES. */
export const DEFAULT_SAMPLES = 5;

/**
 * jemalloc's size class for a request of `n` bytes: 8, then multiples of 16 up to 128, then four classes per
 * doubling (160, 192, 224, 256, 320 ...), which also holds for its page-sized classes.
 */
export function allocSize(bytes: number): number {
  const n = Math.ceil(bytes);
  if (n <= 8) return 8;
  if (n <= 128) return (n + 15) & ~15;
  const k = 31 - Math.clz32(n - 1);
  const step = 2 ** (k - 2);
  return Math.ceil(n / step) * step;
}

/** sdsReqType's header size for a string of `len` bytes; `type5` when the sds may use the 1-byte header. */
export function sdsHeader(len: number, type5: boolean): number {
  if (len < 32 && type5) return 1;
  if (len < 256) return 3;
  if (len < 65536) return 5;
  return len < 4294967296 ? 9 : 17;
}

/** sdsZmallocSize of an sds made by sdsnewlen/sdsdup (keys, hash fields, set members). */
export function sdsSize(len: number): number {
  return allocSize(sdsHeader(len, true) + len + 1);
}

/** A string value: "int" is the bare robj, "embstr" one allocation with its sds, "raw" two. */
export function stringValueSize(v: string): number {
  const len = v.length;
  if (len <= 20 && parseInt64(v) !== null) return ROBJ;
  if (len <= 44) return allocSize(ROBJ + 3 + len + 1);
  return ROBJ + allocSize(sdsHeader(len, false) + len + 1);
}

/**
 * keyUsage of a string value, in integer arithmetic only: the key's sds (type 5 header under 32 bytes), its
 * dictEntry and the value's robj. The write path calls it for every string stored, so it has no float
 * rounding, no try/catch and no call through a function pointer; equal to keyUsage for every string.
 */
export function stringKeyUsage(key: string, v: string): number {
  const klen = key.length;
  const kreq = klen < 32 ? klen + 2 : klen < 256 ? klen + 4 : sdsHeader(klen, true) + klen + 1;
  const kbytes = kreq <= 8 ? 8 : kreq <= 128 ? (kreq + 15) & ~15 : allocSize(kreq);
  const len = v.length;
  if (len > 44) return ROBJ + allocSize(sdsHeader(len, false) + len + 1) + kbytes + DICT_ENTRY;
  // An integer ("int" encoding: the bare robj) starts with a digit or '-'; anything else is an embstr.
  const c = len === 0 ? 0 : v.charCodeAt(0);
  if (len <= 20 && (c === 45 || (c >= 48 && c <= 57)) && parseInt64(v) !== null) return ROBJ + kbytes + DICT_ENTRY;
  return ((len + 35) & ~15) + kbytes + DICT_ENTRY;
}

/** Bytes a listpack entry takes for `s` (lpEncodeBacklen included): integers get the integer encodings. */
export function listpackEntrySize(s: string): number {
  let body: number;
  const n = s.length <= 20 ? parseInt64(s) : null;
  if (n !== null) {
    if (typeof n === "bigint") body = 9;
    else if (n >= 0 && n <= 127) body = 1;
    else if (n >= -4096 && n <= 4095) body = 2;
    else if (n >= -32768 && n <= 32767) body = 3;
    else if (n >= -8388608 && n <= 8388607) body = 4;
    else if (n >= -2147483648 && n <= 2147483647) body = 5;
    else body = 9;
  } else {
    const len = s.length;
    body = len < 64 ? 1 + len : len < 4096 ? 2 + len : 5 + len;
  }
  return body + (body < 128 ? 1 : body < 16384 ? 2 : body < 2097152 ? 3 : body < 268435456 ? 4 : 5);
}

/** A listpack's allocation for entries totalling `bytes`. */
function listpackAlloc(bytes: number): number {
  return allocSize(LISTPACK_HEADER + bytes + LISTPACK_END);
}

/** How a score is written into a listpack (d2string: an integer when it is one, else "%.17g"). */
function scoreText(score: number): string {
  return Number.isSafeInteger(score) ? String(score) : formatG(score, 17);
}

/** dictSlots for a table holding `n` entries: the power of two it grew to (DICT_HT_INITIAL_SIZE is 4). */
function dictSlots(n: number): number {
  let s = 4;
  while (s < n) s *= 2;
  return s;
}

/** Calls `fn` on up to `limit` entries of a Dict, in slot order (Redis's iterator order stands in). */
function firstEntries<V>(d: Dict<V>, limit: number, fn: (k: string, v: V) => void): number {
  const keys = d.keys;
  let seen = 0;
  for (let s = 0; s < keys.length && seen < limit; s++) {
    const k = keys[s];
    if (k === undefined) continue;
    fn(k, d.vals[s] as V);
    seen++;
  }
  return seen;
}

function hashSize(h: HashValue, samples: number, config: Config): number {
  const n = h.size;
  if (h.encoding(config) === "listpack") {
    // A listpack is small and measured whole, as Redis takes its byte count.
    let bytes = 0;
    h.dict.forEach((f, v) => (bytes += listpackEntrySize(f) + listpackEntrySize(v)));
    return ROBJ + listpackAlloc(bytes);
  }
  let ele = 0;
  const seen = firstEntries(h.dict, samples, (f, v) => (ele += sdsSize(f.length) + sdsSize(v.length) + DICT_ENTRY));
  return ROBJ + DICT + POINTER * dictSlots(n) + (seen === 0 ? 0 : (ele / seen) * n);
}

function setSize(s: SetValue, samples: number, config: Config): number {
  const n = s.size;
  if (s.encoding(config) === "intset") {
    // The intset's width is its widest member's.
    let width = 2;
    s.dict.forEach((m) => {
      const v = Number(m);
      if (width < 8 && (v < -2147483648 || v > 2147483647)) width = 8;
      else if (width < 4 && (v < -32768 || v > 32767)) width = 4;
    });
    return ROBJ + allocSize(INTSET_HEADER + width * n);
  }
  let ele = 0;
  const seen = firstEntries(s.dict, samples, (m) => (ele += sdsSize(m.length) + DICT_ENTRY));
  return ROBJ + DICT + POINTER * dictSlots(n) + (seen === 0 ? 0 : (ele / seen) * n);
}

function zsetSize(z: ZSetValue, samples: number, config: Config): number {
  const n = z.size;
  if (z.encoding(config) === "listpack") {
    let bytes = 0;
    for (let x = z.first(); x !== NIL; x = z.next(x)) {
      bytes += listpackEntrySize(z.memberOf(x)) + listpackEntrySize(scoreText(z.scoreOf(x)));
    }
    return ROBJ + listpackAlloc(bytes);
  }
  let ele = 0;
  const seen = firstEntries(z.dict, samples, (m) => (ele += sdsSize(m.length) + DICT_ENTRY + ZSKIPLIST_NODE));
  const fixed = ROBJ + ZSET + ZSKIPLIST + DICT + POINTER * dictSlots(n) + ZSKIPLIST_HEADER;
  return fixed + (seen === 0 ? 0 : (ele / seen) * n);
}

/** Lists up to this long are packed element by element; longer ones from a sample of their first elements. */
const LIST_WALK = 256;
const LIST_SAMPLE = 64;

/**
 * A quicklist: elements packed into listpack nodes as quicklist does (_quicklistNodeAllowInsert under
 * list-max-listpack-size). A long list is packed arithmetically from the average of its first elements, so
 * a push to it costs a sample, not a walk.
 */
function listSize(l: ListValue, config: Config): number {
  return quicklistShape(l, config).bytes;
}

/** The quicklist `l` would be in Redis: its bytes (robj and header included) and its node count. */
function quicklistShape(l: ListValue, config: Config): { bytes: number; nodes: number } {
  const n = l.length;
  if (n === 0) return { bytes: ROBJ + QUICKLIST, nodes: 0 };
  const fill = config.getNumber("list-max-listpack-size");
  const byteLimit = fill < 0 ? QUICKLIST_BYTES[Math.min(-fill, 5) - 1] : SIZE_SAFETY_LIMIT;
  const countLimit = fill > 0 ? fill : Infinity;
  if (n <= LIST_WALK) {
    let total = 0;
    let nodes = 1;
    let nodeBytes = 0;
    let nodeCount = 0;
    for (let i = 0; i < n; i++) {
      const e = l.at(i);
      const lpSize = LISTPACK_HEADER + LISTPACK_END + nodeBytes;
      if (nodeCount > 0 && (lpSize + e.length + SIZE_ESTIMATE_OVERHEAD > byteLimit || nodeCount + 1 > countLimit)) {
        total += QUICKLIST_NODE + listpackAlloc(nodeBytes);
        nodes++;
        nodeBytes = 0;
        nodeCount = 0;
      }
      nodeBytes += listpackEntrySize(e);
      nodeCount++;
    }
    return { bytes: ROBJ + QUICKLIST + total + QUICKLIST_NODE + listpackAlloc(nodeBytes), nodes };
  }
  let entryBytes = 0;
  let rawBytes = 0;
  for (let i = 0; i < LIST_SAMPLE; i++) {
    const e = l.at(i);
    entryBytes += listpackEntrySize(e);
    rawBytes += e.length;
  }
  const entry = entryBytes / LIST_SAMPLE;
  const raw = rawBytes / LIST_SAMPLE;
  const fits = Math.floor((byteLimit - LISTPACK_HEADER - LISTPACK_END - SIZE_ESTIMATE_OVERHEAD - raw) / entry) + 1;
  const perNode = Math.max(1, Math.min(countLimit, fits));
  const full = Math.floor(n / perNode);
  const rest = n - full * perNode;
  const fullNode = QUICKLIST_NODE + listpackAlloc(perNode * entry);
  const bytes = ROBJ + QUICKLIST + full * fullNode + (rest > 0 ? QUICKLIST_NODE + listpackAlloc(rest * entry) : 0);
  return { bytes, nodes: full + (rest > 0 ? 1 : 0) };
}

/** sizeof(stream), sizeof(streamID), sizeof(streamCG), sizeof(streamConsumer), sizeof(streamNACK). */
const STREAM = 80;
const STREAM_ID = 16;
const STREAM_CG = 40;
const STREAM_CONSUMER = 24;
const STREAM_NACK = 24;
/** streamRadixTreeMemoryUsage's per-node figure: sizeof(raxNode) plus its fixed guess of 30 pointers. */
const RAX_NODE = 4 + POINTER * 30;

/** streamRadixTreeMemoryUsage of a rax of `numele` IDs in `numnodes` nodes. */
function streamRaxSize(numele: number, numnodes: number): number {
  return numele * STREAM_ID + numnodes * RAX_NODE;
}

/**
 * A PEL's rax, whose node count is not kept: n IDs of nearby times take 2n + 2 nodes (a compressed run
 * and a parting node, then each ID's compressed tail and leaf; redis-server's figures match exactly for
 * IDs that differ in their last byte of milliseconds, within 0.5% for a spread of them), a lone ID 2, an
 * empty PEL its root.
 */
function pelSize(n: number): number {
  return streamRaxSize(n, n < 2 ? n + 1 : 2 * n + 2);
}

/** zmalloc_size of a node's listpack, kept on the node while its reservation stays (the accounting asks per write). */
function nodeAlloc(node: StreamNode): number {
  if (node.allocCacheFor !== node.reserved) {
    node.allocCache = allocSize(node.reserved);
    node.allocCacheFor = node.reserved;
  }
  return node.allocCache;
}

/**
 * objectComputeSize's stream branch: the rax of nodes, the listpacks (the first `samples` averaged over
 * all but the last, which is counted as it is), and per group its PEL with the NACKs and its consumers.
 */
function streamSize(st: StreamValue, samples: number): number {
  let size = ROBJ + STREAM + streamRaxSize(st.nodes.length, st.radixTreeNodes());
  const nodes = st.nodes;
  let lpsize = 0;
  let seen = 0;
  for (; seen < samples && seen < nodes.length; seen++) lpsize += nodeAlloc(nodes[seen]);
  if (nodes.length <= seen) size += lpsize;
  else {
    if (seen > 0) lpsize = Math.floor(lpsize / seen);
    size += lpsize * (nodes.length - 1) + nodeAlloc(nodes[nodes.length - 1]);
  }
  for (const cg of st.groups?.values() ?? []) {
    size += STREAM_CG + pelSize(cg.pel.size) + STREAM_NACK * cg.pel.size;
    for (const consumer of cg.consumers.values()) {
      size += STREAM_CONSUMER + consumer.name.length + pelSize(consumer.pel.size);
    }
  }
  return size;
}

/** A value of a type this module does not model (a stream before it says its size): a fixed guess. */
function otherSize(v: RedisObject, samples: number): number {
  const sized = v as RedisObject & { memoryUsage?: (samples: number) => number };
  const n = typeof sized.memoryUsage === "function" ? sized.memoryUsage(samples) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : UNKNOWN_VALUE_SIZE;
}

const UNKNOWN_VALUE_SIZE = 1024;

/** objectComputeSize: the value's bytes, sampling up to `samples` elements of a collection. */
export function valueSize(v: Value, samples: number, config: Config): number {
  if (typeof v === "string") return stringValueSize(v);
  // A BigString (keyspace/bigstr.ts): a raw sds of its length.
  if (v.type === "string") return ROBJ + allocSize(sdsHeader(v.length, false) + v.length + 1);
  try {
    return collectionSize(v, samples, config);
  } catch {
    // A value that is not what its type says (an embedder's or a test's stand-in): a write must not fail
    // because its size could not be taken.
    return otherSize(v, samples);
  }
}

function collectionSize(v: RedisObject, samples: number, config: Config): number {
  switch (v.type) {
    case "hash":
      return hashSize(v as HashValue, samples, config);
    case "set":
      return setSize(v as SetValue, samples, config);
    case "zset":
      return zsetSize(v as ZSetValue, samples, config);
    case "list":
      return listSize(v as ListValue, config);
    case "stream":
      return streamSize(v as StreamValue, samples);
    default:
      return otherSize(v, samples);
  }
}

/** MEMORY USAGE: the value, the key's sds and its dictEntry. */
export function keyUsage(key: string, v: Value, samples: number, config: Config): number {
  // A string (the common write) without valueSize's try/catch, which keeps JavaScriptCore from inlining it.
  if (typeof v === "string") return stringKeyUsage(key, v);
  return Math.floor(valueSize(v, samples, config)) + sdsSize(key.length) + DICT_ENTRY;
}

function expectedSkiplistNode(): number {
  let e = 0;
  let p = 0.75;
  for (let level = 1; level <= 32; level++) {
    e += p * allocSize(24 + 16 * level);
    p *= 0.25;
  }
  return e;
}

/** LAZYFREE_THRESHOLD: a value that takes more allocations than this to free is freed in the background. */
export const LAZYFREE_THRESHOLD = 64;

/**
 * lazyfreeGetFreeEffort: how many allocations freeing `v` takes in Redis: a list's quicklist nodes, a hash
 * table's or skiplist's elements, a stream's rax nodes plus its groups (each with the first group's PEL),
 * else 1 (a string or a packed collection is one allocation).
 */
export function freeEffort(v: Value, config: Config): number {
  if (typeof v === "string") return 1;
  switch (v.type) {
    case "list":
      return quicklistShape(v as ListValue, config).nodes;
    case "hash": {
      const h = v as HashValue;
      return h.encoding(config) === "hashtable" ? h.size : 1;
    }
    case "set": {
      const s = v as SetValue;
      return s.encoding(config) === "hashtable" ? s.size : 1;
    }
    case "zset": {
      const z = v as ZSetValue;
      return z.encoding(config) === "skiplist" ? z.size : 1;
    }
    case "stream": {
      const st = v as StreamValue;
      let effort = st.radixTreeNodes();
      const groups = st.groups;
      if (groups !== undefined && groups !== null && groups.size > 0) {
        const first = groups.values().next().value!;
        effort += groups.size * (1 + first.pel.size);
      }
      return effort;
    }
    default:
      return 1;
  }
}
