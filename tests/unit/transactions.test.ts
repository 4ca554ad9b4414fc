/** MULTI/EXEC/DISCARD/WATCH in process, with a clock the test moves for the expiry rules. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import {
  ERR_DISCARD_WITHOUT_MULTI,
  ERR_EXEC_WITHOUT_MULTI,
  ERR_EXECABORT,
  ERR_MULTI_NESTED,
  ERR_WATCH_IN_MULTI,
  errWrongArity,
} from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

test("EXEC runs the queue and replies one array; run-time errors stay per command", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("MULTI"), "+OK\r\n");
  assert.equal(c.cmd("SET", "s", "x"), "+QUEUED\r\n");
  assert.equal(c.cmd("INCR", "s"), "+QUEUED\r\n");
  assert.equal(c.cmd("GET", "s"), "+QUEUED\r\n");
  assert.equal(c.cmd("EXEC"), "*3\r\n+OK\r\n-ERR value is not an integer or out of range\r\n$1\r\nx\r\n");
});

test("a queue-time error makes EXEC reply EXECABORT and run nothing", () => {
  const c = inProcess().connect();
  c.cmd("MULTI");
  c.cmd("SET", "a", "1");
  assert.match(c.cmd("NOSUCH"), /^-ERR unknown command/);
  assert.equal(c.cmd("GET"), errorReply(errWrongArity("get")));
  assert.equal(c.cmd("EXEC"), errorReply(ERR_EXECABORT));
  assert.equal(c.cmd("GET", "a"), "$-1\r\n");
});

test("EXEC with wrong arity aborts the transaction with the reason", () => {
  const c = inProcess().connect();
  c.cmd("MULTI");
  c.cmd("SET", "a", "1");
  assert.equal(
    c.cmd("EXEC", "x"),
    "-EXECABORT Transaction discarded because of: wrong number of arguments for 'exec' command\r\n",
  );
  assert.equal(c.cmd("EXEC"), errorReply(ERR_EXEC_WITHOUT_MULTI));
  assert.equal(c.cmd("GET", "a"), "$-1\r\n");
});

test("an EXEC refused before it runs forgets the watched keys at once", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("WATCH", "k");
  c.cmd("MULTI");
  assert.equal(t.server.watch.active, true);
  c.cmd("EXEC", "x");
  assert.equal(t.server.watch.active, false, "no watcher left in the index");
  // A later change to the key finds nobody to mark dirty: the next transaction runs.
  t.connect().cmd("SET", "k", "v");
  c.cmd("MULTI");
  assert.equal(c.cmd("EXEC"), "*0\r\n");
});

test("nested MULTI and WATCH inside MULTI are errors that keep the transaction", () => {
  const c = inProcess().connect();
  c.cmd("MULTI");
  assert.equal(c.cmd("MULTI"), errorReply(ERR_MULTI_NESTED));
  assert.equal(c.cmd("WATCH", "x"), errorReply(ERR_WATCH_IN_MULTI));
  c.cmd("SET", "a", "1");
  assert.equal(c.cmd("EXEC"), "*1\r\n+OK\r\n");
  assert.equal(c.cmd("DISCARD"), errorReply(ERR_DISCARD_WITHOUT_MULTI));
});

test("a watched key written by another client makes EXEC reply a null array", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  a.cmd("WATCH", "k");
  b.cmd("SET", "k", "1");
  a.cmd("MULTI");
  a.cmd("SET", "k", "mine");
  assert.equal(a.cmd("EXEC"), "*-1\r\n");
  assert.equal(a.cmd("GET", "k"), "$1\r\n1\r\n");
  a.cmd("HELLO", "3");
  a.cmd("WATCH", "k");
  b.cmd("DEL", "k");
  a.cmd("MULTI");
  assert.equal(a.cmd("EXEC"), "_\r\n");
});

test("CLIENT LIST shows d for a client whose watched key changed and x while in MULTI", () => {
  const t = inProcess();
  const a = t.connect();
  a.cmd("WATCH", "k");
  t.connect().cmd("SET", "k", "1");
  assert.match(a.cmd("CLIENT", "INFO"), / flags=d /);
  a.cmd("MULTI");
  a.cmd("EXEC");
  assert.match(a.cmd("CLIENT", "INFO"), / flags=N /);
});

test("WATCH remembers the database: the same name in another database is another key", () => {
  const c = inProcess().connect();
  c.cmd("WATCH", "k");
  c.cmd("SELECT", "1");
  c.cmd("SET", "k", "1");
  c.cmd("MULTI");
  assert.equal(c.cmd("EXEC"), "*0\r\n");
});

test("UNWATCH and DISCARD forget the watches", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  a.cmd("WATCH", "k");
  assert.equal(a.cmd("UNWATCH"), "+OK\r\n");
  b.cmd("SET", "k", "1");
  a.cmd("MULTI");
  assert.equal(a.cmd("EXEC"), "*0\r\n");
  a.cmd("WATCH", "k");
  a.cmd("MULTI");
  assert.equal(a.cmd("DISCARD"), "+OK\r\n");
  b.cmd("SET", "k", "2");
  a.cmd("MULTI");
  assert.equal(a.cmd("EXEC"), "*0\r\n");
});

test("a watched key that expires before EXEC fails the transaction", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "k", "v", "PX", "100");
  c.cmd("WATCH", "k");
  t.host.advance(200);
  c.cmd("MULTI");
  assert.equal(c.cmd("EXEC"), "*-1\r\n");
});

test("a key already expired when watched does not fail the transaction, even once deleted", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "k", "v", "PX", "100");
  // Advance the clock without firing the active expiry timer: the key is logically expired but present.
  t.host.time += 200;
  c.cmd("WATCH", "k");
  assert.equal(c.cmd("GET", "k"), "$-1\r\n");
  c.cmd("MULTI");
  assert.equal(c.cmd("EXEC"), "*0\r\n");
});

test("active expiry of a live watched key touches it", () => {
  const t = inProcess();
  t.server.start();
  const c = t.connect();
  c.cmd("SET", "k", "v", "PX", "50");
  c.cmd("WATCH", "k");
  t.host.advance(500);
  c.cmd("MULTI");
  assert.equal(c.cmd("EXEC"), "*-1\r\n");
  t.server.stop();
});

test("FLUSHALL touches watched keys that exist and leaves missing ones alone", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  a.cmd("WATCH", "missing");
  b.cmd("FLUSHALL");
  a.cmd("MULTI");
  assert.equal(a.cmd("EXEC"), "*0\r\n");
  a.cmd("SET", "here", "1");
  a.cmd("WATCH", "here");
  b.cmd("FLUSHDB");
  a.cmd("MULTI");
  assert.equal(a.cmd("EXEC"), "*-1\r\n");
  a.cmd("SET", "here", "1");
  a.cmd("WATCH", "here");
  b.cmd("SELECT", "2");
  b.cmd("FLUSHDB");
  a.cmd("MULTI");
  assert.equal(a.cmd("EXEC"), "*0\r\n");
});

test("a blocking command inside EXEC answers as timed out instead of blocking", () => {
  const c = inProcess().connect();
  c.cmd("MULTI");
  c.cmd("BZPOPMIN", "z", "0");
  c.cmd("SET", "after", "1");
  assert.equal(c.cmd("EXEC"), "*2\r\n*-1\r\n+OK\r\n");
});

test("a client blocked on a key is served after EXEC with the transaction's final state", () => {
  const t = inProcess();
  const blocked = t.connect();
  const c = t.connect();
  assert.equal(blocked.cmd("BZPOPMIN", "z", "0"), "");
  c.cmd("MULTI");
  c.cmd("ZADD", "z", "1", "a");
  c.cmd("ZADD", "z", "0", "b");
  assert.equal(c.cmd("EXEC"), "*2\r\n:1\r\n:1\r\n");
  assert.equal(blocked.output(), "*3\r\n$1\r\nz\r\n$1\r\nb\r\n$1\r\n0\r\n");
});

test("RESET leaves MULTI and forgets watches; a disconnect leaves no watcher behind", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  a.cmd("WATCH", "k");
  a.cmd("MULTI");
  assert.equal(a.cmd("RESET"), "+RESET\r\n");
  assert.equal(a.cmd("EXEC"), errorReply(ERR_EXEC_WITHOUT_MULTI));
  b.cmd("SET", "k", "1");
  a.cmd("MULTI");
  assert.equal(a.cmd("EXEC"), "*0\r\n");
  a.cmd("WATCH", "k");
  a.client.disconnected();
  assert.equal(t.server.watch.active, false);
});

test("an aborted transaction stops queueing: CLIENT LIST multi= counts only what came before", () => {
  const t = inProcess();
  const a = t.connect();
  const other = t.connect();
  a.cmd("MULTI");
  a.cmd("SET", "a", "1");
  a.cmd("NOSUCH");
  assert.equal(a.cmd("SET", "b", "2"), "+QUEUED\r\n");
  assert.match(other.cmd("CLIENT", "LIST", "ID", String(a.client.id)), / flags=x .* multi=1 /);
});
