/** Functions in process: FUNCTION LOAD/LIST/DELETE/FLUSH/DUMP/RESTORE and FCALL, as redis-server 7.0.15 answers. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";

const lib = (name: string, ...lines: string[]): string => `#!lua name=${name}\n${lines.join("\n")}`;

test("FUNCTION LOAD returns the library name and FCALL runs its functions with keys and arguments", () => {
  const c = inProcess().connect();
  assert.equal(
    c.cmd(
      "FUNCTION",
      "LOAD",
      lib("mylib", "redis.register_function('echo', function(keys, args) return {keys[1], args[1], #keys, #args} end)"),
    ),
    "$5\r\nmylib\r\n",
  );
  assert.equal(c.cmd("FCALL", "echo", "1", "k", "a", "b"), "*4\r\n$1\r\nk\r\n$1\r\na\r\n:1\r\n:2\r\n");
  // Function names are found in any case, as Redis's functions dictionary compares them.
  assert.equal(c.cmd("FCALL", "ECHO", "0"), "*0\r\n");
  assert.equal(c.cmd("FCALL", "nosuch", "0"), "-ERR Function not found\r\n");
  assert.equal(c.cmd("FCALL", "echo", "x"), "-ERR Bad number of keys provided\r\n");
  assert.equal(c.cmd("FCALL", "echo", "2", "a"), "-ERR Number of keys can't be greater than number of args\r\n");
  assert.equal(c.cmd("FCALL", "echo", "-1"), "-ERR Number of keys can't be negative\r\n");
});

test("a function's writes reach the keyspace, and its errors name the function and the line", () => {
  const c = inProcess().connect();
  c.cmd(
    "FUNCTION",
    "LOAD",
    lib(
      "w",
      "redis.register_function('setget', function(keys, args) redis.call('set', keys[1], args[1]) return redis.call('get', keys[1]) end)",
      "redis.register_function('boom', function() error('boom') end)",
      "redis.register_function('incr', function(keys) return redis.call('incr', keys[1]) end)",
    ),
  );
  assert.equal(c.cmd("FCALL", "setget", "1", "k", "v"), "$1\r\nv\r\n");
  assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
  assert.equal(c.cmd("FCALL", "boom", "0"), "-ERR user_function:3: boom script: boom, on @user_function:3.\r\n");
  assert.equal(
    c.cmd("FCALL", "incr", "1", "k"),
    "-ERR value is not an integer or out of range script: incr, on @user_function:4.\r\n",
  );
});

test("FCALL_RO runs only functions flagged no-writes, and those cannot write", () => {
  const c = inProcess().connect();
  c.cmd(
    "FUNCTION",
    "LOAD",
    lib(
      "ro",
      "redis.register_function('w', function(keys) return redis.call('set', keys[1], 'x') end)",
      "redis.register_function{function_name='r', callback=function(keys) return redis.call('get', keys[1]) end, flags={'no-writes'}}",
      "redis.register_function{function_name='rw', callback=function(keys) return redis.call('set', keys[1], 'x') end, flags={'no-writes'}}",
    ),
  );
  c.cmd("SET", "k", "v");
  assert.equal(
    c.cmd("FCALL_RO", "w", "1", "k"),
    "-ERR Can not execute a script with write flag using *_ro command.\r\n",
  );
  assert.equal(c.cmd("FCALL_RO", "r", "1", "k"), "$1\r\nv\r\n");
  assert.equal(
    c.cmd("FCALL", "rw", "1", "k"),
    "-ERR Write commands are not allowed from read-only scripts. script: rw, on @user_function:4.\r\n",
  );
  assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
});

test("library code sees only the load API, and must register at least one function", () => {
  const c = inProcess().connect();
  assert.equal(
    c.cmd("FUNCTION", "LOAD", lib("a", "local n = string.len('x')")),
    "-ERR Error registering functions: ERR user_function:2: Script attempted to access nonexistent global variable 'string'\r\n",
  );
  assert.equal(
    c.cmd("FUNCTION", "LOAD", lib("a", "redis.call('ping')")),
    "-ERR Error registering functions: ERR user_function:2: Script attempted to access nonexistent global variable 'call'\r\n",
  );
  assert.equal(
    c.cmd("FUNCTION", "LOAD", lib("a", "x = 1")),
    "-ERR Error registering functions: ERR user_function:2: Attempt to modify a readonly table\r\n",
  );
  assert.equal(
    c.cmd("FUNCTION", "LOAD", lib("a", "redis.log(redis.LOG_DEBUG, 'x')")),
    "-ERR No functions registered\r\n",
  );
  assert.equal(
    c.cmd("FUNCTION", "LOAD", lib("a", "redis.register_function('f', 1)")),
    "-ERR Error registering functions: ERR second argument to redis.register_function must be a function\r\n",
  );
  assert.equal(c.cmd("FUNCTION", "LIST"), "*0\r\n");
});

test("FUNCTION LOAD stops library code that runs past 500 ms of the host's clock", () => {
  const t = inProcess();
  const c = t.connect();
  // Every clock read moves the clock 100 ms: the load's time check (every 100,000 steps) soon finds it late.
  const monotonic = t.host.monotonic.bind(t.host);
  t.host.monotonic = () => {
    t.host.advance(100);
    return monotonic();
  };
  assert.equal(
    c.cmd("FUNCTION", "LOAD", lib("slow", "while true do end")),
    "-ERR Error registering functions: ERR FUNCTION LOAD timeout\r\n",
  );
  // The state is usable afterwards, and functions run without the load's time limit (the clock stops racing:
  // busy-reply-threshold would otherwise make the FCALL yield to the event loop).
  t.host.monotonic = monotonic;
  assert.equal(
    c.cmd(
      "FUNCTION",
      "LOAD",
      lib(
        "quick",
        "redis.register_function('f', function() local n = 0 for i = 1, 1000000 do n = n + 1 end return n end)",
      ),
    ),
    "$5\r\nquick\r\n",
  );
  assert.equal(c.cmd("FCALL", "f", "0"), ":1000000\r\n");
});

test("FUNCTION LOAD REPLACE swaps a library; a function name another library holds is refused", () => {
  const c = inProcess().connect();
  const f = (name: string, v: string) => `redis.register_function('${name}', function() return '${v}' end)`;
  c.cmd("FUNCTION", "LOAD", lib("a", f("f", "one")));
  assert.equal(c.cmd("FUNCTION", "LOAD", lib("a", f("g", "two"))), "-ERR Library 'a' already exists\r\n");
  assert.equal(c.cmd("FUNCTION", "LOAD", lib("b", f("F", "three"))), "-ERR Function F already exists\r\n");
  assert.equal(c.cmd("FUNCTION", "LOAD", "REPLACE", lib("a", f("g", "two"))), "$1\r\na\r\n");
  assert.equal(c.cmd("FCALL", "f", "0"), "-ERR Function not found\r\n");
  assert.equal(c.cmd("FCALL", "g", "0"), "$3\r\ntwo\r\n");
  // A refused replacement leaves the old library in place.
  assert.equal(
    c.cmd("FUNCTION", "LOAD", "REPLACE", lib("a", "error('no')")),
    "-ERR Error registering functions: ERR user_function:2: Script attempted to access nonexistent global variable 'error'\r\n",
  );
  assert.equal(c.cmd("FCALL", "g", "0"), "$3\r\ntwo\r\n");
  assert.equal(c.cmd("FUNCTION", "DELETE", "a"), "+OK\r\n");
  assert.equal(c.cmd("FUNCTION", "DELETE", "a"), "-ERR Library not found\r\n");
  assert.equal(c.cmd("FCALL", "g", "0"), "-ERR Function not found\r\n");
});

test("FUNCTION LIST shows each library's functions, descriptions, flags and, with WITHCODE, its code", () => {
  const c = inProcess().connect();
  const code = lib(
    "l",
    "redis.register_function{function_name='f', callback=function() end, description='d', flags={'allow-oom', 'no-writes'}}",
  );
  c.cmd("FUNCTION", "LOAD", code);
  const entry = "*6\r\n$12\r\nlibrary_name\r\n$1\r\nl\r\n$6\r\nengine\r\n$3\r\nLUA\r\n$9\r\nfunctions\r\n" +
    "*1\r\n*6\r\n$4\r\nname\r\n$1\r\nf\r\n$11\r\ndescription\r\n$1\r\nd\r\n$5\r\nflags\r\n*2\r\n+no-writes\r\n+allow-oom\r\n";
  assert.equal(c.cmd("FUNCTION", "LIST"), "*1\r\n" + entry);
  assert.equal(c.cmd("FUNCTION", "LIST", "LIBRARYNAME", "x*"), "*0\r\n");
  assert.equal(
    c.cmd("FUNCTION", "LIST", "WITHCODE", "LIBRARYNAME", "L"),
    "*1\r\n*8" + entry.slice(2) + `$12\r\nlibrary_code\r\n$${code.length}\r\n${code}\r\n`,
  );
  c.cmd("HELLO", "3");
  assert.equal(
    c.cmd("FUNCTION", "STATS"),
    "%2\r\n$14\r\nrunning_script\r\n_\r\n$7\r\nengines\r\n%1\r\n$3\r\nLUA\r\n%2\r\n$15\r\nlibraries_count\r\n:1\r\n$15\r\nfunctions_count\r\n:1\r\n",
  );
});

test("FUNCTION DUMP and RESTORE carry the libraries, under the APPEND, REPLACE and FLUSH policies", () => {
  const c = inProcess().connect();
  c.cmd("FUNCTION", "LOAD", lib("a", "redis.register_function('f', function() return 'a' end)"));
  const dump = c.cmd("FUNCTION", "DUMP");
  const payload = dump.slice(dump.indexOf("\r\n") + 2, -2);
  assert.equal(c.cmd("FUNCTION", "RESTORE", payload), "-ERR Library a already exists\r\n");
  assert.equal(c.cmd("FUNCTION", "RESTORE", payload, "REPLACE"), "+OK\r\n");
  c.cmd("FUNCTION", "LOAD", lib("b", "redis.register_function('g', function() return 'b' end)"));
  assert.equal(c.cmd("FUNCTION", "RESTORE", payload, "FLUSH"), "+OK\r\n");
  assert.equal(c.cmd("FCALL", "g", "0"), "-ERR Function not found\r\n");
  assert.equal(c.cmd("FCALL", "f", "0"), "$1\r\na\r\n");
  c.cmd("FUNCTION", "FLUSH");
  assert.equal(c.cmd("FUNCTION", "RESTORE", payload), "+OK\r\n");
  assert.equal(c.cmd("FUNCTION", "DUMP"), dump);
  const corrupt = payload.slice(0, 5) + "?" + payload.slice(6);
  assert.equal(c.cmd("FUNCTION", "RESTORE", corrupt), "-ERR DUMP payload version or checksum are wrong\r\n");
  assert.equal(
    c.cmd("FUNCTION", "RESTORE", payload, "MERGE"),
    "-ERR Wrong restore policy given, value should be either FLUSH, APPEND or REPLACE.\r\n",
  );
});

test("FUNCTION LOAD, DELETE, FLUSH and RESTORE propagate as sent; FCALL propagates its writes, not itself", () => {
  const t = inProcess();
  const c = t.connect();
  const seen: string[][] = [];
  t.server.propagation.setConsumer({ propagate: (_db, argv) => seen.push([...argv]) }, true);
  const code = lib(
    "p",
    "redis.register_function('incr2', function(keys) redis.call('incr', keys[1]) return redis.call('incr', keys[1]) end)",
  );
  c.cmd("FUNCTION", "LOAD", code);
  c.cmd("FCALL", "incr2", "1", "n");
  c.cmd("FUNCTION", "LOAD", code);
  c.cmd("FUNCTION", "DELETE", "p");
  c.cmd("FUNCTION", "FLUSH");
  assert.deepEqual(seen, [
    ["FUNCTION", "LOAD", code],
    ["MULTI"],
    ["incr", "n"],
    ["incr", "n"],
    ["EXEC"],
    ["FUNCTION", "DELETE", "p"],
    ["FUNCTION", "FLUSH"],
  ]);
});

test("EVAL scripts and functions live in separate Lua states", () => {
  const c = inProcess().connect();
  c.cmd("FUNCTION", "LOAD", lib("s", "redis.register_function('f', function() return type(redis.breakpoint) end)"));
  assert.equal(c.cmd("FCALL", "f", "0"), "$3\r\nnil\r\n");
  assert.equal(c.cmd("EVAL", "return type(redis.breakpoint)", "0"), "$8\r\nfunction\r\n");
  assert.equal(c.cmd("SCRIPT", "FLUSH"), "+OK\r\n");
  assert.equal(c.cmd("FCALL", "f", "0"), "$3\r\nnil\r\n");
});

test("MONITOR shows EVAL and FCALL before the commands their scripts run, which come from lua", () => {
  const t = inProcess();
  const m = t.connect();
  const c = t.connect();
  c.cmd("FUNCTION", "LOAD", lib("m", "redis.register_function('mf', function(k) return redis.call('get', k[1]) end)"));
  m.cmd("MONITOR");
  c.cmd("EVAL", "return redis.call('set', 'a', 'b')", "0");
  c.cmd("FCALL", "mf", "1", "a");
  const lines = m.output().split("\r\n").filter((l) => l !== "");
  assert.deepEqual(lines.map((l) => l.replace(/^\+\d+\.\d{6} /, "")), [
    `[0 ${c.client.transport.remoteAddress}] "EVAL" "return redis.call('set', 'a', 'b')" "0"`,
    `[0 lua] "set" "a" "b"`,
    `[0 ${c.client.transport.remoteAddress}] "FCALL" "mf" "1" "a"`,
    `[0 lua] "get" "a"`,
  ]);
});

test("INFO memory counts cached scripts, functions and libraries", () => {
  const c = inProcess().connect();
  const counts = () =>
    c.cmd("INFO", "memory").split("\r\n").filter((l) => /^number_of_(cached_scripts|functions|libraries):/.test(l));
  assert.deepEqual(counts(), ["number_of_cached_scripts:0", "number_of_functions:0", "number_of_libraries:0"]);
  c.cmd("EVAL", "return 1", "0");
  c.cmd(
    "FUNCTION",
    "LOAD",
    lib("a", "redis.register_function('f', function() end)", "redis.register_function('g', function() end)"),
  );
  assert.deepEqual(counts(), ["number_of_cached_scripts:1", "number_of_functions:2", "number_of_libraries:1"]);
});

test("CLIENT PAUSE WRITE holds scripts by their declared flags, as redis-server 7.0.15 does", () => {
  const t = inProcess();
  const admin = t.connect();
  admin.cmd(
    "FUNCTION",
    "LOAD",
    "#!lua name=plib\nredis.register_function{function_name='ro', callback=function() return 'ro' end, flags={'no-writes'}}\nredis.register_function('rw', function() return 'rw' end)",
  );
  assert.equal(admin.cmd("CLIENT", "PAUSE", "30000", "WRITE"), "+OK\r\n");
  // Each on its own connection: a held command holds its connection's later ones too.
  const run = (...args: string[]): string => t.connect().cmd(...args);
  assert.equal(run("FCALL", "ro", "0"), "$2\r\nro\r\n");
  assert.equal(run("FCALL_RO", "ro", "0"), "$2\r\nro\r\n");
  assert.equal(run("EVAL", "#!lua flags=no-writes\nreturn 2", "0"), ":2\r\n");
  assert.equal(run("EVAL_RO", "return 4", "0"), ":4\r\n");
  // Held: functions and scripts that may write, and what cannot be looked up (the command's own flags).
  assert.equal(run("FCALL", "rw", "0"), "");
  assert.equal(run("FCALL_RO", "rw", "0"), "");
  assert.equal(run("FCALL", "nosuch", "0"), "");
  assert.equal(run("EVAL", "return 1", "0"), "");
  assert.equal(run("EVAL", "#!lua\nreturn 3", "0"), "");
  assert.equal(run("EVAL", "#!lua flags=allow-oom\nreturn 6", "0"), "");
  assert.equal(run("EVAL", "#!lua flags=bad\nreturn 5", "0"), "");
  assert.equal(run("EVALSHA", "0123456789012345678901234567890123456789", "0"), "");
  assert.equal(admin.cmd("CLIENT", "UNPAUSE"), "+OK\r\n");
});

test("CLIENT PAUSE WRITE holds an EXEC by the flags its queued scripts declare, as redis-server 7.0.15 does", () => {
  const t = inProcess();
  const admin = t.connect();
  admin.cmd(
    "FUNCTION",
    "LOAD",
    "#!lua name=xlib\nredis.register_function{function_name='ro', callback=function() return 'ro' end, flags={'no-writes'}}\nredis.register_function('rw', function() return 'rw' end)",
  );
  // Each transaction queued before the pause, on its own connection, and EXECed during it.
  const queue = (...args: string[]) => {
    const c = t.connect();
    c.cmd("MULTI");
    assert.equal(c.cmd(...args), "+QUEUED\r\n");
    return c;
  };
  const ro = queue("FCALL", "ro", "0");
  const evalRo = queue("EVAL", "#!lua flags=no-writes\nreturn 2", "0");
  const rw = queue("FCALL", "rw", "0");
  const compat = queue("EVAL", "return 1", "0");
  const shebang = queue("EVAL", "#!lua\nreturn 3", "0");
  assert.equal(admin.cmd("CLIENT", "PAUSE", "30000", "WRITE"), "+OK\r\n");
  assert.equal(ro.cmd("EXEC"), "*1\r\n$2\r\nro\r\n");
  assert.equal(evalRo.cmd("EXEC"), "*1\r\n:2\r\n");
  // Held: a queue that may write (a script without a shebang keeps EVAL's may-replicate flag).
  assert.equal(rw.cmd("EXEC"), "");
  assert.equal(compat.cmd("EXEC"), "");
  assert.equal(shebang.cmd("EXEC"), "");
  assert.equal(admin.cmd("CLIENT", "UNPAUSE"), "+OK\r\n");
  assert.equal(rw.output(), "*1\r\n$2\r\nrw\r\n");
  assert.equal(compat.output(), "*1\r\n:1\r\n");
  assert.equal(shebang.output(), "*1\r\n:3\r\n");
});
