/**
 * Redis's bundled LuaBitOp 1.0.2 (deps/lua/src/lua_bit.c at 7.0.15): 32-bit operations on Lua numbers. An
 * argument becomes 32 bits the way the C does it, by adding 2^52+2^51 and keeping the low word of the double
 * (so fractions round to nearest even and values wrap modulo 2^32); results are signed 32-bit numbers.
 *
 * Runtime-free, like all of src/core.
 */

import { LuaTable, NativeFunction } from "../value.ts";
import type { LuaValue } from "../value.ts";
import { toNumber, typeError } from "./cjson.ts";

const scratch = new DataView(new ArrayBuffer(8));

/** barg: argument `n` as 32 bits (an unsigned JS number). Non-numbers are a type error, as in Lua 5.1's build. */
function barg(args: LuaValue[], n: number, fname: string): number {
  const v = toNumber(args[n - 1]);
  if (v === undefined) throw typeError(args, n, fname, "number");
  scratch.setFloat64(0, v + 6755399441055744.0, true);
  return scratch.getUint32(0, true);
}

/** luaopen_bit. */
export function openBit(): LuaTable {
  const t = new LuaTable();
  const fn = (name: string, impl: (args: LuaValue[]) => number): void => {
    // BRET: the result as a signed 32-bit number.
    t.set(name, new NativeFunction(name, (args) => [impl(args) | 0]));
  };
  fn("tobit", (args) => barg(args, 1, "tobit"));
  fn("bnot", (args) => ~barg(args, 1, "bnot"));
  // The first argument is read first, then the rest from the last one down, as the C loop does.
  const fold = (name: string, op: (a: number, b: number) => number): void => {
    fn(name, (args) => {
      let b = barg(args, 1, name);
      for (let i = args.length; i > 1; i--) b = op(b, barg(args, i, name));
      return b;
    });
  };
  fold("band", (a, b) => a & b);
  fold("bor", (a, b) => a | b);
  fold("bxor", (a, b) => a ^ b);
  const shift = (name: string, op: (b: number, n: number) => number): void => {
    fn(name, (args) => {
      const b = barg(args, 1, name);
      return op(b, barg(args, 2, name) & 31);
    });
  };
  shift("lshift", (b, n) => b << n);
  shift("rshift", (b, n) => b >>> n);
  shift("arshift", (b, n) => (b | 0) >> n);
  shift("rol", (b, n) => (b << n) | (b >>> (32 - n)));
  shift("ror", (b, n) => (b << (32 - n)) | (b >>> n));
  fn("bswap", (args) => {
    const b = barg(args, 1, "bswap");
    return (b >>> 24) | ((b >>> 8) & 0xff00) | ((b & 0xff00) << 8) | (b << 24);
  });
  t.set(
    "tohex",
    new NativeFunction("tohex", (args) => {
      let b = barg(args, 1, "tohex");
      let n = args.length < 2 ? 8 : barg(args, 2, "tohex") | 0;
      let hexdigits = "0123456789abcdef";
      if (n < 0) {
        n = -n;
        hexdigits = "0123456789ABCDEF";
      }
      if (n > 8) n = 8;
      let out = "";
      for (let i = n; --i >= 0;) {
        out = hexdigits[b & 15] + out;
        b >>>= 4;
      }
      return [out];
    }),
  );
  return t;
}
