/**
 * Redis's stringmatchlen (util.c), step for step: `*`, `?`, `[...]` with ranges and `^` negation, `\`
 * escapes, the nesting cap and the skip-longer-matches cut. Used by KEYS, SCAN MATCH, CONFIG GET,
 * PSUBSCRIBE and the rest. Works on byte strings.
 */
export function globMatch(pattern: string, str: string, nocase = false): boolean {
  const skip = { longer: false };
  return matchImpl(pattern, 0, str, 0, nocase, skip, 0);
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function matchImpl(
  p: string,
  pi: number,
  s: string,
  si: number,
  nocase: boolean,
  skip: { longer: boolean },
  nesting: number,
): boolean {
  if (nesting > 1000) return false;
  const plen = p.length;
  const slen = s.length;
  // p.charCodeAt past the end is NaN, which compares unequal to everything, as C's NUL does here.
  while (pi < plen && si < slen) {
    switch (p.charCodeAt(pi)) {
      case 42: { // '*'
        while (pi < plen && p.charCodeAt(pi + 1) === 42) pi++;
        if (plen - pi === 1) return true;
        while (si < slen) {
          if (matchImpl(p, pi + 1, s, si, nocase, skip, nesting + 1)) return true;
          if (skip.longer) return false;
          si++;
        }
        skip.longer = true;
        return false;
      }
      case 63: // '?'
        si++;
        break;
      case 91: { // '['
        pi++;
        const not = p.charCodeAt(pi) === 94;
        if (not) pi++;
        let match = false;
        const sc = s.charCodeAt(si);
        for (;;) {
          const rem = plen - pi;
          const pc = p.charCodeAt(pi);
          if (pc === 92 && rem >= 2) {
            pi++;
            if (p.charCodeAt(pi) === sc) match = true;
          } else if (pc === 93) {
            break;
          } else if (rem <= 0) {
            pi--;
            break;
          } else if (rem >= 3 && p.charCodeAt(pi + 1) === 45) {
            let start = pc;
            let end = p.charCodeAt(pi + 2);
            let c = sc;
            if (start > end) {
              const t = start;
              start = end;
              end = t;
            }
            if (nocase) {
              start = lower(start);
              end = lower(end);
              c = lower(c);
            }
            pi += 2;
            if (c >= start && c <= end) match = true;
          } else if (nocase ? lower(pc) === lower(sc) : pc === sc) {
            match = true;
          }
          pi++;
        }
        if (not) match = !match;
        if (!match) return false;
        si++;
        break;
      }
      case 92: // '\\'
        if (plen - pi >= 2) pi++;
      // falls through
      default: {
        const pc = p.charCodeAt(pi);
        const sc = s.charCodeAt(si);
        if (nocase ? lower(pc) !== lower(sc) : pc !== sc) return false;
        si++;
        break;
      }
    }
    pi++;
    if (si === slen) {
      while (pi < plen && p.charCodeAt(pi) === 42) pi++;
      break;
    }
  }
  return pi >= plen && si === slen;
}
