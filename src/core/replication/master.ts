/**
 * Replication as master (Redis's replication.c, master half): replicas attached to this server, the
 * replication stream they receive, the backlog, full and partial resynchronisation, acknowledgements.
 *
 * The stream. Every write the propagation layer hands over (propagate.ts: effects, expiries as DEL/UNLINK,
 * MULTI/EXEC around a unit) is encoded as a RESP command, after a SELECT when its database differs from the
 * one the replicas have selected (server.slaveseldb), as replicationFeedSlaves does. The bytes move
 * master_repl_offset at once and are gathered for the event; at its end (beforeSleep) they enter the
 * backlog and go to every replica in one write each: online replicas get them on their socket, replicas
 * waiting for their RDB keep them until the RDB is delivered.
 *
 * Full resync. SYNC/PSYNC that cannot continue gets `+FULLRESYNC <replid> <offset>` (not for the old SYNC)
 * and an RDB made by the snapshot machinery (persistence/snapshot.ts: a background save in time slices with
 * key-level copy-on-write): either written to the replicas' sockets as Redis's diskless transfer
 * (`$EOF:<40 chars>\r\n` + RDB + the same 40 chars), or saved to `dbfilename` and then sent as
 * `$<len>\r\n` + file. The offset in +FULLRESYNC is the stream's at the moment the snapshot's view was
 * taken, so the replica applies exactly the writes held for it after loading.
 *
 * Partial resync. `PSYNC <replid> <offset>` continues when the id is this server's (or the previous one up
 * to where it ended) and the backlog still holds the bytes from `offset`: `+CONTINUE <replid>` and those
 * bytes, as masterTryPartialResynchronization.
 */
import { Failover } from "./failover.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { CLIENT_SLAVE } from "../client.ts";
import type { Command } from "../commands/table.ts";
import type { MasterSide } from "./state.ts";
import { randomReplid } from "./state.ts";
import { ReplBacklog } from "./backlog.ts";
import type { PropagationConsumer } from "../propagate.ts";
import { respCommand } from "../propagate.ts";
import { persistenceOf } from "../persistence/snapshot.ts";
import type { FileStore } from "../persistence/fs.ts";
import { strToBytes } from "../bytes.ts";
import { ERR_NOREPLICAS, ERR_REPL_BGSAVE_FAILED } from "../errors.ts";

/** A replica's state (SLAVE_STATE_* in server.h). */
export type ReplicaState =
  | "none"
  | "wait_bgsave_start"
  | "wait_bgsave_end"
  | "send_bulk"
  | "online"
  | "rdb_transmitted";

/** What the master knows of one replica connection (the slave_* fields of Redis's client). */
export interface ReplicaLink {
  client: Client;
  state: ReplicaState;
  /** REPLCONF listening-port / ip-address. */
  listeningPort: number;
  addr: string | null;
  /** REPLCONF capa eof / psync2. */
  capaEof: boolean;
  capaPsync2: boolean;
  /** Came with the old SYNC: no +FULLRESYNC, no ACKs expected (CLIENT_PRE_PSYNC). */
  prePsync: boolean;
  /** REPLCONF rdb-only 1: the RDB and nothing after it (CLIENT_REPL_RDBONLY). */
  rdbOnly: boolean;
  /** REPLCONF rdb-filter-only given: its RDB holds no data (SLAVE_REQ_RDB_EXCLUDE_DATA) ... */
  rdbFilter: boolean;
  /** ... and the function libraries only when the filter named "functions". */
  rdbFilterFunctions: boolean;
  /** The offset it acknowledged last and when (ms). */
  ackOffset: number;
  ackTime: number;
  /** Its RDB comes from the socket transfer (true) or the disk file (false). */
  socketTarget: boolean;
  /**
   * repl_last_partial_write: since when (ms) its socket has been too full to take more of the diskless RDB
   * (0 while it takes it); past repl-timeout the replica is dropped so the others' transfer goes on.
   */
  stuckSince: number;
  /** The stream offset its RDB stands for (psync_initial_offset). */
  psyncInitialOffset: number;
  /** Stream bytes held until its RDB is delivered and it asked for more (the output buffer meanwhile). */
  held: Uint8Array[] | null;
  heldBytes: number;
  /** Online after a diskless transfer: the held stream starts with its first REPLCONF ACK. */
  startStreamOnAck: boolean;
  /** Sending the RDB file: its handle. */
  bulk: { handle: unknown; timer: { cancel(): void } | null } | null;
  softLimitAt: number | null;
}

/** How much a replica's socket may hold before the RDB being written to it waits. */
const RDB_SOCKET_HIGH = 4 * 1024 * 1024;
/** The chunk read from the RDB file per step of a disk-backed transfer (PROTO_IOBUF_LEN * 16). */
const BULK_CHUNK = 256 * 1024;

/** The replica's name in log lines (replicationGetSlaveName): ip:listening-port. */
function replicaName(link: ReplicaLink): string {
  const ip = link.addr ?? peerIp(link.client);
  return link.listeningPort !== 0 ? `${ip}:${link.listeningPort}` : `${ip}:<unknown-replica-port>`;
}

function peerIp(c: Client): string {
  const remote = c.transport.remoteAddress;
  const colon = remote.lastIndexOf(":");
  let ip = colon < 0 ? remote : remote.slice(0, colon);
  if (ip.startsWith("::ffff:")) ip = ip.slice(7);
  return ip;
}

export class ReplicationMaster implements MasterSide, PropagationConsumer {
  private readonly server: Server;
  /** server.slaves: replicas in the order they attached. */
  readonly replicas: ReplicaLink[] = [];
  /** Every client that sent REPLCONF or became a replica. */
  private readonly links = new Map<Client, ReplicaLink>();
  backlog: ReplBacklog | null = null;
  /** The database the replicas have selected (server.slaveseldb); -1 forces a SELECT. */
  private slaveseldb = -1;
  /** The event's stream, not yet in the backlog or on the sockets. */
  private outgoing = "";
  /** When the last replica went away (repl_no_slaves_since, ms). */
  private noReplicasSince: number;
  /** INFO stats. */
  syncFull = 0;
  syncPartialOk = 0;
  syncPartialErr = 0;
  /** replicationCron's schedule: once a second, counted in loops for repl-ping-replica-period. */
  private lastCron = 0;
  private cronLoops = 0;
  /** REPLCONF GETACK * to send at the end of the event (get_ack_from_slaves). */
  private getAckRequested = false;
  /** Clients blocked in WAIT (server.clients_waiting_acks). */
  private readonly waiting: { c: Client; offset: number; numreplicas: number }[] = [];
  /** The diskless transfer running: the replicas it writes to and what waits for their sockets to drain. */
  private transfer: { links: ReplicaLink[]; mark: string; drainWaiters: (() => void)[] } | null = null;
  private drainTimer: { cancel(): void } | null = null;
  /** FAILOVER's state (server.failover_state and its companions). */
  readonly failover: Failover;

  constructor(server: Server) {
    this.server = server;
    this.failover = new Failover(server, this);
    server.replication.failover = this.failover;
    this.noReplicasSince = server.now();
    const p = persistenceOf(server);
    p.bgsaveEnded = (ok, socketTarget) => this.bgsaveEnded(ok, socketTarget);
    const followMinReplicas = () => {
      const on = this.setting("min-replicas-to-write") > 0 && this.setting("min-replicas-max-lag") > 0;
      server.replication.writeGate = on ? (c, cmd) => this.refuseWrite(c, cmd) : null;
    };
    server.config.entry("min-replicas-to-write")!.apply = followMinReplicas;
    server.config.entry("min-replicas-max-lag")!.apply = followMinReplicas;
    followMinReplicas();
    server.config.entry("repl-backlog-size")!.apply = (v) => this.backlog?.resize(Number(v));
  }

  private setting(name: string): number {
    return this.server.config.getNumber(name);
  }

  /** The link for a client, made on its first REPLCONF. */
  linkOf(c: Client): ReplicaLink {
    let link = this.links.get(c);
    if (link === undefined) {
      link = {
        client: c,
        state: "none",
        listeningPort: 0,
        addr: null,
        capaEof: false,
        capaPsync2: false,
        prePsync: false,
        rdbOnly: false,
        rdbFilter: false,
        rdbFilterFunctions: false,
        ackOffset: 0,
        ackTime: this.server.now(),
        socketTarget: false,
        stuckSince: 0,
        psyncInitialOffset: 0,
        held: null,
        heldBytes: 0,
        startStreamOnAck: false,
        bulk: null,
        softLimitAt: null,
      };
      this.links.set(c, link);
    }
    return link;
  }

  /** The replica's name in log lines. */
  nameOf(link: ReplicaLink): string {
    return replicaName(link);
  }

  isReplica(c: Client): boolean {
    return (c.flags & CLIENT_SLAVE) !== 0;
  }

  // ---- the stream ----

  /** PropagationConsumer: one write (replicationFeedSlaves). Only a master feeds its own writes. */
  propagate(dbid: number, argv: readonly string[]): void {
    if (this.server.replication.isReplica()) return;
    if (dbid !== this.slaveseldb) {
      this.feed(respCommand(["SELECT", String(dbid)]));
      this.slaveseldb = dbid;
    }
    this.feed(respCommand(argv));
    const c = this.server.currentClient;
    if (c !== null) c.woff = this.server.replication.masterReplOffset;
  }

  /** Stream bytes (a byte string): the offset moves now, the bytes leave at the end of the event. */
  private feed(s: string): void {
    if (this.backlog === null && this.replicas.length === 0) return;
    // Sent on before the gathered text could outgrow one string (a big value goes as 256 MB pieces).
    if (this.outgoing.length + s.length > 256 * 1024 * 1024) this.flushOutgoing();
    this.outgoing += s;
    this.server.replication.masterReplOffset += s.length;
  }

  /** MasterSide: bytes received from this server's own master go on unchanged. */
  feedFromMasterStream(bytes: Uint8Array): void {
    if (this.backlog === null) this.createBacklog();
    this.flushOutgoing();
    this.server.replication.masterReplOffset += bytes.length;
    this.deliver(bytes.slice());
  }

  /** beforeSleep's part: GETACK requests, the event's stream out, WAIT clients answered. */
  beforeSleep(): void {
    // Acknowledgements read during this event may complete a failover (not where they are read: failing
    // over disconnects the replicas).
    this.failover.update();
    if (this.getAckRequested) {
      this.getAckRequested = false;
      if (this.replicas.length > 0) this.feed(respCommand(["REPLCONF", "GETACK", "*"]));
    }
    this.flushOutgoing();
    if (this.waiting.length > 0) this.processClientsWaitingReplicas();
  }

  /** The gathered stream into the backlog and to the replicas. */
  private flushOutgoing(): void {
    if (this.outgoing === "") return;
    const bytes = strToBytes(this.outgoing);
    this.outgoing = "";
    this.deliver(bytes);
  }

  private deliver(bytes: Uint8Array): void {
    this.backlog?.append(bytes);
    for (const link of [...this.replicas]) {
      if (link.state === "wait_bgsave_start" || link.state === "rdb_transmitted" || link.rdbOnly) continue;
      if (link.held !== null) {
        link.held.push(bytes);
        link.heldBytes += bytes.length;
        this.checkLimits(link);
      } else {
        link.client.transport.write(bytes);
        this.checkLimits(link);
      }
    }
  }

  /** client-output-buffer-limit replica: what waits on the socket plus what is held for it. */
  private checkLimits(link: ReplicaLink): void {
    const c = link.client;
    const pending = c.transport.bufferedBytes() + link.heldBytes;
    const limits = this.server.outputLimits("slave");
    const now = this.server.now();
    let over = limits.hard > 0 && pending >= limits.hard;
    if (!over && limits.soft > 0 && pending >= limits.soft) {
      if (link.softLimitAt === null) link.softLimitAt = now;
      else if (now - link.softLimitAt >= limits.seconds * 1000) over = true;
    } else if (!over) link.softLimitAt = null;
    if (!over) return;
    this.server.host.log(
      `# Client id=${c.id} addr=${c.transport.remoteAddress} scheduled to be closed ASAP for overcoming of output buffer limits.`,
    );
    c.kill();
  }

  // ---- the backlog ----

  /** createReplicationBacklog, and the stream's consumer registered with the propagation layer. */
  createBacklog(): void {
    if (this.backlog !== null) return;
    this.backlog = new ReplBacklog(this.setting("repl-backlog-size"), this.server.replication.masterReplOffset);
    // A new backlog starts a new history: force a SELECT before the first write.
    this.slaveseldb = -1;
    this.server.propagation.setConsumer(this, true);
  }

  /** freeReplicationBacklog. */
  freeBacklog(): void {
    this.flushOutgoing();
    this.backlog = null;
    this.server.propagation.setConsumer(this, false);
  }

  // ---- SYNC / PSYNC ----

  /** syncCommand after its checks: a partial resync if PSYNC can continue, else a full one. */
  sync(c: Client, argv: string[], offset: number | null): void {
    const server = this.server;
    const link = this.linkOf(c);
    server.host.log(`* Replica ${replicaName(link)} asks for synchronization`);
    this.flushOutgoing();
    if (offset !== null) {
      if (this.tryPartialResync(link, argv[1], offset)) {
        this.syncPartialOk++;
        return;
      }
      if (argv[1][0] !== "?") this.syncPartialErr++;
    } else link.prePsync = true;
    this.syncFull++;
    link.state = "wait_bgsave_start";
    c.flags |= CLIENT_SLAVE;
    this.replicas.push(link);
    if (this.replicas.length === 1 && this.backlog === null) {
      const repl = server.replication;
      if (!repl.isReplica()) {
        // A backlog from scratch has no past: a new id, and no previous one (changeReplicationId).
        repl.replid = randomReplid(() => server.host.random());
        repl.clearReplicationId2();
      }
      this.createBacklog();
      server.host.log(
        `* Replication backlog created, my new replication IDs are '${repl.replid}' and '${repl.replid2}'`,
      );
    }
    if (link.rdbFilter) {
      this.sendFilteredRdb(link);
      return;
    }
    const p = persistenceOf(server);
    if (p.bgsave !== null) {
      if (p.bgsave.socketTarget) {
        server.host.log("* Current BGSAVE has socket target. Waiting for next BGSAVE for SYNC");
      } else if (!this.attachToDiskBgsave(link)) {
        server.host.log("* Can't attach the replica to the current BGSAVE. Waiting for next BGSAVE for SYNC");
      }
      return;
    }
    if (this.disklessFor(link) && this.setting("repl-diskless-sync-delay") > 0) {
      server.host.log("* Delay next BGSAVE for diskless SYNC");
      return;
    }
    if (p.aof?.rewriting()) {
      server.host.log("* No BGSAVE in progress, but another BG operation is active. BGSAVE for replication delayed");
      return;
    }
    this.startBgsaveForReplication(link.capaEof);
  }

  /** masterTryPartialResynchronization. */
  private tryPartialResync(link: ReplicaLink, replid: string, offset: number): boolean {
    const server = this.server;
    const repl = server.replication;
    const log = (s: string) => server.host.log(s);
    const sameId = replid.toLowerCase() === repl.replid;
    const secondId = replid.toLowerCase() === repl.replid2;
    if (!sameId && (!secondId || offset > repl.secondReplidOffset)) {
      if (replid[0] !== "?") {
        if (!sameId && !secondId) {
          log(
            `* Partial resynchronization not accepted: Replication ID mismatch (Replica asked for '${replid}', my replication IDs are '${repl.replid}' and '${repl.replid2}')`,
          );
        } else {
          log(
            `* Partial resynchronization not accepted: Requested offset for second ID was ${offset}, but I can reply up to ${repl.secondReplidOffset}`,
          );
        }
      } else log(`* Full resync requested by replica ${replicaName(link)}`);
      return false;
    }
    const backlog = this.backlog;
    if (backlog === null || !backlog.canServe(offset)) {
      log(
        `* Unable to partial resync with replica ${
          replicaName(link)
        } for lack of backlog (Replica request was: ${offset}).`,
      );
      if (offset > repl.masterReplOffset) {
        log(
          `# Warning: replica ${
            replicaName(link)
          } tried to PSYNC with an offset that is greater than the master replication offset.`,
        );
      }
      return false;
    }
    const c = link.client;
    c.flags |= CLIENT_SLAVE;
    link.state = "online";
    link.ackTime = server.now();
    link.held = null;
    link.heldBytes = 0;
    this.replicas.push(link);
    c.flush();
    c.transport.write(strToBytes(link.capaPsync2 ? `+CONTINUE ${repl.replid}\r\n` : "+CONTINUE\r\n"));
    const data = backlog.readFrom(offset);
    if (data.length > 0) c.transport.write(data);
    log(
      `* Partial resynchronization request from ${
        replicaName(link)
      } accepted. Sending ${data.length} bytes of backlog starting from offset ${offset}.`,
    );
    return true;
  }

  /** Whether this replica's RDB goes straight to its socket (repl-diskless-sync and it understands $EOF). */
  private disklessFor(link: ReplicaLink): boolean {
    return this.server.config.get("repl-diskless-sync") === "yes" && link.capaEof;
  }

  /**
   * A BGSAVE to disk is running: a replica can share it when another replica already holds the stream since
   * its start (copyReplicaOutputBuffer); its RDB is the same file.
   */
  private attachToDiskBgsave(link: ReplicaLink): boolean {
    const other = this.replicas.find((r) => r !== link && r.state === "wait_bgsave_end" && !r.socketTarget);
    if (other === undefined || other.rdbOnly) return false;
    link.held = other.held === null ? [] : [...other.held];
    link.heldBytes = other.heldBytes;
    this.setupFullResync(link, other.psyncInitialOffset, false);
    this.server.host.log("* Waiting for end of BGSAVE for SYNC");
    return true;
  }

  /** startBgsaveForReplication: every replica waiting for a BGSAVE gets this one. */
  private startBgsaveForReplication(mincapaEof: boolean): void {
    const server = this.server;
    const p = persistenceOf(server);
    const socketTarget = server.config.get("repl-diskless-sync") === "yes" && mincapaEof;
    server.host.log(`* Starting BGSAVE for SYNC with target: ${socketTarget ? "replicas sockets" : "disk"}`);
    this.flushOutgoing();
    const waiting = this.replicas.filter((r) => r.state === "wait_bgsave_start");
    let ok: boolean;
    if (socketTarget) {
      const mark = randomReplid(() => server.host.random());
      for (const link of waiting) {
        this.setupFullResync(link, server.replication.masterReplOffset, true);
        link.client.transport.write(strToBytes(`$EOF:${mark}\r\n`));
      }
      this.transfer = { links: waiting, mark, drainWaiters: [] };
      ok = p.startBgsaveToSockets(this.socketSink());
      if (!ok) this.transfer = null;
    } else {
      ok = p.startBgsave();
      if (ok) { for (const link of waiting) this.setupFullResync(link, server.replication.masterReplOffset, false); }
    }
    if (ok) return;
    server.host.log("# BGSAVE for replication failed");
    for (const link of waiting) {
      this.dropReplica(link);
      link.client.error(ERR_REPL_BGSAVE_FAILED);
      link.client.close();
    }
  }

  /**
   * A replica with REPLCONF rdb-filter-only (redis-cli --functions-rdb) gets its own diskless RDB without
   * the data, made and sent at once: it shares no save with other replicas (Redis matches slave_req).
   */
  private sendFilteredRdb(link: ReplicaLink): void {
    const server = this.server;
    server.host.log("* Starting BGSAVE for SYNC with target: replicas sockets");
    this.flushOutgoing();
    this.setupFullResync(link, server.replication.masterReplOffset, true);
    const mark = randomReplid(() => server.host.random());
    const t = link.client.transport;
    t.write(strToBytes(`$EOF:${mark}\r\n`));
    t.write(persistenceOf(server).filteredRdb(link.rdbFilterFunctions));
    t.write(strToBytes(mark));
    server.host.log(
      `* Streamed RDB transfer with replica ${
        replicaName(link)
      } succeeded (socket). Waiting for REPLCONF ACK from slave to enable streaming`,
    );
    if (this.putOnline(link)) link.startStreamOnAck = true;
  }

  /** replicationSetupSlaveForFullResync: +FULLRESYNC, and the stream from `offset` held for the replica. */
  private setupFullResync(link: ReplicaLink, offset: number, socketTarget: boolean): void {
    const c = link.client;
    link.psyncInitialOffset = offset;
    link.state = "wait_bgsave_end";
    link.socketTarget = socketTarget;
    link.stuckSince = 0;
    if (link.held === null) {
      link.held = [];
      link.heldBytes = 0;
    }
    // The replica starts from a snapshot: its first write needs a SELECT.
    this.slaveseldb = -1;
    c.flush();
    if (!link.prePsync) c.transport.write(strToBytes(`+FULLRESYNC ${this.server.replication.replid} ${offset}\r\n`));
  }

  /** A FileStore whose one "file" is the replicas' sockets (the diskless transfer's pipe). */
  private socketSink(): FileStore {
    const none = () => {
      throw new Error("not a file");
    };
    const send = (bytes: Uint8Array) => {
      for (const link of this.transfer?.links ?? []) link.client.transport.write(bytes);
    };
    return {
      create: () => ({}),
      write: (_h, bytes) => send(bytes.slice()),
      writeAsync: (_h, bytes, _pos, done) => {
        send(bytes);
        if (this.socketsBusy()) this.waitForDrain(() => done(null));
        else done(null);
      },
      // The RDB is complete: the end mark follows it.
      sync: () => {
        if (this.transfer !== null) send(strToBytes(this.transfer.mark));
      },
      close: () => {},
      rename: () => {},
      syncDir: () => {},
      remove: () => {},
      openRead: none,
      read: none,
      openAppend: none,
      truncate: none,
      size: () => null,
      mkdir: none,
      list: () => null,
    };
  }

  private socketsBusy(): boolean {
    let busy = false;
    for (const l of this.transfer?.links ?? []) {
      if (l.client.transport.bufferedBytes() > RDB_SOCKET_HIGH) {
        if (l.stuckSince === 0) l.stuckSince = this.server.now();
        busy = true;
      } else l.stuckSince = 0;
    }
    return busy;
  }

  /** The snapshot waits while a replica's socket is full; polled, as the transport reports no drain here. */
  private waitForDrain(fn: () => void): void {
    const t = this.transfer;
    if (t === null) return fn();
    t.drainWaiters.push(fn);
    if (this.drainTimer !== null) return;
    const poll = () => {
      this.drainTimer = null;
      const tr = this.transfer;
      if (tr === null) return;
      if (this.socketsBusy()) {
        this.drainTimer = this.server.host.setTimer(2, poll);
        return;
      }
      const fns = tr.drainWaiters.splice(0);
      for (const f of fns) f();
    };
    this.drainTimer = this.server.host.setTimer(2, poll);
  }

  /** updateSlavesWaitingBgsave: a background save ended. */
  private bgsaveEnded(ok: boolean, socketTarget: boolean): void {
    const server = this.server;
    if (socketTarget) {
      const t = this.transfer;
      this.transfer = null;
      this.drainTimer?.cancel();
      this.drainTimer = null;
      for (const f of t?.drainWaiters ?? []) f();
    }
    for (const link of [...this.replicas]) {
      if (link.state !== "wait_bgsave_end" || link.socketTarget !== socketTarget) continue;
      if (!ok) {
        server.host.log("# SYNC failed. BGSAVE child returned an error");
        link.client.kill();
        continue;
      }
      if (socketTarget) {
        server.host.log(
          `* Streamed RDB transfer with replica ${
            replicaName(link)
          } succeeded (socket). Waiting for REPLCONF ACK from slave to enable streaming`,
        );
        if (this.putOnline(link)) link.startStreamOnAck = true;
      } else this.sendRdbFile(link);
    }
    this.startPendingSync();
  }

  /** replicaPutOnline: false for an rdb-only replica, which is closed once its RDB is out. */
  private putOnline(link: ReplicaLink): boolean {
    const server = this.server;
    if (link.rdbOnly) {
      link.state = "rdb_transmitted";
      server.host.log(
        `* RDB transfer completed, rdb only replica (${replicaName(link)}) should be disconnected asap`,
      );
      link.client.close();
      return false;
    }
    link.state = "online";
    link.ackTime = server.now();
    server.host.log(`* Synchronization with replica ${replicaName(link)} succeeded`);
    return true;
  }

  /** replicaStartCommandStream: what was held since the snapshot goes out, and the live stream after it. */
  private startCommandStream(link: ReplicaLink): void {
    link.startStreamOnAck = false;
    const held = link.held ?? [];
    link.held = null;
    link.heldBytes = 0;
    for (const b of held) link.client.transport.write(b);
    this.checkLimits(link);
  }

  /** sendBulkToSlave: `$<len>\r\n` and the file, a chunk at a time as the socket takes it. */
  private sendRdbFile(link: ReplicaLink): void {
    const server = this.server;
    const p = persistenceOf(server);
    const files = p.files;
    let handle: unknown = null;
    let size: number | null = null;
    try {
      if (files !== null) {
        size = files.size(p.rdbPath());
        handle = files.openRead(p.rdbPath());
      }
    } catch { /* reported below */ }
    if (files === null || handle === null || size === null) {
      server.host.log("# SYNC failed. Can't open/stat DB after BGSAVE: No such file or directory");
      link.client.kill();
      return;
    }
    link.state = "send_bulk";
    link.client.transport.write(strToBytes(`$${size}\r\n`));
    const bulk: { handle: unknown; timer: { cancel(): void } | null } = { handle, timer: null };
    link.bulk = bulk;
    const chunk = new Uint8Array(BULK_CHUNK);
    const step = () => {
      bulk.timer = null;
      if (link.bulk !== bulk) return;
      while (link.client.transport.bufferedBytes() < RDB_SOCKET_HIGH) {
        let n: number;
        try {
          n = files.read(handle, chunk);
        } catch (e) {
          server.host.log(`# Read error sending DB to replica: ${(e as Error).message}`);
          link.client.kill();
          return;
        }
        if (n === 0) {
          this.closeBulk(link);
          if (this.putOnline(link)) this.startCommandStream(link);
          return;
        }
        link.client.transport.write(chunk.slice(0, n));
      }
      bulk.timer = server.host.setTimer(2, step);
    };
    step();
  }

  private closeBulk(link: ReplicaLink): void {
    const bulk = link.bulk;
    if (bulk === null) return;
    link.bulk = null;
    bulk.timer?.cancel();
    try {
      persistenceOf(this.server).files?.close(bulk.handle);
    } catch { /* already closed */ }
  }

  /**
   * replicationStartPendingFork / shouldStartChildReplication: replicas waiting for a BGSAVE get one when none
   * runs; for a diskless one, after repl-diskless-sync-delay seconds of the newest waiting replica (or once
   * repl-diskless-sync-max-replicas are waiting), so replicas arriving together share it.
   */
  private startPendingSync(): void {
    const p = persistenceOf(this.server);
    if (p.bgsave !== null || p.aof?.rewriting()) return;
    const waiting = this.replicas.filter((r) => r.state === "wait_bgsave_start");
    if (waiting.length === 0) return;
    const now = this.server.now();
    let maxIdle = 0;
    let mincapaEof = true;
    for (const r of waiting) {
      maxIdle = Math.max(maxIdle, Math.floor((now - r.client.lastInteraction) / 1000));
      mincapaEof &&= r.capaEof;
    }
    const diskless = this.server.config.get("repl-diskless-sync") === "yes";
    const maxReplicas = this.setting("repl-diskless-sync-max-replicas");
    if (
      !diskless || !mincapaEof || (maxReplicas > 0 && waiting.length >= maxReplicas) ||
      maxIdle >= this.setting("repl-diskless-sync-delay")
    ) {
      this.startBgsaveForReplication(mincapaEof);
    }
  }

  // ---- REPLCONF ----

  /** REPLCONF ACK <offset>: no reply. */
  ack(c: Client, offset: number): void {
    if (!this.isReplica(c)) return;
    const link = this.linkOf(c);
    if (offset > link.ackOffset) link.ackOffset = offset;
    link.ackTime = this.server.now();
    if (link.startStreamOnAck && link.state === "online") this.startCommandStream(link);
    if (this.waiting.length > 0) this.processClientsWaitingReplicas();
  }

  // ---- WAIT ----

  /** replicationCountAcksByOffset. */
  countAcks(offset: number): number {
    let n = 0;
    for (const r of this.replicas) if (r.state === "online" && r.ackOffset >= offset) n++;
    return n;
  }

  /** WAIT that must block: answered when enough replicas acknowledged `offset`, or at the timeout. */
  blockForAcks(c: Client, offset: number, numreplicas: number, timeoutMs: number): void {
    const entry = { c, offset, numreplicas };
    this.waiting.push(entry);
    const forget = () => {
      const i = this.waiting.indexOf(entry);
      if (i >= 0) this.waiting.splice(i, 1);
    };
    // At the timeout (or CLIENT UNBLOCK) the count so far is the answer.
    this.server.blocking.block(c, c.db, [], timeoutMs, () => false, () => {
      forget();
      c.reply.integer(this.countAcks(offset));
    });
    this.getAckRequested = true;
  }

  /** processClientsWaitingReplicas: answers WAIT clients whose offset enough replicas acknowledged. */
  private processClientsWaitingReplicas(): void {
    for (const w of [...this.waiting]) {
      if (w.c.closed || w.c.blocked === null) {
        this.waiting.splice(this.waiting.indexOf(w), 1);
        continue;
      }
      const n = this.countAcks(w.offset);
      if (n < w.numreplicas) continue;
      this.waiting.splice(this.waiting.indexOf(w), 1);
      this.server.blocking.unblock(w.c);
      w.c.reply.integer(n);
      this.server.wake(w.c);
    }
  }

  // ---- min-replicas ----

  /** refreshGoodSlavesCount: online replicas whose last ACK is at most min-replicas-max-lag seconds old. */
  goodReplicas(): number {
    const maxLag = this.setting("min-replicas-max-lag");
    const now = this.server.now();
    let n = 0;
    for (const r of this.replicas) {
      if (r.state === "online" && Math.floor((now - r.ackTime) / 1000) <= maxLag) n++;
    }
    return n;
  }

  /** processCommand's min-replicas check: writes (and EXEC of writes) need enough good replicas. */
  private refuseWrite(_c: Client, cmd: Command): string | null {
    if (this.server.replication.isReplica()) return null;
    // EXEC comes here as its queue makes it (Server.gate): a write when a queued command is.
    if (!cmd.write) return null;
    return this.goodReplicas() < this.setting("min-replicas-to-write") ? ERR_NOREPLICAS : null;
  }

  // ---- the cron ----

  /** Called on every server tick; replicationCron's work runs once a second. */
  cron(): void {
    const now = this.server.now();
    if (now - this.lastCron < 1000) return;
    this.lastCron = now;
    this.replicationCron(now);
  }

  private replicationCron(now: number): void {
    const server = this.server;
    this.failover.update();
    if (
      this.cronLoops % this.setting("repl-ping-replica-period") === 0 && this.replicas.length > 0 &&
      !this.failover.holdsPings()
    ) {
      if (!server.replication.isReplica()) this.feed(respCommand(["PING"]));
    }
    const newline = new Uint8Array([10]);
    for (const r of this.replicas) {
      if (r.state === "wait_bgsave_start" || (r.state === "wait_bgsave_end" && !r.socketTarget)) {
        r.client.transport.write(newline);
      }
    }
    const timeout = this.setting("repl-timeout") * 1000;
    if (this.transfer !== null) this.socketsBusy();
    for (const r of [...this.replicas]) {
      if (r.state === "online" && !r.prePsync && now - r.ackTime > timeout) {
        server.host.log(`# Disconnecting timedout replica (streaming sync): ${replicaName(r)}`);
        r.client.kill();
      } else if (
        r.state === "wait_bgsave_end" && r.socketTarget && r.stuckSince !== 0 && now - r.stuckSince > timeout
      ) {
        // A diskless replica that stopped reading holds the others' transfer back (the fork child in Redis).
        server.host.log(`# Disconnecting timedout replica (full sync): ${replicaName(r)}`);
        r.client.kill();
      }
    }
    const ttl = this.setting("repl-backlog-ttl");
    if (this.replicas.length === 0 && ttl > 0 && this.backlog !== null && !server.replication.isReplica()) {
      if (now - this.noReplicasSince > ttl * 1000) {
        const repl = server.replication;
        repl.replid = randomReplid(() => server.host.random());
        repl.clearReplicationId2();
        this.freeBacklog();
        server.host.log(`* Replication backlog freed after ${ttl} seconds without connected replicas.`);
      }
    }
    this.startPendingSync();
    this.cronLoops++;
  }

  // ---- replicas going away ----

  /** A client went away (freeClient's replica part). */
  clientRemoved(c: Client): void {
    const link = this.links.get(c);
    if (link === undefined) return;
    this.links.delete(c);
    this.dropReplica(link);
  }

  private dropReplica(link: ReplicaLink): void {
    const i = this.replicas.indexOf(link);
    if (i < 0) return;
    this.replicas.splice(i, 1);
    link.client.flags &= ~CLIENT_SLAVE;
    this.closeBulk(link);
    link.held = null;
    link.heldBytes = 0;
    if (link.state === "online") {
      this.server.host.log(`* Connection with replica ${replicaName(link)} lost.`);
    }
    const t = this.transfer;
    if (t !== null) {
      const j = t.links.indexOf(link);
      if (j >= 0) t.links.splice(j, 1);
      if (t.links.length === 0) {
        this.server.host.log("# Diskless rdb transfer, last replica dropped, killing fork child.");
        this.transfer = null;
        this.drainTimer?.cancel();
        this.drainTimer = null;
        persistenceOf(this.server).killBgsave();
      }
    }
    if (this.replicas.length === 0) this.noReplicasSince = this.server.now();
  }

  /** MasterSide: REPLICAOF host port drops every replica (they must resync with the new history). */
  disconnectReplicas(): void {
    for (const r of [...this.replicas]) r.client.kill();
  }

  // ---- INFO, ROLE ----

  /** MasterSide: INFO replication from connected_slaves to the backlog fields. */
  infoLines(): string[] {
    const server = this.server;
    const repl = server.replication;
    const now = server.now();
    const lines = [`connected_slaves:${this.replicas.length}`];
    if (this.setting("min-replicas-to-write") > 0 && this.setting("min-replicas-max-lag") > 0) {
      lines.push(`min_slaves_good_slaves:${this.goodReplicas()}`);
    }
    let id = 0;
    for (const r of this.replicas) {
      const state = r.state === "wait_bgsave_start" || r.state === "wait_bgsave_end"
        ? "wait_bgsave"
        : r.state === "send_bulk" || r.state === "online"
        ? r.state
        : "";
      if (state === "") continue;
      const lag = r.state === "online" ? Math.floor((now - r.ackTime) / 1000) : 0;
      lines.push(
        `slave${id++}:ip=${
          r.addr ?? peerIp(r.client)
        },port=${r.listeningPort},state=${state},offset=${r.ackOffset},lag=${lag}`,
      );
    }
    const b = this.backlog;
    lines.push(
      `master_failover_state:${this.failover.state}`,
      `master_replid:${repl.replid}`,
      `master_replid2:${repl.replid2}`,
      `master_repl_offset:${repl.masterReplOffset}`,
      `second_repl_offset:${repl.secondReplidOffset}`,
      `repl_backlog_active:${b !== null ? 1 : 0}`,
      `repl_backlog_size:${this.setting("repl-backlog-size")}`,
      `repl_backlog_first_byte_offset:${b !== null ? b.offset : 0}`,
      `repl_backlog_histlen:${b !== null ? b.histlen : 0}`,
    );
    return lines;
  }

  /** findReplica: the attached replica announcing `host` (case-insensitive) and listening on `port`. */
  findReplica(host: string, port: number): ReplicaLink | null {
    const h = host.toLowerCase();
    return this.replicas.find((r) => this.addressOf(r).toLowerCase() === h && r.listeningPort === port) ?? null;
  }

  /** The address a replica is known by: the one it announced, else its peer's. */
  addressOf(link: ReplicaLink): string {
    return link.addr ?? peerIp(link.client);
  }

  /** ROLE's replica list: [ip, port, acknowledged offset] of each online replica. */
  roleReplicas(): [string, string, string][] {
    return this.replicas.filter((r) => r.state === "online").map((
      r,
    ) => [r.addr ?? peerIp(r.client), String(r.listeningPort), String(r.ackOffset)]);
  }

  /** INFO memory / MEMORY STATS: the backlog, and the stream held for replicas waiting for their RDB. */
  memory(): { backlog: number; buffers: number } {
    const backlog = this.backlog?.allocated ?? 0;
    let held = 0;
    for (const r of this.replicas) held += r.heldBytes;
    return { backlog, buffers: backlog + held };
  }

  /** For INFO stats. */
  statsLines(): string[] {
    return [
      `sync_full:${this.syncFull}`,
      `sync_partial_ok:${this.syncPartialOk}`,
      `sync_partial_err:${this.syncPartialErr}`,
    ];
  }
}

/** The master side of a server, installed by the replication family. */
export function masterOf(server: Server): ReplicationMaster | null {
  const m = server.replication.master;
  return m instanceof ReplicationMaster ? m : null;
}

/** INFO replication, both roles, in genRedisInfoString's order. */
export function replicationInfo(server: Server): string[] {
  const repl = server.replication;
  const lines = [`role:${repl.isReplica() ? "slave" : "master"}`];
  if (repl.isReplica() && repl.replica !== null) lines.push(...repl.replica.infoLines());
  if (repl.master !== null) lines.push(...repl.master.infoLines());
  else {
    lines.push(
      "connected_slaves:0",
      "master_failover_state:no-failover",
      `master_replid:${repl.replid}`,
      `master_replid2:${repl.replid2}`,
      `master_repl_offset:${repl.masterReplOffset}`,
      `second_repl_offset:${repl.secondReplidOffset}`,
      "repl_backlog_active:0",
      "repl_backlog_size:1048576",
      "repl_backlog_first_byte_offset:0",
      "repl_backlog_histlen:0",
    );
  }
  return lines;
}
