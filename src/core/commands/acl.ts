/**
 * The ACL command (acl.c's aclCommand): users, their rules and what they may run. The users and checks are
 * the server's ACL (src/core/acl); this family only parses and replies.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import type { User } from "../acl/user.ts";
import { describeChannels, describeCommandRules, describeKeys, hasSpaces, userFlags } from "../acl/user.ts";
import { ACL_DENIED_CMD, ACL_DENIED_KEY, ACL_OK } from "../acl/acl.ts";
import { ACL_CATEGORIES } from "./table.ts";
import { persistenceOf } from "../persistence/snapshot.ts";
import {
  aclDryrunDeniedChannel,
  aclDryrunDeniedCommand,
  aclDryrunDeniedKey,
  ERR_ACL_DELETE_DEFAULT,
  ERR_ACL_GENPASS_BITS,
  ERR_ACL_NO_FILE,
  ERR_ACL_SAVE,
  ERR_ACL_USERNAME_SPACES,
  errAclCommandNotFound,
  errAclLoad,
  errAclUnknownCategory,
  errAclUserNotFound,
  errSubcommandSyntax,
  errWrongArity,
} from "../errors.ts";
import { helpReply, int64Arg, isKeyword } from "./util.ts";

/** ACL SETUSER username [rule [rule ...]] */
function aclSetuserCommand(c: Client, argv: string[]): void {
  const name = argv[2];
  if (hasSpaces(name)) return c.error(ERR_ACL_USERNAME_SPACES);
  const refused = c.server.acl.setUserRules(name, argv.slice(3));
  if (refused !== null) return c.error(refused);
  c.reply.ok();
}

/** The commands, keys and channels of one selector, as GETUSER lists them. */
function writeSelector(c: Client, u: User, i: number): void {
  const s = u.selectors[i];
  c.reply.bulk("commands");
  c.reply.bulk(describeCommandRules(s, c.server.acl.catalog));
  c.reply.bulk("keys");
  c.reply.bulk(describeKeys(s));
  c.reply.bulk("channels");
  c.reply.bulk(describeChannels(s));
}

/** ACL GETUSER username */
function aclGetuserCommand(c: Client, argv: string[]): void {
  const u = c.server.acl.users.get(argv[2]);
  if (u === undefined) return c.reply.nullBulk();
  const w = c.reply;
  w.map(6);
  w.bulk("flags");
  const flags = userFlags(u);
  w.set(flags.length);
  for (const f of flags) w.bulk(f);
  w.bulk("passwords");
  w.array(u.passwords.length);
  for (const p of u.passwords) w.bulk(p);
  // The root selector at the top level, as before selectors existed.
  writeSelector(c, u, 0);
  w.bulk("selectors");
  w.array(u.selectors.length - 1);
  for (let i = 1; i < u.selectors.length; i++) {
    w.map(3);
    writeSelector(c, u, i);
  }
}

/** ACL DELUSER username [username ...] */
function aclDeluserCommand(c: Client, argv: string[]): void {
  for (let j = 2; j < argv.length; j++) if (argv[j] === "default") return c.error(ERR_ACL_DELETE_DEFAULT);
  let deleted = 0;
  for (let j = 2; j < argv.length; j++) if (c.server.acl.deleteUser(argv[j])) deleted++;
  c.reply.integer(deleted);
}

/** ACL LIST */
function aclListCommand(c: Client): void {
  const acl = c.server.acl;
  const users = acl.sortedUsers();
  c.reply.array(users.length);
  for (const u of users) c.reply.bulk(acl.describe(u));
}

/** ACL USERS */
function aclUsersCommand(c: Client): void {
  const users = c.server.acl.sortedUsers();
  c.reply.array(users.length);
  for (const u of users) c.reply.bulk(u.name);
}

/** ACL CAT [category] */
function aclCatCommand(c: Client, argv: string[]): void {
  if (argv.length > 3) return c.error(errSubcommandSyntax(argv[1], argv[0]));
  if (argv.length === 2) {
    c.reply.array(ACL_CATEGORIES.length);
    for (const name of ACL_CATEGORIES) c.reply.bulk(name);
    return;
  }
  const bit = (ACL_CATEGORIES as readonly string[]).indexOf(argv[2].toLowerCase());
  if (bit < 0) return c.error(errAclUnknownCategory(argv[2]));
  const names: string[] = [];
  for (const cmd of c.server.acl.catalog.all()) if ((cmd.categories & (1 << bit)) !== 0) names.push(cmd.name);
  c.reply.array(names.length);
  for (const n of names) c.reply.bulk(n);
}

/** Random bytes from the runtime's Web Crypto where there is one (all three runtimes have it). */
function randomBytes(c: Client, n: number): Uint8Array {
  const out = new Uint8Array(n);
  const webCrypto = (globalThis as { crypto?: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto;
  if (webCrypto !== undefined) {
    for (let i = 0; i < n; i += 65536) webCrypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  } else {
    for (let i = 0; i < n; i++) out[i] = Math.floor(c.server.host.random() * 256);
  }
  return out;
}

/** ACL GENPASS [bits] */
function aclGenpassCommand(c: Client, argv: string[]): void {
  if (argv.length > 3) return c.error(errSubcommandSyntax(argv[1], argv[0]));
  let bits = 256;
  if (argv.length === 3) {
    const v = int64Arg(c, argv[2]);
    if (v === null) return;
    if (typeof v === "bigint" || v <= 0 || v > 4096) return c.error(ERR_ACL_GENPASS_BITS);
    bits = v;
  }
  const chars = Math.floor((bits + 3) / 4);
  const bytes = randomBytes(c, Math.ceil(chars / 2));
  let hex = "";
  for (const b of bytes) hex += (b < 16 ? "0" : "") + b.toString(16);
  c.reply.bulk(hex.slice(0, chars));
}

/** ACL LOG [count | RESET] */
function aclLogCommand(c: Client, argv: string[]): void {
  if (argv.length > 3) return c.error(errSubcommandSyntax(argv[1], argv[0]));
  const acl = c.server.acl;
  let count = 10;
  if (argv.length === 3) {
    if (isKeyword(argv[2], "RESET")) {
      acl.log = [];
      return c.reply.ok();
    }
    const v = int64Arg(c, argv[2]);
    if (v === null) return;
    count = Math.max(0, Number(v));
  }
  const entries = acl.log.slice(0, count);
  const now = c.server.now();
  const w = c.reply;
  w.array(entries.length);
  for (const e of entries) {
    w.map(7);
    w.bulk("count");
    w.integer(e.count);
    w.bulk("reason");
    w.bulk(e.reason);
    w.bulk("context");
    w.bulk(e.context);
    w.bulk("object");
    w.bulk(e.object);
    w.bulk("username");
    w.bulk(e.username);
    w.bulk("age-seconds");
    w.double((now - e.ctime) / 1000);
    w.bulk("client-info");
    w.bulk(e.clientInfo);
  }
}

/** ACL DRYRUN username command [arg ...] */
function aclDryrunCommand(c: Client, argv: string[]): void {
  const acl = c.server.acl;
  const u = acl.users.get(argv[2]);
  if (u === undefined) return c.error(errAclUserNotFound(argv[2]));
  const args = argv.slice(3);
  // lookupCommand: a container's subcommand when there is an argument after it.
  let cmd = c.server.commands.lookup(args[0]);
  if (cmd !== undefined && cmd.subcommands !== null && args.length >= 2) {
    cmd = cmd.subcommands.get(args[1].toLowerCase());
  }
  if (cmd === undefined) return c.error(errAclCommandNotFound(args[0]));
  if ((cmd.arity > 0 && cmd.arity !== args.length) || args.length < -cmd.arity) {
    return c.error(errWrongArity(cmd.fullName));
  }
  const v = acl.checkUserCommand(u, cmd, args);
  if (v.result === ACL_OK) return c.reply.ok();
  if (v.result === ACL_DENIED_CMD) c.reply.bulk(aclDryrunDeniedCommand(cmd.fullName));
  else if (v.result === ACL_DENIED_KEY) c.reply.bulk(aclDryrunDeniedKey(args[v.pos]));
  else c.reply.bulk(aclDryrunDeniedChannel(args[v.pos]));
}

/** ACL LOAD */
function aclLoadCommand(c: Client): void {
  const server = c.server;
  if (server.config.get("aclfile") === "") return c.error(ERR_ACL_NO_FILE);
  const errors = server.acl.loadFromFile(persistenceOf(server).files);
  if (errors !== null) return c.error(errAclLoad(errors));
  c.reply.ok();
}

/** ACL SAVE */
function aclSaveCommand(c: Client): void {
  const server = c.server;
  if (server.config.get("aclfile") === "") return c.error(ERR_ACL_NO_FILE);
  if (!server.acl.saveToFile(persistenceOf(server).files)) return c.error(ERR_ACL_SAVE);
  c.reply.ok();
}

const ACL_HELP_LINES = [
  "CAT [<category>]",
  "    List all commands that belong to <category>, or all command categories",
  "    when no category is specified.",
  "DELUSER <username> [<username> ...]",
  "    Delete a list of users.",
  "DRYRUN <username> <command> [<arg> ...]",
  "    Returns whether the user can execute the given command without executing the command.",
  "GETUSER <username>",
  "    Get the user's details.",
  "GENPASS [<bits>]",
  "    Generate a secure 256-bit user password. The optional `bits` argument can",
  "    be used to specify a different size.",
  "LIST",
  "    Show users details in config file format.",
  "LOAD",
  "    Reload users from the ACL file.",
  "LOG [<count> | RESET]",
  "    Show the ACL log entries.",
  "SAVE",
  "    Save the current config to the ACL file.",
  "SETUSER <username> <attribute> [<attribute> ...]",
  "    Create or modify a user with the specified attributes.",
  "USERS",
  "    List all the registered usernames.",
  "WHOAMI",
  "    Return the current connection username.",
];

export function aclCommands(_server: Server): CommandDef[] {
  return [
    {
      name: "acl",
      subcommands: [
        { name: "cat", handler: aclCatCommand },
        { name: "deluser", handler: aclDeluserCommand },
        { name: "dryrun", handler: aclDryrunCommand },
        { name: "genpass", handler: aclGenpassCommand },
        { name: "getuser", handler: aclGetuserCommand },
        { name: "list", handler: aclListCommand },
        { name: "load", handler: aclLoadCommand },
        { name: "log", handler: aclLogCommand },
        { name: "save", handler: aclSaveCommand },
        { name: "setuser", handler: aclSetuserCommand },
        { name: "users", handler: aclUsersCommand },
        /* ACL WHOAMI */
        { name: "whoami", handler: (c) => c.reply.bulk(c.user.name) },
        /* ACL HELP */
        { name: "help", handler: (c) => helpReply(c, "ACL", ACL_HELP_LINES) },
      ],
    },
  ];
}
