/**
 * Big strings (keyspace/bigstr.ts): string values past the threshold are kept as bytes, so values up to
 * proto-max-bulk-len (512 MB, 24 bytes more than V8's longest string) work on every runtime.
 *
 * Most tests lower the threshold to 16 bytes and check that every command answers exactly as it does when
 * the same values are JS strings (the replies of redis-server for these are what the string tests check).
 * The boundary tests use real 512 MB values, at most two alive at a time, and compare with what
 * redis-server 7.0.15 answered for the same commands.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import type { TestServer } from "../helpers/inprocess.ts";
import { encodeCommand, latin1Bytes } from "../helpers/resp.ts";
import { BigString, setBigMin } from "../../src/core/keyspace/bigstr.ts";
import { MemoryFileStore } from "../../src/core/persistence/fs.ts";
import { attachPersistence, persistenceOf } from "../../src/core/persistence/snapshot.ts";

const DEBUG_ON: [string, string][] = [["enable-debug-command", "yes"]];

/** Bytes 0..255 repeated: values with every byte, including CR, LF and NUL. */
function bytes(n: number, seed = 0): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode((i * 37 + seed) & 255);
  return s;
}

// Past 16 KB, so that the parser sets them aside as it does arguments past the real threshold.
const A = bytes(20000, 1);
const B = bytes(17000, 9);
const C = bytes(30000, 3);

/** Commands whose replies must not depend on how the values are held. */
const SCRIPT: string[][] = [
  ["SET", "k", A],
  ["GET", "k"],
  ["STRLEN", "k"],
  ["GETRANGE", "k", "3", "20"],
  ["GETRANGE", "k", "-5", "-1"],
  ["SUBSTR", "k", "0", "-1"],
  ["SETRANGE", "k", "30", "hello world!!"],
  ["GET", "k"],
  ["SETRANGE", "k", "100", "x"],
  ["STRLEN", "k"],
  ["GET", "k"],
  ["APPEND", "k", B],
  ["APPEND", "k", "yz"],
  ["GET", "k"],
  ["SETBIT", "k", "7", "1"],
  ["GETBIT", "k", "7"],
  ["SETBIT", "k", "2000", "1"],
  ["GETBIT", "k", "2000"],
  ["GETBIT", "k", "99999"],
  ["BITCOUNT", "k"],
  ["BITCOUNT", "k", "2", "10"],
  ["BITCOUNT", "k", "5", "300", "BIT"],
  ["BITPOS", "k", "1"],
  ["BITPOS", "k", "0", "3"],
  ["BITPOS", "k", "1", "10", "-1", "BIT"],
  ["BITFIELD", "k", "GET", "u8", "0", "SET", "i16", "#10", "-300", "INCRBY", "u8", "100", "5", "GET", "i16", "#10"],
  ["BITFIELD", "k", "SET", "u8", "#300", "7", "GET", "u8", "#300"],
  ["BITFIELD_RO", "k", "GET", "u4", "3"],
  ["GET", "k"],
  ["SET", "k2", C],
  ["BITOP", "AND", "d", "k", "k2"],
  ["BITOP", "OR", "o", "k", "k2", "missing"],
  ["BITOP", "XOR", "x", "k2", "k"],
  ["BITOP", "NOT", "n", "k"],
  ["MGET", "d", "o", "x", "n", "missing"],
  ["INCR", "k"],
  ["INCRBY", "k", "5"],
  ["DECR", "k"],
  ["INCRBYFLOAT", "k", "1.5"],
  ["PFADD", "k", "a"],
  ["LPUSH", "k", "a"],
  ["TYPE", "k"],
  ["SET", "s", "abcdefghijklmnopqrstuvwxyz0123456789"],
  ["LCS", "s", "k2", "LEN"],
  ["LCS", "k2", "s"],
  ["LCS", "k2", "s", "IDX", "MINMATCHLEN", "2"],
  ["LCS", "k", "k2", "LEN"],
  ["GETSET", "k", B],
  ["GET", "k"],
  ["GETDEL", "k"],
  ["EXISTS", "k"],
  ["GETEX", "k2", "PX", "100000"],
  ["PTTL", "k2"],
  ["COPY", "k2", "k3"],
  ["SETRANGE", "k3", "0", "changed"],
  ["GET", "k2"],
  ["GET", "k3"],
  ["RENAME", "k3", "k4"],
  ["GET", "k4"],
  ["MOVE", "k4", "1"],
  ["SELECT", "1"],
  ["GET", "k4"],
  ["SELECT", "0"],
  ["MSET", "m1", A, "m2", "short"],
  ["MGET", "m1", "m2"],
  ["MSETNX", "m1", C, "m3", C],
  ["SETNX", "m4", C],
  ["SETEX", "m5", "100", C],
  ["PSETEX", "m6", "100000", A],
  ["TTL", "m5"],
  ["MGET", "m4", "m5", "m6"],
  ["SET", "m4", A, "GET"],
  ["SET", "m4", C, "XX", "KEEPTTL"],
  ["SET", "m4", "tiny"],
  ["GET", "m4"],
  ["APPEND", "fresh", C],
  ["SETRANGE", "fresh", "10", A],
  ["GET", "fresh"],
  ["DEBUG", "DIGEST-VALUE", "m1", "k2", "fresh"],
  ["DBSIZE"],
];

/** Runs `script` on a fresh server with the big-string threshold at `threshold` (null: the default). */
function run(script: string[][], threshold: number | null): { replies: string[]; t: TestServer } {
  setBigMin(threshold ?? undefined);
  try {
    const t = inProcess(DEBUG_ON);
    const c = t.connect();
    return { replies: script.map((argv) => c.cmd(...argv)), t };
  } finally {
    setBigMin();
  }
}

test("with a 16-byte threshold every string command answers as with JS strings", () => {
  const flat = run(SCRIPT, null).replies;
  const { replies, t } = run(SCRIPT, 16);
  for (let i = 0; i < SCRIPT.length; i++) assert.equal(replies[i], flat[i], SCRIPT[i].join(" "));
  // The values past 16 bytes really were BigStrings (and the short ones strings).
  const db = t.server.dbs[0];
  assert.ok(db.peek("m1") instanceof BigString);
  assert.ok(db.peek("fresh") instanceof BigString);
  assert.equal(typeof db.peek("m2"), "string");
});

test("a big argument to a command that cannot take one is refused and the connection goes on", () => {
  setBigMin(16);
  try {
    const t = inProcess();
    const c = t.connect();
    const out = c.raw(encodeCommand(["HSET", "h", "f", A]) + encodeCommand(["PING"]));
    assert.match(out, /^-ERR arguments longer than 256 MB are supported by SET, .* only\r\n\+PONG\r\n$/);
    assert.equal(c.cmd("EXISTS", "h"), ":0\r\n");
    // Inside MULTI it is a queue-time error: EXEC discards the transaction.
    assert.equal(c.cmd("MULTI"), "+OK\r\n");
    assert.equal(c.cmd("SET", "s", A), "+QUEUED\r\n");
    assert.match(c.cmd("RPUSH", "l", A), /^-ERR arguments longer than 256 MB/);
    assert.equal(c.cmd("EXEC"), "-EXECABORT Transaction discarded because of previous errors.\r\n");
    assert.equal(c.cmd("EXISTS", "s"), ":0\r\n");
    assert.equal(c.cmd("SET", "s", A), "+OK\r\n");
    assert.equal(c.cmd("GET", "s"), `$20000\r\n${A}\r\n`);
  } finally {
    setBigMin();
  }
});

/** A server with persistence on an in-memory file store. */
function persisted(files: MemoryFileStore, config: [string, string][] = []): TestServer {
  const t = inProcess([["dir", "/d"], ["save", ""], ...DEBUG_ON, ...config]);
  attachPersistence(t.server, { files, exit() {} });
  persistenceOf(t.server).loadAtStartup(() => {});
  return t;
}

test("big strings survive SAVE and a reload, DUMP/RESTORE and an AOF replay of their pieces", () => {
  setBigMin(16);
  try {
    const files = new MemoryFileStore();
    const t = persisted(files, [["appendonly", "yes"], ["aof-use-rdb-preamble", "yes"]]);
    t.host.advance(0);
    const c = t.connect();
    c.cmd("SET", "a", C, "PX", "500000");
    c.cmd("SETRANGE", "b", "50", A);
    c.cmd("APPEND", "b", B);
    c.cmd("MSET", "m", C, "n", "small");
    c.cmd("SETBIT", "b", "1000", "1");
    c.cmd("SET", "kt", A);
    c.cmd("SET", "kt", C, "KEEPTTL");
    const keys = ["a", "b", "m", "n", "kt"];
    const before = keys.map((k) => c.cmd("GET", k));
    const digest = c.cmd("DEBUG", "DIGEST-VALUE", ...keys);
    t.host.advance(1000);
    // AOF replay: the big values were logged as SET/APPEND and SETRANGE pieces of at most the threshold.
    const log = new TextDecoder("latin1").decode(files.files.get("/d/appendonlydir/appendonly.aof.1.incr.aof"));
    assert.match(log, /\*5\r\n\$3\r\nSET\r\n\$1\r\na\r\n\$16\r\n.{16}\r\n\$4\r\nPXAT\r\n/s);
    assert.match(log, /APPEND\r\n\$1\r\na\r\n\$16\r\n/);
    assert.match(log, /SETRANGE\r\n\$1\r\nb\r\n\$2\r\n66\r\n\$16\r\n/);
    const replayed = persisted(files, [["appendonly", "yes"]]).connect();
    assert.deepEqual(keys.map((k) => replayed.cmd("GET", k)), before);
    assert.equal(replayed.cmd("DEBUG", "DIGEST-VALUE", ...keys), digest);
    // RDB: SAVE, then a fresh server loads it.
    assert.equal(c.cmd("SAVE"), "+OK\r\n");
    const loaded = persisted(files).connect();
    assert.deepEqual(keys.map((k) => loaded.cmd("GET", k)), before);
    assert.match(loaded.cmd("PTTL", "a"), /^:[45]\d{5}\r\n$/);
    // DUMP / RESTORE.
    const dump = c.cmd("DUMP", "b");
    const payload = dump.slice(dump.indexOf("\r\n") + 2, -2);
    assert.equal(c.cmd("RESTORE", "b2", "0", payload), "+OK\r\n");
    assert.equal(c.cmd("GET", "b2"), before[1]);
    assert.equal(c.cmd("OBJECT", "ENCODING", "b2"), "$3\r\nraw\r\n");
    // A loaded big string is the server's own copy: editing it in place leaves the file as it was.
    c.cmd("FLUSHALL");
    c.cmd("SET", "solo", C);
    assert.equal(c.cmd("SAVE"), "+OK\r\n");
    const first = persisted(files).connect();
    assert.equal(first.cmd("SETRANGE", "solo", "0", "ZZ"), ":30000\r\n");
    assert.equal(persisted(files).connect().cmd("GET", "solo"), `$30000\r\n${C}\r\n`);
  } finally {
    setBigMin();
  }
});

// ---- The real boundary: 512 MB values (at most two alive at a time) ----

/** A connection that keeps only the length and the last bytes of what it receives (replies of 512 MB). */
function bigConn(t: TestServer) {
  let total = 0;
  let tail = "";
  const write = (b: Uint8Array) => {
    total += b.length;
    const last = b.subarray(Math.max(0, b.length - 64));
    tail = (tail + String.fromCharCode(...last)).slice(-64);
  };
  const client = t.server.connect({
    write,
    writeView: write,
    close() {},
    abort() {},
    bufferedBytes: () => 0,
    remoteAddress: "127.0.0.1:40001",
    localAddress: "127.0.0.1:6379",
    fd: 99,
  });
  return {
    /** Sends a command; returns the reply's length and (up to) its last 64 bytes. */
    send(...argv: string[]): { total: number; tail: string } {
      total = 0;
      tail = "";
      client.feed(latin1Bytes(encodeCommand(argv)));
      return { total, tail };
    },
    cmd(...argv: string[]): string {
      return this.send(...argv).tail;
    },
    /** Sends a command whose last argument is `len` bytes of `fill`, in 1 MB chunks as a socket would. */
    sendBig(argv: string[], len: number, fill: number): string {
      total = 0;
      tail = "";
      let head = `*${argv.length + 1}\r\n`;
      for (const a of argv) head += `$${a.length}\r\n${a}\r\n`;
      client.feed(latin1Bytes(`${head}$${len}\r\n`));
      const chunk = new Uint8Array(1024 * 1024).fill(fill);
      for (let at = 0; at < len; at += chunk.length) client.feed(chunk.subarray(0, Math.min(chunk.length, len - at)));
      client.feed(latin1Bytes("\r\n"));
      return tail;
    },
  };
}

const MAX = 536870912;

test("SETRANGE, SETBIT, BITFIELD and APPEND reach the last byte of proto-max-bulk-len as redis-server", () => {
  const t = inProcess(DEBUG_ON);
  const c = bigConn(t);
  // redis-server 7.0.15: 536870912, then 0, 121 1, 1, 4294967295, 671088688, raw.
  assert.equal(c.cmd("SETRANGE", "k", "536870911", "x"), ":536870912\r\n");
  assert.equal(c.cmd("SETBIT", "k", "4294967295", "1"), ":0\r\n");
  assert.equal(c.cmd("GETBIT", "k", "4294967295"), ":1\r\n");
  assert.equal(
    c.cmd("BITFIELD", "k", "SET", "u8", "#536870911", "1", "GET", "u8", "#536870911"),
    "*2\r\n:121\r\n:1\r\n",
  );
  assert.equal(c.cmd("BITCOUNT", "k"), ":1\r\n");
  assert.equal(c.cmd("BITPOS", "k", "1"), ":4294967295\r\n");
  assert.equal(c.cmd("MEMORY", "USAGE", "k"), ":671088688\r\n");
  assert.equal(c.cmd("OBJECT", "ENCODING", "k"), "$3\r\nraw\r\n");
  assert.equal(c.cmd("STRLEN", "k"), ":536870912\r\n");
  assert.equal(c.cmd("GETRANGE", "k", "-2", "-1"), "$2\r\n\x00\x01\r\n");
  assert.equal(c.cmd("APPEND", "k", "z"), "-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n");
  assert.equal(c.cmd("INCR", "k"), "-ERR value is not an integer or out of range\r\n");
  assert.equal(c.cmd("DEL", "k"), ":1\r\n");
});

test("APPEND grows a value to exactly 512 MB and GET sends all of it", () => {
  const t = inProcess(DEBUG_ON);
  const c = bigConn(t);
  assert.equal(c.cmd("SETRANGE", "j", "536870910", "x"), ":536870911\r\n");
  assert.equal(c.cmd("APPEND", "j", "y"), ":536870912\r\n");
  const got = c.send("GET", "j");
  assert.equal(got.total, "$536870912\r\n".length + MAX + 2);
  assert.equal(got.tail.slice(-4), "xy\r\n");
  assert.equal(c.cmd("DEL", "j"), ":1\r\n");
});

test("a 512 MB SET argument is stored without becoming one string, and read back", () => {
  const t = inProcess();
  const c = bigConn(t);
  assert.equal(c.sendBig(["SET", "big"], MAX, 97), "+OK\r\n");
  assert.equal(c.cmd("STRLEN", "big"), ":536870912\r\n");
  assert.equal(c.cmd("GETRANGE", "big", "-3", "-1"), "$3\r\naaa\r\n");
  assert.equal(c.cmd("SETRANGE", "big", "0", "b"), ":536870912\r\n");
  assert.equal(c.cmd("GETRANGE", "big", "0", "1"), "$2\r\nba\r\n");
  assert.equal(c.cmd("DEL", "big"), ":1\r\n");
});
