/**
 * The command table. A family file exports rows (`CommandDef`): a name and a handler, and for container
 * commands (CLIENT, CONFIG, OBJECT ...) their subcommands. Arity, flags and key positions come from Redis's
 * own command metadata (meta.ts, generated from redis-server 7.0.15), so the dispatcher checks arity once for
 * every command, and COMMAND / COMMAND INFO / COMMAND DOCS are generated from the same rows.
 */
import type { Client } from "../client.ts";
import { COMMAND_META } from "./meta.ts";
import { ERR_RENAME_NO_SUCH_COMMAND, ERR_RENAME_TARGET_EXISTS } from "../errors.ts";
import type { RespTree } from "./resptree.ts";

export type Handler = (c: Client, argv: string[]) => void;

export interface CommandDef {
  /** Lowercase command name; a subcommand's own name (e.g. "setname" under "client"). */
  name: string;
  handler?: Handler;
  subcommands?: CommandDef[];
  /** Metadata for a command Redis 7.0 lacks (e.g. CLIENT SETINFO from 7.2). */
  meta?: { info: RespTree; docs: RespTree };
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

  /**
   * rename-command: `from` answers to `to` instead (or to nothing when `to` is empty), keeping its own name
   * in replies and COMMAND, as Redis re-adds the same command under another dict key. The reason it cannot,
   * or null.
   */
  rename(from: string, to: string): string | null {
    const cmd = this.lookup(from);
    if (cmd === undefined) return ERR_RENAME_NO_SUCH_COMMAND;
    for (const [name, c] of [...this.byName]) if (c === cmd && name.toLowerCase() === from.toLowerCase()) this.byName.delete(name);
    if (to === "") return null;
    if (this.lookup(to) !== undefined) return ERR_RENAME_TARGET_EXISTS;
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
