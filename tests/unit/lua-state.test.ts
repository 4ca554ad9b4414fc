/** The engine's public API: load, call, native functions, resumable execution, the step hook, limits. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { LuaState } from "../../src/core/lua/state.ts";
import { argError, LuaError, LuaFunction, LuaLibError, LuaTable, tableLimits } from "../../src/core/lua/value.ts";
import type { LuaValue } from "../../src/core/lua/value.ts";

function state(): LuaState {
  return new LuaState().openStandardLibraries();
}

function load(s: LuaState, source: string): LuaFunction {
  const f = s.load(source, "@user_script");
  if (!(f instanceof LuaFunction)) throw new Error(f.error);
  return f;
}

function errorOf(fn: () => unknown): LuaValue {
  try {
    fn();
  } catch (e) {
    if (e instanceof LuaError) return e.value;
    throw e;
  }
  throw new Error("no error");
}

test("load returns luaL_loadbuffer's syntax error text", () => {
  const s = state();
  assert.deepEqual(s.load("x", "@user_script"), { error: "user_script:1: '=' expected near '<eof>'" });
  assert.deepEqual(s.load("local x = = 1", "@user_script"), { error: "user_script:1: unexpected symbol near '='" });
  assert.deepEqual(s.load("return 'x", "=f"), { error: "f:1: unfinished string near '<eof>'" });
});

test("call passes arguments and returns every result", () => {
  const s = state();
  const f = load(s, "local a, b = ... return a + b, a .. b, {a, b}");
  const [sum, cat, t] = s.call(f, 1, 2);
  assert.equal(sum, 3);
  assert.equal(cat, "12");
  assert.ok(t instanceof LuaTable && t.get(2) === 2);
});

test("runtime errors carry the chunk name, line and variable name", () => {
  const s = state();
  assert.equal(
    errorOf(() => s.call(load(s, "local x\n\nreturn x + 1"))),
    "user_script:3: attempt to perform arithmetic on local 'x' (a nil value)",
  );
  assert.equal(errorOf(() => s.call(load(s, "foo()"))), "user_script:1: attempt to call global 'foo' (a nil value)");
  assert.equal(errorOf(() => s.call(load(s, "return 1 < nil"))), "user_script:1: attempt to compare number with nil");
  assert.equal(errorOf(() => s.call(load(s, "error({code = 1})"))) instanceof LuaTable, true);
});

test("native functions are called with their arguments; library errors get the caller's position", () => {
  const s = state();
  s.setGlobal("add", s.nativeFunction("add", (args) => [(args[0] as number) + (args[1] as number)]));
  s.setGlobal(
    "fail",
    s.nativeFunction("fail", () => {
      throw new LuaLibError("it failed");
    }),
  );
  s.setGlobal(
    "check",
    s.nativeFunction("check", () => {
      throw argError(1, "check", "number expected, got nil");
    }),
  );
  assert.deepEqual(s.call(load(s, "return add(2, 3)")), [5]);
  assert.equal(errorOf(() => s.call(load(s, "\nfail()"))), "user_script:2: it failed");
  assert.equal(
    errorOf(() => s.call(load(s, "local t = {c = check}; t.c()"))),
    "user_script:1: bad argument #1 to 'c' (number expected, got nil)",
  );
  assert.deepEqual(s.call(load(s, "return pcall(fail)")), [false, "it failed"]);
});

test("a resumable execution pauses when its step budget runs out and continues where it stopped", () => {
  const s = state();
  const f = load(s, "local n = 0 for i = 1, 100000 do n = n + i end return n");
  const exec = s.start(f);
  let pauses = 0;
  for (;;) {
    const r = exec.run(1000);
    if (r.done) {
      assert.deepEqual(r.values, [5000050000]);
      break;
    }
    pauses++;
  }
  assert.ok(pauses >= 50, `paused ${pauses} times`);
});

test("the step hook can pause an execution, and a hook that throws stops the script", () => {
  const s = state();
  let calls = 0;
  s.setHook(() => ++calls % 2 === 0, 100);
  const exec = s.start(load(s, "local n = 0 while n < 10000 do n = n + 1 end return n"));
  let r = exec.run();
  assert.equal(r.done, false);
  while (!r.done) r = exec.run();
  assert.deepEqual(r.values, [10000]);
  s.setHook(() => {
    throw new LuaError("Script killed by user with SCRIPT KILL...");
  }, 100);
  assert.equal(errorOf(() => s.start(load(s, "while true do end")).run()), "Script killed by user with SCRIPT KILL...");
});

test("an execution pauses inside coroutines and pcall and resumes them", () => {
  const s = state();
  s.setHook(null);
  const f = load(
    s,
    `
    local co = coroutine.wrap(function() local n = 0 for i = 1, 5000 do n = n + 1 if i % 1000 == 0 then coroutine.yield(n) end end return -1 end)
    local seen = {}
    local ok = pcall(function() for i = 1, 6 do seen[#seen + 1] = co() end end)
    return ok, table.concat(seen, ",")`,
  );
  const exec = s.start(f);
  let r = exec.run(50);
  let pauses = 0;
  while (!r.done) {
    pauses++;
    r = exec.run(50);
  }
  assert.ok(pauses > 10);
  assert.deepEqual(r.values, [true, "1000,2000,3000,4000,5000,-1"]);
});

test("deep recursion is Lua's stack overflow, caught by pcall", () => {
  const s = state();
  const [ok, msg] = s.call(load(s, "local function f() return 1 + f() end return pcall(f)"));
  assert.equal(ok, false);
  assert.match(msg as string, /^user_script:1: stack overflow$/);
});

test("runaway string growth ends in a memory error, not a crash", () => {
  const s = state();
  const [ok, msg] = s.call(
    load(s, "return pcall(function() local x = string.rep('x', 2^20) while true do x = x .. x end end)"),
  );
  assert.equal(ok, false);
  assert.equal(msg, "not enough memory");
  const [ok2, msg2] = s.call(load(s, "return pcall(string.rep, 'x', 2^40)"));
  assert.equal(ok2, false);
  assert.equal(msg2, "not enough memory");
});

test("the Redis library set adds cjson, cmsgpack, struct and bit, with Lua's error positions", () => {
  const s = new LuaState().openRedisLibraries();
  const f = load(
    s,
    `return cjson.encode({1, 2, {a = true}}), tostring(cjson.null), bit.tohex(255),
    cmsgpack.unpack(cmsgpack.pack("x")), struct.unpack(">I2", "\\1\\2"), select(2, pcall(cjson.decode, nil))`,
  );
  assert.deepEqual(s.call(f), [
    '[1,2,{"a":true}]',
    "userdata: (nil)",
    "000000ff",
    "x",
    258,
    "bad argument #1 to '?' (string expected, got nil)",
  ]);
  assert.equal(
    errorOf(() => s.call(load(s, "\nreturn cjson.decode('{')"))),
    "user_script:2: Expected object key string but found T_END at character 2",
  );
});

test("a paused execution can be cancelled, and the state runs other calls afterwards", () => {
  const s = state();
  const exec = s.start(load(s, "local co = coroutine.wrap(function() while true do end end) co()"));
  assert.equal(exec.run(500).done, false);
  exec.cancel();
  assert.equal(exec.finished, true);
  assert.deepEqual(s.call(load(s, "return coroutine.running(), 1 + 1")), [undefined, 2]);
  assert.throws(() => exec.run(), TypeError);
});

test("a table growing without bound ends in a memory error", () => {
  const s = state();
  s.setHook(null);
  const saved = tableLimits.arrayPart;
  tableLimits.arrayPart = 100000; // the default (2^26) would take this test seconds to reach
  try {
    const [ok, msg] = s.call(
      load(s, "local t = {} return pcall(function() local i = 0 while true do i = i + 1 t[i] = true end end)"),
    );
    assert.equal(ok, false);
    assert.equal(msg, "not enough memory");
  } finally {
    tableLimits.arrayPart = saved;
  }
});

test("a table's hash part keeps every key through growth past a few keys, deletions, compaction and array migration", () => {
  const t = new LuaTable();
  const keys: LuaValue[] = [];
  for (let i = 0; i < 40; i++) keys.push(i % 3 === 0 ? `k${i}` : i % 3 === 1 ? i + 0.5 : -i);
  keys.forEach((k, i) => t.set(k, i));
  keys.forEach((k, i) => assert.equal(t.get(k), i, `key ${String(k)}`));
  // Delete most keys (a compaction happens on the next insertions), then add new ones.
  keys.forEach((k, i) => {
    if (i % 4 !== 0) t.set(k, undefined);
  });
  for (let i = 0; i < 30; i++) t.set(`new${i}`, i);
  const seen = new Map<LuaValue, LuaValue>();
  for (let e = t.next(undefined); e; e = t.next(e[0])) seen.set(e[0], e[1]);
  const expected = new Map<LuaValue, LuaValue>();
  keys.forEach((k, i) => {
    if (i % 4 === 0) expected.set(k, i);
  });
  for (let i = 0; i < 30; i++) expected.set(`new${i}`, i);
  assert.deepEqual(seen, expected);
  assert.equal(t.count(), expected.size);
  assert.equal(t.next("not a key"), null);
  // Integer keys set out of order move to the array part once the gap closes; -0 is the key 0.
  const a = new LuaTable();
  a.set(3, "c");
  a.set(2, "b");
  a.set(-0, "zero");
  assert.equal(a.length(), 0);
  a.set(1, "a");
  assert.deepEqual(a.arr, ["a", "b", "c"]);
  assert.equal(a.hasHashEntries(), true);
  assert.equal(a.get(0), "zero");
  assert.equal(Object.is(a.next(undefined) && a.next(3)?.[0], 0), true);
  a.set(0, undefined);
  assert.equal(a.hasHashEntries(), false);
  assert.equal(a.length(), 3);
});
