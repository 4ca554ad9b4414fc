/**
 * HyperLogLog against redis-server 7.0.15: the value's bytes (GET, DUMP) after PFADDs of 1 to 20000 elements,
 * sparse to dense promotion by size and by PFMERGE, the cached cardinality, PFCOUNT of many keys, PFDEBUG,
 * the two kinds of WRONGTYPE and INVALIDOBJ, events, WATCH, and a seeded run of corrupted values.
 */
import type { DiffCase, DiffStep } from "../types.ts";
import { Prng } from "../prng.ts";

/** PFADD commands adding `prefix`0 .. `prefix`(n-1) to `key`, at most `per` elements each. */
function pfadds(key: string, prefix: string, n: number, per = 500): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < n; i += per) {
    const cmd = ["PFADD", key];
    for (let j = i; j < Math.min(n, i + per); j++) cmd.push(`${prefix}${j}`);
    out.push(cmd);
  }
  return out;
}

/** What a value looks like from outside: its bytes, its serialisation, its count and encodings. */
function inspect(key: string): string[][] {
  return [
    ["GET", key],
    ["DUMP", key],
    ["STRLEN", key],
    ["PFDEBUG", "ENCODING", key],
    ["OBJECT", "ENCODING", key],
    ["PFCOUNT", key],
    // The count is cached in the header now.
    ["GET", key],
  ];
}

/** The bytes of an empty sparse HLL: header, then one XZERO opcode covering all 16384 registers. */
const EMPTY_SPARSE = "HYLL\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x7f\xff";

/** A header with an invalid cached count, for hand-made sparse bodies. */
const SPARSE_HDR = "HYLL\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80";

/** Runs the HLL commands on whatever `key` holds, then looks at what is left. */
function poke(key: string): string[][] {
  return [
    ["PFCOUNT", key],
    ["PFCOUNT", key, "nokey"],
    ["PFADD", key, "a", "b", "c", "x1", "x2"],
    ["GET", key],
    ["PFMERGE", "dst", key],
    ["PFDEBUG", "DECODE", key],
    ["PFDEBUG", "TODENSE", key],
    ["GET", key],
    ["GET", "dst"],
    ["DEL", "dst"],
  ];
}

/** Sparse values made of seeded random opcodes, and valid ones with bytes flipped or cut. */
function corruptedValues(seed: number, count: number): string[] {
  const rnd = new Prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rnd.int(3);
    let body = "";
    if (kind === 0) {
      const n = 1 + rnd.int(12);
      for (let j = 0; j < n; j++) body += String.fromCharCode(rnd.int(256));
    } else {
      // A plausible run: a few XZERO/ZERO/VAL opcodes that may or may not cover 16384 registers.
      const ops = [
        "\x7f\xff",
        "\x40\x00",
        "\x3f",
        "\x00",
        "\x80",
        "\x83",
        "\xfc",
        "\x7c\x00",
        "\x5f\xff",
        "\x60\x00",
      ];
      const n = 1 + rnd.int(6);
      for (let j = 0; j < n; j++) body += rnd.pick(ops);
      if (kind === 2 && body.length > 1) body = body.slice(0, body.length - 1);
    }
    out.push(SPARSE_HDR + completeLastXzero(body));
  }
  return out;
}

/**
 * A body whose last opcode is an XZERO cut after its first byte gets its second byte: Redis reads that byte
 * past the value's end, from memory a later command may see differently (see hllSparseSet).
 */
function completeLastXzero(body: string): string {
  let i = 0;
  while (i < body.length) {
    const truncated = (body.charCodeAt(i) & 0xc0) === 0x40 && i + 1 === body.length;
    if (truncated) return body + "\x00";
    i += (body.charCodeAt(i) & 0xc0) === 0x40 ? 2 : 1;
  }
  return body;
}

export const cases: DiffCase[] = [
  {
    name: "PFADD creates a sparse HLL, replies 1 only when a register grows, and PFCOUNT caches the count",
    steps: [
      ["PFADD", "h"],
      ["GET", "h"],
      ["PFADD", "h"],
      ["PFADD", "h", "a", "b", "c"],
      ["PFADD", "h", "a"],
      ["PFADD", "h", "a", "b", "d"],
      ["PFADD", "h", ""],
      ...inspect("h"),
      ["PFCOUNT", "h"],
      ["PFDEBUG", "DECODE", "h"],
      ["TYPE", "h"],
      ["PFCOUNT", "nokey"],
      ["EXISTS", "nokey"],
    ],
  },
  {
    name: "HLL bytes match after 1, 100, 3000 and 20000 elements",
    steps: [
      ...pfadds("h1", "e", 1),
      ...inspect("h1"),
      ...pfadds("h100", "e", 100),
      ...inspect("h100"),
      ...pfadds("h3000", "e", 3000),
      ...inspect("h3000"),
      ...pfadds("h20000", "e", 20000, 1000),
      ...inspect("h20000"),
      ["PFCOUNT", "h1", "h100", "h3000", "h20000"],
    ],
  },
  {
    name: "A sparse HLL turns dense past hll-sparse-max-bytes, one element at a time",
    steps: [
      ["CONFIG", "SET", "hll-sparse-max-bytes", "60"],
      ...Array.from({ length: 40 }, (_, i) => ["PFADD", "h", `m${i}`]),
      ...inspect("h"),
      ["CONFIG", "SET", "hll-sparse-max-bytes", "0"],
      ["PFADD", "z", "one"],
      ["PFDEBUG", "ENCODING", "z"],
      ["CONFIG", "GET", "hll-sparse-max-bytes"],
      ["CONFIG", "SET", "hll-sparse-max-bytes", "-1"],
      ["CONFIG", "SET", "hll-sparse-max-bytes", "3000"],
    ],
  },
  {
    name: "PFMERGE of sparse and dense sources, into missing, sparse and dense destinations",
    steps: [
      ...pfadds("s1", "a", 50),
      ...pfadds("s2", "b", 80),
      ...pfadds("d1", "c", 5000),
      ["PFMERGE", "m1", "s1", "s2"],
      ...inspect("m1"),
      ["PFMERGE", "m2", "s1", "d1"],
      ...inspect("m2"),
      ["PFMERGE", "s1", "s2"],
      ...inspect("s1"),
      ["PFMERGE", "s2", "d1"],
      ...inspect("s2"),
      ["PFMERGE", "d1", "s1", "nokey"],
      ...inspect("d1"),
      ["PFMERGE", "only"],
      ...inspect("only"),
      ["PFMERGE", "only"],
      ["GET", "only"],
      ["PFCOUNT", "s1", "s2", "d1", "m1", "nokey"],
      ["PFCOUNT", "m1"],
    ],
  },
  {
    name: "PFMERGE of many sparse sources turns the sparse destination dense when it outgrows the limit",
    steps: [
      ...pfadds("a", "x", 700),
      ...pfadds("b", "y", 700),
      ["PFDEBUG", "ENCODING", "a"],
      ["PFDEBUG", "ENCODING", "b"],
      ["PFMERGE", "a", "b"],
      ...inspect("a"),
    ],
  },
  {
    name: "PFDEBUG GETREG, DECODE, ENCODING, TODENSE and their errors",
    steps: [
      ...pfadds("h", "r", 20),
      ["PFDEBUG", "DECODE", "h"],
      ["PFDEBUG", "ENCODING", "h"],
      ["PFDEBUG", "GETREG", "h"],
      ["PFDEBUG", "ENCODING", "h"],
      ["GET", "h"],
      ["PFDEBUG", "DECODE", "h"],
      ["PFDEBUG", "TODENSE", "h"],
      ...pfadds("g", "r", 20),
      ["PFDEBUG", "TODENSE", "g"],
      ["PFDEBUG", "TODENSE", "g"],
      ["GET", "g"],
      ["PFDEBUG", "getreg", "nokey"],
      ["PFDEBUG", "NOPE", "h"],
      ["PFDEBUG", "NOPE", "nokey"],
      ["PFDEBUG", "bad\r\nname", "h"],
      ["PFDEBUG", "GETREG"],
      ["PFDEBUG", "GETREG", "h", "extra"],
      ["SET", "str", "hello"],
      ["PFDEBUG", "ENCODING", "str"],
      ["RPUSH", "list", "a"],
      ["PFDEBUG", "ENCODING", "list"],
    ],
  },
  {
    name: "PFDEBUG GETREG and DECODE in RESP3",
    resp3: true,
    steps: [
      ...pfadds("h", "q", 10),
      ["PFDEBUG", "DECODE", "h"],
      ["PFDEBUG", "ENCODING", "h"],
      ["PFDEBUG", "GETREG", "h"],
      ["PFCOUNT", "h"],
      ["PFADD", "h", "new"],
      ["PFMERGE", "m", "h"],
      ["PFDEBUG", "NOPE", "h"],
      ["SET", "s", "plain string value"],
      ["PFADD", "s", "x"],
      ["PFCOUNT", "s", "h"],
    ],
  },
  {
    name: "Values that are not HLLs: WRONGTYPE for other types, the HLL WRONGTYPE for other strings",
    steps: [
      ["RPUSH", "list", "a"],
      ["PFADD", "list", "x"],
      ["PFCOUNT", "list"],
      ["PFCOUNT", "list", "nokey"],
      ["PFMERGE", "list"],
      ["PFMERGE", "dst", "list"],
      ["EXISTS", "dst"],
      ["SET", "s", "hello"],
      ["PFADD", "s", "x"],
      ["PFCOUNT", "s"],
      ["PFCOUNT", "nokey", "s"],
      ["PFMERGE", "dst", "s"],
      ["PFMERGE", "s"],
      ["SET", "n", "12345"],
      ["PFADD", "n", "x"],
      ["SET", "short", "HYLL"],
      ["PFCOUNT", "short"],
      ["SET", "enc2", "HYLL\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x7f\xff"],
      ["PFCOUNT", "enc2"],
      ["SET", "magic", "HYLX\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x7f\xff"],
      ["PFADD", "magic", "a"],
      ["SET", "dense", "HYLL\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x7f\xff"],
      ["PFCOUNT", "dense"],
      ["PFDEBUG", "GETREG", "dense"],
      ["CONFIG", "RESETSTAT"],
      ["PFADD", "s", "x"],
      ["PFADD", "list", "x"],
      ["INFO", "errorstats"],
    ],
  },
  {
    name: "Corrupted sparse HLLs: INVALIDOBJ, and what PFADD changed before it noticed stays",
    steps: [
      // Registers past the last opcode: 16383 covered instead of 16384.
      ["SET", "short", SPARSE_HDR + "\x7f\xfe"],
      ...poke("short"),
      // Too many registers.
      ["SET", "long", SPARSE_HDR + "\x7f\xff\x00"],
      ...poke("long"),
      ["SET", "tail", EMPTY_SPARSE + "\x00"],
      ["PFCOUNT", "tail"],
      ["SET", "valid", SPARSE_HDR.slice(0, 15) + "\x00" + "\x7f\xff"],
      ["PFCOUNT", "valid"],
      ["SET", "cached", "HYLL\x01\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x7f\xfe"],
      ["PFCOUNT", "cached"],
      ["PFCOUNT", "cached", "nokey"],
      ["SET", "empty", "HYLL\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80"],
      ...poke("empty"),
      // A cut XZERO opcode reads the byte after the value: zero the first time (sds's terminator).
      ["SET", "halfx", SPARSE_HDR + "\x7f"],
      ["PFCOUNT", "halfx"],
      ["PFADD", "halfx", "a", "b", "c"],
      ["GET", "halfx"],
    ],
  },
  {
    name: "A hand-made sparse value longer than a dense HLL: ZERO opcodes of one register each",
    steps: [
      ["SET", "long", SPARSE_HDR + "\x00".repeat(16384)],
      ["PFCOUNT", "long"],
      ["PFADD", "long", "a", "b"],
      ["STRLEN", "long"],
      ["PFDEBUG", "ENCODING", "long"],
      ["PFCOUNT", "long"],
      ["GET", "long"],
      ["PFMERGE", "long", "nokey"],
      ["STRLEN", "long"],
    ],
  },
  {
    name: "Seeded random corrupted sparse values behave as Redis's",
    steps: corruptedValues(13, 60).flatMap((v, i) => [["SET", `c${i}`, v], ...poke(`c${i}`)]),
  },
  {
    name: "Small HLLs report raw after any PF command, like Redis's in-place values",
    steps: [
      ["SET", "h", EMPTY_SPARSE],
      ["OBJECT", "ENCODING", "h"],
      ["PFCOUNT", "h"],
      ["OBJECT", "ENCODING", "h"],
      ["SET", "h", EMPTY_SPARSE],
      ["PFADD", "h"],
      ["OBJECT", "ENCODING", "h"],
      ["SET", "h", EMPTY_SPARSE],
      ["PFCOUNT", "h", "nokey"],
      ["OBJECT", "ENCODING", "h"],
      ["SET", "h", EMPTY_SPARSE],
      ["PFDEBUG", "ENCODING", "h"],
      ["OBJECT", "ENCODING", "h"],
      ["PFADD", "h", "a"],
      ["OBJECT", "ENCODING", "h"],
      ["APPEND", "h", ""],
      ["OBJECT", "ENCODING", "h"],
    ],
  },
  {
    name: "Keyspace events: pfadd for PFADD and PFMERGE, none for PFCOUNT or an unchanged PFADD",
    steps: [
      ["CONFIG", "SET", "notify-keyspace-events", "KEA"],
      { cmd: ["PSUBSCRIBE", "__key*__:*"], conn: 1 },
      ["PFADD", "h", "a"],
      ["PFADD", "h", "a"],
      ["PFCOUNT", "h"],
      ["PFMERGE", "m", "h", "nokey"],
      ["PFDEBUG", "TODENSE", "m"],
      ["PFADD", "h", "b"],
      { read: true, conn: 1 },
      { read: true, conn: 1 },
      { read: true, conn: 1 },
      { read: true, conn: 1 },
      { read: true, conn: 1 },
      { read: true, conn: 1 },
      { read: true, conn: 1 },
      { read: true, conn: 1 },
      { read: true, conn: 1 },
      ["PFCOUNT", "nokey"],
      { read: true, conn: 1 },
      { read: true, conn: 1 },
    ] as (string[] | DiffStep)[],
  },
  {
    name: "WATCH sees PFADD and a PFCOUNT that fills the cache, not one that reads it",
    steps: [
      ["PFADD", "h", "a"],
      ["WATCH", "h"],
      ["PFCOUNT", "h"],
      ["MULTI"],
      ["PING"],
      ["EXEC"],
      ["WATCH", "h"],
      ["PFCOUNT", "h"],
      ["MULTI"],
      ["PING"],
      ["EXEC"],
      ["WATCH", "h"],
      { cmd: ["PFADD", "h", "zz"], conn: 1 },
      ["MULTI"],
      ["PING"],
      ["EXEC"],
      ["WATCH", "h"],
      { cmd: ["PFADD", "h", "zz"], conn: 1 },
      ["MULTI"],
      ["PING"],
      ["EXEC"],
      ["MULTI"],
      ["PFADD", "t", "1", "2"],
      ["PFCOUNT", "t"],
      ["PFMERGE", "t2", "t"],
      ["PFCOUNT", "t2", "t"],
      ["EXEC"],
    ],
  },
  {
    name: "PFADD and PFMERGE keep the key's TTL; arity errors",
    steps: [
      ["PFADD", "h", "a"],
      ["EXPIRE", "h", "100"],
      ["PFADD", "h", "b", "c"],
      ["TTL", "h"],
      ["PFCOUNT", "h"],
      ["TTL", "h"],
      ["PFMERGE", "h", "nokey"],
      ["TTL", "h"],
      ["PFSELFTEST", "x"],
      ["PFADD"],
      ["PFCOUNT"],
      ["PFMERGE"],
    ],
  },
  {
    name: "PF commands from scripts, read-only scripts included",
    steps: [
      ["EVAL", "return redis.call('pfadd', KEYS[1], 'a', 'b', 'c')", "1", "h"],
      ["EVAL_RO", "return redis.call('pfcount', KEYS[1])", "1", "h"],
      ["EVAL_RO", "return redis.call('pfadd', KEYS[1], 'x')", "1", "h"],
      ["EVAL", "return redis.call('pfmerge', KEYS[1], KEYS[2])", "2", "m", "h"],
      ["EVAL", "return redis.pcall('pfcount', KEYS[1])", "1", "s"],
      ["SET", "s", "plain"],
      ["EVAL", "return redis.pcall('pfcount', KEYS[1])", "1", "s"],
      ["EVAL", "return redis.pcall('pfdebug', 'encoding', KEYS[1])", "1", "h"],
      ["EVAL_RO", "return redis.pcall('publish', 'ch', 'msg')", "0"],
      ["EVAL_RO", "return redis.pcall('pfcount', KEYS[1], KEYS[2])", "2", "h", "m"],
      ["GET", "m"],
    ],
  },
  {
    name: "Binary and long elements hash as Redis hashes them",
    steps: [
      [
        "PFADD",
        "h",
        "\x00",
        "\xff\xfe\x80",
        "1234567",
        "12345678",
        "123456789",
        "x".repeat(1000),
        "\r\n",
        "é",
        "\x00\x00\x00\x00\x00\x00\x00\x00",
      ],
      ["GET", "h"],
      ["PFDEBUG", "DECODE", "h"],
      ...pfadds("n", "", 2000),
      ["GET", "n"],
    ],
  },
];
