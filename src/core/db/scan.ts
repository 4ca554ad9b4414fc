/**
 * One SCAN for the keyspace and for the elements of a hash, set or sorted set (Redis's scanGenericCommand
 * in db.c). The caller parses the cursor (scanCursorArg) and looks its key up first, as Redis does, so a
 * missing key replies an empty scan whatever options follow; this parses the options, walks one step and
 * replies [next cursor, elements].
 */
import type { Client } from "../client.ts";
import { ERR_SYNTAX } from "../errors.ts";
import { globMatch } from "../glob.ts";
import { typeOf } from "../keyspace/types.ts";
import { int64Arg, isKeyword } from "../commands/util.ts";
import { LOOKUP_NOTOUCH, lookupKeyRead } from "./keys.ts";

/** What a step reaches: a key or a set member alone; a hash field or a sorted-set member with its value. */
export type ScanVisit = (element: string, value?: string) => void;

/**
 * One step of a scan from `cursor`, visiting about `count` elements; returns the next cursor, 0 when done.
 * A value in a small encoding (listpack, intset) visits everything and returns 0, as Redis does.
 */
export type ScanStep = (cursor: number, count: number, visit: ScanVisit) => number;

interface ScanOptions {
  count: number;
  /** null when every element matches ("*" or no MATCH). */
  pattern: string | null;
  /** TYPE's argument, lowercased; SCAN's alone. */
  type: string | null;
}

/** COUNT, MATCH and (for SCAN only, `keyspace`) TYPE from argv[first] on; null after a syntax error. */
function scanOptions(c: Client, argv: string[], first: number, keyspace: boolean): ScanOptions | null {
  const opts: ScanOptions = { count: 10, pattern: null, type: null };
  for (let i = first; i < argv.length; i += 2) {
    const more = i < argv.length - 1;
    if (isKeyword(argv[i], "COUNT") && more) {
      const v = int64Arg(c, argv[i + 1]);
      if (v === null) return null;
      if (v < 1) {
        c.error(ERR_SYNTAX);
        return null;
      }
      opts.count = Number(v);
    } else if (isKeyword(argv[i], "MATCH") && more) {
      opts.pattern = argv[i + 1] === "*" ? null : argv[i + 1];
    } else if (keyspace && isKeyword(argv[i], "TYPE") && more) {
      opts.type = argv[i + 1].toLowerCase();
    } else {
      c.error(ERR_SYNTAX);
      return null;
    }
  }
  return opts;
}

/** The reply of a scan step: [cursor, [elements...]]. A missing key's is scanReply(c, 0, []). */
export function scanReply(c: Client, next: number, items: string[]): void {
  c.reply.array(2);
  c.reply.bulk(String(next));
  c.reply.bulkArray(items);
}

/**
 * scanGenericCommand: SCAN when `step` is null (the keys of the client's database; options from argv[2]),
 * else HSCAN, SSCAN or ZSCAN over one value (options from argv[3]).
 */
export function scanGeneric(c: Client, argv: string[], cursor: number, step: ScanStep | null): void {
  const keyspace = step === null;
  const opts = scanOptions(c, argv, keyspace ? 2 : 3, keyspace);
  if (opts === null) return;
  const count = Math.min(opts.count, 1e9);
  const pattern = opts.pattern;
  if (step !== null) {
    const out: string[] = [];
    const next = step(cursor, count, (element, value) => {
      if (pattern !== null && !globMatch(pattern, element)) return;
      out.push(element);
      if (value !== undefined) out.push(value);
    });
    return scanReply(c, next, out);
  }
  const db = c.db;
  const found: string[] = [];
  const next = db.scan(cursor, count, (key) => {
    found.push(key);
  });
  // Filtered after the walk, as Redis does: the filters may delete expired keys.
  const keys: string[] = [];
  for (const key of found) {
    if (pattern !== null && !globMatch(pattern, key)) continue;
    if (opts.type !== null) {
      const v = lookupKeyRead(c, key, LOOKUP_NOTOUCH);
      if ((v === undefined ? "none" : typeOf(v)) !== opts.type) continue;
    }
    if (db.peek(key) === undefined) continue; // expired: reclaimed now
    keys.push(key);
  }
  scanReply(c, next, keys);
}
