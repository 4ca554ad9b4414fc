/**
 * Replication's shared state (Redis keeps it in `server`: replid, replid2, master_repl_offset,
 * second_replid_offset, masterhost ...). Both sides build on it: the master side (replicas attached to this
 * server, the backlog, SYNC/PSYNC, WAIT) and the replica side (REPLICAOF, the link to a master). A replica
 * that has replicas of its own proxies its master's stream to them byte for byte, so both sides meet here.
 *
 * This file only holds the state and the two hooks the sides give each other; the behaviour lives in
 * master.ts (as master) and replica.ts (as replica).
 */

import type { Client } from "../client.ts";
import type { Command } from "../commands/table.ts";

/** What the master side provides to the rest of the server. */
export interface MasterSide {
  /**
   * replicationFeedStreamFromMasterStream: bytes this server received from its own master, already applied,
   * go unchanged to the backlog and to sub-replicas, and move master_repl_offset.
   */
  feedFromMasterStream(bytes: Uint8Array): void;
  /** INFO replication's lines for replicas attached here (connected_slaves, slaveN, backlog fields). */
  infoLines(): string[];
  /** Drops every attached replica (REPLICAOF host port: sub-replicas must resync with the new history). */
  disconnectReplicas(): void;
  /** The server's tick (replicationCron's master part: PINGs, timeouts, the backlog's TTL, delayed syncs). */
  cron?(): void;
  /** The end of an event (beforeSleep): the stream gathered during it goes to the backlog and replicas. */
  beforeSleep?(): void;
  /** A client went away (it may have been a replica). */
  clientRemoved?(c: Client): void;
  /**
   * createReplicationBacklog / freeReplicationBacklog, for the replica side: a full sync from a new master
   * frees the backlog (sub-replicas cannot continue the old history) and, once loaded, creates it again at
   * the new master_repl_offset. feedFromMasterStream creates it too when there is none.
   */
  createBacklog?(): void;
  freeBacklog?(): void;
}

/** What the replica side provides. */
export interface ReplicaSide {
  /** INFO replication's lines while this server is a replica (master_host ... slave_read_only). */
  infoLines(): string[];
  /** ROLE's reply fields while a replica: [host, port, state, offset]. */
  role(): { host: string; port: number; state: string; offset: number };
  /** processCommand's replica checks (-READONLY, -MASTERDOWN): an error text refuses the command. */
  gateCommand(c: Client, cmd: Command): string | null;
  /** Whether `c` applies the master's stream (expired keys stay for it: only the master deletes them). */
  isMasterClient(c: Client | null): boolean;
  /** replicationCron's replica part, from the server's tick (it keeps its own once-a-second pace). */
  cron(): void;
  /** The server stops: the link and its timers end. */
  stop(): void;
}

/** 40 hex characters from the host's random source (getRandomHexChars). */
export function randomReplid(random: () => number): string {
  let s = "";
  for (let i = 0; i < 40; i++) s += "0123456789abcdef"[Math.floor(random() * 16)];
  return s;
}

export class ReplicationState {
  /** The current replication history (server.replid). */
  replid: string;
  /** The previous history this server can still continue (after a promotion), and where it ended. */
  replid2 = "0000000000000000000000000000000000000000";
  secondReplidOffset = -1;
  /** Bytes of replication stream produced or received so far (server.master_repl_offset). */
  masterReplOffset = 0;
  /** The master this server replicates from (REPLICAOF), or null while a master itself. */
  masterHost: string | null = null;
  masterPort = 0;
  /** Set by master.ts and replica.ts when they are installed; null until then. */
  master: MasterSide | null = null;
  replica: ReplicaSide | null = null;
  /**
   * min-replicas-to-write: set while it is on, asked before each command (processCommand's check); an error
   * text refuses the command.
   */
  writeGate: ((c: Client, cmd: Command) => string | null) | null = null;

  constructor(random: () => number) {
    this.replid = randomReplid(random);
  }

  /** Whether this server is a replica (server.masterhost != NULL). */
  isReplica(): boolean {
    return this.masterHost !== null;
  }

  /** shiftReplicationId: on promotion the old history becomes replid2, continued up to the current offset. */
  shiftReplicationId(random: () => number): void {
    this.replid2 = this.replid;
    this.secondReplidOffset = this.masterReplOffset + 1;
    this.replid = randomReplid(random);
  }

  /** clearReplicationId2: forgets the previous history. */
  clearReplicationId2(): void {
    this.replid2 = "0000000000000000000000000000000000000000";
    this.secondReplidOffset = -1;
  }
}
