/**
 * ACL users and their selectors as Redis 7.0 keeps them (acl.c): the rules ACL SETUSER applies one at a time
 * (ACLSetUser, ACLSetSelector), and the canonical text ACL LIST and ACL GETUSER print back
 * (ACLDescribeUser, ACLDescribeSelector, ACLDescribeSelectorCommandRules).
 *
 * Command permissions are over Redis's whole command table (rows.ts), not only the commands this server
 * implements, so a rule Redis accepts (`+xadd`) is accepted here too and categories count the same commands
 * when the rules are described back.
 */
import { ACL_CATEGORIES } from "../commands/table.ts";
import type { CommandTable } from "../commands/table.ts";
import { COMMAND_ROWS } from "../commands/rows.ts";
import { sha256hex } from "../sha256.ts";
import { globMatch } from "../glob.ts";
import { ACL_RULE_ERRORS } from "../errors.ts";

/** A command or subcommand as ACL rules name it, with its categories as bits by ACL_CATEGORIES index. */
export interface AclCommand {
  /** "get", "config|get". */
  name: string;
  categories: number;
  parent: AclCommand | null;
  subcommands: AclCommand[] | null;
}

/** Every command Redis 7.0 has, plus those this server adds (CLIENT SETINFO): what ACL rules can name. */
export class CommandCatalog {
  /** Top-level commands; each one's subcommands hang off it. */
  readonly commands: AclCommand[] = [];
  private byName = new Map<string, AclCommand>();

  constructor() {
    for (const name of Object.keys(COMMAND_ROWS)) this.add(name, COMMAND_ROWS[name].acl.split(" "));
  }

  /** Adds the table's commands Redis 7.0 lacks; their names. */
  extend(table: CommandTable): string[] {
    const added: string[] = [];
    for (const c of table.all()) if (this.add(c.fullName, c.acl)) added.push(c.fullName);
    return added;
  }

  private add(name: string, acl: readonly string[]): boolean {
    if (this.byName.has(name)) return false;
    let categories = 0;
    for (const a of acl) {
      const bit = (ACL_CATEGORIES as readonly string[]).indexOf(a.slice(1));
      if (bit >= 0) categories |= 1 << bit;
    }
    const bar = name.indexOf("|");
    const parent = bar < 0 ? null : this.byName.get(name.slice(0, bar)) ?? null;
    if (bar >= 0 && parent === null) return false;
    const cmd: AclCommand = { name, categories, parent, subcommands: null };
    this.byName.set(name, cmd);
    if (parent === null) this.commands.push(cmd);
    else (parent.subcommands ??= []).push(cmd);
    return true;
  }

  /** ACLLookupCommand: "get" or "config|get", any case; null for anything else. */
  lookup(name: string): AclCommand | null {
    const lower = name.toLowerCase();
    const bar = lower.indexOf("|");
    if (bar >= 0 && lower.indexOf("|", bar + 1) >= 0) return null;
    const cmd = this.byName.get(lower);
    if (cmd === undefined) return null;
    if (bar >= 0 && cmd.parent === null) return null;
    return cmd;
  }

  /** Every command and subcommand, parents first. */
  *all(): IterableIterator<AclCommand> {
    for (const c of this.commands) {
      yield c;
      if (c.subcommands !== null) yield* c.subcommands;
    }
  }
}

export const ACL_READ_PERMISSION = 1;
export const ACL_WRITE_PERMISSION = 2;
const ACL_ALL_PERMISSION = 3;

export interface KeyPattern {
  pattern: string;
  /** ACL_READ_PERMISSION | ACL_WRITE_PERMISSION. */
  flags: number;
  /** The pattern as a test, cheaper than the general glob for the usual `prefix*` and literal forms. */
  matches: (key: string) => boolean;
}

/**
 * A glob as a test: a literal is an equality, `prefix*` a startsWith (the common ACL forms, checked on every
 * command of a restricted user), anything else Redis's stringmatchlen.
 */
export function compileGlob(pattern: string): (s: string) => boolean {
  const special = /[*?[\\]/;
  if (!special.test(pattern)) return (s) => s === pattern;
  const body = pattern.slice(0, -1);
  if (pattern.endsWith("*") && !special.test(body)) return (s) => s.startsWith(body);
  return (s) => globMatch(pattern, s);
}

/** A selector: which commands, keys and channels it allows (Redis's aclSelector). */
export class Selector {
  allKeys = false;
  allChannels = false;
  /** SELECTOR_FLAG_ALLCOMMANDS: every command, including ones added later; cleared by any removal. */
  allCommands = false;
  /**
   * The reserved command bit only +@all sets and -@all clears (ACLSelectorCanExecuteFutureCommands): whether
   * the rules are described from +@all or from -@all.
   */
  future = false;
  readonly root: boolean;
  /** Full names of the allowed commands and subcommands. */
  allowed: Set<string> = new Set<string>();
  /** First arguments allowed for a command that is otherwise not (`+select|0`), by command name. */
  firstArgs: Map<string, string[]> | null = null;
  keys: KeyPattern[] = [];
  channels: string[] = [];

  constructor(root: boolean, allChannels: boolean) {
    this.root = root;
    this.allChannels = allChannels;
  }

  copy(): Selector {
    const s = new Selector(this.root, this.allChannels);
    s.allKeys = this.allKeys;
    s.allCommands = this.allCommands;
    s.future = this.future;
    s.allowed = new Set(this.allowed);
    if (this.firstArgs !== null) {
      s.firstArgs = new Map();
      for (const [k, v] of this.firstArgs) s.firstArgs.set(k, [...v]);
    }
    s.keys = this.keys.map((k) => ({ ...k }));
    s.channels = [...this.channels];
    return s;
  }
}

/** ACLUserFlags, in the order ACL LIST and GETUSER print them. */
export class User {
  readonly name: string;
  enabled = false;
  nopass = false;
  /** USER_FLAG_SANITIZE_PAYLOAD / USER_FLAG_SANITIZE_PAYLOAD_SKIP: neither, one or the other. */
  sanitizePayload: "" | "sanitize-payload" | "skip-sanitize-payload" = "";
  /** SHA-256 hex digests, in the order added. */
  passwords: string[] = [];
  /** The root selector first, then the `(...)` ones. */
  selectors: Selector[];
  /**
   * One selector allowing every command, key and channel: the check before each command is skipped (the
   * default user's usual case costs one flag test).
   */
  unrestricted = false;

  constructor(name: string, allChannels: boolean) {
    this.name = name;
    this.selectors = [new Selector(true, allChannels)];
  }

  get root(): Selector {
    return this.selectors[0];
  }

  /** ACLCopyUser: everything but the name. */
  copyFrom(other: User): void {
    this.enabled = other.enabled;
    this.nopass = other.nopass;
    this.sanitizePayload = other.sanitizePayload;
    this.passwords = [...other.passwords];
    this.selectors = other.selectors.map((s) => s.copy());
    this.refresh();
  }

  /** Recomputes what the hot path reads after the rules changed. */
  refresh(): void {
    const s = this.selectors;
    this.unrestricted = s.length === 1 && s[0].allCommands && s[0].allKeys && s[0].allChannels;
  }
}

/** What ACL rules need from the server: the command catalog and acl-pubsub-default. */
export interface RuleContext {
  catalog: CommandCatalog;
  /** acl-pubsub-default is allchannels. */
  allChannelsByDefault(): boolean;
}

/** ACLStringHasSpaces: spaces and NUL bytes are not allowed in patterns and user names. */
export function hasSpaces(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 0 || ch === 32 || (ch >= 9 && ch <= 13)) return true;
  }
  return false;
}

/** ACLCheckPasswordHash: 64 lowercase hex digits. */
function validHash(h: string): boolean {
  return /^[0-9a-f]{64}$/.test(h);
}

/** ACLChangeSelectorPerm: a command and all its subcommands, its first-arg exceptions dropped. */
function changePerm(s: Selector, cmd: AclCommand, allow: boolean): void {
  setBit(s, cmd.name, allow);
  s.firstArgs?.delete(cmd.name);
  if (cmd.subcommands !== null) { for (const sub of cmd.subcommands) setBit(s, sub.name, allow); }
}

/** ACLSetSelectorCommandBit: a removal also ends "all commands". */
function setBit(s: Selector, name: string, allow: boolean): void {
  if (allow) s.allowed.add(name);
  else {
    s.allowed.delete(name);
    s.allCommands = false;
  }
}

/** ACLSetSelectorCommandBitsForCategory: each command in the category, then each subcommand by its own. */
function setCategory(s: Selector, catalog: CommandCatalog, bit: number, allow: boolean): void {
  for (const cmd of catalog.commands) {
    if ((cmd.categories & bit) !== 0) changePerm(s, cmd, allow);
    if (cmd.subcommands !== null) {
      for (const sub of cmd.subcommands) if ((sub.categories & bit) !== 0) changePerm(s, sub, allow);
    }
  }
}

function categoryBit(name: string): number {
  const i = (ACL_CATEGORIES as readonly string[]).indexOf(name.toLowerCase());
  return i < 0 ? 0 : 1 << i;
}

/** ACLSetSelector: applies one rule to a selector; the reason it is refused, or null. */
export function setSelector(s: Selector, op: string, ctx: RuleContext): string | null {
  const lower = op.toLowerCase();
  if (lower === "allkeys" || op === "~*") {
    s.allKeys = true;
    s.keys = [];
  } else if (lower === "resetkeys") {
    s.allKeys = false;
    s.keys = [];
  } else if (lower === "allchannels" || op === "&*") {
    s.allChannels = true;
    s.channels = [];
  } else if (lower === "resetchannels") {
    s.allChannels = false;
    s.channels = [];
  } else if (lower === "allcommands" || lower === "+@all") {
    for (const cmd of ctx.catalog.all()) s.allowed.add(cmd.name);
    s.allCommands = true;
    s.future = true;
    s.firstArgs = null;
  } else if (lower === "nocommands" || lower === "-@all") {
    s.allowed.clear();
    s.allCommands = false;
    s.future = false;
    s.firstArgs = null;
  } else if (op[0] === "~" || op[0] === "%") {
    if (s.allKeys) return ACL_RULE_ERRORS.allkeysPattern;
    let flags = 0;
    let offset = 1;
    if (op[0] === "%") {
      for (; offset < op.length; offset++) {
        const ch = op[offset].toUpperCase();
        if (ch === "R" && (flags & ACL_READ_PERMISSION) === 0) flags |= ACL_READ_PERMISSION;
        else if (ch === "W" && (flags & ACL_WRITE_PERMISSION) === 0) flags |= ACL_WRITE_PERMISSION;
        else if (ch === "~") {
          offset++;
          break;
        } else return ACL_RULE_ERRORS.syntax;
      }
    } else flags = ACL_ALL_PERMISSION;
    const pattern = op.slice(offset);
    if (flags === 0 || hasSpaces(pattern)) return ACL_RULE_ERRORS.syntax;
    // The same pattern again widens the one already there.
    const same = s.keys.find((k) => k.pattern === pattern);
    if (same !== undefined) same.flags |= flags;
    else s.keys.push({ pattern, flags, matches: compileGlob(pattern) });
  } else if (op[0] === "&") {
    if (s.allChannels) return ACL_RULE_ERRORS.allchannelsPattern;
    const pattern = op.slice(1);
    if (hasSpaces(pattern)) return ACL_RULE_ERRORS.syntax;
    if (!s.channels.includes(pattern)) s.channels.push(pattern);
  } else if ((op[0] === "+" || op[0] === "-") && op[1] === "@") {
    const bit = categoryBit(op.slice(2));
    if (bit === 0) return ACL_RULE_ERRORS.unknownCommand;
    setCategory(s, ctx.catalog, bit, op[0] === "+");
  } else if (op[0] === "+") {
    return allowCommand(s, op.slice(1), ctx.catalog);
  } else if (op[0] === "-") {
    const cmd = ctx.catalog.lookup(op.slice(1));
    if (cmd === null) return ACL_RULE_ERRORS.unknownCommand;
    changePerm(s, cmd, false);
  } else {
    return ACL_RULE_ERRORS.syntax;
  }
  return null;
}

/** `+cmd`, `+cmd|sub`, or `+cmd|firstarg` for a command without subcommands. */
function allowCommand(s: Selector, name: string, catalog: CommandCatalog): string | null {
  const bar = name.lastIndexOf("|");
  if (bar < 0) {
    const cmd = catalog.lookup(name);
    if (cmd === null) return ACL_RULE_ERRORS.unknownCommand;
    changePerm(s, cmd, true);
    return null;
  }
  const cmd = catalog.lookup(name.slice(0, bar));
  const sub = name.slice(bar + 1);
  if (cmd === null) return ACL_RULE_ERRORS.unknownCommand;
  if (cmd.parent !== null) return ACL_RULE_ERRORS.firstArgOfSubcommand;
  if (sub === "") return ACL_RULE_ERRORS.syntax;
  if (cmd.subcommands !== null) {
    const subcmd = catalog.lookup(name);
    if (subcmd === null) return ACL_RULE_ERRORS.unknownCommand;
    changePerm(s, subcmd, true);
    return null;
  }
  // Redis keeps this for SELECT 0 or DEBUG OBJECT (it logs a deprecation warning).
  const args: string[] = ((s.firstArgs ??= new Map()).get(cmd.name)) ?? [];
  if (!args.some((a) => a.toLowerCase() === sub.toLowerCase())) args.push(sub);
  s.firstArgs.set(cmd.name, args);
  return null;
}

/** ACLSetUser: applies one rule to a user; the reason it is refused, or null. */
export function setUser(u: User, op: string, ctx: RuleContext): string | null {
  if (op === "") return null;
  const lower = op.toLowerCase();
  if (lower === "on") u.enabled = true;
  else if (lower === "off") u.enabled = false;
  else if (lower === "skip-sanitize-payload") u.sanitizePayload = "skip-sanitize-payload";
  else if (lower === "sanitize-payload") u.sanitizePayload = "sanitize-payload";
  else if (lower === "nopass") {
    u.nopass = true;
    u.passwords = [];
  } else if (lower === "resetpass") {
    u.nopass = false;
    u.passwords = [];
  } else if (op[0] === ">" || op[0] === "#") {
    let hash: string;
    if (op[0] === ">") hash = sha256hex(op.slice(1));
    else {
      hash = op.slice(1);
      if (!validHash(hash)) return ACL_RULE_ERRORS.badHash;
    }
    if (!u.passwords.includes(hash)) u.passwords.push(hash);
    u.nopass = false;
  } else if (op[0] === "<" || op[0] === "!") {
    let hash: string;
    if (op[0] === "<") hash = sha256hex(op.slice(1));
    else {
      hash = op.slice(1);
      if (!validHash(hash)) return ACL_RULE_ERRORS.badHash;
    }
    const i = u.passwords.indexOf(hash);
    if (i < 0) return ACL_RULE_ERRORS.noSuchPassword;
    u.passwords.splice(i, 1);
  } else if (op.length >= 2 && op[0] === "(" && op[op.length - 1] === ")") {
    const s = new Selector(false, ctx.allChannelsByDefault());
    for (const part of op.slice(1, -1).split(/[ \t\r\n]+/)) {
      if (part === "") continue;
      const refused = setSelector(s, part, ctx);
      if (refused !== null) return refused;
    }
    u.selectors.push(s);
  } else if (lower === "clearselectors") {
    u.selectors.length = 1;
  } else if (lower === "reset") {
    setUser(u, "resetpass", ctx);
    setUser(u, "resetkeys", ctx);
    setUser(u, "resetchannels", ctx);
    if (ctx.allChannelsByDefault()) setUser(u, "allchannels", ctx);
    u.enabled = false;
    u.sanitizePayload = "sanitize-payload";
    u.selectors.length = 1;
    setUser(u, "-@all", ctx);
  } else {
    const refused = setSelector(u.root, op, ctx);
    if (refused !== null) return refused;
  }
  u.refresh();
  return null;
}

/**
 * ACLMergeSelectorArguments: `(~key` `+get)` arrive as separate arguments and make one selector. The merged
 * rules, or the index of the argument whose parenthesis is never closed.
 */
export function mergeSelectorArguments(args: string[]): string[] | number {
  const out: string[] = [];
  let open = -1;
  let selector = "";
  for (let j = 0; j < args.length; j++) {
    const op = args[j];
    if (open === -1 && op[0] === "(" && op[op.length - 1] !== ")") {
      selector = op;
      open = j;
      continue;
    }
    if (open !== -1) {
      selector += " " + op;
      if (op[op.length - 1] === ")") {
        open = -1;
        out.push(selector);
      }
      continue;
    }
    out.push(op);
  }
  return open !== -1 ? open : out;
}

// ---- Describing users back (ACL LIST, ACL GETUSER, ACL SAVE) ----

function keyPatternText(k: KeyPattern): string {
  if (k.flags === ACL_ALL_PERMISSION) return "~" + k.pattern;
  return (k.flags === ACL_READ_PERMISSION ? "%R~" : "%W~") + k.pattern;
}

/** The key patterns as GETUSER lists them. */
export function describeKeys(s: Selector): string {
  return s.allKeys ? "~*" : s.keys.map(keyPatternText).join(" ");
}

/** The channel patterns as GETUSER lists them. */
export function describeChannels(s: Selector): string {
  return s.allChannels ? "&*" : s.channels.map((c) => "&" + c).join(" ");
}

/**
 * ACLDescribeSelectorCommandRules: from +@all or -@all, the categories that fit more than half their
 * commands, then single commands (and first args) until the rules give exactly the selector's commands.
 */
export function describeCommandRules(s: Selector, catalog: CommandCatalog): string {
  const additive = !s.future;
  const rules: string[] = [additive ? "-@all" : "+@all"];
  // `fake` replays the rules emitted so far; `temp` takes off each category once it has been emitted.
  const fake = new Set<string>();
  if (!additive) { for (const cmd of catalog.all()) fake.add(cmd.name); }
  const temp = new Set(s.allowed);
  const change = (set: Set<string>, cmd: AclCommand, allow: boolean) => {
    const apply = (name: string) => (allow ? set.add(name) : set.delete(name));
    apply(cmd.name);
    if (cmd.subcommands !== null) { for (const sub of cmd.subcommands) apply(sub.name); }
  };
  const setCategoryIn = (set: Set<string>, bit: number, allow: boolean) => {
    for (const cmd of catalog.commands) {
      if ((cmd.categories & bit) !== 0) change(set, cmd, allow);
      if (cmd.subcommands !== null) {
        for (const sub of cmd.subcommands) if ((sub.categories & bit) !== 0) change(set, sub, allow);
      }
    }
  };
  // Greedy: the category that fits best (fewest commands to correct after, then most commands covered).
  const applied = new Array<boolean>(ACL_CATEGORIES.length).fill(false);
  for (;;) {
    let best = -1;
    let minDiff = Infinity;
    let maxSame = 0;
    for (let j = 0; j < ACL_CATEGORIES.length; j++) {
      if (applied[j]) continue;
      const bit = 1 << j;
      let on = 0;
      let off = 0;
      for (const cmd of catalog.all()) {
        if ((cmd.categories & bit) === 0) continue;
        if (temp.has(cmd.name)) on++;
        else off++;
      }
      const diff = additive ? off : on;
      const same = additive ? on : off;
      if (same > diff && (diff < minDiff || (diff === minDiff && same > maxSame))) {
        best = j;
        minDiff = diff;
        maxSame = same;
      }
    }
    if (best === -1) break;
    setCategoryIn(fake, 1 << best, additive);
    setCategoryIn(temp, 1 << best, !additive);
    rules.push((additive ? "+@" : "-@") + ACL_CATEGORIES[best]);
    applied[best] = true;
  }
  // Then single commands, each followed by its subcommands, and first args of a command not allowed whole.
  for (const cmd of catalog.commands) {
    const user = s.allowed.has(cmd.name);
    if (user !== fake.has(cmd.name)) {
      rules.push((user ? "+" : "-") + cmd.name);
      change(fake, cmd, user);
    }
    if (cmd.subcommands !== null) {
      for (const sub of cmd.subcommands) {
        const subUser = s.allowed.has(sub.name);
        if (subUser !== fake.has(sub.name)) {
          rules.push((subUser ? "+" : "-") + sub.name);
          change(fake, sub, subUser);
        }
      }
    }
    const first = user ? undefined : s.firstArgs?.get(cmd.name);
    if (first !== undefined) { for (const a of first) rules.push(`+${cmd.name}|${a}`); }
  }
  return rules.join(" ");
}

/** ACLDescribeSelector: keys, channels, commands. */
function describeSelector(s: Selector, catalog: CommandCatalog): string {
  let out = "";
  if (s.allKeys) out += "~* ";
  else for (const k of s.keys) out += keyPatternText(k) + " ";
  if (s.allChannels) out += "&* ";
  else {
    out += "resetchannels ";
    for (const c of s.channels) out += "&" + c + " ";
  }
  return out + describeCommandRules(s, catalog);
}

/** The user's flags in ACLUserFlags order (on, off, nopass, skip-sanitize-payload, sanitize-payload). */
export function userFlags(u: User): string[] {
  const flags = [u.enabled ? "on" : "off"];
  if (u.nopass) flags.push("nopass");
  if (u.sanitizePayload === "skip-sanitize-payload") flags.push("skip-sanitize-payload");
  if (u.sanitizePayload === "sanitize-payload") flags.push("sanitize-payload");
  return flags;
}

/** ACLDescribeUser, after "user <name> ": the rules that rebuild the user (ACL LIST, ACL SAVE). */
export function describeUser(u: User, catalog: CommandCatalog): string {
  let out = userFlags(u).join(" ") + " ";
  for (const p of u.passwords) out += "#" + p + " ";
  for (const s of u.selectors) {
    const text = describeSelector(s, catalog);
    out += s.root ? text : ` (${text})`;
  }
  return out;
}
