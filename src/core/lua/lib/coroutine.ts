/**
 * Coroutines (5.1's base library opens them as `coroutine`). A coroutine runs its body as a generator;
 * coroutine.yield hands YIELD up to the resume that runs it. Budget stops inside a coroutine are passed
 * on to whoever runs the resume, so a resumable execution can pause in the middle of a coroutine.
 */
import type { Site } from "../compiler.ts";
import { Coroutine, GenNative, LuaClosure, MAX_C_CALLS, runtimeError, where, YIELD } from "../runtime.ts";
import type { Runtime } from "../runtime.ts";
import type { LuaState } from "../state.ts";
import { argError, LuaError, LuaTable, NativeFunction } from "../value.ts";
import type { LuaValue } from "../value.ts";
import { typeErrorArg } from "./lauxlib.ts";

/** auxresume: [true, values...] or [false, error value]. */
function* resume(rt: Runtime, co: Coroutine, args: LuaValue[]): Generator<unknown, LuaValue[], unknown> {
  if (co.status === "dead") return [false, "cannot resume dead coroutine"];
  if (co.status === "running") return [false, "cannot resume running coroutine"];
  if (co.status !== "suspended") return [false, "cannot resume non-suspended coroutine"];
  if (rt.cCalls >= MAX_C_CALLS) return [false, "C stack overflow"];
  const prev = rt.current;
  const cCalls = rt.cCalls++;
  if (prev !== null) prev.status = "normal";
  rt.current = co;
  co.status = "running";
  const before = rt.depth;
  co.base = before;
  rt.depth += co.depth;
  const limits = rt.enterCoroutine();
  try {
    let r: IteratorResult<unknown, LuaValue[]>;
    if (co.gen === null) {
      co.gen = rt.invoke(co.body, args);
      r = co.gen.next();
    } else {
      // Its frames go back above the resumer, wherever that is now (error levels, getinfo, traceback).
      for (let i = 0; i < co.depth; i++) {
        rt.st[before + 1 + i] = co.savedSites[i];
        rt.fn[before + 1 + i] = co.savedFunctions[i];
      }
      r = co.gen.next(args);
    }
    for (;;) {
      if (r.done) {
        co.status = "dead";
        return [true, ...r.value];
      }
      if (r.value === YIELD) {
        co.status = "suspended";
        co.depth = rt.depth - before;
        co.savedSites = rt.st.slice(before + 1, rt.depth + 1);
        co.savedFunctions = rt.fn.slice(before + 1, rt.depth + 1);
        return [true, ...rt.transfer];
      }
      // A budget stop: let our own runner see it, then carry on inside the coroutine.
      const x = yield r.value;
      r = co.gen.next(x);
    }
  } catch (e) {
    co.status = "dead";
    rt.current = co; // errorValue may rethrow; keep state consistent for the finally below
    return [false, rt.errorValue(e)];
  } finally {
    rt.current = prev;
    if (prev !== null) prev.status = "running";
    rt.depth = before;
    rt.cCalls = cCalls;
    rt.leaveCoroutine(limits);
  }
}

export function openCoroutine(state: LuaState): void {
  const rt = state.runtime;
  const lib = new LuaTable();
  const checkCo = (args: LuaValue[], fname: string, site: Site | null): Coroutine => {
    const co = args[0];
    if (!(co instanceof Coroutine)) throw rt.libraryError(argError(1, fname, "coroutine expected"), site);
    return co;
  };

  lib.set(
    "create",
    new NativeFunction("create", (args) => {
      const f = args[0];
      if (!(f instanceof LuaClosure)) throw argError(1, "create", "Lua function expected");
      return [new Coroutine(f, rt.threadEnv())];
    }),
  );

  lib.set(
    "resume",
    new GenNative("resume", function* (site: Site | null, ...args: LuaValue[]) {
      const co = checkCo(args, "resume", site);
      return yield* resume(rt, co, args.slice(1));
    }),
  );

  lib.set(
    "yield",
    new GenNative("yield", function* (site: Site | null, ...args: LuaValue[]) {
      if (rt.current === null) throw runtimeError(null, "attempt to yield across metamethod/C-call boundary");
      rt.current.yieldSite = site;
      rt.transfer = args;
      const r = yield YIELD;
      return r as LuaValue[];
    }),
  );

  lib.set(
    "status",
    new GenNative("status", function* (site: Site | null, ...args: LuaValue[]) {
      return [checkCo(args, "status", site).status];
    }),
  );

  lib.set("running", new NativeFunction("running", () => [rt.current ?? undefined]));

  lib.set(
    "wrap",
    new NativeFunction("wrap", (args) => {
      const f = args[0];
      if (!(f instanceof LuaClosure)) throw argError(1, "wrap", "Lua function expected");
      const co = new Coroutine(f, rt.threadEnv());
      return [
        new GenNative("wrap", function* (site: Site | null, ...a: LuaValue[]) {
          const r = yield* resume(rt, co, a);
          if (r[0] === true) return r.slice(1);
          let err = r[1];
          if (typeof err === "string" || typeof err === "number") err = where(site) + rt.tostring(err);
          throw new LuaError(err);
        }),
      ];
    }),
  );

  void typeErrorArg;
  state.globals.set("coroutine", lib);
}
