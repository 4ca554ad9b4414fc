/** RDB, DUMP/RESTORE, SAVE/BGSAVE and shutdown, in process with an in-memory file store. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import type { TestServer } from "../helpers/inprocess.ts";
import { MemoryFileStore } from "../../src/core/persistence/fs.ts";
import { attachPersistence, persistenceOf } from "../../src/core/persistence/snapshot.ts";
import { crc64 } from "../../src/core/persistence/crc64.ts";
import { lzfCompress, lzfDecompress } from "../../src/core/persistence/lzf.ts";
import { decodeListpack, encodeListpack, decodeIntset, encodeIntset, splitQuicklist } from "../../src/core/persistence/encodings.ts";

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
  const items = ["0", "127", "128", "-1", "-4096", "4095", "32767", "-32768", "8388607", "-8388608", "2147483647",
    "-2147483648", "9223372036854775807", "-9223372036854775808", "01", " 1", "", "x".repeat(63), "y".repeat(64),
    "z".repeat(4095), "w".repeat(4096), "\x00\xff"];
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
  assert.equal(c.cmd("RESTORE", "k", "0", payload), "-BUSYKEY Target key name already exists.\r\n");
  assert.equal(c.cmd("RESTORE", "k2", "0", payload), "+OK\r\n");
  assert.equal(c.cmd("GET", "k2"), "$5\r\nhello\r\n");
  assert.equal(c.cmd("RESTORE", "k2", "0", payload, "REPLACE", "IDLETIME", "100"), "+OK\r\n");
  assert.equal(c.cmd("RESTORE", "k3", "-1", payload), "-ERR Invalid TTL value, must be >= 0\r\n");
  assert.equal(c.cmd("RESTORE", "k3", "0", payload.slice(0, -1) + "x"), "-ERR DUMP payload version or checksum are wrong\r\n");
  assert.equal(c.cmd("RESTORE", "k3", "0", payload, "FREQ", "300"), "-ERR Invalid FREQ value, must be >= 0 and <= 255\r\n");
  assert.equal(c.cmd("RESTORE", "k3", "0", payload, "IDLETIME", "1", "FREQ", "3"), "-ERR syntax error\r\n");
  assert.equal(c.cmd("RESTORE", "k3", "5000", payload), "+OK\r\n");
  assert.equal(c.cmd("PTTL", "k3"), ":5000\r\n");
  assert.equal(c.cmd("DUMP", "nosuch"), "$-1\r\n");
});
