/**
 * MONITOR (replicationFeedMonitors): every command a client runs is shown to the monitoring clients, one
 * line each, with its arguments quoted as sdscatrepr does.
 */
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { CLIENT_MONITOR } from "../client.ts";
import type { Command } from "../commands/table.ts";
import { isKeyword } from "../commands/util.ts";

/** A byte string quoted as sdscatrepr does: \" \\ \n \r \t \a \b, printable ASCII, else \xHH. */
export function reprString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    switch (ch) {
      case 92:
        out += "\\\\";
        break;
      case 34:
        out += '\\"';
        break;
      case 10:
        out += "\\n";
        break;
      case 13:
        out += "\\r";
        break;
      case 9:
        out += "\\t";
        break;
      case 7:
        out += "\\a";
        break;
      case 8:
        out += "\\b";
        break;
      default:
        if (ch >= 32 && ch <= 126) out += s[i];
        else out += "\\x" + (ch < 16 ? "0" : "") + ch.toString(16);
    }
  }
  return out + '"';
}

/** Which arguments MONITOR shows as "(redacted)" (redactClientCommandArgument). */
function redacted(cmd: Command, argv: string[]): Set<number> | null {
  const name = cmd.fullName;
  if (name === "auth") {
    const r = new Set<number>();
    for (let j = 1; j < argv.length; j++) r.add(j);
    return r;
  }
  if (name === "hello") {
    for (let j = 2; j < argv.length; j++) {
      if (isKeyword(argv[j], "AUTH") && j + 2 < argv.length) return new Set([j + 1, j + 2]);
    }
  }
  return null;
}

export class Monitor {
  private readonly server: Server;
  private readonly monitors = new Set<Client>();

  constructor(server: Server) {
    this.server = server;
  }

  /** Whether any client monitors: the server feeds commands only then. */
  get active(): boolean {
    return this.monitors.size > 0;
  }

  add(c: Client): void {
    c.flags |= CLIENT_MONITOR;
    this.monitors.add(c);
  }

  remove(c: Client): void {
    if ((c.flags & CLIENT_MONITOR) === 0) return;
    c.flags &= ~CLIENT_MONITOR;
    this.monitors.delete(c);
  }

  /**
   * Sends a command that ran to the monitoring clients (replicationFeedMonitors). `explicit`: EVAL and FCALL
   * (flagged skip_monitor) feed themselves before they run, so that their script's commands come after them.
   */
  feed(c: Client, cmd: Command, argv: string[], explicit = false): void {
    if (cmd.admin || (cmd.skipMonitor && !explicit)) return;
    const server = this.server;
    const ms = server.now();
    const usec = (ms % 1000) * 1000 + Math.floor((server.host.monotonic() * 1000) % 1000);
    const hide = redacted(cmd, argv);
    let line = `+${Math.floor(ms / 1000)}.${String(usec).padStart(6, "0")} [${c.db.id} ${c.transport.remoteAddress}]`;
    for (let j = 0; j < argv.length; j++) line += " " + (hide?.has(j) ? '"(redacted)"' : reprString(argv[j]));
    line += "\r\n";
    for (const m of this.monitors) {
      m.reply.text(line);
      server.wake(m);
    }
  }
}
