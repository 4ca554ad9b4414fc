/**
 * Streams in RDB files and DUMP payloads (rdb.c's OBJ_STREAM branches), as Redis 7.0 writes them
 * (RDB_TYPE_STREAM_LISTPACKS_2): each node as its 16-byte master ID and the listpack Redis would hold
 * (master entry, then delta-encoded entries, deleted ones included), the length, last, first and
 * max-deleted IDs, entries-added, then the groups with their PEL and consumers. Since nodes mirror
 * Redis's node boundaries and entry layout, the bytes are Redis's own. Loading checks a listpack as
 * streamValidateListpackIntegrity does (deep), so a corrupt payload is refused, never half-loaded.
 */
import type { RdbDecoder, RdbEncoder } from "./rdb.ts";
import { decodeListpack, encodeListpack, RdbFormatError } from "./encodings.ts";
import type { StreamCG, StreamConsumer, StreamNACK } from "../keyspace/stream.ts";
import {
  createConsumer,
  SCG_INVALID_ENTRIES_READ,
  STREAM_ITEM_FLAG_DELETED,
  STREAM_ITEM_FLAG_SAMEFIELDS,
  StreamNode,
  StreamValue,
} from "../keyspace/stream.ts";
import type { StreamID } from "../keyspace/streamid.ts";
import { idMs, idSeq, streamIdBig } from "../keyspace/streamid.ts";
import { parseInt64 } from "../bytes.ts";

const TWO64 = 1n << 64n;

/** rdbSaveLen of an unsigned 64-bit value (ID parts may pass 2^53). */
function lenU64(enc: RdbEncoder, v: number | bigint): void {
  if (typeof v === "number") return enc.len(v);
  const b = new Uint8Array(9);
  b[0] = 0x81;
  for (let i = 8; i >= 1; i--) {
    b[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  enc.raw(b);
}

/** rdbLoadLen of an unsigned 64-bit value, as a bigint. */
function readLenU64(dec: RdbDecoder): bigint {
  const b = dec.u8();
  const t = b >> 6;
  if (t === 0) return BigInt(b & 0x3f);
  if (t === 1) return BigInt(((b & 0x3f) << 8) | dec.u8());
  let bytes: number;
  if (b === 0x80) bytes = 4;
  else if (b === 0x81) bytes = 8;
  else throw new RdbFormatError("Stream object metadata loading failed.");
  let v = 0n;
  for (let i = 0; i < bytes; i++) v = (v << 8n) | BigInt(dec.u8());
  return v;
}

/** A length that must fit a safe integer (counters, sizes). */
function readLen(dec: RdbDecoder): number {
  const v = readLenU64(dec);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new RdbFormatError("Stream length out of range");
  return Number(v);
}

/** The 16 raw bytes of an ID (PEL records). */
function rawId(id: StreamID): Uint8Array {
  const b = new Uint8Array(16);
  for (let i = 0; i < 16; i++) b[i] = id.charCodeAt(i);
  return b;
}

function readRawId(dec: RdbDecoder): StreamID {
  let s = "";
  for (let i = 0; i < 16; i++) s += String.fromCharCode(dec.u8());
  return s;
}

function writeId(enc: RdbEncoder, id: StreamID): void {
  lenU64(enc, idMs(id));
  lenU64(enc, idSeq(id));
}

function readId(dec: RdbDecoder): StreamID {
  const ms = readLenU64(dec);
  return streamIdBig(ms, readLenU64(dec));
}

/** part - base as lpAppendInteger stores a delta (int64 after unsigned wrap-around), in decimal. */
function deltaText(part: number | bigint, base: number | bigint): string {
  if (typeof part === "number" && typeof base === "number") return String(part - base);
  return String(BigInt.asIntN(64, BigInt(part) - BigInt(base)));
}

/** The listpack items of one node, as streamAppendItem/streamTrim/XDEL left them. */
export function nodeListpackItems(node: StreamNode): string[] {
  const items: string[] = [String(node.count), String(node.deleted), String(node.masterFields.length)];
  for (const f of node.masterFields) items.push(f);
  items.push("0");
  const mMs = idMs(node.masterId);
  const mSeq = idSeq(node.masterId);
  const e = node.entries();
  for (let i = 0; i < e.ids.length; i++) {
    const id = e.ids[i];
    const flags = e.flags[i];
    const fv = e.fields[i];
    const numfields = fv.length / 2;
    const same = (flags & STREAM_ITEM_FLAG_SAMEFIELDS) !== 0;
    items.push(String(flags), deltaText(idMs(id), mMs), deltaText(idSeq(id), mSeq));
    if (!same) items.push(String(numfields));
    for (let j = 0; j < fv.length; j += 2) {
      if (!same) items.push(fv[j]);
      items.push(fv[j + 1]);
    }
    items.push(String(same ? numfields + 3 : numfields * 2 + 4));
  }
  return items;
}

/** rdbSaveStreamPEL: the count, then each ID (with its delivery time and count for the group's PEL). */
function writePel(enc: RdbEncoder, pel: StreamCG["pel"], nacks: boolean): void {
  enc.len(pel.size);
  for (const [id, nack] of pel.from("\x00".repeat(16))) {
    enc.raw(rawId(id));
    if (nacks) {
      enc.ms(nack.deliveryTime);
      enc.len(nack.deliveryCount);
    }
  }
}

/** rdbSaveObject for a stream (after the RDB_TYPE_STREAM_LISTPACKS_2 byte). */
export function writeStream(enc: RdbEncoder, s: StreamValue): void {
  enc.len(s.nodes.length);
  for (const node of s.nodes) {
    enc.string(node.masterId);
    enc.bytes(encodeListpack(nodeListpackItems(node), enc.scratch()));
  }
  enc.len(s.length);
  writeId(enc, s.lastId);
  writeId(enc, s.firstId);
  writeId(enc, s.maxDeletedId);
  enc.len(s.entriesAdded);
  const groups = s.groupsInOrder();
  enc.len(groups.length);
  for (const cg of groups) {
    enc.string(cg.name);
    writeId(enc, cg.lastId);
    // entries_read is a long long written as an unsigned length: -1 becomes 2^64-1.
    lenU64(enc, cg.entriesRead < 0 ? BigInt.asUintN(64, BigInt(cg.entriesRead)) : cg.entriesRead);
    writePel(enc, cg.pel, true);
    const consumers = [...cg.consumers.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    enc.len(consumers.length);
    for (const consumer of consumers) {
      enc.string(consumer.name);
      enc.ms(consumer.seenTime);
      writePel(enc, consumer.pel, false);
    }
  }
}

function corrupt(what: string): never {
  throw new RdbFormatError(what);
}

/** An integer listpack element (lpGetIntegerIfValid). */
function intItem(items: string[], i: number): number | bigint {
  if (i >= items.length) corrupt("Stream listpack integrity check failed.");
  const v = parseInt64(items[i]);
  if (v === null) corrupt("Stream listpack integrity check failed.");
  return v;
}

function smallInt(items: string[], i: number): number {
  const v = intItem(items, i);
  if (typeof v !== "number" || v < 0 || v > 0xffffffff) corrupt("Stream listpack integrity check failed.");
  return v;
}

/** One node from its master ID and listpack (streamValidateListpackIntegrity, deep). */
function readNode(masterId: StreamID, lp: Uint8Array): StreamNode {
  const items = decodeListpack(lp);
  if (items.length === 0) corrupt("Empty listpack inside stream");
  let p = 0;
  const count = smallInt(items, p++);
  const deleted = smallInt(items, p++);
  const masterCount = smallInt(items, p++);
  if (p + masterCount > items.length) corrupt("Stream listpack integrity check failed.");
  const masterFields = items.slice(p, p + masterCount);
  p += masterCount;
  if (intItem(items, p++) !== 0) corrupt("Stream listpack integrity check failed.");
  const node = new StreamNode(masterId, masterFields);
  const e = node.unpack();
  const mMs = BigInt(idMs(masterId));
  const mSeq = BigInt(idSeq(masterId));
  let live = 0;
  let dead = 0;
  let prev: StreamID | null = null;
  for (let n = count + deleted; n > 0; n--) {
    const flags = smallInt(items, p++);
    const msDelta = BigInt(intItem(items, p++));
    const seqDelta = BigInt(intItem(items, p++));
    let fields = masterCount;
    let extra = 3;
    const same = (flags & STREAM_ITEM_FLAG_SAMEFIELDS) !== 0;
    if (!same) {
      fields = smallInt(items, p++);
      extra += fields + 1;
    }
    const fv: string[] = [];
    if (same) {
      if (p + fields > items.length) corrupt("Stream listpack integrity check failed.");
      for (let j = 0; j < fields; j++) fv.push(masterFields[j], items[p++]);
    } else {
      if (p + 2 * fields > items.length) corrupt("Stream listpack integrity check failed.");
      for (let j = 0; j < fields; j++) fv.push(items[p + 2 * j], items[p + 2 * j + 1]);
      p += 2 * fields;
    }
    if (smallInt(items, p++) !== fields + extra) corrupt("Stream listpack integrity check failed.");
    const id = streamIdBig(((mMs + msDelta) % TWO64 + TWO64) % TWO64, ((mSeq + seqDelta) % TWO64 + TWO64) % TWO64);
    if (prev !== null && id <= prev) corrupt("Stream listpack integrity check failed.");
    if (id < masterId) corrupt("Stream listpack integrity check failed.");
    prev = id;
    if ((flags & STREAM_ITEM_FLAG_DELETED) !== 0) dead++;
    else live++;
    e.ids.push(id);
    e.fields.push(fv);
    e.flags.push(flags);
  }
  if (p !== items.length) corrupt("Stream listpack integrity check failed.");
  if (live !== count || dead !== deleted) corrupt("Stream listpack integrity check failed.");
  if (count === 0) corrupt("Empty listpack inside stream");
  node.count = count;
  node.deleted = deleted;
  node.bytes = lp.length;
  node.shrinkToFit();
  // Loaded nodes are kept packed (an append to the last one opens it).
  node.pack();
  return node;
}

/** rdbLoadObject for RDB_TYPE_STREAM_LISTPACKS (`v2` false: Redis 6) and RDB_TYPE_STREAM_LISTPACKS_2. */
export function readStream(dec: RdbDecoder, v2: boolean, now: number): StreamValue {
  const s = new StreamValue();
  const listpacks = dec.count();
  for (let i = 0; i < listpacks; i++) {
    const key = dec.string();
    if (key.length !== 16) corrupt("Stream node key entry is not the size of a stream ID");
    s.nodes.push(readNode(key, dec.blob()));
  }
  s.nodes.sort((a, b) => (a.masterId < b.masterId ? -1 : 1));
  let live = 0;
  for (let i = 0; i < s.nodes.length; i++) {
    if (i > 0 && s.nodes[i].masterId === s.nodes[i - 1].masterId) corrupt("Listpack re-added with existing key");
    if (i > 0) {
      const prev = s.nodes[i - 1];
      if (prev.lastEntryId() >= s.nodes[i].masterId) corrupt("Stream listpack integrity check failed.");
    }
    live += s.nodes[i].count;
  }
  s.length = readLen(dec);
  if (s.length !== live) corrupt("Stream length inconsistent with rax entries");
  s.lastId = readId(dec);
  if (v2) {
    s.firstId = readId(dec);
    s.maxDeletedId = readId(dec);
    s.entriesAdded = readLen(dec);
  } else {
    s.entriesAdded = s.length;
    s.firstId = s.edgeId(true) ?? s.firstId;
  }
  if (s.length > 0 && s.lastValidId() > s.lastId) corrupt("Stream last ID below its entries");
  const groups = dec.count();
  for (let g = 0; g < groups; g++) {
    const name = dec.string();
    const lastId = readId(dec);
    let entriesRead: number;
    if (v2) {
      const raw = BigInt.asIntN(64, readLenU64(dec));
      entriesRead = raw < 0n ? SCG_INVALID_ENTRIES_READ : Number(raw);
    } else {
      entriesRead = s.estimateDistanceFromFirstEverEntry(lastId);
    }
    const cg = s.createGroup(name, lastId, entriesRead);
    if (cg === null) corrupt(`Duplicated consumer group name ${name}`);
    const pelSize = dec.count();
    for (let k = 0; k < pelSize; k++) {
      const id = readRawId(dec);
      const nack: StreamNACK = { deliveryTime: dec.ms(), deliveryCount: readLen(dec), consumer: null };
      if (cg.pel.has(id)) corrupt("Duplicated global PEL entry loading stream consumer group");
      cg.pel.set(id, nack);
    }
    const consumers = dec.count();
    for (let k = 0; k < consumers; k++) {
      const cname = dec.string();
      const consumer: StreamConsumer | null = createConsumer(cg, cname, now);
      if (consumer === null) corrupt("Duplicate stream consumer detected.");
      consumer.seenTime = dec.ms();
      const n = dec.count();
      for (let m = 0; m < n; m++) {
        const id = readRawId(dec);
        const nack = cg.pel.get(id);
        if (nack === undefined) corrupt("Consumer entry not found in group global PEL");
        if (consumer.pel.has(id)) corrupt("Duplicated consumer PEL entry  loading a stream consumer group");
        nack.consumer = consumer;
        consumer.pel.set(id, nack);
      }
    }
    for (const [, nack] of cg.pel.from("\x00".repeat(16))) {
      if (nack.consumer === null) corrupt("Stream CG PEL entry without consumer");
    }
  }
  return s;
}
