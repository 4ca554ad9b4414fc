/** EVAL/EVALSHA/SCRIPT in process: the replies redis-server 7.0.15 gives for the same scripts. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import { sha1hex } from "../../src/core/sha1.ts";
import { MemoryFileStore } from "../../src/core/persistence/fs.ts";
import { attachPersistence } from "../../src/core/persistence/snapshot.ts";
import { ERR_MISCONF } from "../../src/core/errors.ts";

test("sha1hex matches known SHA-1 digests, across block boundaries", () => {
  assert.equal(sha1hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  assert.equal(sha1hex("return 1"), "e0e1f9fabfc9d4800c877a703b823ac0578ff8db");
  assert.equal(sha1hex("x".repeat(1000)), "c3efa690fa3fdd2e2526853eed670538ea127638");
});

test("EVAL converts Lua values: numbers truncated, false as nil, tables up to the first nil", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("EVAL", "return {1,2,3.9,false,'a',nil,5}", "0"), "*5\r\n:1\r\n:2\r\n:3\r\n$-1\r\n$1\r\na\r\n");
  assert.equal(c.cmd("EVAL", "return -3.99", "0"), ":-3\r\n");
  assert.equal(c.cmd("EVAL", "return true", "0"), ":1\r\n");
  assert.equal(c.cmd("EVAL", "return {ok='fine'}", "0"), "+fine\r\n");
  assert.equal(c.cmd("EVAL", "return {err='x y'}", "0"), "-x y\r\n");
  assert.equal(c.cmd("EVAL", "return redis.error_reply('xy')", "0"), "-ERR xy\r\n");
  assert.equal(
    c.cmd("EVAL", "return {KEYS[1], ARGV[1], #KEYS, #ARGV}", "1", "k", "a", "b"),
    "*4\r\n$1\r\nk\r\n$1\r\na\r\n:1\r\n:2\r\n",
  );
});

test("redis.call runs commands on the keyspace; errors carry the script's sha and line", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("EVAL", "return redis.call('hset', KEYS[1], 'f', 1.5)", "1", "h"), ":1\r\n");
  assert.equal(c.cmd("HGET", "h", "f"), "$3\r\n1.5\r\n");
  assert.equal(c.cmd("EVAL", "return type(redis.call('ping'))", "0"), "$5\r\ntable\r\n");
  c.cmd("SET", "s", "str");
  const body = "return redis.call('incr','s')";
  assert.equal(
    c.cmd("EVAL", body, "0"),
    `-ERR value is not an integer or out of range script: ${sha1hex(body)}, on @user_script:1.\r\n`,
  );
  assert.equal(
    c.cmd("EVAL", "return redis.pcall('incr','s')", "0"),
    "-ERR value is not an integer or out of range\r\n",
  );
  assert.match(
    c.cmd("EVAL", "return redis.call('multi')", "0"),
    /^-ERR This Redis command is not allowed from script script: /,
  );
  assert.match(
    c.cmd("EVAL_RO", "return redis.call('set','a','b')", "0"),
    /^-ERR Write commands are not allowed from read-only scripts\. script: /,
  );
  assert.equal(
    c.cmd("EVAL", "return error('x')", "0"),
    `-ERR user_script:1: x script: ${sha1hex("return error('x')")}, on @user_script:1.\r\n`,
  );
});

test("scripts are cached by SHA1: SCRIPT LOAD, EVALSHA, EXISTS, FLUSH, NOSCRIPT", () => {
  const c = inProcess().connect();
  const sha = sha1hex("return 'hello'");
  assert.equal(c.cmd("SCRIPT", "LOAD", "return 'hello'"), `$40\r\n${sha}\r\n`);
  assert.equal(c.cmd("EVALSHA", sha.toUpperCase(), "0"), "$5\r\nhello\r\n");
  assert.equal(c.cmd("SCRIPT", "EXISTS", sha, "ffff"), "*2\r\n:1\r\n:0\r\n");
  assert.equal(c.cmd("SCRIPT", "FLUSH"), "+OK\r\n");
  assert.equal(c.cmd("EVALSHA", sha, "0"), "-NOSCRIPT No matching script. Please use EVAL.\r\n");
  assert.equal(c.cmd("SCRIPT", "FLUSH", "bad"), "-ERR SCRIPT FLUSH only support SYNC|ASYNC option\r\n");
  assert.equal(c.cmd("SCRIPT", "KILL"), "-NOTBUSY No scripts in execution right now.\r\n");
  assert.equal(c.cmd("EVAL", "return 1", "-1"), "-ERR Number of keys can't be negative\r\n");
  assert.equal(c.cmd("EVAL", "return 1", "2", "a"), "-ERR Number of keys can't be greater than number of args\r\n");
  assert.equal(
    c.cmd("EVAL", "return 'x' ..", "0"),
    "-ERR Error compiling script (new function): user_script:1: unexpected symbol near '<eof>'\r\n",
  );
});

test("EVALSHA repeated with one SHA1 argument follows the cache: NOSCRIPT after SCRIPT FLUSH, runs again once reloaded", () => {
  const c = inProcess().connect();
  const body = "#!lua flags=no-writes\nreturn redis.call('get', KEYS[1])";
  const sha = sha1hex(body);
  c.cmd("SET", "k", "v");
  assert.equal(c.cmd("SCRIPT", "LOAD", body), `$40\r\n${sha}\r\n`);
  for (let i = 0; i < 2; i++) assert.equal(c.cmd("EVALSHA_RO", sha, "1", "k"), "$1\r\nv\r\n");
  assert.equal(c.cmd("SCRIPT", "FLUSH"), "+OK\r\n");
  assert.equal(c.cmd("EVALSHA_RO", sha, "1", "k"), "-NOSCRIPT No matching script. Please use EVAL.\r\n");
  assert.equal(c.cmd("EVALSHA", sha, "1", "k"), "-NOSCRIPT No matching script. Please use EVAL.\r\n");
  // Another script under an argument that named a script before the flush is not taken for it.
  const other = "return redis.call('set', KEYS[1], 'w')";
  c.cmd("SCRIPT", "LOAD", other);
  assert.equal(c.cmd("EVALSHA", sha1hex(other), "1", "k"), "+OK\r\n");
  assert.equal(c.cmd("EVALSHA", sha, "1", "k"), "-NOSCRIPT No matching script. Please use EVAL.\r\n");
  assert.equal(c.cmd("SCRIPT", "LOAD", body), `$40\r\n${sha}\r\n`);
  assert.equal(c.cmd("EVALSHA", sha.toUpperCase(), "1", "k"), "$1\r\nw\r\n");
  assert.equal(c.cmd("EVALSHA_RO", sha, "1", "k"), "$1\r\nw\r\n");
});

test("commands a script calls count in INFO commandstats, and KEYS/ARGV are fresh on every call", () => {
  const c = inProcess().connect();
  // What redis-server 7.0.15 answers: a script's changes to KEYS and ARGV do not reach the next call.
  const body =
    "local before = KEYS[2] or 'none'; KEYS[2] = 'x'; ARGV[2] = 'y'; redis.call('incr', KEYS[1]); return {#KEYS, #ARGV, before}";
  c.cmd("SCRIPT", "LOAD", body);
  for (let i = 0; i < 3; i++) {
    assert.equal(c.cmd("EVALSHA", sha1hex(body), "1", "n", "a"), "*3\r\n:2\r\n:2\r\n$4\r\nnone\r\n");
  }
  assert.equal(c.cmd("GET", "n"), "$1\r\n3\r\n");
  assert.match(c.cmd("INFO", "commandstats"), /cmdstat_incr:calls=3,/);
  assert.match(c.cmd("INFO", "commandstats"), /cmdstat_evalsha:calls=3,/);
});

test("a script's writes touch WATCHed keys and publish keyspace events through the normal path", () => {
  const t = inProcess([["notify-keyspace-events", "KEA"]]);
  const s = t.connect();
  s.cmd("SUBSCRIBE", "__keyevent@0__:set");
  const w = t.connect();
  const c = t.connect();
  w.cmd("WATCH", "k");
  w.cmd("MULTI");
  w.cmd("GET", "k");
  assert.equal(c.cmd("EVAL", "return redis.call('set', KEYS[1], 'v')", "1", "k"), "+OK\r\n");
  assert.equal(w.cmd("EXEC"), "*-1\r\n");
  assert.equal(s.output(), "*3\r\n$7\r\nmessage\r\n$18\r\n__keyevent@0__:set\r\n$1\r\nk\r\n");
});

test("SELECT inside a script does not change the caller's database", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("EVAL", "redis.call('select', 3) return redis.call('set', 'x', '1')", "0"), "+OK\r\n");
  assert.equal(c.cmd("EXISTS", "x"), ":0\r\n");
  c.cmd("SELECT", "3");
  assert.equal(c.cmd("EXISTS", "x"), ":1\r\n");
});

test("redis.pcall returns error replies as {err=...} tables instead of raising them", () => {
  const c = inProcess().connect();
  c.cmd("SET", "s", "x");
  assert.equal(
    c.cmd("EVAL", "local r = redis.pcall('incr', 's') return r.err", "0"),
    "$43\r\nERR value is not an integer or out of range\r\n",
  );
  assert.equal(c.cmd("EVAL", "return redis.pcall('nosuch')", "0"), "-ERR Unknown Redis command called from script\r\n");
});

test("the sandbox refuses undeclared globals and writes to the redis table", () => {
  const c = inProcess().connect();
  assert.match(
    c.cmd("EVAL", "return undeclared", "0"),
    /^-ERR .*Script attempted to access nonexistent global variable 'undeclared'/,
  );
  assert.match(c.cmd("EVAL", "x = 1", "0"), /^-ERR .*Attempt to modify a readonly table/);
  assert.match(c.cmd("EVAL", "redis.call = nil", "0"), /^-ERR .*Attempt to modify a readonly table/);
  assert.match(c.cmd("EVAL", "return print", "0"), /nonexistent global variable 'print'/);
  assert.equal(c.cmd("EVAL", "local x = 5 return x", "0"), ":5\r\n");
});

test("math.random follows Redis's rand48 sequence from server start", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("EVAL", "return math.random(100)", "0"), ":40\r\n");
  assert.equal(c.cmd("EVAL", "return math.random(100)", "0"), ":85\r\n");
  assert.match(c.cmd("EVAL", "return math.random(0)", "0"), /bad argument #1 to 'random' \(interval is empty\)/);
});

test("blocking commands are refused from scripts, as Redis flags them noscript", () => {
  const c = inProcess().connect();
  assert.match(
    c.cmd("EVAL", "return redis.call('blpop', 'l', 0)", "0"),
    /^-ERR This Redis command is not allowed from script/,
  );
});

test("a script's writes propagate as its commands, wrapped in MULTI/EXEC when there are several", () => {
  const t = inProcess();
  const c = t.connect();
  const seen: string[][] = [];
  t.server.propagation.setConsumer({ propagate: (_db, argv) => seen.push([...argv]) }, true);
  c.cmd("EVAL", "redis.call('set', 'a', '1') redis.call('incr', 'a') return redis.call('get', 'a')", "0");
  assert.deepEqual(seen, [["MULTI"], ["set", "a", "1"], ["incr", "a"], ["EXEC"]]);
  seen.length = 0;
  c.cmd("EVAL", "return redis.call('incr', 'a')", "0");
  c.cmd("EVAL", "return redis.call('get', 'a')", "0");
  assert.deepEqual(seen, [["incr", "a"]]);
});

test("INFO memory's scripting fields follow the cached scripts and libraries as redis-server 7.0.15 counts them", () => {
  const t = inProcess();
  const c = t.connect();
  const field = (name: string): string => {
    const m = new RegExp(`\\r\\n${name}:([^\\r]*)\\r\\n`).exec(c.cmd("INFO", "memory"));
    assert.ok(m !== null, name);
    return m[1];
  };
  // Redis's figures for the same steps (used_memory_scripts_eval, used_memory_functions, counts).
  assert.equal(field("used_memory_scripts_eval"), "0");
  assert.equal(field("used_memory_functions"), "200");
  assert.equal(field("used_memory_vm_eval"), "32768");
  assert.equal(field("used_memory_vm_functions"), "33792");
  c.cmd("SCRIPT", "LOAD", "return 1");
  assert.equal(field("used_memory_scripts_eval"), "136");
  c.cmd("SCRIPT", "LOAD", "return 1" + " ".repeat(992));
  assert.equal(field("used_memory_scripts_eval"), String(136 + 1144));
  assert.equal(field("number_of_cached_scripts"), "2");
  assert.ok(Number(field("used_memory_vm_eval")) > 32768);
  assert.equal(field("used_memory_lua"), field("used_memory_vm_eval"));
  c.cmd("FUNCTION", "LOAD", "#!lua name=lib1\nredis.register_function('f1', function() return 1 end)");
  assert.equal(field("used_memory_functions"), "440");
  c.cmd(
    "FUNCTION",
    "LOAD",
    "#!lua name=lib2\nredis.register_function{function_name='f2', callback=function() return 1 end, description='some description'}\nredis.register_function('f3', function() return 1 end)",
  );
  assert.equal(field("used_memory_functions"), "880");
  assert.equal(field("used_memory_scripts"), String(136 + 1144 + 880));
  assert.equal(
    field("used_memory_vm_total"),
    String(Number(field("used_memory_vm_eval")) + Number(field("used_memory_vm_functions"))),
  );
  c.cmd("SCRIPT", "FLUSH");
  c.cmd("FUNCTION", "FLUSH");
  assert.equal(field("used_memory_scripts"), "200");
  assert.equal(field("used_memory_vm_eval"), "32768");
  assert.equal(field("used_memory_scripts_human"), "200B");
});

test("while a failed save refuses writes, scripts get MISCONF as redis-server 7.0.15 gives it", () => {
  const t = inProcess([["dir", "/data"], ["save", "3600 1"]]);
  const files = new MemoryFileStore();
  attachPersistence(t.server, { files, exit: () => {} });
  const c = t.connect();
  c.cmd(
    "FUNCTION",
    "LOAD",
    "#!lua name=plib\nredis.register_function{function_name='ro', callback=function() return 'ro' end, flags={'no-writes'}}\nredis.register_function('rw', function() return 'rw' end)",
  );
  files.failWrites = /temp-/;
  c.cmd("BGSAVE");
  assert.match(c.cmd("INFO", "persistence"), /rdb_last_bgsave_status:err/);
  const body = "return redis.call('set','x','1')";
  // A script's first write fails inside it; redis.pcall gets the error as a table.
  assert.equal(c.cmd("EVAL", body, "0"), `-${ERR_MISCONF} script: ${sha1hex(body)}, on @user_script:1.\r\n`);
  assert.equal(c.cmd("EVAL", "return redis.pcall('set','x','1')", "0"), `-${ERR_MISCONF}\r\n`);
  assert.equal(c.cmd("EVAL", "return redis.call('get','x')", "0"), "$-1\r\n");
  assert.equal(c.cmd("EVAL", "return redis.call('publish','ch','m')", "0"), ":0\r\n");
  // Scripts and functions that declared they may write are refused whole; no-writes ones run.
  assert.equal(c.cmd("EVAL", "#!lua\nreturn 1", "0"), `-${ERR_MISCONF}\r\n`);
  assert.equal(c.cmd("EVAL", "#!lua flags=no-writes\nreturn 1", "0"), ":1\r\n");
  assert.equal(c.cmd("FCALL", "rw", "0"), `-${ERR_MISCONF}\r\n`);
  assert.equal(c.cmd("FCALL", "ro", "0"), "$2\r\nro\r\n");
  files.failWrites = null;
  assert.equal(c.cmd("SAVE"), "+OK\r\n");
  assert.equal(c.cmd("EVAL", body, "0"), "+OK\r\n");
});
