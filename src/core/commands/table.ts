/**
 * The command table. A family file exports rows (`CommandDef`): a name and a handler, and for container
 * commands (CLIENT, CONFIG, OBJECT ...) their subcommands. Everything else about a command comes from Redis's
 * own table: rows.ts holds one `CommandRow` per command and subcommand (arity, flags, ACL categories, key
 * specs, tips) and docs.ts its COMMAND DOCS tree, both generated from redis-server 7.0.15 by
 * scripts/gen-command-meta.mjs, as commands.def is generated from src/commands/*.json in Redis. So the
 * dispatcher checks arity once for every command, and COMMAND / COMMAND INFO / COMMAND DOCS / COMMAND GETKEYS
 * are answered from the same rows.
 *
 * This module turns rows into `Command`s with their flags decoded once into booleans (`cmd.write`,
 * `cmd.noMulti` ...), and holds the one key extraction every feature uses (`getKeysFromCommand`, db.c's).
 */
import type { Client } from "../client.ts";
import type { ReplyWriter } from "../resp/writer.ts";
import { CONFIG_RENAME_NO_SUCH_COMMAND, CONFIG_RENAME_TARGET_EXISTS } from "../config.ts";
import { COMMAND_DOCS } from "./docs.ts";
import { COMMAND_ROWS } from "./rows.ts";
import { writeTree } from "./resptree.ts";
import type { RespTree } from "./resptree.ts";

export type Handler = (c: Client, argv: string[]) => void;

/**
 * The flags a command has for these arguments when they are not its own (Redis's get_command_flags:
 * evalGetCommandFlags, fcallGetCommandFlags): a script that declared flags writes, may be refused when memory
 * is full, or neither, and may run on a stale replica. Null keeps the command's flags.
 */
export type DeclaredFlags = (c: Client, argv: string[]) => { write: boolean; denyoom: boolean; stale: boolean } | null;

/**
 * A key spec as COMMAND INFO shows it (Redis's `keySpec`). Where the keys start (begin_search) is an argument
 * `index`, or the argument after `keyword`, searched from `startfrom` (backwards when negative); how many
 * there are (find_keys) is a `range` or a `keynum` argument. A part left out is Redis's "unknown".
 */
export interface KeySpecRow {
  /** Key-spec flags in Redis's words and order: "RW access delete", "RO access", "OW update" ... */
  flags: string;
  index?: number;
  keyword?: string;
  startfrom?: number;
  range?: [lastkey: number, keystep: number, limit: number];
  keynum?: [keynumidx: number, firstkey: number, keystep: number];
  notes?: string;
}

/** One command or subcommand as COMMAND INFO describes it. */
export interface CommandRow {
  /** Redis's convention: N is exactly N arguments (the name included), -N at least N. */
  arity: number;
  /** Command flags as COMMAND INFO lists them: "write denyoom fast". */
  flags: string;
  /** ACL categories as COMMAND INFO lists them: "@write @string @fast". */
  acl: string;
  /** The legacy key range (first key, last key, step); 0 when left out. */
  first?: number;
  last?: number;
  step?: number;
  keys?: KeySpecRow[];
  /** Command tips, space separated: "nondeterministic_output request_policy:all_shards". */
  tips?: string;
}

export interface CommandDef {
  /** Lowercase command name; a subcommand's own name (e.g. "setname" under "client"). */
  name: string;
  handler?: Handler;
  subcommands?: CommandDef[];
  /** The row and docs of a command Redis 7.0 lacks (e.g. CLIENT SETINFO from 7.2). */
  meta?: { row: CommandRow; docs: RespTree };
  /**
   * Changes keys it does not name, possibly every key (FLUSHALL, FLUSHDB, SWAPDB): a background save
   * cannot preserve them one by one and completes first.
   */
  touchesAllKeys?: boolean;
  /**
   * Redis's hidden CMD_TOUCHES_ARBITRARY_KEYS (RANDOMKEY, SCAN): the keys it expires on the way are
   * propagated as separate DELs, not as one MULTI/EXEC.
   */
  touchesArbitraryKeys?: boolean;
  /** See DeclaredFlags. */
  declaredFlags?: DeclaredFlags;
}

/** Command flags COMMAND INFO can show, in Redis's order (addReplyFlagsForCommand). */
const COMMAND_FLAGS = [
  "write",
  "readonly",
  "denyoom",
  "module",
  "admin",
  "pubsub",
  "noscript",
  "blocking",
  "loading",
  "stale",
  "skip_monitor",
  "skip_slowlog",
  "asking",
  "fast",
  "no_auth",
  "no_mandatory_keys",
  "no_async_loading",
  "no_multi",
  "movablekeys",
  "allow_busy",
] as const;

/**
 * Commands with CMD_MAY_REPLICATE, a flag COMMAND INFO hides on purpose (so the rows cannot carry it): they
 * may propagate without being writes, and CLIENT PAUSE WRITE holds them back like writes.
 */
const MAY_REPLICATE = new Set([
  "publish",
  "spublish",
  "eval",
  "evalsha",
  "fcall",
  "pfcount",
  "script|load",
  "script|flush",
]);

/** ACL categories in Redis's order (ACLCommandCategories): category i is bit i of `Command.aclCategories`. */
export const ACL_CATEGORIES = [
  "keyspace",
  "read",
  "write",
  "set",
  "sortedset",
  "list",
  "hash",
  "string",
  "bitmap",
  "hyperloglog",
  "geo",
  "stream",
  "pubsub",
  "admin",
  "fast",
  "slow",
  "blocking",
  "dangerous",
  "connection",
  "transaction",
  "scripting",
] as const;

export type AclCategory = (typeof ACL_CATEGORIES)[number];

/** A key spec decoded once, with the flags key extraction looks at as booleans. */
export interface KeySpec extends KeySpecRow {
  flagNames: readonly string[];
  notKey: boolean;
  incomplete: boolean;
  variableFlags: boolean;
}

/** A key argument found by getKeysFromCommand: its position in argv and its key-spec flags. */
export interface KeyRef {
  pos: number;
  /** Key-spec flag names in Redis's order (RO, RW, OW, RM, access, update, insert, delete ...). */
  flags: readonly string[];
}

export interface Command {
  /** "get", or "client|setname" for a subcommand: the name Redis uses in errors and COMMAND INFO. */
  fullName: string;
  arity: number;
  /** The flags as COMMAND INFO lists them; the checks below read the booleans. */
  flagNames: readonly string[];
  write: boolean;
  readonly: boolean;
  denyoom: boolean;
  admin: boolean;
  pubsub: boolean;
  noscript: boolean;
  blocking: boolean;
  loading: boolean;
  stale: boolean;
  skipMonitor: boolean;
  skipSlowlog: boolean;
  asking: boolean;
  fast: boolean;
  noAuth: boolean;
  noMandatoryKeys: boolean;
  noAsyncLoading: boolean;
  noMulti: boolean;
  movableKeys: boolean;
  allowBusy: boolean;
  /** Hidden from COMMAND INFO: see MAY_REPLICATE. */
  mayReplicate: boolean;
  /**
   * Refused with MISCONF while the disk cannot be written (writeCommandsDeniedByDiskError in processCommand):
   * the write commands, and PING, which Redis names there so a health check sees the error.
   */
  deniedOnDiskError: boolean;
  /** ACL categories as COMMAND INFO lists them ("@read"), and as bits by ACL_CATEGORIES index. */
  acl: readonly string[];
  aclCategories: number;
  firstKey: number;
  lastKey: number;
  keyStep: number;
  keySpecs: readonly KeySpec[];
  tips: readonly string[];
  /** doesCommandHaveKeys: a key spec that names keys, or a getkeys procedure. */
  hasKeys: boolean;
  /** Redis's getkeys procedure, for commands whose key specs cannot say it all. */
  getkeys: GetKeysProc | null;
  handler: Handler | null;
  /** See CommandDef. */
  touchesAllKeys: boolean;
  touchesArbitraryKeys: boolean;
  declaredFlags: DeclaredFlags | null;
  subcommands: Map<string, Command> | null;
  docs: RespTree;
  /** Index used by INFO commandstats. */
  calls: number;
  usec: number;
  failedCalls: number;
  rejectedCalls: number;
}

type GetKeysProc = (argv: string[]) => KeyRef[];

const RW_ACCESS_UPDATE = ["RW", "access", "update"];
const RO_ACCESS = ["RO", "access"];
const OW_UPDATE = ["OW", "update"];

/** Redis's getkeys procedures for the commands whose specs are unknown, incomplete or have variable flags. */
const GETKEYS_PROCS: Record<string, GetKeysProc> = {
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

function words(s: string): string[] {
  return s === "" ? [] : s.split(" ");
}

function keySpec(row: KeySpecRow): KeySpec {
  const flagNames = words(row.flags);
  return {
    ...row,
    flagNames,
    notKey: flagNames.includes("not_key"),
    incomplete: flagNames.includes("incomplete"),
    variableFlags: flagNames.includes("variable_flags"),
  };
}

function build(def: CommandDef, parentName: string | null): Command {
  const fullName = parentName ? `${parentName}|${def.name}` : def.name;
  const row = def.meta?.row ?? COMMAND_ROWS[fullName];
  if (!row) throw new RangeError(`no Redis metadata for command '${fullName}'`);
  const flagNames = words(row.flags);
  for (const f of flagNames) {
    if (!(COMMAND_FLAGS as readonly string[]).includes(f)) {
      throw new RangeError(`command '${fullName}': unknown flag '${f}'`);
    }
  }
  const acl = words(row.acl);
  let aclCategories = 0;
  for (const a of acl) {
    const bit = (ACL_CATEGORIES as readonly string[]).indexOf(a.slice(1));
    if (a[0] !== "@" || bit < 0) throw new RangeError(`command '${fullName}': unknown ACL category '${a}'`);
    aclCategories |= 1 << bit;
  }
  const keySpecs = (row.keys ?? []).map(keySpec);
  const getkeys = GETKEYS_PROCS[fullName] ?? null;
  const has = (f: (typeof COMMAND_FLAGS)[number]) => flagNames.includes(f);
  const cmd: Command = {
    fullName,
    arity: row.arity,
    flagNames,
    write: has("write"),
    readonly: has("readonly"),
    denyoom: has("denyoom"),
    admin: has("admin"),
    pubsub: has("pubsub"),
    noscript: has("noscript"),
    blocking: has("blocking"),
    loading: has("loading"),
    stale: has("stale"),
    skipMonitor: has("skip_monitor"),
    skipSlowlog: has("skip_slowlog"),
    asking: has("asking"),
    fast: has("fast"),
    noAuth: has("no_auth"),
    noMandatoryKeys: has("no_mandatory_keys"),
    noAsyncLoading: has("no_async_loading"),
    noMulti: has("no_multi"),
    movableKeys: has("movablekeys"),
    allowBusy: has("allow_busy"),
    mayReplicate: MAY_REPLICATE.has(fullName),
    deniedOnDiskError: has("write") || fullName === "ping",
    acl,
    aclCategories,
    firstKey: row.first ?? 0,
    lastKey: row.last ?? 0,
    keyStep: row.step ?? 0,
    keySpecs,
    tips: words(row.tips ?? ""),
    hasKeys: keySpecs.some((s) => !s.notKey) || getkeys !== null,
    getkeys,
    handler: def.handler ?? null,
    touchesAllKeys: def.touchesAllKeys === true,
    touchesArbitraryKeys: def.touchesArbitraryKeys === true,
    declaredFlags: def.declaredFlags ?? null,
    subcommands: null,
    docs: def.meta?.docs ?? COMMAND_DOCS[fullName] ?? ["%"],
    calls: 0,
    usec: 0,
    failedCalls: 0,
    rejectedCalls: 0,
  };
  if (def.subcommands) {
    cmd.subcommands = new Map();
    for (const s of def.subcommands) cmd.subcommands.set(s.name, build(s, fullName));
  }
  return cmd;
}

export class CommandTable {
  /** By lowercase and uppercase name, so the common cases need no case conversion on the hot path. */
  private byName = new Map<string, Command>();
  /** Top-level commands in registration order. */
  readonly commands: Command[] = [];

  constructor(defs: CommandDef[]) {
    // Several families may contribute subcommands to one container: merge them.
    const merged = new Map<string, CommandDef>();
    for (const d of defs) {
      const prev = merged.get(d.name);
      if (!prev) {
        merged.set(d.name, { ...d, subcommands: d.subcommands ? [...d.subcommands] : undefined });
        continue;
      }
      if (!prev.subcommands || !d.subcommands) throw new RangeError(`command '${d.name}' registered twice`);
      prev.subcommands.push(...d.subcommands);
      prev.handler ??= d.handler;
    }
    for (const d of merged.values()) {
      const cmd = build(d, null);
      this.commands.push(cmd);
      this.byName.set(d.name, cmd);
      this.byName.set(d.name.toUpperCase(), cmd);
    }
  }

  /**
   * The last name looked up and what it found: connections send runs of one command, and the parser hands
   * back the same string for a repeated name (resp/parser.ts's commandName), so this compares one pointer.
   */
  private lastName = "";
  private lastCommand: Command | undefined = undefined;

  lookup(name: string): Command | undefined {
    if (name === this.lastName) return this.lastCommand;
    const cmd = this.byName.get(name) ?? this.byName.get(name.toLowerCase());
    this.lastName = name;
    this.lastCommand = cmd;
    return cmd;
  }

  /**
   * rename-command: `from` answers to `to` instead (or to nothing when `to` is empty), keeping its own name
   * in replies and COMMAND, as Redis re-adds the same command under another dict key. The reason it cannot,
   * or null.
   */
  rename(from: string, to: string): string | null {
    const refused = this.renameCommand(from, to);
    // What lookup remembered may have changed.
    this.lastName = "";
    this.lastCommand = undefined;
    return refused;
  }

  private renameCommand(from: string, to: string): string | null {
    const cmd = this.lookup(from);
    if (cmd === undefined) return CONFIG_RENAME_NO_SUCH_COMMAND;
    for (const [name, c] of [...this.byName]) {
      if (c === cmd && name.toLowerCase() === from.toLowerCase()) this.byName.delete(name);
    }
    if (to === "") return null;
    if (this.lookup(to) !== undefined) return CONFIG_RENAME_TARGET_EXISTS;
    this.byName.set(to.toLowerCase(), cmd);
    this.byName.set(to.toUpperCase(), cmd);
    return null;
  }

  /** "get" or "client|setname" (COMMAND INFO / DOCS accept both forms). */
  lookupFull(name: string): Command | undefined {
    const lower = name.toLowerCase();
    const bar = lower.indexOf("|");
    if (bar < 0) return this.byName.get(lower);
    return this.byName.get(lower.slice(0, bar))?.subcommands?.get(lower.slice(bar + 1));
  }

  /** Every command and subcommand, for INFO commandstats and COMMAND LIST. */
  *all(): IterableIterator<Command> {
    for (const c of this.commands) {
      yield c;
      if (c.subcommands) yield* c.subcommands.values();
    }
  }
}

// ---- Key extraction (db.c) ----

/** string2ll for a key count. */
function keyCount(s: string): number | null {
  return /^(0|-?[1-9][0-9]{0,18})$/.test(s) ? Number(s) : null;
}

/** getKeysUsingKeySpecs: the keys, or null when a spec does not apply (then Redis asks the getkeys procedure). */
function keysFromSpecs(cmd: Command, argv: string[]): KeyRef[] | null {
  const argc = argv.length;
  const out: KeyRef[] = [];
  for (const spec of cmd.keySpecs) {
    if (spec.notKey) continue;
    let first = 0;
    if (spec.index !== undefined) {
      first = spec.index;
    } else if (spec.keyword !== undefined) {
      const from = spec.startfrom!;
      const start = from > 0 ? from : argc + from;
      const end = from > 0 ? argc - 1 : 1;
      for (let i = start; i !== end; i = start <= end ? i + 1 : i - 1) {
        if (i >= argc || i < 1) break;
        if (argv[i].toLowerCase() === spec.keyword.toLowerCase()) {
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
    if (spec.range !== undefined) {
      const [lastkey, keystep, limit] = spec.range;
      step = keystep;
      if (lastkey >= 0) last = first + lastkey;
      else if (!limit) last = argc + lastkey;
      else last = first + (Math.floor((argc - first) / limit) + lastkey);
    } else if (spec.keynum !== undefined) {
      const [keynumidx, firstkey, keystep] = spec.keynum;
      step = keystep;
      if (first + keynumidx >= argc) return null;
      const n = keyCount(argv[first + keynumidx]);
      if (n === null || n < 0) return null;
      first += firstkey;
      last = first + n - 1;
    } else {
      return null;
    }
    if (last >= argc || last < first || first >= argc) return null;
    for (let i = first; i <= last; i += step) {
      if (i >= argc || i < first) continue;
      out.push({ pos: i, flags: spec.flagNames });
    }
    if (spec.incomplete) return null;
  }
  return out;
}

/**
 * getKeysFromCommandWithSpecs: the key positions in `argv` (the full command, name first). Empty when there
 * are none to report (COMMAND GETKEYS then answers an error, or an empty array for commands without mandatory
 * keys). Client tracking, COMMAND GETKEYS and (later) ACL key checks all ask here.
 */
export function getKeysFromCommand(cmd: Command, argv: string[]): KeyRef[] {
  let hasKeySpec = false;
  let varFlags = false;
  for (const s of cmd.keySpecs) {
    if (!s.notKey) hasKeySpec = true;
    if (s.variableFlags) varFlags = true;
  }
  if (hasKeySpec && !varFlags) {
    const keys = keysFromSpecs(cmd, argv);
    if (keys !== null) return keys;
  }
  return cmd.getkeys?.(argv) ?? [];
}

// ---- COMMAND INFO and COMMAND DOCS replies ----

function writeStatusSet(w: ReplyWriter, items: readonly string[]): void {
  w.set(items.length);
  for (const s of items) w.simple(s);
}

/** One begin_search or find_keys entry: {type, spec: {field: value ...}}. */
function writeKeySearch(w: ReplyWriter, type: string, fields: string[], values: (string | number)[]): void {
  w.map(2);
  w.bulk("type");
  w.bulk(type);
  w.bulk("spec");
  w.map(fields.length);
  for (let i = 0; i < fields.length; i++) {
    w.bulk(fields[i]);
    const v = values[i];
    if (typeof v === "number") w.integer(v);
    else w.bulk(v);
  }
}

/** addReplyCommandKeySpecs, for one spec. */
function writeKeySpec(w: ReplyWriter, spec: KeySpec): void {
  w.map(spec.notes !== undefined ? 4 : 3);
  if (spec.notes !== undefined) {
    w.bulk("notes");
    w.bulk(spec.notes);
  }
  w.bulk("flags");
  writeStatusSet(w, spec.flagNames);
  w.bulk("begin_search");
  if (spec.index !== undefined) writeKeySearch(w, "index", ["index"], [spec.index]);
  else if (spec.keyword !== undefined) {
    writeKeySearch(w, "keyword", ["keyword", "startfrom"], [spec.keyword, spec.startfrom!]);
  } else writeKeySearch(w, "unknown", [], []);
  w.bulk("find_keys");
  if (spec.range !== undefined) writeKeySearch(w, "range", ["lastkey", "keystep", "limit"], spec.range);
  else if (spec.keynum !== undefined) writeKeySearch(w, "keynum", ["keynumidx", "firstkey", "keystep"], spec.keynum);
  else writeKeySearch(w, "unknown", [], []);
}

/** A command's COMMAND INFO entry (addReplyCommandInfo), listing only the subcommands this server implements. */
export function writeCommandInfo(w: ReplyWriter, cmd: Command): void {
  w.array(10);
  w.bulk(cmd.fullName);
  w.integer(cmd.arity);
  writeStatusSet(w, cmd.flagNames);
  w.integer(cmd.firstKey);
  w.integer(cmd.lastKey);
  w.integer(cmd.keyStep);
  writeStatusSet(w, cmd.acl);
  w.set(cmd.tips.length);
  for (const t of cmd.tips) w.bulk(t);
  w.set(cmd.keySpecs.length);
  for (const s of cmd.keySpecs) writeKeySpec(w, s);
  // Redis replies an empty set for a command without subcommands, an array for a container.
  if (cmd.subcommands === null) return w.set(0);
  w.array(cmd.subcommands.size);
  for (const s of cmd.subcommands.values()) writeCommandInfo(w, s);
}

/** A command's COMMAND DOCS entry (addReplyCommandDocs), with only the implemented subcommands. */
export function writeCommandDocs(w: ReplyWriter, cmd: Command): void {
  const docs = cmd.docs as RespTree[];
  const subs = cmd.subcommands;
  w.map((docs.length - 1) / 2 + (subs !== null ? 1 : 0));
  for (let i = 1; i < docs.length; i++) writeTree(w, docs[i]);
  if (subs === null) return;
  w.bulk("subcommands");
  w.map(subs.size);
  for (const s of subs.values()) {
    w.bulk(s.fullName);
    writeCommandDocs(w, s);
  }
}
