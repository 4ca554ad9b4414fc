/**
 * Scripting commands (eval.c): EVAL, EVALSHA, their _RO forms and SCRIPT. The Lua glue (the `redis`
 * library, the sandbox, reply conversion, the script cache) is in scripting/lua.ts. A script is atomic:
 * past busy-reply-threshold it yields to the event loop while other clients get -BUSY (scripting/busy.ts),
 * where SCRIPT KILL can stop it; its writes reach persistence as one unit (propagate.ts).
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { scriptingOf } from "../scripting/lua.ts";
import { scriptKill } from "../scripting/busy.ts";
import type { DeclaredCommandFlags } from "../scripting/flags.ts";
import { helpReply, intArg, isKeyword } from "./util.ts";
import {
  ERR_NOSCRIPT,
  ERR_NUMKEYS_NEGATIVE,
  ERR_NUMKEYS_TOO_MANY,
  ERR_SCRIPT_DEBUG_IN_MULTI,
  ERR_SCRIPT_DEBUG_OPTION,
  ERR_SCRIPT_FLUSH_OPTION,
} from "../errors.ts";

/** The server's EVAL engine (scripting/lua.ts). */
const engine = scriptingOf;

/** The shared part of EVAL, EVALSHA, EVAL_RO and EVALSHA_RO (evalGenericCommand). */
function evalGeneric(c: Client, argv: string[], bySha: boolean, readOnly: boolean): void {
  // Fed to MONITOR before it runs, so that the script's commands come after it (evalCommand).
  if (c.server.monitor.active) c.server.monitor.feed(c, c.current!, argv, true);
  const e = engine(c.server);
  // An unknown SHA1 is refused before numkeys is looked at, as Redis does.
  const cached = bySha ? e.cachedBySha(argv[1]) : undefined;
  if (bySha && cached === undefined) return c.error(ERR_NOSCRIPT);
  const numkeys = intArg(c, argv[2]);
  if (numkeys === null) return;
  if (numkeys > argv.length - 3) return c.error(ERR_NUMKEYS_TOO_MANY);
  if (numkeys < 0) return c.error(ERR_NUMKEYS_NEGATIVE);
  let script = cached;
  if (script === undefined) {
    const r = e.load(argv[1]);
    if (typeof r === "string") return c.error(r);
    script = r.script;
  }
  // A script propagates its effects (the writes of its redis.call()s, wrapped in MULTI/EXEC by the unit
  // when there are several), never itself: 7.0's effects replication.
  c.server.propagation.prevent();
  e.eval(c, script.sha, script, argv.slice(3, 3 + numkeys), argv.slice(3 + numkeys), readOnly, argv);
}

// EVAL script numkeys [key ...] [arg ...]
function evalCommand(c: Client, argv: string[]): void {
  evalGeneric(c, argv, false, false);
}

// EVALSHA sha1 numkeys [key ...] [arg ...]
function evalShaCommand(c: Client, argv: string[]): void {
  evalGeneric(c, argv, true, false);
}

// EVAL_RO script numkeys [key ...] [arg ...]
function evalRoCommand(c: Client, argv: string[]): void {
  evalGeneric(c, argv, false, true);
}

// EVALSHA_RO sha1 numkeys [key ...] [arg ...]
function evalShaRoCommand(c: Client, argv: string[]): void {
  evalGeneric(c, argv, true, true);
}

// SCRIPT LOAD script
function scriptLoadCommand(c: Client, argv: string[]): void {
  const r = engine(c.server).load(argv[2]);
  if (typeof r === "string") return c.error(r);
  c.reply.bulk(r.sha);
}

// SCRIPT EXISTS sha1 [sha1 ...]
function scriptExistsCommand(c: Client, argv: string[]): void {
  const scripts = engine(c.server).scripts;
  c.reply.array(argv.length - 2);
  for (let i = 2; i < argv.length; i++) c.reply.integer(scripts.has(argv[i].toLowerCase()) ? 1 : 0);
}

// SCRIPT FLUSH [ASYNC|SYNC]
function scriptFlushCommand(c: Client, argv: string[]): void {
  if (argv.length > 3 || (argv.length === 3 && !isKeyword(argv[2], "SYNC") && !isKeyword(argv[2], "ASYNC"))) {
    return c.error(ERR_SCRIPT_FLUSH_OPTION);
  }
  engine(c.server).reset();
  c.reply.ok();
}

// SCRIPT KILL
function scriptKillCommand(c: Client): void {
  scriptKill(c, true);
}

// SCRIPT DEBUG YES|SYNC|NO
// There is no debugger here: the modes are accepted as Redis accepts them, and scripts then run as usual.
function scriptDebugCommand(c: Client, argv: string[]): void {
  if (c.multi !== null) return c.error(ERR_SCRIPT_DEBUG_IN_MULTI);
  const mode = argv[2];
  if (!isKeyword(mode, "NO") && !isKeyword(mode, "YES") && !isKeyword(mode, "SYNC")) {
    return c.error(ERR_SCRIPT_DEBUG_OPTION);
  }
  c.reply.ok();
}

// SCRIPT HELP
function scriptHelpCommand(c: Client): void {
  helpReply(c, "SCRIPT", [
    "DEBUG (YES|SYNC|NO)",
    "    Set the debug mode for subsequent scripts executed.",
    "EXISTS <sha1> [<sha1> ...]",
    "    Return information about the existence of the scripts in the script cache.",
    "FLUSH [ASYNC|SYNC]",
    "    Flush the Lua scripts cache. Very dangerous on replicas.",
    "    When called without the optional mode argument, the behavior is determined by the",
    "    lazyfree-lazy-user-flush configuration directive. Valid modes are:",
    "    * ASYNC: Asynchronously flush the scripts cache.",
    "    * SYNC: Synchronously flush the scripts cache.",
    "KILL",
    "    Kill the currently executing Lua script.",
    "LOAD <script>",
    "    Load a script into the scripts cache without executing it.",
  ]);
}

/** evalGetCommandFlags: EVAL and EVAL_RO take the flags their script's shebang declares. */
function evalDeclaredFlags(c: Client, argv: string[]): DeclaredCommandFlags | null {
  return engine(c.server).declaredFlags(argv, false);
}

/** evalGetCommandFlags for EVALSHA and EVALSHA_RO: the cached script's declared flags. */
function evalShaDeclaredFlags(c: Client, argv: string[]): DeclaredCommandFlags | null {
  return engine(c.server).declaredFlags(argv, true);
}

export function scriptingCommands(_server: Server): CommandDef[] {
  return [
    { name: "eval", handler: evalCommand, declaredFlags: evalDeclaredFlags },
    { name: "evalsha", handler: evalShaCommand, declaredFlags: evalShaDeclaredFlags },
    { name: "eval_ro", handler: evalRoCommand, declaredFlags: evalDeclaredFlags },
    { name: "evalsha_ro", handler: evalShaRoCommand, declaredFlags: evalShaDeclaredFlags },
    {
      name: "script",
      subcommands: [
        { name: "load", handler: scriptLoadCommand },
        { name: "exists", handler: scriptExistsCommand },
        { name: "flush", handler: scriptFlushCommand },
        { name: "kill", handler: scriptKillCommand },
        { name: "debug", handler: scriptDebugCommand },
        { name: "help", handler: scriptHelpCommand },
      ],
    },
  ];
}
