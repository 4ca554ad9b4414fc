/**
 * DUMP and RESTORE against redis-server 7.0.15, byte for byte: payloads of every encoding whose bytes Redis
 * makes deterministic (strings raw/int/LZF, listpack lists/hashes/sorted sets, quicklists built by RPUSH,
 * intsets, skiplist sorted sets), RESTORE's options and every error, and the argument errors of the snapshot
 * commands that do not touch the disk (SAVE/BGSAVE themselves would write files, so they are tested in
 * tests/integration/persistence.test.ts instead). Hashtable sets and hashes are left out: their DUMP follows
 * Redis's hash order.
 */
import type { DiffCase } from "../types.ts";
import { Crc64 } from "../../../src/core/persistence/crc64.ts";

/** A DUMP payload around raw RDB value bytes, with a given version and a correct checksum. */
function payload(body: number[], version = 10): string {
  const bytes = new Uint8Array([...body, version & 0xff, version >> 8]);
  const crc = new Crc64().update(bytes).bytes();
  let s = "";
  for (const b of [...bytes, ...crc]) s += String.fromCharCode(b);
  return s;
}

const range = (n: number, f: (i: number) => string[]) => Array.from({ length: n }, (_, i) => f(i)).flat();

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
  ["listpack list", ["RPUSH", "k", "a", "1", "-1", "127", "128", "-4096", "4095", "32767", "8388607", "2147483647", "9223372036854775807", "", "x".repeat(70)]],
  ["quicklist of several nodes", ["RPUSH", "k", ...range(3000, (i) => [i % 3 ? `elem${i}` : String(i * 7)])]],
  ["listpack hash", ["HSET", "k", "f1", "v1", "num", "42", "empty", ""]],
  ["intset", ["SADD", "k", "5", "-3", "100000", "-9223372036854775808"]],
  ["listpack sorted set", ["ZADD", "k", "1", "a", "2.5", "b", "-3", "c", "1e100", "d", "inf", "e", "-inf", "f"]],
  ["skiplist sorted set", ["ZADD", "k", ...range(200, (i) => [String(i / 4), `m${i}`])]],
];

export const cases: DiffCase[] = [
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
