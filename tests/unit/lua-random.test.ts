/**
 * Seeded random Lua programs (arithmetic, comparisons, strings, string and math library calls, tables,
 * loops, closures, errors caught by pcall), each run in the engine and in lua5.1 and compared line by line.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { runEngine, runReference } from "../lua/_harness.ts";

/** mulberry32: small, seedable, the same on every runtime. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function program(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const num = (): string =>
    pick(["0", "1", "-1", "2", "3.5", "-2.25", "10", "1e3", "0.1", "255", "7", "1e15", "2^53", "-0.5"]);
  const str = (): string =>
    pick(['"abc"', '"10"', '""', '"Hello World"', '"0x1F"', '"a,b,,c"', '" 42 "', '"x"', '"3.5e2"']);
  const vars = ["a", "b", "c", "s", "u", "t", "n"];
  const atom = (): string =>
    pick([num, str, () => pick(vars), () => "nil", () => "true", () => "t[1]", () => "t.k", () => "#s"])();
  const expr = (depth: number): string => {
    if (depth <= 0) return atom();
    const sub = () => expr(depth - 1);
    switch (Math.floor(r() * 12)) {
      case 0:
        return `(${sub()} ${pick(["+", "-", "*", "/", "%", "^"])} ${sub()})`;
      case 1:
        return `(${sub()} .. ${sub()})`;
      case 2:
        return `(${sub()} ${pick(["==", "~=", "<", "<=", ">", ">="])} ${sub()})`;
      case 3:
        return `(${sub()} ${pick(["and", "or"])} ${sub()})`;
      case 4:
        return `(not ${sub()})`;
      case 5:
        return `(-${sub()})`;
      case 6:
        return `string.${pick(["upper", "lower", "len", "reverse"])}(${sub()})`;
      case 7:
        return `string.sub(${sub()}, ${num()}, ${num()})`;
      case 8:
        return `string.format(${
          pick(['"%d"', '"%5.2f"', '"%g"', '"%s|%s"', '"%x"', '"%q"', '"%10.3e"'])
        }, ${sub()}, ${sub()})`;
      case 9:
        return `math.${pick(["floor", "ceil", "abs", "max", "min", "fmod"])}(${sub()}, ${sub()})`;
      case 10:
        return `tostring(${sub()})`;
      default:
        return `tonumber(${sub()})`;
    }
  };
  const out: string[] = [
    "local a, b, c = 3, -7.5, 0.25",
    'local s, u = "hello", "42"',
    'local t = {10, 20, k = "v"}',
    "local n = nil",
  ];
  out.push(
    "local mt = {__index = function(t, k) return k .. '?' end, __add = function(x, y) return 'added' end}",
    "local obj = setmetatable({x = 1}, mt)",
    "local function va(...) return select('#', ...), ... end",
    "local function mkc(v) local n = v return function(d) n = n + (tonumber(d) or 0) return n end end",
    "local acc = mkc(0)",
  );
  for (let i = 0; i < 25; i++) {
    switch (Math.floor(r() * 10)) {
      case 6:
        out.push(`print(pcall(function() return obj[${expr(1)}], obj + ${atom()}, obj.x end))`);
        continue;
      case 7:
        out.push(`print(pcall(function() return va(${expr(1)}, ${atom()}, nil) end))`, `print(pcall(acc, ${expr(1)}))`);
        continue;
      case 8:
        out.push(
          `do local k, w = 0, ${
            expr(1)
          } while k < 3 do k = k + 1; w = tostring(w) .. k end repeat k = k - 1 until k <= 0 print(k, w) end`,
        );
        continue;
      case 9:
        out.push(
          `print(pcall(function() local x, y, z = ${expr(1)}, ${
            expr(1)
          }; x, y = y, x; return {x, y, z, n = #{x, y}}, x, y, z end))`,
          `print(pcall(string.match, ${str()}, ${
            pick(['"(%d+)"', '"^(%a+)"', '"(.-)$"', '"()%s"', '"%b()"', '"[^%w]"'])
          }))`,
        );
        continue;
    }
    switch (Math.floor(r() * 6)) {
      case 0:
        out.push(
          `${pick(["a", "b", "c", "s", "u"])} = (function() local ok, v = pcall(function() return ${
            expr(2)
          } end) if ok and v ~= nil then return v end return 1 end)()`,
        );
        break;
      case 1:
        out.push(`for i = ${pick(["1", "2", "-1"])}, ${pick(["3", "5", "0"])} do a = a + i; s = s .. i end`);
        break;
      case 2:
        out.push(`t[#t + 1] = ${expr(1)}`);
        break;
      case 3:
        out.push(
          `print(pcall(string.gsub, ${str()}, ${
            pick(['"%w+"', '"(%a)(%d*)"', '"[%s,]"', '"^%s*(.-)%s*$"', '"."', '"%d"'])
          }, ${pick(['"<%0>"', '"%1"', "string.upper", "{abc = 1}", '"-"'])}))`,
        );
        break;
      default:
        out.push(`print(pcall(function() return ${expr(3)} end))`);
    }
  }
  out.push("print(a, b, c, s, u, #t)");
  return out.join("\n") + "\n";
}

test("seeded random programs print what lua5.1 prints", () => {
  for (let seed = 1; seed <= 60; seed++) {
    const source = program(seed);
    const expected = runReference(source);
    const got = runEngine(source, "=stdin");
    assert.equal(got.error, expected.error, `seed ${seed}\n${source}`);
    const e = expected.stdout.split("\n");
    const g = got.stdout.split("\n");
    for (let i = 0; i < Math.max(e.length, g.length); i++) {
      assert.equal(g[i], e[i], `seed ${seed}, output line ${i + 1}: got ${g[i]}, lua5.1 printed ${e[i]}\n${source}`);
    }
  }
});
