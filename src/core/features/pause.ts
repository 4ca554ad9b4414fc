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
import { QUEUED_MAY_REPLICATE } from "../scripting/flags.ts";

/** What CLIENT PAUSE WRITE holds back: CMD_WRITE or CMD_MAY_REPLICATE. */
function mayReplicate(cmd: Command): boolean {
  return cmd.write || cmd.mayReplicate;
}

/** pause_purpose: who paused. Each has its own pause; CLIENT UNPAUSE ends only its own, not a FAILOVER's. */
export type PausePurpose = "client" | "shutdown" | "failover";

export class Pause {
  private readonly server: Server;
  /** "write", "all", or null when clients are not paused: the most restrictive of the purposes' pauses. */
  type: "write" | "all" | null = null;
  /** When the pause ends (ms): the furthest end among the purposes' pauses of that type. */
  end = 0;
  /** server.client_pause_per_purpose. */
  private readonly byPurpose = new Map<PausePurpose, { type: "write" | "all"; end: number }>();
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
      this.update();
      if (this.type === null) return false;
    }
    if (this.type === "all") return true;
    // A script that declared its flags writes only when it did not declare no-writes (scriptFlagsToCmdFlags).
    const declared = cmd.declaredFlags === null ? null : cmd.declaredFlags(c, argv);
    if (declared !== null) return declared.write;
    if (mayReplicate(cmd)) return true;
    // An EXEC whose queue writes is held as a write.
    return cmd.fullName === "exec" && c.multi !== null && (c.multiFlags & QUEUED_MAY_REPLICATE) !== 0;
  }

  /** While clients are paused, keys do not expire (Redis keeps the data still). */
  expiryPaused(): boolean {
    return this.type !== null && this.server.now() < this.end;
  }

  /**
   * pauseClients: the purpose's pause keeps the more restrictive type and the later end of what it had and
   * what is asked; clients are paused by the most restrictive of all purposes' pauses.
   */
  pauseClients(end: number, type: "write" | "all", purpose: PausePurpose = "client"): void {
    const p = this.byPurpose.get(purpose);
    if (p === undefined || p.end <= this.server.now()) this.byPurpose.set(purpose, { type, end });
    else {
      if (type === "all") p.type = "all";
      if (end > p.end) p.end = end;
    }
    this.update();
  }

  /** unpauseClients: ends the purpose's pause only; the others go on. */
  unpauseClients(purpose: PausePurpose = "client"): void {
    if (!this.byPurpose.delete(purpose)) return;
    this.update();
  }

  /** Whether this purpose has a pause in force. */
  pausedBy(purpose: PausePurpose): boolean {
    const p = this.byPurpose.get(purpose);
    return p !== undefined && p.end > this.server.now();
  }

  /**
   * updateClientPauseTypeAndEndTime: drops the purposes' pauses that ended and takes the most restrictive of
   * the rest. The postponed clients run again when the pause ends or weakens from all to write (those still
   * covered are postponed again).
   */
  private update(): void {
    const server = this.server;
    const now = server.now();
    let type: "write" | "all" | null = null;
    let end = 0;
    for (const [purpose, p] of this.byPurpose) {
      if (p.end <= now) this.byPurpose.delete(purpose);
      else if (type === null || (p.type === "all" && type === "write")) {
        type = p.type;
        end = p.end;
      } else if (p.type === type && p.end > end) end = p.end;
    }
    const old = this.type;
    this.type = type;
    this.end = end;
    this.timer?.cancel();
    this.timer = null;
    if (type !== null) {
      this.timer = server.host.setTimer(Math.max(0, end - now), () => {
        this.timer = null;
        server.time = server.now();
        this.update();
        server.flushPending();
      });
    }
    if (old !== null && (type === null || (old === "all" && type === "write"))) this.releaseAll();
  }

  /** The postponed clients go on the unblocked queue, in the order they were stopped. */
  private releaseAll(): void {
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
