/** The direct API (src/core/direct.ts): call, the typed helpers, select, fastForward and fault injection. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { ManualHost, ReplyError, Server } from "../../mod.ts";
import { inProcess, onKeyspaceEvent } from "../helpers/inprocess.ts";

function fresh(): { server: Server; host: ManualHost } {
  const host = new ManualHost();
  return { server: new Server({ host }), host };
}

test("call returns replies as JS values: strings, integers, null, arrays, maps, doubles, booleans", () => {
  const { server } = fresh();
  assert.equal(server.call("SET", "k", "v"), "OK");
  assert.equal(server.call("GET", "k"), "v");
  assert.equal(server.call("GET", "missing"), null);
  assert.equal(server.call("HSET", "h", "f", "v", "g", 2), 2);
  assert.deepEqual(server.call("HGETALL", "h"), new Map([["f", "v"], ["g", "2"]]));
  assert.deepEqual(server.call("RPUSH", "l", "a", "b"), 2);
  assert.deepEqual(server.call("LRANGE", "l", 0, -1), ["a", "b"]);
  assert.equal(server.call("INCRBYFLOAT", "n", 1.5), "1.5");
  assert.equal(server.call("ZADD", "z", 2.5, "m"), 1);
  assert.equal(server.call("ZSCORE", "z", "m"), 2.5);
  assert.equal(server.call("SISMEMBER", "nokey", "x"), 0);
  assert.equal(server.call("INCRBY", "big", "9007199254740993"), 9007199254740993n);
});

test("call throws an error reply as a ReplyError with Redis's text", () => {
  const { server } = fresh();
  server.call("SET", "s", "x");
  assert.throws(() => server.call("LPUSH", "s", "a"), (e: unknown) => {
    assert.ok(e instanceof ReplyError);
    assert.equal(e.message, "WRONGTYPE Operation against a key holding the wrong kind of value");
    return true;
  });
  assert.throws(() => server.call("NOSUCH"), { message: "ERR unknown command 'NOSUCH', with args beginning with: " });
  assert.throws(() => server.call("GET"), { message: "ERR wrong number of arguments for 'get' command" });
});

test("an error inside EXEC's reply is a ReplyError element, not thrown", () => {
  const { server } = fresh();
  server.call("SET", "s", "x");
  server.call("MULTI");
  assert.equal(server.call("LPUSH", "s", "a"), "QUEUED");
  assert.equal(server.call("INCR", "n"), "QUEUED");
  const out = server.call("EXEC") as unknown[];
  assert.ok(out[0] instanceof ReplyError);
  assert.equal(out[1], 1);
});

test("strings go in as UTF-8 and come back decoded; Uint8Array arguments are taken byte for byte", () => {
  const { server } = fresh();
  server.set("greeting", "héllo ✓");
  assert.equal(server.call("STRLEN", "greeting"), 10);
  assert.equal(server.get("greeting"), "héllo ✓");
  server.set("bin", new Uint8Array([0xff, 0x00, 0x41]));
  assert.equal(server.call("STRLEN", "bin"), 3);
  assert.equal(server.get("bin"), "\xff\x00A");
});

test("the typed helpers: set/get, hset/hgetall, lpush/lrange, sadd/smembers, zadd, ttl, keys, flushAll, dump", () => {
  const { server } = fresh();
  server.set("s", "v");
  assert.equal(server.get("s"), "v");
  assert.equal(server.get("nope"), null);
  assert.equal(server.hset("h", { f: "v", n: 1 }), 2);
  assert.deepEqual(server.hgetall("h"), { f: "v", n: "1" });
  assert.deepEqual(server.hgetall("none"), {});
  assert.equal(server.lpush("l", "a", "b", "c"), 3);
  assert.deepEqual(server.lrange("l"), ["c", "b", "a"]);
  assert.deepEqual(server.lrange("l", 0, 0), ["c"]);
  assert.equal(server.sadd("set", "y", "x", "x"), 2);
  assert.deepEqual(server.smembers("set"), ["x", "y"]);
  assert.equal(server.zadd("z", 1, "m"), 1);
  assert.equal(server.zadd("z", 2, "m"), 0);
  assert.equal(server.ttl("s"), -1);
  assert.equal(server.ttl("nope"), -2);
  assert.deepEqual(server.keys(), ["h", "l", "s", "set", "z"]);
  assert.deepEqual(server.keys("s*"), ["s", "set"]);
  const dumped = server.dump("s")!;
  assert.ok(dumped instanceof Uint8Array);
  assert.equal(server.dump("nope"), null);
  server.call("RESTORE", "copy", 0, dumped);
  assert.equal(server.get("copy"), "v");
  server.flushAll();
  assert.deepEqual(server.keys(), []);
});

test("the typed helpers throw Redis's errors too", () => {
  const { server } = fresh();
  server.lpush("l", "a");
  assert.throws(() => server.get("l"), ReplyError);
  assert.throws(() => server.hgetall("l"), /^ReplyError: WRONGTYPE/);
  assert.throws(() => server.sadd("l", "x"), ReplyError);
});

test("select moves the direct API to another database; a bad index is Redis's error", () => {
  const { server } = fresh();
  server.set("k", "zero");
  server.select(3);
  assert.equal(server.get("k"), null);
  server.set("k", "three");
  server.select(0);
  assert.equal(server.get("k"), "zero");
  assert.equal(server.dbs[3].size, 1);
  assert.throws(() => server.select(99), { message: "ERR DB index is out of range" });
});

test("a bad argument is a TypeError", () => {
  const { server } = fresh();
  assert.throws(() => server.call("SET", "k", {} as unknown as string), TypeError);
});

test("direct writes reach connections: keyspace notifications, WATCH, blocked clients", () => {
  const t = inProcess();
  const sub = t.connect();
  t.server.call("CONFIG", "SET", "notify-keyspace-events", "KEA");
  sub.cmd("SUBSCRIBE", "__keyspace@0__:k");
  const events: string[] = [];
  onKeyspaceEvent(t.server, (_type, event, key) => events.push(`${event} ${key}`));
  t.server.set("k", "v");
  assert.deepEqual(events, ["set k"]);
  assert.match(sub.output(), /__keyspace@0__:k\r\n\$3\r\nset\r\n$/);

  const watcher = t.connect();
  watcher.cmd("WATCH", "w");
  watcher.cmd("MULTI");
  watcher.cmd("SET", "w", "mine");
  t.server.set("w", "theirs");
  assert.equal(watcher.cmd("EXEC"), "*-1\r\n");

  const blocked = t.connect();
  assert.equal(blocked.cmd("BLPOP", "q", "0"), "");
  t.server.lpush("q", "job");
  assert.equal(blocked.output(), "*2\r\n$1\r\nq\r\n$3\r\njob\r\n");
});

test("a blocking command on the direct API answers at once, as if it timed out", () => {
  const { server } = fresh();
  assert.equal(server.call("BLPOP", "q", 0), null);
});

test("fastForward expires keys and shrinks TTLs on the manual clock", () => {
  const { server } = fresh();
  server.set("k", "v");
  server.call("EXPIRE", "k", 10);
  server.fastForward(4000);
  assert.equal(server.ttl("k"), 6);
  server.fastForward(6000);
  assert.equal(server.get("k"), null);
  assert.equal(server.ttl("k"), -2);
});

test("fastForward lets active expiry remove keys nobody reads", () => {
  const t = inProcess();
  t.server.start();
  for (let i = 0; i < 10; i++) t.server.call("SET", `k${i}`, "v", "PX", 100);
  t.server.fastForward(1000);
  assert.equal(t.server.dbs[0].size, 0);
  t.server.stop();
});

test("fastForward times out a blocked client", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("BLPOP", "q", "5"), "");
  t.server.fastForward(4999);
  assert.equal(c.output(), "");
  t.server.fastForward(1);
  assert.equal(c.output(), "*-1\r\n");
});

test("fastForward needs a host whose clock can move", () => {
  const host = new ManualHost();
  const fixed = { now: () => 0, monotonic: () => 0, setTimer: host.setTimer.bind(host), random: Math.random, log() {} };
  const server = new Server({ host: fixed });
  assert.throws(() => server.fastForward(10), TypeError);
});

test("a fault makes the next N commands fail with the given error, then commands run again", () => {
  const t = inProcess();
  const c = t.connect();
  const fault = t.server.injectFault({ times: 2, error: "READONLY You can't write against a read only replica." });
  assert.equal(c.cmd("SET", "k", "v"), "-READONLY You can't write against a read only replica.\r\n");
  assert.equal(c.cmd("GET", "k"), "-READONLY You can't write against a read only replica.\r\n");
  assert.equal(c.cmd("SET", "k", "v"), "+OK\r\n");
  assert.equal(fault.hits, 2);
  assert.equal(t.server.get("k"), "v");
});

test("a fault with a command name acts on that command only, until removed", () => {
  const t = inProcess();
  const c = t.connect();
  const fault = t.server.injectFault({ command: "get", error: "ERR injected" });
  assert.equal(c.cmd("SET", "k", "v"), "+OK\r\n");
  assert.equal(c.cmd("GET", "k"), "-ERR injected\r\n");
  assert.equal(c.cmd("GET", "k"), "-ERR injected\r\n");
  fault.remove();
  assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
});

test("the direct API is never affected by faults, and clearFaults ends them all", () => {
  const t = inProcess();
  const c = t.connect();
  t.server.injectFault({ error: "ERR injected" });
  t.server.injectFault({ command: "PING", drop: true });
  t.server.set("k", "v");
  assert.equal(t.server.get("k"), "v");
  assert.equal(c.cmd("GET", "k"), "-ERR injected\r\n");
  t.server.clearFaults();
  assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
  assert.equal(c.cmd("PING"), "+PONG\r\n");
});

test("a delay fault holds the reply, and the connection's later commands, until the clock passes it", () => {
  const t = inProcess();
  const c = t.connect();
  t.server.injectFault({ command: "GET", times: 1, delay: 200 });
  t.server.set("k", "v");
  assert.equal(c.raw("*1\r\n$4\r\nPING\r\n*2\r\n$3\r\nGET\r\n$1\r\nk\r\n*1\r\n$4\r\nPING\r\n"), "+PONG\r\n");
  assert.equal(c.cmd("PING"), "");
  t.server.fastForward(199);
  assert.equal(c.output(), "");
  t.server.fastForward(1);
  assert.equal(c.output(), "$1\r\nv\r\n+PONG\r\n+PONG\r\n");
  assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
});

test("a drop fault closes the connection without a reply", () => {
  const t = inProcess();
  const c = t.connect();
  const other = t.connect();
  t.server.injectFault({ command: "INCR", times: 1, drop: true });
  assert.equal(c.cmd("INCR", "n"), "");
  assert.equal(c.closed, true);
  assert.equal(t.server.get("n"), null);
  assert.equal(other.cmd("INCR", "n"), ":1\r\n");
});

test("a fault that is not one is refused with a TypeError or RangeError", () => {
  const { server } = fresh();
  assert.throws(() => server.injectFault({}), TypeError);
  assert.throws(() => server.injectFault({ error: "ERR x", drop: true }), TypeError);
  assert.throws(() => server.injectFault({ error: "ERR two\r\nlines" }), TypeError);
  assert.throws(() => server.injectFault({ delay: -1 }), RangeError);
  assert.throws(() => server.injectFault({ drop: true, times: 0 }), RangeError);
});
