/**
 * Lua 5.1 source -> JavaScript source, in one pass as lparser.c parses (same grammar, same error texts).
 *
 * Why compile to JavaScript generators (measured on this 2-core machine, Node 20, December 2026):
 *
 * | workload                        | lua5.1 | plain JS fns | JS generators (yield at back-edges/calls) |
 * |---------------------------------|--------|--------------|-------------------------------------------|
 * | fib(30), 1.6M calls             | 56 ms  | 13 ms        | 110-150 ms                                |
 * | numeric loop 1e8 with a counter | 386 ms | -            | 551 ms                                    |
 *
 * A tree-walking or register-VM interpreter in JS runs 20-50x behind compiled code on loops; compiled
 * generators keep loops and table/string work at native speed and pay only on Lua-to-Lua calls (a generator
 * object per call). Generators are what makes execution resumable: every loop back-edge and function entry
 * counts a step and yields to the driver when the budget is spent (`if (--S.steps <= 0) yield 3`, the number
 * being the line the loop body or function body starts on: where a paused script is, which SCRIPT KILL's
 * error names, as Redis names the line its hook stopped at), which is how the server answers -BUSY and
 * SCRIPT KILL while a script runs, and how coroutines switch.
 *
 * Measured after the choice (ms; lua5.1 and redis-server 7.0.15 via EVAL on the same machine): a numeric
 * loop of 1e7 iterations 93-149 (redis 167-259), 1e6 calls of a small Lua function 33 (lua5.1 17), 1e6
 * library calls 22-66 (lua5.1 18). Three refinements got there: library functions are called directly
 * (NCALL), functions without calls or loops compile to plain functions (`sync`), and innermost loops
 * without calls run as plain arrow functions, since V8 optimises a running loop (OSR) only outside
 * generators. See README.md for the benchmark table.
 *
 * Calling convention: every Lua-callable is a generator function `(site, ...args) => LuaValue[]`; `site` is
 * the caller's call-site record (chunk, line, how the callee was named) used for error positions, error
 * levels and "bad argument #1 to 'name'" messages; it is null when a library function is the caller.
 */
import { Lexer, LuaSyntaxError, TK } from "./lexer.ts";
import { number2string } from "./number.ts";

export { LuaSyntaxError };

/** A position in Lua code and the names Lua's getobjname would give the operands there. */
export interface Site {
  /** Chunk name as shown in messages (user_script, [string "..."]). */
  readonly chunk: string;
  /** The chunk name as load() was given it. */
  readonly source: string;
  readonly line: number;
  /** Description of the (first) operand or the called value: "local 'x'", "global 'f'", "" when unnamed. */
  readonly d1: string;
  /** Description of the second operand of a binary operator. */
  readonly d2: string;
  /** For calls: the name a library function reports in "bad argument" messages ("?" when unknown). */
  readonly name: string;
  /** For calls: whether it is a method call (argument numbers shift by one, as luaL_argerror does). */
  readonly method: boolean;
}

/** What the compiler hands the runtime: JS source of a factory and the sites it refers to. */
export interface CompiledChunk {
  source: string;
  sites: Site[];
}

type ExpKind = "const" | "nil" | "local" | "upval" | "global" | "field" | "call" | "vararg" | "other";

interface Exp {
  /** JS code: the value, or for multi-valued expressions (calls, `...`) the array of values. */
  c: string;
  k: ExpKind;
  /** The Lua name for error descriptions. */
  name?: string;
  /** Known constant number (for folding) or string. */
  num?: number;
  str?: string;
  /** Code evaluates to a JS boolean (comparisons, not). */
  bool?: boolean;
  /** For calls: the same call as a proper tail call (returns a TailCall for Lua callees). */
  tail?: string;
  /** How Lua's getobjname would describe the value when that differs from its kind (see describe). */
  d?: string;
  /** Parenthesised: still named like the inner expression, but not assignable. */
  paren?: boolean;
  /** For `k === "field"`: the object and key code, so it can be an assignment target. */
  obj?: string;
  key?: string;
  objName?: string;
}

interface LocalVar {
  name: string;
  js: string;
}

interface BlockScope {
  start: number;
  isLoop: boolean;
}

class FuncState {
  readonly parent: FuncState | null;
  readonly line: number;
  locals: LocalVar[] = [];
  blocks: BlockScope[] = [];
  upvals = new Set<string>();
  isVararg = false;
  usesVararg = false;
  temps = 0;
  /** Whether the body has a call or a loop: only then can it need to yield (see functionCode). */
  mayYield = false;
  /** Counts of call sites, loops and returns parsed so far (a loop without any inside is "innermost"). */
  calls = 0;
  loops = 0;
  returns = 0;
  constructor(parent: FuncState | null, line: number) {
    this.parent = parent;
    this.line = line;
  }
}

const BINARY_PRIORITY: Record<string, [number, number]> = {
  "+": [6, 6],
  "-": [6, 6],
  "*": [7, 7],
  "/": [7, 7],
  "%": [7, 7],
  "^": [10, 9],
  "..": [5, 4],
  "==": [3, 3],
  "~=": [3, 3],
  "<": [3, 3],
  "<=": [3, 3],
  ">": [3, 3],
  ">=": [3, 3],
  and: [2, 2],
  or: [1, 1],
};
const UNARY_PRIORITY = 8;
const MAXVARS = 200;
const MAXUPVALUES = 60;
const MAXCCALLS = 200;

const ARITH_HELPER: Record<string, string> = { "+": "ADD", "-": "SUB", "*": "MUL", "/": "DIV", "%": "MOD", "^": "POW" };

/**
 * Zero literals are emitted as markers and settled per function (settleZeros): Lua 5.1 keeps one constant
 * for 0 and -0 in a function (its constant table keys them alike), so the first one emitted wins. The
 * marker uses a control character, which never appears raw inside a generated string literal.
 */
const ZERO_POSITIVE = "\u0001Z+\u0001";
const ZERO_NEGATIVE = "\u0001Z-\u0001";

function settleZeros(code: string): string {
  const p = code.indexOf(ZERO_POSITIVE);
  const n = code.indexOf(ZERO_NEGATIVE);
  if (p < 0 && n < 0) return code;
  const literal = n >= 0 && (p < 0 || n < p) ? "-0" : "0";
  return code.split(ZERO_POSITIVE).join(literal).split(ZERO_NEGATIVE).join(literal);
}

/** A JS literal for a Lua number (exact round trip; -0, inf and nan spelled out). */
function numberLiteral(n: number): string {
  if (n === 0) return Object.is(n, -0) ? ZERO_NEGATIVE : ZERO_POSITIVE;
  if (n === Infinity) return "Infinity";
  if (n === -Infinity) return "-Infinity";
  if (Number.isNaN(n)) return "NaN";
  const s = String(n);
  return n < 0 ? `(${s})` : s;
}

function stringLiteral(s: string): string {
  return JSON.stringify(s);
}

/** Lua 5.1's constant folding (lcode.c constfolding): not for division by zero or results that are NaN. */
function fold(op: string, a: number, b: number): number | undefined {
  let r: number;
  switch (op) {
    case "+":
      r = a + b;
      break;
    case "-":
      r = a - b;
      break;
    case "*":
      r = a * b;
      break;
    case "/":
      if (b === 0) return undefined;
      r = a / b;
      break;
    case "%":
      if (b === 0) return undefined;
      r = a - Math.floor(a / b) * b;
      break;
    case "^":
      r = Math.pow(a, b);
      break;
    default:
      return undefined;
  }
  return Number.isNaN(r) ? undefined : r;
}

export function describe(e: Exp): string {
  if (e.d !== undefined) return e.d;
  switch (e.k) {
    case "local":
      return `local '${e.name}'`;
    case "upval":
      return `upvalue '${e.name}'`;
    case "global":
      return `global '${e.name}'`;
    case "field":
      return `field '${e.name ?? "?"}'`; // kname: "?" unless the key is a constant string
    default:
      return "";
  }
}

export class Compiler {
  private readonly lx: Lexer;
  private fs!: FuncState;
  private sites: Site[] = [];
  private siteIndex = new Map<string, number>();
  private level = 0;
  private uid = 0;

  /** The chunk name as given ("@user_script"), debug.getinfo's `source`. */
  readonly source: string;

  constructor(source: string, chunkName: string) {
    this.lx = new Lexer(source, chunkName);
    this.source = chunkName;
  }

  /** Compiles the chunk; throws LuaSyntaxError with luaL_loadbuffer's message. */
  compile(): CompiledChunk {
    const lx: Lexer = this.lx;
    this.fs = new FuncState(null, 0);
    this.fs.isVararg = true;
    this.fs.blocks.push({ start: 0, isLoop: false });
    lx.next();
    const bodyLine = lx.line;
    const body = this.chunk();
    if (lx.token !== TK.EOS) this.errorExpected(TK.EOS);
    const fn = this.functionCode(this.fs, [], body, bodyLine);
    const mainSite = this.site(0);
    const siteDecls = this.sites.map((_, i) => `s${i} = K[${i}]`);
    const source =
      `"use strict";\nconst {T, MK, FN, IDX, SETIDX, GG, SG, ADD, SUB, MUL, DIV, MOD, POW, UNM, CONCAT, LEN, EQ, LT, LE, ` +
      `TBL, FORNUM, NEXTF, NEXT, INEXTF, INEXT, OVF, VARG, E, NF, GN, NCALL, TC, DEEP, TLOOP, CALL, LC, MKP} = R;\n` +
      (siteDecls.length > 0 ? `const ${siteDecls.join(", ")};\n` : "") +
      `return (env) => MK(env, (cl) => ${fn}, ${mainSite});`;
    return { source, sites: this.sites };
  }

  // ---- sites -------------------------------------------------------------------------------------------

  private site(line: number, d1 = "", d2 = "", name = "?", method = false): string {
    const key = `${line}\u0000${d1}\u0000${d2}\u0000${name}\u0000${method}`;
    let i = this.siteIndex.get(key);
    if (i === undefined) {
      i = this.sites.length;
      this.sites.push({ chunk: this.lx.chunk, source: this.source, line, d1, d2, name, method });
      this.siteIndex.set(key, i);
    }
    return `s${i}`;
  }

  private temp(): string {
    return `$${++this.fs.temps}`;
  }

  // ---- errors ------------------------------------------------------------------------------------------

  private errorExpected(token: string): never {
    this.lx.syntaxError(`'${token}' expected`);
  }

  private check(token: string): void {
    if (this.lx.token !== token) this.errorExpected(token);
  }

  private checkNext(token: string): void {
    this.check(token);
    this.lx.next();
  }

  private testNext(token: string): boolean {
    if (this.lx.token === token) {
      this.lx.next();
      return true;
    }
    return false;
  }

  private checkMatch(what: string, who: string, where: number): void {
    if (!this.testNext(what)) {
      if (where === this.lx.line) this.errorExpected(what);
      this.lx.syntaxError(`'${what}' expected (to close '${who}' at line ${where})`);
    }
  }

  private checkName(): string {
    this.check(TK.NAME);
    const name = this.lx.value as string;
    this.lx.next();
    return name;
  }

  private errorLimit(fs: FuncState, limit: number, what: string): never {
    const msg = fs.line === 0
      ? `main function has more than ${limit} ${what}`
      : `function at line ${fs.line} has more than ${limit} ${what}`;
    this.lx.error(msg, null);
  }

  private enterLevel(): void {
    if (++this.level > MAXCCALLS) this.lx.error("chunk has too many syntax levels", null);
  }

  // ---- scopes ------------------------------------------------------------------------------------------

  private declareLocal(name: string): string {
    const js = `L${++this.uid}_${name}`;
    this.fs.locals.push({ name, js });
    if (this.fs.locals.length > MAXVARS) this.errorLimit(this.fs, MAXVARS, "local variables");
    return js;
  }

  private resolve(fs: FuncState, name: string): { kind: "local" | "upval" | "global"; js: string } {
    for (let i = fs.locals.length - 1; i >= 0; i--) {
      if (fs.locals[i].name === name) return { kind: "local", js: fs.locals[i].js };
    }
    if (fs.parent === null) return { kind: "global", js: "" };
    const r = this.resolve(fs.parent, name);
    if (r.kind === "global") return r;
    if (!fs.upvals.has(r.js)) {
      fs.upvals.add(r.js);
      if (fs.upvals.size > MAXUPVALUES) this.errorLimit(fs, MAXUPVALUES, "upvalues");
    }
    return { kind: "upval", js: r.js };
  }

  private enterBlock(isLoop: boolean): void {
    this.fs.blocks.push({ start: this.fs.locals.length, isLoop });
  }

  private leaveBlock(): void {
    const b = this.fs.blocks.pop()!;
    this.fs.locals.length = b.start;
  }

  // ---- code helpers ------------------------------------------------------------------------------------

  /** The single value of an expression. */
  private single(e: Exp): string {
    return e.k === "call" || e.k === "vararg" ? `${e.c}[0]` : e.c;
  }

  /** Whether evaluating `e` twice or out of order is harmless. */
  private pure(e: Exp): boolean {
    return e.k === "const" || e.k === "nil" || e.k === "local" || e.k === "upval";
  }

  /** JS boolean for Lua truthiness. */
  private truthy(e: Exp): string {
    if (e.bool) return e.c;
    if (e.k === "nil") return "false";
    if (e.k === "const") return e.c === "false" ? "false" : "true";
    if (this.pure(e)) return `(${e.c} !== undefined && ${e.c} !== false)`;
    const t = this.temp();
    return `((${t} = ${this.single(e)}) !== undefined && ${t} !== false)`;
  }

  /** Code for a list of expressions as JS arguments (the last one spread when multi-valued). */
  private argList(exps: Exp[]): string {
    return exps
      .map((e, i) => (i === exps.length - 1 && (e.k === "call" || e.k === "vararg") ? `...${e.c}` : this.single(e)))
      .join(", ");
  }

  /** Code for an array holding the values of an expression list. */
  private arrayOf(exps: Exp[]): string {
    if (exps.length === 1 && (exps[0].k === "call" || exps[0].k === "vararg")) return exps[0].c;
    if (exps.length === 0) return "E";
    return `[${this.argList(exps)}]`;
  }

  /** `let` declarations binding `names` to the values of `exps`, adjusted to their number. */
  private declareFrom(names: string[], exps: Exp[]): string {
    const temps = names.map(() => this.temp());
    return `${this.assignTemps(temps, exps)} let ${names.map((n, i) => `${n} = ${temps[i]}`).join(", ")};`;
  }

  // ---- functions ---------------------------------------------------------------------------------------

  /** The generator function for a Lua function body. */
  /**
   * The JS function for a Lua function body: a generator, or for a body without calls and loops a plain
   * function (it cannot yield and runs briefly, so nothing is lost by not being able to pause in it, and
   * calling it costs no generator: small helpers and sort comparators).
   */
  private functionCode(fs: FuncState, params: string[], body: string, bodyLine: number, plain = false): string {
    const temps: string[] = [];
    for (let i = 1; i <= fs.temps; i++) temps.push(`$${i}`);
    const vararg = fs.isVararg ? ", ...va" : "";
    body = settleZeros(body);
    return (
      `function${plain ? "" : "*"}($s${params.length > 0 ? ", " + params.join(", ") : ""}${vararg}) {\n` +
      `if (++S.depth >= S.maxDepth) OVF($s);\nS.st[S.depth] = $s; S.fn[S.depth] = cl;\n` +
      (plain ? `if (--S.steps <= 0) S.budget(false);\n` : `if (--S.steps <= 0) yield ${bodyLine};\n`) +
      (temps.length > 0 ? `let ${temps.join(", ")};\n` : "") +
      body +
      `\nS.depth--; return E;\n}`
    );
  }

  /** body ::= '(' parlist ')' chunk END, returning an expression creating the closure. */
  private body(isMethod: boolean, line: number): Exp {
    const fs = new FuncState(this.fs, line);
    this.fs = fs;
    fs.blocks.push({ start: 0, isLoop: false });
    const params: string[] = [];
    if (isMethod) params.push(this.declareLocal("self"));
    this.checkNext("(");
    if (this.lx.token !== ")") {
      do {
        if (this.lx.token === TK.NAME) params.push(this.declareLocal(this.checkName()));
        else if (this.lx.token === TK.DOTS) {
          this.lx.next();
          fs.isVararg = true;
        } else this.lx.syntaxError("<name> or '...' expected");
      } while (!fs.isVararg && this.testNext(","));
    }
    // LUA_COMPAT_VARARG: a vararg function that never says `...` gets a local `arg` table.
    let argJs = "";
    if (fs.isVararg) argJs = this.declareLocal("arg");
    this.checkNext(")");
    const bodyLine = this.lx.line;
    let code = this.chunk();
    if (fs.isVararg) {
      code = fs.usesVararg ? `let ${argJs};\n` + code : `let ${argJs} = VARG(va);\n` + code;
    }
    this.checkMatch("end", "function", line);
    this.fs = fs.parent!;
    const plain = !fs.mayYield;
    const fn = this.functionCode(fs, params, code, bodyLine, plain);
    // The closure's definition site: debug.getinfo's linedefined and source.
    const defined = this.site(line, "", "", this.lx.lastLine.toString());
    return { c: `${plain ? "MKP" : "MK"}(cl.env, (cl) => ${fn}, ${defined})`, k: "other" };
  }

  // ---- statements --------------------------------------------------------------------------------------

  private blockFollow(): boolean {
    const t = this.lx.token;
    return t === "else" || t === "elseif" || t === "end" || t === "until" || t === TK.EOS;
  }

  /** chunk ::= { stat [';'] } */
  private chunk(): string {
    const out: string[] = [];
    let last = false;
    this.enterLevel();
    while (!last && !this.blockFollow()) {
      const r = this.statement();
      out.push(r.code);
      last = r.last;
      this.testNext(";");
    }
    this.level--;
    return out.join("\n");
  }

  private block(isLoop = false): string {
    this.enterBlock(isLoop);
    const code = this.chunk();
    this.leaveBlock();
    return code;
  }

  private statement(): { code: string; last: boolean } {
    const lx: Lexer = this.lx;
    const line = lx.line;
    switch (lx.token) {
      case "if":
        return { code: this.ifStat(line), last: false };
      case "while": {
        lx.next();
        this.fs.mayYield = true;
        const mark = this.loopMark();
        const cond = this.truthy(this.expr());
        this.checkNext("do");
        const bodyLine = lx.line;
        const body = this.block(true);
        this.checkMatch("end", "while", line);
        const code = this.innermost(mark)
          ? this.plainLoop(`while (${cond}) {\n${body}\n`, bodyLine)
          : `while (${cond}) {\nif (--S.steps <= 0) yield ${bodyLine};\n${body}\n}`;
        return { code, last: false };
      }
      case "do": {
        lx.next();
        const body = this.block();
        this.checkMatch("end", "do", line);
        return { code: `{\n${body}\n}`, last: false };
      }
      case "for":
        return { code: this.forStat(line), last: false };
      case "repeat": {
        lx.next();
        this.fs.mayYield = true;
        const mark = this.loopMark();
        this.enterBlock(true);
        const bodyLine = lx.line;
        const body = this.chunk();
        this.checkMatch("until", "repeat", line);
        const cond = this.truthy(this.expr());
        this.leaveBlock();
        const code = this.innermost(mark)
          ? this.plainLoop(`for (;;) {\n${body}\nif (${cond}) break;\n`, bodyLine)
          : `for (;;) {\nif (--S.steps <= 0) yield ${bodyLine};\n${body}\nif (${cond}) break;\n}`;
        return { code, last: false };
      }
      case "function":
        return { code: this.funcStat(line), last: false };
      case "local":
        lx.next();
        if (this.testNext("function")) {
          const name = this.checkName();
          const js = this.declareLocal(name);
          const f = this.body(false, line);
          return { code: `let ${js};\n${js} = ${f.c};`, last: false };
        }
        return { code: this.localStat(), last: false };
      case "return":
        lx.next();
        return { code: this.returnStat(), last: true };
      case "break": {
        lx.next();
        if (!this.fs.blocks.some((b) => b.isLoop)) lx.syntaxError("no loop to break");
        return { code: "break;", last: true };
      }
      default:
        return { code: this.exprStat(), last: false };
    }
  }

  private ifStat(line: number): string {
    const lx: Lexer = this.lx;
    const parts: string[] = [];
    lx.next();
    let cond = this.truthy(this.expr());
    this.checkNext("then");
    parts.push(`if (${cond}) {\n${this.block()}\n}`);
    while (lx.token === "elseif") {
      lx.next();
      cond = this.truthy(this.expr());
      this.checkNext("then");
      parts.push(` else if (${cond}) {\n${this.block()}\n}`);
    }
    if (this.testNext("else")) parts.push(` else {\n${this.block()}\n}`);
    this.checkMatch("end", "if", line);
    return parts.join("");
  }

  private forStat(line: number): string {
    const lx: Lexer = this.lx;
    lx.next();
    this.fs.mayYield = true;
    const name = this.checkName();
    let code: string;
    if (lx.token === "=") code = this.forNum(name, line);
    else if (lx.token === "," || lx.token === "in") code = this.forList(name, line);
    else lx.syntaxError("'=' or 'in' expected");
    this.checkMatch("end", "for", line);
    return code;
  }

  private forNum(name: string, line: number): string {
    const lx: Lexer = this.lx;
    const mark = this.loopMark();
    lx.next();
    const init = this.single(this.expr());
    this.checkNext(",");
    const limit = this.single(this.expr());
    let stepExp: Exp | null = null;
    if (this.testNext(",")) stepExp = this.expr();
    this.checkNext("do");
    const site = this.site(line);
    const [i, lim, step] = [this.temp(), this.temp(), this.temp()];
    this.enterBlock(true);
    const js = this.declareLocal(name);
    const bodyLine = lx.line;
    const body = this.block();
    this.leaveBlock();
    const constStep = stepExp === null ? 1 : stepExp.num;
    const stepCode = stepExp === null ? "1" : this.single(stepExp);
    const head = `${i} = FORNUM(${init}, 0, ${site}); ${lim} = FORNUM(${limit}, 1, ${site}); ` +
      `${step} = FORNUM(${stepCode}, 2, ${site}); ${i} -= ${step};`;
    const cond = constStep !== undefined
      ? constStep > 0 ? `(${i} += ${step}) <= ${lim}` : `(${i} += ${step}) >= ${lim}`
      : `${step} > 0 ? (${i} += ${step}) <= ${lim} : (${i} += ${step}) >= ${lim}`;
    if (this.innermost(mark)) {
      return `${head}\n` + this.plainLoop(`while (${cond}) {\nlet ${js} = ${i};\n${body}\n`, bodyLine);
    }
    return `${head}\nwhile (${cond}) {\nif (--S.steps <= 0) yield ${bodyLine};\nlet ${js} = ${i};\n${body}\n}`;
  }

  private forList(first: string, _line: number): string {
    const lx: Lexer = this.lx;
    this.fs.loops++;
    const names = [first];
    while (this.testNext(",")) names.push(this.checkName());
    this.checkNext("in");
    const callLine = lx.line; // 5.1 reports iterator errors at the line after 'in'
    const exps = this.exprList();
    this.checkNext("do");
    const [f, s, c, r] = [this.temp(), this.temp(), this.temp(), this.temp()];
    const pre = this.assignTemps([f, s, c], exps);
    const site = this.site(callLine);
    this.enterBlock(true);
    const jsNames = names.map((n) => this.declareLocal(n));
    const bodyLine = lx.line;
    const body = this.block();
    this.leaveBlock();
    void lx;
    const binds = jsNames.map((js, i) => `${js} = ${r}[${i}]`).join(", ");
    return (
      `${pre}\nfor (;;) {\nif (--S.steps <= 0) yield ${bodyLine};\n` +
      `${r} = ${f} === NEXTF ? NEXT(${s}, ${c}, ${site}) : ${f} === INEXTF ? INEXT(${s}, ${c}, ${site}) : ${f} instanceof NF ? NCALL(${f}, [${s}, ${c}], ${site}) : (yield* CALL(${f}, ${site}, ${s}, ${c}));\n` +
      `if (${r}[0] === undefined) break;\n${c} = ${r}[0];\nlet ${binds};\n${body}\n}`
    );
  }

  /** The counters a loop compares after its body to know whether it is innermost and call-free. */
  private loopMark(): [number, number, number] {
    const fs = this.fs;
    const mark: [number, number, number] = [fs.calls, fs.loops, fs.returns];
    fs.loops++;
    return mark;
  }

  private innermost(mark: [number, number, number]): boolean {
    const fs = this.fs;
    return fs.calls === mark[0] && fs.loops === mark[1] + 1 && fs.returns === mark[2];
  }

  /**
   * An innermost loop without calls or returns, run as a plain arrow function: V8 optimises long loops
   * in plain functions on the stack (OSR) but never inside generators. At each budget check the arrow
   * returns true with the loop's state kept in the generator's variables, the generator yields, and the
   * loop continues on the next call. `open` is the loop up to its closing brace.
   */
  private plainLoop(open: string, bodyLine: number): string {
    const k = this.temp();
    return `${k} = () => {\n${open}if (--S.steps <= 0) return true;\n}\nreturn false;\n};\nwhile (${k}()) yield ${bodyLine};`;
  }

  /** Evaluates an expression list into the given temporaries, adjusted to their number. */
  private assignTemps(temps: string[], exps: Exp[]): string {
    const out: string[] = [];
    const n = temps.length;
    const last = exps[exps.length - 1];
    const multi = last !== undefined && (last.k === "call" || last.k === "vararg") && exps.length <= n;
    for (let i = 0; i < exps.length; i++) {
      if (multi && i === exps.length - 1) {
        const r = this.temp();
        out.push(`${r} = ${last.c};`);
        for (let j = i; j < n; j++) out.push(`${temps[j]} = ${r}[${j - i}];`);
      } else if (i < n) out.push(`${temps[i]} = ${this.single(exps[i])};`);
      else out.push(`${this.single(exps[i])};`);
    }
    if (!multi) { for (let j = exps.length; j < n; j++) out.push(`${temps[j]} = undefined;`); }
    return out.join(" ");
  }

  private funcStat(line: number): string {
    const lx: Lexer = this.lx;
    lx.next();
    // funcname ::= NAME {'.' NAME} [':' NAME]
    let target = this.singleVar(this.checkName());
    let isMethod = false;
    while (lx.token === "." || lx.token === ":") {
      isMethod = lx.token === ":";
      lx.next();
      const key = this.checkName();
      target = this.index(target, { c: stringLiteral(key), k: "const", str: key });
      if (isMethod) break;
    }
    const f = this.body(isMethod, line);
    return this.store(target, f.c, line) + ";";
  }

  private localStat(): string {
    const names: string[] = [];
    do names.push(this.checkName()); while (this.testNext(","));
    const exps = this.testNext("=") ? this.exprList() : [];
    // The new locals become visible only after the expressions are evaluated.
    const jsNames = names.map((n) => this.declareLocal(n));
    if (exps.length === 0) return `let ${jsNames.join(", ")};`;
    if (exps.length === names.length && !exps.some((e) => e.k === "call" || e.k === "vararg")) {
      return `let ${jsNames.map((js, i) => `${js} = ${exps[i].c}`).join(", ")};`;
    }
    return this.declareFrom(jsNames, exps);
  }

  private returnStat(): string {
    const lx: Lexer = this.lx;
    this.fs.returns++;
    if (this.blockFollow() || lx.token === ";") return "S.depth--; return E;";
    const exps = this.exprList();
    if (exps.length === 1 && exps[0].k === "call" && exps[0].tail !== undefined) {
      // A proper tail call: this frame ends first, the caller runs the callee (see TailCall).
      const t = this.temp();
      return `${t} = ${exps[0].tail}; S.depth--; return ${t};`;
    }
    const t = this.temp();
    return `${t} = ${this.arrayOf(exps)}; S.depth--; return ${t};`;
  }

  private exprStat(): string {
    const lx: Lexer = this.lx;
    const e = this.primaryExp();
    if (e.k === "call") return `${e.c};`;
    // assignment ::= exp {',' exp} '=' explist
    const targets: Exp[] = [e];
    while (this.testNext(",")) targets.push(this.primaryExp());
    for (const t of targets) {
      if (t.paren || !(t.k === "local" || t.k === "upval" || t.k === "global" || t.k === "field")) {
        lx.syntaxError("syntax error");
      }
    }
    this.checkNext("=");
    const line = lx.line;
    const exps = this.exprList();
    if (targets.length === 1 && exps.length === 1) {
      const v = this.single(exps[0]);
      return this.store(targets[0], v, line) + ";";
    }
    // Evaluate target tables and keys, then every value, then assign (right to left, as 5.1 does).
    const out: string[] = [];
    const resolved = targets.map((t) => {
      if (t.k !== "field") return t;
      const o = this.temp();
      const k = this.temp();
      out.push(`${o} = ${t.obj}; ${k} = ${t.key};`);
      return { ...t, obj: o, key: k };
    });
    const temps = targets.map(() => this.temp());
    out.push(this.assignTemps(temps, exps));
    for (let i = resolved.length - 1; i >= 0; i--) out.push(this.store(resolved[i], temps[i], line) + ";");
    return out.join(" ");
  }

  /** Code storing `value` into an assignable expression. */
  private store(target: Exp, value: string, line: number): string {
    switch (target.k) {
      case "local":
      case "upval":
        return `${target.c} = ${value}`;
      case "global":
        return `SG(cl.env, ${stringLiteral(target.name!)}, ${value}, ${this.site(line)})`;
      default:
        return `SETIDX(${target.obj}, ${target.key}, ${value}, ${this.site(line, target.objName ?? "")})`;
    }
  }

  // ---- expressions -------------------------------------------------------------------------------------

  private exprList(): Exp[] {
    const list = [this.expr()];
    while (this.testNext(",")) list.push(this.expr());
    return list;
  }

  private expr(): Exp {
    return this.subExpr(0);
  }

  private singleVar(name: string): Exp {
    const r = this.resolve(this.fs, name);
    if (r.kind === "global") {
      // The site lets a sandbox's __index raise its error at the script's line (Redis's undeclared globals).
      return { c: `GG(cl.env, ${stringLiteral(name)}, ${this.site(this.lx.lastLine)})`, k: "global", name };
    }
    return { c: r.js, k: r.kind, name };
  }

  /** prefixexp ::= NAME | '(' expr ')' */
  private prefixExp(): Exp {
    const lx: Lexer = this.lx;
    if (lx.token === "(") {
      const line = lx.line;
      lx.next();
      const e = this.expr();
      this.checkMatch(")", "(", line);
      // Parentheses truncate to one value; the value keeps its name (it is still the register a local
      // lives in, or one a GETGLOBAL/GETTABLE loaded), but cannot be assigned to.
      const c = this.single(e);
      if (e.k === "local" || e.k === "upval") return { ...e, paren: true };
      const k = e.k === "const" || e.k === "nil" ? e.k : "other";
      return {
        c: e.bool ? c : `(${c})`,
        k,
        bool: e.bool,
        num: e.num,
        str: e.str,
        name: e.name,
        d: describe(e),
        paren: true,
      };
    }
    if (lx.token === TK.NAME) return this.singleVar(this.checkName());
    lx.syntaxError("unexpected symbol");
  }

  /** primaryexp ::= prefixexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs } */
  private primaryExp(): Exp {
    const lx: Lexer = this.lx;
    let e = this.prefixExp();
    for (;;) {
      switch (lx.token) {
        case ".": {
          lx.next();
          const name = this.checkName();
          e = this.index(e, { c: stringLiteral(name), k: "const", str: name });
          break;
        }
        case "[": {
          lx.next();
          const k = this.expr();
          this.checkNext("]");
          e = this.index(e, k);
          break;
        }
        case ":": {
          lx.next();
          const name = this.checkName();
          const line = lx.line;
          const self = this.temp();
          const method = `IDX(${self} = ${this.single(e)}, ${stringLiteral(name)}, ${this.site(line, describe(e))})`;
          e = this.funcArgs(method, `method '${name}'`, name, true, self);
          break;
        }
        case "(":
        case TK.STRING:
        case "{":
          e = this.funcArgs(this.single(e), describe(e), e.name ?? "?", false, null);
          break;
        default:
          return e;
      }
    }
  }

  /** An index expression `obj[key]`, kept assignable. */
  private index(obj: Exp, key: Exp): Exp {
    const line = this.lx.lastLine;
    const objCode = this.single(obj);
    const keyCode = this.single(key);
    const name = key.str !== undefined && key.k === "const" ? key.str : undefined;
    const d = describe(obj);
    return {
      c: `IDX(${objCode}, ${keyCode}, ${this.site(line, d)})`,
      k: "field",
      name,
      obj: objCode,
      key: keyCode,
      objName: d,
    };
  }

  /** funcargs ::= '(' [explist] ')' | constructor | STRING */
  private funcArgs(fn: string, desc: string, name: string, method: boolean, self: string | null): Exp {
    const lx: Lexer = this.lx;
    const line = lx.line;
    let args: Exp[];
    switch (lx.token) {
      case "(":
        if (line !== lx.lastLine) lx.syntaxError("ambiguous syntax (function call x new statement)");
        lx.next();
        args = (lx.token as string) === ")" ? [] : this.exprList();
        this.checkMatch(")", "(", line);
        break;
      case "{":
        args = [this.constructor_()];
        break;
      case TK.STRING: {
        const s = lx.value as string;
        args = [{ c: stringLiteral(s), k: "const", str: s }];
        lx.next();
        break;
      }
      default:
        lx.syntaxError("function arguments expected");
    }
    const site = this.site(line, desc, "", name, method);
    this.fs.mayYield = true;
    this.fs.calls++;
    // Library functions are called directly (NCALL), Lua functions as generators: the arguments are
    // evaluated once, in order, into temporaries unless reading them late cannot differ.
    const f = this.temp();
    let pre = `${f} = ${fn}, `;
    const vals: string[] = self !== null ? [self] : [];
    args.forEach((e, i) => {
      const multi = e.k === "call" || e.k === "vararg";
      const laterEffects = args.slice(i + 1).some((x) => !this.pure(x));
      if (multi && i === args.length - 1) {
        const t = this.temp();
        pre += `${t} = ${e.c}, `;
        vals.push(`...${t}`);
      } else if (e.k === "const" || e.k === "nil" || (this.pure(e) && !laterEffects)) vals.push(e.c);
      else {
        const t = this.temp();
        pre += `${t} = ${this.single(e)}, `;
        vals.push(t);
      }
    });
    const list = vals.join(", ");
    const r = this.temp();
    return {
      c: `(${pre}${f} instanceof NF ? NCALL(${f}, [${list}], ${site}) : ${f} instanceof LC && ${f}.sync !== null ? ${f}.sync(${site}${
        list.length > 0 ? ", " + list : ""
      }) : ` +
        `(${r} = (S.depth >= S.segLimit ? (yield DEEP(${f}, ${site}, [${list}])) : (yield* FN(${f}, ${site})(${site}${
          list.length > 0 ? ", " + list : ""
        })))) instanceof TC ? (yield* TLOOP(${r})) : ${r})`,
      k: "call",
      tail:
        `(${pre}${f} instanceof NF ? NCALL(${f}, [${list}], ${site}) : ${f} instanceof GN ? (yield* ${f}.fn(${site}, ${list})) : new TC(${f}, ${site}, [${list}]))`,
    };
  }

  private simpleExp(): Exp {
    const lx: Lexer = this.lx;
    let e: Exp;
    switch (lx.token) {
      case TK.NUMBER: {
        const n = lx.value as number;
        e = { c: numberLiteral(n), k: "const", num: n };
        break;
      }
      case TK.STRING: {
        const s = lx.value as string;
        e = { c: stringLiteral(s), k: "const", str: s };
        break;
      }
      case "nil":
        e = { c: "undefined", k: "nil" };
        break;
      case "true":
        e = { c: "true", k: "const" };
        break;
      case "false":
        e = { c: "false", k: "const" };
        break;
      case TK.DOTS:
        if (!this.fs.isVararg) lx.syntaxError("cannot use '...' outside a vararg function");
        this.fs.usesVararg = true;
        e = { c: "va", k: "vararg" };
        break;
      case "{":
        return this.constructor_();
      case "function": {
        const line = lx.line;
        lx.next();
        return this.body(false, line);
      }
      default:
        return this.primaryExp();
    }
    lx.next();
    return e;
  }

  private constructor_(): Exp {
    const lx: Lexer = this.lx;
    const line = lx.line;
    this.checkNext("{");
    const items: string[] = [];
    let kinds = "";
    let tail: Exp | null = null;
    let positional = 0;
    while (lx.token !== "}") {
      if (lx.token === TK.NAME && this.lx.lookahead() === "=") {
        const name = this.checkName();
        lx.next();
        items.push(stringLiteral(name), this.single(this.expr()));
        kinds += "k";
      } else if (lx.token === "[") {
        lx.next();
        const k = this.single(this.expr());
        this.checkNext("]");
        this.checkNext("=");
        items.push(k, this.single(this.expr()));
        kinds += "k";
      } else {
        const e = this.expr();
        if (
          (e.k === "call" || e.k === "vararg") &&
          (lx.token === "}" || ((lx.token === "," || lx.token === ";") && this.closesAfterSeparator()))
        ) {
          tail = e;
        } else {
          items.push(this.single(e));
          kinds += "p";
          positional++;
        }
      }
      if (!this.testNext(",") && !this.testNext(";")) break;
    }
    this.checkMatch("}", "{", line);
    if (items.length === 0 && tail === null) return { c: "new T()", k: "other" };
    return {
      c: `TBL(${stringLiteral(kinds)}, [${items.join(", ")}]${tail !== null ? ", " + tail.c : ""})`,
      k: "other",
    };
  }

  /** After a list item: whether a separator is followed directly by '}' (the item was the last one). */
  private closesAfterSeparator(): boolean {
    return this.lx.lookahead() === "}";
  }

  /** subexpr ::= (simpleexp | unop subexpr) { binop subexpr }, with 5.1's priorities. */
  private subExpr(limit: number): Exp {
    const lx: Lexer = this.lx;
    this.enterLevel();
    let e: Exp;
    const t = lx.token;
    if (t === "not" || t === "-" || t === "#") {
      lx.next();
      const operand = this.subExpr(UNARY_PRIORITY);
      e = this.unary(t, operand);
    } else e = this.simpleExp();
    for (;;) {
      const op = lx.token;
      const pri = BINARY_PRIORITY[op];
      if (pri === undefined || pri[0] <= limit) break;
      lx.next();
      const rhs = this.subExpr(pri[1]);
      e = this.binary(op, e, rhs);
    }
    this.level--;
    return e;
  }

  /**
   * Operands of a binary operator as plain names (temporaries for anything with effects, keeping the
   * evaluation order), and the JS test that both are numbers, for an inline fast path: generator functions
   * run long loops without optimisation (V8 does not OSR generators), so a helper call per operation costs.
   */
  private operands(a: Exp, b: Exp): [string, string, string, string] {
    let pre = "";
    let x = this.single(a);
    let y = this.single(b);
    if (!this.pure(a)) {
      const t = this.temp();
      pre += `${t} = ${x}, `;
      x = t;
    }
    if (!this.pure(b)) {
      const t = this.temp();
      pre += `${t} = ${y}, `;
      y = t;
    }
    const checks: string[] = [];
    if (a.num === undefined) checks.push(`typeof ${x} === "number"`);
    if (b.num === undefined) checks.push(`typeof ${y} === "number"`);
    return [pre, x, y, checks.length > 0 ? checks.join(" && ") : "true"];
  }

  private unary(op: string, e: Exp): Exp {
    const line = this.lx.lastLine;
    if (op === "not") return { c: `!${this.truthy(e)}`, k: "other", bool: true };
    if (op === "-") {
      if (e.num !== undefined) return { c: numberLiteral(-e.num), k: "const", num: -e.num };
      return { c: `UNM(${this.single(e)}, ${this.site(line, describe(e))})`, k: "other" };
    }
    return { c: `LEN(${this.single(e)}, ${this.site(line, describe(e))})`, k: "other" };
  }

  private binary(op: string, a: Exp, b: Exp): Exp {
    const line = this.lx.lastLine;
    const helper = ARITH_HELPER[op];
    if (helper !== undefined) {
      if (a.num !== undefined && b.num !== undefined) {
        const r = fold(op, a.num, b.num);
        if (r !== undefined) return { c: numberLiteral(r), k: "const", num: r };
      }
      const site = this.site(line, describe(a), describe(b));
      if (op === "^") return { c: `POW(${this.single(a)}, ${this.single(b)}, ${site})`, k: "other" };
      const [pre, x, y, check] = this.operands(a, b);
      const js = op === "%" ? `${x} - Math.floor(${x} / ${y}) * ${y}` : `${x} ${op} ${y}`;
      return { c: `(${pre}${check} ? ${js} : ${helper}(${x}, ${y}, ${site}))`, k: "other" };
    }
    switch (op) {
      case "..":
        return {
          c: `CONCAT(${this.single(a)}, ${this.single(b)}, ${this.site(line, describe(a), describe(b))})`,
          k: "other",
        };
      case "==":
      case "~=": {
        const [pre, x, y] = this.operands(a, b);
        const eq = `${x} === ${y} || typeof ${x} === "object" && EQ(${x}, ${y}, ${this.site(line)})`;
        return { c: op === "==" ? `(${pre}${eq})` : `(${pre}!(${eq}))`, k: "other", bool: true };
      }
      case "<":
      case "<=": {
        const [pre, x, y, check] = this.operands(a, b);
        return {
          c: `(${pre}${check} ? ${x} ${op} ${y} : ${op === "<" ? "LT" : "LE"}(${x}, ${y}, ${this.site(line)}))`,
          k: "other",
          bool: true,
        };
      }
      case ">":
      case ">=": {
        // 5.1 evaluates left to right, then compares with the operands swapped (b < a).
        const [pre, x, y, check] = this.operands(a, b);
        return {
          c: `(${pre}${check} ? ${x} ${op} ${y} : ${op === ">" ? "LT" : "LE"}(${y}, ${x}, ${this.site(line)}))`,
          k: "other",
          bool: true,
        };
      }
      case "and":
      case "or": {
        // A constant left operand decides at compile time, as luaK_goiftrue/goiffalse do (the other
        // operand is then not evaluated at all, or is the value itself).
        if (a.k === "nil" || a.k === "const") {
          const falsy = a.k === "nil" || a.c === "false";
          if ((op === "and") === falsy) return { c: a.c, k: a.k, num: a.num, str: a.str };
          return b.k === "call" || b.k === "vararg" ? { c: this.single(b), k: "other" } : b; // one value
        }
        if (op === "or") return this.orExp(a, b);
        if (a.bool && b.bool) return { c: `(${a.c} && ${b.c})`, k: "other", bool: true };
        const t = this.temp();
        return {
          c: `((${t} = ${this.single(a)}) === undefined || ${t} === false ? ${t} : ${this.single(b)})`,
          k: "other",
          ...this.shortCircuitName(a),
        };
      }
    }
    throw new Error(`unknown operator ${op}`);
  }

  private orExp(a: Exp, b: Exp): Exp {
    if (a.bool && b.bool) return { c: `(${a.c} || ${b.c})`, k: "other", bool: true };
    const t = this.temp();
    return {
      c: `((${t} = ${this.single(a)}) !== undefined && ${t} !== false ? ${t} : ${this.single(b)})`,
      k: "other",
      ...this.shortCircuitName(a),
    };
  }

  /**
   * 5.1 names nothing that `a and b` / `a or b` computed at run time (the register is set by test-and-jump
   * code getobjname does not follow to a load); only a constant left operand, decided at compile time,
   * leaves the other operand's name (see binary).
   */
  private shortCircuitName(_a: Exp): { d: string } {
    return { d: "" };
  }
}

/** Compiles a chunk (see Compiler.compile). */
export function compile(source: string, chunkName: string): CompiledChunk {
  return new Compiler(source, chunkName).compile();
}

export { number2string, numberLiteral };
