/**
 * Runs Lua source in the engine the way `lua5.1 script.lua` runs it (print to stdout, an uncaught error as
 * "lua5.1: <msg>" on stderr), and in the reference interpreter, for the differential tests.
 */
import { spawnSync } from "node:child_process";
import { LuaState } from "../../src/core/lua/state.ts";
import { LuaError } from "../../src/core/lua/value.ts";

export interface Outcome {
  stdout: string;
  /** First line of stderr: the uncaught error, if any. */
  error: string;
}

/** Addresses differ between interpreters ("table: 0x55d0c8a0"). */
export function normalise(s: string): string {
  return s.replace(/0x[0-9a-f]+/g, "ADDR");
}

export function runEngine(source: string, chunkName: string): Outcome {
  const lines: string[] = [];
  const state = new LuaState({ print: (line) => lines.push(line) }).openStandardLibraries();
  let error = "";
  const f = state.load(source, chunkName);
  if ("error" in f) error = "lua5.1: " + f.error;
  else {
    try {
      // lua.c runs the chunk inside lua_cpcall and then lua_pcall: one C call more than Redis's lua_pcall,
      // which LuaState.call counts ("C stack overflow" comes one level earlier in lua5.1).
      // Its CallInfo array also holds that C frame, so Lua-to-Lua recursion overflows one level earlier.
      state.runtime.cCalls = 1;
      state.runtime.callLimit = state.runtime.maxDepth = state.runtime.callLimit - 1;
      state.call(f);
    } catch (e) {
      if (!(e instanceof LuaError)) throw e;
      error = "lua5.1: " + state.tostring(e.value).split("\n")[0];
    }
  }
  return { stdout: normalise(lines.map((l) => l + "\n").join("")), error };
}

/** Runs source text in lua5.1 (as a file named `name` in `dir`, or from stdin). */
export function runReference(source: string): Outcome {
  const r = spawnSync("lua5.1", ["-"], { input: Buffer.from(source, "latin1"), maxBuffer: 1 << 26 });
  if (r.error) throw r.error;
  return {
    stdout: normalise(r.stdout.toString("latin1")),
    // The program name in the message is argv[0], which Deno spawns as a full path.
    error: r.stderr.toString("latin1").split("\n")[0].replace(/^\S*lua5\.1: /, "lua5.1: "),
  };
}
