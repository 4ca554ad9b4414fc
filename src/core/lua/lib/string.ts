/** The string library (lstrlib.c, 5.1) and the string metatable that makes `("x"):rep(3)` work. */
import { formatNumber, number2string } from "../number.ts";
import { GenNative } from "../runtime.ts";
import type { Site } from "../compiler.ts";
import type { LuaState } from "../state.ts";
import { argError, LuaError, LuaFunction, LuaLibError, LuaTable, NativeFunction } from "../value.ts";
import type { LuaValue } from "../value.ts";
import { checkInt, checkNumber, checkString, optInt, typeErrorArg } from "./lauxlib.ts";
import { isPlainPattern, MatchState } from "./pattern.ts";

const EMPTY: LuaValue[] = [];

/** Longest string the engine builds (JS engines cap strings near 2^29-2^30 chars). */
export const MAX_STRING = 0x1fffffe8;

function memoryError(): LuaError {
  return new LuaError("not enough memory");
}

function posrelat(pos: number, len: number): number {
  if (pos < 0) pos += len + 1;
  return pos >= 0 ? pos : 0;
}

/** string.format's %q: quotes, backslashes and newlines escaped; \r and \0 spelled out. */
function addQuoted(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "\\" || c === "\n") out += "\\" + c;
    else if (c === "\r") out += "\\r";
    else if (c === "\0") out += "\\000";
    else out += c;
  }
  return out + '"';
}

function format(args: LuaValue[]): string {
  const fmt = checkString(args, 0, "format");
  let arg = 0;
  let out = "";
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i++];
    if (c !== "%") {
      out += c;
      continue;
    }
    if (fmt[i] === "%") {
      out += "%";
      i++;
      continue;
    }
    if (++arg >= args.length) throw argError(arg + 1, "format", "no value");
    // scanformat: flags, width (2 digits at most), precision (2 digits at most)
    const start = i;
    while (i < fmt.length && "-+ #0".includes(fmt[i])) i++;
    if (i - start >= 6) throw new LuaLibError("invalid format (repeated flags)");
    const flags = fmt.slice(start, i);
    let width = 0;
    let widthDigits = 0;
    while (widthDigits < 2 && fmt[i] >= "0" && fmt[i] <= "9") {
      width = width * 10 + (fmt.charCodeAt(i++) - 48);
      widthDigits++;
    }
    let precision = -1;
    if (fmt[i] === ".") {
      i++;
      precision = 0;
      let pd = 0;
      while (pd < 2 && fmt[i] >= "0" && fmt[i] <= "9") {
        precision = precision * 10 + (fmt.charCodeAt(i++) - 48);
        pd++;
      }
    }
    if (fmt[i] >= "0" && fmt[i] <= "9") throw new LuaLibError("invalid format (width or precision too long)");
    const conv = i < fmt.length ? fmt[i++] : "\0";
    switch (conv) {
      case "c": {
        const ch = String.fromCharCode(checkNumber(args, arg, "format") & 255);
        out += pad(ch, flags, width);
        break;
      }
      case "d":
      case "i":
      case "o":
      case "u":
      case "x":
      case "X":
      case "e":
      case "E":
      case "f":
      case "g":
      case "G":
        out += formatNumber(checkNumber(args, arg, "format"), conv === "i" ? "d" : conv, flags, width, precision);
        break;
      case "q":
        out += addQuoted(checkString(args, arg, "format"));
        break;
      case "s": {
        let s = checkString(args, arg, "format");
        if (precision < 0 && s.length >= 100) {
          out += s;
          break;
        }
        const z = s.indexOf("\0");
        if (z >= 0) s = s.slice(0, z); // sprintf stops at a zero byte
        if (precision >= 0) s = s.slice(0, precision);
        out += pad(s, flags, width);
        break;
      }
      default:
        throw new LuaLibError(`invalid option '%${conv}' to 'format'`);
    }
    if (out.length > MAX_STRING) throw memoryError();
  }
  return out;
}

function pad(s: string, flags: string, width: number): string {
  if (s.length >= width) return s;
  return flags.includes("-") ? s + " ".repeat(width - s.length) : " ".repeat(width - s.length) + s;
}

export function openString(state: LuaState): void {
  const rt = state.runtime;
  const lib = new LuaTable();
  const def = (name: string, impl: (args: LuaValue[]) => LuaValue[]): NativeFunction => {
    const f = new NativeFunction(name, impl);
    lib.set(name, f);
    return f;
  };

  def("len", (args) => [checkString(args, 0, "len").length]);

  def("sub", (args) => {
    const s = checkString(args, 0, "sub");
    const l = s.length;
    let start = posrelat(checkInt(args, 1, "sub"), l);
    let end = posrelat(optInt(args, 2, "sub", -1), l);
    if (start < 1) start = 1;
    if (end > l) end = l;
    return [start <= end ? s.slice(start - 1, end) : ""];
  });

  def("upper", (args) => [checkString(args, 0, "upper").replace(/[a-z]+/g, (m) => m.toUpperCase())]);
  def("lower", (args) => [checkString(args, 0, "lower").replace(/[A-Z]+/g, (m) => m.toLowerCase())]);

  def("rep", (args) => {
    const s = checkString(args, 0, "rep");
    const n = checkInt(args, 1, "rep");
    if (n <= 0 || s.length === 0) return [""];
    if (s.length * n > MAX_STRING) throw memoryError();
    return [s.repeat(n)];
  });

  def("reverse", (args) => {
    const s = checkString(args, 0, "reverse");
    let out = "";
    for (let i = s.length - 1; i >= 0; i--) out += s[i];
    return [out];
  });

  def("byte", (args) => {
    const s = checkString(args, 0, "byte");
    const l = s.length;
    let posi = posrelat(optInt(args, 1, "byte", 1), l);
    let pose = posrelat(optInt(args, 2, "byte", posi), l);
    if (posi <= 0) posi = 1;
    if (pose > l) pose = l;
    if (posi > pose) return EMPTY;
    const n = pose - posi + 1;
    if (n >= 8000) throw new LuaLibError("string slice too long");
    const out: LuaValue[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = s.charCodeAt(posi - 1 + i);
    return out;
  });

  def("char", (args) => {
    let out = "";
    for (let i = 0; i < args.length; i++) {
      const c = checkInt(args, i, "char");
      if (c < 0 || c > 255) throw argError(i + 1, "char", "invalid value");
      out += String.fromCharCode(c);
    }
    return [out];
  });

  def("format", (args) => [format(args)]);

  def("dump", (args) => {
    if (!(args[0] instanceof LuaFunction)) throw typeErrorArg(args, 0, "dump", "function");
    throw new LuaLibError("unable to dump given function");
  });

  const find = (args: LuaValue[], isFind: boolean, fname: string): LuaValue[] => {
    const s = checkString(args, 0, fname);
    const p = checkString(args, 1, fname);
    let init = posrelat(optInt(args, 2, fname, 1), s.length) - 1;
    if (init < 0) init = 0;
    else if (init > s.length) init = s.length;
    if (isFind && (args[3] !== undefined && args[3] !== false || isPlainPattern(p))) {
      const at = s.indexOf(p, init);
      return at >= 0 ? [at + 1, at + p.length] : [undefined];
    }
    const anchor = p[0] === "^";
    const ms = new MatchState(s, anchor ? p.slice(1) : p);
    let s1 = init;
    do {
      ms.level = 0;
      const e = ms.match(s1, 0);
      if (e !== -1) {
        if (isFind) return [s1 + 1, e, ...ms.captures(-1, -1, false)];
        return ms.captures(s1, e, true);
      }
    } while (s1++ < s.length && !anchor);
    return [undefined];
  };

  def("find", (args) => find(args, true, "find"));
  def("match", (args) => find(args, false, "match"));

  const gmatch = def("gmatch", (args) => {
    const s = checkString(args, 0, "gmatch");
    const p = checkString(args, 1, "gmatch");
    let pos = 0;
    const ms = new MatchState(s, p);
    const iter = new NativeFunction("gmatch_aux", () => {
      for (let src = pos; src <= s.length; src++) {
        ms.level = 0;
        const e = ms.match(src, 0);
        if (e !== -1) {
          pos = e === src ? e + 1 : e;
          return ms.captures(src, e, true);
        }
      }
      return EMPTY;
    });
    return [iter];
  });
  lib.set("gfind", gmatch);

  lib.set(
    "gsub",
    new GenNative("gsub", function* (site: Site | null, ...args: LuaValue[]) {
      try {
        return gsub(args);
      } catch (e) {
        throw rt.libraryError(e, site);
      }
    }),
  );

  function gsub(args: LuaValue[]): LuaValue[] {
    const src = checkString(args, 0, "gsub");
    let p = checkString(args, 1, "gsub");
    const repl = args[2];
    const maxN = optInt(args, 3, "gsub", src.length + 1);
    if (
      !(typeof repl === "number" || typeof repl === "string" || repl instanceof LuaTable || repl instanceof LuaFunction)
    ) {
      throw argError(3, "gsub", "string/function/table expected");
    }
    const anchor = p[0] === "^";
    if (anchor) p = p.slice(1);
    const ms = new MatchState(src, p);
    const replString = typeof repl === "number" ? number2string(repl) : repl;
    let out = "";
    let s = 0;
    let n = 0;
    while (n < maxN) {
      ms.level = 0;
      const e = ms.match(s, 0);
      if (e !== -1) {
        n++;
        out += replacement(ms, s, e, replString);
      }
      if (e !== -1 && e > s) s = e;
      else if (s < src.length) out += src[s++];
      else break;
      if (anchor) break;
      if (out.length > MAX_STRING) throw memoryError();
    }
    return [out + src.slice(s), n];
  }

  function replacement(ms: MatchState, s: number, e: number, repl: LuaValue): string {
    if (typeof repl === "string") {
      let out = "";
      for (let i = 0; i < repl.length; i++) {
        const c = repl[i];
        if (c !== "%") {
          out += c;
          continue;
        }
        i++;
        const d = repl[i];
        if (d === undefined) break;
        if (d < "0" || d > "9") out += d;
        else if (d === "0") out += ms.src.slice(s, e);
        else {
          const v = ms.capture(d.charCodeAt(0) - 49, s, e);
          out += typeof v === "number" ? number2string(v) : (v as string);
        }
      }
      return out;
    }
    const key = ms.capture(0, s, e);
    const v = repl instanceof LuaTable ? rt.index(repl, key, null) : rt.call(repl, ms.captures(s, e, true))[0];
    if (v === undefined || v === false) return ms.src.slice(s, e);
    if (typeof v === "string") return v;
    if (typeof v === "number") return number2string(v);
    throw new LuaLibError(`invalid replacement value (a ${v === true ? "boolean" : rt.tostring(v).split(":")[0]})`);
  }

  state.globals.set("string", lib);
  const meta = new LuaTable();
  meta.set("__index", lib);
  rt.stringMeta = meta;
}
