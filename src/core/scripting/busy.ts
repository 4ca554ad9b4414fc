/**
 * The script being run, and what the rest of the server may do while it runs (script.c's scriptRunCtx,
 * scriptIsTimedout, scriptKill). A script runs inside its command until busy-reply-threshold has passed;
 * then the server goes back to the event loop between slices of it (the caller waits for its reply), and
 * answers other clients' commands with -BUSY, except those flagged allow_busy (processCommand): SCRIPT KILL,
 * FUNCTION KILL and FUNCTION STATS, SHUTDOWN NOSAVE, AUTH, HELLO, MULTI, DISCARD, WATCH, UNWATCH, RESET ...
 * Nothing else touches the keyspace meanwhile, so the script stays atomic.
 *
 * The functions family reaches the running script through `server.runningScript`: FUNCTION KILL is
 * `scriptKill(c, false)`, FUNCTION STATS reads `name`, `argv` and `startedAt`.
 */
import type { Client } from "../client.ts";
import type { TimerHandle } from "../host.ts";
import { ERR_BUSY_EVAL, ERR_BUSY_FUNCTION, ERR_NOTBUSY, ERR_UNKILLABLE } from "../errors.ts";

export class ScriptRun {
  readonly caller: Client;
  /** The script's SHA1 (EVAL, EVALSHA) or the function's name (FCALL): Redis's funcname. */
  readonly name: string;
  /** Run by EVAL/EVALSHA (SCRIPT_EVAL_MODE) rather than FCALL. */
  readonly isEval: boolean;
  /** The command that runs it, as sent. */
  readonly argv: readonly string[];
  /** host.monotonic() when it started. */
  readonly startedAt: number;
  /** The server's time snapshot when it started: keys do not expire in the middle of a script. */
  readonly time: number;
  /** SCRIPT_TIMEDOUT: past busy-reply-threshold, other clients are answered -BUSY. */
  timedOut = false;
  /** SCRIPT_WRITE_DIRTY: it called a write command, so it can no longer be killed. */
  writeDirty = false;
  /** SCRIPT_KILLED: SCRIPT KILL or FUNCTION KILL asked it to stop. */
  killed = false;
  /** The next slice, while the script waits for the event loop. */
  timer: TimerHandle | null = null;

  constructor(caller: Client, name: string, isEval: boolean, argv: readonly string[]) {
    this.caller = caller;
    this.name = name;
    this.isEval = isEval;
    this.argv = argv;
    this.startedAt = caller.server.host.monotonic();
    this.time = caller.server.time;
  }
}

/** The -BUSY error for a command refused while `run` is past the threshold. */
export function busyError(run: ScriptRun): string {
  return run.isEval ? ERR_BUSY_EVAL : ERR_BUSY_FUNCTION;
}

/**
 * SCRIPT KILL (`isEval`) and FUNCTION KILL (scriptKill): a script that wrote cannot be stopped without
 * breaking its atomicity, and each command kills only its own kind of script. The script ends with
 * "Script killed by user" at its next slice.
 */
export function scriptKill(c: Client, isEval: boolean): void {
  const run = c.server.runningScript;
  if (run === null) return c.error(ERR_NOTBUSY);
  if (run.writeDirty) return c.error(ERR_UNKILLABLE);
  if (isEval !== run.isEval) return c.error(isEval ? ERR_BUSY_FUNCTION : ERR_BUSY_EVAL);
  run.killed = true;
  c.reply.ok();
}
