/**
 * The parts of the debug library (ldblib.c) scripts use under Redis: traceback, getinfo (source and line
 * fields), metatables and environments. Hooks and locals are not exposed by this engine.
 */
import type { Site } from "../compiler.ts";
import { Coroutine, GenNative, LuaClosure, typeName } from "../runtime.ts";
import type { LuaState } from "../state.ts";
import { argError, checkWritable, LuaFunction, LuaTable, NativeFunction, READONLY_MARK } from "../value.ts";
import type { LuaValue } from "../value.ts";
import { checkAny, checkTable, typeErrorArg } from "./lauxlib.ts";

export function openDebug(state: LuaState): void {
  const rt = state.runtime;
  const lib = new LuaTable();
  const def = (name: string, impl: (args: LuaValue[]) => LuaValue[]): void => {
    lib.set(name, new NativeFunction(name, impl));
  };
  const registry = new LuaTable();

  def("getregistry", () => [registry]);
  def("getmetatable", (args) => {
    const mt = rt.metatable(checkAny(args, 0, "getmetatable"));
    return [mt === null || mt === READONLY_MARK ? undefined : mt];
  });
  def("setmetatable", (args) => {
    const mt = args[1];
    if (mt !== undefined && !(mt instanceof LuaTable)) throw argError(2, "setmetatable", "nil or table expected");
    const o = args[0];
    if (o instanceof LuaTable) checkWritable(o);
    if (o instanceof LuaTable) o.metatable = mt ?? null;
    else if (typeof o === "string") rt.stringMeta = mt ?? null;
    else if (mt === undefined) rt.typeMeta.delete(typeName(o));
    else rt.typeMeta.set(typeName(o), mt);
    return [true];
  });
  def("getfenv", (args) => {
    const o = args[0];
    return [
      o instanceof LuaClosure
        ? o.env
        : o instanceof Coroutine
        ? o.env
        : o instanceof LuaFunction
        ? state.globals
        : undefined,
    ];
  });
  def("setfenv", (args) => {
    const t = checkTable(args, 1, "setfenv");
    const o = args[0];
    if (o instanceof LuaClosure || o instanceof Coroutine) o.env = t;
    return [o];
  });
  def("sethook", () => []);
  def("gethook", () => []);
  def("getlocal", () => [undefined]);
  def("setlocal", () => [undefined]);
  def("getupvalue", () => [undefined]);
  def("setupvalue", () => [undefined]);

  lib.set(
    "getinfo",
    new GenNative("getinfo", function* (site: Site | null, ...args: LuaValue[]) {
      const t = new LuaTable();
      let at: Site | null | undefined = null;
      const f = args[0];
      if (typeof f === "number") {
        if (f === 0) at = null;
        else if (f === 1) at = site;
        else {
          at = rt.st[rt.depth - f + 2];
          // A coroutine's stack ends at its body; the main thread's at the host's C frame (index 1).
          if (rt.depth - f + 2 < (rt.current === null ? 1 : rt.current.base + 2)) return [undefined];
        }
      } else if (!(f instanceof LuaFunction)) {
        throw rt.libraryError(typeErrorArg(args, 0, "getinfo", "function or level"), site);
      }
      const isLua = f instanceof LuaClosure || (typeof f === "number" && at !== null && at !== undefined);
      const fn = typeof f === "number" ? rt.fn[rt.depth - f + 1] : f;
      const defined = fn instanceof LuaClosure ? fn.defined : null;
      t.set("what", isLua || defined ? (defined?.line === 0 ? "main" : "Lua") : "C");
      t.set("source", defined ? defined.source : at ? at.source : "=[C]");
      t.set("short_src", defined ? defined.chunk : at ? at.chunk : "[C]");
      t.set("currentline", at ? at.line : -1);
      t.set("linedefined", defined ? defined.line : -1);
      t.set("lastlinedefined", defined ? (defined.line === 0 ? 0 : Number(defined.name) || -1) : -1);
      t.set("nups", 0);
      // The name the caller used for the function at that level ("global 'F'" -> F, namewhat "global").
      const called = typeof f === "number" && f >= 1 ? rt.st[rt.depth - f + 1] : null;
      if (called && called.name !== "?" && called.d1 !== "") {
        t.set("name", called.name);
        t.set("namewhat", called.d1.split(" ")[0].replace("upvalue", "upvalue"));
      } else t.set("namewhat", "");
      if (typeof f !== "number") {
        t.set("func", f);
      }
      return [t];
    }),
  );

  lib.set(
    "traceback",
    new GenNative("traceback", function* (site: Site | null, ...args: LuaValue[]) {
      // debug.traceback([thread,] [message [, level]]): another thread's levels start at 0.
      const thread = args[0] instanceof Coroutine && args[0] !== rt.current ? args[0] : null;
      const a = args[0] instanceof Coroutine ? 1 : 0;
      const msg = args[a];
      if (msg !== undefined && typeof msg !== "string" && typeof msg !== "number") return [msg];
      const frames = thread === null ? stackFrames(site) : threadFrames(thread);
      let level = thread === null ? 1 : 0;
      if (typeof args[a + 1] === "number") level = Math.trunc(args[a + 1] as number);
      else if (typeof args[a + 1] === "string" && /^\s*\d+\s*$/.test(args[a + 1] as string)) {
        level = Number(args[a + 1]);
      }
      if (thread === null) level = Math.max(level, 1);
      else {
        level = Math.max(level, 0);
        frames.unshift(...(thread.status === "suspended" && thread.gen !== null ? ["[C]: in function 'yield'"] : []));
        level = level === 0 ? 1 : level + (frames[0] === "[C]: in function 'yield'" ? 1 : 0);
      }
      // db_errorfb: levels 1..11, then "..." and the last LEVELS2 (10) levels when there are more.
      const out: string[] = [];
      if (msg !== undefined) out.push(rt.tostring(msg) + "\n");
      out.push("stack traceback:");
      let firstPart = true;
      for (let i = level - 1; i < frames.length; i++) {
        if (firstPart && i + 1 >= 12) {
          firstPart = false;
          if (i + 12 <= frames.length) {
            out.push("\n\t...");
            i = frames.length - 11;
            continue;
          }
        }
        out.push("\n\t" + frames[i]);
      }
      return [out.join("")];
    }),
  );

  /**
   * The stack as 5.1's traceback shows it, innermost first: each Lua frame with its current line (the call
   * it is making, or for the innermost the position of `site`), pcall/xpcall as C frames, and the host's
   * C frame at the bottom. Inside an xpcall handler the erring frame shows where the error was raised, under
   * the library function that raised it.
   */
  function stackFrames(site: Site | null): string[] {
    const frames = describeFrames(rt.st, rt.fn, rt.current === null ? 1 : rt.current.base + 1, rt.depth, site, true);
    if (rt.current === null) frames.push("[C]: ?");
    return frames;
  }

  /** A suspended coroutine's frames (it has none of its own once dead or before it starts). */
  function threadFrames(co: Coroutine): string[] {
    if (co.status !== "suspended" || co.gen === null) return [];
    return describeFrames(co.savedSites, co.savedFunctions, 0, co.depth - 1, co.yieldSite, false);
  }

  /** Frames `bottom..top` of a stack, innermost first; `site` is where the innermost one is. */
  function describeFrames(
    st: (Site | null)[],
    fns: (LuaFunction | null)[],
    bottom: number,
    top: number,
    site: Site | null,
    running: boolean,
  ): string[] {
    const frames: string[] = [];
    for (let d = top; d >= bottom; d--) {
      const fn = fns[d];
      const called = st[d];
      let at: Site | null | undefined;
      if (running && d === rt.errorDepth) {
        if (rt.errorNative !== null) frames.push(`[C]: in function '${rt.errorNative}'`);
        at = rt.errorSite;
      } else at = d === top ? site : st[d + 1];
      if (!(fn instanceof LuaClosure)) {
        frames.push(called && called.name !== "?" ? `[C]: in function '${called.name}'` : "[C]: ?");
        continue;
      }
      const where = fn.defined.chunk + ":" + (at && at.line > 0 ? `${at.line}:` : "");
      if (called && called.name !== "?" && called.d1 !== "") frames.push(`${where} in function '${called.name}'`);
      else if (fn.defined.line === 0) frames.push(`${where} in main chunk`);
      else frames.push(`${where} in function <${fn.defined.chunk}:${fn.defined.line}>`);
    }
    return frames;
  }

  state.globals.set("debug", lib);
}
