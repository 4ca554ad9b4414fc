/** RDB, DUMP/RESTORE, SAVE/BGSAVE and shutdown, in process with an in-memory file store. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import type { TestServer } from "../helpers/inprocess.ts";
import { MemoryFileStore } from "../../src/core/persistence/fs.ts";
import { attachPersistence, persistenceOf } from "../../src/core/persistence/snapshot.ts";
import { crc64 } from "../../src/core/persistence/crc64.ts";
import { lzfCompress, lzfDecompress } from "../../src/core/persistence/lzf.ts";
import {
  decodeIntset,
  decodeListpack,
  encodeIntset,
  encodeListpack,
  splitQuicklist,
} from "../../src/core/persistence/encodings.ts";
import {
  ERR_BGSAVE_IN_PROGRESS,
  ERR_BUSYKEY,
  ERR_DUMP_PAYLOAD,
  ERR_NO_SHUTDOWN,
  ERR_PLAIN,
  ERR_RESTORE_FREQ,
  ERR_RESTORE_TTL,
  ERR_SHUTDOWN_FAILED,
  ERR_SYNTAX,
} from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

interface Setup {
  t: TestServer;
  files: MemoryFileStore;
  exits: number[];
}

function setup(config: [string, string][] = [], files = new MemoryFileStore()): Setup {
  const t = inProcess([["dir", "/data"], ...config]);
  const exits: number[] = [];
  attachPersistence(t.server, { files, exit: (code) => exits.push(code) });
  return { t, files, exits };
}

/** A second server loading what the first one saved. */
function reload(files: MemoryFileStore, config: [string, string][] = []): { s: Setup; ok: boolean } {
  const s = setup(config, files);
  let ok = false;
  persistenceOf(s.t.server).loadAtStartup((r) => (ok = r));
  return { s, ok };
}

const enc = (s: string) => new TextEncoder().encode(s);

test("CRC-64 matches Redis's crc64 check value", () => {
  assert.equal(crc64(enc("123456789")).value(), 0xe9c6d914c4b8d9can);
});

test("LZF output decompresses to the input, and incompressible input is refused", () => {
  const input = enc("abcabcabcabcabcabcabcabcabcabcabcabc hello hello hello hello");
  const out = new Uint8Array(input.length - 4);
  const n = lzfCompress(input, input.length, out);
  assert.ok(n > 0 && n < input.length - 4);
  const back = new Uint8Array(input.length);
  assert.equal(lzfDecompress(out, 0, n, back), input.length);
  assert.deepEqual(back, input);
  const random = enc("q8Zx1Lm0Pn7Rb2Tv");
  assert.equal(lzfCompress(random, random.length, new Uint8Array(random.length - 4)), 0);
});

test("listpacks and intsets round-trip every integer width and string length", () => {
  const items = [
    "0",
    "127",
    "128",
    "-1",
    "-4096",
    "4095",
    "32767",
    "-32768",
    "8388607",
    "-8388608",
    "2147483647",
    "-2147483648",
    "9223372036854775807",
    "-9223372036854775808",
    "01",
    " 1",
    "",
    "x".repeat(63),
    "y".repeat(64),
    "z".repeat(4095),
    "w".repeat(4096),
    "\x00\xff",
  ];
  assert.deepEqual(decodeListpack(encodeListpack(items)), items);
  const ints = ["5", "-3", "100000", "-9223372036854775808"];
  assert.deepEqual(decodeIntset(encodeIntset(ints)), ["-9223372036854775808", "-3", "5", "100000"]);
  const many = Array.from({ length: 3000 }, (_, i) => `item-${i}`);
  const nodes = splitQuicklist(many, -2);
  assert.ok(nodes.length > 1 && nodes.every((n) => n.length <= 8192));
  assert.deepEqual(nodes.flatMap((n) => decodeListpack(n)), many);
});

test("SAVE writes an RDB file that a fresh server loads with values, TTLs and databases", () => {
  const { t, files } = setup();
  const c = t.connect();
  c.cmd("SET", "int", "12345");
  c.cmd("SET", "neg", "-7");
  c.cmd("SET", "bin", "\x00\r\n\xff\x80");
  c.cmd("SET", "long", "a".repeat(500));
  c.cmd("SET", "ttl", "v", "PX", "100000");
  c.cmd("SELECT", "3");
  c.cmd("SET", "in3", "three");
  assert.equal(c.cmd("SAVE"), "+OK\r\n");
  const data = files.files.get("/data/dump.rdb")!;
  assert.equal(new TextDecoder().decode(data.subarray(0, 9)), "REDIS0010");
  assert.ok(data.length < 400, "the long value is LZF-compressed");
  const { s, ok } = reload(files);
  assert.ok(ok);
  const d = s.t.connect();
  assert.equal(d.cmd("GET", "int"), "$5\r\n12345\r\n");
  assert.equal(d.cmd("GET", "neg"), "$2\r\n-7\r\n");
  assert.equal(d.cmd("GET", "bin"), "$5\r\n\x00\r\n\xff\x80\r\n");
  assert.equal(d.cmd("GET", "long"), `$500\r\n${"a".repeat(500)}\r\n`);
  assert.equal(d.cmd("PTTL", "ttl"), ":100000\r\n");
  d.cmd("SELECT", "3");
  assert.equal(d.cmd("GET", "in3"), "$5\r\nthree\r\n");
});

test("DUMP and RESTORE round-trip a string with Redis's payload and errors", () => {
  const { t } = setup();
  const c = t.connect();
  c.cmd("SET", "k", "hello");
  const dump = c.cmd("DUMP", "k");
  // Byte for byte what redis-server 7.0.15 replies to DUMP of "hello".
  assert.equal(dump, "$17\r\n\x00\x05hello\n\x00cr\xdfve4 \n\r\n");
  const payload = dump.slice(5, -2);
  assert.equal(c.cmd("RESTORE", "k", "0", payload), errorReply(ERR_BUSYKEY));
  assert.equal(c.cmd("RESTORE", "k2", "0", payload), "+OK\r\n");
  assert.equal(c.cmd("GET", "k2"), "$5\r\nhello\r\n");
  assert.equal(c.cmd("RESTORE", "k2", "0", payload, "REPLACE", "IDLETIME", "100"), "+OK\r\n");
  assert.equal(c.cmd("RESTORE", "k3", "-1", payload), errorReply(ERR_RESTORE_TTL));
  assert.equal(c.cmd("RESTORE", "k3", "0", payload.slice(0, -1) + "x"), errorReply(ERR_DUMP_PAYLOAD));
  assert.equal(c.cmd("RESTORE", "k3", "0", payload, "FREQ", "300"), errorReply(ERR_RESTORE_FREQ));
  assert.equal(c.cmd("RESTORE", "k3", "0", payload, "IDLETIME", "1", "FREQ", "3"), errorReply(ERR_SYNTAX));
  assert.equal(c.cmd("RESTORE", "k3", "5000", payload), "+OK\r\n");
  assert.equal(c.cmd("PTTL", "k3"), ":5000\r\n");
  assert.equal(c.cmd("DUMP", "nosuch"), "$-1\r\n");
});

/** Runs timers until the background save ends. */
function finishBgsave(s: Setup): void {
  const p = persistenceOf(s.t.server);
  for (let i = 0; i < 100000 && p.bgsave !== null; i++) s.t.host.advance(1);
  assert.equal(p.bgsave, null);
}

test("BGSAVE writes the dataset as it was when it started, whatever clients change meanwhile", () => {
  const s = setup();
  const p = persistenceOf(s.t.server);
  p.sliceLimit = 50;
  const c = s.t.connect();
  for (let i = 0; i < 1000; i++) c.cmd("SET", `k${i}`, `old${i}`);
  c.cmd("ZADD", "z", "1", "a", "2", "b");
  c.cmd("SET", "ttl", "v");
  assert.equal(c.cmd("BGSAVE"), "+Background saving started\r\n");
  assert.equal(c.cmd("BGSAVE"), errorReply(ERR_BGSAVE_IN_PROGRESS));
  assert.equal(c.cmd("SAVE"), errorReply(ERR_BGSAVE_IN_PROGRESS));
  s.t.host.advance(1); // one slice: the first 50 keys
  assert.match(
    c.cmd("INFO", "persistence"),
    /current_save_keys_processed:50\r\ncurrent_save_keys_total:1002\r\n[\s\S]*rdb_bgsave_in_progress:1\r\n/,
  );
  c.cmd("SET", "k999", "new");
  c.cmd("DEL", "k998");
  c.cmd("SET", "born", "after");
  c.cmd("SET", "k997", "x", "KEEPTTL");
  c.cmd("ZADD", "z", "3", "c");
  c.cmd("EXPIRE", "ttl", "1000");
  c.cmd("MULTI");
  c.cmd("SET", "k996", "in-multi");
  c.cmd("DEL", "k995");
  c.cmd("SET", "born2", "x");
  c.cmd("EXEC");
  c.cmd("SET", "k0", "already-written");
  finishBgsave(s);
  assert.match(c.cmd("INFO", "persistence"), /rdb_last_bgsave_status:ok/);
  assert.equal(s.t.server.dirty, 10, "the 10 changes made during the save stay counted");
  const { s: s2, ok } = reload(s.files);
  assert.ok(ok);
  const d = s2.t.connect();
  assert.equal(d.cmd("DBSIZE"), ":1002\r\n");
  for (const k of ["k999", "k998", "k997", "k996", "k995", "k0"]) {
    assert.equal(d.cmd("GET", k), `$${`old${k.slice(1)}`.length}\r\nold${k.slice(1)}\r\n`);
  }
  assert.equal(d.cmd("EXISTS", "born", "born2"), ":0\r\n");
  assert.equal(d.cmd("ZRANGE", "z", "0", "-1"), "*2\r\n$1\r\na\r\n$1\r\nb\r\n");
  assert.equal(d.cmd("TTL", "ttl"), ":-1\r\n");
});

test("FLUSHALL during BGSAVE completes the snapshot first", () => {
  const s = setup();
  persistenceOf(s.t.server).sliceLimit = 10;
  const c = s.t.connect();
  for (let i = 0; i < 100; i++) c.cmd("SET", `k${i}`, "v");
  c.cmd("BGSAVE");
  s.t.host.advance(1);
  assert.notEqual(persistenceOf(s.t.server).bgsave, null);
  assert.equal(c.cmd("FLUSHALL"), "+OK\r\n");
  assert.equal(persistenceOf(s.t.server).bgsave, null);
  const { s: s2 } = reload(s.files);
  assert.equal(s2.t.connect().cmd("DBSIZE"), ":100\r\n");
});

test("save points start a background save once enough changes and seconds passed", () => {
  const s = setup([["save", "10 2"]]);
  const c = s.t.connect();
  c.cmd("SET", "a", "1");
  s.t.host.advance(11000);
  assert.equal(s.files.files.has("/data/dump.rdb"), false, "one change is not enough");
  c.cmd("SET", "b", "2");
  s.t.host.advance(200);
  finishBgsave(s);
  assert.ok(s.files.files.has("/data/dump.rdb"));
  assert.ok(s.t.host.lines.includes("* 2 changes in 10 seconds. Saving..."));
  assert.match(c.cmd("INFO", "persistence"), /rdb_changes_since_last_save:0\r\n/);
  assert.equal(c.cmd("LASTSAVE"), `:${Math.floor(s.t.host.time / 1000)}\r\n`, "LASTSAVE is when the save completed");
});

test("a failed background save reports err and refuses writes with MISCONF until a save works", () => {
  const files = new MemoryFileStore();
  const s = setup([["save", "3600 1"]], files);
  const c = s.t.connect();
  files.failWrites = /temp-/;
  assert.equal(c.cmd("BGSAVE"), errorReply(ERR_PLAIN));
  assert.match(c.cmd("INFO", "persistence"), /rdb_last_bgsave_status:err/);
  assert.match(c.cmd("SET", "k", "v"), /^-MISCONF Redis is configured to save RDB snapshots/);
  assert.match(c.cmd("PING"), /^-MISCONF/);
  assert.equal(c.cmd("GET", "k"), "$-1\r\n");
  files.failWrites = null;
  assert.equal(c.cmd("SAVE"), "+OK\r\n");
  assert.equal(c.cmd("SET", "k", "v"), "+OK\r\n");
});

test("SHUTDOWN saves when save points are set, NOSAVE skips it, and a failed save keeps the server up unless FORCE", () => {
  let s = setup([["save", "3600 1"]]);
  let c = s.t.connect();
  c.cmd("SET", "k", "v");
  assert.equal(c.cmd("SHUTDOWN"), "");
  assert.deepEqual(s.exits, [0]);
  assert.ok(s.files.files.has("/data/dump.rdb"));

  s = setup([["save", "3600 1"]]);
  c = s.t.connect();
  assert.equal(c.cmd("SHUTDOWN", "NOSAVE"), "");
  assert.deepEqual(s.exits, [0]);
  assert.equal(s.files.files.has("/data/dump.rdb"), false);

  s = setup([["save", ""]]);
  c = s.t.connect();
  assert.equal(c.cmd("SHUTDOWN", "NOSAVE", "SAVE"), errorReply(ERR_SYNTAX));
  assert.equal(c.cmd("SHUTDOWN", "ABORT", "NOW"), errorReply(ERR_SYNTAX));
  assert.equal(c.cmd("SHUTDOWN", "BOGUS"), errorReply(ERR_SYNTAX));
  assert.equal(c.cmd("SHUTDOWN", "ABORT"), errorReply(ERR_NO_SHUTDOWN));
  s.files.failWrites = /temp-/;
  assert.equal(c.cmd("SHUTDOWN", "SAVE"), errorReply(ERR_SHUTDOWN_FAILED));
  assert.deepEqual(s.exits, []);
  assert.ok(s.t.host.lines.includes("# Error trying to save the DB, can't exit."));
  assert.equal(c.cmd("SHUTDOWN", "SAVE", "NOW", "FORCE"), "");
  assert.deepEqual(s.exits, [0]);
});

test("a signal saves first when save points are set; a second SIGINT exits at once", () => {
  const s = setup([["save", "3600 1"]]);
  s.files.failWrites = /temp-/;
  const p = persistenceOf(s.t.server);
  p.signal("SIGTERM");
  assert.deepEqual(s.exits, [], "a failed save keeps the server running");
  assert.ok(s.t.host.lines.some((l) => l.includes("SIGTERM received but errors trying to shut down the server")));
  s.files.failWrites = null;
  p.signal("SIGTERM");
  assert.deepEqual(s.exits, [0]);
});

test("while a snapshot loads, commands get -LOADING and INFO shows the progress", () => {
  const a = setup();
  const c = a.t.connect();
  for (let i = 0; i < 500; i++) c.cmd("SET", `k${i}`, "v");
  c.cmd("SAVE");
  const s = setup([], a.files);
  const p = persistenceOf(s.t.server);
  p.sliceLimit = 100;
  let done: boolean | null = null;
  p.loadAtStartup((ok) => (done = ok), true);
  const d = s.t.connect();
  assert.equal(d.cmd("GET", "k1"), "-LOADING Redis is loading the dataset in memory\r\n");
  s.t.host.advance(1);
  const info = d.cmd("INFO", "persistence");
  assert.match(info, /loading:1\r\n/);
  assert.match(
    info,
    /loading_total_bytes:\d+\r\nloading_rdb_used_mem:\d+\r\nloading_loaded_bytes:\d+\r\nloading_loaded_perc:[\d.]+\r\nloading_eta_seconds:\d+\r\n/,
  );
  for (let i = 0; i < 10; i++) s.t.host.advance(1);
  assert.equal(done, true);
  assert.equal(d.cmd("DBSIZE"), ":500\r\n");
  assert.match(d.cmd("INFO", "persistence"), /loading:0\r\n[\s\S]*rdb_last_load_keys_loaded:500\r\n/);
  assert.ok(s.t.host.lines.some((l) => /^\* DB loaded from disk: \d+\.\d{3} seconds$/.test(l)));
});

test("EXEC while a snapshot loads is refused when a queued command may not run during loading", () => {
  const a = setup();
  const c = a.t.connect();
  for (let i = 0; i < 500; i++) c.cmd("SET", `k${i}`, "v");
  c.cmd("SAVE");
  const s = setup([], a.files);
  // Queued before loading starts, EXECed while it runs (as redis-server 7.0.15 answers during DEBUG RELOAD).
  const get = s.t.connect();
  get.cmd("MULTI");
  assert.equal(get.cmd("GET", "k1"), "+QUEUED\r\n");
  const info = s.t.connect();
  info.cmd("MULTI");
  assert.equal(info.cmd("INFO", "keyspace"), "+QUEUED\r\n");
  const p = persistenceOf(s.t.server);
  p.sliceLimit = 100;
  let done: boolean | null = null;
  p.loadAtStartup((ok) => (done = ok), true);
  assert.equal(
    get.cmd("EXEC"),
    "-EXECABORT Transaction discarded because of: LOADING Redis is loading the dataset in memory\r\n",
  );
  assert.match(info.cmd("EXEC"), /^\*1\r\n\$\d+\r\n# Keyspace\r\n/);
  for (let i = 0; i < 10; i++) s.t.host.advance(1);
  assert.equal(done, true);
});

test("a corrupt or truncated snapshot is refused and nothing stays loaded", () => {
  const a = setup();
  const c = a.t.connect();
  for (let i = 0; i < 50; i++) c.cmd("SET", `k${i}`, `v${i}`);
  c.cmd("SAVE");
  const good = a.files.files.get("/data/dump.rdb")!;
  const bad = good.slice();
  bad[bad.length - 15] ^= 1;
  a.files.files.set("/data/dump.rdb", bad);
  let r = reload(a.files);
  assert.equal(r.ok, false);
  assert.equal(r.s.t.connect().cmd("DBSIZE"), ":0\r\n");
  assert.ok(r.s.t.host.lines.some((l) => l.includes("Wrong RDB checksum")));
  a.files.files.set("/data/dump.rdb", good.slice(0, good.length - 30));
  r = reload(a.files);
  assert.equal(r.ok, false);
  assert.ok(r.s.t.host.lines.some((l) => l.includes("Short read")));
  a.files.files.set("/data/dump.rdb", new TextEncoder().encode("REDIS0011xxxx"));
  r = reload(a.files);
  assert.ok(r.s.t.host.lines.some((l) => l.includes("Can't handle RDB format version 0011")));
});

test("INFO persistence lists Redis 7.0's fields in Redis's order", () => {
  const { t } = setup();
  const info = t.connect().cmd("INFO", "persistence");
  const names = info.split("\r\n").slice(1).filter((l) => l.includes(":")).map((l) => l.split(":")[0]);
  assert.deepEqual(names, [
    "loading",
    "async_loading",
    "current_cow_peak",
    "current_cow_size",
    "current_cow_size_age",
    "current_fork_perc",
    "current_save_keys_processed",
    "current_save_keys_total",
    "rdb_changes_since_last_save",
    "rdb_bgsave_in_progress",
    "rdb_last_save_time",
    "rdb_last_bgsave_status",
    "rdb_last_bgsave_time_sec",
    "rdb_current_bgsave_time_sec",
    "rdb_saves",
    "rdb_last_cow_size",
    "rdb_last_load_keys_expired",
    "rdb_last_load_keys_loaded",
    "aof_enabled",
    "aof_rewrite_in_progress",
    "aof_rewrite_scheduled",
    "aof_last_rewrite_time_sec",
    "aof_current_rewrite_time_sec",
    "aof_last_bgrewrite_status",
    "aof_rewrites",
    "aof_rewrites_consecutive_failures",
    "aof_last_write_status",
    "aof_last_cow_size",
    "module_fork_in_progress",
    "module_fork_last_cow_size",
  ]);
});

test("every type and encoding survives SAVE and load, keeping OBJECT ENCODING", () => {
  const { t, files } = setup();
  const c = t.connect();
  const big = (n: number, f: (i: number) => string[]) => Array.from({ length: n }, (_, i) => f(i)).flat();
  c.cmd("RPUSH", "l", "a", "1", "-1", "x".repeat(100), "", "9223372036854775807");
  c.cmd("RPUSH", "lbig", ...big(3000, (i) => [i % 2 ? `e${i}` : String(i)]));
  c.cmd("HSET", "h", "f", "v", "n", "1");
  c.cmd("HSET", "hbig", ...big(600, (i) => [`f${i}`, `v${i}`]));
  c.cmd("SADD", "si", "3", "1", "-2");
  c.cmd("SADD", "ss", "a", "b");
  c.cmd("SADD", "sbig", ...big(600, (i) => [String(i)]));
  c.cmd("ZADD", "z", "1", "a", "2.5", "b");
  c.cmd("ZADD", "zbig", ...big(200, (i) => [String(i / 3), `m${i}`]));
  const keys = ["l", "lbig", "h", "hbig", "si", "ss", "sbig", "z", "zbig"];
  // OBJECT ENCODING, read from the value itself (the OBJECT command belongs to another family).
  const encodingOf = (srv: Pick<typeof t.server, "dbs" | "config">, k: string) => {
    const v = srv.dbs[0].get(k)!;
    return typeof v === "string" ? "string" : v.encoding(srv.config);
  };
  const read = (conn: typeof c, k: string) => {
    const type = conn.cmd("TYPE", k);
    const body = type === "+list\r\n"
      ? conn.cmd("LRANGE", k, "0", "-1")
      : type === "+hash\r\n"
      ? conn.cmd("HGETALL", k)
      : type === "+set\r\n"
      ? conn.cmd("SMEMBERS", k)
      : conn.cmd("ZRANGE", k, "0", "-1", "WITHSCORES");
    return [type, encodingOf(conn.client.server, k), body.split("\r\n").sort().join(",")];
  };
  const before = keys.map((k) => read(c, k));
  assert.deepEqual(before.map((r) => r[1]), [
    "quicklist",
    "quicklist",
    "listpack",
    "hashtable",
    "intset",
    "hashtable",
    "hashtable",
    "listpack",
    "skiplist",
  ]);
  assert.equal(c.cmd("SAVE"), "+OK\r\n");
  const { s, ok } = reload(files);
  assert.ok(ok);
  const d = s.t.connect();
  assert.deepEqual(keys.map((k) => read(d, k)), before);
  // DUMP/RESTORE of each, in place.
  for (const k of keys) {
    const dump = c.cmd("DUMP", k);
    const payload = dump.slice(dump.indexOf("\r\n") + 2, -2);
    assert.equal(c.cmd("RESTORE", k, "0", payload, "REPLACE"), "+OK\r\n");
  }
  assert.deepEqual(keys.map((k) => read(c, k)), before);
});

/** A ziplist (Redis 6 and older) of short strings and small integers. */
function ziplist(items: (string | number)[]): Uint8Array {
  const entries: number[][] = [];
  let prev = 0;
  for (const it of items) {
    const e: number[] = [prev];
    if (typeof it === "number") {
      if (it >= 0 && it <= 12) e.push(0xf1 + it);
      else if (it >= -128 && it <= 127) e.push(0xfe, it & 0xff);
      else e.push(0xc0, it & 0xff, (it >> 8) & 0xff);
    } else {
      e.push(it.length, ...[...it].map((ch) => ch.charCodeAt(0)));
    }
    entries.push(e);
    prev = e.length;
  }
  const body = entries.flat();
  const total = 10 + body.length + 1;
  const tail = 10 + body.length - (entries.at(-1)?.length ?? 0);
  const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  return new Uint8Array([...le32(total), ...le32(tail), items.length & 0xff, items.length >> 8, ...body, 0xff]);
}

function zipmap(pairs: [string, string][]): Uint8Array {
  const out = [pairs.length];
  for (const [k, v] of pairs) {
    out.push(
      k.length,
      ...[...k].map((c) => c.charCodeAt(0)),
      v.length,
      0,
      ...[...v].map((c) => c.charCodeAt(0)),
    );
  }
  out.push(0xff);
  return new Uint8Array(out);
}

test("RDB 9 files from Redis 6 load: ziplist lists, hashes and sorted sets, zipmap hashes, intsets, old-style records", async () => {
  const { RdbEncoder, writeTrailer } = await import("../../src/core/persistence/rdb.ts");
  const { encodeIntset } = await import("../../src/core/persistence/encodings.ts");
  const chunks: Uint8Array[] = [];
  const enc = new RdbEncoder(false, (c) => chunks.push(c.slice()));
  enc.raw(new TextEncoder().encode("REDIS0009"));
  enc.aux("redis-ver", "6.2.14");
  enc.u8(0xfe);
  enc.len(0);
  enc.u8(14);
  enc.string("ql");
  enc.len(2);
  enc.bytes(ziplist(["a", 5, "b"]));
  enc.bytes(ziplist([-100, 1000, "c"]));
  enc.u8(10);
  enc.string("zl");
  enc.bytes(ziplist(["x", "y"]));
  enc.u8(13);
  enc.string("hz");
  enc.bytes(ziplist(["f1", "v1", "f2", 7]));
  enc.u8(9);
  enc.string("hm");
  enc.bytes(zipmap([["k", "v"], ["kk", "vv"]]));
  enc.u8(12);
  enc.string("zz");
  enc.bytes(ziplist(["m1", "1.5", "m2", 3]));
  enc.u8(11);
  enc.string("is");
  enc.bytes(encodeIntset(["1", "2", "70000"]));
  enc.u8(3);
  enc.string("zold");
  enc.len(2);
  enc.string("a");
  enc.u8(3);
  enc.raw(new TextEncoder().encode("2.5"));
  enc.string("b");
  enc.u8(254);
  enc.u8(1);
  enc.string("lold");
  enc.len(2);
  enc.string("p");
  enc.string("q");
  enc.u8(0xfd);
  enc.raw(new Uint8Array([0xff, 0xff, 0xff, 0x7f]));
  enc.u8(0);
  enc.string("secs");
  enc.string("ttl in seconds");
  writeTrailer(enc);
  const files = new MemoryFileStore();
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const data = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.length;
  }
  files.files.set("/data/dump.rdb", data);
  const { s, ok } = reload(files);
  assert.ok(ok, s.t.host.lines.join("\n"));
  const c = s.t.connect();
  assert.equal(
    c.cmd("LRANGE", "ql", "0", "-1"),
    "*6\r\n$1\r\na\r\n$1\r\n5\r\n$1\r\nb\r\n$4\r\n-100\r\n$4\r\n1000\r\n$1\r\nc\r\n",
  );
  assert.equal(c.cmd("LRANGE", "zl", "0", "-1"), "*2\r\n$1\r\nx\r\n$1\r\ny\r\n");
  assert.equal(c.cmd("HGET", "hz", "f2"), "$1\r\n7\r\n");
  assert.equal(c.cmd("HGET", "hm", "kk"), "$2\r\nvv\r\n");
  assert.equal(
    c.cmd("ZRANGE", "zz", "0", "-1", "WITHSCORES"),
    "*4\r\n$2\r\nm1\r\n$3\r\n1.5\r\n$2\r\nm2\r\n$1\r\n3\r\n",
  );
  assert.equal(c.cmd("SMEMBERS", "is"), "*3\r\n$1\r\n1\r\n$1\r\n2\r\n$5\r\n70000\r\n");
  assert.equal(
    c.cmd("ZRANGE", "zold", "0", "-1", "WITHSCORES"),
    "*4\r\n$1\r\na\r\n$3\r\n2.5\r\n$1\r\nb\r\n$3\r\ninf\r\n",
  );
  assert.equal(c.cmd("LRANGE", "lold", "0", "-1"), "*2\r\n$1\r\np\r\n$1\r\nq\r\n");
  assert.equal(c.cmd("EXPIRETIME", "secs"), ":2147483647\r\n");
  assert.ok(s.t.host.lines.includes("* Loading RDB produced by version 6.2.14"));
});

test("an RDB file naming a key twice, or holding a truncated stream, is refused with a log line that says so", async () => {
  const { RdbEncoder, writeTrailer, writeHeader, writeSelectDb } = await import("../../src/core/persistence/rdb.ts");
  const build = (records: (enc: InstanceType<typeof RdbEncoder>) => void) => {
    const chunks: Uint8Array[] = [];
    const enc = new RdbEncoder(false, (c) => chunks.push(c.slice()));
    writeHeader(enc, 1_700_000_000_000, 0, false);
    writeSelectDb(enc, 0, 2, 0);
    records(enc);
    writeTrailer(enc);
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };
  const files = new MemoryFileStore();
  files.files.set(
    "/data/dump.rdb",
    build((e) => {
      e.u8(0);
      e.string("k");
      e.string("1");
      e.u8(0);
      e.string("k");
      e.string("2");
    }),
  );
  let r = reload(files);
  assert.equal(r.ok, false);
  assert.ok(r.s.t.host.lines.some((l) => l.includes("RDB has duplicated key 'k' in DB 0")));
  assert.equal(r.s.t.connect().cmd("DBSIZE"), ":0\r\n");
  files.files.set(
    "/data/dump.rdb",
    build((e) => {
      e.u8(0);
      e.string("k");
      e.string("1");
      e.u8(19);
      e.string("mystream");
      e.len(0);
    }),
  );
  r = reload(files);
  assert.equal(r.ok, false);
  assert.ok(r.s.t.host.lines.some((l) => l.includes("Stream object metadata loading failed.")));
  assert.equal(r.s.t.connect().cmd("DBSIZE"), ":0\r\n");
});

test("dir and dbfilename are protected configs, as in Redis 7.0", () => {
  const { t } = setup();
  const c = t.connect();
  assert.equal(
    c.cmd("CONFIG", "SET", "dir", "/tmp"),
    "-ERR CONFIG SET failed (possibly related to argument 'dir') - can't set protected config\r\n",
  );
  assert.equal(
    c.cmd("CONFIG", "SET", "dbfilename", "x.rdb"),
    "-ERR CONFIG SET failed (possibly related to argument 'dbfilename') - can't set protected config\r\n",
  );
  assert.equal(c.cmd("CONFIG", "GET", "dir"), "*2\r\n$3\r\ndir\r\n$5\r\n/data\r\n");
});

test("enable-protected-configs local lets a local client set dbfilename, and refuses a remote one", () => {
  const { t } = setup();
  const c = t.connect();
  t.server.config.setRaw("enable-protected-configs", "local");
  t.server.config.setRaw("protected-mode", "no");
  assert.equal(c.cmd("CONFIG", "SET", "dbfilename", "other.rdb"), "+OK\r\n");
  assert.equal(c.cmd("CONFIG", "GET", "dbfilename"), "*2\r\n$10\r\ndbfilename\r\n$9\r\nother.rdb\r\n");
  const remote = t.connect({ remoteAddress: "10.0.0.2:5000" });
  assert.equal(
    remote.cmd("CONFIG", "SET", "maxmemory", "1mb", "dbfilename", "x.rdb"),
    "-ERR CONFIG SET failed (possibly related to argument 'dbfilename') - can't set protected config\r\n",
  );
  assert.equal(c.cmd("CONFIG", "GET", "maxmemory"), "*2\r\n$9\r\nmaxmemory\r\n$1\r\n0\r\n");
});

test("a key created inside EXEC in a slot freed by expiry during BGSAVE stays out of the snapshot", () => {
  const s = setup();
  const p = persistenceOf(s.t.server);
  p.sliceLimit = 10;
  const c = s.t.connect();
  for (let i = 0; i < 100; i++) c.cmd("SET", `k${i}`, "v");
  c.cmd("PEXPIRE", "k50", "5");
  c.cmd("BGSAVE");
  s.t.host.advance(1); // 10 keys written
  s.t.host.time += 10; // k50's deadline passes (without running more slices)
  assert.notEqual(p.bgsave, null);
  assert.equal(c.cmd("GET", "k50"), "$-1\r\n"); // deleted lazily: its slot is free again
  c.cmd("MULTI");
  c.cmd("SET", "k1", "changed");
  c.cmd("SET", "newkey", "v");
  c.cmd("EXEC");
  assert.equal(s.t.server.dbs[0].slotOf("newkey"), 50, "the new key took the freed slot");
  finishBgsave(s);
  const { s: s2 } = reload(s.files);
  const d = s2.t.connect();
  assert.equal(d.cmd("EXISTS", "newkey"), ":0\r\n");
  assert.equal(d.cmd("GET", "k1"), "$1\r\nv\r\n");
  assert.equal(d.cmd("DBSIZE"), ":99\r\n");
});

test("a shutdown while the snapshot is still loading does not overwrite it with part of the data", () => {
  const a = setup();
  const c = a.t.connect();
  for (let i = 0; i < 300; i++) c.cmd("SET", `k${i}`, "v");
  c.cmd("SAVE");
  const saved = a.files.files.get("/data/dump.rdb");
  const s = setup([["save", "3600 1"]], a.files);
  const p = persistenceOf(s.t.server);
  p.sliceLimit = 100;
  p.loadAtStartup(() => {}, true);
  s.t.host.advance(1);
  assert.notEqual(p.loading, null);
  p.signal("SIGTERM");
  assert.deepEqual(s.exits, [0]);
  assert.equal(s.files.files.get("/data/dump.rdb"), saved);
  assert.ok(s.t.host.lines.includes("# Not saving the DB on shutdown: it is still being loaded."));
});

test("BGSAVE keeps the pre-save destination of a BLMOVE that another client's push serves during the save", () => {
  const s = setup();
  const p = persistenceOf(s.t.server);
  p.sliceLimit = 10;
  const c = s.t.connect();
  const blocked = s.t.connect();
  for (let i = 0; i < 100; i++) c.cmd("SET", `k${i}`, "v");
  c.cmd("RPUSH", "dst", "old");
  assert.equal(blocked.cmd("BLMOVE", "src", "dst", "LEFT", "RIGHT", "0"), "");
  c.cmd("BGSAVE");
  s.t.host.advance(1);
  assert.ok(s.t.server.dbs[0].slotOf("dst")! >= 10, "dst is not written yet");
  c.cmd("RPUSH", "src", "moved");
  assert.equal(blocked.output(), "$5\r\nmoved\r\n");
  assert.equal(c.cmd("LRANGE", "dst", "0", "-1"), "*2\r\n$3\r\nold\r\n$5\r\nmoved\r\n");
  finishBgsave(s);
  const { s: s2 } = reload(s.files);
  assert.equal(s2.t.connect().cmd("LRANGE", "dst", "0", "-1"), "*1\r\n$3\r\nold\r\n");
});

test("the RDB reader gives the same values, times and checksum whatever the chunks a source hands it, even one reused buffer", async () => {
  const { RdbEncoder, RdbDecoder } = await import("../../src/core/persistence/rdb.ts");
  const { BigString, setBigMin } = await import("../../src/core/keyspace/bigstr.ts");
  setBigMin(64);
  try {
    const enc = new RdbEncoder(true);
    const strings = [
      "",
      "k",
      "12345",
      "-7",
      "x".repeat(63),
      "y".repeat(200),
      "abc".repeat(30) + "z",
      "\u00ff\u0000\u0080",
    ];
    for (const s of strings) enc.string(s);
    const big = Array.from({ length: 300 }, (_, i) => String.fromCharCode((i * 37) & 0xff)).join("");
    enc.string(big);
    const times = [0, 1, -1, 1_700_000_000_123, -(2 ** 40) - 5, 2 ** 53 + 2, -(2 ** 62)];
    for (const t of times) enc.ms(t);
    const doubles = [0, -0, 1.5, -3.25e-300, Infinity, -Infinity, 2 ** 60 + 1];
    for (const d of doubles) enc.binaryDouble(d);
    enc.u8(0xff);
    const bytes = enc.result().slice();
    for (const size of [1, 3, 7, 64, 1000]) {
      const chunk = new Uint8Array(size); // the same buffer every call, as the file reader hands it out
      let at = 0;
      const dec = new RdbDecoder(new Uint8Array(0), () => {
        if (at >= bytes.length) return null;
        const n = Math.min(size, bytes.length - at);
        chunk.set(bytes.subarray(at, at + n));
        at += n;
        return chunk.subarray(0, n);
      });
      dec.startCrc();
      for (const s of strings) assert.equal(dec.string(), s, `chunks of ${size}`);
      const v = dec.stringValue();
      assert.ok(v instanceof BigString);
      const times2 = times.map(() => dec.ms());
      const doubles2 = doubles.map(() => dec.binaryDouble());
      assert.equal(dec.u8(), 0xff);
      assert.deepEqual(Array.from(v.view()), Array.from(big, (c) => c.charCodeAt(0)), `big string, chunks of ${size}`);
      assert.deepEqual(times2, times.map((t) => Number(BigInt.asIntN(64, BigInt(t)))));
      assert.deepEqual(doubles2, doubles);
      assert.ok(Object.is(doubles2[1], -0));
      dec.foldCrc();
      assert.equal(dec.crc!.value(), crc64(bytes).value(), `checksum, chunks of ${size}`);
    }
  } finally {
    setBigMin();
  }
});
