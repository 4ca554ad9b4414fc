/** Shared by the list, hash, set and sort unit tests: decoded replies from an in-process server. */
import { inProcess } from "../helpers/inprocess.ts";
import type { TestConn, TestServer } from "../helpers/inprocess.ts";

export type R = string | number | null | R[] | { error: string };

/** Decodes one RESP2/RESP3 reply: bulk/simple strings as strings, errors as {error}, maps/sets as arrays. */
export function decode(s: string): R {
  let p = 0;
  const line = (): string => {
    const e = s.indexOf("\r\n", p);
    const l = s.slice(p, e);
    p = e + 2;
    return l;
  };
  const one = (): R => {
    const t = s[p++];
    const l = line();
    switch (t) {
      case "+":
      case ",":
      case "(":
        return l;
      case "-":
        return { error: l };
      case ":":
        return Number(l);
      case "_":
        return null;
      case "#":
        return l === "t" ? 1 : 0;
      case "$":
      case "=": {
        const n = Number(l);
        if (n < 0) return null;
        const v = s.slice(p, p + n);
        p += n + 2;
        return v;
      }
      default: {
        let n = Number(l);
        if (n < 0) return null;
        if (t === "%") n *= 2;
        const out: R[] = [];
        for (let i = 0; i < n; i++) out.push(one());
        return out;
      }
    }
  };
  if (s.length === 0) throw new Error("no reply");
  return one();
}

export interface Session {
  t: TestServer;
  c: TestConn;
  /** Runs a command on the first connection and decodes the reply. */
  r(...args: string[]): R;
}

export function session(config: [string, string][] = []): Session {
  const t = inProcess(config);
  const c = t.connect();
  return { t, c, r: (...args) => decode(c.cmd(...args)) };
}

/** The error text of a reply (throws when it is not an error). */
export function err(reply: R): string {
  if (reply === null || typeof reply !== "object" || Array.isArray(reply)) {
    throw new Error(`not an error: ${JSON.stringify(reply)}`);
  }
  return reply.error;
}

export const WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value";
