/**
 * The command table. A family file exports rows (`CommandDef`): a name and a handler, and for container
 * commands (CLIENT, CONFIG, OBJECT ...) their subcommands. Arity, flags and key positions come from Redis's
 * own command metadata (meta.ts, generated from redis-server 7.0.15), so the dispatcher checks arity once for
 * every command, and COMMAND / COMMAND INFO / COMMAND DOCS are generated from the same rows.
 */
import type { Client } from "../client.ts";
import { COMMAND_META } from "./meta.ts";
import type { RespTree } from "./resptree.ts";

export type Handler = (c: Client, argv: string[]) => void;

export interface CommandDef {
  /** Lowercase command name; a subcommand's own name (e.g. "setname" under "client"). */
  name: string;
  handler?: Handler;
  subcommands?: CommandDef[];
  /** Metadata for a command Redis 7.0 lacks (e.g. CLIENT SETINFO from 7.2). */
  meta?: { info: RespTree; docs: RespTree };
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
}

export interface Command {
  /** "get", or "client|setname" for a subcommand: the name Redis uses in errors and COMMAND INFO. */
  fullName: string;
  arity: number;
  flags: ReadonlySet<string>;
  firstKey: number;
  lastKey: number;
  keyStep: number;
  handler: Handler | null;
  /** See CommandDef. */
  touchesAllKeys: boolean;
  touchesArbitraryKeys: boolean;
  subcommands: Map<string, Command> | null;
  /** COMMAND INFO fields: name, arity, flags, first, last, step, ACL categories, tips, key specs, subcommands. */
  info: RespTree[];
  docs: RespTree;
  /** Index used by INFO commandstats. */
  calls: number;
  usec: number;
  failedCalls: number;
  rejectedCalls: number;
}

type Meta = { info: RespTree; docs: RespTree };

/** A subcommand's metadata, found inside its container's COMMAND INFO and COMMAND DOCS entries. */
function subMeta(parent: Meta, fullName: string): Meta | undefined {
  const subs = (parent.info as RespTree[])[10] as RespTree[] | undefined;
  const info = subs?.find((t, i) => i > 0 && (t as RespTree[])[1] === fullName);
  if (!info) return undefined;
  const docs = parent.docs as RespTree[];
  const at = docs.indexOf("subcommands");
  const map = at > 0 ? (docs[at + 1] as RespTree[]) : [];
  const i = map.indexOf(fullName);
  return { info, docs: i > 0 ? map[i + 1] : ["%"] };
}

function build(def: CommandDef, parent: Meta | null, parentName: string | null): Command {
  const fullName = parentName ? `${parentName}|${def.name}` : def.name;
  const meta = def.meta ?? (parent ? subMeta(parent, fullName) : COMMAND_META[fullName]);
  if (!meta) throw new RangeError(`no Redis metadata for command '${fullName}'`);
  const info = (meta.info as RespTree[]).slice(1); // drop the array tag: info[0] is the name
  const flagTree = info[2] as RespTree[];
  const flags = new Set<string>();
  for (let i = 1; i < flagTree.length; i++) flags.add((flagTree[i] as RespTree[])[1] as string);
  const cmd: Command = {
    fullName,
    arity: info[1] as number,
    flags,
    firstKey: info[3] as number,
    lastKey: info[4] as number,
    keyStep: info[5] as number,
    handler: def.handler ?? null,
    touchesAllKeys: def.touchesAllKeys === true,
    touchesArbitraryKeys: def.touchesArbitraryKeys === true,
    subcommands: null,
    info,
    docs: meta.docs,
    calls: 0,
    usec: 0,
    failedCalls: 0,
    rejectedCalls: 0,
  };
  if (def.subcommands) {
    cmd.subcommands = new Map();
    for (const s of def.subcommands) cmd.subcommands.set(s.name, build(s, meta, fullName));
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
      const cmd = build(d, null, null);
      this.commands.push(cmd);
      this.byName.set(d.name, cmd);
      this.byName.set(d.name.toUpperCase(), cmd);
    }
  }

  lookup(name: string): Command | undefined {
    return this.byName.get(name) ?? this.byName.get(name.toLowerCase());
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
