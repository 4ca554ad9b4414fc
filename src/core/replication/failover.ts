/**
 * FAILOVER (replication.c's failoverCommand, updateFailoverStatus, abortFailover): a master hands its role to
 * one of its replicas without losing a write. Writes are paused, the master waits until the target replica
 * acknowledged the whole stream, then becomes a replica of it and asks `PSYNC <replid> <offset> FAILOVER`: the
 * target, seeing its own history, promotes itself (syncCommand) and the old master continues partially.
 */
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import type { ReplicationMaster } from "./master.ts";
import { replicaOf } from "./replica.ts";
import { intArg } from "../commands/util.ts";
import {
  ERR_FAILOVER_ALREADY,
  ERR_FAILOVER_CLUSTER,
  ERR_FAILOVER_FORCE,
  ERR_FAILOVER_NO_REPLICAS,
  ERR_FAILOVER_NONE,
  ERR_FAILOVER_NOT_ONLINE,
  ERR_FAILOVER_NOT_REPLICA,
  ERR_FAILOVER_ON_REPLICA,
  ERR_FAILOVER_TIMEOUT,
  ERR_SYNTAX,
} from "../errors.ts";

/** server.failover_state, named as INFO's master_failover_state shows it. */
export type FailoverState = "no-failover" | "waiting-for-sync" | "failover-in-progress";

/**
 * The pause FAILOVER sets lasts until the failover ends (Redis pauses until LLONG_MAX); a host timer cannot
 * wait that long, so the pause's end is the longest delay a timer takes.
 */
const PAUSE_FOREVER_MS = 0x7fffffff;

export class Failover {
  private readonly server: Server;
  private readonly master: ReplicationMaster;
  state: FailoverState = "no-failover";
  /** server.failover_end_time (0: no TIMEOUT), force_failover, target_replica_host/port. */
  private endTime = 0;
  private force = false;
  private targetHost: string | null = null;
  private targetPort = 0;

  constructor(server: Server, master: ReplicationMaster) {
    this.server = server;
    this.master = master;
  }

  /**
   * replicationCron's manual_failover_in_progress: with a TIMEOUT and writes still paused, no PING goes to
   * the replicas, so that the offsets can meet.
   */
  holdsPings(): boolean {
    return this.endTime !== 0 && this.server.pause.expiryPaused();
  }

  /** Whether this server, now a replica of the target, must ask PSYNC ... FAILOVER. */
  inProgress(): boolean {
    return this.state === "failover-in-progress";
  }

  /* FAILOVER [TO host port [FORCE]] [ABORT] [TIMEOUT milliseconds] */
  command(c: Client, argv: string[]): void {
    const server = this.server;
    if (server.config.get("cluster-enabled") === "yes") return c.error(ERR_FAILOVER_CLUSTER);
    if (argv.length === 2 && argv[1].toLowerCase() === "abort") {
      if (this.state === "no-failover") return c.error(ERR_FAILOVER_NONE);
      this.abort("Failover manually aborted");
      return c.reply.ok();
    }
    let timeout = 0;
    let force = false;
    let port = 0;
    let host: string | null = null;
    for (let j = 1; j < argv.length; j++) {
      const opt = argv[j].toLowerCase();
      if (opt === "timeout" && j + 1 < argv.length && timeout === 0) {
        const n = intArg(c, argv[j + 1]);
        if (n === null) return;
        if (n <= 0) return c.error(ERR_FAILOVER_TIMEOUT);
        timeout = n;
        j++;
      } else if (opt === "to" && j + 2 < argv.length && host === null) {
        const n = intArg(c, argv[j + 2]);
        if (n === null) return;
        port = n;
        host = argv[j + 1];
        j += 2;
      } else if (opt === "force" && !force) {
        force = true;
      } else return c.error(ERR_SYNTAX);
    }
    if (this.state !== "no-failover") return c.error(ERR_FAILOVER_ALREADY);
    if (server.replication.isReplica()) return c.error(ERR_FAILOVER_ON_REPLICA);
    if (this.master.replicas.length === 0) return c.error(ERR_FAILOVER_NO_REPLICAS);
    if (force && (timeout === 0 || host === null)) return c.error(ERR_FAILOVER_FORCE);
    if (host !== null) {
      const link = this.master.findReplica(host, port);
      if (link === null) return c.error(ERR_FAILOVER_NOT_REPLICA);
      if (link.state !== "online") return c.error(ERR_FAILOVER_NOT_ONLINE);
      this.targetHost = host;
      this.targetPort = port;
      server.host.log(`* FAILOVER requested to ${host}:${port}.`);
    } else server.host.log("* FAILOVER requested to any replica.");
    const now = server.now();
    if (timeout !== 0) this.endTime = now + timeout;
    this.force = force;
    this.state = "waiting-for-sync";
    server.pause.pauseClients(now + PAUSE_FOREVER_MS, "write", "failover");
    c.reply.ok();
  }

  /** updateFailoverStatus (replicationCron and beforeSleep): fail over once the target has every byte. */
  update(): void {
    if (this.state !== "waiting-for-sync") return;
    const server = this.server;
    const repl = server.replication;
    if (this.endTime !== 0 && this.endTime <= server.now()) {
      if (this.force) {
        server.host.log(`* FAILOVER to ${this.targetHost}:${this.targetPort} time out exceeded, failing over.`);
        this.becomeReplicaOfTarget();
      } else this.abort("Replica never caught up before timeout");
      return;
    }
    let link = null;
    if (this.targetHost !== null) link = this.master.findReplica(this.targetHost, this.targetPort);
    else {
      for (const r of this.master.replicas) {
        link = r;
        if (r.ackOffset === repl.masterReplOffset) {
          this.targetHost = this.master.addressOf(r);
          this.targetPort = r.listeningPort;
          break;
        }
      }
    }
    if (link !== null && link.ackOffset === repl.masterReplOffset) {
      server.host.log(`* Failover target ${this.targetHost}:${this.targetPort} is synced, failing over.`);
      this.becomeReplicaOfTarget();
    }
  }

  private becomeReplicaOfTarget(): void {
    this.state = "failover-in-progress";
    replicaOf(this.server).setMaster(this.targetHost!, this.targetPort);
  }

  /** syncWithMaster after PSYNC ... FAILOVER: the target answered; accepted or not, the failover ends. */
  psyncAnswered(accepted: boolean): void {
    if (this.state !== "failover-in-progress") return;
    if (accepted) this.clear();
    else this.abort("Failover target rejected psync request");
  }

  /** clearFailoverState: writes resume. */
  private clear(): void {
    this.endTime = 0;
    this.force = false;
    this.targetHost = null;
    this.targetPort = 0;
    this.state = "no-failover";
    this.server.pause.unpauseClients("failover");
  }

  /** abortFailover: a master again when the failover had begun, then the state cleared. */
  abort(err: string): void {
    if (this.state === "no-failover") return;
    const log = (s: string) => this.server.host.log(s);
    if (this.targetHost !== null) log(`* FAILOVER to ${this.targetHost}:${this.targetPort} aborted: ${err}`);
    else log(`* FAILOVER to any replica aborted: ${err}`);
    if (this.state === "failover-in-progress") replicaOf(this.server).unsetMaster();
    this.clear();
  }
}
