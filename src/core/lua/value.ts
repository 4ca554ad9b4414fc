/**
 * Lua 5.1 values as JavaScript values, shared by the interpreter and the libraries (cjson, cmsgpack, struct,
 * bit). The mapping is chosen so values cross to and from the keyspace without copying:
 *
 * | Lua      | JavaScript                                                        |
 * |----------|-------------------------------------------------------------------|
 * | nil      | `undefined`                                                       |
 * | boolean  | `boolean`                                                         |
 * | number   | `number` (a double, as Lua 5.1's `lua_Number`)                    |
 * | string   | `string`, one char per byte (char codes 0-255), as keys and values in the keyspace |
 * | table    | `LuaTable`                                                        |
 * | function | `LuaFunction` (interpreted closures and native functions alike)  |
 * | thread   | `LuaCoroutine`                                                    |
 *
 * Runtime-free, like all of src/core.
 */

export type LuaValue = undefined | boolean | number | string | LuaTable | LuaFunction | LuaCoroutine;

/**
 * Anything callable from Lua. The interpreter subclasses it for closures; `NativeFunction` wraps a JS
 * function for the libraries.
 */
export abstract class LuaFunction {
  /** Name used in error messages ("bad argument #1 to 'insert'"). */
  name: string;
  constructor(name: string) {
    this.name = name;
  }
}

/** A library function: receives its arguments, returns its results (an empty array for none). */
export type NativeImpl = (args: LuaValue[]) => LuaValue[];

export class NativeFunction extends LuaFunction {
  readonly impl: NativeImpl;
  /** The interpreter's calling wrapper for this function, made on first call (see runtime.ts). */
  wrapper: unknown = undefined;
  constructor(name: string, impl: NativeImpl) {
    super(name);
    this.impl = impl;
  }
}

/** A coroutine's identity as a value; the interpreter keeps its execution state. */
export abstract class LuaCoroutine {}

/**
 * A Lua error in flight: `value` is what `error(v)` raised (usually a message string already prefixed with
 * "chunk:line: "), what pcall returns as its second result.
 */
export class LuaError extends Error {
  readonly value: LuaValue;
  /** Traceback text when the interpreter records one. */
  traceback: string | undefined;
  /**
   * The Lua code that raised it (chunk as messages show it, its source as load() was given it, and line),
   * when known: Redis's error handler reports that line even for error values that carry no position
   * (tables, error(msg, 0)).
   */
  raisedAt: { chunk: string; source: string; line: number } | null;
  constructor(value: LuaValue) {
    super(typeof value === "string" ? value : typeof value === "number" ? String(value) : "(error object)");
    this.value = value;
    this.traceback = undefined;
    this.raisedAt = null;
  }
}

/**
 * A Lua table: an array part for keys 1..n and a hash part for the rest, as Lua 5.1 keeps them. Number keys
 * that are integers are normalised (so `t[1.0]` and `t[1]` are one slot); -0 is 0. `get`/`set` are raw (no
 * metamethods): the interpreter applies `__index`/`__newindex` around them.
 *
 * Iteration (`next`) is O(1) per step: the hash part keeps its keys in insertion order in `keys` (with each
 * key's position in `index` once there are more than a few); deleted keys leave a hole (`undefined` in `vals`) until the next compaction, so
 * assigning nil to a field during traversal is allowed, as in Lua.
 */
/** Limits on what a script can allocate: the largest array part a table may grow to (2^26 values, 512 MB). */
export const tableLimits = { arrayPart: 1 << 26 };

/**
 * The array part or hash part of a table that never had one: shared by every such table, so it is replaced
 * on the first insertion, never written (only this file writes the parts, and `arr` is read-only outside).
 */
const NO_ENTRIES: LuaValue[] = [];
/** Hash parts up to this many keys are searched by a scan instead of a Map. */
const SMALL_HASH = 8;

export class LuaTable {
  /**
   * Values of keys 1..arr.length (arr[0] is t[1]); never ends with undefined. Read-only outside this class:
   * a table with no array part shares one empty array (NO_ENTRIES), so a table of named fields allocates none.
   */
  arr: LuaValue[];
  // The hash part: keys in insertion order with their values. Both start as the shared empty array and get
  // their own on the first insertion, so an array-only table (most tables cjson.decode and argument tables
  // make) allocates no hash part at all.
  private keys: LuaValue[] = NO_ENTRIES;
  private vals: LuaValue[] = NO_ENTRIES;
  /**
   * Each key's position in `keys`, built once the hash part outgrows SMALL_HASH: below that a scan of `keys`
   * with === (what Lua's own key equality is for these values) beats hashing into a Map, and the table needs
   * one allocation fewer. Measured on cjson.decode of objects with 5 fields (Bun, Node): about 2x faster.
   */
  private index: Map<LuaValue, number> | null = null;
  private holes = 0;
  metatable: LuaTable | null = null;

  /**
   * A table whose array part is `arr` (taken, not copied: keys 1..arr.length; it must not end with undefined),
   * with no hash part. For builders that know the values first (table constructors, cjson.decode).
   */
  static fromArray(arr: LuaValue[]): LuaTable {
    return new LuaTable(arr);
  }

  /**
   * A table with only a hash part: `keys` none of them nil, NaN or a number (so none belongs in the array
   * part), and `vals` their values (none nil), both taken as they are. Exactly what setting each pair in turn
   * makes, without growing the arrays one push at a time (cjson.decode's objects). Null when a key repeats
   * (the caller then sets the pairs in turn).
   */
  static fromHash(keys: LuaValue[], vals: LuaValue[]): LuaTable | null {
    const t = new LuaTable();
    const n = keys.length;
    if (n === 0) return t;
    if (n > SMALL_HASH) {
      const index = new Map<LuaValue, number>();
      for (let k = 0; k < n; k++) index.set(keys[k], k);
      if (index.size !== n) return null;
      t.index = index;
    } else {
      for (let i = 1; i < n; i++) {
        const k = keys[i];
        for (let j = 0; j < i; j++) if (keys[j] === k) return null;
      }
    }
    t.keys = keys;
    t.vals = vals;
    return t;
  }

  /** An empty table, or one whose array part is `arr` (see fromArray). */
  constructor(arr?: LuaValue[]) {
    this.arr = arr === undefined ? NO_ENTRIES : arr;
  }

  /** The position of `key` in the hash part, or -1. */
  private find(key: LuaValue): number {
    if (this.index !== null) {
      const i = this.index.get(key);
      return i === undefined ? -1 : i;
    }
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === key) return i;
    return -1;
  }

  get(key: LuaValue): LuaValue {
    if (typeof key === "number") {
      const a = this.arr;
      if (key >= 1 && key <= a.length && (key | 0) === key) return a[key - 1];
    }
    // -0 needs no normalising here: === and the Map's SameValueZero both take it for 0.
    const i = this.find(key);
    return i < 0 ? undefined : this.vals[i];
  }

  /** Raw set. The caller rejects nil and NaN keys with Lua's error ("table index is nil" / "is NaN"). */
  set(key: LuaValue, value: LuaValue): void {
    if (typeof key === "number") {
      const a = this.arr;
      if ((key | 0) === key && key >= 1) {
        if (key <= a.length) {
          if (value === undefined && key === a.length) {
            a.pop();
            while (a.length > 0 && a[a.length - 1] === undefined) a.pop();
          } else {
            a[key - 1] = value;
          }
          return;
        }
        if (key === a.length + 1) {
          if (value === undefined) {
            this.hashSet(key, undefined);
            return;
          }
          // A runaway loop appending to a table must end in a Lua error, not in the host running out of
          // memory (which no JS engine lets a program catch).
          if (a.length >= tableLimits.arrayPart) throw new LuaError("not enough memory");
          if (a === NO_ENTRIES) this.arr = [value];
          else a.push(value);
          if (this.keys.length !== this.holes) {
            this.hashSet(key, undefined);
            this.migrate();
          }
          return;
        }
      }
      if (key === 0) key = 0; // -0 -> 0, so next() hands back 0
    }
    this.hashSet(key, value);
  }

  /** Moves keys n+1, n+2 ... from the hash part to the array part after the array grew to n. */
  private migrate(): void {
    const a = this.arr;
    while (this.keys.length !== this.holes) {
      const i = this.find(a.length + 1);
      if (i < 0 || this.vals[i] === undefined) return;
      a.push(this.vals[i]);
      this.vals[i] = undefined;
      this.holes++;
    }
  }

  private hashSet(key: LuaValue, value: LuaValue): void {
    const i = this.find(key);
    if (i >= 0) {
      const was = this.vals[i];
      this.vals[i] = value;
      if (was === undefined && value !== undefined) this.holes--;
      else if (was !== undefined && value === undefined) this.holes++;
      return;
    }
    if (value === undefined) return;
    if (this.keys === NO_ENTRIES) {
      this.keys = [];
      this.vals = [];
    } else if (this.holes > 16 && this.holes * 2 > this.keys.length) this.compact();
    if (this.index !== null) this.index.set(key, this.keys.length);
    else if (this.keys.length === SMALL_HASH) {
      this.index = new Map();
      for (let k = 0; k < this.keys.length; k++) this.index.set(this.keys[k], k);
      this.index.set(key, this.keys.length);
    }
    this.keys.push(key);
    this.vals.push(value);
  }

  /** Drops deleted hash entries. Only between traversals can this matter; Lua forbids adding keys mid-traversal. */
  private compact(): void {
    const keys: LuaValue[] = [];
    const vals: LuaValue[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (this.vals[i] === undefined) continue;
      keys.push(this.keys[i]);
      vals.push(this.vals[i]);
    }
    this.keys = keys;
    this.vals = vals;
    this.holes = 0;
    if (keys.length < SMALL_HASH) this.index = null;
    else {
      const index = new Map<LuaValue, number>();
      for (let k = 0; k < keys.length; k++) index.set(keys[k], k);
      this.index = index;
    }
  }

  /** Whether the hash part holds any entry (when not, the table is its array part). */
  hasHashEntries(): boolean {
    return this.keys.length !== this.holes;
  }

  /**
   * Traversal by position, for library code that walks a table it does not change (cjson.encode): the hash
   * part's slots 0..hashSlots()-1 in `next`'s order, a deleted entry's value undefined. Saves `next`'s key
   * lookup and its pair per step.
   */
  hashSlots(): number {
    return this.keys.length;
  }
  hashKeyAt(slot: number): LuaValue {
    return this.keys[slot];
  }
  hashValueAt(slot: number): LuaValue {
    return this.vals[slot];
  }

  /**
   * The border `#t`: Lua 5.1 returns the array part's length when its last slot is set, else searches the
   * hash part for a border beyond it (luaH_getn / unbound_search).
   */
  length(): number {
    const n = this.arr.length;
    if (this.keys.length === this.holes) return n;
    if (this.get(n + 1) === undefined) return n;
    let i = n + 1;
    let j = i * 2;
    while (this.get(j) !== undefined) {
      i = j;
      if (j > 9007199254740991 / 2) {
        let k = 1;
        while (this.get(k) !== undefined) k++;
        return k - 1;
      }
      j *= 2;
    }
    while (j - i > 1) {
      const m = Math.floor((i + j) / 2);
      if (this.get(m) === undefined) j = m;
      else i = m;
    }
    return i;
  }

  /**
   * `next(t, key)`: the entry after `key` (array part first, then hash part in insertion order), or
   * undefined at the end. Returns null when `key` is not in the table (Lua's "invalid key to 'next'").
   */
  next(key: LuaValue): [LuaValue, LuaValue] | undefined | null {
    const a = this.arr;
    let start = 0; // position in the hash part to scan from
    if (key === undefined) {
      for (let i = 0; i < a.length; i++) if (a[i] !== undefined) return [i + 1, a[i]];
    } else {
      if (typeof key === "number" && key >= 1 && key <= a.length && (key | 0) === key) {
        for (let i = key; i < a.length; i++) if (a[i] !== undefined) return [i + 1, a[i]];
      } else {
        const at = this.find(key);
        if (at < 0) return null;
        start = at + 1;
      }
    }
    for (let i = start; i < this.keys.length; i++) if (this.vals[i] !== undefined) return [this.keys[i], this.vals[i]];
    return undefined;
  }

  /** Number of non-nil entries (for libraries sizing output, e.g. cmsgpack maps). */
  count(): number {
    let n = 0;
    for (const v of this.arr) if (v !== undefined) n++;
    return n + this.keys.length - this.holes;
  }
}

/**
 * Read-only tables, as Redis's patched Lua marks them (lua_enablereadonlytable): assignments, `rawset`,
 * `setmetatable` and the table library's writes raise "Attempt to modify a readonly table". A read-only table
 * always has a metatable (READONLY_MARK when it had none, which getmetatable does not show), so the
 * interpreter's fast path for tables without one never reaches them and the check stays off the hot path.
 */
const readonlyTables = new WeakSet<LuaTable>();
export const READONLY_TABLE_ERROR = "Attempt to modify a readonly table";
/** The metatable of a read-only table that has none of its own: empty, and invisible to scripts. */
export const READONLY_MARK = new LuaTable();

export function setReadonly(t: LuaTable): void {
  if (t === READONLY_MARK) return;
  readonlyTables.add(t);
  if (t.metatable === null) t.metatable = READONLY_MARK;
}

export function isReadonly(t: LuaTable): boolean {
  return t.metatable !== null && readonlyTables.has(t);
}

/** lua_rawset's check: raised from library code, so without a position (luaG_runerror outside Lua code). */
export function checkWritable(t: LuaTable): void {
  if (t.metatable !== null && readonlyTables.has(t)) throw new LuaError(READONLY_TABLE_ERROR);
}

/**
 * An error raised by a library function the way C code calls `luaL_error`: the interpreter prefixes it with
 * the position of the Lua code that called the library function ("user_script:3: "), as luaL_where(L, 1)
 * does, and raises it as a LuaError.
 */
export class LuaLibError extends Error {
  /**
   * For argument errors: the argument number and the parenthesised text. The interpreter renames the
   * function as the caller named it and shifts the number for method calls, as luaL_argerror does.
   */
  argument: { n: number; extramsg: string } | undefined = undefined;
}

/** `luaL_argerror`: "bad argument #n to 'fname' (extramsg)", raised as a library error. */
export function argError(n: number, fname: string, extramsg: string): LuaLibError {
  const e = new LuaLibError(`bad argument #${n} to '${fname}' (${extramsg})`);
  e.argument = { n, extramsg };
  return e;
}

/** lua_typename(lua_type(v)): anything that is not one of the types above is a (light) userdata. */
export function typeName(v: LuaValue): string {
  switch (typeof v) {
    case "undefined":
      return "nil";
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    default:
      if (v instanceof LuaTable) return "table";
      if (v instanceof LuaFunction) return "function";
      if (v instanceof LuaCoroutine) return "thread";
      return "userdata";
  }
}
