/**
 * The parts of the debug library (ldblib.c) scripts use under Redis: traceback, getinfo (source and line
 * fields), metatables and environments. Hooks and locals are not exposed by this engine.
 */
import type { Site } from "../compiler.ts";
import { Coroutine, GenNative, LuaClosure, typeName } from "../runtime.ts";
import type { LuaState } from "../state.ts";
import { argError, LuaFunction, LuaTable, NativeFunction } from "../value.ts";
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
  def("getmetatable", (args) => [rt.metatable(checkAny(args, 0, "getmetatable")) ?? undefined]);
  def("setmetatable", (args) => {
    const mt = args[1];
    if (mt !== undefined && !(mt instanceof LuaTable)) throw argError(2, "setmetatable", "nil or table expected");
    const o = args[0];
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
          if (rt.depth - f + 2 < 1) return [undefined];
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
      t.set("lastlinedefined", defined ? Number(defined.name) || -1 : -1);
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
      const msg = args[0];
      if (msg !== undefined && typeof msg !== "string" && typeof msg !== "number") return [msg];
      const lines: string[] = [];
      if (msg !== undefined) lines.push(rt.tostring(msg));
      lines.push("stack traceback:");
      if (site) lines.push(`\t${site.chunk}:${site.line}: in main chunk`);
      lines.push("\t[C]: ?");
      return [lines.join("\n")];
    }),
  );

  state.globals.set("debug", lib);
}
