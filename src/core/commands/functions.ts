/**
 * Functions (functions.c): FUNCTION LOAD / DELETE / FLUSH / LIST / STATS / DUMP / RESTORE / KILL / HELP, and
 * FCALL / FCALL_RO. The libraries and their Lua state are in scripting/functions.ts; a function runs through
 * the same entry as an EVAL script (scripting/lua.ts).
 */
import { busyError, scriptKill } from "../scripting/busy.ts";
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import {
  ENGINE_NAME,
  functionsOf,
  libraryCodes,
  LibraryCtx,
  LOAD_TIMEOUT_MS,
  SCRIPT_FLAG_NAMES,
  SCRIPT_FLAG_NO_WRITES,
} from "../scripting/functions.ts";
import { scriptFlagsToCmdFlags } from "../scripting/flags.ts";
import type { DeclaredCommandFlags } from "../scripting/flags.ts";
import { globMatch } from "../glob.ts";
import { helpReply, isKeyword } from "./util.ts";
import { parseInt64, strToBytes } from "../bytes.ts";
import { createFunctionsPayload, readFunctionsPayload, verifyDumpPayload } from "../persistence/rdb.ts";
import { persistenceOf } from "../persistence/snapshot.ts";
import {
  ERR_DUMP_PAYLOAD,
  ERR_FUNCTION_BAD_NUMKEYS,
  ERR_FUNCTION_FLUSH_OPTION,
  ERR_FUNCTION_LIST_NO_NAME,
  ERR_FUNCTION_NOT_FOUND,
  ERR_FUNCTION_RESTORE_POLICY,
  ERR_LIBRARY_NOT_FOUND,
  ERR_NUMKEYS_NEGATIVE,
  ERR_NUMKEYS_TOO_MANY,
  ERR_SCRIPT_RO_WRITE,
  errFunctionListArgument,
  errFunctionLoadOption,
  errSubcommandSyntax,
} from "../errors.ts";

// FUNCTION LOAD [REPLACE] function-code
function functionLoadCommand(c: Client, argv: string[]): void {
  let replace = false;
  let i = 2;
  for (; i < argv.length - 1; i++) {
    if (!isKeyword(argv[i], "REPLACE")) return c.error(errFunctionLoadOption(argv[i]));
    replace = true;
  }
  // The AOF being replayed must load what it holds, however long that takes (mustObeyClient).
  const timeout = persistenceOf(c.server).aof?.loaderClient === c ? 0 : LOAD_TIMEOUT_MS;
  const e = functionsOf(c.server);
  const r = e.create(argv[i], replace, e.current, timeout);
  if (typeof r === "string") return c.error(r);
  c.server.dirty++;
  c.reply.bulk(r.name);
}

// FUNCTION DELETE library-name
function functionDeleteCommand(c: Client, argv: string[]): void {
  const ctx = functionsOf(c.server).current;
  const li = ctx.libraries.get(argv[2]);
  if (li === undefined) return c.error(ERR_LIBRARY_NOT_FOUND);
  ctx.unlink(li);
  c.server.dirty++;
  c.reply.ok();
}

// FUNCTION FLUSH [ASYNC|SYNC]
function functionFlushCommand(c: Client, argv: string[]): void {
  if (argv.length > 3) return c.error(errSubcommandSyntax(argv[1], argv[0]));
  if (argv.length === 3 && !isKeyword(argv[2], "SYNC") && !isKeyword(argv[2], "ASYNC")) {
    return c.error(ERR_FUNCTION_FLUSH_OPTION);
  }
  functionsOf(c.server).current.clear();
  c.server.dirty++;
  c.reply.ok();
}

// FUNCTION LIST [LIBRARYNAME library-name-pattern] [WITHCODE]
function functionListCommand(c: Client, argv: string[]): void {
  let withCode = false;
  let pattern: string | null = null;
  for (let i = 2; i < argv.length; i++) {
    if (!withCode && isKeyword(argv[i], "WITHCODE")) {
      withCode = true;
      continue;
    }
    if (pattern === null && isKeyword(argv[i], "LIBRARYNAME")) {
      if (i >= argv.length - 1) return c.error(ERR_FUNCTION_LIST_NO_NAME);
      pattern = argv[++i];
      continue;
    }
    return c.error(errFunctionListArgument(argv[i]));
  }
  // Libraries, and functions within one, come in load order. Redis lists its dicts' order, which is not a
  // property of the names: its dict hash is seeded randomly per process (dictSetHashFunctionSeed in main()),
  // so two redis-server 7.0.15 processes given the same FUNCTION LOADs list them differently (measured:
  // eta theta delta gamma ... in one, eta beta epsilon theta ... in the other). No order can match it; load
  // order is stable and what a reader expects.
  const libraries = [...functionsOf(c.server).current.libraries.values()].filter((li) =>
    pattern === null || globMatch(pattern, li.name, true)
  );
  const w = c.reply;
  w.array(libraries.length);
  for (const li of libraries) {
    w.map(withCode ? 4 : 3);
    w.bulk("library_name");
    w.bulk(li.name);
    w.bulk("engine");
    w.bulk(ENGINE_NAME);
    w.bulk("functions");
    w.array(li.functions.size);
    for (const fi of li.functions.values()) {
      w.map(3);
      w.bulk("name");
      w.bulk(fi.name);
      w.bulk("description");
      if (fi.description === null) w.nullBulk();
      else w.bulk(fi.description);
      w.bulk("flags");
      const names = SCRIPT_FLAG_NAMES.filter(([flag]) => (fi.flags & flag) !== 0);
      w.set(names.length);
      for (const [, name] of names) w.simple(name);
    }
    if (withCode) {
      w.bulk("library_code");
      w.bulk(li.code);
    }
  }
}

// FUNCTION STATS
// A running EVAL script is none of its business: it answers as the other commands do (-BUSY).
function functionStatsCommand(c: Client): void {
  const run = c.server.runningScript;
  if (run !== null && run.isEval) return c.error(busyError(run));
  const ctx = functionsOf(c.server).current;
  const w = c.reply;
  w.map(2);
  w.bulk("running_script");
  if (run === null) w.nullBulk();
  else {
    w.map(3);
    w.bulk("name");
    w.bulk(run.name);
    w.bulk("command");
    w.array(run.argv.length);
    for (const a of run.argv) w.bulk(a);
    w.bulk("duration_ms");
    w.integer(Math.floor(c.server.host.monotonic() - run.startedAt));
  }
  w.bulk("engines");
  w.map(1);
  w.bulk(ENGINE_NAME);
  w.map(2);
  w.bulk("libraries_count");
  w.integer(ctx.libraries.size);
  w.bulk("functions_count");
  w.integer(ctx.functionCount);
}

// FUNCTION KILL
function functionKillCommand(c: Client): void {
  scriptKill(c, false);
}

// FUNCTION DUMP
function functionDumpCommand(c: Client): void {
  c.reply.bulkBytes(createFunctionsPayload(libraryCodes(c.server), c.server.config));
}

// FUNCTION RESTORE serialized-value [FLUSH|APPEND|REPLACE]
function functionRestoreCommand(c: Client, argv: string[]): void {
  if (argv.length > 4) return c.error(errSubcommandSyntax(argv[1], argv[0]));
  let policy = "APPEND";
  if (argv.length === 4) {
    policy = argv[3].toUpperCase();
    if (policy !== "APPEND" && policy !== "REPLACE" && policy !== "FLUSH") {
      return c.error(ERR_FUNCTION_RESTORE_POLICY);
    }
  }
  const payload = strToBytes(argv[2]);
  if (!verifyDumpPayload(payload)) return c.error(ERR_DUMP_PAYLOAD);
  const codes = readFunctionsPayload(payload);
  if (typeof codes === "string") return c.error(codes);
  const e = functionsOf(c.server);
  const restored = new LibraryCtx();
  for (const code of codes) {
    const r = e.create(code, false, restored, 0);
    if (typeof r === "string") return c.error(r);
  }
  if (policy === "FLUSH") e.current = restored;
  else {
    const err = e.current.join(restored, policy === "REPLACE");
    if (err !== null) return c.error(err);
  }
  c.server.dirty++;
  c.reply.ok();
}

// FUNCTION HELP
function functionHelpCommand(c: Client): void {
  helpReply(c, "FUNCTION", [
    "LOAD [REPLACE] <FUNCTION CODE>",
    "    Create a new library with the given library name and code.",
    "DELETE <LIBRARY NAME>",
    "    Delete the given library.",
    "LIST [LIBRARYNAME PATTERN] [WITHCODE]",
    "    Return general information on all the libraries:",
    "    * Library name",
    "    * The engine used to run the Library",
    "    * Library description",
    "    * Functions list",
    "    * Library code (if WITHCODE is given)",
    "    It also possible to get only function that matches a pattern using LIBRARYNAME argument.",
    "STATS",
    "    Return information about the current function running:",
    "    * Function name",
    "    * Command used to run the function",
    "    * Duration in MS that the function is running",
    "    If no function is running, return nil",
    "    In addition, returns a list of available engines.",
    "KILL",
    "    Kill the current running function.",
    "FLUSH [ASYNC|SYNC]",
    "    Delete all the libraries.",
    "    When called without the optional mode argument, the behavior is determined by the",
    "    lazyfree-lazy-user-flush configuration directive. Valid modes are:",
    "    * ASYNC: Asynchronously flush the libraries.",
    "    * SYNC: Synchronously flush the libraries.",
    "DUMP",
    "    Return a serialized payload representing the current libraries, can be restored using FUNCTION RESTORE command",
    "RESTORE <PAYLOAD> [FLUSH|APPEND|REPLACE]",
    "    Restore the libraries represented by the given payload, it is possible to give a restore policy to",
    "    control how to handle existing libraries (default APPEND):",
    "    * FLUSH: delete all existing libraries.",
    "    * APPEND: appends the restored libraries to the existing libraries. On collision, abort.",
    "    * REPLACE: appends the restored libraries to the existing libraries, On collision, replace the old",
    "      libraries with the new libraries (notice that even on this option there is a chance of failure",
    "      in case of functions name collision with another library).",
  ]);
}

/** The shared part of FCALL and FCALL_RO (fcallCommandGeneric). */
function fcallGeneric(c: Client, argv: string[], readOnly: boolean): void {
  // Fed to MONITOR before it runs, so that the function's commands come after it.
  if (c.server.monitor.active) c.server.monitor.feed(c, c.current!, argv, true);
  const e = functionsOf(c.server);
  const fi = e.current.functions.get(argv[1].toLowerCase());
  if (fi === undefined) return c.error(ERR_FUNCTION_NOT_FOUND);
  const numkeys = parseInt64(argv[2]);
  if (numkeys === null) return c.error(ERR_FUNCTION_BAD_NUMKEYS);
  if (numkeys > argv.length - 3) return c.error(ERR_NUMKEYS_TOO_MANY);
  if (numkeys < 0) return c.error(ERR_NUMKEYS_NEGATIVE);
  // scriptPrepareForRun: a function that may write is refused by FCALL_RO before it runs.
  const noWrites = (fi.flags & SCRIPT_FLAG_NO_WRITES) !== 0;
  if (readOnly && !noWrites) return c.error(ERR_SCRIPT_RO_WRITE);
  const n = Number(numkeys);
  // As EVAL: the function's writes propagate (effects replication), never the FCALL itself.
  c.server.propagation.prevent();
  e.fcall(c, fi, argv.slice(3, 3 + n), argv.slice(3 + n), readOnly || noWrites, argv);
}

/** fcallGetCommandFlags: FCALL and FCALL_RO take the flags of the function they name (none when unknown). */
function fcallDeclaredFlags(c: Client, argv: string[]): DeclaredCommandFlags | null {
  const fi = functionsOf(c.server).current.functions.get(argv[1].toLowerCase());
  if (fi === undefined) return null;
  return scriptFlagsToCmdFlags(fi.flags);
}

// FCALL function numkeys [key [key ...]] [arg [arg ...]]
function fcallCommand(c: Client, argv: string[]): void {
  fcallGeneric(c, argv, false);
}

// FCALL_RO function numkeys [key [key ...]] [arg [arg ...]]
function fcallRoCommand(c: Client, argv: string[]): void {
  fcallGeneric(c, argv, true);
}

export function functionsCommands(_server: Server): CommandDef[] {
  return [
    { name: "fcall", handler: fcallCommand, declaredFlags: fcallDeclaredFlags },
    { name: "fcall_ro", handler: fcallRoCommand, declaredFlags: fcallDeclaredFlags },
    {
      name: "function",
      subcommands: [
        { name: "load", handler: functionLoadCommand },
        { name: "delete", handler: functionDeleteCommand },
        { name: "flush", handler: functionFlushCommand },
        { name: "list", handler: functionListCommand },
        { name: "stats", handler: functionStatsCommand },
        { name: "kill", handler: functionKillCommand },
        { name: "dump", handler: functionDumpCommand },
        { name: "restore", handler: functionRestoreCommand },
        { name: "help", handler: functionHelpCommand },
      ],
    },
  ];
}
