/** The table library (ltablib.c, 5.1), with 5.1's own quicksort so comparators see the same calls. */
import { number2string } from "../number.ts";
import { typeName } from "../runtime.ts";
import type { LuaState } from "../state.ts";
import { checkWritable, LuaFunction, LuaLibError, LuaTable, NativeFunction } from "../value.ts";
import type { LuaValue } from "../value.ts";
import { checkInt, checkTable, optInt, optString, typeErrorArg } from "./lauxlib.ts";

const EMPTY: LuaValue[] = [];

export function openTable(state: LuaState): void {
  const rt = state.runtime;
  const lib = new LuaTable();
  const def = (name: string, impl: (args: LuaValue[]) => LuaValue[]): void => {
    lib.set(name, new NativeFunction(name, impl));
  };

  def("insert", (args) => {
    const t = checkTable(args, 0, "insert");
    checkWritable(t);
    let e = t.length() + 1;
    let pos: number;
    switch (args.length) {
      case 2:
        pos = e;
        break;
      case 3: {
        pos = checkInt(args, 1, "insert");
        if (pos > e) e = pos;
        for (let i = e; i > pos; i--) t.set(i, t.get(i - 1));
        break;
      }
      default:
        throw new LuaLibError("wrong number of arguments to 'insert'");
    }
    rt.rawSet(t, pos, args[args.length - 1], null);
    return EMPTY;
  });

  def("remove", (args) => {
    const t = checkTable(args, 0, "remove");
    const e = t.length();
    let pos = optInt(args, 1, "remove", e);
    if (!(1 <= pos && pos <= e)) return EMPTY;
    checkWritable(t);
    const v = t.get(pos);
    for (; pos < e; pos++) t.set(pos, t.get(pos + 1));
    t.set(e, undefined);
    return [v];
  });

  def("concat", (args) => {
    const t = checkTable(args, 0, "concat");
    const sep = optString(args, 1, "concat", "");
    const i = optInt(args, 2, "concat", 1);
    const j = args[3] === undefined ? t.length() : checkInt(args, 3, "concat");
    const parts: string[] = [];
    const arr = t.arr;
    for (let k = i; k <= j; k++) {
      const v = k >= 1 && k <= arr.length ? arr[k - 1] : t.get(k);
      if (typeof v === "string") parts.push(v);
      else if (typeof v === "number") parts.push(number2string(v));
      else throw new LuaLibError(`invalid value (${typeName(v)}) at index ${k} in table for 'concat'`);
    }
    return [parts.join(sep)];
  });

  def("getn", (args) => [checkTable(args, 0, "getn").length()]);
  def("setn", (args) => {
    checkTable(args, 0, "setn");
    throw new LuaLibError("'setn' is obsolete");
  });

  def("maxn", (args) => {
    const t = checkTable(args, 0, "maxn");
    let max = 0;
    for (let e = t.next(undefined); e; e = t.next(e[0])) {
      if (typeof e[0] === "number" && e[0] > max) max = e[0];
    }
    return [max];
  });

  def("foreachi", (args) => {
    const t = checkTable(args, 0, "foreachi");
    const f = args[1];
    if (!(f instanceof LuaFunction)) throw typeErrorArg(args, 1, "foreachi", "function");
    const n = t.length();
    for (let i = 1; i <= n; i++) {
      const r = rt.call(f, [i, t.get(i)])[0];
      if (r !== undefined) return [r];
    }
    return EMPTY;
  });

  def("foreach", (args) => {
    const t = checkTable(args, 0, "foreach");
    const f = args[1];
    if (!(f instanceof LuaFunction)) throw typeErrorArg(args, 1, "foreach", "function");
    for (let e = t.next(undefined); e; e = t.next(e[0])) {
      const r = rt.call(f, [e[0], e[1]])[0];
      if (r !== undefined) return [r];
    }
    return EMPTY;
  });

  def("sort", (args) => {
    const t = checkTable(args, 0, "sort");
    const n = t.length();
    const f = args[1];
    if (f !== undefined && !(f instanceof LuaFunction)) throw typeErrorArg(args, 1, "sort", "function");
    if (n > 1) checkWritable(t);
    const lessThan = f === undefined
      ? (a: LuaValue, b: LuaValue): boolean =>
        typeof a === "number" && typeof b === "number" ? a < b : rt.lessThan(a, b, null as never)
      : (a: LuaValue, b: LuaValue): boolean => {
        const r = rt.call(f, [a, b])[0];
        return r !== undefined && r !== false;
      };
    // Work on a plain array copy (written back even when a comparison fails, as the in-place sort
    // would have left it). Without a comparator, numbers (no NaN) or strings sort the same under any
    // correct algorithm, so the engine's native sort is used.
    const a: LuaValue[] = new Array(n + 1);
    for (let i = 1; i <= n; i++) a[i] = t.get(i);
    try {
      if (f === undefined && n > 1 && sortNatively(a, n)) return EMPTY;
      auxsort(a, 1, n, lessThan);
    } finally {
      for (let i = 1; i <= n; i++) t.set(i, a[i]);
    }
    return EMPTY;
  });

  state.globals.set("table", lib);
}

/** Sorts a[1..n] with the engine's sort when every element is a number (not NaN) or every one a string. */
function sortNatively(a: LuaValue[], n: number): boolean {
  const first = typeof a[1];
  if (first === "number") {
    const nums = new Float64Array(n);
    for (let i = 1; i <= n; i++) {
      const v = a[i];
      if (typeof v !== "number" || v !== v) return false;
      nums[i - 1] = v;
    }
    nums.sort();
    for (let i = 1; i <= n; i++) a[i] = nums[i - 1];
    return true;
  }
  if (first === "string") {
    for (let i = 1; i <= n; i++) if (typeof a[i] !== "string") return false;
    const strs = (a.slice(1, n + 1) as string[]).sort();
    for (let i = 1; i <= n; i++) a[i] = strs[i - 1];
    return true;
  }
  return false;
}

/** ltablib.c's auxsort, step for step on a[l..u] (the comparator sees the same pairs as in lua5.1). */
function auxsort(t: LuaValue[], l: number, u: number, lt: (a: LuaValue, b: LuaValue) => boolean): void {
  while (l < u) {
    let a = t[l];
    let b = t[u];
    if (lt(b, a)) {
      t[l] = b;
      t[u] = a;
    }
    if (u - l === 1) break;
    let i = Math.floor((l + u) / 2);
    a = t[i];
    b = t[l];
    if (lt(a, b)) {
      t[i] = b;
      t[l] = a;
    } else {
      b = t[u];
      if (lt(b, a)) {
        t[i] = b;
        t[u] = a;
      }
    }
    if (u - l === 2) break;
    const p = t[i];
    t[i] = t[u - 1];
    t[u - 1] = p;
    i = l;
    let j = u - 1;
    for (;;) {
      let ai: LuaValue;
      while (lt(ai = t[++i], p)) {
        if (i > u) throw new LuaLibError("invalid order function for sorting");
      }
      let aj: LuaValue;
      while (lt(p, aj = t[--j])) {
        if (j < l) throw new LuaLibError("invalid order function for sorting");
      }
      if (j < i) break;
      t[i] = aj;
      t[j] = ai;
    }
    const x = t[u - 1];
    t[u - 1] = t[i];
    t[i] = x;
    let lo: number;
    let hi: number;
    if (i - l < u - i) {
      lo = l;
      hi = i - 1;
      l = i + 1;
    } else {
      lo = i + 1;
      hi = u;
      u = i - 1;
    }
    auxsort(t, lo, hi, lt);
  }
}
