/**
 * DUMP and RESTORE against redis-server 7.0.15, byte for byte: RESTORE of hand-built payloads in every RDB type
 * (Redis 6's ziplist/zipmap ones as version-9 payloads) read back every way, with the encoding each ends up in;
 * DUMP payloads of every encoding whose bytes Redis makes deterministic (strings raw/int/LZF, listpack lists/hashes/sorted sets, quicklists built by RPUSH,
 * intsets, skiplist sorted sets), RESTORE's options and every error, and the argument errors of the snapshot
 * commands that do not touch the disk (SAVE/BGSAVE themselves would write files, so they are tested in
 * tests/integration/persistence.test.ts instead). Hashtable sets and hashes are left out: their DUMP follows
 * Redis's hash order.
 */
import type { DiffCase, DiffStep } from "../types.ts";
import { Crc64 } from "../../../src/core/persistence/crc64.ts";
import { encodeIntset, encodeListpack } from "../../../src/core/persistence/encodings.ts";

/** A DUMP payload around raw RDB value bytes, with a given version and a correct checksum. */
function payload(body: number[], version = 10): string {
  const bytes = new Uint8Array([...body, version & 0xff, version >> 8]);
  const crc = new Crc64().update(bytes).bytes();
  let s = "";
  for (const b of [...bytes, ...crc]) s += String.fromCharCode(b);
  return s;
}

const range = (n: number, f: (i: number) => string[]) => Array.from({ length: n }, (_, i) => f(i)).flat();
const bytes = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** An RDB string of raw bytes: 6-bit or 14-bit length, then the bytes. */
function rdbString(b: number[] | Uint8Array): number[] {
  const n = b.length;
  return [...(n < 64 ? [n] : [0x40 | (n >> 8), n & 0xff]), ...b];
}

/** A ziplist (Redis 6 encoding) of short strings and small integers. */
function ziplist(items: (string | number)[]): number[] {
  const entries: number[][] = [];
  let prev = 0;
  for (const it of items) {
    const e: number[] = [prev];
    if (typeof it === "number") {
      if (it >= 0 && it <= 12) e.push(0xf1 + it);
      else if (it >= -128 && it <= 127) e.push(0xfe, it & 0xff);
      else e.push(0xc0, it & 0xff, (it >> 8) & 0xff);
    } else e.push(it.length, ...bytes(it));
    entries.push(e);
    prev = e.length;
  }
  const body = entries.flat();
  const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  return [
    ...le32(10 + body.length + 1),
    ...le32(10 + body.length - (entries.at(-1)?.length ?? 0)),
    items.length & 0xff,
    items.length >> 8,
    ...body,
    0xff,
  ];
}

function zipmap(pairs: [string, string][]): number[] {
  return [pairs.length, ...pairs.flatMap(([k, v]) => [k.length, ...bytes(k), v.length, 0, ...bytes(v)]), 0xff];
}

/** RESTOREs `body` (type byte + value) as payload version `ver`, then reads it back every way there is. */
function restoreCase(name: string, body: number[], read: (string[] | DiffStep)[], ver = 10): DiffCase {
  return {
    name: `RESTORE of ${name}`,
    steps: [["RESTORE", "k", "0", payload(body, ver)], ["TYPE", "k"], ["OBJECT", "ENCODING", "k"], ...read],
  };
}
const LIST = [["LRANGE", "k", "0", "-1"], ["LLEN", "k"]];
const HASH: (string[] | DiffStep)[] = [{ cmd: ["HGETALL", "k"], unordered: true }, ["HLEN", "k"]];
const SET: (string[] | DiffStep)[] = [{ cmd: ["SMEMBERS", "k"], unordered: true }, ["SCARD", "k"]];
const ZSET = [["ZRANGE", "k", "0", "-1", "WITHSCORES"]];

/** Payloads in every RDB type, the Redis 6 ones as version-9 payloads (RESTORE accepts versions up to 10). */
const restores: DiffCase[] = [
  restoreCase("a Redis 6 ziplist list", [10, ...rdbString(ziplist(["a", 5, "b", -100, 1000]))], LIST, 9),
  restoreCase(
    "a Redis 6 quicklist of ziplists",
    [14, 2, ...rdbString(ziplist(["a", 1])), ...rdbString(ziplist(["x", -3]))],
    LIST,
    9,
  ),
  restoreCase("a Redis 6 ziplist hash", [13, ...rdbString(ziplist(["f1", "v1", "n", 7]))], HASH, 9),
  restoreCase("a Redis 2 zipmap hash", [9, ...rdbString(zipmap([["k", "v"], ["kk", "vv"]]))], HASH, 9),
  restoreCase("a Redis 6 ziplist sorted set", [12, ...rdbString(ziplist(["m1", "1.5", "m2", 3]))], ZSET, 9),
  restoreCase("an old-style list", [1, 2, ...rdbString(bytes("p")), ...rdbString(bytes("q"))], LIST, 9),
  restoreCase(
    "an old-style sorted set with text scores",
    [3, 2, ...rdbString(bytes("a")), 3, ...bytes("2.5"), ...rdbString(bytes("b")), 254],
    ZSET,
    9,
  ),
  restoreCase("an intset", [11, ...rdbString(encodeIntset(["3", "1", "2"]))], SET),
  restoreCase("a hashtable set of integers (becomes an intset)", [
    2,
    3,
    ...rdbString(bytes("1")),
    ...rdbString(bytes("2")),
    ...rdbString(bytes("3")),
  ], SET),
  restoreCase("a hashtable set of strings", [2, 2, ...rdbString(bytes("a")), ...rdbString(bytes("b"))], SET),
  restoreCase(
    "a small hashtable hash (becomes a listpack)",
    [4, 1, ...rdbString(bytes("f")), ...rdbString(bytes("v"))],
    HASH,
  ),
  restoreCase("a listpack hash", [16, ...rdbString(encodeListpack(["f", "v", "n", "12"]))], HASH),
  restoreCase("a listpack sorted set", [17, ...rdbString(encodeListpack(["a", "1", "b", "2.5"]))], ZSET),
  restoreCase("a ZSET_2 sorted set (becomes a listpack)", [
    5,
    1,
    ...rdbString(bytes("m")),
    0,
    0,
    0,
    0,
    0,
    0,
    0xf8,
    0x3f,
  ], ZSET),
  restoreCase("a quicklist of listpacks", [18, 1, 2, ...rdbString(encodeListpack(["a", "1", "-5"]))], LIST),
  restoreCase("a quicklist with a plain node", [
    18,
    2,
    1,
    ...rdbString(bytes("big")),
    2,
    ...rdbString(encodeListpack(["x"])),
  ], LIST),
  restoreCase("an empty set (refused)", [2, 0], SET),
  restoreCase("a one-member hashtable set", [2, 1, ...rdbString(bytes("only"))], SET),
  restoreCase("an empty listpack hash (refused)", [16, ...rdbString(encodeListpack([]))], HASH),
];

const dumps: [string, string[]][] = [
  ["short string", ["SET", "k", "hello"]],
  ["int8 string", ["SET", "k", "-12"]],
  ["int16 string", ["SET", "k", "30000"]],
  ["int32 string", ["SET", "k", "-2147483648"]],
  ["integer past int32 stays raw", ["SET", "k", "2147483648"]],
  ["leading zero is not an integer", ["SET", "k", "007"]],
  ["empty string", ["SET", "k", ""]],
  ["binary string", ["SET", "k", "\x00\xff\r\n\x80abc"]],
  ["LZF-compressed string", ["SET", "k", "abcabcabcabcabcabcabcabcabcabcabcabcabcabc"]],
  ["long repetitive string", ["SET", "k", "x".repeat(5000)]],
  ["21 bytes that do not compress", ["SET", "k", "q8Zx1Lm0Pn7Rb2Tv9Kc3W"]],
  ["listpack list", [
    "RPUSH",
    "k",
    "a",
    "1",
    "-1",
    "127",
    "128",
    "-4096",
    "4095",
    "32767",
    "8388607",
    "2147483647",
    "9223372036854775807",
    "",
    "x".repeat(70),
  ]],
  ["quicklist of several nodes", ["RPUSH", "k", ...range(3000, (i) => [i % 3 ? `elem${i}` : String(i * 7)])]],
  ["listpack hash", ["HSET", "k", "f1", "v1", "num", "42", "empty", ""]],
  ["intset", ["SADD", "k", "5", "-3", "100000", "-9223372036854775808"]],
  ["listpack sorted set", ["ZADD", "k", "1", "a", "2.5", "b", "-3", "c", "1e100", "d", "inf", "e", "-inf", "f"]],
  ["skiplist sorted set", ["ZADD", "k", ...range(200, (i) => [String(i / 4), `m${i}`])]],
];

export const cases: DiffCase[] = [
  ...restores,
  ...dumps.map(([name, write]): DiffCase => ({ name: `DUMP of a ${name}`, steps: [write, ["DUMP", "k"]] })),
  {
    name: "DUMP of a missing key is nil, in RESP2 and RESP3",
    steps: [["DUMP", "nosuch"], ["HELLO", "3"], ["DUMP", "nosuch"]],
  },
  {
    name: "RESTORE of a string payload: BUSYKEY, REPLACE, TTL, ABSTTL in the past, IDLETIME",
    steps: [
      ["SET", "k", "v"],
      ["RESTORE", "k", "0", payload([0, 5, 104, 101, 108, 108, 111])],
      ["RESTORE", "k", "0", payload([0, 5, 104, 101, 108, 108, 111]), "REPLACE"],
      ["GET", "k"],
      ["RESTORE", "k2", "100000", payload([0, 1, 120])],
      ["PTTL", "k2"],
      ["RESTORE", "k2", "1", payload([0, 1, 121]), "REPLACE", "ABSTTL"],
      ["EXISTS", "k2"],
      ["RESTORE", "k3", "0", payload([0, 1, 122]), "IDLETIME", "1000"],
      ["OBJECT", "IDLETIME", "k3"],
      ["RESTORE", "k4", "0", payload([0, 1, 122]), "FREQ", "5"],
      ["GET", "k4"],
    ],
  },
  {
    name: "RESTORE errors: TTL, IDLETIME, FREQ, syntax, checksum, version, bad data",
    steps: [
      ["RESTORE", "k", "-1", payload([0, 1, 120])],
      ["RESTORE", "k", "abc", payload([0, 1, 120])],
      ["RESTORE", "k", "0", payload([0, 1, 120]), "IDLETIME", "-1"],
      ["RESTORE", "k", "0", payload([0, 1, 120]), "IDLETIME", "x"],
      ["RESTORE", "k", "0", payload([0, 1, 120]), "FREQ", "256"],
      ["RESTORE", "k", "0", payload([0, 1, 120]), "FREQ", "-1"],
      ["RESTORE", "k", "0", payload([0, 1, 120]), "IDLETIME", "1", "FREQ", "1"],
      ["RESTORE", "k", "0", payload([0, 1, 120]), "FREQ", "1", "IDLETIME", "1"],
      ["RESTORE", "k", "0", payload([0, 1, 120]), "IDLETIME"],
      ["RESTORE", "k", "0", payload([0, 1, 120]), "BOGUS"],
      ["RESTORE", "k", "0", payload([0, 1, 120]).slice(0, -1) + "\x00"],
      ["RESTORE", "k", "0", "short"],
      ["RESTORE", "k", "0", ""],
      ["RESTORE", "k", "0", payload([0, 1, 120], 11)],
      ["RESTORE", "k", "0", payload([99, 1, 120])],
      ["RESTORE", "k", "0", payload([0, 5, 120])],
      ["RESTORE", "k", "0", payload([11, 3, 1, 2, 3])],
      ["EXISTS", "k"],
      ["RESTORE", "k"],
    ],
  },
  {
    name: "RESTORE with REPLACE and an expired TTL deletes the old key",
    steps: [["SET", "k", "old"], ["RESTORE", "k", "1", payload([0, 1, 120]), "REPLACE", "ABSTTL"], ["EXISTS", "k"]],
  },
  {
    name: "a DUMP payload RESTOREs under another name with the same content",
    steps: [["RPUSH", "src", "a", "b", "1"], ["DUMP", "src"]],
  },
  {
    name: "INFO persistence has Redis's fields in Redis's order, with AOF off and on",
    steps: [
      ["INFO", "persistence"],
      ["CONFIG", "SET", "appendonly", "yes"],
      { cmd: ["INFO", "persistence"], sleepMs: 300 },
      ["CONFIG", "SET", "appendonly", "no"],
      ["INFO", "persistence"],
    ],
  },
  {
    name: "persistence settings: defaults, validation, protected and immutable ones",
    steps: [
      ["CONFIG", "GET", "save"],
      ["CONFIG", "GET", "appendfsync"],
      { cmd: ["CONFIG", "GET", "rdb*"], unordered: true },
      { cmd: ["CONFIG", "GET", "aof-*"], unordered: true },
      { cmd: ["CONFIG", "GET", "auto-aof-rewrite-*"], unordered: true },
      ["CONFIG", "SET", "appendfsync", "sometimes"],
      ["CONFIG", "SET", "appendfsync", "ALWAYS"],
      ["CONFIG", "GET", "appendfsync"],
      ["CONFIG", "SET", "dir", "/tmp"],
      ["CONFIG", "SET", "dbfilename", "x.rdb"],
      ["CONFIG", "SET", "appenddirname", "x"],
      ["CONFIG", "SET", "appendfilename", "x.aof"],
      ["CONFIG", "SET", "save", "100 10 20"],
      ["CONFIG", "SET", "save", "3600 1 300 100"],
      ["CONFIG", "GET", "save"],
      ["CONFIG", "SET", "rdbcompression", "maybe"],
    ],
  },
  {
    name: "BGSAVE, SHUTDOWN and LASTSAVE argument errors (nothing is saved or stopped)",
    steps: [
      ["BGSAVE", "NOW"],
      ["BGSAVE", "SCHEDULE", "x"],
      ["SHUTDOWN", "BOGUS"],
      ["SHUTDOWN", "NOSAVE", "SAVE"],
      ["SHUTDOWN", "ABORT", "NOSAVE"],
      ["SHUTDOWN", "ABORT"],
      ["SAVE", "x"],
      ["LASTSAVE", "x"],
      ["BGREWRITEAOF", "x"],
      ["DUMP"],
    ],
  },
];
