/** The base library (lbaselib.c) as Redis loads it: no dofile/loadfile. */
import type { Site } from "../compiler.ts";
import { str2number, str2numberBase } from "../number.ts";
import { GenNative, lastError, LuaClosure, runtimeError, typeName, where, YIELD } from "../runtime.ts";
import type { LuaState } from "../state.ts";
import {
  argError,
  checkWritable,
  LuaError,
  LuaFunction,
  LuaLibError,
  LuaTable,
  NativeFunction,
  READONLY_MARK,
} from "../value.ts";
import type { LuaValue } from "../value.ts";
import { checkAny, checkInt, checkString, checkTable, optInt, optString, typeErrorArg } from "./lauxlib.ts";

const EMPTY: LuaValue[] = [];

export function openBase(state: LuaState, print: ((line: string) => void) | undefined): void {
  const rt = state.runtime;
  const G = state.globals;
  const def = (name: string, impl: (args: LuaValue[]) => LuaValue[]): NativeFunction => {
    const f = new NativeFunction(name, impl);
    G.set(name, f);
    return f;
  };
  const defGen = (name: string, fn: GenNative["fn"]): GenNative => {
    const f = new GenNative(name, fn);
    G.set(name, f);
    return f;
  };

  G.set("_G", G);
  G.set("_VERSION", "Lua 5.1");

  def("print", (args) => {
    const parts: string[] = [];
    for (let i = 0; i < args.length; i++) parts.push(rt.tostring(args[i]));
    if (print !== undefined) print(parts.join("\t"));
    return EMPTY;
  });

  def("type", (args) => [typeName(checkAny(args, 0, "type"))]);

  def("tostring", (args) => [rt.tostringValue(checkAny(args, 0, "tostring"))]);

  def("tonumber", (args) => {
    const base = optInt(args, 1, "tonumber", 10);
    const v = args[0];
    if (base === 10) {
      checkAny(args, 0, "tonumber");
      if (typeof v === "number") return [v];
      if (typeof v === "string") return [str2number(v)];
      return [undefined];
    }
    const s = checkString(args, 0, "tonumber");
    if (base < 2 || base > 36) throw argError(2, "tonumber", "base out of range");
    return [str2numberBase(s, base)];
  });

  const next = def("next", (args) => {
    const t = checkTable(args, 0, "next");
    const r = t.next(args[1]);
    if (r === null) throw new LuaLibError("invalid key to 'next'");
    return r === undefined ? [undefined] : r;
  });
  rt.nextFn = next;

  def("pairs", (args) => [next, checkTable(args, 0, "pairs"), undefined]);

  const inext = new NativeFunction("ipairs_aux", (args) => {
    const t = checkTable(args, 0, "ipairs_aux");
    const i = checkInt(args, 1, "ipairs_aux") + 1;
    const v = t.get(i);
    return v === undefined ? EMPTY : [i, v];
  });
  rt.inextFn = inext;
  def("ipairs", (args) => [inext, checkTable(args, 0, "ipairs"), 0]);

  def("rawget", (args) => {
    const t = checkTable(args, 0, "rawget");
    checkAny(args, 1, "rawget");
    return [t.get(args[1])];
  });

  def("rawset", (args) => {
    const t = checkTable(args, 0, "rawset");
    checkAny(args, 1, "rawset");
    checkAny(args, 2, "rawset");
    const k = args[1];
    if (k === undefined) throw new LuaLibError("table index is nil");
    if (typeof k === "number" && Number.isNaN(k)) throw new LuaLibError("table index is NaN");
    checkWritable(t);
    t.set(k, args[2]);
    return [t];
  });

  def("rawequal", (args) => {
    checkAny(args, 0, "rawequal");
    checkAny(args, 1, "rawequal");
    return [args[0] === args[1]];
  });

  def("setmetatable", (args) => {
    const t = checkTable(args, 0, "setmetatable");
    const mt = args[1];
    if (mt !== undefined && !(mt instanceof LuaTable)) throw argError(2, "setmetatable", "nil or table expected");
    if (t.metatable !== null && t.metatable.get("__metatable") !== undefined) {
      throw new LuaLibError("cannot change a protected metatable");
    }
    checkWritable(t);
    t.metatable = mt ?? null;
    return [t];
  });

  def("getmetatable", (args) => {
    checkAny(args, 0, "getmetatable");
    const mt = rt.metatable(args[0]);
    if (mt === null || mt === READONLY_MARK) return [undefined];
    const protectedValue = mt.get("__metatable");
    return [protectedValue !== undefined ? protectedValue : mt];
  });

  def("assert", (args) => {
    checkAny(args, 0, "assert");
    if (args[0] === undefined || args[0] === false) {
      throw new LuaLibError(optString(args, 1, "assert", "assertion failed!"));
    }
    return args;
  });

  defGen("error", function* (site: Site | null, ...args: LuaValue[]) {
    let msg = args[0];
    const level = optInt(args, 1, "error", 1);
    if ((typeof msg === "string" || typeof msg === "number") && level > 0) {
      const at = level === 1 ? site : rt.st[rt.depth - level + 2];
      // luaL_where then lua_concat: a number becomes a string even where there is no position to add.
      msg = where(at) + rt.tostring(msg);
    }
    lastError.site = site;
    lastError.native = "error";
    const e = new LuaError(msg);
    if (site) e.raisedAt = site;
    throw e;
  });

  /**
   * Runs a call as from a C function: budget stops pass through to the runner, a coroutine.yield inside
   * fails as in 5.1 ("attempt to yield across ...").
   */
  function* asCFunction(g: Generator<unknown, LuaValue[], unknown>): Generator<unknown, LuaValue[], unknown> {
    let r = g.next();
    while (!r.done) {
      if (r.value === YIELD) r = g.throw(new LuaError("attempt to yield across metamethod/C-call boundary"));
      else r = g.next(yield r.value);
    }
    return r.value;
  }

  /**
   * Runs `f` for pcall/xpcall as a C function would: its frame counts for error levels, budget stops pass
   * through, and a coroutine.yield inside fails as in 5.1 ("attempt to yield across ...").
   */
  function* protectedCall(
    self: GenNative,
    site: Site | null,
    f: LuaValue,
    args: LuaValue[],
    handled = false,
    handler: LuaValue = undefined,
  ): Generator<unknown, LuaValue[], unknown> {
    const depth = rt.depth;
    const current = rt.current;
    const cCalls = rt.cCalls;
    rt.depth++;
    rt.st[rt.depth] = site;
    rt.fn[rt.depth] = self;
    try {
      rt.enterC(null);
      const values = yield* asCFunction(rt.invoke(f, args));
      rt.depth = depth;
      rt.cCalls = cCalls;
      return [true, ...values];
    } catch (e) {
      const value = rt.errorValue(e);
      rt.current = current;
      rt.cCalls = cCalls;
      if (!handled) {
        rt.depth = depth;
        return [false, value];
      }
      // xpcall's handler runs where the error was raised, before the stack unwinds (luaD_throw calls it):
      // frames only pop their depth on return, so rt.depth and the frames under it are still the erring
      // ones, and debug.traceback or getinfo in the handler see them.
      const saved = [rt.errorDepth, rt.errorSite, rt.errorNative] as const;
      rt.errorDepth = rt.depth;
      rt.errorSite = lastError.site;
      rt.errorNative = lastError.native;
      try {
        return [false, (yield* asCFunction(rt.invoke(handler, [value])))[0]];
      } catch (e2) {
        // An error in the handler: 5.1 reports LUA_ERRERR with this text.
        rt.errorValue(e2);
        return [false, "error in error handling"];
      } finally {
        rt.depth = depth;
        rt.current = current;
        [rt.errorDepth, rt.errorSite, rt.errorNative] = saved;
      }
    }
  }

  const pcall: GenNative = defGen("pcall", function* (site: Site | null, ...args: LuaValue[]) {
    if (args.length === 0) throw rt.libraryError(argError(1, "pcall", "value expected"), site);
    return yield* protectedCall(pcall, site, args[0], args.slice(1));
  });

  const xpcall: GenNative = defGen("xpcall", function* (site: Site | null, ...args: LuaValue[]) {
    if (args.length < 2) throw rt.libraryError(argError(2, "xpcall", "value expected"), site);
    return yield* protectedCall(xpcall, site, args[0], [], true, args[1]);
  });

  defGen("select", function* (site: Site | null, ...args: LuaValue[]) {
    const n = args.length;
    if (args[0] === "#") return [n - 1];
    let i: number;
    try {
      i = checkInt(args, 0, "select");
      if (i < 0) i = n + i;
      else if (i > n) i = n;
      if (i < 1) throw argError(1, "select", "index out of range");
    } catch (e) {
      throw rt.libraryError(e, site);
    }
    return args.slice(i);
  });

  def("unpack", (args) => {
    const t = checkTable(args, 0, "unpack");
    const i = optInt(args, 1, "unpack", 1);
    const j = args[2] === undefined ? t.length() : checkInt(args, 2, "unpack");
    if (i > j) return EMPTY;
    const n = j - i + 1;
    if (n >= 8000 || n <= 0) throw new LuaLibError("too many results to unpack");
    const out: LuaValue[] = new Array(n);
    for (let k = 0; k < n; k++) out[k] = t.get(i + k);
    return out;
  });

  const loadResult = (
    r: LuaFunction | { error: string },
  ): LuaValue[] => (r instanceof LuaFunction ? [r] : [undefined, r.error]);

  def("loadstring", (args) => {
    const s = checkString(args, 0, "loadstring");
    const name = optString(args, 1, "loadstring", s);
    return loadResult(state.load(s, name, rt.threadEnv()));
  });

  def("load", (args) => {
    const f = args[0];
    if (!(f instanceof LuaFunction)) throw typeErrorArg(args, 0, "load", "function");
    const name = optString(args, 1, "load", "=(load)");
    const pieces: string[] = [];
    for (;;) {
      const piece = rt.call(f, EMPTY)[0];
      if (piece === undefined || piece === "") break;
      if (typeof piece !== "string") return [undefined, "reader function must return a string"];
      pieces.push(piece);
    }
    return loadResult(state.load(pieces.join(""), name, rt.threadEnv()));
  });

  /** The function at a getfenv/setfenv level (1 = the caller), or the function given. */
  const levelFunction = (args: LuaValue[], fname: string): LuaValue => {
    const f = args[0];
    if (f instanceof LuaFunction) return f;
    const level = optInt(args, 0, fname, 1);
    if (level < 0) throw argError(1, fname, "level must be non-negative");
    if (level === 0) return undefined;
    const fn = rt.fn[rt.depth - level + 1];
    if (rt.depth - level + 1 < 1 || fn === undefined) throw argError(1, fname, "invalid level");
    return fn ?? undefined;
  };

  def("getfenv", (args) => {
    const f = levelFunction(args, "getfenv");
    return [f instanceof LuaClosure ? f.env : rt.threadEnv()];
  });

  def("setfenv", (args) => {
    const t = checkTable(args, 1, "setfenv");
    const f = levelFunction(args, "setfenv");
    if (f === undefined && args[0] === 0) {
      rt.setThreadEnv(t);
      return EMPTY;
    }
    if (!(f instanceof LuaClosure)) throw new LuaLibError("'setfenv' cannot change environment of given object");
    f.env = t;
    return [f];
  });

  const gcCount = 24.5;
  def("gcinfo", () => [Math.floor(gcCount)]);
  def("collectgarbage", (args) => {
    const opt = optString(args, 0, "collectgarbage", "collect");
    switch (opt) {
      case "collect":
        return [0];
      case "count":
        return [gcCount];
      case "step":
        return [false];
      case "stop":
      case "restart":
        return [0];
      case "setpause":
      case "setstepmul":
        return [200];
      default:
        throw argError(1, "collectgarbage", `invalid option '${opt}'`);
    }
  });
  void gcCount;
  void runtimeError;
}
