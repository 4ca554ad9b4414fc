/**
 * The math library (lmathlib.c, 5.1). math.random is C's rand() as glibc computes it, so seeded sequences
 * match lua5.1; Redis installs its own generator over math.random/math.randomseed (plain table entries).
 */
import type { LuaState } from "../state.ts";
import { argError, LuaLibError, LuaTable, NativeFunction } from "../value.ts";
import type { LuaValue } from "../value.ts";
import { checkInt, checkNumber } from "./lauxlib.ts";

/** glibc's random_r (TYPE_3, the generator behind rand()/srand()). */
export class GlibcRandom {
  private f = 0;
  private b = 0;
  private readonly state = new Int32Array(31);

  constructor(seed = 1) {
    this.seed(seed);
  }

  seed(seed: number): void {
    const s = this.state;
    s[0] = seed === 0 ? 1 : seed | 0;
    for (let i = 1; i < 31; i++) {
      // 16807 * s[i-1] % 2147483647 without overflow (Schrage's method), as glibc does
      const hi = Math.trunc(s[i - 1] / 127773);
      const lo = s[i - 1] % 127773;
      let word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      s[i] = word;
    }
    this.f = 3;
    this.b = 0;
    for (let i = 0; i < 310; i++) this.next();
  }

  /** rand(): 0 .. 2^31-1 */
  next(): number {
    const s = this.state;
    s[this.f] = (s[this.f] + s[this.b]) | 0;
    const result = (s[this.f] >>> 1) & 0x7fffffff;
    this.f = (this.f + 1) % 31;
    this.b = (this.b + 1) % 31;
    return result;
  }
}

export function openMath(state: LuaState): void {
  const lib = new LuaTable();
  const def = (name: string, impl: (args: LuaValue[]) => LuaValue[]): void => {
    lib.set(name, new NativeFunction(name, impl));
  };
  const fn1 = (name: string, f: (x: number) => number): void => def(name, (args) => [f(checkNumber(args, 0, name))]);

  fn1("abs", Math.abs);
  fn1("acos", Math.acos);
  fn1("asin", Math.asin);
  fn1("atan", Math.atan);
  fn1("ceil", Math.ceil);
  fn1("cos", Math.cos);
  fn1("cosh", Math.cosh);
  fn1("deg", (x) => x * (180 / Math.PI));
  fn1("exp", Math.exp);
  fn1("floor", Math.floor);
  fn1("log", Math.log);
  fn1("log10", Math.log10);
  fn1("rad", (x) => x * (Math.PI / 180));
  fn1("sin", Math.sin);
  fn1("sinh", Math.sinh);
  fn1("sqrt", Math.sqrt);
  fn1("tan", Math.tan);
  fn1("tanh", Math.tanh);
  // Two-argument functions check their second argument first: lmathlib.c passes both checks as C call
  // arguments, which gcc evaluates right to left.
  const two = (args: LuaValue[], name: string): [number, number] => {
    const b = checkNumber(args, 1, name);
    return [checkNumber(args, 0, name), b];
  };
  def("atan2", (args) => [Math.atan2(...two(args, "atan2"))]);
  const fmod = (name: string) => (args: LuaValue[]) => {
    const [a, b] = two(args, name);
    return [a % b];
  };
  def("fmod", fmod("fmod"));
  def("mod", fmod("mod"));
  def("pow", (args) => {
    const [a, b] = two(args, "pow");
    return [a === 1 || b === 0 ? 1 : Math.pow(a, b)];
  });
  def("modf", (args) => {
    const x = checkNumber(args, 0, "modf");
    if (!Number.isFinite(x)) return Number.isNaN(x) ? [x, x] : [x, 0];
    const ip = Math.trunc(x);
    return [ip, x - ip];
  });
  def("frexp", (args) => {
    const x = checkNumber(args, 0, "frexp");
    if (x === 0 || !Number.isFinite(x)) return [x, 0];
    let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
    let m = x * Math.pow(2, -e);
    // log2 can be off by one near powers of two
    while (Math.abs(m) < 0.5) {
      m *= 2;
      e--;
    }
    while (Math.abs(m) >= 1) {
      m /= 2;
      e++;
    }
    return [m, e];
  });
  def("ldexp", (args) => {
    let e = checkInt(args, 1, "ldexp");
    const m = checkNumber(args, 0, "ldexp");
    let v = m;
    while (e > 1000) {
      v *= 2 ** 1000;
      e -= 1000;
    }
    while (e < -1000) {
      v *= 2 ** -1000;
      e += 1000;
    }
    return [v * 2 ** e];
  });
  const minmax = (name: string, better: (a: number, b: number) => boolean) =>
    def(name, (args) => {
      let m = checkNumber(args, 0, name);
      for (let i = 1; i < args.length; i++) {
        const v = checkNumber(args, i, name);
        if (better(v, m)) m = v;
      }
      return [m];
    });
  minmax("min", (a, b) => a < b);
  minmax("max", (a, b) => a > b);

  const rng = new GlibcRandom();
  const RAND_MAX = 2147483647;
  def("random", (args) => {
    const r = (rng.next() % RAND_MAX) / RAND_MAX;
    switch (args.length) {
      case 0:
        return [r];
      case 1: {
        const u = checkInt(args, 0, "random");
        if (u < 1) throw argError(1, "random", "interval is empty");
        return [Math.floor(r * u) + 1];
      }
      case 2: {
        const l = checkInt(args, 0, "random");
        const u = checkInt(args, 1, "random");
        if (l > u) throw argError(2, "random", "interval is empty");
        return [Math.floor(r * (u - l + 1)) + l];
      }
      default:
        throw new LuaLibError("wrong number of arguments");
    }
  });
  def("randomseed", (args) => {
    rng.seed(checkInt(args, 0, "randomseed"));
    return [];
  });
  lib.set("pi", Math.PI);
  lib.set("huge", Infinity);
  state.globals.set("math", lib);
}
