/**
 * Scripts past busy-reply-threshold (script.c's scriptInterrupt, processCommand's busy branch): the server
 * serves other clients with -BUSY while the script goes on in slices, SCRIPT KILL stops a script that has
 * not written, SHUTDOWN NOSAVE is let through. The host's monotonic clock moves one millisecond each time
 * it is read, so a script's elapsed time grows with its work, deterministically.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import type { TestServer } from "../helpers/inprocess.ts";
import { sha1hex } from "../../src/core/sha1.ts";

const BUSY = "-BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.\r\n";
const UNKILLABLE =
  "-UNKILLABLE Sorry the script already executed write commands against the dataset. You can either wait the script termination or kill the server in a hard way using the SHUTDOWN NOSAVE command.\r\n";
const LOOP = "while true do end";

/** A server whose monotonic clock ticks on every read, with busy-reply-threshold at `threshold` ms. */
function tickingServer(threshold = 100): TestServer {
  const t = inProcess([["busy-reply-threshold", String(threshold)]]);
  let mono = 0;
  t.host.monotonic = () => (mono += 1);
  return t;
}

test("a script past busy-reply-threshold yields: other clients get -BUSY, SCRIPT KILL stops it", () => {
  const t = tickingServer();
  const a = t.connect();
  const b = t.connect();
  assert.equal(a.cmd("EVAL", LOOP, "0"), "");
  assert.ok(t.server.runningScript?.timedOut);
  assert.match(
    t.host.lines.join("\n"),
    /# Slow script detected: still in execution after \d+ milliseconds\. You can try killing the script using the SCRIPT KILL command\. Script name is: [0-9a-f]{40}\./,
  );
  assert.equal(b.cmd("PING"), BUSY);
  assert.equal(b.cmd("GET", "x"), BUSY);
  assert.equal(b.cmd("SCRIPT", "LOAD", "return 1"), BUSY);
  assert.equal(b.cmd("SHUTDOWN"), BUSY);
  // The script goes on between visits of the event loop.
  t.host.advance(1);
  t.host.advance(1);
  assert.equal(a.output(), "");
  assert.equal(b.cmd("SCRIPT", "KILL"), "+OK\r\n");
  t.host.advance(1);
  assert.equal(
    a.output(),
    `-ERR Script killed by user with SCRIPT KILL... script: ${sha1hex(LOOP)}, on @user_script:1.\r\n`,
  );
  assert.ok(t.host.lines.includes("# Lua script killed by user with SCRIPT KILL."));
  assert.equal(t.server.runningScript, null);
  assert.equal(b.cmd("PING"), "+PONG\r\n");
  assert.equal(b.cmd("SCRIPT", "KILL"), "-NOTBUSY No scripts in execution right now.\r\n");
  assert.equal(a.cmd("PING"), "+PONG\r\n");
});

test("the caller's pipelined commands wait for the script's reply, in order", () => {
  const t = tickingServer();
  const a = t.connect();
  const b = t.connect();
  const body = "local n = 0 for i = 1, 3000000 do n = n + 1 end return n";
  assert.equal(a.raw(`*3\r\n$4\r\nEVAL\r\n$${body.length}\r\n${body}\r\n$1\r\n0\r\n*1\r\n$4\r\nPING\r\n`), "");
  assert.equal(b.cmd("PING"), BUSY);
  a.raw("*2\r\n$4\r\nECHO\r\n$2\r\nhi\r\n");
  for (let i = 0; i < 1000 && t.server.runningScript !== null; i++) t.host.advance(1);
  assert.equal(a.output(), ":3000000\r\n+PONG\r\n$2\r\nhi\r\n");
  assert.equal(b.cmd("PING"), "+PONG\r\n");
});

test("a script that wrote cannot be killed, and its writes stay atomic until it ends", () => {
  const t = tickingServer();
  const a = t.connect();
  const b = t.connect();
  const body = "redis.call('set', 'k', 'v') local n = 0 for i = 1, 3000000 do n = n + 1 end return n";
  assert.equal(a.cmd("EVAL", body, "0"), "");
  assert.equal(b.cmd("SCRIPT", "KILL"), UNKILLABLE);
  assert.equal(b.cmd("GET", "k"), BUSY);
  for (let i = 0; i < 1000 && t.server.runningScript !== null; i++) t.host.advance(1);
  assert.equal(a.output(), ":3000000\r\n");
  assert.equal(b.cmd("GET", "k"), "$1\r\nv\r\n");
});

test("while busy, allow_busy commands run: MULTI, WATCH, AUTH, HELLO, RESET; EXEC is refused", () => {
  const t = tickingServer();
  const a = t.connect();
  const b = t.connect();
  const c = t.connect();
  assert.equal(c.cmd("MULTI"), "+OK\r\n");
  assert.equal(c.cmd("SET", "q", "1"), "+QUEUED\r\n");
  assert.equal(a.cmd("EVAL", LOOP, "0"), "");
  assert.equal(b.cmd("MULTI"), "+OK\r\n");
  assert.equal(b.cmd("SET", "z", "1"), BUSY);
  assert.equal(
    b.cmd("EXEC"),
    "-EXECABORT Transaction discarded because of: BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.\r\n",
  );
  assert.equal(
    c.cmd("EXEC"),
    "-EXECABORT Transaction discarded because of: BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.\r\n",
  );
  assert.equal(b.cmd("WATCH", "k"), "+OK\r\n");
  assert.equal(b.cmd("UNWATCH"), "+OK\r\n");
  assert.match(b.cmd("AUTH", "x"), /^-ERR AUTH <password> called without any password configured/);
  assert.match(b.cmd("HELLO", "2"), /^\*14\r\n/);
  assert.equal(b.cmd("RESET"), "+RESET\r\n");
  assert.equal(b.cmd("SCRIPT", "KILL"), "+OK\r\n");
  t.host.advance(1);
  assert.match(a.output(), /^-ERR Script killed by user/);
  assert.equal(b.cmd("GET", "q"), "$-1\r\n");
});

test("SHUTDOWN without NOSAVE is refused while a script is busy", () => {
  const t = tickingServer();
  const a = t.connect();
  const b = t.connect();
  assert.equal(a.cmd("EVAL", LOOP, "0"), "");
  assert.equal(b.cmd("SHUTDOWN", "SAVE"), BUSY);
  assert.equal(b.cmd("SCRIPT", "KILL"), "+OK\r\n");
  t.host.advance(1);
  assert.match(a.output(), /^-ERR Script killed/);
});

test("a script under the threshold runs to its end inside the command", () => {
  const t = tickingServer(1_000_000);
  const a = t.connect();
  assert.equal(a.cmd("EVAL", "local n = 0 for i = 1, 200000 do n = n + 1 end return n", "0"), ":200000\r\n");
  assert.equal(t.server.runningScript, null);
  assert.equal(a.cmd("SCRIPT", "KILL"), "-NOTBUSY No scripts in execution right now.\r\n");
});

test("busy-reply-threshold 0 never times a script out", () => {
  const t = tickingServer(0);
  const a = t.connect();
  assert.equal(a.cmd("EVAL", "local n = 0 for i = 1, 3000000 do n = n + 1 end return n", "0"), ":3000000\r\n");
  assert.equal(t.host.lines.filter((l) => l.includes("Slow script")).length, 0);
});

test("CONFIG knows busy-reply-threshold by both names", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("CONFIG", "GET", "lua-time-limit"), "*2\r\n$14\r\nlua-time-limit\r\n$4\r\n5000\r\n");
  assert.equal(c.cmd("CONFIG", "SET", "lua-time-limit", "250"), "+OK\r\n");
  assert.equal(
    c.cmd("CONFIG", "GET", "busy-reply-threshold"),
    "*2\r\n$20\r\nbusy-reply-threshold\r\n$3\r\n250\r\n",
  );
});

test("a busy script inside MULTI/EXEC yields with EXEC: other clients get -BUSY until the whole queue ran", () => {
  const t = tickingServer();
  const ops: string[] = [];
  t.server.propagation.setConsumer({ propagate: (_dbid, argv) => ops.push(argv.join(" ")) }, true);
  const a = t.connect();
  const b = t.connect();
  a.cmd("MULTI");
  a.cmd("SET", "k", "1");
  a.cmd("EVAL", "local n = 0 for i = 1, 3000000 do n = n + 1 end return n", "0");
  a.cmd("INCR", "k");
  assert.equal(a.cmd("EXEC"), "");
  assert.ok(t.server.runningScript?.timedOut);
  assert.equal(b.cmd("GET", "k"), BUSY);
  assert.deepEqual(ops, []);
  for (let i = 0; i < 1000 && t.server.runningScript !== null; i++) t.host.advance(1);
  assert.equal(t.server.runningScript, null);
  // EXEC answers once its whole queue ran.
  assert.equal(a.output(), "*3\r\n+OK\r\n:3000000\r\n:2\r\n");
  assert.equal(b.cmd("GET", "k"), "$1\r\n2\r\n");
  assert.deepEqual(ops, ["MULTI", "SET k 1", "INCR k", "EXEC"]);
});

test("SCRIPT KILL inside EXEC answers the killed script at its place and the rest of the queue runs", () => {
  const t = tickingServer();
  const a = t.connect();
  const b = t.connect();
  a.cmd("MULTI");
  a.cmd("EVAL", LOOP, "0");
  a.cmd("EVAL", LOOP, "0");
  a.cmd("PING");
  assert.equal(a.cmd("EXEC"), "");
  assert.equal(b.cmd("SCRIPT", "KILL"), "+OK\r\n");
  t.host.advance(1);
  // The second script runs at once, atomically, until it times out too.
  assert.ok(t.server.runningScript?.timedOut);
  assert.equal(b.cmd("PING"), BUSY);
  assert.equal(b.cmd("SCRIPT", "KILL"), "+OK\r\n");
  t.host.advance(1);
  assert.equal(t.server.runningScript, null);
  const killed = `-ERR Script killed by user with SCRIPT KILL... script: ${sha1hex(LOOP)}, on @user_script:1.\r\n`;
  assert.equal(a.output(), `*3\r\n${killed}${killed}+PONG\r\n`);
  assert.equal(a.cmd("PING"), "+PONG\r\n");
});

test("a client blocked on a list is served after a busy script ends, not between its calls", () => {
  const t = tickingServer();
  const a = t.connect();
  const w = t.connect();
  assert.equal(w.cmd("BLPOP", "l", "0"), "");
  const body = "redis.call('rpush', 'l', 'x') local n = 0 for i = 1, 3000000 do n = n + 1 end " +
    "return redis.call('lpop', 'l')";
  assert.equal(a.cmd("EVAL", body, "0"), "");
  for (let i = 0; i < 1000 && t.server.runningScript !== null; i++) t.host.advance(1);
  assert.equal(a.output(), "$1\r\nx\r\n");
  assert.equal(w.output(), "");
});

test("a busy script's writes propagate as one MULTI/EXEC when it ends", () => {
  const t = tickingServer();
  const ops: string[] = [];
  t.server.propagation.setConsumer({ propagate: (_dbid, argv) => ops.push(argv.join(" ")) }, true);
  const a = t.connect();
  const b = t.connect();
  const body = "redis.call('set', 'a', '1') local n = 0 for i = 1, 3000000 do n = n + 1 end " +
    "redis.call('set', 'b', '2') return n";
  assert.equal(a.cmd("EVAL", body, "0"), "");
  t.host.advance(1);
  assert.equal(b.cmd("MULTI"), "+OK\r\n");
  assert.equal(b.cmd("DISCARD"), "+OK\r\n");
  assert.deepEqual(ops, []);
  for (let i = 0; i < 1000 && t.server.runningScript !== null; i++) t.host.advance(1);
  assert.equal(a.output(), ":3000000\r\n");
  assert.deepEqual(ops, ["MULTI", "set a 1", "set b 2", "EXEC"]);
});

test("a caller that disconnects while its script is busy leaves the server serving", () => {
  const t = tickingServer();
  const a = t.connect();
  const b = t.connect();
  assert.equal(a.cmd("EVAL", "local n = 0 for i = 1, 3000000 do n = n + 1 end return n", "0"), "");
  a.client.disconnected();
  for (let i = 0; i < 1000 && t.server.runningScript !== null; i++) t.host.advance(1);
  assert.equal(a.output(), "");
  assert.equal(b.cmd("PING"), "+PONG\r\n");
});

test("a script paused deep in recursion is killed cleanly, and the next script runs", () => {
  const t = tickingServer();
  const a = t.connect();
  const b = t.connect();
  const body = "local function f(n) if n == 0 then while true do end end return f(n - 1) + 1 end return f(1000)";
  assert.equal(a.cmd("EVAL", body, "0"), "");
  t.host.advance(1);
  assert.equal(b.cmd("SCRIPT", "KILL"), "+OK\r\n");
  t.host.advance(1);
  assert.match(a.output(), /^-ERR Script killed by user with SCRIPT KILL\.\.\. script: /);
  assert.equal(
    a.cmd("EVAL", "local function f(n) if n == 0 then return 0 end return f(n - 1) + 1 end return f(500)", "0"),
    ":500\r\n",
  );
});

test("a function past busy-reply-threshold yields too: FUNCTION STATS shows it, FUNCTION KILL stops it", () => {
  const t = tickingServer();
  const a = t.connect();
  const b = t.connect();
  const lib = "#!lua name=busylib\nredis.register_function('spin', function() while true do end end)";
  assert.equal(a.cmd("FUNCTION", "LOAD", lib), "$7\r\nbusylib\r\n");
  assert.equal(a.cmd("FCALL", "spin", "0"), "");
  const FUNCTION_BUSY = "-BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.\r\n";
  assert.equal(b.cmd("PING"), FUNCTION_BUSY);
  assert.match(
    b.cmd("FUNCTION", "STATS"),
    /^\*4\r\n\$14\r\nrunning_script\r\n\*6\r\n\$4\r\nname\r\n\$4\r\nspin\r\n\$7\r\ncommand\r\n\*3\r\n\$5\r\nFCALL\r\n\$4\r\nspin\r\n\$1\r\n0\r\n\$11\r\nduration_ms\r\n:\d+\r\n/,
  );
  assert.equal(b.cmd("SCRIPT", "KILL"), FUNCTION_BUSY);
  assert.equal(b.cmd("FUNCTION", "KILL"), "+OK\r\n");
  t.host.advance(1);
  // Redis names the line the hook stopped at (2 here); this server names line 1 (README, limitations).
  assert.match(
    a.output(),
    /^-ERR Script killed by user with SCRIPT KILL\.\.\. script: spin, on @user_function:\d+\.\r\n$/,
  );
  assert.equal(b.cmd("FUNCTION", "KILL"), "-NOTBUSY No scripts in execution right now.\r\n");
});

test("FUNCTION STATS while an EVAL script is busy answers -BUSY, as redis-server does", () => {
  const t = tickingServer();
  const a = t.connect();
  const b = t.connect();
  assert.equal(a.cmd("EVAL", LOOP, "0"), "");
  assert.equal(b.cmd("FUNCTION", "STATS"), BUSY);
  assert.equal(b.cmd("SCRIPT", "KILL"), "+OK\r\n");
  t.host.advance(1);
  assert.match(a.output(), /^-ERR Script killed by user/);
});

test("a killed script's error names the line it was running, as Redis's names the line its hook stopped at", () => {
  const t = tickingServer();
  const a = t.connect();
  const b = t.connect();
  // redis-server 7.0.15 answers this script, killed, with "... on @user_script:3.".
  const body = "local i = 0\nwhile true do\n  i = i + 1\nend";
  assert.equal(a.cmd("EVAL", body, "0"), "");
  assert.equal(b.cmd("SCRIPT", "KILL"), "+OK\r\n");
  t.host.advance(1);
  assert.equal(
    a.output(),
    `-ERR Script killed by user with SCRIPT KILL... script: ${sha1hex(body)}, on @user_script:3.\r\n`,
  );
  const loopInFunction =
    "local function spin()\n  local n = 0\n  for i = 1, 1e15 do\n    n = n + i\n  end\nend\nspin()";
  assert.equal(a.cmd("EVAL", loopInFunction, "0"), "");
  assert.equal(b.cmd("SCRIPT", "KILL"), "+OK\r\n");
  t.host.advance(1);
  assert.equal(
    a.output(),
    `-ERR Script killed by user with SCRIPT KILL... script: ${sha1hex(loopInFunction)}, on @user_script:4.\r\n`,
  );
});
