/**
 * Script flags (script.c's scripts_flags_def) and what they make of the command that runs a script: the
 * flags a shebang or a function declares replace EVAL's and FCALL's own write, denyoom and stale flags in
 * processCommand's checks (scriptFlagsToCmdFlags, reached through getCommandFlags).
 */
import type { Command } from "../commands/table.ts";
import type { Client } from "../client.ts";
import type { Server } from "../server.ts";

/** Script flags, in the order FUNCTION LIST shows them. */
export const SCRIPT_FLAG_NO_WRITES = 1;
export const SCRIPT_FLAG_ALLOW_OOM = 2;
export const SCRIPT_FLAG_ALLOW_STALE = 4;
export const SCRIPT_FLAG_NO_CLUSTER = 8;
export const SCRIPT_FLAG_ALLOW_CROSS_SLOT = 16;
/** An EVAL script without a shebang (SCRIPT_FLAG_EVAL_COMPAT_MODE): it declared nothing. */
export const SCRIPT_FLAG_EVAL_COMPAT_MODE = 32;
export const SCRIPT_FLAG_NAMES: readonly [number, string][] = [
  [SCRIPT_FLAG_NO_WRITES, "no-writes"],
  [SCRIPT_FLAG_ALLOW_OOM, "allow-oom"],
  [SCRIPT_FLAG_ALLOW_STALE, "allow-stale"],
  [SCRIPT_FLAG_NO_CLUSTER, "no-cluster"],
  [SCRIPT_FLAG_ALLOW_CROSS_SLOT, "allow-cross-slot-keys"],
];

/** A command's flags as a script's declared flags make them. */
export interface DeclaredCommandFlags {
  write: boolean;
  denyoom: boolean;
  stale: boolean;
}

/** One object per combination, so that asking costs no allocation. */
const COMBINATIONS: DeclaredCommandFlags[] = [];
for (let i = 0; i < 8; i++) COMBINATIONS.push({ write: (i & 1) !== 0, denyoom: (i & 2) !== 0, stale: (i & 4) !== 0 });

/**
 * scriptFlagsToCmdFlags: a script that declared flags writes unless no-writes, is refused when memory is full
 * unless allow-oom or no-writes, and runs on a stale replica only with allow-stale.
 */
export function scriptFlagsToCmdFlags(flags: number): DeclaredCommandFlags {
  const noWrites = (flags & SCRIPT_FLAG_NO_WRITES) !== 0;
  const denyoom = !noWrites && (flags & SCRIPT_FLAG_ALLOW_OOM) === 0;
  return COMBINATIONS[(noWrites ? 0 : 1) | (denyoom ? 2 : 0) | ((flags & SCRIPT_FLAG_ALLOW_STALE) !== 0 ? 4 : 0)];
}

/** Each command's views with declared flags, by combination. */
const views = new WeakMap<Command, Command[]>();

/**
 * The command as processCommand sees it for these arguments (getCommandFlags): EVAL and FCALL of a script
 * that declared its flags carry those; any other command, or a script that declared nothing, is itself.
 */
export function declaredCommand(c: Client, cmd: Command, argv: string[]): Command {
  const declared = cmd.declaredFlags!(c, argv);
  if (declared === null) return cmd;
  const i = COMBINATIONS.indexOf(declared);
  let list = views.get(cmd);
  if (list === undefined) views.set(cmd, list = []);
  let view = list[i];
  if (view === undefined) {
    view = Object.create(cmd) as Command;
    const write = declared.write;
    Object.assign(view, { write, denyoom: declared.denyoom, stale: declared.stale, deniedOnDiskError: write });
    list[i] = view;
  }
  return view;
}

/** A replica whose link to its master is down while replica-serve-stale-data is no (running_stale). */
export function runningStale(server: Server): boolean {
  const rs = server.replication;
  return rs.masterHost !== null && server.config.get("replica-serve-stale-data") === "no" &&
    (rs.replica === null || rs.replica.role().state !== "connected");
}

/**
 * What a transaction's queued commands add up to (multi.c's mstate.cmd_flags and cmd_inv_flags), from each
 * command's flags as processCommand saw them when it was queued, a script's declared flags included.
 */
export const QUEUED_WRITE = 1;
export const QUEUED_DENYOOM = 2;
/** Some queued command may not run on a stale replica (cmd_inv_flags & CMD_STALE). */
export const QUEUED_DENYSTALE = 4;
export const QUEUED_MAY_REPLICATE = 8;
/** Some queued command may not run while loading (cmd_inv_flags & CMD_LOADING). */
export const QUEUED_DENYLOADING = 16;

/** The QUEUED_* bits one command adds when queued with these arguments. */
export function queuedFlags(c: Client, cmd: Command, argv: string[]): number {
  const flagged = cmd.declaredFlags === null ? cmd : declaredCommand(c, cmd, argv);
  // A script that declared its flags may replicate only if it may write (scriptFlagsToCmdFlags).
  const mayReplicate = flagged.write || (flagged === cmd && cmd.mayReplicate);
  return (flagged.write ? QUEUED_WRITE : 0) | (flagged.denyoom ? QUEUED_DENYOOM : 0) |
    (flagged.stale ? 0 : QUEUED_DENYSTALE) | (mayReplicate ? QUEUED_MAY_REPLICATE : 0) |
    (cmd.loading ? 0 : QUEUED_DENYLOADING);
}

/** EXEC's views with its queue's flags, by QUEUED_* combination. */
const execViews = new WeakMap<Command, Command[]>();

/**
 * EXEC as processCommand checks it (is_write_command, is_denyoom_command, is_denystale_command,
 * is_denyloading_command): writing, refused when memory is full or the disk failed, and not run stale or
 * while loading, as its queued commands make it.
 */
export function execCommandView(exec: Command, queued: number): Command {
  const q = queued & (QUEUED_WRITE | QUEUED_DENYOOM | QUEUED_DENYSTALE | QUEUED_DENYLOADING);
  if (q === 0) return exec;
  let list = execViews.get(exec);
  if (list === undefined) execViews.set(exec, list = []);
  let view = list[q];
  if (view === undefined) {
    view = Object.create(exec) as Command;
    const write = exec.write || (q & QUEUED_WRITE) !== 0;
    Object.assign(view, {
      write,
      denyoom: exec.denyoom || (q & QUEUED_DENYOOM) !== 0,
      stale: exec.stale && (q & QUEUED_DENYSTALE) === 0,
      loading: exec.loading && (q & QUEUED_DENYLOADING) === 0,
      deniedOnDiskError: exec.deniedOnDiskError || write,
    });
    list[q] = view;
  }
  return view;
}
