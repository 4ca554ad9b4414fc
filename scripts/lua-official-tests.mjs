// Runs files of the official Lua 5.1 test suite (lua5.1-tests, from lua.org; not vendored here) in the
// engine, each file on its own with `_soft = true` as the suite's README suggests, and reports pass/fail
// next to Debian's lua5.1 on the same file. The suite needs a few things Redis's Lua does not have: this
// script supplies a small `os` (clock, time, date, getenv, setlocale answering "not available") and
// drops the lines that need `io` or the C test library.
//
//   npm run build && node scripts/lua-official-tests.mjs /path/to/lua5.1-tests [file.lua ...]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const { LuaState } = await import(new URL("../dist/core/lua/state.js", import.meta.url));
const { LuaTable, NativeFunction, LuaError } = await import(new URL("../dist/core/lua/value.js", import.meta.url));

const [dir, ...only] = process.argv.slice(2);
const FILES = only.length > 0 ? only : [
  "constructs.lua",
  "strings.lua",
  "pm.lua",
  "sort.lua",
  "nextvar.lua",
  "closure.lua",
  "calls.lua",
  "vararg.lua",
  "literals.lua",
  "locals.lua",
  "events.lua",
  "math.lua",
  "errors.lua",
];
/** Lines that need io (absent in Redis's Lua). */
const DROP = [/io\.stdin/, /io\.write/];

function prepare(file) {
  const text = readFileSync(join(dir, file), "latin1")
    .split("\n")
    .map((line) => (DROP.some((re) => re.test(line)) ? "" : line))
    .join("\n");
  return "_soft = true\n" + text;
}

function runEngine(source, name) {
  const state = new LuaState({ print: () => {} }).openStandardLibraries();
  const os = new LuaTable();
  const t0 = performance.now();
  os.set("clock", new NativeFunction("clock", () => [(performance.now() - t0) / 1000]));
  os.set("time", new NativeFunction("time", () => [Math.floor(Date.now() / 1000)]));
  os.set("date", new NativeFunction("date", () => [new Date().toString()]));
  os.set("getenv", new NativeFunction("getenv", () => [undefined]));
  os.set("setlocale", new NativeFunction("setlocale", () => [undefined]));
  state.setGlobal("os", os);
  const f = state.load(source, "@" + name);
  if ("error" in f) return f.error;
  try {
    state.call(f);
    return "ok";
  } catch (e) {
    if (e instanceof LuaError) return state.tostring(e.value);
    return String(e);
  }
}

let failed = 0;
for (const file of FILES) {
  const source = prepare(file);
  // lua5.1 runs the same prepared text as a file of the same name (some tests check chunk names).
  const tmp = mkdtempSync(join(tmpdir(), "lua51-"));
  writeFileSync(join(tmp, file), source, "latin1");
  const ref = spawnSync("lua5.1", [file], { cwd: tmp });
  rmSync(tmp, { recursive: true, force: true });
  const refResult = ref.status === 0 ? "ok" : ref.stderr.toString().split("\n")[0];
  const t = performance.now();
  const got = runEngine(source, file);
  const ms = (performance.now() - t).toFixed(0);
  if (got !== "ok") failed++;
  console.log(
    `${got === "ok" ? "pass" : "FAIL"} ${file} (${ms} ms)${got === "ok" ? "" : `: ${got}`}${
      refResult === "ok" ? "" : ` [lua5.1: ${refResult}]`
    }`,
  );
}
process.exit(failed === 0 ? 0 : 1);
