/**
 * Redis 7.0 Functions (functions.c, function_lua.c): libraries of Lua functions loaded with FUNCTION LOAD,
 * kept by the server (in RDB snapshots and AOF rewrites too) and called with FCALL/FCALL_RO.
 *
 * One Lua state for all libraries, separate from EVAL's, as Redis keeps one per engine. Its globals are
 * read-only. While a library's code runs at load time, the globals it sees are only the load API (a `redis`
 * table with register_function, log and the version): anything else is a nonexistent global. The functions
 * it registers run later through the same entry as EVAL scripts (LuaScripting.runFunction), with the full
 * `redis` library.
 */
import { LuaError, LuaFunction, LuaTable } from "../lua/value.ts";
import type { LuaValue } from "../lua/value.ts";
import type { Client } from "../client.ts";
import type { Server } from "../server.ts";
import { splitArgs } from "../resp/parser.ts";
import { arrayTable, LuaScripting } from "./lua.ts";
import {
  ERR_FUNCTION_LOAD_TIMEOUT,
  ERR_LIB_BAD_NAME,
  ERR_LIB_FUNCTION_TWICE,
  ERR_LIB_INVALID_METADATA,
  ERR_LIB_MISSING_METADATA,
  ERR_LIB_NAME_TWICE,
  ERR_LIB_NO_FUNCTIONS,
  ERR_LIB_NO_NAME,
  ERR_REGISTER_ARGS,
  ERR_REGISTER_CALLBACK_NOT_FUNCTION,
  ERR_REGISTER_DESC_NOT_STRING,
  ERR_REGISTER_FIRST_NOT_STRING,
  ERR_REGISTER_FLAGS_NOT_TABLE,
  ERR_REGISTER_KEY_NOT_STRING,
  ERR_REGISTER_NAME_NOT_STRING,
  ERR_REGISTER_NAMED_NOT_TABLE,
  ERR_REGISTER_NO_CALLBACK,
  ERR_REGISTER_NO_NAME,
  ERR_REGISTER_OUTSIDE_LOAD,
  ERR_REGISTER_SECOND_NOT_FUNCTION,
  ERR_REGISTER_UNKNOWN_ARGUMENT,
  ERR_REGISTER_UNKNOWN_FLAG,
  errLibBadMetadata,
  errLibCompile,
  errLibEngineNotFound,
  errLibExists,
  errLibFunctionExists,
  errLibRegister,
  errLibRestoreExists,
} from "../errors.ts";

/** The one engine Redis 7.0 has, as FUNCTION LIST and STATS name it. */
export const ENGINE_NAME = "LUA";

/** FUNCTION LOAD's time limit for running a library's code (LOAD_TIMEOUT_MS); none when replaying the AOF. */
export const LOAD_TIMEOUT_MS = 500;

import { SCRIPT_FLAG_ALLOW_OOM, SCRIPT_FLAG_NAMES } from "./flags.ts";
export {
  SCRIPT_FLAG_ALLOW_CROSS_SLOT,
  SCRIPT_FLAG_ALLOW_OOM,
  SCRIPT_FLAG_ALLOW_STALE,
  SCRIPT_FLAG_NAMES,
  SCRIPT_FLAG_NO_CLUSTER,
  SCRIPT_FLAG_NO_WRITES,
} from "./flags.ts";

export interface FunctionInfo {
  name: string;
  fn: LuaFunction;
  library: LibraryInfo;
  description: string | null;
  flags: number;
}

export interface LibraryInfo {
  name: string;
  /** The code as loaded, shebang included (what FUNCTION LIST WITHCODE, DUMP, RDB and AOF carry). */
  code: string;
  /** By exact name (a library's own dictionary is case-sensitive). */
  functions: Map<string, FunctionInfo>;
}

/**
 * A set of libraries and the functions they register (functionsLibCtx): the server's current one, or one
 * being built by FUNCTION RESTORE before it joins the current one. Function names are looked up without
 * regard to case, as Redis's functions dictionary does; library names with it.
 */
export class LibraryCtx {
  readonly libraries = new Map<string, LibraryInfo>();
  /** By lower-cased name. */
  readonly functions = new Map<string, FunctionInfo>();

  get functionCount(): number {
    return this.functions.size;
  }

  link(li: LibraryInfo): void {
    for (const fi of li.functions.values()) this.functions.set(fi.name.toLowerCase(), fi);
    this.libraries.set(li.name, li);
  }

  unlink(li: LibraryInfo): void {
    for (const fi of li.functions.values()) this.functions.delete(fi.name.toLowerCase());
    this.libraries.delete(li.name);
  }

  clear(): void {
    this.libraries.clear();
    this.functions.clear();
  }

  /**
   * Moves every library of `src` into this one (libraryJoin): on a library name collision, replaces the old
   * one when `replace`, else fails; a function name colliding with another library's fails either way. On
   * failure nothing changes and the error text is returned.
   */
  join(src: LibraryCtx, replace: boolean): string | null {
    const replaced: LibraryInfo[] = [];
    const undo = (err: string): string => {
      for (const li of replaced) this.link(li);
      return err;
    };
    for (const li of src.libraries.values()) {
      const old = this.libraries.get(li.name);
      if (old === undefined) continue;
      if (!replace) return undo(errLibRestoreExists(li.name));
      this.unlink(old);
      replaced.push(old);
    }
    for (const fi of src.functions.values()) {
      if (this.functions.has(fi.name.toLowerCase())) return undo(errLibFunctionExists(fi.name));
    }
    for (const li of src.libraries.values()) this.link(li);
    src.clear();
    return null;
  }
}

/** functionsVerifyName: letters, digits and underscores, at least one. */
function validName(name: string): boolean {
  return /^[a-zA-Z0-9_]+$/.test(name);
}

/** The `#!<engine> name=<library>` first line (functionExtractLibMetaData). */
function libraryMetadata(code: string): { engine: string; name: string; body: string } | string {
  if (!code.startsWith("#!")) return ERR_LIB_MISSING_METADATA;
  const eol = code.indexOf("\n");
  if (eol < 0) return ERR_LIB_INVALID_METADATA;
  const parts = splitArgs(code.slice(0, eol));
  if (parts === null || parts.length === 0) return ERR_LIB_INVALID_METADATA;
  let name: string | null = null;
  for (const part of parts.slice(1)) {
    if (part.slice(0, 5).toLowerCase() !== "name=") return errLibBadMetadata(part);
    if (name !== null) return ERR_LIB_NAME_TWICE;
    name = part.slice(5);
  }
  if (name === null) return ERR_LIB_NO_NAME;
  // The code keeps its first newline: Lua then counts lines as the whole text does.
  return { engine: parts[0].slice(2), name, body: code.slice(eol) };
}

/** A key of a named-arguments table, compared as strcasecmp does. */
function namedKey(k: LuaValue): string | null {
  if (typeof k === "string") return k.toLowerCase();
  if (typeof k === "number") return String(k);
  return null;
}

/** Lua's lua_isstring then lua_tostring: strings and numbers. */
function luaString(L: { tostring(v: LuaValue): string }, v: LuaValue): string | null {
  if (typeof v === "string") return v;
  if (typeof v === "number") return L.tostring(v);
  return null;
}

export class FunctionsEngine extends LuaScripting {
  /** The server's libraries (curr_functions_lib_ctx). */
  current = new LibraryCtx();
  /** The library whose code is running at load time (the load context), null otherwise. */
  private loading: LibraryInfo | null = null;
  /** The globals' __index while no library loads, and while one does (the load API). */
  private runIndex: LuaValue;
  private loadIndex: LuaValue;

  constructor(server: Server) {
    super(server, "user_function");
    this.newState();
    const L = this.L;
    const meta = this.env.metatable!;
    this.runIndex = meta.get("__index");
    // The load API (luaEngineInitEngine's library globals): `redis` with register_function, log and the
    // version, itself guarded like the globals.
    const loadRedis = new LuaTable();
    loadRedis.set("register_function", L.nativeFunction("register_function", (args) => this.registerFunction(args)));
    this.setLogAndVersion(loadRedis);
    const loadApi = new LuaTable();
    loadApi.set("redis", this.guarded(loadRedis));
    this.loadIndex = this.sandboxGuard(loadApi)[0];
  }

  /** A table that reads through to `t`, raises on a missing name and refuses writes. */
  private guarded(t: LuaTable): LuaTable {
    const [index, newindex] = this.sandboxGuard(t);
    const view = new LuaTable();
    const meta = new LuaTable();
    meta.set("__index", index);
    meta.set("__newindex", newindex);
    meta.set("__metatable", false);
    view.metatable = meta;
    return view;
  }

  /**
   * Compiles a library and runs its code to collect the functions it registers, then links it into `ctx`
   * (functionsCreateWithLibraryCtx): the library's name, or the error text. `timeout` (ms, 0 for none)
   * bounds the load-time run.
   */
  create(code: string, replace: boolean, ctx: LibraryCtx, timeout: number): { name: string } | string {
    const md = libraryMetadata(code);
    if (typeof md === "string") return md;
    if (!validName(md.name)) return ERR_LIB_BAD_NAME;
    if (md.engine.toUpperCase() !== ENGINE_NAME) return errLibEngineNotFound(md.engine);
    const old = ctx.libraries.get(md.name);
    if (old !== undefined && !replace) return errLibExists(md.name);
    if (old !== undefined) ctx.unlink(old);
    const li: LibraryInfo = { name: md.name, code, functions: new Map() };
    let err = this.runLibraryCode(li, md.body, timeout);
    if (err === null && li.functions.size === 0) err = ERR_LIB_NO_FUNCTIONS;
    for (const fi of li.functions.values()) {
      if (err !== null) break;
      if (ctx.functions.has(fi.name.toLowerCase())) err = errLibFunctionExists(fi.name);
    }
    if (err !== null) {
      if (old !== undefined) ctx.link(old);
      return err;
    }
    ctx.link(li);
    return { name: md.name };
  }

  /** luaEngineCreate: compiles and runs the library code with the load API as its globals. */
  private runLibraryCode(li: LibraryInfo, body: string, timeout: number): string | null {
    const L = this.L;
    const fn = L.load(body, "@user_function", this.env);
    if (!(fn instanceof LuaFunction)) return errLibCompile(fn.error);
    const meta = this.env.metatable!;
    meta.set("__index", this.loadIndex);
    this.loading = li;
    const host = this.server.host;
    const started = host.monotonic();
    // Redis checks every 100,000 instructions (luaEngineLoadHook); the error is not catchable by the code
    // (at load time it has no pcall anyway).
    if (timeout > 0) {
      L.setHook(() => {
        if (host.monotonic() - started <= timeout) return false;
        const t = new LuaTable();
        t.set("err", ERR_FUNCTION_LOAD_TIMEOUT);
        throw new LuaError(t);
      }, 100_000);
    }
    try {
      L.call(fn);
      return null;
    } catch (e) {
      if (!(e instanceof LuaError)) throw e;
      return errLibRegister(this.errorText(e).err);
    } finally {
      // Back to the hook every script runs under (busy-reply-threshold).
      L.setHook(() => this.interrupt());
      this.loading = null;
      meta.set("__index", this.runIndex);
    }
  }

  /** redis.register_function(name, callback) or redis.register_function{function_name=, callback=, ...}. */
  private registerFunction(args: LuaValue[]): LuaValue[] {
    const li = this.loading;
    if (li === null) throw this.libraryError(ERR_REGISTER_OUTSIDE_LOAD);
    if (args.length < 1 || args.length > 2) throw this.libraryError(ERR_REGISTER_ARGS);
    const f = args.length === 1 ? this.namedArgs(args[0]) : this.positionalArgs(args[0], args[1]);
    if (!validName(f.name)) throw this.libraryError(ERR_LIB_BAD_NAME);
    if (li.functions.has(f.name)) throw this.libraryError(ERR_LIB_FUNCTION_TWICE);
    li.functions.set(f.name, { ...f, library: li });
    return [];
  }

  private positionalArgs(name: LuaValue, callback: LuaValue): Omit<FunctionInfo, "library"> {
    const n = luaString(this.L, name);
    if (n === null) throw this.libraryError(ERR_REGISTER_FIRST_NOT_STRING);
    if (!(callback instanceof LuaFunction)) throw this.libraryError(ERR_REGISTER_SECOND_NOT_FUNCTION);
    return { name: n, fn: callback, description: null, flags: 0 };
  }

  /** luaRegisterFunctionReadNamedArgs */
  private namedArgs(t: LuaValue): Omit<FunctionInfo, "library"> {
    if (!(t instanceof LuaTable)) throw this.libraryError(ERR_REGISTER_NAMED_NOT_TABLE);
    let name: string | null = null;
    let description: string | null = null;
    let fn: LuaFunction | null = null;
    let flags = 0;
    for (let e = t.next(undefined); e; e = t.next(e[0])) {
      const [k, v] = e;
      const key = namedKey(k);
      if (key === null) throw this.libraryError(ERR_REGISTER_KEY_NOT_STRING);
      if (key === "function_name") {
        name = luaString(this.L, v);
        if (name === null) throw this.libraryError(ERR_REGISTER_NAME_NOT_STRING);
      } else if (key === "description") {
        description = luaString(this.L, v);
        if (description === null) throw this.libraryError(ERR_REGISTER_DESC_NOT_STRING);
      } else if (key === "callback") {
        if (!(v instanceof LuaFunction)) throw this.libraryError(ERR_REGISTER_CALLBACK_NOT_FUNCTION);
        fn = v;
      } else if (key === "flags") {
        if (!(v instanceof LuaTable)) throw this.libraryError(ERR_REGISTER_FLAGS_NOT_TABLE);
        flags = this.readFlags(v);
      } else {
        throw this.libraryError(ERR_REGISTER_UNKNOWN_ARGUMENT);
      }
    }
    if (name === null) throw this.libraryError(ERR_REGISTER_NO_NAME);
    if (fn === null) throw this.libraryError(ERR_REGISTER_NO_CALLBACK);
    return { name, fn, description, flags };
  }

  /** luaRegisterFunctionReadFlags: t[1], t[2] ... up to the first nil, each a flag name in any case. */
  private readFlags(t: LuaTable): number {
    let flags = 0;
    for (let j = 1;; j++) {
      const v = t.get(j);
      if (v === undefined) return flags;
      const s = luaString(this.L, v)?.toLowerCase();
      const flag = SCRIPT_FLAG_NAMES.find(([, n]) => n === s);
      if (flag === undefined) throw this.libraryError(ERR_REGISTER_UNKNOWN_FLAG);
      flags |= flag[0];
    }
  }

  /** Runs a function for `c` with its keys and arguments as the two parameters (luaEngineCall). */
  fcall(c: Client, fi: FunctionInfo, keys: string[], args: string[], readOnly: boolean, argv: readonly string[]): void {
    const refused = this.refusal(c, fi.flags, readOnly);
    if (refused !== null) return c.error(refused);
    this.allowOom = (fi.flags & SCRIPT_FLAG_ALLOW_OOM) !== 0;
    this.runFunction(c, fi.fn, fi.name, [arrayTable(keys), arrayTable(args)], readOnly, false, argv);
  }
}

/**
 * Each server's functions, made on first use (a Lua state costs a few milliseconds). Reached by the FUNCTION
 * commands and by persistence (RDB snapshots carry the libraries).
 */
const engines = new WeakMap<Server, FunctionsEngine>();

export function functionsOf(server: Server): FunctionsEngine {
  let e = engines.get(server);
  if (e === undefined) engines.set(server, e = new FunctionsEngine(server));
  return e;
}

/** The code of every library, for RDB snapshots and FUNCTION DUMP (rdbSaveFunctions): none without an engine. */
export function libraryCodes(server: Server): string[] {
  const e = engines.get(server);
  if (e === undefined) return [];
  return [...e.current.libraries.values()].map((li) => li.code);
}

/** INFO's number_of_functions and number_of_libraries, without making an engine. */
/** The current libraries, without making an engine (INFO's memory figures, scripting/memory.ts). */
export function currentLibraries(server: Server): Iterable<LibraryInfo> {
  return engines.get(server)?.current.libraries.values() ?? [];
}

export function functionCounts(server: Server): { functions: number; libraries: number } {
  const ctx = engines.get(server)?.current;
  return { functions: ctx?.functionCount ?? 0, libraries: ctx?.libraries.size ?? 0 };
}

/**
 * emptyData's part for functions (DEBUG RELOAD empties libraries with the databases): the current libraries
 * taken out, to be put back with restoreLibraries when the reload fails. Null when there were none.
 */
export function takeLibraries(server: Server): LibraryCtx | null {
  const e = engines.get(server);
  if (e === undefined) return null;
  const old = e.current;
  e.current = new LibraryCtx();
  return old;
}

export function restoreLibraries(server: Server, ctx: LibraryCtx | null): void {
  if (ctx !== null) functionsOf(server).current = ctx;
}
