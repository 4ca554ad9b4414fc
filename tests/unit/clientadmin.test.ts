/** CLIENT KILL/PAUSE/UNPAUSE/REPLY/UNBLOCK/NO-EVICT and MONITOR in process, with a clock the test moves. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import { reprString } from "../../src/core/features/monitor.ts";
import {
  ERR_CLIENT_ID_POSITIVE,
  ERR_NO_SUCH_CLIENT,
  ERR_PAUSE_MODE,
  ERR_SYNTAX,
  ERR_TIMEOUT_NEGATIVE,
  ERR_TIMEOUT_NOT_INTEGER,
  ERR_UNBLOCKED,
  errNoSuchUser,
} from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

test("CLIENT KILL ID closes the other connection and removes it at once", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  assert.equal(a.cmd("CLIENT", "KILL", "ID", String(b.client.id)), ":1\r\n");
  assert.equal(b.closed, true);
  assert.doesNotMatch(a.cmd("CLIENT", "LIST"), new RegExp(`id=${b.client.id} `));
});

test("CLIENT KILL addr (old form) can kill the caller, after its +OK", () => {
  const t = inProcess();
  const a = t.connect();
  assert.equal(a.cmd("CLIENT", "KILL", a.client.transport.remoteAddress), "+OK\r\n");
  assert.equal(a.closed, true);
  assert.equal(t.connect().cmd("CLIENT", "KILL", "9.9.9.9:1"), errorReply(ERR_NO_SUCH_CLIENT));
});

test("CLIENT KILL filters combine: TYPE, ADDR, LADDR, USER, SKIPME", () => {
  const t = inProcess();
  const a = t.connect();
  const s = t.connect();
  const n = t.connect();
  s.cmd("SUBSCRIBE", "x");
  assert.equal(a.cmd("CLIENT", "KILL", "TYPE", "pubsub", "ADDR", n.client.transport.remoteAddress), ":0\r\n");
  assert.equal(a.cmd("CLIENT", "KILL", "TYPE", "pubsub"), ":1\r\n");
  assert.equal(s.closed, true);
  assert.equal(a.cmd("CLIENT", "KILL", "LADDR", "127.0.0.1:6379", "USER", "default"), ":1\r\n");
  assert.equal(n.closed, true);
  assert.equal(a.closed, false);
  assert.equal(a.cmd("CLIENT", "KILL", "USER", "nobody"), errorReply(errNoSuchUser("nobody")));
  assert.equal(a.cmd("CLIENT", "KILL", "ID", "x"), errorReply(ERR_CLIENT_ID_POSITIVE));
});

test("CLIENT KILL MAXAGE kills only connections at least that old", () => {
  const t = inProcess();
  const old = t.connect();
  t.host.advance(10_000);
  const young = t.connect();
  assert.equal(young.cmd("CLIENT", "KILL", "MAXAGE", "5"), ":1\r\n");
  assert.equal(old.closed, true);
  assert.equal(young.closed, false);
});

test("CLIENT PAUSE WRITE holds writes until the timeout while reads go on", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  assert.equal(a.cmd("CLIENT", "PAUSE", "1000", "WRITE"), "+OK\r\n");
  assert.equal(b.cmd("GET", "k"), "$-1\r\n");
  assert.equal(b.cmd("SET", "k", "1"), "");
  assert.equal(b.cmd("GET", "k"), "");
  assert.equal(a.cmd("GET", "k"), "$-1\r\n");
  t.host.advance(1000);
  assert.equal(b.output(), "+OK\r\n$1\r\n1\r\n");
});

test("CLIENT PAUSE WRITE holds an EXEC whose queue writes, and PUBLISH", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  b.cmd("MULTI");
  b.cmd("GET", "k");
  a.cmd("CLIENT", "PAUSE", "1000", "WRITE");
  assert.equal(b.cmd("EXEC"), "*1\r\n$-1\r\n");
  b.cmd("MULTI");
  assert.equal(b.cmd("SET", "k", "1"), "");
  const p = t.connect();
  assert.equal(p.cmd("PUBLISH", "c", "m"), "");
  assert.equal(a.cmd("CLIENT", "UNPAUSE"), "+OK\r\n");
  assert.equal(b.output(), "+QUEUED\r\n");
  assert.equal(p.output(), ":0\r\n");
  assert.equal(b.cmd("EXEC"), "*1\r\n+OK\r\n");
});

test("CLIENT PAUSE ALL holds every command, pipelined ones in order", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  a.cmd("CLIENT", "PAUSE", "500");
  assert.equal(b.raw("*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nECHO\r\n$1\r\nx\r\n"), "");
  assert.equal(a.cmd("PING"), "");
  t.host.advance(499);
  assert.equal(b.output(), "");
  t.host.advance(1);
  assert.equal(b.output(), "+PONG\r\n$1\r\nx\r\n");
  assert.equal(a.output(), "+PONG\r\n");
});

test("clients released by CLIENT UNPAUSE run in the order they were held, after the unpausing pipeline", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  const c = t.connect();
  a.cmd("CLIENT", "PAUSE", "5000", "WRITE");
  assert.equal(b.cmd("SET", "k", "b"), "");
  assert.equal(c.raw("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nc\r\n*2\r\n$3\r\nGET\r\n$1\r\nk\r\n"), "");
  assert.equal(t.server.blocking.blockedClients, 2);
  // The released clients wait for the end of the event: UNPAUSE's own pipeline still reads the old value.
  assert.equal(a.raw("*2\r\n$6\r\nCLIENT\r\n$7\r\nUNPAUSE\r\n*2\r\n$3\r\nGET\r\n$1\r\nk\r\n"), "+OK\r\n$-1\r\n");
  assert.equal(b.output(), "+OK\r\n");
  assert.equal(c.output(), "+OK\r\n$1\r\nc\r\n");
  assert.equal(t.server.blocking.blockedClients, 0);
});

test("two servers in one process keep their feature state apart", () => {
  const one = inProcess();
  const two = inProcess();
  const a = one.connect();
  const b = two.connect();
  a.cmd("CLIENT", "TRACKING", "ON");
  a.cmd("WATCH", "k");
  a.cmd("MONITOR");
  b.cmd("SET", "k", "v");
  assert.equal(one.server.watch.active, true);
  assert.equal(two.server.watch.active, false);
  assert.equal(two.server.tracking.clients, 0);
  assert.equal(two.server.monitor.active, false);
  assert.equal(a.output(), "");
});

test("CLIENT PAUSE validates mode before timeout", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("CLIENT", "PAUSE", "x", "bad"), errorReply(ERR_PAUSE_MODE));
  assert.equal(c.cmd("CLIENT", "PAUSE", "-5"), errorReply(ERR_TIMEOUT_NEGATIVE));
  assert.equal(c.cmd("CLIENT", "PAUSE", "1.5"), errorReply(ERR_TIMEOUT_NOT_INTEGER));
});

test("CLIENT REPLY OFF silences replies and errors until ON; SKIP silences one command", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("CLIENT", "REPLY", "OFF"), "");
  assert.equal(c.cmd("SET", "k", "1"), "");
  assert.equal(c.cmd("NOSUCH"), "");
  assert.equal(c.cmd("CLIENT", "REPLY", "ON"), "+OK\r\n");
  assert.equal(c.cmd("CLIENT", "REPLY", "SKIP"), "");
  assert.equal(c.cmd("GET", "k"), "");
  assert.equal(c.cmd("GET", "k"), "$1\r\n1\r\n");
  assert.equal(c.cmd("CLIENT", "REPLY", "SKIP"), "");
  assert.equal(c.cmd("GET"), "");
  assert.equal(c.cmd("GET", "k"), "$1\r\n1\r\n");
  assert.equal(c.cmd("CLIENT", "REPLY", "bad"), errorReply(ERR_SYNTAX));
});

test("CLIENT UNBLOCK answers the blocked client as a timeout or with the UNBLOCKED error", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  assert.equal(b.cmd("BZPOPMIN", "z", "0"), "");
  assert.equal(a.cmd("CLIENT", "UNBLOCK", String(b.client.id)), ":1\r\n");
  assert.equal(b.output(), "*-1\r\n");
  b.cmd("BZPOPMIN", "z", "0");
  assert.equal(a.cmd("CLIENT", "UNBLOCK", String(b.client.id), "ERROR"), ":1\r\n");
  assert.equal(b.output(), errorReply(ERR_UNBLOCKED));
  assert.equal(a.cmd("CLIENT", "UNBLOCK", String(b.client.id)), ":0\r\n");
  assert.match(a.cmd("INFO", "errorstats"), /errorstat_UNBLOCKED:count=1/);
});

test("CLIENT UNBLOCK lets the unblocked client run its pipelined commands", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  assert.equal(b.raw("*3\r\n$8\r\nBZPOPMIN\r\n$1\r\nz\r\n$1\r\n0\r\n*1\r\n$4\r\nPING\r\n"), "");
  a.cmd("CLIENT", "UNBLOCK", String(b.client.id));
  assert.equal(b.output(), "*-1\r\n+PONG\r\n");
});

test("CLIENT NO-EVICT shows as flag e", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("CLIENT", "NO-EVICT", "on"), "+OK\r\n");
  assert.match(c.cmd("CLIENT", "INFO"), / flags=e /);
  c.cmd("CLIENT", "NO-EVICT", "off");
  assert.match(c.cmd("CLIENT", "INFO"), / flags=N /);
});

test("MONITOR streams each command after it runs, with the database and the caller's address", () => {
  const t = inProcess();
  const m = t.connect();
  const c = t.connect();
  assert.equal(m.cmd("MONITOR"), "+OK\r\n");
  assert.match(m.cmd("CLIENT", "INFO"), / flags=O /);
  c.cmd("SET", "k", "v");
  c.cmd("SELECT", "3");
  c.cmd("NOSUCH");
  c.cmd("CONFIG", "GET", "hz");
  c.cmd("AUTH", "secret");
  c.cmd("HELLO", "2", "AUTH", "default", "pw");
  const addr = c.client.transport.remoteAddress;
  const lines = m.output().split("\r\n").filter((l) => l !== "");
  assert.equal(lines.length, 4);
  assert.match(lines[0], new RegExp(`^\\+\\d+\\.\\d{6} \\[0 ${addr}\\] "SET" "k" "v"$`));
  assert.match(lines[1], new RegExp(`\\[3 ${addr}\\] "SELECT" "3"$`));
  assert.match(lines[2], /"AUTH" "\(redacted\)"$/);
  assert.match(lines[3], /"HELLO" "2" "AUTH" "\(redacted\)" "\(redacted\)"$/);
});

test("MONITOR shows queued commands when EXEC runs them, then EXEC", () => {
  const t = inProcess();
  const m = t.connect();
  const c = t.connect();
  m.cmd("MONITOR");
  c.cmd("MULTI");
  c.cmd("SET", "k", "v");
  assert.match(m.output(), /"MULTI"\r\n$/);
  c.cmd("EXEC");
  const lines = m.output().split("\r\n").filter((l) => l !== "");
  assert.deepEqual(lines.map((l) => l.replace(/^.*\] /, "")), ['"SET" "k" "v"', '"EXEC"']);
});

test("MONITOR quoting follows sdscatrepr", () => {
  assert.equal(reprString('a"b\\c'), '"a\\"b\\\\c"');
  assert.equal(reprString("\n\r\t\x07\x08"), '"\\n\\r\\t\\a\\b"');
  assert.equal(reprString("\x00\x01\x7f\xff é"), '"\\x00\\x01\\x7f\\xff \\xe9"');
});

test("a MONITOR client that disconnects or RESETs stops receiving", () => {
  const t = inProcess();
  const m = t.connect();
  const c = t.connect();
  m.cmd("MONITOR");
  m.cmd("RESET");
  m.output();
  c.cmd("PING");
  assert.equal(m.output(), "");
  m.cmd("MONITOR");
  m.client.disconnected();
  c.cmd("PING");
  assert.equal(m.output(), "");
});

test("keys do not expire while clients are paused: they read as missing but stay", () => {
  const t = inProcess([["notify-keyspace-events", "Ex"]]);
  t.server.start();
  const s = t.connect();
  const c = t.connect();
  s.cmd("SUBSCRIBE", "__keyevent@0__:expired");
  c.cmd("SET", "k", "v", "PX", "100");
  c.cmd("CLIENT", "PAUSE", "1000", "WRITE");
  t.host.advance(500);
  assert.equal(c.cmd("GET", "k"), "$-1\r\n");
  assert.equal(c.cmd("DBSIZE"), ":1\r\n");
  assert.equal(s.output(), "");
  t.host.advance(1000);
  assert.equal(c.cmd("DBSIZE"), ":0\r\n");
  assert.equal(s.output(), "*3\r\n$7\r\nmessage\r\n$22\r\n__keyevent@0__:expired\r\n$1\r\nk\r\n");
  t.server.stop();
});

test("a pause set inside EXEC keeps the more restrictive type and the later end", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  a.cmd("MULTI");
  a.cmd("CLIENT", "PAUSE", "1000", "ALL");
  a.cmd("CLIENT", "PAUSE", "10", "WRITE");
  a.cmd("SET", "k", "1");
  assert.equal(a.cmd("EXEC"), "*3\r\n+OK\r\n+OK\r\n+OK\r\n");
  t.host.advance(500);
  assert.equal(b.cmd("GET", "k"), "");
  t.host.advance(500);
  assert.equal(b.output(), "$1\r\n1\r\n");
});
