/**
 * Script errors as redis-server 7.0.15 replies them (the differential family `scripterrors` compares the same
 * paths with a live server): read-only tables in the engine, the error tables of the `redis` library, Redis's
 * pcall, the "script: <name>, on <source>:<line>." suffix, and how the errors are counted.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import { sha1hex } from "../../src/core/sha1.ts";
import { LuaState } from "../../src/core/lua/state.ts";
import { LuaError, LuaFunction, LuaTable, setReadonly } from "../../src/core/lua/value.ts";

/** Runs `src` as a chunk named @user_script and returns its error (value and where it was raised). */
function raised(L: LuaState, src: string): LuaError {
  const f = L.load(src, "@user_script");
  if (!(f instanceof LuaFunction)) throw new Error(f.error);
  try {
    L.call(f);
  } catch (e) {
    if (e instanceof LuaError) return e;
    throw e;
  }
  throw new Error(`no error from ${src}`);
}

test("a read-only table refuses assignment, rawset, setmetatable and the table library's writes", () => {
  const L = new LuaState({ print: () => {} }).openStandardLibraries();
  const t = new LuaTable();
  t.set("a", 1);
  t.set(1, "x");
  setReadonly(t);
  L.setGlobal("t", t);
  // Assignments in Lua code are positioned, as luaG_runerror in the VM.
  const assign = raised(L, "local x = 1\nt.b = 2");
  assert.equal(assign.value, "user_script:2: Attempt to modify a readonly table");
  assert.equal(raised(L, "t.a = 5").value, "user_script:1: Attempt to modify a readonly table");
  // Library code raises it without a position, but the error knows the line that called it.
  for (const src of ["rawset(t, 'b', 1)", "setmetatable(t, {})", "table.insert(t, 'y')", "table.remove(t)"]) {
    const e = raised(L, `\n${src}`);
    assert.equal(e.value, "Attempt to modify a readonly table", src);
    assert.equal(e.raisedAt?.line, 2, src);
    assert.equal(e.raisedAt?.source, "@user_script", src);
  }
  // Reads still work, the table is unchanged, and its marker metatable is not visible.
  const f = L.load("return t.a, t[1], #t, getmetatable(t), rawget(t, 'b')", "@user_script") as LuaFunction;
  assert.deepEqual(L.call(f), [1, "x", 1, undefined, undefined]);
});

test("a table that is not read-only is written as before, with or without a metatable", () => {
  const L = new LuaState({ print: () => {} }).openStandardLibraries();
  const f = L.load(
    "local t = {} t.x = 1 rawset(t, 'y', 2) table.insert(t, 'z') setmetatable(t, {}) t.w = 3 return t.x, t.y, t[1], t.w",
    "@user_script",
  ) as LuaFunction;
  assert.deepEqual(L.call(f), [1, 2, "z", 3]);
});

test("error(number) raises a string, as Lua 5.1's error concatenates the position", () => {
  const L = new LuaState({ print: () => {} }).openStandardLibraries();
  const f = L.load("return select(2, pcall(error, 5)), select(2, pcall(error, 5, 0))", "@user_script") as LuaFunction;
  assert.deepEqual(L.call(f), ["5", 5]);
});

test("library tables, the globals and the string metatable are read-only to scripts", () => {
  const c = inProcess().connect();
  const ro = (body: string, pos: string) =>
    `-ERR ${pos}Attempt to modify a readonly table script: ${sha1hex(body)}, on @user_script:1.\r\n`;
  for (const body of ["string.x = 1", "math.x = 1", "cjson.x = 1", "redis.x = 1", "_G.x = 1", "x = 1"]) {
    assert.equal(c.cmd("EVAL", body, "0"), ro(body, "user_script:1: "), body);
  }
  for (
    const body of ["rawset(_G, 'x', 1)", "setmetatable(_G, {})", "setmetatable(redis, {})", "table.insert(string, 1)"]
  ) {
    assert.equal(c.cmd("EVAL", body, "0"), ro(body, ""), body);
  }
  assert.equal(
    c.cmd("EVAL", "local t = getmetatable('') t.x = 1", "0"),
    ro("local t = getmetatable('') t.x = 1", "user_script:1: "),
  );
  // The sandbox is still whole afterwards: an undeclared global still raises.
  assert.match(
    c.cmd("EVAL", "return os", "0"),
    /^-ERR user_script:1: Script attempted to access nonexistent global variable 'os' /,
  );
  assert.equal(
    c.cmd("EVAL", "return {getmetatable(redis), getmetatable(string), type(getmetatable(_G))}", "0"),
    "*0\r\n",
  );
});

test("undeclared globals raise in nested functions too, naming the line that read them", () => {
  const c = inProcess().connect();
  const body = "local function f()\n return nosuch\nend\nreturn f()";
  assert.equal(
    c.cmd("EVAL", body, "0"),
    `-ERR user_script:2: Script attempted to access nonexistent global variable 'nosuch' script: ${
      sha1hex(body)
    }, on @user_script:2.\r\n`,
  );
});

test("error tables and error(msg, 0) get the suffix of the line that raised them", () => {
  const c = inProcess().connect();
  const cases: [string, string][] = [
    ["local function f()\n error({err='E f'})\nend\nf()", "-E f script: %, on @user_script:2.\r\n"],
    ["local function f()\n error('x', 0)\nend\nf()", "-ERR x script: %, on @user_script:2.\r\n"],
    ["local function f()\n error('x', 2)\nend\n\nf()", "-ERR user_script:5: x script: %, on @user_script:2.\r\n"],
    ["error(nil)", "-ERR nil script: %, on @user_script:1.\r\n"],
    ["error('a\\nb')", "-ERR user_script:1: a b script: %, on @user_script:1.\r\n"],
  ];
  for (const [body, reply] of cases) assert.equal(c.cmd("EVAL", body, "0"), reply.replace("%", sha1hex(body)), body);
  // Code loaded by loadstring is named by its source, as the error handler's getinfo names it.
  const body = "return loadstring('error(\"in\")')()";
  assert.equal(
    c.cmd("EVAL", body, "0"),
    `-ERR [string "error("in")"]:1: in script: ${sha1hex(body)}, on error("in"):1.\r\n`,
  );
});

test("pcall returns the err string of a caught error table; xpcall's handler gets the table", () => {
  const c = inProcess().connect();
  assert.equal(
    c.cmd("EVAL", "local ok, e = pcall(redis.call, 'nosuch') return e", "0"),
    "$44\r\nERR Unknown Redis command called from script\r\n",
  );
  assert.equal(c.cmd("EVAL", "local ok, e = pcall(error, {err='Q w'}) return e", "0"), "$3\r\nQ w\r\n");
  // Re-raised, the string is an ordinary error: positioned, and with ERR in front.
  const body = "local ok, e = pcall(redis.call, 'nosuch') error(e)";
  assert.equal(
    c.cmd("EVAL", body, "0"),
    `-ERR user_script:1: ERR Unknown Redis command called from script script: ${sha1hex(body)}, on @user_script:1.\r\n`,
  );
  assert.equal(
    c.cmd("EVAL", "return {xpcall(function() redis.call('nosuch') end, function(e) return e.err end)}", "0"),
    "*2\r\n$-1\r\n$44\r\nERR Unknown Redis command called from script\r\n",
  );
  assert.equal(c.cmd("EVAL", "return select('#', pcall(error, {}))", "0"), ":3\r\n");
  assert.equal(c.cmd("EVAL", "return {pcall()}", "0"), "*2\r\n$-1\r\n$31\r\nattempt to call a boolean value\r\n");
});

test("redis.error_reply and redis.status_reply return an error table for wrong arguments", () => {
  const c = inProcess().connect();
  for (const body of ["return redis.error_reply()", "return redis.error_reply(1)", "return redis.status_reply()"]) {
    assert.equal(c.cmd("EVAL", body, "0"), "-ERR wrong number or type of arguments\r\n", body);
  }
});

test("a refused redis.call is counted once, as the command's rejected call; the EVAL still failed", () => {
  const c = inProcess().connect();
  c.cmd("CONFIG", "RESETSTAT");
  assert.match(
    c.cmd("EVAL", "return redis.call('set', 'a')", "0"),
    /^-ERR Wrong number of args calling Redis command from script script: /,
  );
  assert.equal(
    c.cmd("EVAL", "local ok, e = pcall(redis.call, 'get') return e", "0"),
    "$58\r\nERR Wrong number of args calling Redis command from script\r\n",
  );
  assert.match(c.cmd("INFO", "errorstats"), /errorstat_ERR:count=2\r\n/);
  const stats = c.cmd("INFO", "commandstats");
  assert.match(stats, /cmdstat_set:calls=0,.*rejected_calls=1,failed_calls=0/);
  assert.match(stats, /cmdstat_get:calls=0,.*rejected_calls=1,failed_calls=0/);
  assert.match(stats, /cmdstat_eval:calls=2,.*rejected_calls=0,failed_calls=1/);
});

test("FCALL errors name the function and the @user_function line; load-time errors the library", () => {
  const c = inProcess().connect();
  const code = "#!lua name=l\nlocal function h()\n  error({err='MY bad'})\nend\n" +
    "redis.register_function('f', function() return h() end)\nredis.register_function('g', function() x = 1 end)";
  assert.equal(c.cmd("FUNCTION", "LOAD", code), "$1\r\nl\r\n");
  assert.equal(c.cmd("FCALL", "f", "0"), "-MY bad script: f, on @user_function:3.\r\n");
  assert.equal(
    c.cmd("FCALL", "g", "0"),
    "-ERR user_function:6: Attempt to modify a readonly table script: g, on @user_function:6.\r\n",
  );
  assert.equal(
    c.cmd("FUNCTION", "LOAD", "#!lua name=m\nredis.x = 1"),
    "-ERR Error registering functions: ERR user_function:2: Attempt to modify a readonly table\r\n",
  );
});
