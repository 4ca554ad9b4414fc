/**
 * Key positions from a command's key specs (getKeysUsingKeySpecs in Redis's db.c), for COMMAND GETKEYS and
 * GETKEYSANDFLAGS. Specs come from the same metadata as COMMAND INFO. The few commands whose specs cannot
 * say it all (SET and BITFIELD have flags that depend on the arguments, SORT and MIGRATE have keys anywhere)
 * use the same argument scans as Redis's getkeys procedures.
 */
import type { Command } from "./table.ts";
import type { RespTree } from "./resptree.ts";

export interface KeyRef {
  pos: number;
  /** Key-spec flag names in Redis's order (RO, RW, OW, RM, access, update, insert, delete, ...). */
  flags: string[];
}

interface KeySpec {
  flags: string[];
  bs: { type: string; index: number; keyword: string; startfrom: number };
  fk: { type: string; lastkey: number; keystep: number; limit: number; keynumidx: number; firstkey: number };
}

/** A RESP map tree ["%", k, v, ...] as an object. */
function mapOf(t: RespTree): Record<string, RespTree> {
  const out: Record<string, RespTree> = {};
  if (!Array.isArray(t)) return out;
  for (let i = 1; i + 1 < t.length; i += 2) out[t[i] as string] = t[i + 1];
  return out;
}

const parsed = new WeakMap<Command, KeySpec[]>();

function keySpecs(cmd: Command): KeySpec[] {
  let specs = parsed.get(cmd);
  if (specs) return specs;
  specs = [];
  const tree = cmd.info[8];
  if (Array.isArray(tree)) {
    for (let i = 1; i < tree.length; i++) {
      const m = mapOf(tree[i]);
      const flags = Array.isArray(m.flags) ? m.flags.slice(1).map((f) => (f as RespTree[])[1] as string) : [];
      const bs = mapOf(m.begin_search);
      const bss = mapOf(bs.spec);
      const fk = mapOf(m.find_keys);
      const fks = mapOf(fk.spec);
      specs.push({
        flags,
        bs: { type: bs.type as string, index: bss.index as number, keyword: bss.keyword as string, startfrom: bss.startfrom as number },
        fk: {
          type: fk.type as string, lastkey: fks.lastkey as number, keystep: fks.keystep as number, limit: fks.limit as number,
          keynumidx: fks.keynumidx as number, firstkey: fks.firstkey as number,
        },
      });
    }
  }
  parsed.set(cmd, specs);
  return specs;
}

/** doesCommandHaveKeys: at least one spec that is not a "not_key" one. */
export function commandHasKeys(cmd: Command): boolean {
  return keySpecs(cmd).some((s) => !s.flags.includes("not_key")) || GETKEYS_PROCS[cmd.fullName] !== undefined;
}

/** string2ll for a key count. */
function count(s: string): number | null {
  return /^(0|-?[1-9][0-9]{0,18})$/.test(s) ? Number(s) : null;
}

/** getKeysUsingKeySpecs: the keys, or null when a spec does not apply (then Redis asks the getkeys procedure). */
function keysFromSpecs(cmd: Command, argv: string[]): KeyRef[] | null {
  const argc = argv.length;
  const out: KeyRef[] = [];
  for (const spec of keySpecs(cmd)) {
    if (spec.flags.includes("not_key")) continue;
    let first = 0;
    if (spec.bs.type === "index") {
      first = spec.bs.index;
    } else if (spec.bs.type === "keyword") {
      const from = spec.bs.startfrom;
      const start = from > 0 ? from : argc + from;
      const end = from > 0 ? argc - 1 : 1;
      for (let i = start; i !== end; i = start <= end ? i + 1 : i - 1) {
        if (i >= argc || i < 1) break;
        if (argv[i].toLowerCase() === spec.bs.keyword.toLowerCase()) {
          first = i + 1;
          break;
        }
      }
      if (!first) continue;
    } else {
      return null;
    }
    let last: number;
    let step: number;
    if (spec.fk.type === "range") {
      step = spec.fk.keystep;
      if (spec.fk.lastkey >= 0) last = first + spec.fk.lastkey;
      else if (!spec.fk.limit) last = argc + spec.fk.lastkey;
      else last = first + (Math.floor((argc - first) / spec.fk.limit) + spec.fk.lastkey);
    } else if (spec.fk.type === "keynum") {
      step = spec.fk.keystep;
      if (first + spec.fk.keynumidx >= argc) return null;
      const n = count(argv[first + spec.fk.keynumidx]);
      if (n === null || n < 0) return null;
      first += spec.fk.firstkey;
      last = first + n - 1;
    } else {
      return null;
    }
    if (last >= argc || last < first || first >= argc) return null;
    for (let i = first; i <= last; i += step) {
      if (i >= argc || i < first) continue;
      out.push({ pos: i, flags: spec.flags });
    }
    if (spec.flags.includes("incomplete")) return null;
  }
  return out;
}

const RW_ACCESS_UPDATE = ["RW", "access", "update"];
const RO_ACCESS = ["RO", "access"];
const OW_UPDATE = ["OW", "update"];

/** Redis's getkeys procedures for the commands whose specs are unknown, incomplete or have variable flags. */
const GETKEYS_PROCS: Record<string, (argv: string[]) => KeyRef[]> = {
  /* setGetKeys: GET makes the write a read too. */
  set: (argv) => {
    for (let i = 3; i < argv.length; i++) {
      if (argv[i].toLowerCase() === "get") return [{ pos: 1, flags: RW_ACCESS_UPDATE }];
    }
    return [{ pos: 1, flags: OW_UPDATE }];
  },
  /* bitfieldGetKeys: read-only unless a SET, INCRBY or a syntax error comes up. */
  bitfield: (argv) => {
    let readonly = true;
    for (let i = 2; i < argv.length; i++) {
      const rem = argv.length - i - 1;
      const arg = argv[i].toLowerCase();
      if (arg === "get" && rem >= 2) i += 2;
      else if ((arg === "set" || arg === "incrby") && rem >= 3) {
        readonly = false;
        break;
      } else if (arg === "overflow" && rem >= 1) i += 1;
      else {
        readonly = false;
        break;
      }
    }
    return [{ pos: 1, flags: readonly ? RO_ACCESS : RW_ACCESS_UPDATE }];
  },
  /* sortGetKeys: the sorted key, and the last STORE's destination. */
  sort: (argv) => {
    const keys: KeyRef[] = [{ pos: 1, flags: RO_ACCESS }];
    let store: KeyRef | null = null;
    const skip: Record<string, number> = { limit: 2, get: 1, by: 1 };
    for (let i = 2; i < argv.length; i++) {
      const arg = argv[i].toLowerCase();
      if (skip[arg] !== undefined) i += skip[arg];
      else if (arg === "store" && i + 1 < argv.length) store = { pos: i + 1, flags: OW_UPDATE };
    }
    if (store) keys.push(store);
    return keys;
  },
  /* sortROGetKeys */
  sort_ro: () => [{ pos: 1, flags: RO_ACCESS }],
};

/**
 * getKeysFromCommandWithSpecs: the key positions in `argv` (the full command), or null when there are none
 * to report (Redis then answers an error, or an empty array for commands without mandatory keys).
 */
export function commandKeys(cmd: Command, argv: string[]): KeyRef[] {
  const specs = keySpecs(cmd);
  const hasKeySpec = specs.some((s) => !s.flags.includes("not_key"));
  const varFlags = specs.some((s) => s.flags.includes("variable_flags"));
  if (hasKeySpec && !varFlags) {
    const keys = keysFromSpecs(cmd, argv);
    if (keys !== null) return keys;
  }
  return GETKEYS_PROCS[cmd.fullName]?.(argv) ?? [];
}
