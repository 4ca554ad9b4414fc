/**
 * What compiled Lua code runs on: one `Runtime` per Lua state holds the call depth, the step budget, the
 * call-site stack used for error positions, and the helpers compiled code calls for every operation that
 * is not plain number arithmetic (indexing with metatables, comparisons, concatenation, calls).
 * The helpers raise Lua's own error texts ("attempt to index local 't' (a nil value)").
 */
import type { Site } from "./compiler.ts";
import { number2string, str2number } from "./number.ts";
import { LightUserdata } from "./lib/cjson.ts";
import { LuaCoroutine, LuaError, LuaFunction, LuaLibError, LuaTable, NativeFunction, typeName } from "./value.ts";
import { isReadonly, READONLY_TABLE_ERROR } from "./value.ts";
import type { LuaValue } from "./value.ts";

/** The generator every Lua-callable is run as: receives the caller's call site, returns the results. */
export type GenFn = (site: Site | null, ...args: LuaValue[]) => Generator<unknown, LuaValue[], unknown>;

/** A compiled Lua function with its environment (setfenv/getfenv). */
export class LuaClosure extends LuaFunction {
  env: LuaTable;
  fn: GenFn;
  /** Where the function was defined (line 0 for a main chunk; `name` holds the last line). */
  readonly defined: Site;
  /** For bodies without calls or loops: the plain function `fn` wraps, called directly where possible. */
  sync: ((site: Site | null, ...args: LuaValue[]) => LuaValue[]) | null = null;
  constructor(env: LuaTable, defined: Site) {
    super("?");
    this.env = env;
    this.fn = undefined as unknown as GenFn;
    this.defined = defined;
  }
}

/** A library function that needs the interpreter itself: its call site, or yielding (pcall, coroutines). */
export class GenNative extends LuaFunction {
  readonly fn: GenFn;
  constructor(name: string, fn: GenFn) {
    super(name);
    this.fn = fn;
  }
}

/**
 * A proper tail call in flight: `return f(args)` ends its own frame and hands this to its caller, which
 * runs `f` (TLOOP), so tail-recursive loops do not grow the stack.
 */
export class TailCall {
  readonly f: LuaValue;
  readonly site: Site;
  readonly args: LuaValue[];
  constructor(f: LuaValue, site: Site, args: LuaValue[]) {
    this.f = f;
    this.site = site;
    this.args = args;
  }
}

/**
 * A call made `SEGMENT` frames above the start of the current stack segment: instead of nesting another
 * generator on the JS stack (which holds a few thousand), the caller yields this to the driver at the
 * bottom of the stack (Execution.run, Runtime.call), which runs the callee as a new segment and sends its
 * result back. So Lua's own depth limit (LUAI_MAXCALLS) applies, not the host's stack.
 */
export class DeepCall {
  readonly f: LuaValue;
  readonly site: Site;
  readonly args: LuaValue[];
  constructor(f: LuaValue, site: Site, args: LuaValue[]) {
    this.f = f;
    this.site = site;
    this.args = args;
  }
}

/** The CallInfo array's first limit (16,384 entries), and LUAI_MAXCALLS. */
const FIRST_CALL_LIMIT = 16384;
const LUAI_MAXCALLS = 20000;

/** Lua frames per stack segment: well inside what the three runtimes' JS stacks hold for generators. */
export const SEGMENT = 200;
/** Lua frames one JS stack may hold where calls cannot move to a new segment (inside coroutines). */
const SEGMENT_ROOM = 1500;

/** What a coroutine's body yields when coroutine.yield runs (other yields are budget stops). */
export const YIELD = Symbol("yield");

export class Coroutine extends LuaCoroutine {
  readonly body: LuaFunction;
  gen: Generator<unknown, LuaValue[], unknown> | null = null;
  status: "suspended" | "running" | "normal" | "dead" = "suspended";
  /** The thread's environment (getfenv(0)), inherited from the creating thread. */
  env: LuaTable;
  /** Lua call depth inside the coroutine while it is suspended. */
  depth = 0;
  /** The resumer's depth: the coroutine's frames are the ones above it (its stack ends there). */
  base = 0;
  /** While suspended: its frames' call sites and functions, innermost last, and where it yielded. */
  savedSites: (Site | null)[] = [];
  savedFunctions: (LuaFunction | null)[] = [];
  yieldSite: Site | null = null;
  constructor(body: LuaFunction, env: LuaTable) {
    super();
    this.body = body;
    this.env = env;
  }
}

const EMPTY: LuaValue[] = [];

/** LUAI_MAXCCALLS: how deep C calls into Lua may nest. */
export const MAX_C_CALLS = 200;

export { typeName };

/** "chunk:line: " for a call site, as luaL_where prints it; "" outside Lua code. */
export function where(site: Site | null | undefined): string {
  return site ? `${site.chunk}:${site.line}: ` : "";
}

/**
 * Where the last error was raised: the Lua position, and the library function's name when one raised it.
 * xpcall reads it at once to show the erring frame's line (and the C function) to its handler's traceback.
 */
export const lastError: { site: Site | null; native: string | null } = { site: null, native: null };

export function runtimeError(site: Site | null | undefined, msg: string): LuaError {
  lastError.site = site ?? null;
  lastError.native = null;
  const e = new LuaError(where(site) + msg);
  if (site) e.raisedAt = site;
  return e;
}

/** luaG_typeerror: "attempt to <op> <desc> (a <type> value)". */
function typeError(site: Site | null, v: LuaValue, op: string, desc: string): LuaError {
  const t = typeName(v);
  return runtimeError(site, desc !== "" ? `attempt to ${op} ${desc} (a ${t} value)` : `attempt to ${op} a ${t} value`);
}

/** Fake but stable addresses for tostring of tables and functions ("table: 0x55a4c2e3b6d0"). */
const addresses = new WeakMap<object, string>();
let nextAddress = 0x55a4c2e30000;
export function addressOf(o: object): string {
  let a = addresses.get(o);
  if (a === undefined) {
    nextAddress += 0x40;
    a = "0x" + nextAddress.toString(16);
    addresses.set(o, a);
  }
  return a;
}

/** luaV_tonumber: numbers, and strings that read as numbers. */
export function toNumber(v: LuaValue): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string") return str2number(v);
  return undefined;
}

/** Lua's `pow`: C's pow, which differs from Math.pow for a base of 1 or -1 and infinite exponents. */
export function luaPow(a: number, b: number): number {
  if (a === 1 || b === 0) return 1;
  if (a === -1 && (b === Infinity || b === -Infinity)) return 1;
  return Math.pow(a, b);
}

export function luaMod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

/** The arithmetic events and how to compute them. */
const ARITH: Record<string, (a: number, b: number) => number> = {
  __add: (a, b) => a + b,
  __sub: (a, b) => a - b,
  __mul: (a, b) => a * b,
  __div: (a, b) => a / b,
  __mod: luaMod,
  __pow: luaPow,
  __unm: (a) => -a,
};

export interface StepHook {
  /** Called every `every` steps (loop iterations and calls). Return true to pause a resumable run. */
  (): boolean | void;
}

export class Runtime {
  depth = 0;
  /**
   * Lua's call-depth limit: lua5.1's CallInfo array overflows at 16,384 entries ("stack overflow") and,
   * shrunk back to LUAI_MAXCALLS after that error, at 20,000 from then on. Frames here are Lua functions
   * and pcall/xpcall, so a script run as Redis runs it overflows at Redis's depth.
   */
  callLimit = FIRST_CALL_LIMIT;
  private overflowed = false;
  /** The depth limit inside a coroutine (see enterCoroutine); Infinity on the main thread. */
  coroutineLimit = Infinity;
  /** What compiled code checks: the lower of the two. */
  maxDepth = FIRST_CALL_LIMIT;
  /** Depth where the current stack segment starts, and where a call must start a new one (see DeepCall). */
  segStart = 0;
  segLimit = SEGMENT;
  /** Nested calls from C into Lua (see enterC); the host's first call makes it 1, as Redis's lua_pcall. */
  cCalls = 0;
  /** Steps left before the next budget check. */
  steps = 10000;
  /** Steps between budget checks (and hook calls). */
  slice = 10000;
  /** Steps left in the current Execution.run(); Infinity when unlimited. */
  runLimit = Infinity;
  hook: StepHook | null = null;
  /**
   * While an xpcall handler runs: the depth of the frame that raised the error (its line is where the error
   * was raised, not a call), and the library function that raised it; -1 otherwise. See debug.traceback.
   */
  errorDepth = -1;
  errorSite: Site | null = null;
  errorNative: string | null = null;
  /** Call sites and closures per Lua call depth (error levels, getfenv). */
  st: (Site | null)[] = [];
  fn: (LuaFunction | null)[] = [];
  /** The running coroutine, null for the main thread. */
  current: Coroutine | null = null;
  /** Values passed by coroutine.yield to the resume that is waiting for them. */
  transfer: LuaValue[] = EMPTY;
  stringMeta: LuaTable | null = null;
  globals = new LuaTable();
  /** The main thread's environment (getfenv(0) outside coroutines). */
  mainEnv = this.globals;
  /** The `next` and ipairs-iterator functions, which generic `for` runs without a call. */
  nextFn: LuaFunction | null = null;
  inextFn: LuaFunction | null = null;
  /** The helpers compiled code destructures (see Compiler.compile). */
  readonly helpers: Record<string, unknown>;

  constructor() {
    this.helpers = this.makeHelpers();
  }

  /** getfenv(0): the running thread's environment, where loadstring puts new chunks. */
  threadEnv(): LuaTable {
    return this.current === null ? this.mainEnv : this.current.env;
  }

  setThreadEnv(t: LuaTable): void {
    if (this.current === null) this.mainEnv = t;
    else this.current.env = t;
  }

  // ---- metatables --------------------------------------------------------------------------------------

  /** Metatables of the other types, set with debug.setmetatable (keyed by type name). */
  typeMeta = new Map<string, LuaTable>();

  metatable(v: LuaValue): LuaTable | null {
    if (v instanceof LuaTable) return v.metatable;
    if (typeof v === "string") return this.stringMeta;
    return this.typeMeta.size === 0 ? null : this.typeMeta.get(typeName(v)) ?? null;
  }

  metamethod(v: LuaValue, event: string): LuaValue {
    const mt = this.metatable(v);
    return mt === null ? undefined : mt.get(event);
  }

  // ---- calls -------------------------------------------------------------------------------------------

  /** The generator function that runs `f` (closures, library functions, `__call`). */
  callable(f: LuaValue, site: Site | null): GenFn {
    if (f instanceof LuaClosure) return f.fn;
    if (f instanceof NativeFunction) return (f.wrapper as GenFn | undefined) ?? this.wrapNative(f);
    if (f instanceof GenNative) return f.fn;
    const h = this.metamethod(f, "__call");
    if (!(h instanceof LuaFunction)) throw typeError(site, f, "call", site === null ? "" : site.d1);
    const target = this.callable(h, site);
    return function* (s: Site | null, ...args: LuaValue[]) {
      return yield* target(s, f, ...args);
    };
  }

  private wrapNative(f: NativeFunction): GenFn {
    const rt = this;
    const impl = f.impl;
    const w: GenFn = function* (site: Site | null, ...args: LuaValue[]) {
      try {
        return impl(args);
      } catch (e) {
        throw rt.libraryError(e, site);
      }
    };
    f.wrapper = w;
    return w;
  }

  /** A luaL_error/luaL_argerror from a library function, positioned at its Lua caller. */
  libraryError(e: unknown, site: Site | null): unknown {
    if (!(e instanceof LuaLibError)) {
      // An error value a library raised as it is (a table, an unpositioned message): raised at its caller.
      if (e instanceof LuaError && e.raisedAt === null && site) e.raisedAt = site;
      return e;
    }
    const error = this.libraryErrorText(e, site);
    lastError.native = site === null ? "?" : site.name;
    return error;
  }

  private libraryErrorText(e: LuaLibError, site: Site | null): LuaError {
    if (e.argument === undefined) return runtimeError(site, e.message);
    let n = e.argument.n;
    const name = site === null ? "?" : site.name;
    if (site !== null && site.method) {
      n--;
      if (n === 0) return runtimeError(site, `calling '${name}' on bad self (${e.argument.extramsg})`);
    }
    return runtimeError(site, `bad argument #${n} to '${name}' (${e.argument.extramsg})`);
  }

  /** The generator that runs a tail call's callee. */
  tailCallee(t: TailCall): Generator<unknown, LuaValue[] | TailCall, unknown> {
    const f = t.f;
    return this.callable(f, t.site)(f instanceof NativeFunction || f instanceof GenNative ? t.site : null, ...t.args);
  }

  /** Runs tail calls handed back by a callee until one returns values. */
  *finishTailCalls(r: LuaValue[] | TailCall): Generator<unknown, LuaValue[], unknown> {
    // A Lua callee replaces the caller's frame, so levels above it have no line (5.1's lost tail call); a C
    // function is called normally by OP_TAILCALL and still sees its caller's position.
    while (r instanceof TailCall) r = yield* this.tailCallee(r);
    return r;
  }

  /**
   * A call from library code, as a generator (pcall, coroutines, executions): tail calls finished. `site` is
   * the Lua code's position when the call stands for an operation there (a metamethod), so that
   * `error(msg, 2)` inside it points at that operation, as in 5.1; null when a C function calls.
   */
  *invoke(f: LuaValue, args: LuaValue[], site: Site | null = null): Generator<unknown, LuaValue[], unknown> {
    const r: LuaValue[] | TailCall = yield* this.callable(f, site)(site, ...args);
    return r instanceof TailCall ? yield* this.finishTailCalls(r) : r;
  }

  /**
   * Runs a Lua-callable to completion from library code (sort comparators, gsub callbacks) or for an
   * operation's metamethod (with the operation's `site`, see invoke).
   */
  call(f: LuaValue, args: LuaValue[], site: Site | null = null): LuaValue[] {
    this.enterC(site);
    if (f instanceof LuaClosure && f.sync !== null) {
      const v = f.sync(site, ...args);
      this.cCalls--;
      return v;
    }
    const g = this.invoke(f, args, site);
    let r = g.next();
    if (!r.done) {
      const stack = [g];
      const starts: number[] = [];
      for (;;) {
        if (r.done) break;
        if (r.value === YIELD) {
          r = this.drive(stack, starts, undefined, new LuaError("attempt to yield across metamethod/C-call boundary"));
        } else if (r.value instanceof DeepCall) r = this.drive(stack, starts, r.value);
        else {
          this.budget(false);
          r = this.drive(stack, starts, undefined);
        }
      }
    }
    this.cCalls--;
    return r.value;
  }

  /**
   * One step of a driver over stack segments (`stack`, outermost first; `starts`, the segment starts to go
   * back to): sends `input` into the innermost generator (a DeepCall starts a new segment for it first; an
   * `error` is thrown into it instead), finishes segments into their callers and starts new ones, until the
   * outermost generator is done or something else is yielded (a budget stop, YIELD) for the driver to handle.
   */
  drive(
    stack: Generator<unknown, LuaValue[], unknown>[],
    starts: number[],
    input: unknown,
    error?: LuaError,
  ): IteratorResult<unknown, LuaValue[]> {
    let thrown: unknown = error;
    let failed = error !== undefined;
    let value: unknown = input;
    for (;;) {
      if (!failed && value instanceof DeepCall) {
        const d = value;
        value = undefined;
        starts.push(this.segStart);
        this.segStart = this.depth;
        this.segLimit = this.depth + SEGMENT;
        try {
          stack.push(this.callable(d.f, d.site)(d.site, ...d.args));
        } catch (e) {
          this.endSegment(starts);
          thrown = e;
          failed = true;
        }
      }
      const g = stack[stack.length - 1];
      let r: IteratorResult<unknown, LuaValue[] | TailCall>;
      try {
        r = failed ? g.throw(thrown) : g.next(value);
      } catch (e) {
        if (stack.length === 1) throw e;
        stack.pop();
        this.endSegment(starts);
        thrown = e;
        failed = true;
        continue;
      }
      failed = false;
      if (r.done) {
        if (stack.length === 1) return r as IteratorResult<unknown, LuaValue[]>;
        if (r.value instanceof TailCall) {
          // Finished here, on this segment: in the caller's frame it would nest the JS stack again.
          try {
            stack[stack.length - 1] = this.tailCallee(r.value) as Generator<unknown, LuaValue[], unknown>;
          } catch (e) {
            stack.pop();
            this.endSegment(starts);
            thrown = e;
            failed = true;
          }
          value = undefined;
          continue;
        }
        stack.pop();
        this.endSegment(starts);
        value = r.value;
        continue;
      }
      if (r.value instanceof DeepCall) {
        value = r.value;
        continue;
      }
      return r as IteratorResult<unknown, LuaValue[]>;
    }
  }

  private endSegment(starts: number[]): void {
    this.segStart = starts.pop()!;
    this.segLimit = this.segStart + SEGMENT;
  }

  /**
   * Inside a coroutine calls cannot move to a new segment (its generator is resumed from wherever resume
   * runs), so depth there is bounded by what one JS stack holds: returns what to restore afterwards.
   */
  enterCoroutine(): [number, number] {
    const saved: [number, number] = [this.segLimit, this.coroutineLimit];
    this.segLimit = Infinity;
    this.coroutineLimit = Math.min(this.coroutineLimit, this.segStart + SEGMENT_ROOM);
    this.maxDepth = Math.min(this.callLimit, this.coroutineLimit);
    return saved;
  }

  leaveCoroutine([segLimit, coroutineLimit]: [number, number]): void {
    this.segLimit = segLimit;
    this.coroutineLimit = coroutineLimit;
    this.maxDepth = Math.min(this.callLimit, this.coroutineLimit);
  }

  /** luaD_growCI's error; the limit is LUAI_MAXCALLS from the first overflow on. */
  stackOverflow(site: Site | null): never {
    if (!this.overflowed && this.depth >= this.callLimit) {
      this.overflowed = true;
      this.callLimit += LUAI_MAXCALLS - FIRST_CALL_LIMIT;
      this.maxDepth = Math.min(this.callLimit, this.coroutineLimit);
    }
    throw runtimeError(site, "stack overflow");
  }

  /**
   * luaD_call's count of calls that cross from C into Lua (metamethods, pcall, callbacks, resume): past
   * LUAI_MAXCCALLS (200) they fail with "C stack overflow", positioned at the Lua operation if there is one.
   * Whoever catches an error restores the count it saw (as luaD_pcall restores nCcalls).
   */
  enterC(site: Site | null): void {
    if (++this.cCalls >= MAX_C_CALLS) {
      this.cCalls--;
      throw runtimeError(site, "C stack overflow");
    }
  }

  /**
   * A budget check, reached every `slice` steps: runs the hook and reports whether a resumable run should
   * pause (only honoured where `canPause`).
   */
  budget(canPause: boolean): boolean {
    this.runLimit -= this.slice;
    let pause = false;
    if (this.hook !== null && this.hook() === true) pause = true;
    if (this.runLimit <= 0) pause = true;
    this.steps = this.slice;
    return pause && canPause;
  }

  /** What pcall returns for a caught error; rethrows what Lua code must not catch. */
  errorValue(e: unknown): LuaValue {
    if (e instanceof LuaError) return e.value;
    const converted = convertHostError(e);
    if (converted !== null) return converted.value;
    throw e;
  }

  // ---- operations --------------------------------------------------------------------------------------

  index(o: LuaValue, k: LuaValue, site: Site | null): LuaValue {
    for (let loop = 0; loop < 100; loop++) {
      let h: LuaValue;
      if (o instanceof LuaTable) {
        const v = o.get(k);
        if (v !== undefined || o.metatable === null) return v;
        h = o.metatable.get("__index");
        if (h === undefined) return undefined;
      } else {
        h = this.metamethod(o, "__index");
        if (h === undefined) throw typeError(site, o, "index", loop === 0 && site !== null ? site.d1 : "");
      }
      if (h instanceof LuaFunction) return this.call(h, [o, k], site)[0];
      o = h;
    }
    throw runtimeError(site, "loop in gettable");
  }

  setIndex(o: LuaValue, k: LuaValue, v: LuaValue, site: Site | null): void {
    for (let loop = 0; loop < 100; loop++) {
      let h: LuaValue;
      if (o instanceof LuaTable) {
        if (o.metatable !== null && isReadonly(o)) throw runtimeError(site, READONLY_TABLE_ERROR);
        if (o.metatable === null || o.get(k) !== undefined || (h = o.metatable.get("__newindex")) === undefined) {
          this.rawSet(o, k, v, site);
          return;
        }
      } else {
        h = this.metamethod(o, "__newindex");
        if (h === undefined) throw typeError(site, o, "index", loop === 0 && site !== null ? site.d1 : "");
      }
      if (h instanceof LuaFunction) {
        this.call(h, [o, k, v], site);
        return;
      }
      o = h;
    }
    throw runtimeError(site, "loop in settable");
  }

  rawSet(t: LuaTable, k: LuaValue, v: LuaValue, site: Site | null): void {
    if (k === undefined) throw runtimeError(site, "table index is nil");
    if (typeof k === "number" && Number.isNaN(k)) throw runtimeError(site, "table index is NaN");
    t.set(k, v);
  }

  arith(a: LuaValue, b: LuaValue, site: Site, event: string): LuaValue {
    const x = toNumber(a);
    const y = toNumber(b);
    if (x !== undefined && y !== undefined) return ARITH[event](x, y);
    let h = this.metamethod(a, event);
    if (h === undefined) h = this.metamethod(b, event);
    if (h !== undefined) return this.call(h, [a, b], site)[0];
    if (x === undefined) throw typeError(site, a, "perform arithmetic on", site.d1);
    throw typeError(site, b, "perform arithmetic on", event === "__unm" ? site.d1 : site.d2);
  }

  concat(a: LuaValue, b: LuaValue, site: Site): LuaValue {
    const ta = typeof a;
    const tb = typeof b;
    if ((ta === "string" || ta === "number") && (tb === "string" || tb === "number")) {
      const s = (ta === "number" ? number2string(a as number) : (a as string)) +
        (tb === "number" ? number2string(b as number) : (b as string));
      return s;
    }
    let h = this.metamethod(a, "__concat");
    if (h === undefined) h = this.metamethod(b, "__concat");
    if (h !== undefined) return this.call(h, [a, b], site)[0];
    if (ta === "string" || ta === "number") throw typeError(site, b, "concatenate", site.d2);
    throw typeError(site, a, "concatenate", site.d1);
  }

  len(a: LuaValue, site: Site): number | LuaValue {
    if (typeof a === "string") return a.length;
    if (a instanceof LuaTable) return a.length();
    const h = this.metamethod(a, "__len");
    if (h !== undefined) return this.call(h, [a], site)[0];
    throw typeError(site, a, "get length of", site.d1);
  }

  /** get_compTM: the metamethod two operands share for an event. */
  private compareMeta(a: LuaValue, b: LuaValue, event: string): LuaValue {
    const h1 = this.metamethod(a, event);
    if (h1 === undefined) return undefined;
    const ma = this.metatable(a);
    const mb = this.metatable(b);
    if (ma === mb) return h1;
    const h2 = this.metamethod(b, event);
    return h1 === h2 ? h1 : undefined;
  }

  equal(a: LuaValue, b: LuaValue, site: Site | null = null): boolean {
    if (a === b) return true;
    if (!(a instanceof LuaTable) || !(b instanceof LuaTable)) return false;
    const h = this.compareMeta(a, b, "__eq");
    if (h === undefined) return false;
    const r = this.call(h, [a, b], site)[0];
    return r !== undefined && r !== false;
  }

  lessThan(a: LuaValue, b: LuaValue, site: Site): boolean {
    const ta = typeName(a);
    if (ta === typeName(b)) {
      if (ta === "number" || ta === "string") return (a as number) < (b as number);
      const h = this.compareMeta(a, b, "__lt");
      if (h !== undefined) {
        const r = this.call(h, [a, b], site)[0];
        return r !== undefined && r !== false;
      }
    }
    throw orderError(site, a, b);
  }

  lessEqual(a: LuaValue, b: LuaValue, site: Site): boolean {
    const ta = typeName(a);
    if (ta === typeName(b)) {
      if (ta === "number" || ta === "string") return (a as number) <= (b as number);
      let h = this.compareMeta(a, b, "__le");
      if (h !== undefined) {
        const r = this.call(h, [a, b], site)[0];
        return r !== undefined && r !== false;
      }
      h = this.compareMeta(b, a, "__lt");
      if (h !== undefined) {
        const r = this.call(h, [b, a], site)[0];
        return !(r !== undefined && r !== false);
      }
    }
    throw orderError(site, a, b);
  }

  /** What the `tostring` function returns: __tostring's result as it is, or the default text. */
  tostringValue(v: LuaValue): LuaValue {
    switch (typeof v) {
      case "string":
        return v;
      case "number":
        return number2string(v);
      case "undefined":
        return "nil";
      case "boolean":
        return v ? "true" : "false";
    }
    const h = this.metamethod(v, "__tostring");
    if (h !== undefined) return this.call(h, [v])[0];
    // A light userdata prints its pointer, and glibc prints NULL (cjson.null) as "(nil)".
    if (v instanceof LightUserdata) {
      return v.address === 0 ? "userdata: (nil)" : `userdata: 0x${v.address.toString(16)}`;
    }
    return `${typeName(v)}: ${addressOf(v as object)}`;
  }

  /** tostring as a string (print, messages): a __tostring that returns something else is an error. */
  tostring(v: LuaValue): string {
    const r = this.tostringValue(v);
    if (typeof r === "string") return r;
    if (typeof r === "number") return number2string(r);
    throw new LuaLibError("'tostring' must return a string to 'print'");
  }

  private makeHelpers(): Record<string, unknown> {
    const rt = this;
    return {
      T: LuaTable,
      E: EMPTY,
      MK(env: LuaTable, factory: (cl: LuaClosure) => GenFn, defined: Site): LuaClosure {
        const cl = new LuaClosure(env, defined);
        cl.fn = factory(cl);
        return cl;
      },
      NF: NativeFunction,
      NCALL(f: NativeFunction, args: LuaValue[], site: Site): LuaValue[] {
        try {
          return f.impl(args);
        } catch (e) {
          throw rt.libraryError(e, site);
        }
      },
      LC: LuaClosure,
      MKP(
        env: LuaTable,
        factory: (cl: LuaClosure) => (site: Site | null, ...args: LuaValue[]) => LuaValue[],
        defined: Site,
      ): LuaClosure {
        const cl = new LuaClosure(env, defined);
        const sync = factory(cl);
        cl.sync = sync;
        cl.fn = function* (site: Site | null, ...args: LuaValue[]) {
          return sync(site, ...args);
        };
        return cl;
      },
      TC: TailCall,
      DEEP: (f: LuaValue, site: Site, args: LuaValue[]) => new DeepCall(f, site, args),
      GN: GenNative,
      TLOOP: (r: TailCall) => rt.finishTailCalls(r),
      *CALL(f: LuaValue, site: Site, ...args: LuaValue[]) {
        const r = rt.depth >= rt.segLimit
          ? (yield new DeepCall(f, site, args)) as LuaValue[] | TailCall
          : yield* rt.callable(f, site)(site, ...args);
        return r instanceof TailCall ? yield* rt.finishTailCalls(r) : r;
      },
      FN(f: LuaValue, site: Site): GenFn {
        return f instanceof LuaClosure ? f.fn : rt.callable(f, site);
      },
      IDX(o: LuaValue, k: LuaValue, site: Site): LuaValue {
        if (o instanceof LuaTable) {
          const v = o.get(k);
          if (v !== undefined || o.metatable === null) return v;
          // A table reading through to another (a read-only view of a library): found there in one step.
          const w = readThrough(o.metatable, k);
          if (w !== undefined) return w;
        }
        return rt.index(o, k, site);
      },
      SETIDX(o: LuaValue, k: LuaValue, v: LuaValue, site: Site): void {
        if (o instanceof LuaTable && o.metatable === null && k !== undefined && k === k) o.set(k, v);
        else rt.setIndex(o, k, v, site);
      },
      GG(env: LuaTable, name: string, site: Site): LuaValue {
        const v = env.get(name);
        if (v !== undefined || env.metatable === null) return v;
        // An environment reading through to the globals (a sandbox's): found there in one step.
        const w = readThrough(env.metatable, name);
        return w !== undefined ? w : rt.index(env, name, site);
      },
      SG(env: LuaTable, name: string, v: LuaValue, site: Site): void {
        if (env.metatable === null) env.set(name, v);
        else rt.setIndex(env, name, v, site);
      },
      ADD: (
        a: LuaValue,
        b: LuaValue,
        s: Site,
      ) => (typeof a === "number" && typeof b === "number" ? a + b : rt.arith(a, b, s, "__add")),
      SUB: (
        a: LuaValue,
        b: LuaValue,
        s: Site,
      ) => (typeof a === "number" && typeof b === "number" ? a - b : rt.arith(a, b, s, "__sub")),
      MUL: (
        a: LuaValue,
        b: LuaValue,
        s: Site,
      ) => (typeof a === "number" && typeof b === "number" ? a * b : rt.arith(a, b, s, "__mul")),
      DIV: (
        a: LuaValue,
        b: LuaValue,
        s: Site,
      ) => (typeof a === "number" && typeof b === "number" ? a / b : rt.arith(a, b, s, "__div")),
      MOD: (a: LuaValue, b: LuaValue, s: Site) =>
        typeof a === "number" && typeof b === "number" ? a - Math.floor(a / b) * b : rt.arith(a, b, s, "__mod"),
      POW: (
        a: LuaValue,
        b: LuaValue,
        s: Site,
      ) => (typeof a === "number" && typeof b === "number" ? luaPow(a, b) : rt.arith(a, b, s, "__pow")),
      UNM: (a: LuaValue, s: Site) => (typeof a === "number" ? -a : rt.arith(a, a, s, "__unm")),
      CONCAT: (
        a: LuaValue,
        b: LuaValue,
        s: Site,
      ) => (typeof a === "string" && typeof b === "string" ? a + b : rt.concat(a, b, s)),
      LEN: (
        a: LuaValue,
        s: Site,
      ) => (typeof a === "string" ? a.length : a instanceof LuaTable ? a.length() : rt.len(a, s)),
      EQ: (a: LuaValue, b: LuaValue, s: Site) =>
        a === b || (a instanceof LuaTable && b instanceof LuaTable && rt.equal(a, b, s)),
      LT: (
        a: LuaValue,
        b: LuaValue,
        s: Site,
      ) => (typeof a === "number" && typeof b === "number" ? a < b : rt.lessThan(a, b, s)),
      LE: (
        a: LuaValue,
        b: LuaValue,
        s: Site,
      ) => (typeof a === "number" && typeof b === "number" ? a <= b : rt.lessEqual(a, b, s)),
      TBL(kinds: string, items: LuaValue[], tail?: LuaValue[]): LuaTable {
        const pos: LuaValue[] = [];
        const keyed: LuaValue[] = [];
        let j = 0;
        for (let i = 0; i < kinds.length; i++) {
          if (kinds.charCodeAt(i) === 112 /* p */) pos.push(items[j++]);
          else {
            keyed.push(items[j], items[j + 1]);
            j += 2;
          }
        }
        if (tail !== undefined) { for (const v of tail) pos.push(v); }
        const n = pos.length;
        while (pos.length > 0 && pos[pos.length - 1] === undefined) pos.pop();
        const t = new LuaTable(pos);
        for (let i = 0; i < keyed.length; i += 2) {
          const k = keyed[i];
          // Positional items are stored last (OP_SETLIST), so they win over keys 1..n.
          if (typeof k === "number" && k >= 1 && k <= n && Number.isInteger(k)) continue;
          if (keyed[i + 1] === undefined) {
            if (k === undefined) throw new LuaError("table index is nil");
            continue;
          }
          rt.rawSet(t, k, keyed[i + 1], null);
        }
        return t;
      },
      FORNUM(v: LuaValue, which: number, site: Site): number {
        if (typeof v === "number") return v;
        const n = typeof v === "string" ? str2number(v) : undefined;
        if (n === undefined) {
          throw runtimeError(site, `'for' ${["initial value", "limit", "step"][which]} must be a number`);
        }
        return n;
      },
      get NEXTF() {
        return rt.nextFn;
      },
      get INEXTF() {
        return rt.inextFn;
      },
      NEXT(t: LuaValue, k: LuaValue, site: Site): LuaValue[] {
        if (!(t instanceof LuaTable)) {
          throw runtimeError(site, `bad argument #1 to '?' (table expected, got ${typeNameArg(t)})`);
        }
        const r = t.next(k);
        if (r === null) throw runtimeError(site, "invalid key to 'next'");
        return r === undefined ? EMPTY : r;
      },
      INEXT(t: LuaValue, i: LuaValue, site: Site): LuaValue[] {
        if (!(t instanceof LuaTable)) {
          throw runtimeError(site, `bad argument #1 to '?' (table expected, got ${typeNameArg(t)})`);
        }
        const n = (i as number) + 1;
        const v = t.get(n);
        return v === undefined ? EMPTY : [n, v];
      },
      OVF(site: Site | null): never {
        return rt.stackOverflow(site);
      },
      VARG(va: LuaValue[]): LuaTable {
        const t = new LuaTable();
        for (let i = 0; i < va.length; i++) t.set(i + 1, va[i]);
        t.set("n", va.length);
        return t;
      },
    };
  }
}

/**
 * A key's value in the table a metatable's `__index` names, when that is a table (no metamethod runs): the
 * first step of an `__index` walk, undefined when it has to go on (Runtime.index).
 */
function readThrough(meta: LuaTable, k: LuaValue): LuaValue {
  const h = meta.get("__index");
  return h instanceof LuaTable ? h.get(k) : undefined;
}

/** luaL_typename for "got <type>" in argument errors ("no value" is the caller's business). */
function typeNameArg(v: LuaValue): string {
  return typeName(v);
}

function orderError(site: Site, a: LuaValue, b: LuaValue): LuaError {
  const t1 = typeName(a);
  const t2 = typeName(b);
  return runtimeError(site, t1 === t2 ? `attempt to compare two ${t1} values` : `attempt to compare ${t1} with ${t2}`);
}

/**
 * Host errors Lua sees as its own: the JS stack running out is Lua's "stack overflow", a string or array
 * past the engine's limits is "not enough memory". Anything else is not Lua's to catch.
 */
export function convertHostError(e: unknown): LuaError | null {
  // Plain string tests, no regular expression: this runs where the JS stack ran out, and V8 aborts the
  // process when it has to compile a regular expression there ("RegExpCompiler Allocation failed").
  if (e instanceof RangeError) {
    const m = e.message.toLowerCase();
    if (m.includes("call stack") || m.includes("recursion")) return new LuaError("stack overflow");
    return new LuaError("not enough memory");
  }
  if (e instanceof Error) {
    const m = e.message.toLowerCase();
    if (m.includes("too much recursion") || m.includes("out of memory")) return new LuaError("not enough memory");
  }
  return null;
}
