/**
 * The Lua 5.1 lexer (llex.c): source is a byte string (one char per byte). Errors carry the text luaX_lexerror
 * and luaX_syntaxerror produce ("chunk:line: msg near 'token'"), since load() returns them verbatim.
 */
import { str2number } from "./number.ts";

/** Token kinds: single-character tokens are the character itself; the rest are named as llex.c names them. */
export const TK = {
  EOS: "<eof>",
  NAME: "<name>",
  NUMBER: "<number>",
  STRING: "<string>",
  CONCAT: "..",
  DOTS: "...",
  EQ: "==",
  GE: ">=",
  LE: "<=",
  NE: "~=",
} as const;

const RESERVED = new Set([
  "and",
  "break",
  "do",
  "else",
  "elseif",
  "end",
  "false",
  "for",
  "function",
  "if",
  "in",
  "local",
  "nil",
  "not",
  "or",
  "repeat",
  "return",
  "then",
  "true",
  "until",
  "while",
]);

/** A syntax error: `message` is the complete text load() returns. */
export class LuaSyntaxError extends Error {}

/**
 * luaO_chunkid: how a chunk name appears in messages ("@file" -> file, "=name" -> name, else [string "..."]),
 * in a buffer of LUA_IDSIZE (60) for runtime errors; the lexer's messages use MAXSRC (80).
 */
export function chunkId(source: string, IDSIZE = 60): string {
  if (source.startsWith("=")) return source.slice(1, IDSIZE);
  if (source.startsWith("@")) {
    const name = source.slice(1);
    const room = IDSIZE - 8; // sizeof(" '...' ")
    return name.length > room ? "..." + name.slice(name.length - room) : name;
  }
  let len = source.search(/[\r\n]/);
  if (len < 0) len = source.length;
  const room = IDSIZE - 17; // sizeof(" [string \"...\"] ")
  if (len > room) len = room;
  return len < source.length ? `[string "${source.slice(0, len)}..."]` : `[string "${source}"]`;
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}
function isAlpha(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
}
function isAlnum(c: string): boolean {
  return isAlpha(c) || isDigit(c);
}
function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\v" || c === "\f";
}

export class Lexer {
  readonly src: string;
  readonly chunk: string;
  /** The chunk name in syntax errors (llex.c formats it with MAXSRC, 80). */
  readonly errorChunk: string;
  private pos = 0;
  /** The line the lexer is on (ls->linenumber). */
  line = 1;
  /** Line of the last consumed token (ls->lastline). */
  lastLine = 1;
  /** Current token kind, its semantic value, and its raw text for "near" messages. */
  token: string = TK.EOS;
  value: string | number = "";
  raw = "";
  private ahead: { token: string; value: string | number; raw: string } | null = null;
  private buf = "";

  constructor(src: string, chunkName: string) {
    this.src = src;
    this.chunk = chunkId(chunkName);
    this.errorChunk = chunkId(chunkName, 80);
  }

  private ch(): string {
    return this.pos < this.src.length ? this.src[this.pos] : "";
  }

  private nextChar(): void {
    this.pos++;
  }

  private saveAndNext(): void {
    this.buf += this.ch();
    this.pos++;
  }

  /** How a token appears after "near" (luaX_token2str / txtToken). */
  tokenText(token: string): string {
    if (token === TK.NAME || token === TK.STRING || token === TK.NUMBER) return this.buf;
    return token;
  }

  /** luaX_lexerror: with `token` the message ends "near '<token text>'". */
  error(msg: string, token: string | null): never {
    let text = `${this.errorChunk}:${this.line}: ${msg}`;
    if (token !== null) text += ` near '${this.tokenText(token)}'`;
    throw new LuaSyntaxError(text);
  }

  /** luaX_syntaxerror: an error at the current token. */
  syntaxError(msg: string): never {
    if (this.token === TK.NAME || this.token === TK.STRING || this.token === TK.NUMBER) this.buf = this.raw;
    this.error(msg, this.token);
  }

  next(): void {
    this.lastLine = this.line;
    if (this.ahead !== null) {
      this.token = this.ahead.token;
      this.value = this.ahead.value;
      this.raw = this.ahead.raw;
      this.ahead = null;
      return;
    }
    this.token = this.scan();
    this.raw = this.buf;
  }

  lookahead(): string {
    const saved = { token: this.token, value: this.value, raw: this.raw };
    const t = this.scan();
    this.ahead = { token: t, value: this.value, raw: this.buf };
    this.token = saved.token;
    this.value = saved.value;
    this.raw = saved.raw;
    return t;
  }

  private newline(): void {
    const old = this.ch();
    this.nextChar();
    const c = this.ch();
    if ((c === "\n" || c === "\r") && c !== old) this.nextChar();
    this.line++;
  }

  private scan(): string {
    this.buf = "";
    for (;;) {
      const c = this.ch();
      switch (c) {
        case "":
          return TK.EOS;
        case "\n":
        case "\r":
          this.newline();
          continue;
        case "-": {
          this.nextChar();
          if (this.ch() !== "-") return "-";
          this.nextChar();
          if (this.ch() === "[") {
            const sep = this.skipSep();
            this.buf = "";
            if (sep >= 0) {
              this.readLongString(sep, false);
              this.buf = "";
              continue;
            }
          }
          while (this.ch() !== "" && this.ch() !== "\n" && this.ch() !== "\r") this.nextChar();
          continue;
        }
        case "[": {
          const sep = this.skipSep();
          if (sep >= 0) {
            this.readLongString(sep, true);
            return TK.STRING;
          }
          if (sep === -1) return "[";
          this.error("invalid long string delimiter", TK.STRING);
        }
        // falls through (error never returns)
        case "=":
          this.nextChar();
          if (this.ch() !== "=") return "=";
          this.nextChar();
          return TK.EQ;
        case "<":
          this.nextChar();
          if (this.ch() !== "=") return "<";
          this.nextChar();
          return TK.LE;
        case ">":
          this.nextChar();
          if (this.ch() !== "=") return ">";
          this.nextChar();
          return TK.GE;
        case "~":
          this.nextChar();
          if (this.ch() !== "=") return "~";
          this.nextChar();
          return TK.NE;
        case '"':
        case "'":
          this.readString(c);
          return TK.STRING;
        case ".":
          this.saveAndNext();
          if (this.ch() === ".") {
            this.saveAndNext();
            if (this.ch() === ".") {
              this.saveAndNext();
              return TK.DOTS;
            }
            return TK.CONCAT;
          }
          if (!isDigit(this.ch())) return ".";
          this.readNumeral();
          return TK.NUMBER;
        default:
          if (isSpace(c)) {
            this.nextChar();
            continue;
          }
          if (isDigit(c)) {
            this.readNumeral();
            return TK.NUMBER;
          }
          if (isAlpha(c)) {
            const start = this.pos;
            while (isAlnum(this.ch())) this.pos++;
            const word = this.src.slice(start, this.pos);
            this.buf = word;
            if (RESERVED.has(word)) return word;
            this.value = word;
            return TK.NAME;
          }
          this.nextChar();
          return c;
      }
    }
  }

  private readNumeral(): void {
    while (isDigit(this.ch()) || this.ch() === ".") this.saveAndNext();
    if (this.ch() === "e" || this.ch() === "E") {
      this.saveAndNext();
      if (this.ch() === "+" || this.ch() === "-") this.saveAndNext();
    }
    while (isAlnum(this.ch())) this.saveAndNext();
    const n = str2number(this.buf);
    if (n === undefined) this.error("malformed number", TK.NUMBER);
    this.value = n;
  }

  /** After '[' or ']': counts '='s; returns the level if the bracket repeats, else -1 - count (skip_sep). */
  private skipSep(): number {
    let count = 0;
    const s = this.ch();
    this.saveAndNext();
    while (this.ch() === "=") {
      this.saveAndNext();
      count++;
    }
    return this.ch() === s ? count : -count - 1;
  }

  private readLongString(sep: number, isString: boolean): void {
    this.saveAndNext(); // second '['
    if (this.ch() === "\n" || this.ch() === "\r") {
      this.newline();
    }
    for (;;) {
      const c = this.ch();
      if (c === "") this.error(isString ? "unfinished long string" : "unfinished long comment", TK.EOS);
      else if (c === "[") {
        if (this.skipSep() === sep) {
          this.saveAndNext();
          if (sep === 0) this.error("nesting of [[...]] is deprecated", "[");
        }
      } else if (c === "]") {
        if (this.skipSep() === sep) {
          this.saveAndNext();
          break;
        }
      } else if (c === "\n" || c === "\r") {
        this.buf += "\n";
        this.newline();
      } else {
        if (isString) this.buf += c;
        this.nextChar();
      }
    }
    if (isString) this.value = this.buf.slice(2 + sep, this.buf.length - 2 - sep);
  }

  private readString(delim: string): void {
    this.saveAndNext();
    while (this.ch() !== delim) {
      const c = this.ch();
      if (c === "") this.error("unfinished string", TK.EOS);
      if (c === "\n" || c === "\r") this.error("unfinished string", TK.STRING);
      if (c === "\\") {
        this.nextChar();
        const e = this.ch();
        let out: string;
        switch (e) {
          case "a":
            out = "\x07";
            break;
          case "b":
            out = "\b";
            break;
          case "f":
            out = "\f";
            break;
          case "n":
            out = "\n";
            break;
          case "r":
            out = "\r";
            break;
          case "t":
            out = "\t";
            break;
          case "v":
            out = "\v";
            break;
          case "\n":
          case "\r":
            this.buf += "\n";
            this.newline();
            continue;
          case "":
            continue; // reported as unfinished string on the next round
          default: {
            if (!isDigit(e)) {
              this.saveAndNext(); // \\, \", \' and any other character stand for themselves
              continue;
            }
            let n = 0;
            let i = 0;
            do {
              n = 10 * n + (this.ch().charCodeAt(0) - 48);
              this.nextChar();
            } while (++i < 3 && isDigit(this.ch()));
            if (n > 255) this.error("escape sequence too large", TK.STRING);
            this.buf += String.fromCharCode(n);
            continue;
          }
        }
        this.buf += out;
        this.nextChar();
        continue;
      }
      this.saveAndNext();
    }
    this.saveAndNext();
    this.value = this.buf.slice(1, -1);
  }
}
