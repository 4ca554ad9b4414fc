/**
 * The server's ACL (acl.c): the users, the default user that `requirepass` sets the password of, the checks
 * processCommand, EXEC and scripts make before a command runs (ACLCheckAllPerm), authentication, the ACL log,
 * and the ACL file. A client points at its user (`c.user`); a user whose one selector allows everything is
 * `unrestricted`, and the dispatcher skips the check for it.
 */
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import type { Command } from "../commands/table.ts";
import { getKeysFromCommand } from "../commands/table.ts";
import type { FileStore } from "../persistence/fs.ts";
import { fileError, strerror } from "../persistence/fs.ts";
import { globMatch } from "../glob.ts";
import { sha256hex } from "../sha256.ts";
import { bytesToStr, strToBytes } from "../bytes.ts";
import { clientInfoString } from "../clientinfo.ts";
import { CONFIG_BAD_DIRECTIVE } from "../config.ts";
import {
  ACL_EXEC_REASONS,
  ACL_FILE_ERRORS,
  ACL_RULE_ERRORS,
  ERR_LUA_ACL_CHANNEL,
  ERR_LUA_ACL_COMMAND,
  ERR_LUA_ACL_KEY,
  ERR_NOPERM_CHANNEL,
  ERR_NOPERM_KEY,
  errAclSetuser,
  errAclUnmatchedParenthesis,
  errNopermCommand,
  errNopermExec,
} from "../errors.ts";
import {
  ACL_READ_PERMISSION,
  ACL_WRITE_PERMISSION,
  CommandCatalog,
  describeUser,
  hasSpaces,
  mergeSelectorArguments,
  setUser,
  User,
} from "./user.ts";
import type { RuleContext, Selector } from "./user.ts";
import type { KeyRef } from "../commands/table.ts";

export const ACL_OK = 0;
export const ACL_DENIED_CMD = 1;
export const ACL_DENIED_KEY = 2;
export const ACL_DENIED_AUTH = 3;
export const ACL_DENIED_CHANNEL = 4;

/** Where a denial happened, as ACL LOG names it. */
export type AclLogContext = "toplevel" | "multi" | "lua";

const REASONS = ["", "command", "key", "auth", "channel"];

/** ACL_LOG_GROUPING_MAX_TIME_DELTA: a denial like a recent one adds to its count rather than a new entry. */
const LOG_GROUPING_MS = 60000;

export interface AclLogEntry {
  count: number;
  reason: string;
  context: AclLogContext;
  object: string;
  username: string;
  /** When it last happened (ms). */
  ctime: number;
  clientInfo: string;
}

/** A check's outcome: ACL_OK or a denial, and the argument (key or channel) denied. */
export interface AclVerdict {
  result: number;
  pos: number;
}

const OK_VERDICT: AclVerdict = { result: ACL_OK, pos: 0 };

/** How commands name channels (getChannelsFromCommand): which arguments, and whether they are patterns. */
const CHANNEL_COMMANDS: Record<string, "first" | "all" | "patterns"> = {
  publish: "first",
  spublish: "first",
  subscribe: "all",
  ssubscribe: "all",
  psubscribe: "patterns",
};

/** Key-spec flags as the permissions they need (ACLSelectorCheckKey): access reads, insert/delete/update write. */
const keyPermissionCache = new WeakMap<readonly string[], number>();
function keyPermissions(flags: readonly string[]): number {
  let p = keyPermissionCache.get(flags);
  if (p === undefined) {
    p = 0;
    if (flags.includes("access")) p |= ACL_READ_PERMISSION;
    if (flags.includes("insert") || flags.includes("delete") || flags.includes("update")) p |= ACL_WRITE_PERMISSION;
    keyPermissionCache.set(flags, p);
  }
  return p;
}

/**
 * The one key of a command whose key spec names exactly one argument (GET, SET without GET, HSET ...): its
 * position and the permissions it needs, so the check of a restricted user allocates nothing. Null for the
 * rest, which go through getKeysFromCommand.
 */
interface SingleKey {
  pos: number;
  needs: number;
}
const singleKeyCache = new WeakMap<Command, SingleKey | null>();
function singleKey(cmd: Command): SingleKey | null {
  let plan = singleKeyCache.get(cmd);
  if (plan === undefined) {
    plan = null;
    const specs = cmd.keySpecs;
    if (specs.length === 1 && cmd.getkeys === null) {
      const k = specs[0];
      if (
        !k.notKey && !k.incomplete && !k.variableFlags && k.index !== undefined && k.range !== undefined &&
        k.range[0] === 0
      ) plan = { pos: k.index, needs: keyPermissions(k.flagNames) };
    }
    singleKeyCache.set(cmd, plan);
  }
  return plan;
}

export class Acl implements RuleContext {
  private readonly server: Server;
  /** Users by name. */
  readonly users: Map<string, User> = new Map<string, User>();
  readonly defaultUser: User;
  readonly catalog: CommandCatalog;
  /** Newest first. */
  log: AclLogEntry[] = [];
  /** `user` directives given at startup (they and an aclfile exclude each other). */
  private configuredUsers = 0;

  constructor(server: Server) {
    this.server = server;
    this.catalog = new CommandCatalog();
    this.defaultUser = this.createDefaultUser();
    this.users.set("default", this.defaultUser);
    const config = server.config;
    config.add({ name: "aclfile", type: { kind: "string" }, default: "", immutable: true });
    config.add({ name: "acllog-max-len", type: { kind: "int", min: 0, max: Number.MAX_SAFE_INTEGER }, default: "128" });
    config.add({
      name: "acl-pubsub-default",
      type: { kind: "enum", values: ["allchannels", "resetchannels"] },
      default: "resetchannels",
    });
    // updateRequirePass: requirepass is the default user's one password (none: nopass).
    config.entry("requirepass")!.apply = (v) => this.updateDefaultUserPassword(v);
    config.entry("acllog-max-len")!.apply = () => this.trimLog();
  }

  /**
   * The command table exists: commands Redis 7.0 lacks (CLIENT SETINFO) join the catalog, and selectors
   * that allow future commands (+@all) allow them.
   */
  commandsReady(): void {
    const added = this.catalog.extend(this.server.commands);
    if (added.length === 0) return;
    for (const u of this.users.values()) {
      for (const s of u.selectors) if (s.future) { for (const name of added) s.allowed.add(name); }
    }
  }

  /** ACLCreateDefaultUser: +@all ~* &* on nopass. */
  private createDefaultUser(): User {
    const u = new User("default", this.allChannelsByDefault());
    for (const op of ["+@all", "~*", "&*", "on", "nopass"]) setUser(u, op, this);
    return u;
  }

  allChannelsByDefault(): boolean {
    return this.server.config.entry("acl-pubsub-default") !== undefined &&
      this.server.config.get("acl-pubsub-default") === "allchannels";
  }

  /** authRequired: the default user has a password or is off, so a client must AUTH first. */
  authRequired(): boolean {
    const d = this.defaultUser;
    return !d.nopass || !d.enabled;
  }

  /** Whether a new connection starts authenticated (clientSetDefaultAuth). */
  defaultAuthenticated(): boolean {
    return this.defaultUser.nopass && this.defaultUser.enabled;
  }

  private updateDefaultUserPassword(password: string): void {
    setUser(this.defaultUser, "resetpass", this);
    setUser(this.defaultUser, password !== "" ? ">" + password : "nopass", this);
  }

  // ---- Users ----

  /**
   * ACLStringSetUser: applies the rules to a copy of the user (or a new one) and keeps it only when every
   * rule applies. The error reply text, or null.
   */
  setUserRules(name: string, args: string[]): string | null {
    const merged = mergeSelectorArguments(args);
    if (typeof merged === "number") return errAclUnmatchedParenthesis(args[merged]);
    const existing = this.users.get(name);
    const temp = new User(name, this.allChannelsByDefault());
    if (existing !== undefined) temp.copyFrom(existing);
    for (const op of merged) {
      const refused = setUser(temp, op, this);
      if (refused !== null) return errAclSetuser(op, refused);
    }
    if (existing !== undefined) {
      this.killPubsubClientsIfNeeded(temp, existing);
      existing.copyFrom(temp);
    } else {
      this.users.set(name, temp);
    }
    return null;
  }

  /** ACL DELUSER of one user: its clients are disconnected (the current one after its reply). */
  deleteUser(name: string): boolean {
    const u = this.users.get(name);
    if (u === undefined) return false;
    this.users.delete(name);
    this.killClientsOf(u);
    return true;
  }

  /**
   * ACLFreeUserAndKillClients: the user's clients go back to the default user, unauthenticated, and are
   * closed; the client running this command after its reply.
   */
  private killClientsOf(u: User): void {
    for (const c of [...this.server.clients.values()]) {
      if (c.user !== u) continue;
      c.user = this.defaultUser;
      c.authenticated = false;
      this.closeClient(c);
    }
  }

  private closeClient(c: Client): void {
    if (c === this.server.currentClient && c.current !== null) c.closeAfterReply = true;
    else c.kill();
  }

  /**
   * ACLKillPubsubClientsIfNeeded: a user's Pub/Sub clients subscribed to what the new rules no longer allow
   * are disconnected.
   */
  private killPubsubClientsIfNeeded(next: User, prev: User): void {
    const upcoming: string[] = [];
    for (const s of next.selectors) {
      if (s.allChannels) return;
      upcoming.push(...s.channels);
    }
    // Nothing is lost when every channel pattern the user had is still there (an allchannels user had none
    // listed: Redis keeps its subscribers too).
    if (prev.selectors.every((s) => s.channels.every((ch) => upcoming.includes(ch)))) return;
    for (const c of [...this.server.clients.values()]) {
      if (c.user !== prev) continue;
      let kill = false;
      for (const p of c.patterns ?? []) if (!upcoming.includes(p)) kill = true;
      for (const set of [c.channels, c.shardChannels]) {
        for (const ch of set ?? []) if (!upcoming.some((p) => globMatch(p, ch))) kill = true;
      }
      if (kill) this.closeClient(c);
    }
  }

  /** Users in ACL LIST order (byte order of the names, as Redis's rax). */
  sortedUsers(): User[] {
    return [...this.users.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** One ACL LIST / ACL file line. */
  describe(u: User): string {
    return `user ${u.name} ${describeUser(u, this.catalog)}`;
  }

  // ---- Authentication ----

  /**
   * ACLCheckUserCredentials: the user exists, is on, and has no password or this one. Every stored hash is
   * compared in full whatever the outcome (time-independent, as Redis's time_independent_strcmp).
   */
  checkCredentials(name: string, password: string): User | null {
    const u = this.users.get(name);
    if (u === undefined || !u.enabled) return null;
    if (u.nopass) return u;
    const hash = sha256hex(password);
    let match = false;
    for (const p of u.passwords) if (constantTimeEqual(p, hash)) match = true;
    return match ? u : null;
  }

  /** ACLAuthenticateUser: on success the client is that user; a failure is logged. */
  authenticate(c: Client, name: string, password: string, commandName: string): boolean {
    const u = this.checkCredentials(name, password);
    if (u === null) {
      this.addLogEntry(c, ACL_DENIED_AUTH, c.multi !== null ? "multi" : "toplevel", commandName, name);
      return false;
    }
    c.authenticated = true;
    c.user = u;
    return true;
  }

  // ---- Permission checks ----

  /** ACLCheckAllUserCommandPerm: the first selector that allows it, else the most relevant denial. */
  checkUserCommand(u: User, cmd: Command, argv: string[]): AclVerdict {
    let relevant = ACL_DENIED_CMD;
    let lastPos = 0;
    let keys: KeyRef[] | null = null;
    const selectors = u.selectors;
    for (let i = 0; i < selectors.length; i++) {
      const s = selectors[i];
      // Checks in ACLSelectorCheckCmd's order: the command, its keys, its channels.
      let result = ACL_OK;
      let pos = 0;
      if (!s.allCommands && !cmd.noAuth && !s.allowed.has(cmd.fullName) && !firstArgAllowed(s, cmd, argv)) {
        result = ACL_DENIED_CMD;
      }
      if (result === ACL_OK && !s.allKeys && cmd.hasKeys) {
        const single = singleKey(cmd);
        if (single !== null) {
          if (single.pos < argv.length && !keyAllowed(s, argv[single.pos], single.needs)) {
            result = ACL_DENIED_KEY;
            pos = single.pos;
          }
        } else keys ??= getKeysFromCommand(cmd, argv);
      }
      if (result === ACL_OK && keys !== null && !s.allKeys) {
        for (const k of keys) {
          if (!keyAllowed(s, argv[k.pos], keyPermissions(k.flags))) {
            result = ACL_DENIED_KEY;
            pos = k.pos;
            break;
          }
        }
      }
      if (result === ACL_OK && !s.allChannels && cmd.pubsub) {
        const kind = CHANNEL_COMMANDS[cmd.fullName];
        if (kind !== undefined) {
          const last = kind === "first" ? 2 : argv.length;
          for (let j = 1; j < last; j++) {
            if (!channelAllowed(s, argv[j], kind === "patterns")) {
              result = ACL_DENIED_CHANNEL;
              pos = j;
              break;
            }
          }
        }
      }
      if (result === ACL_OK) return OK_VERDICT;
      if (result > relevant || (result === relevant && pos > lastPos)) {
        relevant = result;
        lastPos = pos;
      }
    }
    return { result: relevant, pos: lastPos };
  }

  /**
   * processCommand's ACL check for a client whose user is restricted: null, or the -NOPERM text (the denial
   * is logged).
   */
  checkCommand(c: Client, cmd: Command, argv: string[]): string | null {
    const v = this.checkUserCommand(c.user, cmd, argv);
    if (v.result === ACL_OK) return null;
    // The log's client info names the refused command, as Redis has already made it the client's last.
    const outer = c.current;
    c.current = cmd;
    try {
      this.addLogEntry(c, v.result, c.multi !== null ? "multi" : "toplevel", this.logObject(v, cmd, argv), null);
    } finally {
      c.current = outer;
    }
    if (v.result === ACL_DENIED_CMD) return errNopermCommand(cmd.fullName);
    return v.result === ACL_DENIED_KEY ? ERR_NOPERM_KEY : ERR_NOPERM_CHANNEL;
  }

  /** execCommand's check of a queued command, as the rules are now: null, or the error it answers instead. */
  checkQueued(c: Client, cmd: Command, argv: string[]): string | null {
    if (c.user.unrestricted) return null;
    const v = this.checkUserCommand(c.user, cmd, argv);
    if (v.result === ACL_OK) return null;
    this.addLogEntry(c, v.result, "multi", this.logObject(v, cmd, argv), null);
    const reason = v.result === ACL_DENIED_CMD
      ? ACL_EXEC_REASONS.command
      : v.result === ACL_DENIED_KEY
      ? ACL_EXEC_REASONS.key
      : ACL_EXEC_REASONS.channel;
    return errNopermExec(reason);
  }

  /** scriptVerifyACL: a script's command, checked as its caller; null, or the error the script raises. */
  checkScriptCall(caller: Client, cmd: Command, argv: string[]): string | null {
    if (caller.user.unrestricted) return null;
    const v = this.checkUserCommand(caller.user, cmd, argv);
    if (v.result === ACL_OK) return null;
    this.addLogEntry(caller, v.result, "lua", this.logObject(v, cmd, argv), null);
    if (v.result === ACL_DENIED_CMD) return ERR_LUA_ACL_COMMAND;
    return v.result === ACL_DENIED_KEY ? ERR_LUA_ACL_KEY : ERR_LUA_ACL_CHANNEL;
  }

  private logObject(v: AclVerdict, cmd: Command, argv: string[]): string {
    return v.result === ACL_DENIED_CMD ? cmd.fullName : argv[v.pos];
  }

  // ---- ACL LOG ----

  /** addACLLogEntry: a denial like a recent one (same reason, context, object and user) counts with it. */
  addLogEntry(c: Client, reason: number, context: AclLogContext, object: string, username: string | null): void {
    const now = this.server.now();
    const entry: AclLogEntry = {
      count: 1,
      reason: REASONS[reason],
      context,
      object,
      username: username ?? c.user.name,
      ctime: now,
      clientInfo: clientInfoString(c),
    };
    // Only the 10 newest entries are looked at, as Redis does.
    const i = this.log.findIndex((e, at) =>
      at < 10 && e.reason === entry.reason && e.context === entry.context && e.object === entry.object &&
      e.username === entry.username && Math.abs(now - e.ctime) <= LOG_GROUPING_MS
    );
    if (i >= 0) {
      const match = this.log[i];
      match.count++;
      match.ctime = now;
      match.clientInfo = entry.clientInfo;
      this.log.splice(i, 1);
      this.log.unshift(match);
      return;
    }
    this.log.unshift(entry);
    this.trimLog();
  }

  private trimLog(): void {
    const max = this.server.config.getNumber("acllog-max-len");
    if (this.log.length > max) this.log.length = max;
  }

  // ---- Config and the ACL file ----

  /** A `user` directive at startup (ACLAppendUserForLoading): the reason it is refused, or null. */
  loadUserDirective(args: string[]): string | null {
    if (args.length === 0) return CONFIG_BAD_DIRECTIVE;
    const name = args[0];
    if (name !== "default" && this.users.has(name)) return ACL_RULE_ERRORS.duplicateUser;
    const u = new User(name, this.allChannelsByDefault());
    const merged = mergeSelectorArguments(args.slice(1));
    if (typeof merged === "number") {
      return ACL_FILE_ERRORS.unmatchedInDeclaration(args[merged + 1]);
    }
    for (const op of merged) {
      const refused = setUser(u, op, this);
      if (refused !== null) return ACL_FILE_ERRORS.userDeclaration(op, refused);
    }
    if (name === "default") this.defaultUser.copyFrom(u);
    else this.users.set(name, u);
    this.configuredUsers++;
    return null;
  }

  /**
   * ACLLoadUsersAtStartup: the aclfile, when set. The reason startup must stop, or null. Users in the config
   * and an aclfile together are refused, as Redis refuses them.
   */
  loadAtStartup(files: FileStore | null): string | null {
    const path = this.server.config.get("aclfile");
    if (path === "") return null;
    if (this.configuredUsers > 0) {
      return ACL_FILE_ERRORS.usersAndAclfile;
    }
    return this.loadFromFile(files);
  }

  /**
   * ACLLoadFromFile: every user from the file, or, on any error, no change and the errors (without "ERR ").
   * Clients of the replaced users are disconnected; the default user is updated in place.
   */
  loadFromFile(files: FileStore | null): string | null {
    const path = this.server.config.get("aclfile");
    let text: string;
    try {
      text = readWhole(files, path);
    } catch (e) {
      return ACL_FILE_ERRORS.open(path, strerror(e));
    }
    const loaded = new Map<string, User>();
    let errors = "";
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
      const linenum = i + 1;
      if (line === "") continue;
      // Split on each single space, as sdssplitlen: doubled spaces make empty arguments.
      const argv = line.split(" ");
      if (argv[0] !== "user" || argv.length < 2) {
        errors += ACL_FILE_ERRORS.noUserKeyword(path, linenum);
        continue;
      }
      if (hasSpaces(argv[1])) {
        errors += ACL_FILE_ERRORS.badUsername(path, linenum, argv[1]);
        continue;
      }
      if (loaded.has(argv[1])) {
        errors += ACL_FILE_ERRORS.duplicateUser(argv[1], linenum);
        continue;
      }
      const u = new User(argv[1], this.allChannelsByDefault());
      loaded.set(argv[1], u);
      const merged = mergeSelectorArguments(argv.slice(2));
      if (typeof merged === "number") {
        errors += ACL_FILE_ERRORS.unmatchedParenthesis(path, linenum);
        continue;
      }
      let syntaxError = false;
      for (const raw of merged) {
        const op = raw.replace(/^[\t\r\n]+|[\t\r\n]+$/g, "");
        const refused = setUser(u, op, this);
        if (refused === null) continue;
        if (refused === ACL_RULE_ERRORS.unknownCommand) {
          errors += ACL_FILE_ERRORS.unknownCommand(path, linenum, op, refused);
        } else if (!syntaxError) {
          errors += ACL_FILE_ERRORS.rule(path, linenum, refused);
          syntaxError = true;
        }
      }
    }
    if (errors !== "") {
      return errors + ACL_FILE_ERRORS.verdict;
    }
    const old = [...this.users.values()].filter((u) => u !== this.defaultUser);
    this.users.clear();
    this.defaultUser.copyFrom(loaded.get("default") ?? this.createDefaultUser());
    this.users.set("default", this.defaultUser);
    for (const [name, u] of loaded) if (name !== "default") this.users.set(name, u);
    for (const u of old) this.killClientsOf(u);
    return null;
  }

  /** ACLSaveToFile: every user's rules, through a temporary file renamed over the aclfile. */
  saveToFile(files: FileStore | null): boolean {
    const path = this.server.config.get("aclfile");
    let text = "";
    for (const u of this.sortedUsers()) text += this.describe(u) + "\n";
    const tmp = `${path}.tmp-${this.server.host.processId ?? 0}-${Math.floor(this.server.now())}`;
    try {
      if (files === null) throw new Error("no file access");
      const h = files.create(tmp);
      files.write(h, strToBytes(text));
      files.sync(h);
      files.close(h);
      files.rename(tmp, path);
      return true;
    } catch (e) {
      this.server.host.log(`# Opening temp ACL file for ACL SAVE: ${strerror(e)}`);
      try {
        files?.remove(tmp);
      } catch { /* nothing to clean up */ }
      return false;
    }
  }
}

/** A selector's first-arg exceptions (`+select|0`): the command is allowed with that first argument. */
function firstArgAllowed(s: Selector, cmd: Command, argv: string[]): boolean {
  if (s.firstArgs === null) return false;
  const args = s.firstArgs.get(cmd.fullName);
  if (args === undefined) return false;
  const idx = cmd.fullName.indexOf("|") >= 0 ? 2 : 1;
  if (argv.length <= idx) return false;
  const first = argv[idx].toLowerCase();
  return args.some((a) => a.toLowerCase() === first);
}

/** ACLSelectorCheckKey: a pattern with every permission the key needs matches it. */
function keyAllowed(s: Selector, key: string, needs: number): boolean {
  const keys = s.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if ((k.flags & needs) !== needs) continue;
    if (k.matches(key)) return true;
  }
  return false;
}

/** ACLCheckChannelAgainstList: a channel matches a pattern; a subscribed pattern must be listed as is. */
function channelAllowed(s: Selector, channel: string, isPattern: boolean): boolean {
  for (const p of s.channels) {
    if (isPattern ? p === channel : globMatch(p, channel)) return true;
  }
  return false;
}

/** Compares two equal-length hex digests without stopping at the first difference. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function readWhole(files: FileStore | null, path: string): string {
  if (files === null) throw fileError("ENOENT");
  const h = files.openRead(path);
  if (h === null) throw fileError("ENOENT");
  const parts: string[] = [];
  const chunk = new Uint8Array(65536);
  try {
    for (;;) {
      const n = files.read(h, chunk);
      if (n === 0) break;
      parts.push(bytesToStr(chunk, 0, n));
    }
  } finally {
    files.close(h);
  }
  return parts.join("");
}
