/**
 * The public face of the engine: a Lua state with its globals and libraries, `load` for source text,
 * synchronous calls, and resumable executions for callers that must not block (the server running a
 * long script while answering other clients with -BUSY). See README.md in this folder.
 */
import { compile, LuaSyntaxError } from "./compiler.ts";
import type { Site } from "./compiler.ts";
import { convertHostError, LuaClosure, Runtime, SEGMENT, YIELD } from "./runtime.ts";
import type { GenFn, StepHook } from "./runtime.ts";
import { LuaError, NativeFunction } from "./value.ts";
import type { LuaFunction, LuaTable } from "./value.ts";
import type { LuaValue, NativeImpl } from "./value.ts";
import { openBase } from "./lib/base.ts";
import { openString } from "./lib/string.ts";
import { openTable } from "./lib/table.ts";
import { openMath } from "./lib/math.ts";
import { openCoroutine } from "./lib/coroutine.ts";
import { openDebug } from "./lib/debug.ts";
import { openCjson } from "./lib/cjson.ts";
import { openCmsgpack } from "./lib/cmsgpack.ts";
import { openStruct } from "./lib/struct.ts";
import { openBit } from "./lib/bit.ts";

export interface LuaStateOptions {
  /** Where `print` writes a line (without the newline). Without it, print discards its output. */
  print?: (line: string) => void;
}

/** The result of running a resumable execution for a while. */
export type RunResult = { done: true; values: LuaValue[] } | { done: false };

/**
 * A call in progress that can be run in slices: `run()` returns `{ done: false }` when the step budget
 * given to it ran out or the hook asked to pause, and continues where it stopped on the next `run()`.
 * A Lua error is thrown from `run()` as a LuaError; after that (or after done) the execution is over.
 */
export class Execution {
  private readonly state: LuaState;
  /** The call's generators by stack segment, outermost first (see DeepCall); empty once finished. */
  private readonly stack: Generator<unknown, LuaValue[], unknown>[];
  private readonly starts: number[] = [];
  private baseDepth: number;
  /** Its C-call nesting (see Runtime.enterC) between slices: 1 for the host's call, more inside pcall. */
  private cCalls = 1;
  /** Where its stack segment starts and ends (see DeepCall), kept between slices. */
  private segStart: number;
  private segLimit: number;
  finished = false;
  /**
   * The line where the last pause happened (the start of the loop body or function body that was running;
   * 0 when unknown): what SCRIPT KILL's error names.
   */
  pausedLine = 0;

  constructor(state: LuaState, fn: LuaValue, args: LuaValue[]) {
    this.state = state;
    const rt = state.runtime;
    this.baseDepth = rt.depth;
    this.segStart = rt.depth;
    this.segLimit = rt.depth + SEGMENT;
    this.stack = [rt.invoke(fn, args)];
  }

  /**
   * Abandons a paused execution (SCRIPT KILL while it waits): unwinds it without running more Lua code
   * and restores the state's call depth and running thread, so the state can run other calls.
   */
  cancel(): void {
    if (this.stack.length === 0) return;
    this.finished = true;
    const rt = this.state.runtime;
    try {
      while (this.stack.length > 0) this.stack.pop()!.return([]);
    } finally {
      rt.depth = this.baseDepth;
      rt.current = null;
    }
  }

  /** Runs for at most `maxSteps` steps (loop iterations and calls), or until the hook asks to pause. */
  run(maxSteps = Infinity): RunResult {
    const rt = this.state.runtime;
    if (this.stack.length === 0) throw new TypeError("the execution has finished");
    rt.runLimit = maxSteps;
    rt.steps = Math.min(rt.slice, maxSteps);
    const outerCalls = rt.cCalls;
    const outerStart = rt.segStart;
    const outerLimit = rt.segLimit;
    rt.cCalls = this.cCalls;
    rt.segStart = this.segStart;
    rt.segLimit = this.segLimit;
    try {
      let r = rt.drive(this.stack, this.starts, undefined);
      for (;;) {
        if (r.done) {
          this.stack.length = 0;
          this.finished = true;
          rt.depth = this.baseDepth;
          return { done: true, values: r.value };
        }
        if (r.value === YIELD) {
          r = rt.drive(this.stack, this.starts, undefined, new LuaError("attempt to yield from outside a coroutine"));
          continue;
        }
        if (rt.budget(true)) {
          this.pausedLine = typeof r.value === "number" ? r.value : 0;
          rt.steps = Math.min(rt.slice, rt.runLimit > 0 ? rt.runLimit : rt.slice);
          return { done: false };
        }
        r = rt.drive(this.stack, this.starts, undefined);
      }
    } catch (e) {
      this.stack.length = 0;
      this.finished = true;
      rt.depth = this.baseDepth;
      rt.current = null;
      throw convertHostError(e) ?? e;
    } finally {
      this.cCalls = rt.cCalls;
      this.segStart = rt.segStart;
      this.segLimit = rt.segLimit;
      rt.cCalls = outerCalls;
      rt.segStart = outerStart;
      rt.segLimit = outerLimit;
    }
  }
}

export class LuaState {
  readonly runtime: Runtime;
  readonly globals: LuaTable;
  private readonly options: LuaStateOptions;

  constructor(options: LuaStateOptions = {}) {
    this.runtime = new Runtime();
    this.globals = this.runtime.globals;
    this.options = options;
  }

  /**
   * Opens what Redis's scripting opens: base (without dofile/loadfile), table, string, math, debug, and
   * coroutine (5.1's base library opens it). Redis's own libraries are added by `openRedisLibraries`.
   */
  openStandardLibraries(): this {
    openBase(this, this.options.print);
    openString(this);
    openTable(this);
    openMath(this);
    openCoroutine(this);
    openDebug(this);
    return this;
  }

  /** The "Redis library set": the standard libraries plus cjson, cmsgpack, struct and bit. */
  openRedisLibraries(): this {
    this.openStandardLibraries();
    this.globals.set("cjson", openCjson());
    this.globals.set("cmsgpack", openCmsgpack());
    this.globals.set("struct", openStruct());
    this.globals.set("bit", openBit());
    return this;
  }

  /** Sets a global (raw). */
  setGlobal(name: string, value: LuaValue): void {
    this.globals.set(name, value);
  }

  getGlobal(name: string): LuaValue {
    return this.globals.get(name);
  }

  /** Makes a library function callable from Lua. `impl` may throw LuaLibError / argError / LuaError. */
  nativeFunction(name: string, impl: NativeImpl): NativeFunction {
    return new NativeFunction(name, impl);
  }

  /**
   * Compiles a chunk (luaL_loadbuffer): `chunkName` as Lua takes it ("@user_script" shows as user_script,
   * "=name" as name, anything else as [string "..."]). Returns the main function, or the syntax error text.
   */
  load(source: string, chunkName: string, env: LuaTable = this.globals): LuaFunction | { error: string } {
    // Evaluating generated JS costs milliseconds: chunks loaded again (loadstring in a loop, a script
    // compiled again) reuse the factory. Bounded so that generated chunks cannot pile up.
    const key = chunkName + "\u0000" + source;
    let factory = this.compiled.get(key);
    if (factory === undefined) {
      let compiled;
      try {
        compiled = compile(source, chunkName);
      } catch (e) {
        if (e instanceof LuaSyntaxError) return { error: e.message };
        throw e;
      }
      factory = new Function("S", "R", "K", compiled.source)(this.runtime, this.runtime.helpers, compiled.sites) as (
        env: LuaTable,
      ) => LuaClosure;
      if (this.compiled.size >= 256) this.compiled.delete(this.compiled.keys().next().value as string);
      this.compiled.set(key, factory);
    }
    return factory(env);
  }

  private readonly compiled = new Map<string, (env: LuaTable) => LuaClosure>();

  /** Calls a Lua value with arguments and returns its results; Lua errors are thrown as LuaError. */
  call(fn: LuaValue, ...args: LuaValue[]): LuaValue[] {
    const rt = this.runtime;
    const depth = rt.depth;
    const cCalls = rt.cCalls;
    try {
      return rt.call(fn, args);
    } catch (e) {
      rt.depth = depth;
      rt.cCalls = cCalls;
      throw convertHostError(e) ?? e;
    }
  }

  /** Starts a resumable call (see Execution). */
  start(fn: LuaValue, ...args: LuaValue[]): Execution {
    return new Execution(this, fn, args);
  }

  /**
   * The instruction-count hook: `hook` runs every `every` steps (a step is a loop iteration or a call;
   * Redis checks every 100,000 VM instructions). It may throw to abort the script, or return true to pause
   * a resumable execution. `null` removes it.
   */
  setHook(hook: StepHook | null, every = 10000): void {
    this.runtime.hook = hook;
    this.runtime.slice = Math.max(1, every);
    this.runtime.steps = Math.min(this.runtime.steps, this.runtime.slice);
  }

  /** The value `tostring` gives (honours __tostring). */
  tostring(v: LuaValue): string {
    return this.runtime.tostring(v);
  }
}

export type { GenFn, Site };
export { LuaClosure };
