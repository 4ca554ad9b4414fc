/**
 * CLIENT PAUSE (networking.c's pauseClients / unpauseClients): while a pause lasts, a client whose next
 * command it covers keeps that command (c.postponed), counts as blocked (flag b, Redis's BLOCKED_POSTPONE)
 * and waits in a FIFO list. When the pause ends those clients go on the one unblocked queue (Blocking) and
 * run their held command first.
 */
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { CLIENT_POSTPONED } from "../client.ts";
import type { Command } from "../commands/table.ts";
import type { TimerHandle } from "../host.ts";

/** What CLIENT PAUSE WRITE holds back: CMD_WRITE or CMD_MAY_REPLICATE. */
function mayReplicate(cmd: Command): boolean {
  return cmd.write || cmd.mayReplicate;
}

export class Pause {
  private readonly server: Server;
  /** "write", "all", or null when clients are not paused. */
  type: "write" | "all" | null = null;
  /** When the pause ends (ms). */
  end = 0;
  private timer: TimerHandle | null = null;
  /** Clients holding a postponed command, in the order they were stopped (server.postponed_clients). */
  private postponed: Client[] = [];

  constructor(server: Server) {
    this.server = server;
  }

  /**
   * processCommand's pause check, made only while a pause is set: whether this command must wait. The
   * client is then postponed, and keeps the command to run it first when it resumes.
   */
  holds(c: Client, cmd: Command, argv: string[]): boolean {
    if (!this.pausedFor(c, cmd, argv)) return false;
    if ((c.flags & CLIENT_POSTPONED) === 0) {
      c.flags |= CLIENT_POSTPONED;
      this.server.blocking.blockedClients++;
      this.postponed.push(c);
    }
    // CLIENT LIST shows the held command as the client's current one.
    c.lastCommand = cmd.fullName;
    return true;
  }

  private pausedFor(c: Client, cmd: Command, argv: string[]): boolean {
    if (this.type === null) return false;
    if (this.server.now() >= this.end) {
      this.unpauseClients();
      return false;
    }
    if (this.type === "all") return true;
    // A script that declared its flags writes only when it did not declare no-writes (scriptFlagsToCmdFlags).
    const declared = cmd.declaredFlags === null ? null : cmd.declaredFlags(c, argv);
    if (declared !== null) return declared.write;
    if (mayReplicate(cmd)) return true;
    // An EXEC whose queue writes is held as a write.
    return cmd.fullName === "exec" && c.multi !== null && c.multi.some((q) => mayReplicate(q.cmd));
  }

  /** While clients are paused, keys do not expire (Redis keeps the data still). */
  expiryPaused(): boolean {
    return this.type !== null && this.server.now() < this.end;
  }

  /** pauseClients: while a pause lasts, the more restrictive type and the later end win. */
  pauseClients(end: number, type: "write" | "all"): void {
    const server = this.server;
    // An ended pause counts no more.
    if (this.type !== null && server.now() >= this.end) this.unpauseClients();
    if (this.type !== "all") this.type = type;
    if (end > this.end) this.end = end;
    this.timer?.cancel();
    this.timer = server.host.setTimer(Math.max(0, this.end - server.now()), () => {
      this.timer = null;
      server.time = server.now();
      if (this.type !== null && server.now() >= this.end) {
        this.unpauseClients();
        server.flushPending();
      }
    });
  }

  /** Ends the pause; the postponed clients go on the unblocked queue, in the order they were stopped. */
  unpauseClients(): void {
    this.type = null;
    this.end = 0;
    this.timer?.cancel();
    this.timer = null;
    const list = this.postponed;
    this.postponed = [];
    for (const c of list) {
      this.release(c);
      this.server.blocking.queueClientForReprocessing(c);
    }
  }

  private release(c: Client): void {
    c.flags &= ~CLIENT_POSTPONED;
    this.server.blocking.blockedClients--;
  }

  clientRemoved(c: Client): void {
    if ((c.flags & CLIENT_POSTPONED) === 0) return;
    this.release(c);
    this.postponed.splice(this.postponed.indexOf(c), 1);
  }
}
