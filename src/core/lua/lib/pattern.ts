/**
 * Lua 5.1 patterns, ported from lstrlib.c's matcher (match, max_expand, min_expand, %b, %f, captures) with
 * its error texts. Positions are 0-based offsets into the subject; -1 means no match.
 */
import { LuaLibError } from "../value.ts";
import type { LuaValue } from "../value.ts";

const CAP_UNFINISHED = -1;
const CAP_POSITION = -2;
const MAXCAPTURES = 32;

function classMatches(c: number, cl: string): boolean {
  let res: boolean;
  const lower = cl.toLowerCase();
  switch (lower) {
    case "a":
      res = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      break;
    case "c":
      res = c < 32 || c === 127;
      break;
    case "d":
      res = c >= 48 && c <= 57;
      break;
    case "l":
      res = c >= 97 && c <= 122;
      break;
    case "p":
      res = (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
      break;
    case "s":
      res = c === 32 || (c >= 9 && c <= 13);
      break;
    case "u":
      res = c >= 65 && c <= 90;
      break;
    case "w":
      res = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      break;
    case "x":
      res = (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
      break;
    case "z":
      res = c === 0;
      break;
    default:
      return cl.charCodeAt(0) === c;
  }
  return cl !== lower ? !res : res;
}

export class MatchState {
  readonly src: string;
  readonly pat: string;
  level = 0;
  readonly capInit: number[] = [];
  readonly capLen: number[] = [];

  constructor(src: string, pattern: string) {
    this.src = src;
    // C code stops at the first zero byte of the pattern.
    const z = pattern.indexOf("\0");
    this.pat = z >= 0 ? pattern.slice(0, z) : pattern;
  }

  private classEnd(p: number): number {
    const pat = this.pat;
    const c = pat[p++];
    if (c === "%") {
      if (p >= pat.length) throw new LuaLibError("malformed pattern (ends with '%')");
      return p + 1;
    }
    if (c === "[") {
      if (pat[p] === "^") p++;
      do {
        if (p >= pat.length) throw new LuaLibError("malformed pattern (missing ']')");
        const d = pat[p++];
        if (d === "%" && p < pat.length) p++;
      } while (pat[p] !== "]");
      return p + 1;
    }
    return p;
  }

  private bracketClass(c: number, p: number, ec: number): boolean {
    const pat = this.pat;
    let sig = true;
    if (pat[p + 1] === "^") {
      sig = false;
      p++;
    }
    while (++p < ec) {
      if (pat[p] === "%") {
        p++;
        if (classMatches(c, pat[p])) return sig;
      } else if (pat[p + 1] === "-" && p + 2 < ec) {
        p += 2;
        if (pat.charCodeAt(p - 2) <= c && c <= pat.charCodeAt(p)) return sig;
      } else if (pat.charCodeAt(p) === c) return sig;
    }
    return !sig;
  }

  private singleMatch(s: number, p: number, ep: number): boolean {
    if (s >= this.src.length) return false;
    const c = this.src.charCodeAt(s);
    switch (this.pat[p]) {
      case ".":
        return true;
      case "%":
        return classMatches(c, this.pat[p + 1]);
      case "[":
        return this.bracketClass(c, p, ep - 1);
      default:
        return this.pat.charCodeAt(p) === c;
    }
  }

  match(s: number, p: number): number {
    const pat = this.pat;
    const src = this.src;
    for (;;) {
      if (p >= pat.length) return s;
      switch (pat[p]) {
        case "(":
          if (pat[p + 1] === ")") return this.startCapture(s, p + 2, CAP_POSITION);
          return this.startCapture(s, p + 1, CAP_UNFINISHED);
        case ")":
          return this.endCapture(s, p + 1);
        case "%": {
          const next = pat[p + 1];
          if (next === "b") {
            s = this.matchBalance(s, p + 2);
            if (s === -1) return -1;
            p += 4;
            continue;
          }
          if (next === "f") {
            p += 2;
            if (pat[p] !== "[") throw new LuaLibError("missing '[' after '%f' in pattern");
            const ep = this.classEnd(p);
            const prev = s === 0 ? 0 : src.charCodeAt(s - 1);
            const cur = s < src.length ? src.charCodeAt(s) : 0;
            if (!this.bracketClass(prev, p, ep - 1) && this.bracketClass(cur, p, ep - 1)) {
              p = ep;
              continue;
            }
            return -1;
          }
          if (next !== undefined && next >= "0" && next <= "9") {
            s = this.matchCapture(s, next.charCodeAt(0));
            if (s === -1) return -1;
            p += 2;
            continue;
          }
          break;
        }
        case "$":
          if (p + 1 === pat.length) return s === src.length ? s : -1;
          break;
      }
      const ep = this.classEnd(p);
      const m = this.singleMatch(s, p, ep);
      switch (pat[ep]) {
        case "?": {
          if (m) {
            const r = this.match(s + 1, ep + 1);
            if (r !== -1) return r;
          }
          p = ep + 1;
          continue;
        }
        case "*":
          return this.maxExpand(s, p, ep);
        case "+":
          return m ? this.maxExpand(s + 1, p, ep) : -1;
        case "-":
          return this.minExpand(s, p, ep);
        default:
          if (!m) return -1;
          s++;
          p = ep;
      }
    }
  }

  private maxExpand(s: number, p: number, ep: number): number {
    let i = 0;
    while (this.singleMatch(s + i, p, ep)) i++;
    while (i >= 0) {
      const r = this.match(s + i, ep + 1);
      if (r !== -1) return r;
      i--;
    }
    return -1;
  }

  private minExpand(s: number, p: number, ep: number): number {
    for (;;) {
      const r = this.match(s, ep + 1);
      if (r !== -1) return r;
      if (this.singleMatch(s, p, ep)) s++;
      else return -1;
    }
  }

  private startCapture(s: number, p: number, what: number): number {
    if (this.level >= MAXCAPTURES) throw new LuaLibError("too many captures");
    this.capInit[this.level] = s;
    this.capLen[this.level] = what;
    this.level++;
    const r = this.match(s, p);
    if (r === -1) this.level--;
    return r;
  }

  private endCapture(s: number, p: number): number {
    const l = this.captureToClose();
    this.capLen[l] = s - this.capInit[l];
    const r = this.match(s, p);
    if (r === -1) this.capLen[l] = CAP_UNFINISHED;
    return r;
  }

  private captureToClose(): number {
    for (let level = this.level - 1; level >= 0; level--) if (this.capLen[level] === CAP_UNFINISHED) return level;
    throw new LuaLibError("invalid pattern capture");
  }

  private matchBalance(s: number, p: number): number {
    if (p + 1 >= this.pat.length) throw new LuaLibError("unbalanced pattern");
    const src = this.src;
    if (s >= src.length || src[s] !== this.pat[p]) return -1;
    const b = this.pat[p];
    const e = this.pat[p + 1];
    let cont = 1;
    while (++s < src.length) {
      const c = src[s];
      if (c === e) {
        if (--cont === 0) return s + 1;
      } else if (c === b) cont++;
    }
    return -1;
  }

  private matchCapture(s: number, digit: number): number {
    const l = digit - 49;
    if (l < 0 || l >= this.level || this.capLen[l] === CAP_UNFINISHED) throw new LuaLibError("invalid capture index");
    const len = this.capLen[l];
    const init = this.capInit[l];
    if (this.src.length - s >= len && this.src.substr(init, len) === this.src.substr(s, len)) return s + len;
    return -1;
  }

  /** Capture i of a match from s to e (the whole match when there are no captures and i is 0). */
  capture(i: number, s: number, e: number): LuaValue {
    if (i >= this.level) {
      if (i === 0) return this.src.slice(s, e);
      throw new LuaLibError("invalid capture index");
    }
    const l = this.capLen[i];
    if (l === CAP_UNFINISHED) throw new LuaLibError("unfinished capture");
    if (l === CAP_POSITION) return this.capInit[i] + 1;
    return this.src.substr(this.capInit[i], l);
  }

  /** All captures (or the whole match). */
  captures(s: number, e: number, wholeIfNone: boolean): LuaValue[] {
    const n = this.level === 0 && wholeIfNone ? 1 : this.level;
    const out: LuaValue[] = [];
    for (let i = 0; i < n; i++) out.push(this.capture(i, s, e));
    return out;
  }
}

/** Whether a pattern has no magic characters (find then searches plainly). */
export function isPlainPattern(p: string): boolean {
  return !/[\^$*+?.()[\]%-]/.test(p);
}
