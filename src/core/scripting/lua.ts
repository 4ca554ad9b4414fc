/**
 * The Redis side of Lua scripting (eval.c, script_lua.c, script.c in Redis 7.0): one Lua state per server
 * with the `redis` library and the sandbox, the script cache by SHA1, running a script for a client, and the
 * conversions between Lua values and replies.
 *
 * Commands a script calls run through the normal dispatch on a fake client (Redis's `lctx.lua_client`): its
 * reply bytes are parsed back into Lua values, exactly as Redis converts the reply buffer of its fake client.
 * So a command behaves the same from a script as from a connection (keyspace events, WATCH, stats).
 */
import { LuaState } from "../lua/state.ts";
import type { Execution } from "../lua/state.ts";
import { ScriptRun } from "./busy.ts";
import { argError, isReadonly, LuaError, LuaFunction, LuaLibError, LuaTable, setReadonly } from "../lua/value.ts";
import { GenNative } from "../lua/runtime.ts";
import type { Site } from "../lua/compiler.ts";
import { checkInt } from "../lua/lib/lauxlib.ts";
import type { LuaValue } from "../lua/value.ts";
import { Client, CLIENT_DENY_BLOCKING, CLIENT_MASTER } from "../client.ts";
import type { Server } from "../server.ts";
import type { Transport } from "../host.ts";
import type { ReplyWriter } from "../resp/writer.ts";
import { sha1hex } from "../sha1.ts";
import type { Command } from "../commands/table.ts";
import {
  runningStale,
  SCRIPT_FLAG_ALLOW_OOM,
  SCRIPT_FLAG_ALLOW_STALE,
  SCRIPT_FLAG_EVAL_COMPAT_MODE,
  SCRIPT_FLAG_NAMES,
  SCRIPT_FLAG_NO_WRITES,
  scriptFlagsToCmdFlags,
} from "./flags.ts";
import type { DeclaredCommandFlags } from "./flags.ts";
import { VERSION } from "../server.ts";
import {
  ERR_LUA_BAD_ARG,
  ERR_LUA_LOG_ARGS,
  ERR_LUA_LOG_LEVEL,
  ERR_LUA_LOG_LEVEL_TYPE,
  ERR_LUA_NO_ARGS,
  ERR_LUA_NOSCRIPT_COMMAND,
  ERR_LUA_SET_REPL_ARGS,
  ERR_LUA_SET_REPL_FLAGS,
  ERR_LUA_SETRESP_ARGS,
  ERR_LUA_SETRESP_VERSION,
  ERR_LUA_STALE,
  ERR_LUA_UNKNOWN_COMMAND,
  ERR_LUA_UNKNOWN_ERROR,
  ERR_LUA_WRITE_IN_READONLY,
  ERR_LUA_WRONG_ARGS,
  ERR_LUA_WRONG_ARGS_TYPE,
  ERR_LUA_WRONG_ARITY,
  ERR_MASTERDOWN,
  ERR_MISCONF,
  ERR_NOREPLICAS,
  ERR_OOM,
  ERR_READONLY_REPLICA,
  ERR_SCRIPT_KILLED,
  ERR_SCRIPT_MASTERDOWN,
  ERR_SCRIPT_MISCONF_RDB,
  ERR_SCRIPT_OOM,
  ERR_SCRIPT_READONLY,
  ERR_SCRIPT_RO_WRITE,
  errAofMisconf,
  errScriptCompile,
  errScriptMisconfAof,
  errShebangEngine,
  errShebangFlag,
} from "../errors.ts";

/** Messages Lua code sees (raised as Lua errors with their position, not as Redis error replies). */
const LUA_READONLY_TABLE = "Attempt to modify a readonly table";
const LUA_NONEXISTENT_GLOBAL = "Script attempted to access nonexistent global variable '";
const LUA_PROTECTED_KEY_TYPE = "Second argument to luaProtectedTableError must be a string or number";
const LUA_RANDOM_ARGS = "wrong number of arguments";
const LUA_INTERVAL_EMPTY = "interval is empty";

/** A cached script: its body and compiled main function. */
export interface Script {
  body: string;
  /** Its SHA1 in lowercase hex, as the cache keys it. */
  sha: string;
  fn: LuaFunction;
  /** `#!lua flags=no-writes`: the script may not write even from EVAL. */
  noWrites: boolean;
  /**
   * The script has a shebang (it declares its flags): it then runs under the rules functions run under
   * (scriptPrepareForRun), such as EVAL_RO refusing it unless it declares no-writes.
   */
  declared: boolean;
  /**
   * A shebang without allow-oom or no-writes: EVAL is then a denyoom command (scriptFlagsToCmdFlags), refused
   * whole while memory is full.
   */
  denyOom?: boolean;
  /** `#!lua flags=allow-oom`: denyoom commands run even while memory is full. */
  allowOom?: boolean;
  /** The shebang's flags (SCRIPT_FLAG_*), SCRIPT_FLAG_EVAL_COMPAT_MODE without one. */
  flags: number;
}

/** Globals Redis 7.0 leaves to scripts (the rest of the standard libraries is removed). */
const ALLOWED_GLOBALS = new Set([
  "_G",
  "_VERSION",
  "assert",
  "bit",
  "cjson",
  "cmsgpack",
  "collectgarbage",
  "coroutine",
  "error",
  "gcinfo",
  "getmetatable",
  "ipairs",
  "load",
  "loadstring",
  "math",
  "next",
  "pairs",
  "pcall",
  "rawequal",
  "rawget",
  "rawset",
  "redis",
  "select",
  "setmetatable",
  "string",
  "struct",
  "table",
  "tonumber",
  "tostring",
  "type",
  "unpack",
  "xpcall",
]);

/** What redis.call() passes to the min-replicas check: any write. */
const ANY_WRITE = { write: true } as Command;
/** How writeCommandsGetDiskErrorMessage begins for the AOF, before strerror's text. */
const AOF_MISCONF = errAofMisconf("");

/** Redis's log levels as `redis.log` takes them, and the prefix serverLog prints for each. */
const LOG_LEVELS = ["LOG_DEBUG", "LOG_VERBOSE", "LOG_NOTICE", "LOG_WARNING"];
const LOG_MARKS = [".", "-", "*", "#"];

/**
 * How long a timed-out script runs between two visits of the event loop. Redis serves events every
 * 100,000 Lua instructions; a slice this long keeps other clients' -BUSY replies prompt while the script
 * loses little to the timer between slices.
 */
const SLICE_MS = 20;

/**
 * Arguments of redis.call longer than this are copied (a rope a script built becomes flat where the engine's
 * slice flattens): a deep rope is long, one char per `..` at least.
 */
const FLAT_COPY_MIN = 32;

/** Thrown where a killed script stops. */
const KILLED = Symbol("killed");

/** PROPAGATE_AOF | PROPAGATE_REPL: the flags `redis.set_repl` accepts. */
const REPL_ALL = 3;

/** The script being run and what its `redis.call`s may do. */
interface RunContext {
  caller: Client;
  /** The script's SHA1 (EVAL) or the function's name (FCALL), as error replies name it. */
  name: string;
  readOnly: boolean;
}

/**
 * A transport that goes nowhere: the fake client's replies are read back from its writer. MONITOR shows its
 * commands as coming from "lua", as Redis shows its script client's.
 */
const NO_TRANSPORT: Transport = {
  write() {},
  close() {},
  abort() {},
  bufferedBytes: () => 0,
  remoteAddress: "lua",
  localAddress: "",
  fd: -1,
};

/**
 * State of Redis's rand48 generator (math.random), from rand.c's initial x[] (Redis 7.0 never seeds it):
 * one sequence per server for its whole life, as rand.c's is one C global: EVAL scripts and functions
 * continue the same sequence, kept across SCRIPT FLUSH.
 */
const rand48States = new WeakMap<Server, { x: bigint }>();

/**
 * What EVAL and functions share (script_lua.c): a sandboxed Lua state with the `redis` library, the fake
 * client `redis.call` runs commands on, and running a Lua function for a client with its error and its reply
 * converted as Redis does. `chunk` names the code in error positions: user_script for EVAL, user_function
 * for function libraries (each kind has its own Lua state, as in Redis).
 */
export class LuaScripting {
  protected readonly server: Server;
  protected L!: LuaState;
  /** What scripts see as their globals: reads of undeclared names and all writes raise errors. */
  protected env!: LuaTable;
  protected readonly luaClient: Client;
  private readonly chunk: string;
  /** "user_script:12: " at the start of an error message: the position Lua gave it. */
  private readonly position: RegExp;
  private run: RunContext | null = null;
  /** What `run` is while a script runs: one object for every run (scripts do not nest). */
  private readonly context: RunContext = { caller: null as unknown as Client, name: "", readOnly: false };
  /** The running script may go back to the event loop (it runs for a top-level command). */
  private yieldable = false;
  /** host.monotonic() when the current slice of a timed-out script began. */
  private sliceStart = 0;
  /** The running script declared allow-oom. */
  protected allowOom = false;
  /**
   * Error tables already counted in INFO errorstats: a command's error reply (redis.pcall's result, or what
   * redis.call raises) and scriptCall's refusals. Raising or returning one does not count it again (Redis's
   * ignore_error_stats_update).
   */
  private counted = new WeakSet<LuaTable>();
  private readonly rand48: { x: bigint };
  /** The __newindex of read-only tables. */
  protected readOnlyError: LuaValue = undefined;

  constructor(server: Server, chunk: string) {
    this.server = server;
    this.chunk = chunk;
    this.position = new RegExp(`^${chunk}:(\\d+): `);
    this.luaClient = new Client(server, 0, NO_TRANSPORT);
    this.luaClient.authenticated = true;
    this.luaClient.flags |= CLIENT_DENY_BLOCKING;
    let rand = rand48States.get(server);
    if (rand === undefined) rand48States.set(server, rand = { x: 0x1234abcd330en });
    this.rand48 = rand;
  }

  /**
   * A new Lua state with Redis's libraries and sandbox (luaRegisterRedisAPI and the protection of the
   * globals): the standard library trimmed to what Redis leaves, Redis's math.random, and `redis`.
   */
  protected newState(): void {
    const L = new LuaState({ print: () => {} }).openRedisLibraries();
    this.L = L;
    L.setHook(() => this.interrupt());
    const g = L.globals;
    for (const name of [...this.globalNames(g)]) if (!ALLOWED_GLOBALS.has(name)) g.set(name, undefined);
    const math = g.get("math") as LuaTable;
    math.set("random", L.nativeFunction("random", (args) => [this.mathRandom(args)]));
    math.set(
      "randomseed",
      L.nativeFunction("randomseed", (args) => {
        this.srand48(checkInt(args, 0, "randomseed"));
        return [];
      }),
    );
    // The globals themselves are protected, as Redis protects _G (luaSetErrorMetatable, and read-only):
    // reading a name they lack raises, writing raises, through `_G` too. Scripts run in an empty table that
    // reads through to them (a table as __index, so a global that exists costs two lookups, no call).
    const [index, newindex] = this.sandboxGuard(g);
    this.readOnlyError = newindex;
    const gmeta = new LuaTable();
    gmeta.set("__index", index);
    gmeta.set("__newindex", newindex);
    const env = new LuaTable();
    const meta = new LuaTable();
    meta.set("__index", g);
    meta.set("__newindex", newindex);
    env.metatable = meta;
    this.env = env;
    g.set("redis", this.readOnlyView(this.redisLibrary()));
    g.set("pcall", this.redisPcall(g.get("pcall") as LuaFunction));
    g.metatable = gmeta;
    // luaSetTableProtectionRecursively: every table reachable from the globals is read-only, and the
    // string metatable too.
    protectRecursively(g);
    const [stringMeta] = L.call(g.get("getmetatable"), "");
    if (stringMeta instanceof LuaTable) protectRecursively(stringMeta);
  }

  /**
   * Redis's pcall (luaRedisPcall): a caught error that is a table with a string `err` (what redis.call and
   * the `redis` library raise) is returned as that string, as Redis before 7.0 raised them.
   */
  private redisPcall(pcall: LuaFunction): LuaFunction {
    const inner = (pcall as GenNative).fn;
    return new GenNative("pcall", function* (site: Site | null, ...args: LuaValue[]) {
      // Without arguments it calls the boolean it put first (lua_pcall with -1 arguments).
      if (args.length === 0) return [false, "attempt to call a boolean value"];
      const r = yield* inner(site, ...args);
      if (r[0] === false && r[1] instanceof LuaTable) {
        const err = r[1].get("err");
        if (typeof err === "string" || typeof err === "number") return [false, err];
        // Another `err` stays on the stack after the table, nil included (luaRedisPcall returns it too).
        return [false, r[1], err];
      }
      return r;
    });
  }

  /**
   * The metamethods of a sandboxed table over `G` (luaSetErrorMetatable and the read-only protection): reading
   * a name `G` lacks raises "Script attempted to access nonexistent global variable", writing raises "Attempt
   * to modify a readonly table". They are library functions, as Redis's are C functions: the error is
   * positioned at the script's line that indexed, and raised there.
   */
  protected sandboxGuard(G: LuaTable): LuaValue[] {
    const L = this.L;
    const index = L.nativeFunction("__index", (args) => {
      const k = args[1];
      const v = G.get(k);
      if (v !== undefined) return [v];
      if (typeof k !== "string" && typeof k !== "number") throw new LuaLibError(LUA_PROTECTED_KEY_TYPE);
      throw new LuaLibError(LUA_NONEXISTENT_GLOBAL + L.tostring(k) + "'");
    });
    const newindex = L.nativeFunction("__newindex", () => {
      throw new LuaLibError(LUA_READONLY_TABLE);
    });
    return [index, newindex];
  }

  private *globalNames(g: LuaTable): Generator<string> {
    const L = this.L;
    const next = g.get("next");
    let k: LuaValue = undefined;
    for (;;) {
      const [key] = L.call(next, g, k);
      if (key === undefined) return;
      if (typeof key === "string") yield key;
      k = key;
    }
  }

  /** `t` made read-only (Redis protects its library tables): writes raise "Attempt to modify a readonly table". */
  protected readOnlyView(t: LuaTable): LuaTable {
    setReadonly(t);
    return t;
  }

  /**
   * Runs a compiled script or function for `c` with `args` and writes its reply (luaCallFunction): the
   * one entry EVAL and FCALL share. `name` is what an error reply names (the SHA1, or the function). A
   * script still running after busy-reply-threshold yields: the command finishes later (see `proceed`).
   */
  protected runFunction(
    c: Client,
    fn: LuaFunction,
    name: string,
    args: LuaValue[],
    readOnly: boolean,
    isEval: boolean,
    argv: readonly string[],
  ): void {
    this.luaClient.db = c.db;
    this.luaClient.reply.proto = 2;
    const run = this.context;
    run.caller = c;
    run.name = name;
    run.readOnly = readOnly;
    this.run = run;
    const script = new ScriptRun(c, name, isEval, argv);
    this.yieldable = c.canYield(true);
    this.server.runningScript = script;
    this.proceed(this.L.start(fn, ...args), script, script.startedAt);
  }

  /**
   * Runs the script until it ends, or until the hook asks to go back to the event loop (scriptInterrupt):
   * then the next slice runs from a timer, and other clients are served in between. SCRIPT KILL takes
   * effect at the start of a slice.
   */
  private proceed(exec: Execution, run: ScriptRun, now: number): void {
    const server = this.server;
    run.timer = null;
    server.time = run.time;
    server.currentClient = run.caller;
    this.sliceStart = now;
    let result: LuaValue;
    let failure: unknown = null;
    /** Where a killed script was: the line its last pause happened on. */
    let killedAt = 1;
    try {
      if (run.killed) {
        if (exec.pausedLine > 0) killedAt = exec.pausedLine;
        exec.cancel();
        server.host.log("# Lua script killed by user with SCRIPT KILL.");
        throw KILLED;
      }
      const r = exec.run();
      if (!r.done) {
        if (run.caller.yielded === null) run.caller.yieldCommand();
        // One millisecond, what Node makes of 0 anyway: a test's clock then runs one slice per step.
        run.timer = server.host.setTimer(1, () => this.proceed(exec, run, server.host.monotonic()));
        return;
      }
      result = r.values[0];
    } catch (e) {
      failure = e;
    }
    this.run = null;
    server.runningScript = null;
    // The fake client's commands were counted for INFO commandstats; their time is in the script's command's
    // own (an empty input loop of the fake client gave them next to nothing, for three clock reads).
    this.luaClient.settleTimed(0);
    // A script that went back to the event loop ran its last slice on its start's time snapshot: what runs
    // after it (its reply, the caller's waiting input) has the clock read afresh, as after any other event.
    if (run.caller.yielded !== null) server.time = server.host.now();
    const c = run.caller;
    if (c.yielded !== null) c.finishYieldedCommand(() => this.replyResult(c, run.name, result, failure, killedAt));
    else this.replyResult(c, run.name, result, failure, killedAt);
  }

  /** The script's reply: its value converted, or the error that ended it. */
  private replyResult(c: Client, name: string, result: LuaValue, failure: unknown, killedAt: number): void {
    // Redis names the line its hook stopped at; the pause points here are the starts of loop bodies and of
    // function bodies, so the line is the body that was running.
    if (failure === KILLED) return c.error(this.positioned(ERR_SCRIPT_KILLED, name, killedAt));
    if (failure !== null) {
      if (!(failure instanceof LuaError)) throw failure;
      const msg = this.errorReply(failure, name);
      if (failure.value instanceof LuaTable && this.counted.has(failure.value)) countedError(c, msg);
      else c.error(msg);
      return;
    }
    const resp = this.luaClient.reply.proto;
    luaToReply(c.reply, result, resp, (msg, t) => (this.counted.has(t) ? countedError(c, msg) : c.error(msg)));
  }

  /**
   * The step hook (luaMaskCountHook, scriptInterrupt): past busy-reply-threshold the script is timed out
   * (logged once, as Redis does) and pauses so the event loop can serve other clients; then it pauses
   * again after each further slice of SLICE_MS (inside EXEC too, which then yields with it).
   */
  protected interrupt(): boolean {
    const run = this.server.runningScript;
    if (run === null) return false;
    const now = this.server.host.monotonic();
    if (!run.timedOut) {
      const elapsed = now - run.startedAt;
      // 0 turns the check off: Redis then installs no hook, and scripts never time out.
      const threshold = this.server.config.getNumber("busy-reply-threshold");
      if (threshold <= 0 || elapsed < threshold) return false;
      run.timedOut = true;
      this.server.host.log(
        `# Slow script detected: still in execution after ${
          Math.floor(elapsed)
        } milliseconds. You can try killing the script using the ${
          run.isEval ? "SCRIPT KILL" : "FUNCTION KILL"
        } command. Script name is: ${run.name}.`,
      );
      return this.yieldable;
    }
    return this.yieldable && now - this.sliceStart >= SLICE_MS;
  }

  /**
   * The Redis text of an error that ended a chunk (luaExtractErrorInformation after Redis's error handler):
   * a table's `err` (what redis.call and the `redis` library raise), any other value "ERR " + its text; and
   * the source and line of the Lua code that raised it (line 0 when unknown).
   */
  protected errorText(e: LuaError): { err: string; line: number; source: string } {
    const value = e.value;
    // Where the error was raised: the Lua code that raised it, or that called the library function that
    // did (the error handler's getinfo(2), or getinfo(3) past a C function), whatever error level it gave.
    const at = e.raisedAt;
    let line = at !== null ? at.line : 0;
    const source = at !== null ? at.source : "@" + this.chunk;
    if (value instanceof LuaTable) {
      const err = value.get("err");
      // {err=...} with a string or number; a table without one crashes redis-server 7.0.15 (a NULL message).
      return {
        err: typeof err === "string" ? err : typeof err === "number" ? this.L.tostring(err) : ERR_LUA_UNKNOWN_ERROR,
        line,
        source,
      };
    }
    const text = typeof value === "string" ? value : this.L.tostring(value);
    if (line === 0) {
      const m = this.position.exec(text);
      if (m !== null) line = Number(m[1]);
    }
    return { err: "ERR " + text, line, source };
  }

  /**
   * The error reply for an error that ended a script: what Redis's error handler makes of it ({err=...,
   * source=..., line=...}) turned into "-<err> script: <name>, on @user_script:<line>.".
   */
  private errorReply(e: LuaError, name: string): string {
    const { err, line, source } = this.errorText(e);
    // Newlines become spaces in the whole reply, the source included (addReplyErrorSdsEx).
    return (line > 0 ? this.positioned(err, name, line, source) : err).replace(/[\r\n]/g, " ");
  }

  /** An error that ended a script, with where: "<err> script: <name>, on @user_script:<line>.". */
  private positioned(err: string, name: string, line: number, source = "@" + this.chunk): string {
    return `${err} script: ${name}, on ${source}:${line}.`;
  }

  /**
   * scriptPrepareForRun's checks, in its order, for a script with these flags (SCRIPT_FLAG_EVAL_COMPAT_MODE
   * for an EVAL script that declared none) run by `c`, `ro` for EVAL_RO, EVALSHA_RO and FCALL_RO: the error
   * that refuses it, or null. Most of them were already made by processCommand with the declared flags
   * (Server.gate); these catch what changed since (a transaction queued before) and the compatibility
   * mode's stale replica.
   */
  protected refusal(c: Client, flags: number, ro: boolean): string | null {
    const server = this.server;
    const stale = runningStale(server);
    if ((flags & SCRIPT_FLAG_EVAL_COMPAT_MODE) !== 0) return stale ? ERR_MASTERDOWN : null;
    if (stale && (flags & SCRIPT_FLAG_ALLOW_STALE) === 0) return ERR_SCRIPT_MASTERDOWN;
    const obey = (c.flags & CLIENT_MASTER) !== 0;
    if ((flags & SCRIPT_FLAG_NO_WRITES) === 0) {
      if (server.replication.masterHost !== null && server.config.get("replica-read-only") === "yes" && !obey) {
        return ERR_SCRIPT_READONLY;
      }
      const misconf = obey ? null : server.persistence?.writeDeniedError() ?? null;
      if (misconf !== null) {
        return misconf === ERR_MISCONF
          ? ERR_SCRIPT_MISCONF_RDB
          : errScriptMisconfAof(misconf.slice(AOF_MISCONF.length));
      }
      if (ro) return ERR_SCRIPT_RO_WRITE;
      if (server.replication.writeGate?.(c, ANY_WRITE) ?? null) return ERR_NOREPLICAS;
    }
    if (
      server.eviction.oomAtCommandStart && (flags & (SCRIPT_FLAG_ALLOW_OOM | SCRIPT_FLAG_NO_WRITES)) === 0
    ) return ERR_SCRIPT_OOM;
    return null;
  }

  /** Raises an error of the `redis` library: Redis raises an {err=...} table (luaPushError + luaError). */
  protected libraryError(text: string): LuaError {
    return new LuaError(errorTable(errorTableText(text.startsWith("-") ? text : "-" + text)));
  }

  /**
   * A refusal of scriptCall (unknown command, arity, ACL, writes, OOM ...): counted in INFO errorstats when
   * raised (afterErrorReply), so the table it raises is not counted again, and in the command's
   * rejected_calls (incrCommandStatsOnError), which also keeps it from failing the EVAL or FCALL.
   */
  private refused(text: string, cmd?: Command): LuaError {
    const e = this.libraryError(text);
    const t = e.value as LuaTable;
    const stats = this.server.stats;
    this.server.countError(t.get("err") as string);
    if (cmd !== undefined) cmd.rejectedCalls++;
    stats.errorMark = stats.errorReplies;
    this.counted.add(t);
    return e;
  }

  /** `redis.log` (luaLogCommand), which library code may call while it loads too. */
  protected redisLog(args: LuaValue[]): LuaValue[] {
    if (args.length < 2) throw this.libraryError(ERR_LUA_LOG_ARGS);
    if (typeof args[0] !== "number") throw this.libraryError(ERR_LUA_LOG_LEVEL_TYPE);
    const level = args[0];
    if (level < 0 || level > 3 || (level | 0) !== level) throw this.libraryError(ERR_LUA_LOG_LEVEL);
    const L = this.L;
    const msg = args.slice(1).map((a) => (typeof a === "string" || typeof a === "number" ? L.tostring(a) : "")).join(
      " ",
    );
    this.server.host.log(`${LOG_MARKS[level]} ${msg}`);
    return [];
  }

  /** `redis.LOG_*`, `redis.REDIS_VERSION` and `redis.REDIS_VERSION_NUM` (luaRegisterLogFunction, luaRegisterVersion). */
  protected setLogAndVersion(t: LuaTable): void {
    t.set("log", this.L.nativeFunction("log", (args) => this.redisLog(args)));
    LOG_LEVELS.forEach((name, i) => t.set(name, i));
    t.set("REDIS_VERSION", VERSION);
    const [major, minor, patch] = VERSION.split(".").map(Number);
    t.set("REDIS_VERSION_NUM", (major << 16) | (minor << 8) | patch);
  }

  /** The `redis` table scripts and functions run with (luaRegisterRedisAPI). */
  protected redisLibrary(): LuaTable {
    const L = this.L;
    const t = new LuaTable();
    const def = (name: string, impl: (args: LuaValue[]) => LuaValue[]) => t.set(name, L.nativeFunction(name, impl));
    def("call", (args) => {
      const r = this.call(args);
      // A command's error reply is raised as the table it became (already counted when the command ran).
      if (r instanceof LuaTable && r.get("err") !== undefined && r.arr.length === 0) throw new LuaError(r);
      return [r];
    });
    def("pcall", (args) => {
      try {
        return [this.call(args)];
      } catch (e) {
        if (!(e instanceof LuaError) || !(e.value instanceof LuaTable)) throw e;
        return [e.value];
      }
    });
    // With wrong arguments these two return an error table rather than raise (luaRedisReturnSingleFieldTable).
    def("error_reply", (args) => {
      if (args.length !== 1 || typeof args[0] !== "string") return [errorTable(ERR_LUA_WRONG_ARGS_TYPE)];
      const text = args[0];
      return [errorTable(errorTableText(text.startsWith("-") ? text : "-" + text))];
    });
    def("status_reply", (args) => {
      if (args.length !== 1 || typeof args[0] !== "string") return [errorTable(ERR_LUA_WRONG_ARGS_TYPE)];
      const r = new LuaTable();
      r.set("ok", args[0]);
      return [r];
    });
    def("sha1hex", (args) => {
      if (args.length !== 1) throw this.libraryError(ERR_LUA_WRONG_ARGS);
      return [sha1hex(typeof args[0] === "number" ? L.tostring(args[0]) : typeof args[0] === "string" ? args[0] : "")];
    });
    def("setresp", (args) => {
      if (args.length !== 1) throw this.libraryError(ERR_LUA_SETRESP_ARGS);
      if (args[0] !== 2 && args[0] !== 3) throw this.libraryError(ERR_LUA_SETRESP_VERSION);
      this.luaClient.reply.proto = args[0] as 2 | 3;
      return [];
    });
    def("set_repl", (args) => {
      if (args.length !== 1) throw this.libraryError(ERR_LUA_SET_REPL_ARGS);
      const flags = args[0];
      if (typeof flags !== "number" || flags < 0 || flags > REPL_ALL || (flags | 0) !== flags) {
        throw this.libraryError(ERR_LUA_SET_REPL_FLAGS);
      }
      return [];
    });
    this.setLogAndVersion(t);
    t.set("REPL_NONE", 0);
    t.set("REPL_AOF", 1);
    t.set("REPL_SLAVE", 2);
    t.set("REPL_REPLICA", 2);
    t.set("REPL_ALL", REPL_ALL);
    return t;
  }

  /**
   * `redis.call`/`redis.pcall` (luaRedisGenericCommand): checks the arguments and the command, runs it on
   * the fake client and returns its reply as a Lua value ({err=...} for an error reply). Refusals are
   * raised as library errors.
   */
  private call(args: LuaValue[]): LuaValue {
    const run = this.run!;
    const n = args.length;
    if (n === 0) throw this.libraryError(ERR_LUA_NO_ARGS);
    const argv: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const a = args[i];
      // A string the script built with `..` may be a rope, which a stored value must not be: a copy makes it
      // flat where an engine's slice does. Short ones (names, small values) are not worth the call per argument.
      if (typeof a === "string") argv[i] = a.length > FLAT_COPY_MIN ? a.slice(0) : a;
      else if (typeof a === "number") argv[i] = this.L.tostring(a);
      else throw this.libraryError(ERR_LUA_BAD_ARG);
    }
    const server = this.server;
    let cmd = server.commands.lookup(argv[0]);
    if (cmd !== undefined && cmd.subcommands !== null && argv.length >= 2) {
      cmd = cmd.subcommands.get(argv[1].toLowerCase());
    }
    if (cmd === undefined || cmd.handler === undefined) throw this.refused(ERR_LUA_UNKNOWN_COMMAND);
    const arity = cmd.arity;
    if ((arity > 0 && argv.length !== arity) || argv.length < -arity) throw this.refused(ERR_LUA_WRONG_ARITY, cmd);
    if (cmd.noscript) throw this.refused(ERR_LUA_NOSCRIPT_COMMAND, cmd);
    // scriptCall's order: scriptVerifyAllowStale, ACL, scriptVerifyWriteCommandAllow, scriptVerifyOOM.
    if (!cmd.stale && runningStale(server)) throw this.refused(ERR_LUA_STALE, cmd);
    const denied = server.acl.checkScriptCall(run.caller, cmd, argv);
    if (denied !== null) throw this.refused(denied, cmd);
    // Read-only scripts take may-replicate commands (PFCOUNT, PUBLISH) for writes too (scriptVerifyWriteCommandAllow).
    if ((cmd.write || cmd.mayReplicate) && run.readOnly) throw this.refused(ERR_LUA_WRITE_IN_READONLY, cmd);
    const running = server.runningScript;
    // Once a script wrote, failing a later write on the server's state would break its atomicity.
    if (cmd.write && (running === null || !running.writeDirty)) {
      const obey = (run.caller.flags & CLIENT_MASTER) !== 0;
      if (server.replication.masterHost !== null && server.config.get("replica-read-only") === "yes" && !obey) {
        throw this.refused(ERR_READONLY_REPLICA, cmd);
      }
      const misconf = server.persistence?.writeDeniedError() ?? null;
      if (misconf !== null) throw this.refused(misconf, cmd);
      if (server.replication.writeGate?.(run.caller, ANY_WRITE) ?? null) throw this.refused(ERR_NOREPLICAS, cmd);
    }
    if (cmd.denyoom && !this.allowOom && server.eviction.scriptRefuses()) throw this.refused(ERR_OOM, cmd);
    // From now on SCRIPT KILL would break the script's atomicity (scriptCall's SCRIPT_WRITE_DIRTY).
    if (cmd.write && running !== null) running.writeDirty = true;
    const fake = this.luaClient;
    fake.reply.pos = 0;
    fake.call(cmd, argv);
    const reply = fake.reply;
    replyCursor.pos = 0;
    const value = parseReply(reply.buf, replyCursor);
    if (value instanceof LuaTable && value.get("err") !== undefined) this.counted.add(value);
    reply.pos = 0;
    return value;
  }

  /** Redis's math.random: rand48 scaled as redis_math_random does, with Lua's argument forms. */
  private mathRandom(args: LuaValue[]): number {
    const r = (this.lrand48() % 0x7fffffff) / 0x7fffffff;
    switch (args.length) {
      case 0:
        return r;
      case 1: {
        const u = checkInt(args, 0, "random");
        if (u < 1) throw argError(1, "random", LUA_INTERVAL_EMPTY);
        return Math.floor(r * u) + 1;
      }
      case 2: {
        const l = checkInt(args, 0, "random");
        const u = checkInt(args, 1, "random");
        if (l > u) throw argError(2, "random", LUA_INTERVAL_EMPTY);
        return Math.floor(r * (u - l + 1)) + l;
      }
      default:
        throw new LuaLibError(LUA_RANDOM_ARGS);
    }
  }

  private srand48(seed: number): void {
    this.rand48.x = ((BigInt.asUintN(32, BigInt(seed)) << 16n) | 0x330en) & 0xffffffffffffn;
  }

  private lrand48(): number {
    const r = this.rand48;
    r.x = (r.x * 0x5deece66dn + 0xbn) & 0xffffffffffffn;
    return Number(r.x >> 17n);
  }
}

/** The EVAL side (eval.c): the script cache by SHA1, the shebang, KEYS and ARGV. */
export class ScriptingEngine extends LuaScripting {
  readonly scripts = new Map<string, Script>();

  constructor(server: Server) {
    super(server, "user_script");
    this.reset();
  }

  /** A new Lua state without any script (SCRIPT FLUSH). */
  reset(): void {
    this.scripts.clear();
    this.lastShaArg = "";
    this.lastShaScript = undefined;
    this.newState();
    // Redis keeps its error handler among the globals; scripts listing _G see it.
    this.L.globals.set(
      "__redis__err__handler",
      this.L.nativeFunction("__redis__err__handler", (args) => [args[0]]),
    );
  }

  /** EVAL's `redis` table has the debugger's and the old replication API's entries too (scriptingInit). */
  protected override redisLibrary(): LuaTable {
    const t = super.redisLibrary();
    const L = this.L;
    t.set("replicate_commands", L.nativeFunction("replicate_commands", () => [true]));
    t.set("breakpoint", L.nativeFunction("breakpoint", () => [false]));
    t.set("debug", L.nativeFunction("debug", () => []));
    return t;
  }

  /** Compiles a script body and caches it; an error text when it does not compile. */
  load(body: string): { sha: string; script: Script } | string {
    const sha = this.shaOf(body);
    const cached = this.scripts.get(sha);
    if (cached !== undefined) return { sha, script: cached };
    const shebang = shebangFlags(body);
    if (typeof shebang === "string") return shebang;
    // Lua does not skip a "#" line in a buffer: blank it, keeping the line numbers.
    const eol = body.indexOf("\n");
    const source = shebang === null ? body : eol < 0 ? "" : body.slice(eol);
    const fn = this.L.load(source, "@user_script", this.env);
    if (!(fn instanceof LuaFunction)) return errScriptCompile(fn.error);
    const flags = shebang ?? SCRIPT_FLAG_EVAL_COMPAT_MODE;
    const declared = shebang !== null;
    const noWrites = declared && (flags & SCRIPT_FLAG_NO_WRITES) !== 0;
    const allowOom = declared && (flags & SCRIPT_FLAG_ALLOW_OOM) !== 0;
    const script = { body, sha, fn, noWrites, declared, denyOom: declared && !allowOom && !noWrites, allowOom, flags };
    this.scripts.set(sha, script);
    return { sha, script };
  }

  /**
   * evalGetCommandFlags: the flags EVAL or EVALSHA has for a script that declared its own (a shebang), from
   * the cache or, for EVAL, the body's shebang; null for a script without one, an unknown SHA1 or a bad
   * shebang (the command's own flags then apply, and running it reports the error).
   */
  declaredFlags(argv: string[], bySha: boolean): DeclaredCommandFlags | null {
    const cached = bySha ? this.cachedBySha(argv[1]) : this.scripts.get(this.shaOf(argv[1]));
    let flags: number | null;
    if (cached !== undefined) flags = cached.declared ? cached.flags : null;
    else if (bySha) return null;
    else {
      const shebang = shebangFlags(argv[1]);
      flags = typeof shebang === "string" ? null : shebang;
    }
    return flags === null ? null : scriptFlagsToCmdFlags(flags);
  }

  /** The SHA1 of a body; the last one is remembered, as processCommand and EVAL both ask for it. */
  private shaOf(body: string): string {
    if (body !== this.lastBody) {
      this.lastSha = sha1hex(body);
      this.lastBody = body;
    }
    return this.lastSha;
  }
  private lastBody = "";
  private lastSha = sha1hex("");

  /**
   * The cached script an EVALSHA argument names, in any case. The last one found is remembered: processCommand
   * (the declared flags) and EVALSHA both ask for it, and a client repeats one SHA1, so this is then one
   * compare of two strings instead of lowering and hashing a 40-character string twice per call.
   */
  cachedBySha(arg: string): Script | undefined {
    if (arg === this.lastShaArg) return this.lastShaScript;
    if (arg.length !== 40) return undefined;
    const script = this.scripts.get(arg) ?? this.scripts.get(arg.toLowerCase());
    // Only a hit is remembered: the cache only grows until reset(), which forgets it.
    if (script !== undefined) {
      this.lastShaArg = arg;
      this.lastShaScript = script;
    }
    return script;
  }
  private lastShaArg = "";
  private lastShaScript: Script | undefined = undefined;

  /** Runs a cached script for `c` and writes its reply (evalGenericCommand after the lookup). */
  eval(
    c: Client,
    sha: string,
    script: Script,
    keys: string[],
    args: string[],
    readOnly: boolean,
    argv: readonly string[] = [],
  ): void {
    const refused = this.refusal(c, script.flags, readOnly);
    if (refused !== null) return c.error(refused);
    this.allowOom = script.allowOom === true;
    const g = this.L.globals;
    g.set("KEYS", arrayTable(keys));
    g.set("ARGV", arrayTable(args));
    this.runFunction(c, script.fn, sha, [], readOnly || script.noWrites, true, argv);
  }
}

/**
 * evalExtractShebangFlags: a body's `#!lua flags=...` line as SCRIPT_FLAG_* bits, null without a shebang, or
 * the error text for a bad one.
 */
function shebangFlags(body: string): number | null | string {
  if (!body.startsWith("#!")) return null;
  const eol = body.indexOf("\n");
  const line = eol < 0 ? body : body.slice(0, eol);
  const parts = line.split(" ").filter((p) => p !== "");
  if (parts[0] !== "#!lua") return errShebangEngine(parts[0]);
  let flags = 0;
  for (const part of parts.slice(1)) {
    if (!part.startsWith("flags=")) return errShebangFlag(part);
    for (const flag of part.slice(6).split(",")) {
      if (flag === "") continue;
      const known = SCRIPT_FLAG_NAMES.find(([, name]) => name === flag);
      if (known === undefined) return errShebangFlag(flag);
      flags |= known[0];
    }
  }
  return flags;
}

export { scriptFlagsToCmdFlags } from "./flags.ts";

/**
 * Each server's EVAL engine, made on first use (a Lua state costs a few milliseconds): the scripting commands
 * run scripts on it, INFO counts its cached scripts.
 */
const evalEngines = new WeakMap<Server, ScriptingEngine>();

export function scriptingOf(server: Server): ScriptingEngine {
  let e = evalEngines.get(server);
  if (e === undefined) evalEngines.set(server, e = new ScriptingEngine(server));
  return e;
}

/** INFO's number_of_cached_scripts, without making an engine. */
export function cachedScriptCount(server: Server): number {
  return evalEngines.get(server)?.scripts.size ?? 0;
}

/** Bodies of the cached EVAL scripts, without making an engine (INFO's memory figures, scripting/memory.ts). */
export function cachedScriptBodies(server: Server): Iterable<string> {
  const e = evalEngines.get(server);
  return e === undefined ? [] : [...e.scripts.values()].map((s) => s.body);
}

/** A Lua array of strings (KEYS, ARGV): `items` is taken as its array part, not copied. */
export function arrayTable(items: string[]): LuaTable {
  return LuaTable.fromArray(items);
}

/**
 * luaSetTableProtectionRecursively: `t`, the tables it holds and their metatables become read-only (a table
 * already read-only is not walked again, which ends cycles such as _G._G).
 */
function protectRecursively(t: LuaTable): void {
  if (isReadonly(t)) return;
  const meta = t.metatable;
  setReadonly(t);
  for (let e = t.next(undefined); e; e = t.next(e[0])) if (e[1] instanceof LuaTable) protectRecursively(e[1]);
  if (meta !== null) protectRecursively(meta);
}

/**
 * An error reply counted in INFO errorstats already (ERR_REPLY_FLAG_NO_STATS_UPDATE): the EVAL or FCALL
 * still counts as failed in its commandstats (afterErrorReply bumps c->realcmd->failed_calls).
 */
function countedError(c: Client, msg: string): void {
  c.reply.error(msg);
  if (c.current !== null) c.current.failedCalls++;
}

/** {err=text} */
function errorTable(text: string): LuaTable {
  const t = new LuaTable();
  t.set("err", text);
  return t;
}

/**
 * The `err` text of an error table (luaPushErrorBuff): "-CODE msg" keeps its code, a text without a leading
 * "-" or without a space gets the generic "ERR" code; trailing newlines go.
 */
function errorTableText(text: string): string {
  let code = "ERR";
  let msg = text;
  if (text.startsWith("-")) {
    const sp = text.indexOf(" ");
    if (sp < 0) msg = text.slice(1);
    else {
      code = text.slice(1, sp);
      msg = text.slice(sp + 1);
    }
  }
  return `${code} ${msg.replace(/^[\r\n]+|[\r\n]+$/g, "")}`;
}

/** A table holding one field: {double=1.5}, {map={...}} ... as Redis builds them for RESP3 types. */
function wrapped(field: string, value: LuaValue): LuaTable {
  const t = new LuaTable();
  t.set(field, value);
  return t;
}

/** Where parseReply reads in the fake client's buffer: one for every call (a parse does not nest in another). */
const replyCursor = { pos: 0 };

/**
 * One reply from the fake client's buffer as Redis hands it to Lua (redisProtocolToLuaType): RESP2 as
 * is, and under `redis.setresp(3)` RESP3's nulls as nil, booleans, and {double=}, {big_number=},
 * {verbatim_string={format=, string=}}, {map={...}}, {set={member=true}} tables.
 */
function parseReply(buf: Uint8Array, at: { pos: number }): LuaValue {
  const type = buf[at.pos];
  let end = at.pos + 1;
  while (buf[end] !== 13) end++;
  // Integers (INCR's reply) and the length lines of bulk strings and arrays need no string.
  if (type === 58 || type === 36 || type === 42) {
    const n = smallInteger(buf, at.pos + 1, end);
    if (n !== null) {
      at.pos = end + 2;
      if (type === 58) return n;
      if (type === 36) return n < 0 ? false : bulkString(buf, at, n);
      if (n < 0) return false;
      const t = new LuaTable();
      for (let i = 1; i <= n; i++) t.set(i, parseReply(buf, at));
      return t;
    }
  }
  const line = latin1(buf, at.pos + 1, end);
  at.pos = end + 2;
  switch (type) {
    case 43: // +
      return wrapped("ok", line);
    case 45: // -
      return errorTable(errorTableText("-" + line));
    case 58: // :
      return Number(line);
    case 36: { // $
      const n = Number(line);
      return n < 0 ? false : bulkString(buf, at, n);
    }
    case 42: // *
    case 126: { // ~
      const n = Number(line);
      if (n < 0) return false;
      const t = new LuaTable();
      for (let i = 1; i <= n; i++) {
        if (type === 42) t.set(i, parseReply(buf, at));
        else t.set(parseReply(buf, at), true);
      }
      return type === 42 ? t : wrapped("set", t);
    }
    case 37: { // %
      const n = Number(line);
      const t = new LuaTable();
      for (let i = 0; i < n; i++) {
        const k = parseReply(buf, at);
        t.set(k, parseReply(buf, at));
      }
      return wrapped("map", t);
    }
    case 95: // _
      return undefined;
    case 35: // #
      return line === "t";
    case 44: // ,
      return wrapped("double", line === "inf" ? Infinity : line === "-inf" ? -Infinity : Number(line));
    case 40: // (
      return wrapped("big_number", line);
    case 61: { // =
      const n = Number(line);
      const s = latin1(buf, at.pos, at.pos + n);
      at.pos += n + 2;
      const v = new LuaTable();
      v.set("format", s.slice(0, 3));
      v.set("string", s.slice(4));
      return wrapped("verbatim_string", v);
    }
    default:
      return false;
  }
}

/** The `n` bytes of a bulk string at `at.pos`, moving past them and their CRLF. */
function bulkString(buf: Uint8Array, at: { pos: number }, n: number): string {
  const s = latin1(buf, at.pos, at.pos + n);
  at.pos += n + 2;
  return s;
}

/** A reply line's integer of up to 15 digits (exact as it accumulates), read from the bytes; null otherwise. */
function smallInteger(buf: Uint8Array, start: number, end: number): number | null {
  const negative = buf[start] === 45;
  let i = negative ? start + 1 : start;
  if (i === end || end - i > 15) return null;
  let n = 0;
  for (; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
  }
  return negative ? -n : n;
}

function latin1(buf: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i += 8192) {
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  }
  return s;
}

/**
 * A script's return value as a reply (luaReplyToRedisReply): numbers truncated to integers, nil as nil,
 * booleans as 1/nil under RESP2 scripts and booleans under `redis.setresp(3)`, {ok=} a status, {err=} an
 * error, {double=}, {big_number=}, {map=}, {set=}, {verbatim_string=} as those types (the writer turns them
 * into RESP2 forms for RESP2 clients), other tables an array up to the first nil.
 */
export function luaToReply(w: ReplyWriter, v: LuaValue, resp: 2 | 3, error: (msg: string, t: LuaTable) => void): void {
  if (typeof v === "string") return w.bulk(v.length > 0 ? v.slice(0) : v);
  if (typeof v === "number") return w.integer(Number.isFinite(v) ? Math.trunc(v) : 0);
  if (typeof v === "boolean") {
    if (resp === 3) return w.bool(v);
    return v ? w.integer(1) : w.nullBulk();
  }
  if (!(v instanceof LuaTable)) return w.nullBulk();
  const err = v.get("err");
  if (typeof err === "string") return error(err.replace(/[\r\n]/g, " "), v);
  const ok = v.get("ok");
  if (typeof ok === "string") return w.simple(ok.replace(/[\r\n]/g, " "));
  const double = v.get("double");
  if (typeof double === "number") return w.double(double);
  const big = v.get("big_number");
  if (typeof big === "string") return /^-?[0-9]+$/.test(big) ? w.bigNumber(BigInt(big)) : w.bulk(big);
  const map = v.get("map");
  if (map instanceof LuaTable) {
    w.map(map.count());
    for (let e = map.next(undefined); e; e = map.next(e[0])) {
      luaToReply(w, e[0], resp, error);
      luaToReply(w, e[1], resp, error);
    }
    return;
  }
  const set = v.get("set");
  if (set instanceof LuaTable) {
    w.set(set.count());
    for (let e = set.next(undefined); e; e = set.next(e[0])) luaToReply(w, e[0], resp, error);
    return;
  }
  const verbatim = v.get("verbatim_string");
  if (verbatim instanceof LuaTable) {
    const format = verbatim.get("format");
    const str = verbatim.get("string");
    if (typeof format === "string" && typeof str === "string") return w.verbatim(str, format);
  }
  let n = 0;
  while (v.get(n + 1) !== undefined) n++;
  w.array(n);
  for (let i = 1; i <= n; i++) luaToReply(w, v.get(i), resp, error);
}
