/**
 * This server as a replica (replication.c's replica half): REPLICAOF's link to a master, the handshake Redis
 * 7.0 sends (PING, AUTH, REPLCONF listening-port / capa, PSYNC), the full sync's RDB payload in both forms
 * (`$<len>` and diskless `$EOF:<mark>`), then the command stream applied by a master client (flag M) whose
 * replies are never sent, except REPLCONF ACK. A dropped link caches the master's replid and offset so the
 * next connection asks `PSYNC <replid> <offset+1>` and gets `+CONTINUE` when the master still has the bytes.
 *
 * Differences from Redis, and why: the payload is gathered in memory and, for a disk-backed load
 * (`repl-diskless-load disabled`), written to the temporary file and renamed over `dbfilename` once it is
 * complete rather than as it arrives; loading runs in slices with -LOADING for other clients. With
 * `repl-diskless-load swapdb` the payload loads into temporary databases and libraries that replace the
 * current ones only when it loaded completely; when the master's replid is this server's own (the same history
 * again, e.g. after a backlog miss) that is Redis's async loading: the old data keeps serving, INFO shows
 * async_loading:1, only `no-async-loading` commands get -LOADING, and a failed or cut load keeps the old data.
 */
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { CLIENT_MASTER } from "../client.ts";
import type { Command } from "../commands/table.ts";
import type { ConnectEvents, TimerHandle, Transport } from "../host.ts";
import { Db } from "../keyspace/db.ts";
import { bytesToStr, strToBytes } from "../bytes.ts";
import { ERR_MASTERDOWN, ERR_READONLY_REPLICA, ERR_UNBLOCKED_NOW_REPLICA } from "../errors.ts";
import { persistenceOf, RdbLoader } from "../persistence/snapshot.ts";
import { joinPath } from "../persistence/fs.ts";
import { RdbDecoder, RdbFormatError } from "../persistence/rdb.ts";
import { functionsOf, LibraryCtx } from "../scripting/functions.ts";
import { stringMarks } from "../db/encoding.ts";
import type { ReplicaSide } from "./state.ts";

/** Redis's repl_state while a replica (REPL_STATE_*), with the handshake's steps folded into "handshake". */
export type ReplState = "none" | "connect" | "connecting" | "handshake" | "transfer" | "connected";

/** REPL_MAX_WRITTEN_BEFORE_FSYNC: a disk-backed payload's temporary file is flushed every 8 MB as it is written. */
const MAX_WRITTEN_BEFORE_FSYNC = 8 * 1024 * 1024;
/** A disk-backed payload is loaded from its file in reads of this size. */
const FILE_READ_CHUNK = 64 * 1024;
/** A streamed load's bytes not yet taken by the loader: past this the link is not read (Redis reads as it loads). */
const STREAM_QUEUE_LIMIT = 1024 * 1024;
/** RdbDecoder's text when the bytes run out. */
const SHORT_READ = "Short read or OOM loading DB. Unrecoverable error, aborting now.";
/** CONFIG_RUN_ID_SIZE: replication ids and the diskless EOF mark are this long. */
const RUN_ID_SIZE = 40;
/** How long one loading slice may run before other clients are served (-LOADING) again: Redis serves events every 2 MB of payload. */
const LOAD_SLICE_MS = 100;

/** The master's replication position kept across a dropped link (server.cached_master). */
interface CachedMaster {
  replid: string;
  reploff: number;
}

/** A diskless payload loading as it arrives: the bytes the loader has not taken yet. */
interface StreamLoad {
  queue: Uint8Array[];
  queued: number;
  /** The whole payload came. */
  complete: boolean;
  /** The loader ran out of bytes and waits; `wake` runs it again. */
  starved: boolean;
  wake: (() => void) | null;
}

/** The RDB payload being received (repl_transfer_*). */
interface Transfer {
  /** Payload size from `$<len>`, or -1 until the header line came; 0 with an EOF mark. */
  size: number;
  eofMark: string | null;
  read: number;
  diskless: boolean;
  /** With an EOF mark: the last bytes received, held back until more come (they may be the mark). */
  tail: Uint8Array;
  /** Disk-backed: the temporary file written as the payload arrives, its path, bytes since the last fsync. */
  file: unknown;
  tmp: string;
  unsynced: number;
  /** Diskless (or no file access): the load running on the payload as it arrives. */
  load: StreamLoad | null;
}

/** The RESP form of a command, as sendCommand writes it. */
function commandBytes(argv: readonly string[]): Uint8Array {
  let s = `*${argv.length}\r\n`;
  for (const a of argv) s += `$${a.length}\r\n${a}\r\n`;
  return strToBytes(s);
}

const EMPTY: Uint8Array = new Uint8Array(0);

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0].length === total) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c.subarray(0, Math.min(c.length, total - at)), at);
    at += c.length;
    if (at >= total) break;
  }
  return out;
}

export class ReplicaLink implements ReplicaSide {
  readonly server: Server;
  state: ReplState = "none";
  /** The connection to the master (repl_transfer_s, then the master client's). */
  private link: Transport | null = null;
  /** Bytes read during the handshake and not yet turned into reply lines. */
  private pending: Uint8Array = new Uint8Array(0);
  /** Replies still expected during the handshake, in order. */
  private awaiting: ("pong" | "auth" | "port" | "ip" | "capa" | "psync")[] = [];
  private transfer: Transfer | null = null;
  /** server.master: the client applying the stream, while the link is up. */
  master: Client | null = null;
  /** server.master->reploff (applied) and read_reploff (received). */
  private reploff = 0;
  private readReploff = 0;
  /** Received bytes not yet applied, kept for sub-replicas (replicationFeedStreamFromMasterStream). */
  private unapplied: Uint8Array[] = [];
  cached: CachedMaster | null = null;
  /** +FULLRESYNC's replid and offset (server.master_replid, master_initial_offset). */
  private masterReplid = "";
  private initialOffset = -1;
  /** The master answered SYNC, not PSYNC (CLIENT_PRE_PSYNC): it is sent no REPLCONF ACK. */
  private prePsync = false;
  /** Last byte from the master (lastinteraction / repl_transfer_lastio), and when the link went down. */
  private lastIo = 0;
  private downSince = 0;
  /** Stream bytes that arrived while the payload was loading: applied once it is loaded. */
  private held: Uint8Array[] | null = null;
  /** When replicationCron's replica part last ran: it runs once a second from the server's tick. */
  private lastCron = 0;
  private loadTimer: TimerHandle | null = null;
  /** Ends the load in progress without finishing it (a swapdb load drops its temporary databases). */
  private abortLoad: (() => void) | null = null;

  constructor(server: Server) {
    this.server = server;
  }

  private log(line: string): void {
    this.server.host.log(line);
  }

  private get now(): number {
    return this.server.host.now();
  }

  // ---- REPLICAOF ----

  /** replicationSetMaster: follow `host:port`, caching our own position first when we were a master. */
  setMaster(host: string, port: number): void {
    const rs = this.server.replication;
    const wasMaster = rs.masterHost === null;
    rs.masterHost = null;
    if (this.master !== null) this.freeMaster("lost");
    this.disconnectAllBlockedClients();
    rs.masterHost = host;
    rs.masterPort = port;
    this.syncConfig();
    this.cancelHandshake();
    if (wasMaster) {
      this.discardCachedMaster();
      this.log(
        "* Before turning into a replica, using my own master parameters to synthesize a cached master: I may be able to synchronize with the new master with just a partial transfer.",
      );
      this.cached = { replid: rs.replid, reploff: rs.masterReplOffset };
    }
    this.state = "connect";
    this.log(`* Connecting to MASTER ${host}:${port}`);
    this.connectWithMaster();
  }

  /** Clients blocked on keys as a master are answered and closed: their wait belongs to the old role. */
  private disconnectAllBlockedClients(): void {
    const server = this.server;
    for (const c of server.clients.values()) {
      if (c.blocked === null) continue;
      server.blocking.unblock(c);
      c.error(ERR_UNBLOCKED_NOW_REPLICA);
      c.close();
    }
  }

  /** replicationUnsetMaster: a master again, keeping the data, the old history continued as replid2. */
  unsetMaster(): void {
    const rs = this.server.replication;
    if (rs.masterHost === null) return;
    rs.masterHost = null;
    rs.masterPort = 0;
    this.syncConfig();
    if (this.master !== null) this.freeMaster("lost");
    this.discardCachedMaster();
    this.cancelHandshake();
    rs.shiftReplicationId(() => this.server.host.random());
    this.log(
      `# Setting secondary replication ID to ${rs.replid2}, valid up to offset: ${rs.secondReplidOffset}. New replication ID is ${rs.replid}`,
    );
    rs.master?.disconnectReplicas();
    this.state = "none";
    this.downSince = 0;
  }

  /**
   * `replicaof host port` read at startup (setConfigReplicaOfOption): a replica from the start, connecting
   * at the first replicationCron, with its own position as the cached master (loadDataFromDisk).
   */
  configure(value: string): void {
    const rs = this.server.replication;
    if (value === "" || value === `${rs.masterHost} ${rs.masterPort}`) return;
    const sp = value.lastIndexOf(" ");
    rs.masterHost = value.slice(0, sp);
    rs.masterPort = Number(value.slice(sp + 1));
    this.cached = { replid: rs.replid, reploff: rs.masterReplOffset };
    this.state = "connect";
  }

  /** CONFIG GET replicaof / CONFIG REWRITE follow the current master. */
  private syncConfig(): void {
    const rs = this.server.replication;
    if (this.server.config.entry("replicaof") === undefined) return;
    this.server.config.setRaw("replicaof", rs.masterHost === null ? "" : `${rs.masterHost} ${rs.masterPort}`);
  }

  /** The server stops: close the link and the timers. */
  stop(): void {
    this.stopLoad();
    const link = this.link;
    this.link = null;
    link?.abort();
    if (this.master !== null) {
      const m = this.master;
      this.master = null;
      m.disconnected();
    }
  }

  // ---- the connection and the handshake ----

  /** connectWithMaster: a non-blocking connect; syncWithMaster goes on from its events. */
  private connectWithMaster(): void {
    const rs = this.server.replication;
    const connect = this.server.host.connect;
    if (connect === undefined || rs.masterHost === null) {
      this.log("# Unable to connect to MASTER: this host cannot open connections");
      this.state = "connect";
      return;
    }
    this.pending = new Uint8Array(0);
    this.awaiting = [];
    this.lastIo = this.now;
    this.state = "connecting";
    let link: Transport | null = null;
    const mine = () => link !== null && this.link === link;
    const events: ConnectEvents = {
      open: () => {
        if (mine()) this.syncWithMaster();
      },
      data: (bytes) => {
        if (mine()) this.readFromMaster(bytes);
      },
      closed: (error) => {
        if (mine()) this.linkClosed(error);
      },
    };
    const config = this.server.config;
    const tls = config.get("tls-replication") === "yes" ? (name: string) => config.get(name) : undefined;
    link = connect.call(this.server.host, rs.masterHost, rs.masterPort, events, tls);
    this.link = link;
    this.log("* MASTER <-> REPLICA sync started");
  }

  private send(argv: readonly string[]): void {
    this.link?.write(commandBytes(argv));
  }

  /** syncWithMaster once connected: PING, then the rest of the handshake as the replies come. */
  private syncWithMaster(): void {
    this.log("* Non blocking connect for SYNC fired the event.");
    this.lastIo = this.now;
    this.state = "handshake";
    this.awaiting = ["pong"];
    this.send(["PING"]);
  }

  /** The handshake's second part, sent at once as 7.0 pipelines it: AUTH, REPLCONF listening-port, capa. */
  private sendHandshake(): void {
    const config = this.server.config;
    const auth = config.get("masterauth");
    if (auth !== "") {
      const user = config.get("masteruser");
      this.send(user !== "" ? ["AUTH", user, auth] : ["AUTH", auth]);
      this.awaiting.push("auth");
    }
    const announced = config.getNumber("replica-announce-port");
    this.send(["REPLCONF", "listening-port", String(announced !== 0 ? announced : config.getNumber("port"))]);
    this.awaiting.push("port");
    const ip = config.get("replica-announce-ip");
    if (ip !== "") {
      this.send(["REPLCONF", "ip-address", ip]);
      this.awaiting.push("ip");
    }
    this.send(["REPLCONF", "capa", "eof", "capa", "psync2"]);
    this.awaiting.push("capa");
  }

  /** slaveTryPartialResynchronization's writing half. */
  private sendPsync(): void {
    this.initialOffset = -1;
    this.prePsync = false;
    let replid = "?";
    let offset = "-1";
    if (this.cached !== null) {
      replid = this.cached.replid;
      offset = String(this.cached.reploff + 1);
      this.log(`* Trying a partial resynchronization (request ${replid}:${offset}).`);
    } else this.log("* Partial resynchronization not possible (no cached master)");
    // A master failing over asks its target to take over (the target checks the history is its own).
    if (this.server.replication.failover?.inProgress()) this.send(["PSYNC", replid, offset, "FAILOVER"]);
    else this.send(["PSYNC", replid, offset]);
    this.awaiting.push("psync");
  }

  /** Takes one reply line ("\r\n" or "\n" ended) from what was read, or null until one is complete. */
  private readLine(): string | null {
    const buf = this.pending;
    const nl = buf.indexOf(10);
    if (nl < 0) return null;
    const end = nl > 0 && buf[nl - 1] === 13 ? nl - 1 : nl;
    const line = bytesToStr(buf, 0, end);
    this.pending = buf.subarray(nl + 1);
    return line;
  }

  private readFromMaster(bytes: Uint8Array): void {
    this.lastIo = this.now;
    // Bytes after the payload wait while it loads.
    if (this.held !== null) {
      this.held.push(bytes);
      return;
    }
    if (this.state === "connected") {
      this.applyStream(bytes);
      return;
    }
    if (this.pending.length === 0) this.pending = bytes;
    else {
      const joined = new Uint8Array(this.pending.length + bytes.length);
      joined.set(this.pending);
      joined.set(bytes, this.pending.length);
      this.pending = joined;
    }
    this.processPending();
  }

  /** Runs the handshake and the transfer on what was read, until more bytes are needed. */
  private processPending(): void {
    while (this.link !== null) {
      if (this.state === "handshake") {
        const line = this.readLine();
        if (line === null) return;
        if (!this.handshakeReply(line)) return;
      } else if (this.state === "transfer") {
        if (!this.readSyncBulkPayload()) return;
      } else return;
    }
  }

  /** One handshake reply; false when the handshake stopped (error, or waiting for the RDB). */
  private handshakeReply(line: string): boolean {
    const step = this.awaiting[0];
    // The master may send newlines before its PSYNC reply to keep the link alive.
    if (step === "psync" && line === "") return true;
    this.awaiting.shift();
    switch (step) {
      case "pong":
        if (
          line[0] !== "+" && !line.startsWith("-NOAUTH") && !line.startsWith("-NOPERM") &&
          !line.startsWith("-ERR operation not permitted")
        ) {
          this.log(`# Error reply to PING from master: '${line}'`);
          return this.handshakeFailed();
        }
        this.log("* Master replied to PING, replication can continue...");
        this.sendHandshake();
        return true;
      case "auth":
        if (line[0] === "-") {
          this.log(`# Unable to AUTH to MASTER: ${line}`);
          return this.handshakeFailed();
        }
        return true;
      case "port":
        if (line[0] === "-") this.log(`* (Non critical) Master does not understand REPLCONF listening-port: ${line}`);
        return true;
      case "ip":
        if (line[0] === "-") this.log(`* (Non critical) Master does not understand REPLCONF ip-address: ${line}`);
        return true;
      case "capa":
        if (line[0] === "-") this.log(`* (Non critical) Master does not understand REPLCONF capa: ${line}`);
        this.sendPsync();
        return true;
      case "psync":
        return this.psyncReply(line);
      default:
        return true;
    }
  }

  /** slaveTryPartialResynchronization's reading half. */
  private psyncReply(line: string): boolean {
    const rs = this.server.replication;
    if (line.startsWith("+FULLRESYNC")) {
      const parts = line.split(" ");
      if (parts.length < 3 || parts[1].length !== RUN_ID_SIZE) {
        this.log("# Master replied with wrong +FULLRESYNC syntax.");
        this.masterReplid = "";
      } else {
        this.masterReplid = parts[1];
        this.initialOffset = Number(parts[2]);
        this.log(`* Full resync from master: ${this.masterReplid}:${this.initialOffset}`);
      }
      // This history is no longer the master's: a later PSYNC cannot continue it.
      this.discardCachedMaster();
      this.state = "transfer";
      rs.failover?.psyncAnswered(true);
      this.transfer = this.newTransfer();
      return true;
    }
    if (line.startsWith("+CONTINUE")) {
      this.log("* Successful partial resynchronization with master.");
      const cached = this.cached!;
      const id = line.slice(10).trim();
      if (id.length === RUN_ID_SIZE && id !== cached.replid) {
        this.log(`# Master replication ID changed to ${id}`);
        rs.replid2 = cached.replid;
        rs.secondReplidOffset = rs.masterReplOffset + 1;
        rs.replid = id;
        cached.replid = id;
        rs.master?.disconnectReplicas();
      }
      this.resurrectCachedMaster();
      this.log("* MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization.");
      rs.failover?.psyncAnswered(true);
      return true;
    }
    if (line.startsWith("-NOMASTERLINK") || line.startsWith("-LOADING")) {
      this.log(`* Master is currently unable to PSYNC but should be in the future: ${line}`);
      return this.handshakeFailed();
    }
    if (!line.startsWith("-ERR")) this.log(`# Unexpected reply to PSYNC from master: ${line}`);
    else this.log(`* Master does not support PSYNC or is in error state (reply: ${line})`);
    if (rs.failover?.inProgress()) {
      // The target refused to take over: this server is a master again (abortFailover), the link gone.
      rs.failover.psyncAnswered(false);
      return false;
    }
    // PSYNC_NOT_SUPPORTED: the cached history is useless; SYNC asks for the whole dataset, which comes as a
    // bare payload (no +FULLRESYNC, so no replid or offset: master_initial_offset stays -1).
    this.discardCachedMaster();
    this.log("* Retrying with SYNC...");
    this.link!.write(strToBytes("SYNC\r\n"));
    this.initialOffset = -1;
    this.prePsync = true;
    this.state = "transfer";
    this.transfer = this.newTransfer();
    return true;
  }

  /** The handshake's `goto error`: the link closes and replicationCron connects again a second later. */
  private handshakeFailed(): boolean {
    this.dropLink();
    this.state = "connect";
    return false;
  }

  private dropLink(): void {
    this.stopLoad();
    if (this.transfer !== null) this.removeTempFile(this.transfer);
    const link = this.link;
    this.link = null;
    this.pending = new Uint8Array(0);
    this.awaiting = [];
    this.transfer = null;
    this.held = null;
    link?.abort();
  }

  private newTransfer(): Transfer {
    const diskless = this.useDisklessLoad();
    return { size: -1, eofMark: null, read: 0, diskless, tail: EMPTY, file: null, tmp: "", unsynced: 0, load: null };
  }

  /** useDisklessLoad: swapdb always, on-empty-db while there is no key. */
  private useDisklessLoad(): boolean {
    const mode = this.server.config.get("repl-diskless-load");
    if (mode === "swapdb") return true;
    return mode === "on-empty-db" && this.server.dbs.every((db) => db.size === 0);
  }

  // ---- the RDB payload ----

  /** readSyncBulkPayload: the `$` header, then the payload as it arrives; false while more bytes are needed. */
  private readSyncBulkPayload(): boolean {
    const t = this.transfer!;
    if (t.size === -1) {
      const line = this.readLine();
      if (line === null) return false;
      if (line[0] === "-") {
        this.log(`# MASTER aborted replication with an error: ${line.slice(1)}`);
        this.handshakeFailed();
        return false;
      }
      // A newline is the master's keepalive while it prepares the payload.
      if (line === "") return true;
      if (line[0] !== "$") {
        this.log(
          `# Bad protocol from MASTER, the first byte is not '$' (we received '${line}'), are you sure the host and port are right?`,
        );
        this.handshakeFailed();
        return false;
      }
      const to = t.diskless ? "to parser" : "to disk";
      if (line.startsWith("$EOF:") && line.length - 5 >= RUN_ID_SIZE) {
        t.eofMark = line.slice(5, 5 + RUN_ID_SIZE);
        t.size = 0;
        this.log(`* MASTER <-> REPLICA sync: receiving streamed RDB from master with EOF ${to}`);
      } else {
        t.size = Number.parseInt(line.slice(1), 10) || 0;
        this.log(`* MASTER <-> REPLICA sync: receiving ${t.size} bytes from master ${to}`);
      }
      return this.startReceiving(t);
    }
    const bytes = this.pending;
    this.pending = new Uint8Array(0);
    let part: Uint8Array;
    let rest: Uint8Array = EMPTY;
    let complete: boolean;
    if (t.eofMark !== null) {
      // The last RUN_ID_SIZE bytes received may be the mark: they are held back until more come.
      t.read += bytes.length;
      const all = t.tail.length === 0 ? bytes : concat([t.tail, bytes], t.tail.length + bytes.length);
      const cut = Math.max(0, all.length - RUN_ID_SIZE);
      part = all.subarray(0, cut);
      t.tail = all.slice(cut);
      complete = t.tail.length === RUN_ID_SIZE && bytesToStr(t.tail, 0, RUN_ID_SIZE) === t.eofMark;
    } else {
      const want = t.size - t.read;
      part = bytes.length <= want ? bytes : bytes.subarray(0, want);
      rest = bytes.subarray(part.length);
      t.read += part.length;
      complete = t.read >= t.size;
    }
    if (part.length > 0 && !this.payloadBytes(t, part)) return false;
    if (complete) this.transferComplete(t, rest);
    return false;
  }

  /**
   * The header came: a disk-backed transfer opens its temporary file (readSyncBulkPayload writes the payload
   * there as it arrives), a diskless one starts loading (Redis's rdbLoadRio on the socket). False when the
   * file cannot be created (the sync is cancelled, logged).
   */
  private startReceiving(t: Transfer): boolean {
    const files = persistenceOf(this.server).files;
    if (t.diskless || files === null) {
      // Without file access (an embedded server) a disk-backed payload is loaded as it arrives too.
      t.load = { queue: [], queued: 0, complete: false, starved: false, wake: null };
      this.beginLoad(t, new RdbDecoder(new Uint8Array(0), null), null);
      return this.transfer === t;
    }
    const dir = this.server.config.get("dir");
    t.tmp = joinPath(dir, `temp-${Math.floor(this.server.now() / 1000)}.${this.server.host.processId ?? 0}.rdb`);
    try {
      t.file = files.create(t.tmp);
    } catch (e) {
      this.log(`# Opening the temp file needed for MASTER <-> REPLICA synchronization: ${(e as Error).message}`);
      this.handshakeFailed();
      return false;
    }
    return true;
  }

  /** Payload bytes: to the temporary file (fsynced every REPL_MAX_WRITTEN_BEFORE_FSYNC), or to the loader. */
  private payloadBytes(t: Transfer, part: Uint8Array): boolean {
    const load = t.load;
    if (load !== null) {
      load.queue.push(part);
      load.queued += part.length;
      // Past the limit the socket is not read until the loader took the bytes (Redis reads only as it loads).
      if (load.queued >= STREAM_QUEUE_LIMIT) this.link?.pauseReading?.(true);
      if (load.starved) {
        load.starved = false;
        load.wake?.();
      }
      return true;
    }
    const files = persistenceOf(this.server).files!;
    try {
      files.write(t.file, part);
      t.unsynced += part.length;
      if (t.unsynced >= MAX_WRITTEN_BEFORE_FSYNC) {
        // rdb_fsync_range starts the write-back without waiting for it: off the event loop where the runtime
        // can (a failure shows at the final fsync).
        if (files.syncAsync !== undefined) files.syncAsync(t.file, () => {});
        else files.sync(t.file);
        t.unsynced = 0;
      }
      return true;
    } catch (e) {
      this.log(
        `# Write error or short write writing to the DB dump file needed for MASTER <-> REPLICA synchronization: ${
          (e as Error).message
        }`,
      );
      this.dropLink();
      this.state = "connect";
      return false;
    }
  }

  /** Closes and removes a disk-backed transfer's temporary file (a cancelled sync). */
  private removeTempFile(t: Transfer): void {
    const files = persistenceOf(this.server).files;
    if (t.file === null || files === null) return;
    try {
      files.close(t.file);
    } catch { /* already closed */ }
    t.file = null;
    try {
      files.remove(t.tmp);
    } catch { /* nothing to remove */ }
  }

  /**
   * The whole payload came. A diskless load finishes on what it has; a disk-backed one fsyncs and renames the
   * temporary file over `dbfilename`, then loads it, reading the file in chunks. `rest` (bytes after a `$<len>`
   * payload) waits for the load with the rest of the stream.
   */
  private transferComplete(t: Transfer, rest: Uint8Array): void {
    this.transfer = null;
    this.held = rest.length > 0 ? [rest] : [];
    const load = t.load;
    if (load !== null) {
      load.complete = true;
      load.starved = false;
      load.wake?.();
      return;
    }
    const files = persistenceOf(this.server).files!;
    const dest = persistenceOf(this.server).rdbPath();
    try {
      files.sync(t.file);
      files.close(t.file);
      t.file = null;
    } catch (e) {
      this.log(
        `# Write error or short write writing to the DB dump file needed for MASTER <-> REPLICA synchronization: ${
          (e as Error).message
        }`,
      );
      this.removeTempFile(t);
      this.dropLink();
      this.state = "connect";
      return;
    }
    try {
      files.rename(t.tmp, dest);
    } catch (e) {
      this.log(
        `# Failed trying to rename the temp DB into ${
          this.server.config.get("dbfilename")
        } in MASTER <-> REPLICA synchronization: ${(e as Error).message}`,
      );
      try {
        files.remove(t.tmp);
      } catch { /* nothing to remove */ }
      this.dropLink();
      this.state = "connect";
      return;
    }
    try {
      const slash = dest.lastIndexOf("/");
      files.syncDir(slash > 0 ? dest.slice(0, slash) : ".");
    } catch { /* the rename is what matters */ }
    let handle: unknown;
    try {
      handle = files.openRead(dest);
      if (handle === null) throw new Error("No such file or directory");
    } catch (e) {
      this.log(`# Failed trying to load the MASTER synchronization DB from disk: ${(e as Error).message}`);
      this.dropLink();
      this.state = "connect";
      return;
    }
    const chunk = new Uint8Array(FILE_READ_CHUNK);
    const source = () => {
      const n = files.read(handle, chunk);
      return n === 0 ? null : chunk.slice(0, n);
    };
    this.beginLoad(t, new RdbDecoder(new Uint8Array(0), source), () => {
      try {
        files.close(handle);
      } catch { /* already closed */ }
    });
  }

  /**
   * Starts loading the payload in slices, clients getting -LOADING meanwhile (or, for an async swapdb load,
   * served from the old data): flush first (or set the old data aside for swapdb), then the master client takes
   * over the link with the bytes held meanwhile as its first input. A streamed load (`t.load`) reads what
   * arrived so far and waits for more when a record is cut short; `closeFile` ends a load from the file.
   */
  private beginLoad(t: Transfer, dec: RdbDecoder, closeFile: (() => void) | null): void {
    const server = this.server;
    const rs = server.replication;
    const stream = t.load;
    const usemark = t.eofMark !== null;
    const p = persistenceOf(server);
    // A save or rewrite of the old data must not run across the flush and the load (Redis kills its child).
    p.killBgsave();
    if (p.aof?.rewriting()) p.aof.finishRewriteNow();
    const swapdb = t.diskless && server.config.get("repl-diskless-load") === "swapdb";
    // disklessLoadInitTempDb: a swapdb load fills these, the current data stays where it is until the swap.
    const temp = swapdb ? server.dbs.map((db) => new Db(db.id)) : null;
    const tempLibs = swapdb ? new LibraryCtx() : null;
    if (!swapdb) {
      this.attachToNewMaster();
      this.log("* MASTER <-> REPLICA sync: Flushing old data");
      this.emptyData();
    }
    this.log("* MASTER <-> REPLICA sync: Loading DB in memory");
    const loader = new RdbLoader(p, dec, false, temp ?? undefined, tempLibs ?? undefined);
    // Async loading only when the master's history is the one the old data belongs to (same replid).
    const asyncLoading = swapdb && rs.replid === this.masterReplid;
    p.loading = {
      startedAt: server.now(),
      totalBytes: Math.max(0, t.size),
      loader,
      usedMem: 0,
      async: asyncLoading,
    };
    const discardTemp = () => {
      if (temp !== null) this.log("* MASTER <-> REPLICA sync: Discarding temporary DB in background");
    };
    const ended = () => {
      p.loading = null;
      this.abortLoad = null;
      closeFile?.();
      if (stream !== null) this.link?.pauseReading?.(false);
    };
    const failed = (e: unknown) => {
      ended();
      const why = e instanceof RdbFormatError ? e.message : (e as Error).message;
      this.log(
        `# Failed trying to load the MASTER synchronization DB from ${stream !== null ? "socket" : "disk"}: ${why}`,
      );
      this.held = null;
      if (temp !== null) discardTemp();
      else this.emptyData();
      this.dropLink();
      this.state = "connect";
      this.log(`* Reconnecting to MASTER ${rs.masterHost}:${rs.masterPort} after failure`);
      this.connectWithMaster();
    };
    let headerRead = false;
    /** Where the next bytes of a streamed load go: after the last record read whole. */
    let resumeAt = 0;
    const slice = () => {
      this.loadTimer = null;
      if (this.link === null) {
        // A dropped link while loading from the file: what was loaded stays, as rdbLoad would finish.
        ended();
        discardTemp();
        return;
      }
      if (stream !== null && stream.queued > 0) {
        const more = stream.queue.length === 1 ? stream.queue[0] : concat(stream.queue, stream.queued);
        stream.queue = [];
        stream.queued = 0;
        dec.resume(resumeAt, more);
        this.link.pauseReading?.(false);
      }
      let done: boolean;
      try {
        if (!headerRead) {
          loader.header();
          headerRead = true;
        }
        done = loader.step(server.host.monotonic() + LOAD_SLICE_MS);
        resumeAt = dec.offset;
      } catch (e) {
        if (stream !== null && !stream.complete && e instanceof RdbFormatError && e.message === SHORT_READ) {
          // The bytes ran out inside a record: read it again from its start once more arrived.
          resumeAt = headerRead ? loader.recordAt : 0;
          stream.starved = true;
          return;
        }
        failed(e);
        return;
      }
      if (!done) {
        this.loadTimer = server.host.setTimer(1, slice);
        return;
      }
      if (stream !== null && !stream.complete) {
        // The payload ended before its EOF mark: wait for the mark.
        stream.starved = true;
        stream.wake = () => {
          if (stream.complete) finish();
        };
        return;
      }
      finish();
    };
    const finish = () => {
      ended();
      p.lastLoadKeysLoaded = loader.keysLoaded;
      p.lastLoadKeysExpired = loader.keysExpired;
      this.log(`* Done loading RDB, keys loaded: ${loader.keysLoaded}, keys expired: ${loader.keysExpired}.`);
      if (temp !== null) {
        this.attachToNewMaster();
        this.log("* MASTER <-> REPLICA sync: Swapping active DB with loaded DB");
        this.swapMainDbWithTempDb(temp, tempLibs!);
        this.log("* MASTER <-> REPLICA sync: Discarding old DB in background");
      }
      server.dirty++;
      // restartAOFAfterSYNC: the AOF starts again from the loaded data (its old content is another history).
      if (p.aof !== null && p.aof.state !== "off") p.aof.startRewrite();
      const streamDb = Number(loader.aux.get("repl-stream-db") ?? "-1");
      this.createMasterClient(this.masterReplid, this.initialOffset, streamDb);
      rs.replid = this.masterReplid;
      rs.masterReplOffset = this.initialOffset;
      rs.clearReplicationId2();
      // A replica keeps a backlog whether or not it has replicas, to serve them after a promotion.
      rs.master?.createBacklog?.();
      this.log("* MASTER <-> REPLICA sync: Finished with success");
      // The initial ACK puts this replica online on a diskless master (sent even to a SYNC master, as Redis).
      this.sendAck(usemark);
      this.releaseHeld();
    };
    if (stream !== null) {
      stream.wake = () => {
        if (this.loadTimer === null) this.loadTimer = server.host.setTimer(1, slice);
      };
    }
    this.abortLoad = () => {
      ended();
      this.held = null;
      if (temp !== null) discardTemp();
      else if (stream !== null) {
        // A streamed load cut short leaves part of the data: Redis empties the databases then.
        this.log("# Failed trying to load the MASTER synchronization DB from socket, check server logs.");
        this.emptyData();
      }
    };
    this.loadTimer = server.host.setTimer(1, slice);
  }

  /** Cancels the load in progress, if any (REPLICAOF, a timeout, shutdown). */
  private stopLoad(): void {
    this.loadTimer?.cancel();
    this.loadTimer = null;
    const abort = this.abortLoad;
    this.abortLoad = null;
    abort?.();
  }

  /**
   * swapMainDbWithTempDb and functionsLibCtxSwapWithCurrent: the loaded databases and libraries become the
   * current ones. WATCHes are touched and tracking invalidated as for a flush; clients blocked on keys that now
   * hold data are served.
   */
  private swapMainDbWithTempDb(temp: Db[], libs: LibraryCtx): void {
    const server = this.server;
    const marks = stringMarks(server);
    server.dbs.forEach((db, i) => {
      marks.detach(db);
      db.swapWith(temp[i]);
    });
    functionsOf(server).current = libs;
    server.signalModifiedKey(null, null);
    if (server.blocking.blockedClients > 0) {
      for (const cl of server.clients.values()) {
        const st = cl.blocked;
        if (st === null) continue;
        for (const key of st.keys) if (st.db.peek(key) !== undefined) server.signalKeyAsReady(st.db, key);
      }
    }
  }

  /** replicationAttachToNewMaster: sub-replicas must resync with the new history, the backlog goes. */
  private attachToNewMaster(): void {
    this.discardCachedMaster();
    const master = this.server.replication.master;
    master?.disconnectReplicas();
    master?.freeBacklog?.();
  }

  /** emptyData(-1): every database and the function libraries. */
  private emptyData(): void {
    const server = this.server;
    for (const db of server.dbs) db.flush();
    functionsOf(server).current.clear();
    server.signalModifiedKey(null, null);
  }

  // ---- the master client ----

  /** replicationCreateMasterClient: the client that applies the stream, at `reploff`, in database `dbid`. */
  private createMasterClient(replid: string, reploff: number, dbid: number): void {
    const server = this.server;
    const link = this.link!;
    let self: Client | null = null;
    const c = server.createClient({
      // A master is never answered (only REPLCONF ACK, written to the link directly).
      write: () => {},
      close: () => link.close(),
      // CLIENT KILL, a timeout: freeClient on the master caches its state at once.
      abort: () => self !== null ? this.masterClientRemoved(self) : link.abort(),
      bufferedBytes: () => 0,
      get remoteAddress() {
        return link.remoteAddress;
      },
      get localAddress() {
        return link.localAddress;
      },
      fd: link.fd,
    });
    self = c;
    c.flags |= CLIENT_MASTER;
    // The master authenticated this stream: it runs as the default user, whatever requirepass says.
    c.authenticated = true;
    c.user = server.acl.defaultUser;
    if (dbid >= 0 && dbid < server.dbs.length) c.db = server.dbs[dbid];
    this.master = c;
    this.reploff = reploff;
    this.readReploff = reploff;
    this.unapplied = [];
    this.masterReplid = replid;
    this.state = "connected";
    this.downSince = 0;
    this.lastIo = this.now;
  }

  /** replicationResurrectCachedMaster: the cached position continues on the new link. */
  private resurrectCachedMaster(): void {
    const cached = this.cached!;
    this.cached = null;
    this.createMasterClient(cached.replid, cached.reploff, -1);
    this.held = null;
    const rest = this.pending;
    this.pending = new Uint8Array(0);
    if (rest.length > 0) this.applyStream(rest);
  }

  private releaseHeld(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const b of held) {
      if (this.master === null) break;
      this.applyStream(b);
    }
  }

  /**
   * The stream from the master, applied command by command. The offset moves by whole commands only (and
   * by a whole transaction at EXEC), and exactly those bytes go on to sub-replicas, as commandProcessed does.
   */
  private applyStream(bytes: Uint8Array): void {
    const c = this.master!;
    const server = this.server;
    const rs = server.replication;
    c.parser.feed(bytes);
    this.readReploff += bytes.length;
    const feed = rs.master;
    if (feed !== null) this.unapplied.push(bytes);
    c.lastInteraction = this.now;
    server.time = this.now;
    server.clockMark = server.host.monotonic();
    while (!c.closing && this.master === c) {
      const argv = c.parser.next();
      if (argv === null) {
        if (c.parser.error !== null) {
          this.log(`# Protocol error (${c.parser.error}) from master: dropping the link`);
          c.kill();
        }
        break;
      }
      if (isGetack(argv)) this.sendAck();
      else if (argv[0].toLowerCase() !== "replconf") {
        server.currentClient = c;
        c.execute(argv);
      }
      c.reply.take();
      if (c.multi === null) {
        const applied = this.readReploff - c.parser.pendingBytes() - this.reploff;
        if (applied > 0) {
          this.reploff += applied;
          if (feed !== null) feed.feedFromMasterStream(this.takeUnapplied(applied));
          else rs.masterReplOffset += applied;
        }
      }
    }
    server.flushPending();
  }

  /** The first `n` received bytes not yet passed on. */
  private takeUnapplied(n: number): Uint8Array {
    const q = this.unapplied;
    if (q.length > 0 && q[0].length === n) return q.shift()!;
    const out = new Uint8Array(n);
    let at = 0;
    while (at < n) {
      const head = q[0];
      const take = Math.min(head.length, n - at);
      out.set(head.subarray(0, take), at);
      at += take;
      if (take === head.length) q.shift();
      else q[0] = head.subarray(take);
    }
    return out;
  }

  /** replicationSendAck: REPLCONF ACK <applied offset>, the one thing a master is told. */
  private sendAck(initial = false): void {
    if (this.master === null || this.link === null || (this.prePsync && !initial)) return;
    const off = String(this.reploff);
    this.link.write(strToBytes(`*3\r\n$8\r\nREPLCONF\r\n$3\r\nACK\r\n$${off.length}\r\n${off}\r\n`));
  }

  /**
   * freeClient on the master client (CLIENT KILL TYPE master, a timeout, a closed link): its position is
   * cached for PSYNC and, still a replica, it connects again at once (replicationHandleMasterDisconnection).
   */
  private freeMaster(why: "lost"): void {
    void why;
    const c = this.master!;
    this.log("* Connection with master lost.");
    this.log("* Caching the disconnected master state.");
    this.cached = { replid: this.masterReplid, reploff: this.reploff };
    this.master = null;
    this.unapplied = [];
    c.discardTransaction();
    if (!c.closed) {
      c.closing = true;
      c.disconnected();
    }
    const link = this.link;
    this.link = null;
    link?.abort();
    this.state = "connect";
    this.downSince = this.now;
    const rs = this.server.replication;
    if (rs.masterHost !== null) {
      this.log(`* Reconnecting to MASTER ${rs.masterHost}:${rs.masterPort}`);
      this.connectWithMaster();
    }
  }

  /** The master client was freed by the server (CLIENT KILL): the same as a lost link. */
  masterClientRemoved(c: Client): void {
    if (this.master === c) this.freeMaster("lost");
  }

  /** The link ended by itself. */
  private linkClosed(error?: string): void {
    if (this.master !== null) {
      this.freeMaster("lost");
      return;
    }
    const failedConnect = this.state === "connecting";
    this.link = null;
    if (failedConnect) this.log(`# Error condition on socket for SYNC: ${error ?? "Connection refused"}`);
    else if (this.state === "transfer") {
      this.log(`# I/O error trying to sync with MASTER: ${error ?? "connection lost"}`);
    } else if (this.state === "handshake") this.log("# Master did not respond to command during SYNC handshake");
    this.dropLink();
    if (this.server.replication.masterHost !== null) this.state = "connect";
  }

  /** replicationDiscardCachedMaster. */
  private discardCachedMaster(): void {
    if (this.cached === null) return;
    this.log("* Discarding previously cached master state.");
    this.cached = null;
  }

  /** cancelReplicationHandshake(0): stops a connect, handshake or transfer in progress. */
  private cancelHandshake(): void {
    if (this.state === "connecting" || this.state === "handshake" || this.state === "transfer") {
      this.stopLoad();
      this.dropLink();
      this.state = "connect";
    }
  }

  // ---- replicationCron's replica part ----

  cron(): void {
    const rs = this.server.replication;
    const now = this.now;
    if (rs.masterHost === null || now - this.lastCron < 1000) return;
    this.lastCron = now;
    const timeout = this.server.config.getNumber("repl-timeout") * 1000;
    if ((this.state === "connecting" || this.state === "handshake") && now - this.lastIo > timeout) {
      this.log("# Timeout connecting to the MASTER...");
      this.cancelHandshake();
    }
    if (this.state === "transfer" && this.held === null && now - this.lastIo > timeout) {
      this.log(
        "# Timeout receiving bulk data from MASTER... If the problem persists try to set the 'repl-timeout' parameter in redis.conf to a larger value.",
      );
      this.cancelHandshake();
    }
    if (this.master !== null && this.held === null && now - this.lastIo > timeout) {
      this.log("# MASTER timeout: no data nor PING received...");
      this.master.kill();
    }
    if (this.state === "connect") {
      this.log(`* Connecting to MASTER ${rs.masterHost}:${rs.masterPort}`);
      this.connectWithMaster();
    }
    if (this.master !== null && this.held === null) this.sendAck();
  }

  // ---- what other clients see ----

  /**
   * processCommand's replica checks: writes refused while replica-read-only (the master's own stream
   * excepted), and every command without the stale flag while the link is down and
   * replica-serve-stale-data is off.
   */
  gateCommand(c: Client, cmd: Command): string | null {
    if ((c.flags & CLIENT_MASTER) !== 0) return null;
    const config = this.server.config;
    if (cmd.write && config.get("replica-read-only") === "yes") return ERR_READONLY_REPLICA;
    if (this.state !== "connected" && !cmd.stale && config.get("replica-serve-stale-data") === "no") {
      return ERR_MASTERDOWN;
    }
    return null;
  }

  /** Whether `c` is the master client applying the stream (expired keys stay for it: the master deletes). */
  isMasterClient(c: Client | null): boolean {
    return c !== null && c === this.master;
  }

  infoLines(): string[] {
    const rs = this.server.replication;
    const config = this.server.config;
    const now = this.now;
    const pos = this.master !== null
      ? { applied: this.reploff, read: this.readReploff }
      : this.cached !== null
      ? { applied: this.cached.reploff, read: this.cached.reploff }
      : { applied: 1, read: 1 };
    const lines = [
      `master_host:${rs.masterHost}`,
      `master_port:${rs.masterPort}`,
      `master_link_status:${this.state === "connected" ? "up" : "down"}`,
      `master_last_io_seconds_ago:${
        this.master !== null ? Math.floor((now - this.master.lastInteraction) / 1000) : -1
      }`,
      `master_sync_in_progress:${this.state === "transfer" ? 1 : 0}`,
      `slave_read_repl_offset:${pos.read}`,
      `slave_repl_offset:${pos.applied}`,
    ];
    const t = this.transfer;
    if (this.state === "transfer") {
      const size = t !== null && t.size > 0 ? t.size : 0;
      const read = t?.read ?? 0;
      lines.push(
        `master_sync_total_bytes:${t?.size ?? -1}`,
        `master_sync_read_bytes:${read}`,
        `master_sync_left_bytes:${(t?.size ?? -1) - read}`,
        `master_sync_perc:${(size > 0 ? (read / size) * 100 : 0).toFixed(2)}`,
        `master_sync_last_io_seconds_ago:${Math.floor((now - this.lastIo) / 1000)}`,
      );
    }
    if (this.state !== "connected") {
      lines.push(
        `master_link_down_since_seconds:${this.downSince !== 0 ? Math.floor((now - this.downSince) / 1000) : -1}`,
      );
    }
    const flag = (name: string) => config.get(name) === "yes" ? 1 : 0;
    lines.push(
      `slave_priority:${config.get("replica-priority")}`,
      `slave_read_only:${flag("replica-read-only")}`,
      `replica_announced:${flag("replica-announced")}`,
    );
    return lines;
  }

  role(): { host: string; port: number; state: string; offset: number } {
    const rs = this.server.replication;
    const state = this.state === "transfer" ? "sync" : this.state;
    return {
      host: rs.masterHost ?? "",
      port: rs.masterPort,
      state,
      offset: this.master !== null ? this.reploff : -1,
    };
  }
}

function isGetack(argv: string[]): boolean {
  return argv.length >= 2 && argv[0].toLowerCase() === "replconf" && argv[1].toLowerCase() === "getack";
}

/** The replica side of a server, created on first use and installed as `server.replication.replica`. */
export function replicaOf(server: Server): ReplicaLink {
  const r = server.replication.replica;
  if (r instanceof ReplicaLink) return r;
  const link = new ReplicaLink(server);
  server.replication.replica = link;
  return link;
}
