/**
 * Generated differential cases: a seeded PRNG picks random commands over a small key space that mixes
 * strings, lists, hashes, sets, sorted sets, streams and expiry, so keys collide across types and the WRONGTYPE
 * paths are hit. Only deterministic commands are generated, and only those this server implements (asked
 * with COMMAND LIST), so the generator keeps working as families land. On a mismatch the sequence is
 * minimised (delta debugging) and printed as a replayable case.
 */
import { Prng } from "./prng.ts";
import type { Harness, Mismatch } from "./runner.ts";
import type { DiffCase, DiffStep } from "./types.ts";

const KEYS = ["k0", "k1", "k2", "k3", "k4", "k5"];
const FIELDS = ["f0", "f1", "f2", "f3"];
const MEMBERS = ["m0", "m1", "m2", "m3", "m4", "1", "2"];
const VALUES = [
  "0",
  "1",
  "-1",
  "10",
  "abc",
  "",
  "3.5",
  "9223372036854775807",
  "-9223372036854775808",
  "x y",
  "007",
  " 1",
  "1e3",
  "\x00\xff",
  "hello world",
];
const INTS = [
  "0",
  "1",
  "-1",
  "2",
  "5",
  "-3",
  "100",
  "9223372036854775807",
  "-9223372036854775808",
  "9223372036854775808",
  "x",
  "1.5",
  "",
];
const FLOATS = ["0", "1.5", "-2.25", "1e3", "inf", "-inf", "+inf", "nan", "x", "3", "1e400", "0.1"];
const SCORES = ["0", "1", "2", "1.5", "-1", "-inf", "+inf", "10", "nan", "x"];
const INDEXES = ["0", "1", "-1", "2", "-2", "5", "-100", "100", "x"];
const RANGE_SCORES = ["-inf", "+inf", "0", "1", "(1", "2", "(2", "1.5", "x", "10"];
const LEX = ["-", "+", "[m0", "(m1", "[m3", "(m4", "[a", "m2", "[1"];
/**
 * Lex ranges are only defined when every member has the same score; with mixed scores in a skiplist the
 * answer depends on Redis's random node levels. So lex commands use their own key, which only ever gets
 * members at score 0 (mixed-score small zsets are still reached through the other keys' lex-free commands).
 */
const LEX_KEY = "lexz";
const lexKey = (r: Prng) => (r.chance(0.9) ? LEX_KEY : "nokey");

type Gen = (r: Prng) => string[];

const key = (r: Prng) => r.pick(KEYS);
const val = (r: Prng) => r.pick(VALUES);
const some = (r: Prng, f: (r: Prng) => string, min = 1, max = 3) =>
  Array.from({ length: min + r.int(max - min + 1) }, () => f(r));
const opt = (r: Prng, p: number, ...parts: string[]) => (r.chance(p) ? parts : []);
/** One to three [a, b] pairs, flattened (MSET key value ..., HSET field value ..., ZADD score member ...). */
const pairs = (r: Prng, a: (r: Prng) => string, b: (r: Prng) => string) =>
  Array.from({ length: 1 + r.int(3) }, () => [a(r), b(r)]).flat();

/** Command templates by command name ("container|sub" for subcommands). `unordered` replies are compared sorted. */
const TEMPLATES: Record<string, { gen: Gen; unordered?: boolean; weight?: number }> = {
  // A weight below 1 is a probability of being in the draw at all.
  // strings
  set: {
    weight: 3,
    gen: (
      r,
    ) => [
      "SET",
      key(r),
      val(r),
      ...r.pick([[], [], ["NX"], ["XX"], ["GET"], ["EX", "100"], ["PX", "100000"], ["KEEPTTL"], ["EX", "0"], [
        "XX",
        "GET",
      ]]),
    ],
  },
  get: { weight: 3, gen: (r) => ["GET", key(r)] },
  getset: { gen: (r) => ["GETSET", key(r), val(r)] },
  getdel: { gen: (r) => ["GETDEL", key(r)] },
  getex: { gen: (r) => ["GETEX", key(r), ...r.pick([[], ["PERSIST"], ["EX", "100"], ["PX", "0"]])] },
  setnx: { gen: (r) => ["SETNX", key(r), val(r)] },
  setex: { gen: (r) => ["SETEX", key(r), r.pick(["100", "0", "-1", "x"]), val(r)] },
  psetex: { gen: (r) => ["PSETEX", key(r), r.pick(["100000", "0"]), val(r)] },
  append: { gen: (r) => ["APPEND", key(r), val(r)] },
  strlen: { gen: (r) => ["STRLEN", key(r)] },
  incr: { weight: 2, gen: (r) => ["INCR", key(r)] },
  decr: { gen: (r) => ["DECR", key(r)] },
  incrby: { gen: (r) => ["INCRBY", key(r), r.pick(INTS)] },
  decrby: { gen: (r) => ["DECRBY", key(r), r.pick(INTS)] },
  incrbyfloat: { gen: (r) => ["INCRBYFLOAT", key(r), r.pick(FLOATS)] },
  setrange: { gen: (r) => ["SETRANGE", key(r), r.pick(["0", "1", "5", "-1", "x"]), val(r)] },
  getrange: { gen: (r) => ["GETRANGE", key(r), r.pick(INDEXES), r.pick(INDEXES)] },
  substr: { gen: (r) => ["SUBSTR", key(r), r.pick(INDEXES), r.pick(INDEXES)] },
  mset: { gen: (r) => ["MSET", ...pairs(r, key, val)] },
  mget: { gen: (r) => ["MGET", ...some(r, key)] },
  msetnx: { gen: (r) => ["MSETNX", key(r), val(r), key(r), val(r)] },
  lcs: {
    gen: (r) => ["LCS", key(r), key(r), ...r.pick([[], ["LEN"], ["IDX"], ["IDX", "WITHMATCHLEN", "MINMATCHLEN", "1"]])],
  },
  // bitmaps
  setbit: { gen: (r) => ["SETBIT", key(r), r.pick(["0", "1", "7", "9", "100", "-1"]), r.pick(["0", "1", "2"])] },
  getbit: { gen: (r) => ["GETBIT", key(r), r.pick(["0", "1", "7", "100"])] },
  bitcount: {
    gen: (
      r,
    ) => [
      "BITCOUNT",
      key(r),
      ...opt(r, 0.5, r.pick(INDEXES), r.pick(INDEXES)),
      ...opt(r, 0.2, r.pick(["BIT", "BYTE"])),
    ],
  },
  bitpos: { gen: (r) => ["BITPOS", key(r), r.pick(["0", "1"]), ...opt(r, 0.5, r.pick(INDEXES))] },
  bitop: { gen: (r) => ["BITOP", r.pick(["AND", "OR", "XOR", "NOT"]), key(r), key(r), ...opt(r, 0.5, key(r))] },
  // keyspace
  del: { weight: 2, gen: (r) => ["DEL", ...some(r, key)] },
  unlink: { gen: (r) => ["UNLINK", ...some(r, key)] },
  exists: { gen: (r) => ["EXISTS", ...some(r, key)] },
  type: { weight: 2, gen: (r) => ["TYPE", key(r)] },
  expire: {
    gen: (
      r,
    ) => [
      "EXPIRE",
      key(r),
      r.pick(["100", "200", "0", "-1", "x"]),
      ...r.pick([[], [], ["NX"], ["XX"], ["GT"], ["LT"]]),
    ],
  },
  pexpire: { gen: (r) => ["PEXPIRE", key(r), r.pick(["100000", "0", "-5"])] },
  persist: { gen: (r) => ["PERSIST", key(r)] },
  ttl: { gen: (r) => ["TTL", key(r)] },
  pttl: { gen: (r) => ["PTTL", key(r)] },
  rename: { gen: (r) => ["RENAME", key(r), key(r)] },
  renamenx: { gen: (r) => ["RENAMENX", key(r), key(r)] },
  copy: { gen: (r) => ["COPY", key(r), key(r), ...opt(r, 0.5, "REPLACE")] },
  touch: { gen: (r) => ["TOUCH", ...some(r, key)] },
  dbsize: { gen: () => ["DBSIZE"] },
  keys: { unordered: true, gen: (r) => ["KEYS", r.pick(["*", "k[0-2]", "k?", "*3"])] },
  scan: {
    gen: (
      r,
    ) => [
      "SCAN",
      "0",
      ...opt(r, 0.3, "MATCH", "k[1-3]"),
      ...opt(r, 0.3, "COUNT", "2"),
      ...opt(r, 0.3, "TYPE", r.pick(["string", "list", "hash"])),
    ],
  },
  // lists
  lpush: { weight: 2, gen: (r) => ["LPUSH", key(r), ...some(r, val)] },
  rpush: { weight: 2, gen: (r) => ["RPUSH", key(r), ...some(r, val)] },
  lpushx: { gen: (r) => ["LPUSHX", key(r), val(r)] },
  rpushx: { gen: (r) => ["RPUSHX", key(r), val(r)] },
  lpop: { gen: (r) => ["LPOP", key(r), ...opt(r, 0.3, r.pick(["0", "1", "2", "-1"]))] },
  rpop: { gen: (r) => ["RPOP", key(r), ...opt(r, 0.3, r.pick(["0", "2", "10"]))] },
  llen: { gen: (r) => ["LLEN", key(r)] },
  lrange: { weight: 2, gen: (r) => ["LRANGE", key(r), r.pick(INDEXES), r.pick(INDEXES)] },
  lindex: { gen: (r) => ["LINDEX", key(r), r.pick(INDEXES)] },
  lset: { gen: (r) => ["LSET", key(r), r.pick(INDEXES), val(r)] },
  linsert: { gen: (r) => ["LINSERT", key(r), r.pick(["BEFORE", "AFTER", "x"]), val(r), val(r)] },
  lrem: { gen: (r) => ["LREM", key(r), r.pick(["0", "1", "-1", "2"]), val(r)] },
  ltrim: { gen: (r) => ["LTRIM", key(r), r.pick(INDEXES), r.pick(INDEXES)] },
  lpos: {
    gen: (
      r,
    ) => [
      "LPOS",
      key(r),
      val(r),
      ...opt(r, 0.3, "RANK", r.pick(["1", "-1", "2", "0"])),
      ...opt(r, 0.3, "COUNT", r.pick(["0", "2"])),
    ],
  },
  lmove: { gen: (r) => ["LMOVE", key(r), key(r), r.pick(["LEFT", "RIGHT"]), r.pick(["LEFT", "RIGHT"])] },
  rpoplpush: { gen: (r) => ["RPOPLPUSH", key(r), key(r)] },
  lmpop: { gen: (r) => ["LMPOP", "2", key(r), key(r), r.pick(["LEFT", "RIGHT"]), ...opt(r, 0.3, "COUNT", "2")] },
  // hashes
  hset: { weight: 2, gen: (r) => ["HSET", key(r), ...pairs(r, (r) => r.pick(FIELDS), val)] },
  hsetnx: { gen: (r) => ["HSETNX", key(r), r.pick(FIELDS), val(r)] },
  hget: { gen: (r) => ["HGET", key(r), r.pick(FIELDS)] },
  hmget: { gen: (r) => ["HMGET", key(r), ...some(r, (r) => r.pick(FIELDS))] },
  hdel: { gen: (r) => ["HDEL", key(r), ...some(r, (r) => r.pick(FIELDS))] },
  hlen: { gen: (r) => ["HLEN", key(r)] },
  hexists: { gen: (r) => ["HEXISTS", key(r), r.pick(FIELDS)] },
  hincrby: { gen: (r) => ["HINCRBY", key(r), r.pick(FIELDS), r.pick(INTS)] },
  hincrbyfloat: { gen: (r) => ["HINCRBYFLOAT", key(r), r.pick(FIELDS), r.pick(FLOATS)] },
  hstrlen: { gen: (r) => ["HSTRLEN", key(r), r.pick(FIELDS)] },
  hkeys: { unordered: true, gen: (r) => ["HKEYS", key(r)] },
  hvals: { unordered: true, gen: (r) => ["HVALS", key(r)] },
  hgetall: { unordered: true, gen: (r) => ["HGETALL", key(r)] },
  hscan: { gen: (r) => ["HSCAN", key(r), "0", ...opt(r, 0.3, "MATCH", "f[0-1]")] },
  // sets
  sadd: { weight: 2, gen: (r) => ["SADD", key(r), ...some(r, (r) => r.pick(MEMBERS))] },
  srem: { gen: (r) => ["SREM", key(r), ...some(r, (r) => r.pick(MEMBERS))] },
  scard: { gen: (r) => ["SCARD", key(r)] },
  sismember: { gen: (r) => ["SISMEMBER", key(r), r.pick(MEMBERS)] },
  smismember: { gen: (r) => ["SMISMEMBER", key(r), ...some(r, (r) => r.pick(MEMBERS))] },
  smembers: { unordered: true, gen: (r) => ["SMEMBERS", key(r)] },
  sinter: { unordered: true, gen: (r) => ["SINTER", ...some(r, key)] },
  sunion: { unordered: true, gen: (r) => ["SUNION", ...some(r, key)] },
  sdiff: { unordered: true, gen: (r) => ["SDIFF", ...some(r, key)] },
  sinterstore: { gen: (r) => ["SINTERSTORE", key(r), ...some(r, key)] },
  sunionstore: { gen: (r) => ["SUNIONSTORE", key(r), ...some(r, key)] },
  sdiffstore: { gen: (r) => ["SDIFFSTORE", key(r), ...some(r, key)] },
  smove: { gen: (r) => ["SMOVE", key(r), key(r), r.pick(MEMBERS)] },
  sintercard: { gen: (r) => ["SINTERCARD", "2", key(r), key(r), ...opt(r, 0.3, "LIMIT", r.pick(["0", "1", "-1"]))] },
  sscan: { gen: (r) => ["SSCAN", key(r), "0"] },
  // sorted sets
  zadd: {
    weight: 3,
    gen: (
      r,
    ) => [
      "ZADD",
      key(r),
      ...r.pick([[], [], ["NX"], ["XX"], ["GT"], ["LT"], ["CH"], ["INCR"], ["NX", "XX"]]),
      ...pairs(r, (r) => r.pick(SCORES), (r) => r.pick(MEMBERS)),
    ],
  },
  zrem: { gen: (r) => ["ZREM", key(r), ...some(r, (r) => r.pick(MEMBERS))] },
  zcard: { gen: (r) => ["ZCARD", key(r)] },
  zscore: { gen: (r) => ["ZSCORE", key(r), r.pick(MEMBERS)] },
  zmscore: { gen: (r) => ["ZMSCORE", key(r), ...some(r, (r) => r.pick(MEMBERS))] },
  zincrby: { gen: (r) => ["ZINCRBY", key(r), r.pick(SCORES), r.pick(MEMBERS)] },
  zrank: { gen: (r) => ["ZRANK", key(r), r.pick(MEMBERS)] },
  zrevrank: { gen: (r) => ["ZREVRANK", key(r), r.pick(MEMBERS)] },
  zrange: {
    weight: 2,
    gen: (r) =>
      r.pick([
        () => ["ZRANGE", key(r), r.pick(INDEXES), r.pick(INDEXES), ...opt(r, 0.5, "WITHSCORES")],
        () => [
          "ZRANGE",
          key(r),
          r.pick(RANGE_SCORES),
          r.pick(RANGE_SCORES),
          "BYSCORE",
          ...opt(r, 0.3, "REV"),
          ...opt(r, 0.3, "LIMIT", "0", "2"),
          ...opt(r, 0.3, "WITHSCORES"),
        ],
        () => ["ZRANGE", lexKey(r), r.pick(LEX), r.pick(LEX), "BYLEX", ...opt(r, 0.3, "REV")],
      ])(),
  },
  zrangebyscore: {
    gen: (r) => ["ZRANGEBYSCORE", key(r), r.pick(RANGE_SCORES), r.pick(RANGE_SCORES), ...opt(r, 0.4, "WITHSCORES")],
  },
  zrevrangebyscore: { gen: (r) => ["ZREVRANGEBYSCORE", key(r), r.pick(RANGE_SCORES), r.pick(RANGE_SCORES)] },
  zrangebylex: { gen: (r) => ["ZRANGEBYLEX", lexKey(r), r.pick(LEX), r.pick(LEX)] },
  zrevrange: { gen: (r) => ["ZREVRANGE", key(r), r.pick(INDEXES), r.pick(INDEXES), ...opt(r, 0.4, "WITHSCORES")] },
  zcount: { gen: (r) => ["ZCOUNT", key(r), r.pick(RANGE_SCORES), r.pick(RANGE_SCORES)] },
  zlexcount: { gen: (r) => ["ZLEXCOUNT", lexKey(r), r.pick(LEX), r.pick(LEX)] },
  "zadd:lex": { gen: (r) => ["ZADD", LEX_KEY, ...pairs(r, () => "0", (r) => r.pick(MEMBERS))] },
  "zadd:lexmany": {
    weight: 0.3,
    gen: () => ["ZADD", LEX_KEY, ...Array.from({ length: 130 }, (_, i) => ["0", `m${i}`]).flat()],
  },
  zremrangebylex: { gen: (r) => ["ZREMRANGEBYLEX", LEX_KEY, r.pick(LEX), r.pick(LEX)] },
  zpopmin: { gen: (r) => ["ZPOPMIN", key(r), ...opt(r, 0.4, r.pick(["1", "2", "0", "-1"]))] },
  zpopmax: { gen: (r) => ["ZPOPMAX", key(r), ...opt(r, 0.4, r.pick(["1", "3"]))] },
  zunionstore: {
    gen: (
      r,
    ) => ["ZUNIONSTORE", key(r), "2", key(r), key(r), ...opt(r, 0.3, "AGGREGATE", r.pick(["SUM", "MIN", "MAX"]))],
  },
  zinterstore: { gen: (r) => ["ZINTERSTORE", key(r), "2", key(r), key(r), ...opt(r, 0.3, "WEIGHTS", "2", "0.5")] },
  zremrangebyrank: { gen: (r) => ["ZREMRANGEBYRANK", key(r), r.pick(INDEXES), r.pick(INDEXES)] },
  zremrangebyscore: { gen: (r) => ["ZREMRANGEBYSCORE", key(r), r.pick(RANGE_SCORES), r.pick(RANGE_SCORES)] },
  zscan: { gen: (r) => ["ZSCAN", key(r), "0"] },
  // Bulk writes that cross the listpack/intset limits, so encoding conversions happen mid-sequence.
  "rpush:many": {
    weight: 0.5,
    gen: (r) => ["RPUSH", key(r), ...Array.from({ length: 100 + r.int(100) }, (_, i) => `e${i % 150}`)],
  },
  "hset:long": { weight: 0.5, gen: (r) => ["HSET", key(r), r.pick(FIELDS), "v".repeat(60 + r.int(10))] },
  "hset:many": {
    weight: 0.5,
    gen: (r) => ["HSET", key(r), ...Array.from({ length: 130 }, (_, i) => [`f${i}`, String(i)]).flat()],
  },
  "sadd:ints": {
    weight: 0.5,
    gen: (r) => ["SADD", key(r), ...Array.from({ length: 100 + r.int(500) }, (_, i) => String(i * 3 - 50))],
  },
  "zadd:many": {
    weight: 0.5,
    gen: (r) => ["ZADD", key(r), ...Array.from({ length: 130 }, (_, i) => [String(i % 7), `m${i}`]).flat()],
  },
  "set:long": { weight: 0.5, gen: (r) => ["SET", key(r), "x".repeat(40 + r.int(10))] },
  // Blocking pops with a short timeout: served at once when there is data, a null after 10 ms when not
  // (inside MULTI they never block).
  blpop: { weight: 0.5, gen: (r) => ["BLPOP", ...some(r, key, 1, 2), "0.01"] },
  brpop: { weight: 0.5, gen: (r) => ["BRPOP", key(r), "0.01"] },
  blmove: {
    weight: 0.5,
    gen: (r) => ["BLMOVE", key(r), key(r), r.pick(["LEFT", "RIGHT"]), r.pick(["LEFT", "RIGHT"]), "0.01"],
  },
  bzpopmin: { weight: 0.5, gen: (r) => ["BZPOPMIN", ...some(r, key, 1, 2), "0.01"] },
  bzpopmax: { weight: 0.5, gen: (r) => ["BZPOPMAX", key(r), "0.01"] },
  // optimistic locking (a second connection writes between WATCH and EXEC)
  watch: { gen: (r) => ["WATCH", ...some(r, key)] },
  unwatch: { weight: 0.5, gen: () => ["UNWATCH"] },
  // databases
  select: { gen: (r) => ["SELECT", r.pick(["0", "0", "1"])] },
  move: { gen: (r) => ["MOVE", key(r), r.pick(["0", "1"])] },
  swapdb: { gen: () => ["SWAPDB", "0", "1"] },
  flushdb: { weight: 0.2, gen: () => ["FLUSHDB"] },
  "object|encoding": { gen: (r) => ["OBJECT", "ENCODING", key(r)] },
  "info:keyspace": { weight: 0.5, gen: () => ["INFO", "keyspace"] },
  // sort: ALPHA only (numeric ties between different strings have no defined order)
  sort: { gen: (r) => ["SORT", key(r), "ALPHA", ...opt(r, 0.4, "DESC"), ...opt(r, 0.3, "LIMIT", "0", "2")] },
  // streams: explicit IDs only (a bare * is the clock); no reply shown carries a delivery or idle time
  xadd: {
    weight: 3,
    gen: (r) => [
      "XADD",
      key(r),
      ...opt(r, 0.1, "NOMKSTREAM"),
      ...(r.chance(0.2)
        ? r.chance(0.5)
          ? ["MAXLEN", r.pick(["~", "=", "~"]), r.pick(["0", "1", "3", "5"])]
          : ["MINID", r.pick(["~", "="]), streamIdArg(r)]
        : []),
      r.chance(0.3) ? `${r.int(30)}-*` : streamIdArg(r),
      ...pairs(r, (r) => r.pick(FIELDS), val),
    ],
  },
  "xadd:many": {
    weight: 0.3,
    gen: (r) => [
      "XADD",
      key(r),
      ...opt(r, 0.5, "MAXLEN", "~", String(r.int(150))),
      `${30 + r.int(5)}-*`,
      ...Array.from({ length: 1 + r.int(40) }, (_, i) => [`f${i}`, String(i * 7)]).flat(),
    ],
  },
  xlen: { gen: (r) => ["XLEN", key(r)] },
  xrange: {
    gen: (r) => ["XRANGE", key(r), streamBound(r, "-"), streamBound(r, "+"), ...opt(r, 0.4, "COUNT", r.pick(INTS))],
  },
  xrevrange: {
    gen: (r) => ["XREVRANGE", key(r), streamBound(r, "+"), streamBound(r, "-"), ...opt(r, 0.4, "COUNT", "2")],
  },
  xdel: { gen: (r) => ["XDEL", key(r), ...some(r, streamIdArg)] },
  xtrim: {
    gen: (r) => [
      "XTRIM",
      key(r),
      ...(r.chance(0.5) ? ["MAXLEN", r.pick(["~", "="]), r.pick(INTS)] : ["MINID", r.pick(["~", "="]), streamIdArg(r)]),
      ...opt(r, 0.1, "LIMIT", r.pick(["0", "1", "10"])),
    ],
  },
  "xgroup|create": {
    gen: (
      r,
    ) => ["XGROUP", "CREATE", key(r), r.pick(["g0", "g1"]), r.pick(["$", "0", "3-1"]), ...opt(r, 0.5, "MKSTREAM")],
  },
  "xgroup|setid": {
    weight: 0.5,
    gen: (r) => ["XGROUP", "SETID", key(r), r.pick(["g0", "g1"]), r.pick(["$", "0", "3"])],
  },
  "xgroup|destroy": { weight: 0.3, gen: (r) => ["XGROUP", "DESTROY", key(r), r.pick(["g0", "g1"])] },
  "xgroup|createconsumer": {
    weight: 0.3,
    gen: (r) => ["XGROUP", "CREATECONSUMER", key(r), "g0", r.pick(["c0", "c1"])],
  },
  "xgroup|delconsumer": { weight: 0.3, gen: (r) => ["XGROUP", "DELCONSUMER", key(r), "g0", r.pick(["c0", "c1"])] },
  xreadgroup: {
    weight: 2,
    gen: (r) => [
      "XREADGROUP",
      "GROUP",
      r.pick(["g0", "g1"]),
      r.pick(["c0", "c1"]),
      ...opt(r, 0.5, "COUNT", r.pick(["1", "2", "5"])),
      ...opt(r, 0.2, "NOACK"),
      "STREAMS",
      key(r),
      r.pick([">", ">", "0"]),
    ],
  },
  xread: { gen: (r) => ["XREAD", ...opt(r, 0.5, "COUNT", "2"), "STREAMS", key(r), r.pick(["0", "$", "2-1"])] },
  xack: { gen: (r) => ["XACK", key(r), r.pick(["g0", "g1"]), ...some(r, streamIdArg)] },
  xpending: { gen: (r) => ["XPENDING", key(r), r.pick(["g0", "g1"])] },
  xclaim: {
    gen: (
      r,
    ) => [
      "XCLAIM",
      key(r),
      "g0",
      r.pick(["c0", "c1"]),
      "0",
      ...some(r, streamIdArg),
      "JUSTID",
      ...opt(r, 0.2, "FORCE"),
    ],
  },
  xautoclaim: {
    gen: (r) => ["XAUTOCLAIM", key(r), "g0", r.pick(["c0", "c1"]), "0", r.pick(["0", "2"]), "COUNT", "3", "JUSTID"],
  },
  "xinfo|stream": { gen: (r) => ["XINFO", "STREAM", key(r)] },
  "xinfo|groups": { gen: (r) => ["XINFO", "GROUPS", key(r)] },
  xsetid: { weight: 0.3, gen: (r) => ["XSETID", key(r), streamIdArg(r)] },
  // HyperLogLog: the values are strings, so GET, APPEND, SETRANGE and the rest meet them too.
  pfadd: { weight: 2, gen: (r) => ["PFADD", key(r), ...some(r, (r) => r.pick([...MEMBERS, ...VALUES]), 0, 4)] },
  "pfadd:many": {
    weight: 0.3,
    gen: (r) => ["PFADD", key(r), ...Array.from({ length: 200 + r.int(800) }, (_, i) => `e${i * (1 + r.int(5))}`)],
  },
  pfcount: { gen: (r) => ["PFCOUNT", ...some(r, key, 1, 3)] },
  pfmerge: { gen: (r) => ["PFMERGE", ...some(r, key, 1, 3)] },
  "pfdebug:encoding": { weight: 0.3, gen: (r) => ["PFDEBUG", "ENCODING", key(r)] },
};

/** A stream ID argument: small explicit IDs, sometimes invalid. */
function streamIdArg(r: Prng): string {
  return r.chance(0.05)
    ? r.pick(["0-0", "x", "-", "18446744073709551615-18446744073709551615"])
    : `${r.int(30)}-${r.int(3)}`;
}

/** An XRANGE bound: the open end `open`, an ID, an incomplete ID or an exclusive one. */
function streamBound(r: Prng, open: string): string {
  return r.pick([open, open, String(r.int(30)), `(${r.int(30)}-1`, streamIdArg(r)]);
}

/** The template names usable against a server that implements `available` (COMMAND LIST names). */
export function usableTemplates(available: ReadonlySet<string>): string[] {
  // "rpush:many" is a variant of RPUSH.
  return Object.keys(TEMPLATES).filter((n) => available.has(n.split(":")[0]));
}

/** A random sequence of `count` commands, reproducible from `seed`. */
export function generateCase(seed: number, count: number, available: ReadonlySet<string>): DiffCase {
  const rng = new Prng(seed);
  const names = usableTemplates(available);
  if (names.length === 0) throw new RangeError("no generator template matches the server's commands");
  const weighted: string[] = [];
  for (const n of names) {
    const w = TEMPLATES[n].weight ?? 1;
    if (w < 1 && !rng.chance(w)) continue;
    for (let i = 0; i < Math.max(1, w); i++) weighted.push(n);
  }
  const one = (): DiffStep => {
    const t = TEMPLATES[rng.pick(weighted)];
    const step: DiffStep = { cmd: t.gen(rng) };
    if (t.unordered) step.unordered = true;
    return step;
  };
  const transactions = available.has("multi") && available.has("exec");
  // Most commands go to connection 0; some to connection 1, which also writes while 0 is in a transaction.
  const onConn = (s: DiffStep, conn: number): DiffStep => (conn === 0 ? s : { ...s, conn });
  const steps: DiffStep[] = [];
  // Keyspace notifications of the whole sequence pile up on connection 2, compared when the case ends.
  if (available.has("psubscribe") && available.has("config|set")) {
    steps.push({ cmd: ["CONFIG", "SET", "notify-keyspace-events", "KEA"] });
    steps.push({ cmd: ["PSUBSCRIBE", "__key*__:*"], conn: 2 });
  }
  while (steps.length < count) {
    if (transactions && rng.chance(0.03)) {
      // A transaction: queued replies, then EXEC (or DISCARD) with every queued reply at once.
      const conn = rng.chance(0.2) ? 1 : 0;
      steps.push(onConn({ cmd: ["MULTI"] }, conn));
      let unordered = false;
      for (let n = 1 + rng.int(4); n > 0; n--) {
        let s = one();
        // A SCAN-family command is compared by iterating it to the end, which cannot happen inside MULTI.
        while (/scan$/i.test(s.cmd![0])) s = one();
        unordered ||= !!s.unordered;
        steps.push(onConn({ cmd: s.cmd }, conn));
        if (rng.chance(0.3)) steps.push(onConn(one(), 1 - conn));
      }
      const end: DiffStep = { cmd: [rng.chance(0.85) ? "EXEC" : "DISCARD"] };
      if (unordered) end.unordered = true;
      steps.push(onConn(end, conn));
    } else {
      steps.push(onConn(one(), rng.chance(0.2) ? 1 : 0));
    }
  }
  return { name: `generated seed ${seed}`, steps };
}

/**
 * Delta debugging (ddmin): the smallest sequence found that still fails. `fails` runs a candidate on fresh
 * servers; steps after the first mismatch never matter, so the sequence is cut there first.
 */
export async function minimise(steps: DiffStep[], fails: (steps: DiffStep[]) => Promise<boolean>): Promise<DiffStep[]> {
  let n = 2;
  while (steps.length >= 2) {
    const chunk = Math.ceil(steps.length / n);
    let reduced = false;
    for (let i = 0; i < steps.length; i += chunk) {
      const candidate = steps.slice(0, i).concat(steps.slice(i + chunk));
      if (candidate.length > 0 && (await fails(candidate))) {
        steps = candidate;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= steps.length) break;
      n = Math.min(n * 2, steps.length);
    }
  }
  return steps;
}

export interface CampaignResult {
  seed: number;
  mismatch: Mismatch;
  /** The minimised case that reproduces a mismatch on the same command. */
  minimal: DiffCase;
  minimalMismatch: Mismatch;
}

/** Runs one generated sequence; on a mismatch, minimises it to a replayable case. */
export async function runGenerated(
  h: Harness,
  seed: number,
  count: number,
  resp3 = false,
): Promise<CampaignResult | null> {
  const c = generateCase(seed, count, await h.liteCommands());
  if (resp3) c.resp3 = true;
  const mismatch = await h.runCase(c);
  if (!mismatch) return null;
  const steps = c.steps.slice(0, mismatch.stepIndex + 1) as DiffStep[];
  const failing = (m: Mismatch | null) => m !== null && (m.step.cmd?.[0] ?? "") === (mismatch.step.cmd?.[0] ?? "");
  const small = await minimise(steps, async (s) => failing(await h.runCase({ name: c.name, resp3, steps: s })));
  const minimal: DiffCase = { name: `generated seed ${seed} (minimised)`, resp3, steps: small };
  const minimalMismatch = (await h.runCase(minimal)) ?? mismatch;
  return { seed, mismatch, minimal, minimalMismatch };
}
