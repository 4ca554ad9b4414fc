/** String commands in process: replies, errors, TTL handling, events, keyspace stats and OBJECT ENCODING. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess, onKeyspaceEvent } from "../helpers/inprocess.ts";
import type { TestServer } from "../helpers/inprocess.ts";
import {
  ERR_DECR_OVERFLOW,
  ERR_INCR_NAN,
  ERR_LCS_LEN_AND_IDX,
  ERR_LCS_NOT_STRINGS,
  ERR_LCS_TOO_LONG,
  ERR_NOT_FLOAT,
  ERR_NOT_INTEGER,
  ERR_OFFSET_OUT_OF_RANGE,
  ERR_OVERFLOW,
  ERR_STRING_TOO_LONG,
  ERR_SYNTAX,
  ERR_WRONGTYPE,
  errInvalidExpire,
  errWrongArity,
} from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

const BIN = "a\x00b\r\nc\xff\x80";
const WRONGTYPE = errorReply(ERR_WRONGTYPE);
const NOT_INT = errorReply(ERR_NOT_INTEGER);
const NOT_FLOAT = errorReply(ERR_NOT_FLOAT);
const SYNTAX = errorReply(ERR_SYNTAX);

const bulk = (s: string) => `$${s.length}\r\n${s}\r\n`;
const int = (n: number | string) => `:${n}\r\n`;

/** Records keyspace events as "event key@db". */
function recordEvents(t: TestServer): string[] {
  const log: string[] = [];
  onKeyspaceEvent(t.server, (_type, event, key, db) => log.push(`${event} ${key}@${db}`));
  return log;
}

/** A non-string value stored directly, so the tests need no other family. */
function storeList(t: TestServer, key: string, db = 0): void {
  t.server.dbs[db].store(key, {
    type: "list",
    encoding: () => "quicklist",
    clone() {
      return this;
    },
  } as never);
}

test("GET and SET store and return binary-safe values", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("GET", "k"), "$-1\r\n");
  assert.equal(c.cmd("SET", "k", BIN), "+OK\r\n");
  assert.equal(c.cmd("GET", "k"), bulk(BIN));
  assert.equal(c.cmd("SET", "k", ""), "+OK\r\n");
  assert.equal(c.cmd("GET", "k"), "$0\r\n\r\n");
});

test("GET on a non-string replies WRONGTYPE and SET overwrites it", () => {
  const t = inProcess();
  const c = t.connect();
  storeList(t, "l");
  assert.equal(c.cmd("GET", "l"), WRONGTYPE);
  assert.equal(c.cmd("SET", "l", "v"), "+OK\r\n");
  assert.equal(c.cmd("GET", "l"), bulk("v"));
});

test("SET NX and XX decide by existence; conflicting flags are syntax errors", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("SET", "k", "1", "NX"), "+OK\r\n");
  assert.equal(c.cmd("SET", "k", "2", "NX"), "$-1\r\n");
  assert.equal(c.cmd("SET", "k", "3", "XX"), "+OK\r\n");
  assert.equal(c.cmd("SET", "nokey", "3", "XX"), "$-1\r\n");
  assert.equal(c.cmd("GET", "k"), bulk("3"));
  assert.equal(c.cmd("SET", "k", "1", "NX", "XX"), SYNTAX);
  assert.equal(c.cmd("SET", "k", "1", "xx", "nx"), SYNTAX);
  assert.equal(c.cmd("SET", "k", "1", "nx", "nx"), "$-1\r\n");
});

test("SET GET replies the old value, even when NX stops the write", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("SET", "k", "a", "GET"), "$-1\r\n");
  assert.equal(c.cmd("SET", "k", "b", "GET"), bulk("a"));
  assert.equal(c.cmd("SET", "k", "c", "NX", "GET"), bulk("b"));
  assert.equal(c.cmd("GET", "k"), bulk("b"));
  assert.equal(c.cmd("SET", "x", "c", "XX", "GET"), "$-1\r\n");
  assert.equal(c.cmd("EXISTS", "x"), int(0));
  storeList(t, "l");
  assert.equal(c.cmd("SET", "l", "v", "GET"), WRONGTYPE);
  // The expire argument is checked before the type.
  assert.equal(c.cmd("SET", "l", "v", "EX", "x", "GET"), NOT_INT);
});

test("SET with EX, PX, EXAT, PXAT sets deadlines; a plain SET clears them; KEEPTTL keeps them", () => {
  const t = inProcess();
  const c = t.connect();
  const now = t.host.now();
  c.cmd("SET", "k", "v", "EX", "100");
  assert.equal(c.cmd("PTTL", "k"), int(100000));
  c.cmd("SET", "k", "v", "PX", "1500");
  assert.equal(c.cmd("PTTL", "k"), int(1500));
  c.cmd("SET", "k", "v", "EXAT", String(Math.floor(now / 1000) + 50));
  assert.equal(c.cmd("EXPIRETIME", "k"), int(Math.floor(now / 1000) + 50));
  c.cmd("SET", "k", "v", "PXAT", String(now + 7000));
  assert.equal(c.cmd("PEXPIRETIME", "k"), int(now + 7000));
  assert.equal(c.cmd("SET", "k", "w", "KEEPTTL"), "+OK\r\n");
  assert.equal(c.cmd("PTTL", "k"), int(7000));
  c.cmd("SET", "k", "x");
  assert.equal(c.cmd("TTL", "k"), int(-1));
  c.cmd("SET", "k", "v", "PX", "100");
  t.host.advance(100);
  assert.equal(c.cmd("GET", "k"), "$-1\r\n");
});

test("SET refuses bad expire times with Redis's messages", () => {
  const c = inProcess().connect();
  const invalid = errorReply(errInvalidExpire("set"));
  assert.equal(c.cmd("SET", "k", "v", "EX", "0"), invalid);
  assert.equal(c.cmd("SET", "k", "v", "PX", "-1"), invalid);
  assert.equal(c.cmd("SET", "k", "v", "EXAT", "0"), invalid);
  assert.equal(c.cmd("SET", "k", "v", "EX", "9223372036854776"), invalid);
  assert.equal(c.cmd("SET", "k", "v", "PX", "9223372036854775807"), invalid);
  assert.equal(c.cmd("SET", "k", "v", "EX", "1.5"), NOT_INT);
  assert.equal(c.cmd("SET", "k", "v", "EX"), SYNTAX);
  assert.equal(c.cmd("SET", "k", "v", "EX", "1", "PX", "1"), SYNTAX);
  assert.equal(c.cmd("SET", "k", "v", "KEEPTTL", "EX", "1"), SYNTAX);
  assert.equal(c.cmd("SET", "k", "v", "PERSIST"), SYNTAX);
  assert.equal(c.cmd("EXISTS", "k"), int(0));
});

test("SETNX, SETEX and PSETEX", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("SETNX", "k", "1"), int(1));
  assert.equal(c.cmd("SETNX", "k", "2"), int(0));
  assert.equal(c.cmd("SETEX", "k", "10", "v"), "+OK\r\n");
  assert.equal(c.cmd("PTTL", "k"), int(10000));
  assert.equal(c.cmd("PSETEX", "k", "250", "w"), "+OK\r\n");
  assert.equal(c.cmd("PTTL", "k"), int(250));
  assert.equal(c.cmd("GET", "k"), bulk("w"));
  assert.equal(c.cmd("SETEX", "k", "0", "v"), errorReply(errInvalidExpire("setex")));
  assert.equal(c.cmd("PSETEX", "k", "-1", "v"), errorReply(errInvalidExpire("psetex")));
  assert.equal(c.cmd("SETEX", "k", "x", "v"), NOT_INT);
});

test("GETEX sets, replaces or removes the TTL and deletes on a past absolute time", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("GETEX", "nokey", "EX", "-1"), "$-1\r\n");
  c.cmd("SET", "k", "v");
  assert.equal(c.cmd("GETEX", "k", "EX", "100"), bulk("v"));
  assert.equal(c.cmd("TTL", "k"), int(100));
  assert.equal(c.cmd("GETEX", "k", "PX", "500"), bulk("v"));
  assert.equal(c.cmd("PTTL", "k"), int(500));
  assert.equal(c.cmd("GETEX", "k", "PERSIST"), bulk("v"));
  assert.equal(c.cmd("TTL", "k"), int(-1));
  assert.equal(c.cmd("GETEX", "k", "EX", "-1"), errorReply(errInvalidExpire("getex")));
  assert.equal(c.cmd("GETEX", "k", "PERSIST", "EX", "1"), SYNTAX);
  assert.equal(c.cmd("GETEX", "k", "KEEPTTL"), SYNTAX);
  assert.equal(c.cmd("GETEX", "k", "GET"), SYNTAX);
  const events = recordEvents(t);
  assert.equal(c.cmd("GETEX", "k", "EXAT", "1"), bulk("v"));
  assert.equal(c.cmd("EXISTS", "k"), int(0));
  assert.deepEqual(events, ["del k@0", "keymiss k@0"]);
  storeList(t, "l");
  assert.equal(c.cmd("GETEX", "l", "EX", "-1"), WRONGTYPE);
});

test("GETEX PERSIST on a key without TTL changes nothing", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "k", "v");
  const events = recordEvents(t);
  const dirty = t.server.dirty;
  assert.equal(c.cmd("GETEX", "k", "PERSIST"), bulk("v"));
  assert.deepEqual(events, []);
  assert.equal(t.server.dirty, dirty);
});

test("GETDEL returns and deletes; GETSET returns the old value and clears the TTL", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("GETDEL", "k"), "$-1\r\n");
  c.cmd("SET", "k", BIN);
  assert.equal(c.cmd("GETDEL", "k"), bulk(BIN));
  assert.equal(c.cmd("EXISTS", "k"), int(0));
  assert.equal(c.cmd("GETSET", "k", "1"), "$-1\r\n");
  c.cmd("EXPIRE", "k", "100");
  assert.equal(c.cmd("GETSET", "k", "2"), bulk("1"));
  assert.equal(c.cmd("TTL", "k"), int(-1));
  storeList(t, "l");
  assert.equal(c.cmd("GETDEL", "l"), WRONGTYPE);
  assert.equal(c.cmd("GETSET", "l", "x"), WRONGTYPE);
});

test("MSET, MSETNX and MGET", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("MSET", "a", "1", "b", BIN), "+OK\r\n");
  storeList(t, "l");
  assert.equal(c.cmd("MGET", "a", "b", "nokey", "l"), `*4\r\n${bulk("1")}${bulk(BIN)}$-1\r\n$-1\r\n`);
  assert.equal(c.cmd("MSET", "a", "1", "b"), errorReply(errWrongArity("mset")));
  assert.equal(c.cmd("MSETNX", "a", "1", "b"), errorReply(errWrongArity("msetnx")));
  assert.equal(c.cmd("MSETNX", "a", "9", "c", "3"), int(0));
  assert.equal(c.cmd("EXISTS", "c"), int(0));
  assert.equal(c.cmd("MSETNX", "c", "3", "d", "4"), int(1));
  assert.equal(c.cmd("MGET", "c", "d"), `*2\r\n${bulk("3")}${bulk("4")}`);
  c.cmd("EXPIRE", "a", "100");
  c.cmd("MSET", "a", "x");
  assert.equal(c.cmd("TTL", "a"), int(-1));
});

test("INCR, DECR, INCRBY and DECRBY at the int64 edges", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("INCR", "n"), int(1));
  assert.equal(c.cmd("DECR", "n"), int(0));
  assert.equal(c.cmd("INCRBY", "n", "-5"), int(-5));
  assert.equal(c.cmd("DECRBY", "n", "-5"), int(0));
  c.cmd("SET", "n", "9223372036854775806");
  assert.equal(c.cmd("INCR", "n"), int("9223372036854775807"));
  assert.equal(c.cmd("INCR", "n"), errorReply(ERR_OVERFLOW));
  c.cmd("SET", "n", "-1");
  assert.equal(c.cmd("DECRBY", "n", "9223372036854775807"), int("-9223372036854775808"));
  assert.equal(c.cmd("DECR", "n"), errorReply(ERR_OVERFLOW));
  assert.equal(c.cmd("DECRBY", "n", "-9223372036854775808"), errorReply(ERR_DECR_OVERFLOW));
  assert.equal(c.cmd("INCRBY", "n", "9223372036854775808"), NOT_INT);
  for (const bad of [" 1", "1 ", "+1", "01", "-0", "1.0", "", "1\x00"]) {
    c.cmd("SET", "b", bad);
    assert.equal(c.cmd("INCR", "b"), NOT_INT, JSON.stringify(bad));
  }
  storeList(t, "l");
  assert.equal(c.cmd("INCR", "l"), WRONGTYPE);
  c.cmd("SET", "t", "1", "EX", "100");
  c.cmd("INCR", "t");
  assert.equal(c.cmd("TTL", "t"), int(100));
});

test("INCRBYFLOAT computes in long double and prints like Redis", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("INCRBYFLOAT", "f", "10.5"), bulk("10.5"));
  assert.equal(c.cmd("INCRBYFLOAT", "f", "0.1"), bulk("10.6"));
  assert.equal(c.cmd("INCRBYFLOAT", "g", "1000"), bulk("1000"));
  assert.equal(c.cmd("INCRBYFLOAT", "g", "0.1"), bulk("1000.09999999999999998"));
  assert.equal(c.cmd("INCRBYFLOAT", "h", "3.0000000000000001"), bulk("3.0000000000000001"));
  assert.equal(c.cmd("INCRBYFLOAT", "i", "-0.1"), bulk("-0.1"));
  assert.equal(c.cmd("INCRBYFLOAT", "i", "0.1"), bulk("0"));
  assert.equal(c.cmd("INCRBYFLOAT", "j", "0x10"), bulk("16"));
  assert.equal(c.cmd("INCRBYFLOAT", "k", "1e-20"), bulk("0"));
  assert.equal(c.cmd("INCRBYFLOAT", "l", "123456789012345678901234567890"), bulk("123456789012345678899921813504"));
  assert.equal(c.cmd("INCRBYFLOAT", "m", "0.000003814697265625"), bulk("0.00000381469726562"));
  c.cmd("SET", "s", "5.0e-1");
  assert.equal(c.cmd("INCRBYFLOAT", "s", "0"), bulk("0.5"));
});

test("INCRBYFLOAT refuses invalid numbers and infinite results", () => {
  const t = inProcess();
  const c = t.connect();
  for (const bad of ["nan", " 1", "1 ", "", "1e", "0x", "1e5000", "abc"]) {
    assert.equal(c.cmd("INCRBYFLOAT", "f", bad), NOT_FLOAT, JSON.stringify(bad));
  }
  assert.equal(c.cmd("INCRBYFLOAT", "f", "inf"), errorReply(ERR_INCR_NAN));
  c.cmd("SET", "s", "1\x00");
  assert.equal(c.cmd("INCRBYFLOAT", "s", "1"), NOT_FLOAT);
  c.cmd("SET", "s", "1e4932");
  assert.equal(c.cmd("INCRBYFLOAT", "s", "1e4932"), errorReply(ERR_INCR_NAN));
  assert.equal(c.cmd("EXISTS", "f"), int(0));
  storeList(t, "l");
  assert.equal(c.cmd("INCRBYFLOAT", "l", "1"), WRONGTYPE);
  c.cmd("SET", "t", "1", "EX", "100");
  assert.equal(c.cmd("INCRBYFLOAT", "t", "1.5"), bulk("2.5"));
  assert.equal(c.cmd("TTL", "t"), int(100));
});

test("GETRANGE and SUBSTR clamp indexes as Redis does", () => {
  const c = inProcess().connect();
  c.cmd("SET", "g", "Hello World");
  assert.equal(c.cmd("GETRANGE", "g", "0", "-1"), bulk("Hello World"));
  assert.equal(c.cmd("GETRANGE", "g", "-5", "-1"), bulk("World"));
  assert.equal(c.cmd("GETRANGE", "g", "-1", "-5"), bulk(""));
  assert.equal(c.cmd("GETRANGE", "g", "-100", "-50"), bulk("H"));
  assert.equal(c.cmd("GETRANGE", "g", "5", "3"), bulk(""));
  assert.equal(c.cmd("GETRANGE", "g", "100", "200"), bulk(""));
  assert.equal(c.cmd("GETRANGE", "g", "9223372036854775807", "-9223372036854775808"), bulk(""));
  assert.equal(c.cmd("SUBSTR", "g", "0", "3"), bulk("Hell"));
  assert.equal(c.cmd("GETRANGE", "nokey", "0", "-1"), bulk(""));
  assert.equal(c.cmd("GETRANGE", "nokey", "x", "-1"), NOT_INT);
  c.cmd("SET", "b", BIN);
  assert.equal(c.cmd("GETRANGE", "b", "1", "4"), bulk(BIN.slice(1, 5)));
});

test("STRLEN counts bytes", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("STRLEN", "nokey"), int(0));
  c.cmd("SET", "k", BIN);
  assert.equal(c.cmd("STRLEN", "k"), int(BIN.length));
  storeList(t, "l");
  assert.equal(c.cmd("STRLEN", "l"), WRONGTYPE);
});

test("APPEND creates, extends and keeps the TTL", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("APPEND", "k", "hello"), int(5));
  assert.equal(c.cmd("APPEND", "k", BIN), int(5 + BIN.length));
  assert.equal(c.cmd("GET", "k"), bulk("hello" + BIN));
  c.cmd("EXPIRE", "k", "100");
  c.cmd("APPEND", "k", "x");
  assert.equal(c.cmd("TTL", "k"), int(100));
  assert.equal(c.cmd("APPEND", "e", ""), int(0));
  assert.equal(c.cmd("EXISTS", "e"), int(1));
  storeList(t, "l");
  assert.equal(c.cmd("APPEND", "l", "x"), WRONGTYPE);
});

test("APPEND of many small pieces keeps the value exact", () => {
  const t = inProcess();
  const c = t.connect();
  let expected = "";
  for (let i = 0; i < 3000; i++) {
    const piece = `${i},\x00`;
    expected += piece;
    c.cmd("APPEND", "k", piece);
  }
  const v = t.server.dbs[0].get("k") as string;
  assert.equal(v.length, expected.length);
  assert.equal(v, expected);
  assert.equal(c.cmd("STRLEN", "k"), int(expected.length));
});

test("SETRANGE pads with zeros, keeps the TTL and checks its arguments", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("SETRANGE", "k", "3", "ab"), int(5));
  assert.equal(c.cmd("GET", "k"), bulk("\x00\x00\x00ab"));
  assert.equal(c.cmd("SETRANGE", "k", "0", "X"), int(5));
  assert.equal(c.cmd("GET", "k"), bulk("X\x00\x00ab"));
  assert.equal(c.cmd("SETRANGE", "k", "10", ""), int(5));
  assert.equal(c.cmd("SETRANGE", "new", "10", ""), int(0));
  assert.equal(c.cmd("EXISTS", "new"), int(0));
  assert.equal(c.cmd("SETRANGE", "k", "-1", "x"), errorReply(ERR_OFFSET_OUT_OF_RANGE));
  assert.equal(c.cmd("SETRANGE", "k", "x", "x"), NOT_INT);
  assert.equal(c.cmd("SETRANGE", "k", "536870912", "x"), errorReply(ERR_STRING_TOO_LONG));
  c.cmd("EXPIRE", "k", "100");
  c.cmd("SETRANGE", "k", "1", "Y");
  assert.equal(c.cmd("TTL", "k"), int(100));
  storeList(t, "l");
  assert.equal(c.cmd("SETRANGE", "l", "0", "x"), WRONGTYPE);
});

test("APPEND and SETRANGE stop at proto-max-bulk-len", () => {
  const c = inProcess([["proto-max-bulk-len", "1048576"]]).connect();
  const big = "x".repeat(1048570);
  c.cmd("SET", "a", big);
  assert.equal(c.cmd("APPEND", "a", "123456"), int(1048576));
  assert.equal(c.cmd("APPEND", "a", "7"), errorReply(ERR_STRING_TOO_LONG));
  assert.equal(c.cmd("SETRANGE", "b", "1048575", "x"), int(1048576));
  assert.equal(c.cmd("SETRANGE", "b", "1048576", "x"), errorReply(ERR_STRING_TOO_LONG));
});

test("1 MB values survive SET, APPEND, SETRANGE and GETRANGE", () => {
  const c = inProcess().connect();
  const mb = "\x00\r\n\xff".repeat(256 * 1024);
  assert.equal(c.cmd("SET", "big", mb), "+OK\r\n");
  assert.equal(c.cmd("GET", "big"), bulk(mb));
  assert.equal(c.cmd("APPEND", "big", "tail"), int(mb.length + 4));
  assert.equal(c.cmd("SETRANGE", "big", "524288", "mid"), int(mb.length + 4));
  assert.equal(c.cmd("GETRANGE", "big", "524287", "524291"), bulk("\xffmid\xff"));
  assert.equal(c.cmd("GETRANGE", "big", "-4", "-1"), bulk("tail"));
});

test("LCS returns the string, its length, or the matching ranges", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("MSET", "a", "ohmytext", "b", "mynewtext");
  assert.equal(c.cmd("LCS", "a", "b"), bulk("mytext"));
  assert.equal(c.cmd("LCS", "a", "b", "LEN"), int(6));
  assert.equal(
    c.cmd("LCS", "a", "b", "IDX"),
    "*4\r\n$7\r\nmatches\r\n*2\r\n*2\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n*2\r\n*2\r\n:2\r\n:3\r\n*2\r\n:0\r\n:1\r\n$3\r\nlen\r\n:6\r\n",
  );
  assert.equal(
    c.cmd("LCS", "a", "b", "IDX", "MINMATCHLEN", "4", "WITHMATCHLEN"),
    "*4\r\n$7\r\nmatches\r\n*1\r\n*3\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n:4\r\n$3\r\nlen\r\n:6\r\n",
  );
  assert.equal(c.cmd("LCS", "nokey", "nokey2"), bulk(""));
  assert.equal(c.cmd("LCS", "a", "b", "LEN", "IDX"), errorReply(ERR_LCS_LEN_AND_IDX));
  assert.equal(c.cmd("LCS", "a", "b", "MINMATCHLEN"), SYNTAX);
  assert.equal(c.cmd("LCS", "a", "b", "MINMATCHLEN", "x"), NOT_INT);
  storeList(t, "l");
  assert.equal(c.cmd("LCS", "a", "l"), errorReply(ERR_LCS_NOT_STRINGS));
  c.cmd("HELLO", "3");
  assert.match(c.cmd("LCS", "a", "b", "IDX"), /^%2\r\n\$7\r\nmatches\r\n/);
});

test("LCS refuses a table larger than proto-max-bulk-len", () => {
  const c = inProcess([["proto-max-bulk-len", "1048576"]]).connect();
  c.cmd("MSET", "a", "a".repeat(600), "b", "a".repeat(600));
  assert.equal(c.cmd("LCS", "a", "b", "LEN"), errorReply(ERR_LCS_TOO_LONG));
});

test("OBJECT ENCODING follows how each command stores the string", () => {
  const t = inProcess();
  const c = t.connect();
  const enc = (k: string) => c.cmd("OBJECT", "ENCODING", k);
  c.cmd("SET", "k", "12345");
  assert.equal(enc("k"), bulk("int"));
  c.cmd("SET", "k", "9223372036854775808");
  assert.equal(enc("k"), bulk("embstr"));
  c.cmd("SET", "k", "a".repeat(44));
  assert.equal(enc("k"), bulk("embstr"));
  c.cmd("SET", "k", "a".repeat(45));
  assert.equal(enc("k"), bulk("raw"));
  c.cmd("SET", "k", "ab");
  c.cmd("APPEND", "k", "c");
  assert.equal(enc("k"), bulk("raw"));
  c.cmd("GET", "k");
  assert.equal(enc("k"), bulk("raw"));
  c.cmd("SET", "k", "ab");
  assert.equal(enc("k"), bulk("embstr"));
  c.cmd("APPEND", "n", "12");
  assert.equal(enc("n"), bulk("int"));
  c.cmd("APPEND", "n", "3");
  assert.equal(enc("n"), bulk("raw"));
  c.cmd("INCR", "n");
  assert.equal(enc("n"), bulk("int"));
  c.cmd("SETRANGE", "r", "0", "a");
  assert.equal(enc("r"), bulk("raw"));
  c.cmd("INCRBYFLOAT", "f", "3");
  assert.equal(enc("f"), bulk("embstr"));
  c.cmd("DEL", "r");
  c.cmd("SET", "r", "a");
  assert.equal(enc("r"), bulk("embstr"));
  c.cmd("APPEND", "x", "abc");
  c.cmd("APPEND", "x", "d");
  c.cmd("PEXPIRE", "x", "10");
  t.host.advance(20);
  c.cmd("SET", "x", "abcd");
  assert.equal(enc("x"), bulk("embstr"));
  c.cmd("APPEND", "y", "abc");
  c.cmd("APPEND", "y", "d");
  c.cmd("FLUSHALL");
  c.cmd("SET", "y", "abcd");
  assert.equal(enc("y"), bulk("embstr"));
});

test("string reads count keyspace hits and misses; writes do not", () => {
  const t = inProcess();
  const c = t.connect();
  const st = t.server.stats;
  c.cmd("SET", "k", "v");
  c.cmd("INCR", "n");
  c.cmd("APPEND", "k", "x");
  c.cmd("SETRANGE", "k", "0", "y");
  c.cmd("INCRBYFLOAT", "f", "1");
  assert.deepEqual([st.keyspaceHits, st.keyspaceMisses], [0, 0]);
  c.cmd("GET", "k");
  c.cmd("GET", "nokey");
  assert.deepEqual([st.keyspaceHits, st.keyspaceMisses], [1, 1]);
  c.cmd("MGET", "k", "nokey", "n");
  assert.deepEqual([st.keyspaceHits, st.keyspaceMisses], [3, 2]);
  c.cmd("STRLEN", "k");
  c.cmd("GETRANGE", "nokey", "0", "1");
  c.cmd("GETEX", "k");
  c.cmd("SET", "k", "z", "GET");
  c.cmd("GETSET", "k", "w");
  c.cmd("LCS", "k", "nokey");
  c.cmd("GETDEL", "k");
  assert.deepEqual([st.keyspaceHits, st.keyspaceMisses], [9, 4]);
  assert.match(c.cmd("INFO", "stats"), /keyspace_hits:9\r\nkeyspace_misses:4\r\n/);
});

test("a miss emits the keymiss event", () => {
  const t = inProcess();
  const c = t.connect();
  const events = recordEvents(t);
  c.cmd("GET", "nokey");
  c.cmd("SET", "k", "v");
  c.cmd("GET", "k");
  assert.deepEqual(events, ["keymiss nokey@0", "set k@0"]);
});

test("string writes emit Redis's event names and count as changes", () => {
  const t = inProcess();
  const c = t.connect();
  const events = recordEvents(t);
  const dirty = t.server.dirty;
  c.cmd("SET", "a", "1", "EX", "10");
  c.cmd("SETNX", "b", "1");
  c.cmd("SETEX", "c", "10", "1");
  c.cmd("GETSET", "a", "2");
  c.cmd("MSET", "d", "1", "e", "2");
  c.cmd("INCR", "a");
  c.cmd("INCRBYFLOAT", "a", "1.5");
  c.cmd("APPEND", "a", "x");
  c.cmd("SETRANGE", "a", "0", "y");
  c.cmd("GETEX", "b", "EX", "10");
  c.cmd("GETEX", "b", "PERSIST");
  c.cmd("GETDEL", "b");
  assert.deepEqual(events, [
    "set a@0",
    "expire a@0",
    "set b@0",
    "set c@0",
    "expire c@0",
    "set a@0",
    "set d@0",
    "set e@0",
    "incrby a@0",
    "incrbyfloat a@0",
    "append a@0",
    "setrange a@0",
    "expire b@0",
    "persist b@0",
    "del b@0",
  ]);
  assert.equal(t.server.dirty - dirty, 13);
});

test("a string write invalidates a WATCH on the key", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  for (const write of [["APPEND", "k", "x"], ["SETRANGE", "k", "0", "y"], ["INCRBYFLOAT", "k", "0"], ["GETDEL", "k"]]) {
    a.cmd("SET", "k", "1");
    a.cmd("WATCH", "k");
    b.cmd(...write);
    a.cmd("MULTI");
    a.cmd("PING");
    assert.equal(a.cmd("EXEC"), "*-1\r\n", write.join(" "));
  }
});
