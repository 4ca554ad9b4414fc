/**
 * Argument parsing several families share (Redis's object.c getRangeLongFromObjectOrReply, db.c selectDb,
 * timeout.c getTimeoutFromObjectOrReply, db.c parseScanCursorOrReply). Each returns null after writing
 * Redis's error.
 */
import type { Client } from "../client.ts";
import type { Db } from "../keyspace/db.ts";
import { parseDouble, parseInt64 } from "../bytes.ts";
import {
  ERR_DB_INDEX,
  ERR_INT_RANGE,
  ERR_INVALID_CURSOR,
  ERR_NOT_INTEGER,
  ERR_TIMEOUT_NEGATIVE,
  ERR_TIMEOUT_NOT_FLOAT,
  errValueOutOfRange,
} from "../errors.ts";

/** C's LONG_MAX and LONG_MIN (64-bit). */
export const LONG_MAX = 9223372036854775807n;
export const LONG_MIN = -9223372036854775808n;

/**
 * getRangeLongFromObjectOrReply: an integer within [min, max], else `msg` (or Redis's own texts when `msg`
 * is null). Returned as a number: values beyond 2^53 are rounded, which no caller's range tells apart.
 */
export function rangeLongArg(c: Client, s: string, min: bigint, max: bigint, msg: string | null): number | null {
  const v = parseInt64(s);
  if (v === null) {
    c.error(msg ?? ERR_NOT_INTEGER);
    return null;
  }
  const b = BigInt(v);
  if (b < min || b > max) {
    c.error(msg ?? errValueOutOfRange(min, max));
    return null;
  }
  return Number(v);
}

/**
 * getIntFromObjectOrReply then selectDb: a database by index, or null after an error (SELECT, MOVE, COPY
 * ... DB, SWAPDB). `msg` replaces both of getIntFromObjectOrReply's own errors, as in Redis.
 */
export function dbIndexArg(c: Client, s: string, msg?: string): Db | null {
  const v = parseInt64(s);
  if (v === null) {
    c.error(msg ?? ERR_NOT_INTEGER);
    return null;
  }
  if (typeof v === "bigint" || v < -2147483648 || v > 2147483647) {
    c.error(msg ?? ERR_INT_RANGE);
    return null;
  }
  const db = c.server.dbs[v];
  if (v < 0 || db === undefined) {
    c.error(ERR_DB_INDEX);
    return null;
  }
  return db;
}

/**
 * getTimeoutFromObjectOrReply in seconds (7.0): a long double times 1000, rounded up (ceill) to whole
 * milliseconds, so 0.0001 waits 1 ms and -0.0001 means forever. Values C cannot convert to a 64-bit integer
 * (inf, 1e400) come out negative there, and so they are here. Returns the relative timeout in ms (0 =
 * forever) or null after an error.
 */
export function blockTimeoutArg(c: Client, s: string): number | null {
  const v = parseDouble(s);
  if (v === null) {
    c.error(ERR_TIMEOUT_NOT_FLOAT);
    return null;
  }
  const ms = Math.ceil(v * 1000);
  if (!(ms < 9223372036854775807 && ms >= -9223372036854775808) || ms < 0) {
    c.error(ERR_TIMEOUT_NEGATIVE);
    return null;
  }
  return ms + 0;
}

function isSpace(ch: number): boolean {
  return ch === 32 || (ch >= 9 && ch <= 13);
}

/**
 * parseScanCursorOrReply: strtoul rules (an optional sign, digits, no leading space, nothing after, at most
 * 2^64-1; "-n" wraps as in C; "" is 0). Cursors past the end of a table simply end the iteration.
 */
export function scanCursorArg(c: Client, s: string): number | null {
  const fail = () => {
    c.error(ERR_INVALID_CURSOR);
    return null;
  };
  if (s.length === 0) return 0;
  if (isSpace(s.charCodeAt(0))) return fail();
  let i = 0;
  const neg = s[0] === "-";
  if (neg || s[0] === "+") i = 1;
  if (i === s.length) return fail();
  for (let j = i; j < s.length; j++) {
    const ch = s.charCodeAt(j);
    if (ch < 48 || ch > 57) return fail();
  }
  let v = BigInt(s.slice(i));
  if (v > 18446744073709551615n) return fail();
  if (neg && v !== 0n) v = 18446744073709551616n - v;
  return Number(v);
}
