/**
 * The slow log (slowlog.c) and the latency monitor's command events: each command's duration, measured
 * around its handler in Client.call, is logged when it reaches `slowlog-log-slower-than` microseconds, and
 * sampled as `command`/`fast-command` when it reaches `latency-monitor-threshold` milliseconds.
 */
import type { Client } from "./client.ts";
import type { Command } from "./commands/table.ts";

/** Arguments kept per entry (SLOWLOG_ENTRY_MAX_ARGC) and bytes per argument (SLOWLOG_ENTRY_MAX_STRING). */
export const SLOWLOG_ENTRY_MAX_ARGC = 32;
export const SLOWLOG_ENTRY_MAX_STRING = 128;

export interface SlowlogEntry {
  id: number;
  /** Unix time in seconds. */
  time: number;
  /** Microseconds. */
  duration: number;
  argv: string[];
  peerid: string;
  cname: string;
}

/** Settings Redis keeps a redacted copy of in the slow log (SENSITIVE_CONFIG). */
const SENSITIVE_SETTINGS = new Set(["masterauth", "masteruser", "requirepass"]);

const REDACTED = "(redacted)";

/**
 * redactClientCommandArgument, for the commands that call it: what the slow log keeps of a command that
 * carries passwords (AUTH, HELLO ... AUTH, ACL SETUSER rules, CONFIG SET of a password, MIGRATE AUTH/AUTH2).
 */
export function redactedArgv(cmd: Command, argv: readonly string[]): readonly string[] {
  const name = cmd.fullName;
  let redact: ((i: number) => boolean) | null = null;
  if (name === "auth") redact = (i) => i >= 1;
  else if (name === "acl|setuser") redact = (i) => i >= 2;
  else if (name === "config|set") {
    redact = (i) => i >= 3 && (i - 2) % 2 === 1 && SENSITIVE_SETTINGS.has(argv[i - 1].toLowerCase());
  } else if (name === "hello") {
    const at = argv.findIndex((a, i) => i >= 2 && a.toLowerCase() === "auth");
    if (at >= 0) redact = (i) => i === at + 1 || i === at + 2;
  } else if (name === "migrate") {
    const at = argv.findIndex((a, i) => i >= 6 && (a.toLowerCase() === "auth" || a.toLowerCase() === "auth2"));
    if (at >= 0) {
      const n = argv[at].toLowerCase() === "auth" ? 1 : 2;
      redact = (i) => i > at && i <= at + n;
    }
  }
  if (redact === null) return argv;
  return argv.map((a, i) => (redact!(i) ? REDACTED : a));
}

export class Slowlog {
  /** Newest first. */
  entries: SlowlogEntry[] = [];
  nextId = 0;

  /** slowlogPushEntryIfNeeded, with slowlogCreateEntry's trimming of long commands and arguments. */
  push(c: Client, argv: readonly string[], duration: number, slowerThan: number, maxLen: number, now: number): void {
    if (slowerThan < 0) return;
    if (duration >= slowerThan) {
      const argc = argv.length;
      const kept = Math.min(argc, SLOWLOG_ENTRY_MAX_ARGC);
      const out: string[] = new Array(kept);
      for (let j = 0; j < kept; j++) {
        if (kept !== argc && j === kept - 1) out[j] = `... (${argc - kept + 1} more arguments)`;
        else if (argv[j].length > SLOWLOG_ENTRY_MAX_STRING) {
          out[j] = `${argv[j].slice(0, SLOWLOG_ENTRY_MAX_STRING)}... (${
            argv[j].length - SLOWLOG_ENTRY_MAX_STRING
          } more bytes)`;
        } else out[j] = argv[j];
      }
      this.entries.unshift({
        id: this.nextId++,
        time: Math.floor(now / 1000),
        duration: Math.floor(duration),
        argv: out,
        peerid: c.transport.remoteAddress,
        cname: c.name,
      });
    }
    if (this.entries.length > maxLen) this.entries.length = maxLen;
  }

  reset(): void {
    this.entries = [];
  }
}
