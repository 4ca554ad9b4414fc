/** The seed commands and expiry, in process, with a clock the test moves. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import {
  ERR_DB_INDEX,
  ERR_EXPIRE_GT_LT,
  ERR_EXPIRE_NX_XX,
  ERR_NOPROTO,
  ERR_NOT_INTEGER,
  ERR_OVERFLOW,
  ERR_SYNTAX,
  errInvalidExpire,
  errRequest,
  errUnknownCommand,
  errUnknownSubcommand,
  errUnsupportedOption,
  errWrongArity,
} from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

test("SET then GET returns the value, binary-safe", () => {
  const c = inProcess().connect();
  const v = "\x00\r\n\xff\x80\x9f";
  assert.equal(c.cmd("SET", "k", v), "+OK\r\n");
  assert.equal(c.cmd("GET", "k"), `$6\r\n${v}\r\n`);
  assert.equal(c.cmd("GET", "missing"), "$-1\r\n");
});

test("SET with NX leaves an existing key alone and XX needs one", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("SET", "k", "1", "NX"), "+OK\r\n");
  assert.equal(c.cmd("SET", "k", "2", "NX"), "$-1\r\n");
  assert.equal(c.cmd("SET", "other", "2", "XX"), "$-1\r\n");
  assert.equal(c.cmd("SET", "k", "3", "XX", "GET"), "$1\r\n1\r\n");
  assert.equal(c.cmd("SET", "k", "3", "NX", "XX"), errorReply(ERR_SYNTAX));
});

test("SET EX rejects zero, negative and overflowing times with Redis's error", () => {
  const c = inProcess().connect();
  for (const t of ["0", "-1", "9223372036854775807"]) {
    assert.equal(c.cmd("SET", "k", "v", "EX", t), errorReply(errInvalidExpire("set")));
  }
  assert.equal(c.cmd("SET", "k", "v", "EX", "1.5"), errorReply(ERR_NOT_INTEGER));
});

test("a key set with PX expires lazily when the clock passes its deadline", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "k", "v", "PX", "1500");
  assert.equal(c.cmd("PTTL", "k"), ":1500\r\n");
  assert.equal(c.cmd("TTL", "k"), ":2\r\n");
  t.host.advance(1499);
  assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
  t.host.advance(1);
  assert.equal(c.cmd("GET", "k"), "$-1\r\n");
  assert.equal(c.cmd("TTL", "k"), ":-2\r\n");
});

test("active expiry frees keys that are never touched again", () => {
  const t = inProcess();
  const c = t.connect();
  for (let i = 0; i < 1000; i++) c.cmd("SET", `k${i}`, "v", "PX", "100");
  for (let i = 0; i < 10; i++) c.cmd("SET", `keep${i}`, "v");
  assert.equal(t.server.dbs[0].size, 1010);
  t.host.advance(200);
  // Nothing reads the keys: only the periodic cycle can reclaim them.
  for (let i = 0; i < 50 && t.server.dbs[0].size > 10; i++) t.server.cron();
  assert.equal(t.server.dbs[0].size, 10);
  assert.equal(t.server.stats.expiredKeys, 1000);
});

test("active expiry samples and stops when few sampled keys are expired", () => {
  const t = inProcess();
  const c = t.connect();
  for (let i = 0; i < 1000; i++) c.cmd("SET", `live${i}`, "v", "EX", "1000");
  c.cmd("SET", "dead", "v", "PX", "1");
  t.host.advance(10);
  t.server.cron();
  // One cycle looks at a sample, not at every key: with 1 expired in 1001 it stops after the first sample.
  assert.ok(t.server.dbs[0].size >= 1000);
});

test("INCR and DECR work across the 64-bit range and refuse to overflow", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("INCR", "n"), ":1\r\n");
  assert.equal(c.cmd("DECR", "n"), ":0\r\n");
  c.cmd("SET", "big", "9223372036854775806");
  assert.equal(c.cmd("INCR", "big"), ":9223372036854775807\r\n");
  assert.equal(c.cmd("INCR", "big"), errorReply(ERR_OVERFLOW));
  c.cmd("SET", "small", "-9223372036854775808");
  assert.equal(c.cmd("DECR", "small"), errorReply(ERR_OVERFLOW));
  c.cmd("SET", "s", " 1");
  assert.equal(c.cmd("INCR", "s"), errorReply(ERR_NOT_INTEGER));
  c.cmd("SET", "z", "01");
  assert.equal(c.cmd("INCR", "z"), errorReply(ERR_NOT_INTEGER));
});

test("INCR keeps the key's TTL", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "n", "5", "EX", "100");
  c.cmd("INCR", "n");
  assert.equal(c.cmd("TTL", "n"), ":100\r\n");
});

test("EXPIRE options NX XX GT LT follow Redis's rules", () => {
  const c = inProcess().connect();
  c.cmd("SET", "k", "v");
  assert.equal(c.cmd("EXPIRE", "k", "100", "XX"), ":0\r\n");
  assert.equal(c.cmd("EXPIRE", "k", "100", "GT"), ":0\r\n");
  assert.equal(c.cmd("EXPIRE", "k", "100", "LT"), ":1\r\n");
  assert.equal(c.cmd("EXPIRE", "k", "50", "NX"), ":0\r\n");
  assert.equal(c.cmd("EXPIRE", "k", "200", "GT"), ":1\r\n");
  assert.equal(c.cmd("EXPIRE", "k", "300", "LT"), ":0\r\n");
  assert.equal(c.cmd("EXPIRE", "k", "1", "NX", "XX"), errorReply(ERR_EXPIRE_NX_XX));
  assert.equal(c.cmd("EXPIRE", "k", "1", "GT", "LT"), errorReply(ERR_EXPIRE_GT_LT));
  assert.equal(c.cmd("EXPIRE", "k", "1", "FOO"), errorReply(errUnsupportedOption("FOO")));
  assert.equal(c.cmd("EXPIRE", "k", "9223372036854775807"), errorReply(errInvalidExpire("expire")));
  assert.equal(c.cmd("EXPIRE", "k", "-1"), ":1\r\n");
  assert.equal(c.cmd("EXISTS", "k"), ":0\r\n");
});

test("EXPIREAT, PEXPIREAT, EXPIRETIME, PEXPIRETIME and PERSIST", () => {
  const t = inProcess();
  const c = t.connect();
  const now = t.host.now();
  c.cmd("SET", "k", "v");
  assert.equal(c.cmd("EXPIRETIME", "k"), ":-1\r\n");
  assert.equal(c.cmd("EXPIRETIME", "nokey"), ":-2\r\n");
  assert.equal(c.cmd("PEXPIREAT", "k", String(now + 5000)), ":1\r\n");
  assert.equal(c.cmd("PEXPIRETIME", "k"), `:${now + 5000}\r\n`);
  assert.equal(c.cmd("EXPIRETIME", "k"), `:${Math.floor((now + 5000 + 500) / 1000)}\r\n`);
  assert.equal(c.cmd("PERSIST", "k"), ":1\r\n");
  assert.equal(c.cmd("PERSIST", "k"), ":0\r\n");
  assert.equal(c.cmd("TTL", "k"), ":-1\r\n");
  assert.equal(c.cmd("EXPIREAT", "k", String(Math.floor(now / 1000) - 1)), ":1\r\n");
  assert.equal(c.cmd("GET", "k"), "$-1\r\n");
});

test("DEL and EXISTS count keys, duplicates included for EXISTS", () => {
  const c = inProcess().connect();
  c.cmd("SET", "a", "1");
  c.cmd("SET", "b", "1");
  assert.equal(c.cmd("EXISTS", "a", "a", "b", "c"), ":3\r\n");
  assert.equal(c.cmd("DEL", "a", "a", "c"), ":1\r\n");
});

test("unknown commands and wrong arity get Redis's exact errors, names in any case", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("foo", "a", "b"), errorReply(errUnknownCommand(["foo", "a", "b"])));
  assert.equal(c.cmd("GET"), errorReply(errWrongArity("get")));
  assert.equal(c.cmd("gEt", "x"), "$-1\r\n");
  assert.equal(c.cmd("CLIENT", "FOO"), errorReply(errUnknownSubcommand("FOO", "CLIENT")));
  assert.equal(c.cmd("client", "setname"), errorReply(errWrongArity("client|setname")));
});

test("HELLO 3 switches to RESP3 and replies with Redis's map; HELLO 4 is NOPROTO", () => {
  const c = inProcess().connect();
  const id = c.client.id;
  assert.equal(
    c.cmd("HELLO", "3"),
    `%7\r\n$6\r\nserver\r\n$5\r\nredis\r\n$7\r\nversion\r\n$6\r\n7.0.15\r\n$5\r\nproto\r\n:3\r\n$2\r\nid\r\n:${id}\r\n$4\r\nmode\r\n$10\r\nstandalone\r\n$4\r\nrole\r\n$6\r\nmaster\r\n$7\r\nmodules\r\n*0\r\n`,
  );
  assert.equal(c.cmd("GET", "nokey"), "_\r\n");
  assert.equal(c.cmd("HELLO", "4"), errorReply(ERR_NOPROTO));
  assert.equal(c.cmd("HELLO", "2").startsWith("*14\r\n"), true);
});

test("SELECT switches databases and checks the index", () => {
  const c = inProcess().connect();
  c.cmd("SET", "k", "db0");
  assert.equal(c.cmd("SELECT", "1"), "+OK\r\n");
  assert.equal(c.cmd("GET", "k"), "$-1\r\n");
  assert.equal(c.cmd("SELECT", "16"), errorReply(ERR_DB_INDEX));
  assert.equal(c.cmd("SELECT", "a"), errorReply(ERR_NOT_INTEGER));
});

test("QUIT replies +OK and closes the connection", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("QUIT"), "+OK\r\n");
  assert.equal(c.closed, true);
});

test("pipelined commands in one chunk get their replies in one write", () => {
  const t = inProcess();
  const writes: number[] = [];
  const c = t.server.connect({
    write: (b) => writes.push(b.length),
    close() {},
    abort() {},
    bufferedBytes: () => 0,
    remoteAddress: "127.0.0.1:1",
    localAddress: "127.0.0.1:2",
    fd: 1,
  });
  c.feed(new TextEncoder().encode("PING\r\nPING\r\n*1\r\n$4\r\nPING\r\n"));
  assert.deepEqual(writes, [21]);
});

test("a protocol error is answered and closes only that connection", () => {
  const t = inProcess();
  const bad = t.connect();
  const good = t.connect();
  assert.equal(bad.raw("*1\r\nx\r\n"), errorReply(errRequest("Protocol error: expected '$', got 'x'")));
  assert.equal(bad.closed, true);
  assert.equal(good.cmd("PING"), "+PONG\r\n");
});

test("KEYS follows Redis's glob rules", () => {
  const c = inProcess().connect();
  for (const k of ["hello", "hallo", "hxllo", "hllo", "heeeello", "h*llo", "a[b"]) c.cmd("SET", k, "1");
  const keys = (p: string) =>
    c.cmd("KEYS", p).split("\r\n").filter((_, i, a) => i > 0 && i % 2 === 0 && i < a.length).sort();
  assert.deepEqual(keys("h?llo"), ["h*llo", "hallo", "hello", "hxllo"]);
  assert.deepEqual(keys("h[^e]llo"), ["h*llo", "hallo", "hxllo"]);
  assert.deepEqual(keys("h[a-b]llo"), ["hallo"]);
  assert.deepEqual(keys("h\\*llo"), ["h*llo"]);
  assert.deepEqual(keys("h*llo").length, 6);
});

test("CONFIG SET validates like Redis and CONFIG GET reads back canonical values", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("CONFIG", "SET", "maxmemory", "1gb"), "+OK\r\n");
  assert.equal(c.cmd("CONFIG", "GET", "maxmemory"), "*2\r\n$9\r\nmaxmemory\r\n$10\r\n1073741824\r\n");
  assert.equal(
    c.cmd("CONFIG", "SET", "hz", "abc"),
    "-ERR CONFIG SET failed (possibly related to argument 'hz') - argument couldn't be parsed into an integer\r\n",
  );
  assert.equal(
    c.cmd("CONFIG", "SET", "foo", "bar"),
    "-ERR Unknown option or number of arguments for CONFIG SET - 'foo'\r\n",
  );
  assert.equal(
    c.cmd("CONFIG", "SET", "appendonly", "maybe"),
    "-ERR CONFIG SET failed (possibly related to argument 'appendonly') - argument must be 'yes' or 'no'\r\n",
  );
  assert.equal(c.cmd("CONFIG", "GET", "list-max-ziplist-size"), "*2\r\n$21\r\nlist-max-ziplist-size\r\n$2\r\n-2\r\n");
});

test("INFO reports loading:0 and the keyspace", () => {
  const c = inProcess().connect();
  c.cmd("SET", "a", "1", "EX", "10");
  const info = c.cmd("INFO");
  assert.match(info, /loading:0\r\n/);
  assert.match(info, /db0:keys=1,expires=1,avg_ttl=\d+\r\n/);
  assert.match(info, /redis_version:7\.0\.15\r\n/);
});

test("COMMAND COUNT, INFO and DOCS come from the same table", () => {
  const c = inProcess().connect();
  const count = Number(c.cmd("COMMAND", "COUNT").slice(1, -2));
  assert.ok(count > 20);
  assert.match(c.cmd("COMMAND", "INFO", "get"), /^\*1\r\n\*10\r\n\$3\r\nget\r\n:2\r\n\*2\r\n\+readonly\r\n\+fast\r\n/);
  assert.equal(c.cmd("COMMAND", "INFO", "nosuch"), "*1\r\n$-1\r\n");
  assert.equal(c.cmd("COMMAND", "DOCS", "nosuch"), "*0\r\n");
  const list = c.cmd("COMMAND", "LIST");
  assert.equal(list.startsWith(`*${count + (list.match(/\|/g)?.length ?? 0)}\r\n`), true);
});

test("an unfinished command holding more than client-query-buffer-limit closes the connection", () => {
  const t = inProcess([["client-query-buffer-limit", "1mb"], ["proto-max-bulk-len", "8mb"]]);
  const c = t.connect();
  c.raw("*2\r\n$3\r\nGET\r\n$4000000\r\n");
  c.raw("x".repeat(600_000));
  assert.equal(c.closed, false);
  c.raw("x".repeat(600_000));
  assert.equal(c.closed, true);
  assert.equal(t.connect().cmd("PING"), "+PONG\r\n");
});

test("CONFIG SET proto-max-bulk-len applies to connected clients", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("CONFIG", "SET", "proto-max-bulk-len", "1mb"), "+OK\r\n");
  assert.equal(
    c.raw("*2\r\n$4\r\nECHO\r\n$2000000\r\n"),
    errorReply(errRequest("Protocol error: invalid bulk length")),
  );
});

test("a blocking timeout longer than a host timer can hold still ends at its deadline", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("BLPOP", "nolist", "3000000"); // 3e9 ms: more than the 2^31-1 ms a timer takes
  t.host.advance(2_999_999_000);
  assert.equal(c.output(), "");
  t.host.advance(1_000);
  assert.equal(c.output(), "*-1\r\n");
  c.cmd("WAIT", "1", "2500000000");
  t.host.advance(2_499_999_999);
  assert.equal(c.output(), "");
  t.host.advance(1);
  assert.equal(c.output(), ":0\r\n");
});
