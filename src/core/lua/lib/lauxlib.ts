/**
 * Argument checks as lauxlib.c words them (luaL_checknumber, luaL_checkstring, luaL_opt*): the errors are
 * argError's, which the interpreter renames and positions as luaL_argerror does.
 */
import { number2string, str2number } from "../number.ts";
import { typeName } from "../runtime.ts";
import { argError, LuaTable } from "../value.ts";
import type { LuaValue } from "../value.ts";

/** luaL_typename of argument i, "no value" past the last one. */
export function argTypeName(args: LuaValue[], i: number): string {
  return i >= args.length ? "no value" : typeName(args[i]);
}

/** luaL_typerror: "<T> expected, got <type>". */
export function typeErrorArg(args: LuaValue[], i: number, fname: string, expected: string): Error {
  return argError(i + 1, fname, `${expected} expected, got ${argTypeName(args, i)}`);
}

export function checkAny(args: LuaValue[], i: number, fname: string): LuaValue {
  if (i >= args.length) throw argError(i + 1, fname, "value expected");
  return args[i];
}

export function checkTable(args: LuaValue[], i: number, fname: string): LuaTable {
  const v = args[i];
  if (!(v instanceof LuaTable)) throw typeErrorArg(args, i, fname, "table");
  return v;
}

export function checkNumber(args: LuaValue[], i: number, fname: string): number {
  const v = args[i];
  if (typeof v === "number") return v;
  if (typeof v === "string") {
    const n = str2number(v);
    if (n !== undefined) return n;
  }
  throw typeErrorArg(args, i, fname, "number");
}

/** luaL_checkinteger: the number truncated toward zero, as the C cast does. */
export function checkInt(args: LuaValue[], i: number, fname: string): number {
  return toInteger(checkNumber(args, i, fname));
}

export function toInteger(n: number): number {
  if (!Number.isFinite(n)) return n !== n ? 0 : n > 0 ? 2147483647 : -2147483648; // C's cast, clamped
  return Math.trunc(n);
}

export function optNumber(args: LuaValue[], i: number, fname: string, def: number): number {
  return args[i] === undefined ? def : checkNumber(args, i, fname);
}

export function optInt(args: LuaValue[], i: number, fname: string, def: number): number {
  return args[i] === undefined ? def : checkInt(args, i, fname);
}

export function checkString(args: LuaValue[], i: number, fname: string): string {
  const v = args[i];
  if (typeof v === "string") return v;
  if (typeof v === "number") return number2string(v);
  throw typeErrorArg(args, i, fname, "string");
}

export function optString(args: LuaValue[], i: number, fname: string, def: string): string {
  return args[i] === undefined ? def : checkString(args, i, fname);
}

/** A table of library functions. */
export function library(
  fns: Record<string, (args: LuaValue[]) => LuaValue[]>,
  make: (name: string, impl: (args: LuaValue[]) => LuaValue[]) => LuaValue,
): LuaTable {
  const t = new LuaTable();
  for (const [name, impl] of Object.entries(fns)) t.set(name, make(name, impl));
  return t;
}
