/**
 * Snapshots: SAVE, BGSAVE without fork, save points, loading at startup, and the state INFO persistence shows.
 *
 * BGSAVE without fork. Redis forks and lets the kernel's copy-on-write keep the child's view frozen. Here the
 * snapshot is written by the server process itself, in slices of a few milliseconds between network events,
 * and the point-in-time view is kept by copy-on-write at the level of keys:
 *
 *  - When the save starts, each non-empty database's slot count is noted (`end`). Slots never move while
 *    their key lives (keyspace/dict.ts), so "the key in slot s" is a stable name for a snapshot entry, and a
 *    sweep walks slots 0..end-1 in order, writing each key as it finds it.
 *  - Before any command that is not read-only runs (Persistence.beforeCommand, called by the server before the
 *    handler), every argument that names a key in a slot the sweep has not reached yet gets its record
 *    serialised right then, from the still untouched value, and parked by slot. The sweep writes the parked bytes in place of
 *    the live key. EXEC is handled by looking at every queued command, EVAL/FCALL by their declared keys.
 *    (Checking every argument, not only key positions, over-approximates cheaply and needs no key specs.)
 *  - An argument that names no key at that moment may be created by the command: after the command, if it
 *    now lives in an unswept slot, that slot is marked "born" and the sweep skips it, so keys created after
 *    the start never enter the file (also when they reuse a freed slot).
 *  - Keys deleted by expiry during the save are simply not written: their deadline has passed, so a loader
 *    would drop them anyway. Commands that change keys without naming them (the command table's
 *    `touchesAllKeys`: FLUSHALL, FLUSHDB, SWAPDB) first finish the running save synchronously.
 *  - A client blocked in BLMOVE/BRPOPLPUSH writes its destination (its block's `target`) when another
 *    client's push serves it, with no command naming that key: while such clients wait, their destinations
 *    are preserved before any write.
 *  - Known gap: a script touching keys it did not declare may have them written post-change.
 *
 * The cost is paid only while a save runs and only by writes: one Map lookup per argument, plus serialising a
 * value that is about to change (O(size of that value), the price Redis pays in copied pages).
 */
import type { PersistenceLink, Server } from "../server.ts";
import { ERR_LOADING, ERR_MISCONF, errAofMisconf } from "../errors.ts";
import type { Client } from "../client.ts";
import { isMultiControl } from "../client.ts";
import type { Command } from "../commands/table.ts";
import type { Db } from "../keyspace/db.ts";
import type { Value } from "../keyspace/types.ts";
import type { FileStore } from "./fs.ts";
import { joinPath } from "./fs.ts";
import { functionsOf, libraryCodes } from "../scripting/functions.ts";
import type { LibraryCtx } from "../scripting/functions.ts";
import {
  printable,
  RDB_OPCODE_AUX,
  RDB_OPCODE_EOF,
  RDB_OPCODE_EXPIRETIME,
  RDB_OPCODE_EXPIRETIME_MS,
  RDB_OPCODE_FREQ,
  RDB_OPCODE_FUNCTION,
  RDB_OPCODE_FUNCTION2,
  RDB_OPCODE_IDLE,
  RDB_OPCODE_MODULE_AUX,
  RDB_OPCODE_RESIZEDB,
  RDB_OPCODE_SELECTDB,
  RDB_VERSION,
  RdbDecoder,
  RdbEncoder,
  RdbFormatError,
  readFunctionRecord,
  readValue,
  writeFunctions,
  writeHeader,
  writeKeyRecord,
  writeSelectDb,
  writeTrailer,
} from "./rdb.ts";

/** What the shim gives persistence: file access (null = persistence off) and a way to exit. */
export interface PersistenceIO {
  files: FileStore | null;
  /** Ends the process (SHUTDOWN, signals). */
  exit(code: number): void;
  /** Why files is null, for the startup log. */
  offReason?: string;
}

/** How long one BGSAVE or loading slice may run before yielding to the event loop. */
const SLICE_MS = 4;
/**
 * A background save's slice grows (doubling) up to this while no client command ran between slices, and
 * drops back to SLICE_MS at the first one: an idle server spends little of the save in the gaps between
 * slices (each at least a 1 ms timer), a busy one keeps its latency.
 */
const IDLE_SLICE_MS = 16;
/** Redis's CONFIG_BGSAVE_RETRY_DELAY: wait this long after a failed background save before a save point retries. */
const BGSAVE_RETRY_DELAY_MS = 5000;
/** Bytes a background save may have queued for the disk before it waits for them. */
const MAX_IN_FLIGHT = 16 * 1024 * 1024;

/** The sweep over one database. */
interface DbSweep {
  db: Db;
  /** Slots at the start; slots at or past this were filled later. */
  end: number;
  /** Next slot to write. */
  cursor: number;
  /** Records serialised before a write touched them, by slot. */
  preserved: Map<number, Uint8Array>;
  /** Slots whose current key was created after the start (lazily allocated). */
  born: Uint8Array | null;
  size: number;
  expires: number;
  started: boolean;
}

/** Writes one snapshot file, in slices or all at once. */
export class SnapshotWriter {
  private p: Persistence;
  readonly tmpPath: string;
  readonly path: string;
  private files: FileStore;
  private handle: unknown;
  private enc: RdbEncoder;
  readonly sweeps: DbSweep[] = [];
  private di = 0;
  keysTotal = 0;
  keysDone = 0;
  readonly dirtyAtStart: number;
  readonly startedAt: number;
  private saveIdle: boolean;
  /** Every record and the trailer are written (what remains is fsync and rename). */
  private finished = false;
  /** commitAsync has begun: the file's content is final and its finishing step runs once, whoever asks again. */
  committing = false;
  /** Written to replicas' sockets (diskless replication) rather than to a file: no save is recorded. */
  socketTarget = false;

  /** Background saves hand chunks to the host's asynchronous writes, so a slow disk never blocks clients. */
  private background: boolean;
  private offset = 0;
  private inFlight = 0;
  private writeError: Error | null = null;
  private onDrain: (() => void) | null = null;

  constructor(p: Persistence, files: FileStore, path: string, tmpPath: string, aofBase = false, background = false) {
    this.p = p;
    this.files = files;
    this.path = path;
    this.tmpPath = tmpPath;
    this.background = background && files.writeAsync !== undefined;
    const server = p.server;
    this.dirtyAtStart = server.dirty;
    this.startedAt = server.now();
    this.saveIdle = /lru$/.test(server.config.get("maxmemory-policy"));
    this.handle = files.create(tmpPath);
    this.enc = new RdbEncoder(
      server.config.get("rdbcompression") === "yes",
      (chunk) => this.put(chunk),
      server.config.get("rdbchecksum") === "yes",
    );
    writeHeader(this.enc, server.now(), server.host.memory?.().heapUsed ?? 0, aofBase);
    // The function libraries come before the databases (rdbSaveRio); they are small and written whole here.
    writeFunctions(this.enc, libraryCodes(server));
    for (const db of server.dbs) {
      if (db.size === 0) continue;
      this.keysTotal += db.size;
      this.sweeps.push({
        db,
        end: db.keys.length,
        cursor: 0,
        preserved: new Map(),
        born: null,
        size: db.size,
        expires: db.expiresCount,
        started: false,
      });
    }
  }

  /** Writes a chunk: synchronously, or (background) a copy queued at its file offset. */
  private put(chunk: Uint8Array): void {
    if (!this.background) {
      this.files.write(this.handle, chunk);
      return;
    }
    const copy = chunk.slice();
    const at = this.offset;
    this.offset += copy.length;
    this.inFlight += copy.length;
    this.files.writeAsync!(this.handle, copy, at, (err) => {
      this.inFlight -= copy.length;
      if (err && this.writeError === null) this.writeError = err;
      if (this.inFlight === 0 && this.onDrain !== null) {
        const f = this.onDrain;
        this.onDrain = null;
        f();
      }
    });
  }

  /** The record of the key in `slot`: its TTL and idle time read by slot, not looked up by name again. */
  private writeRecord(db: Db, slot: number, key: string, v: Value): void {
    const at = db.expireAtSlot(slot);
    writeKeyRecord(this.enc, key, v, at === 0 ? -1 : at, this.saveIdle ? db.idleAt(slot) : -1, this.p.server.config);
  }

  /** Writes records until `deadline` (host monotonic ms) passes; true once the file is complete and in place. */
  step(deadline: number): boolean {
    if (this.finished) return true;
    if (this.writeError !== null) throw this.writeError;
    // Backpressure: let the disk catch up rather than queue the whole dataset in memory.
    if (deadline !== Infinity && this.inFlight > MAX_IN_FLIGHT) return false;
    const host = this.p.server.host;
    let n = 0;
    while (this.di < this.sweeps.length) {
      const st = this.sweeps[this.di];
      if (!st.started) {
        writeSelectDb(this.enc, st.db.id, st.size, st.expires);
        st.started = true;
      }
      const keys = st.db.keys;
      const vals = st.db.vals;
      while (st.cursor < st.end) {
        const s = st.cursor++;
        const pre = st.preserved.get(s);
        if (pre !== undefined) {
          this.enc.raw(pre);
          st.preserved.delete(s);
          this.keysDone++;
        } else {
          const key = keys[s];
          if (key !== undefined && (st.born === null || st.born[s] === 0)) {
            this.writeRecord(st.db, s, key, vals[s]!);
            this.keysDone++;
          }
        }
        this.enc.maybeFlush();
        n++;
        if (
          deadline !== Infinity &&
          (n >= this.p.sliceLimit || ((n & 63) === 0 && (host.monotonic() > deadline || this.inFlight > MAX_IN_FLIGHT)))
        ) return false;
      }
      this.di++;
    }
    writeTrailer(this.enc);
    this.finished = true;
    return true;
  }

  /** After the last step: flush to disk, then put the file in place (the previous snapshot stays until the rename). */
  commit(): void {
    this.files.sync(this.handle);
    this.install();
  }

  /**
   * The same without blocking the event loop on fsync when the host can sync in the background (a snapshot
   * of a large dataset can take a long fsync); `done` gets the error, if any.
   */
  commitAsync(done: (err: Error | null) => void): void {
    if (this.committing) return;
    this.committing = true;
    this.finishCommit(done);
  }

  private finishCommit(done: (err: Error | null) => void): void {
    const files = this.files;
    if (this.inFlight > 0) {
      this.onDrain = () => this.finishCommit(done);
      return;
    }
    if (this.writeError !== null) return done(this.writeError);
    if (!files.syncAsync) {
      try {
        this.commit();
      } catch (e) {
        return done(e as Error);
      }
      return done(null);
    }
    files.syncAsync(this.handle, (err) => {
      if (err) return done(err);
      this.install(done);
    });
  }

  /** close, rename over the previous snapshot, fsync the directory. */
  private install(done?: (err: Error | null) => void): void {
    const files = this.files;
    const finish = () => {
      const slash = this.path.lastIndexOf("/");
      files.syncDir(slash > 0 ? this.path.slice(0, slash) : ".");
    };
    files.close(this.handle);
    this.handle = null;
    if (done === undefined) {
      files.rename(this.tmpPath, this.path);
      finish();
      return;
    }
    try {
      if (!files.renameAsync) {
        files.rename(this.tmpPath, this.path);
        finish();
        return done(null);
      }
    } catch (e) {
      return done(e as Error);
    }
    files.renameAsync(this.tmpPath, this.path, (err) => {
      if (err) return done(err);
      try {
        finish();
      } catch { /* the rename is what matters */ }
      done(null);
    });
  }

  /** Bytes written so far. */
  get written(): number {
    return this.enc.written;
  }

  /** Gives up: closes and removes the temporary file. */
  abort(): void {
    const handle = this.handle;
    this.handle = null;
    const close = () => {
      try {
        if (handle !== null) this.files.close(handle);
      } catch { /* already closed */ }
    };
    // Writes still queued hold the descriptor: closing it now could let a new file reuse the number and
    // receive them. Close once they are done.
    if (this.inFlight > 0) this.onDrain = close;
    else close();
    try {
      this.files.remove(this.tmpPath);
    } catch { /* nothing to remove */ }
  }

  // ---- copy-on-write (only while this writer is the running BGSAVE) ----

  /** Called before a non-read-only command: parks the records of unswept keys it names. */
  beforeWrite(argv: readonly string[], pendingAbsent: string[]): void {
    for (let d = this.di; d < this.sweeps.length; d++) {
      const st = this.sweeps[d];
      const db = st.db;
      for (let i = 1; i < argv.length; i++) {
        const slot = db.slotOf(argv[i]);
        if (slot === undefined) {
          pendingAbsent.push(argv[i]);
          continue;
        }
        if (slot < st.cursor || slot >= st.end || st.preserved.has(slot)) continue;
        if (st.born !== null && st.born[slot] !== 0) continue;
        st.preserved.set(slot, this.serialiseRecord(db, argv[i], db.vals[slot]!));
      }
    }
  }

  /** Called after the command: names that were absent and now live in unswept slots were born after the start. */
  afterWrite(names: readonly string[]): void {
    for (let d = this.di; d < this.sweeps.length; d++) {
      const st = this.sweeps[d];
      for (const name of names) {
        const slot = st.db.slotOf(name);
        if (slot === undefined || slot < st.cursor || slot >= st.end || st.preserved.has(slot)) continue;
        if (st.born === null) st.born = new Uint8Array(st.end);
        st.born[slot] = 1;
      }
    }
  }

  private serialiseRecord(db: Db, key: string, v: Value): Uint8Array {
    const enc = new RdbEncoder(this.enc.compress, null, false);
    const at = db.getExpire(key) ?? -1;
    writeKeyRecord(enc, key, v, at, this.saveIdle ? db.idleSeconds(key) : -1, this.p.server.config);
    return enc.result().slice();
  }
}

/** Reads an RDB stream into the server's databases, record by record, resumable between records. */
export class RdbLoader {
  private p: Persistence;
  readonly dec: RdbDecoder;
  version = 0;
  keysLoaded = 0;
  keysExpired = 0;
  private db: Db;
  private expireAt = -1;
  private idle = -1;
  /** Whether the CRC check and EOF were reached. */
  done = false;
  /** Stream offset of the record being read: where a replica's streamed load resumes when the bytes ran out. */
  recordAt = 0;
  /** AUX fields seen (redis-ver, ctime, used-mem, aof-base ...). */
  readonly aux = new Map<string, string>();
  /** Keys already expired are skipped, as a master does; AOF preambles keep them (the AOF tail may touch them). */
  private skipExpired: boolean;
  /** The databases and libraries loaded into: the server's, or a swapdb load's temporary ones (rdbLoadingCtx). */
  private dbs: readonly Db[];
  private libs: LibraryCtx | null;
  /**
   * key-load-delay owed and not yet waited, in microseconds. Redis sleeps after each key (debugDelay); here the
   * delay counts against the slice's time budget and the caller waits it out with a timer (pauseMs), so the
   * event loop stays free meanwhile.
   */
  private owedDelayUs = 0;
  /** Keys since the last 1 us of a negative key-load-delay (1 us once every -N keys). */
  private delayTick = 0;

  constructor(p: Persistence, dec: RdbDecoder, skipExpired = true, dbs?: readonly Db[], libs?: LibraryCtx) {
    this.p = p;
    this.dec = dec;
    this.dbs = dbs ?? p.server.dbs;
    this.libs = libs ?? null;
    this.db = this.dbs[0];
    this.skipExpired = skipExpired;
  }

  /** Checks the magic and version; throws RdbFormatError. */
  header(): void {
    const dec = this.dec;
    dec.startCrc();
    dec.need(9);
    let magic = "";
    for (let i = 0; i < 5; i++) magic += String.fromCharCode(dec.buf[dec.pos + i]);
    if (magic !== "REDIS") throw new RdbFormatError("Wrong signature trying to load DB from file");
    let ver = "";
    for (let i = 5; i < 9; i++) ver += String.fromCharCode(dec.buf[dec.pos + i]);
    dec.pos += 9;
    const v = /^\d{4}$/.test(ver) ? Number(ver) : NaN;
    if (!(v >= 1 && v <= RDB_VERSION)) {
      throw new RdbFormatError(`Can't handle RDB format version ${ver.replace(/[^\x20-\x7e]/g, "?")}`);
    }
    this.version = v;
  }

  /** Loads records until `deadline` passes; true at EOF (checksum verified). */
  step(deadline: number): boolean {
    const dec = this.dec;
    const server = this.p.server;
    const config = server.config;
    const host = server.host;
    const now = server.now();
    const delayUs = config.getNumber("key-load-delay");
    // loading-process-events-interval-bytes: a slice also ends when the payload read crosses a multiple of it.
    const every = config.getNumber("loading-process-events-interval-bytes");
    const eventsAt = deadline === Infinity ? Infinity : (Math.floor(dec.offset / every) + 1) * every;
    let n = 0;
    for (;;) {
      this.recordAt = dec.base + dec.pos;
      const type = dec.u8();
      switch (type) {
        case RDB_OPCODE_EXPIRETIME:
          this.expireAt = dec.seconds() * 1000;
          continue;
        case RDB_OPCODE_EXPIRETIME_MS:
          this.expireAt = dec.ms();
          continue;
        case RDB_OPCODE_FREQ:
          dec.u8();
          continue;
        case RDB_OPCODE_IDLE:
          this.idle = dec.len();
          continue;
        case RDB_OPCODE_EOF:
          this.finish();
          return true;
        case RDB_OPCODE_SELECTDB: {
          const id = dec.len();
          if (id >= server.dbs.length) {
            throw new RdbFormatError(
              `FATAL: Data file was created with a Redis server configured to handle more than ${server.dbs.length} databases. Exiting`,
            );
          }
          this.db = this.dbs[id];
          continue;
        }
        case RDB_OPCODE_RESIZEDB: {
          // dictExpand's counterpart: the database's table at its final size before its keys come.
          const keys = dec.len();
          this.db.reserve(keys, dec.len());
          continue;
        }
        case RDB_OPCODE_AUX: {
          const k = dec.string();
          const v = dec.string();
          this.aux.set(k, v);
          this.logAux(k, v);
          continue;
        }
        case RDB_OPCODE_MODULE_AUX:
          throw new RdbFormatError("The RDB file contains module AUX data, which Redis-Lite cannot load");
        case RDB_OPCODE_FUNCTION:
        case RDB_OPCODE_FUNCTION2: {
          // A function library, created as FUNCTION LOAD would, without the time limit (rdbFunctionLoad).
          const e = functionsOf(server);
          const r = e.create(readFunctionRecord(dec, type), false, this.libs ?? e.current, 0);
          if (typeof r === "string") {
            host.log(`# Failed loading library, ${r.slice("ERR ".length)}`);
            throw new RdbFormatError("Short read or OOM loading DB. Unrecoverable error, aborting now.");
          }
          continue;
        }
      }
      const key = dec.string();
      const val = readValue(dec, type, config, key);
      const at = this.expireAt;
      const idle = this.idle;
      this.expireAt = -1;
      this.idle = -1;
      if (this.skipExpired && at !== -1 && at < now) {
        this.keysExpired++;
      } else {
        // One map operation per key: insert, then a size that did not grow means the key was already there
        // (the databases are emptied on the way out, so the damage insert did is discarded).
        const before = this.db.size;
        this.db.insert(key, val);
        if (this.db.size === before) {
          throw new RdbFormatError(`RDB has duplicated key '${printable(key)}' in DB ${this.db.id}`);
        }
        if (at !== -1) this.db.setExpire(key, at);
        if (idle > 0) this.db.setIdle(key, idle);
        this.keysLoaded++;
      }
      n++;
      if (deadline === Infinity) continue;
      if (delayUs !== 0) {
        if (delayUs > 0) this.owedDelayUs += delayUs;
        else if (++this.delayTick >= -delayUs) {
          this.delayTick = 0;
          this.owedDelayUs++;
        }
        if (host.monotonic() + this.owedDelayUs / 1000 > deadline) return false;
      }
      if (n >= this.p.sliceLimit || dec.offset >= eventsAt || ((n & 127) === 0 && host.monotonic() > deadline)) {
        return false;
      }
    }
  }

  /** How long to wait before the next slice: the key-load-delay owed, in whole milliseconds, at least 1 (the timer's own). */
  pauseMs(): number {
    const ms = Math.max(1, Math.floor(this.owedDelayUs / 1000));
    this.owedDelayUs = Math.max(0, this.owedDelayUs - ms * 1000);
    return ms;
  }

  private logAux(k: string, v: string): void {
    const log = (s: string) => this.p.server.host.log(s);
    if (k === "redis-ver") log(`* Loading RDB produced by version ${v}`);
    else if (k === "ctime") {
      const age = Math.floor(this.p.server.now() / 1000) - Number(v);
      log(`* RDB age ${age < 0 ? 0 : age} seconds`);
    } else if (k === "used-mem") log(`* RDB memory usage when created ${(Number(v) / (1024 * 1024)).toFixed(2)} Mb`);
  }

  /** After EOF: the CRC-64 trailer (RDB 5+), unless the file was written without one (all zero). */
  private finish(): void {
    const dec = this.dec;
    if (this.version >= 5) {
      dec.foldCrc();
      dec.need(8);
      const at = dec.pos;
      let zero = true;
      for (let i = 0; i < 8; i++) if (dec.buf[at + i] !== 0) zero = false;
      if (zero) {
        this.p.server.host.log("* RDB file was saved with checksum disabled: no check performed.");
      } else if (this.p.server.config.get("rdbchecksum") === "yes" && !dec.crc!.matches(dec.buf, at)) {
        let got = 0n;
        for (let i = 7; i >= 0; i--) got = (got << 8n) | BigInt(dec.buf[at + i]);
        throw new RdbFormatError(
          `Wrong RDB checksum expected: (${dec.crc!.value().toString(16).padStart(16, "0")}) got (${
            got.toString(16).padStart(16, "0")
          }). Aborting now.`,
        );
      }
      dec.pos += 8;
    }
    this.done = true;
  }
}

/** processCommand's is_deny_async_loading_command: the command, or for EXEC one it queued, is `no-async-loading`. */
function deniedAsyncLoading(c: Client, cmd: Command): boolean {
  if (cmd.noAsyncLoading) return true;
  return cmd.fullName === "exec" && c.multi !== null && c.multi.some((q) => q.cmd.noAsyncLoading);
}

/** Loading progress for INFO. */
interface LoadingState {
  startedAt: number;
  totalBytes: number;
  loader: RdbLoader;
  usedMem: number;
  /** Async loading (swapdb replica): the old data keeps serving, only `no-async-loading` commands are refused. */
  async?: boolean;
}

/** Persistence state for one server (server.persistence: the server calls it around every command). */
export class Persistence implements PersistenceLink {
  readonly server: Server;
  io: PersistenceIO | null = null;
  /** Last successful save (ms); starts at server start as in Redis. */
  lastSave: number;
  lastBgsaveStatus: "ok" | "err" = "ok";
  lastBgsaveTimeSec = -1;
  lastBgsaveTry = 0;
  rdbSaves = 0;
  bgsave: SnapshotWriter | null = null;
  private bgsaveTimer: { cancel(): void } | null = null;
  bgsaveScheduled = false;
  loading: LoadingState | null = null;
  lastLoadKeysLoaded = 0;
  lastLoadKeysExpired = 0;
  /** Arguments that named no key before the current command (see SnapshotWriter.afterWrite). */
  private pendingAbsent: string[] = [];
  /** The top-level command the gate last let through (EXEC for a transaction). */
  private gatedCommand: Command | null = null;
  /**
   * Clients blocked in BLMOVE/BRPOPLPUSH, by destination key: another client's push serves them without a
   * command naming the destination, so a save in progress preserves those keys before any write.
   */
  private blockedMovers = new Map<Client, string>();
  private cronTimer: { cancel(): void } | null = null;
  /** Whether a signal asked for shutdown (a second SIGINT then exits at once). */
  shutdownAsap = false;
  /** At most this many keys per BGSAVE or loading slice (besides the time budget): tests make slices small. */
  sliceLimit = Infinity;
  /** Hooks the AOF module installs (rewrite after CONFIG SET appendonly, fsync on shutdown). */
  aof: AofHooks | null = null;
  /**
   * Replication as master (replication/master.ts) learns when a background save ends, as Redis's
   * updateSlavesWaitingBgsave: replicas waiting for a disk snapshot get the file, a socket transfer ends.
   */
  bgsaveEnded: ((ok: boolean, socketTarget: boolean) => void) | null = null;

  constructor(server: Server) {
    this.server = server;
    this.lastSave = server.startedAt;
    server.persistence = this;
    server.config.isLoading = () => this.loading !== null;
  }

  clientRemoved(c: Client): void {
    this.blockedMovers.delete(c);
  }

  afterCommand(c: Client, cmd: Command, _argv: string[]): void {
    if (c.blocked === null) {
      if (this.blockedMovers.size > 0) this.blockedMovers.delete(c); // a new command: no longer waiting
    } else if (c.blocked.target !== undefined) this.blockedMovers.set(c, c.blocked.target);
    if (this.pendingAbsent.length === 0) return;
    (this.bgsave ?? this.aof?.rewriteWriter ?? null)?.afterWrite(this.pendingAbsent);
    // Inside EXEC each queued command ends here; the names stay watched until EXEC itself ends.
    if (cmd === this.gatedCommand) this.pendingAbsent.length = 0;
  }

  get files(): FileStore | null {
    return this.io?.files ?? null;
  }

  rdbPath(): string {
    return joinPath(this.server.config.get("dir"), this.server.config.get("dbfilename"));
  }

  tmpPath(): string {
    return joinPath(this.server.config.get("dir"), `temp-${this.server.host.processId ?? 0}.rdb`);
  }

  /** Save points: [seconds, changes] pairs from `save`. */
  saveParams(): [number, number][] {
    const parts = this.server.config.get("save").split(" ").filter((x) => x !== "");
    const out: [number, number][] = [];
    for (let i = 0; i + 1 < parts.length; i += 2) out.push([Number(parts[i]), Number(parts[i + 1])]);
    return out;
  }

  /** Starts the periodic checks (save points, scheduled BGSAVE), as serverCron does. */
  startCron(): void {
    if (this.cronTimer) return;
    const tick = () => {
      this.cronTimer = this.server.host.setTimer(100, tick);
      this.cron();
    };
    this.cronTimer = this.server.host.setTimer(100, tick);
  }

  stopCron(): void {
    this.cronTimer?.cancel();
    this.cronTimer = null;
  }

  cron(): void {
    if (this.files === null || this.loading !== null) return;
    this.aof?.cron();
    if (this.bgsave !== null || this.aof?.rewriting()) return;
    const now = this.server.now();
    if (this.bgsaveScheduled) {
      this.bgsaveScheduled = false;
      this.startBgsave();
      return;
    }
    for (const [seconds, changes] of this.saveParams()) {
      if (
        this.server.dirty >= changes && now - this.lastSave > seconds * 1000 &&
        (now - this.lastBgsaveTry > BGSAVE_RETRY_DELAY_MS || this.lastBgsaveStatus === "ok")
      ) {
        this.server.host.log(`* ${changes} changes in ${seconds} seconds. Saving...`);
        this.startBgsave();
        return;
      }
    }
  }

  // ---- the gate: LOADING, MISCONF, copy-on-write ----

  /**
   * writeCommandsDeniedByDiskError with writeCommandsGetDiskErrorMessage: a failed BGSAVE (with save points),
   * else an AOF that cannot be written, refuses writes with this MISCONF text; null while writes may go on.
   */
  writeDeniedError(): string | null {
    if (
      this.lastBgsaveStatus === "err" && this.server.config.get("stop-writes-on-bgsave-error") === "yes" &&
      this.saveParams().length > 0
    ) {
      return ERR_MISCONF;
    }
    const aofError = this.aof?.diskError() ?? null;
    return aofError === null ? null : errAofMisconf(aofError);
  }

  beforeCommand(c: Client, cmd: Command, argv: string[]): string | null {
    const aof = this.aof;
    if (aof !== null && c === aof.loaderClient) return null;
    const ld = this.loading;
    if (ld !== null && (ld.async === true ? deniedAsyncLoading(c, cmd) : !cmd.loading)) return ERR_LOADING;
    aof?.beforeCommand(c);
    // At most one snapshot writer runs at a time (a BGSAVE or an AOF rewrite), as Redis runs one child.
    const bg = this.bgsave ?? aof?.rewriteWriter ?? null;
    if (cmd.deniedOnDiskError) {
      const denied = this.writeDeniedError();
      if (denied !== null) return denied;
    }
    if (bg === null || cmd.readonly) return null;
    if (cmd.touchesAllKeys) {
      this.finishBgsaveNow();
      return null;
    }
    // Inside MULTI a command is queued and looked at when EXEC runs; EXEC (and the other transaction
    // controls, harmlessly) look at the whole queue.
    const queue = c.multi !== null && isMultiControl(cmd.fullName) ? c.multi : null;
    if (c.multi !== null && queue === null) return null;
    this.gatedCommand = cmd;
    for (const [mover, dst] of this.blockedMovers) {
      if (mover.blocked === null || mover.closed) this.blockedMovers.delete(mover);
      else bg.beforeWrite(["", dst], this.pendingAbsent);
    }
    if (queue !== null) {
      for (const q of queue) {
        if (q.cmd.touchesAllKeys) {
          this.finishBgsaveNow();
          return null;
        }
        if (!q.cmd.readonly) bg.beforeWrite(q.argv, this.pendingAbsent);
      }
      return null;
    }
    bg.beforeWrite(argv, this.pendingAbsent);
    return null;
  }

  // ---- SAVE ----

  /** rdbSave: the whole dataset to `dbfilename`, synchronously. Logs and returns false on failure. */
  saveSync(): boolean {
    const files = this.files;
    if (files === null) {
      this.server.host.log(`# Failed saving the DB: ${this.io?.offReason ?? "persistence is off (no file access)"}`);
      return false;
    }
    let w: SnapshotWriter;
    try {
      w = new SnapshotWriter(this, files, this.rdbPath(), this.tmpPath());
    } catch (e) {
      this.server.host.log(
        `# Failed opening the temp RDB file ${this.tmpPath()} (in server root dir ${
          this.server.config.get("dir")
        }) for saving: ${(e as Error).message}`,
      );
      return false;
    }
    try {
      w.step(Infinity);
      w.commit();
    } catch (e) {
      w.abort();
      this.server.host.log(`# Write error saving DB on disk: ${(e as Error).message}`);
      return false;
    }
    this.server.host.log("* DB saved on disk");
    this.server.dirty = 0;
    this.lastSave = this.server.now();
    this.lastBgsaveStatus = "ok";
    this.rdbSaves++;
    return true;
  }

  // ---- BGSAVE ----

  /** rdbSaveBackground: starts the sliced save; false (and logged) when it cannot start. */
  startBgsave(): boolean {
    const files = this.files;
    const server = this.server;
    this.lastBgsaveTry = server.now();
    if (files === null) {
      server.host.log(`# Can't save in background: ${this.io?.offReason ?? "persistence is off (no file access)"}`);
      this.lastBgsaveStatus = "err";
      return false;
    }
    try {
      // Its own temporary name (Redis's child has its own pid): an aborted one never collides with a SAVE.
      const tmp = joinPath(this.server.config.get("dir"), `temp-${this.server.host.processId ?? 0}-bg.rdb`);
      this.bgsave = new SnapshotWriter(this, files, this.rdbPath(), tmp, false, true);
    } catch (e) {
      server.host.log(`# Can't save in background: ${(e as Error).message}`);
      this.lastBgsaveStatus = "err";
      return false;
    }
    server.host.log("* Background saving started");
    this.scheduleSlice();
    return true;
  }

  /**
   * rdbSaveRio for a replica with REPLCONF rdb-filter-only (SLAVE_REQ_RDB_EXCLUDE_DATA): the header, the
   * function libraries when `functions` (else none) and the trailer, no database. Small, so made at once.
   */
  filteredRdb(functions: boolean): Uint8Array {
    const server = this.server;
    const parts: Uint8Array[] = [];
    let size = 0;
    const enc = new RdbEncoder(server.config.get("rdbcompression") === "yes", (chunk) => {
      parts.push(chunk.slice());
      size += chunk.length;
    }, server.config.get("rdbchecksum") === "yes");
    writeHeader(enc, server.now(), server.host.memory?.().heapUsed ?? 0, false);
    if (functions) writeFunctions(enc, libraryCodes(server));
    writeTrailer(enc);
    const out = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  /**
   * rdbSaveToSlavesSockets: a background save written through `sink` (the replicas' sockets) instead of a
   * file, with the same key-level copy-on-write as BGSAVE. False when another save runs.
   */
  startBgsaveToSockets(sink: FileStore): boolean {
    if (this.bgsave !== null || this.aof?.rewriting()) return false;
    const w = new SnapshotWriter(this, sink, "", "", false, true);
    w.socketTarget = true;
    this.bgsave = w;
    this.server.host.log(`* Background RDB transfer started by pid ${this.server.host.processId ?? 0}`);
    this.scheduleSlice();
    return true;
  }

  private scheduleSlice(sliceMs = SLICE_MS): void {
    const stats = this.server.stats;
    const commandsBefore = stats.commands;
    // 1 ms, not 0: the event loop serves clients in between (and a test clock steps one slice per ms).
    this.bgsaveTimer = this.server.host.setTimer(1, () => {
      this.bgsaveTimer = null;
      const bg = this.bgsave;
      if (bg === null) return;
      const ms = stats.commands === commandsBefore ? sliceMs : SLICE_MS;
      if (this.runBgsave(this.server.host.monotonic() + ms)) return;
      this.scheduleSlice(Math.min(ms * 2, IDLE_SLICE_MS));
    });
  }

  /**
   * Runs the background save until the deadline; true when it ended (either way). With `sync` the file is
   * flushed before returning (a save that must complete now); otherwise fsync may finish in the background,
   * and the save counts as in progress until it does.
   */
  private runBgsave(deadline: number, sync = false): boolean {
    const bg = this.bgsave!;
    // Already flushing its file: its content is final and its own callback ends it (issue 17 item 1: a second
    // commit here closed the file twice).
    if (bg.committing) return true;
    let done: boolean;
    try {
      done = bg.step(deadline);
      if (done && sync) bg.commit();
    } catch (e) {
      this.bgsaveFailed(bg, e as Error);
      return true;
    }
    if (!done) return false;
    if (sync) this.bgsaveDone(bg);
    else {
      bg.commitAsync((err) => {
        if (this.bgsave !== bg) return; // killed meanwhile
        if (err) this.bgsaveFailed(bg, err);
        else this.bgsaveDone(bg);
      });
    }
    return true;
  }

  private bgsaveFailed(bg: SnapshotWriter, e: Error): void {
    bg.abort();
    if (this.bgsave === bg) this.bgsave = null;
    if (bg.socketTarget) {
      this.server.host.log("# Background transfer error");
    } else {
      this.lastBgsaveStatus = "err";
      this.server.host.log(`# Write error saving DB on disk: ${e.message}`);
      this.server.host.log("# Background saving error");
    }
    this.bgsaveEnded?.(false, bg.socketTarget);
  }

  private bgsaveDone(bg: SnapshotWriter): void {
    this.bgsave = null;
    const server = this.server;
    if (bg.socketTarget) {
      // backgroundSaveDoneHandlerSocket: nothing was saved, the replicas got their RDB.
      server.host.log("* Background RDB transfer terminated with success");
      this.bgsaveEnded?.(true, true);
      return;
    }
    server.host.log("* DB saved on disk");
    server.host.log("* Background saving terminated with success");
    server.dirty = Math.max(0, server.dirty - bg.dirtyAtStart);
    this.lastSave = server.now(); // backgroundSaveDoneHandler: the time the save completed
    this.lastBgsaveStatus = "ok";
    this.lastBgsaveTimeSec = Math.round((server.now() - bg.startedAt) / 1000);
    this.rdbSaves++;
    this.bgsaveEnded?.(true, false);
  }

  /** Completes the running BGSAVE synchronously (before commands that change keys wholesale). */
  finishBgsaveNow(): void {
    this.aof?.finishRewriteNow();
    if (this.bgsave === null) return;
    this.bgsaveTimer?.cancel();
    this.bgsaveTimer = null;
    // Every record is encoded now (the point-in-time content is fixed); writing it out may still finish later.
    this.runBgsave(Infinity);
  }

  /** Stops the running BGSAVE and removes its temporary file (SHUTDOWN, as killRDBChild). */
  killBgsave(): void {
    if (this.bgsave === null) return;
    this.bgsaveTimer?.cancel();
    this.bgsaveTimer = null;
    this.bgsave.abort();
    this.bgsave = null;
  }

  // ---- loading ----

  /**
   * Loads `dbfilename` if it exists. `sliced` loads in slices between events (clients get -LOADING meanwhile)
   * and calls `done` at the end; otherwise it loads at once. `done(false)` after a corrupt file: the databases
   * are emptied again and the log says why; Redis then exits.
   */
  loadAtStartup(done: (ok: boolean) => void, sliced = false): void {
    const files = this.files;
    const host = this.server.host;
    if (files === null) {
      host.log(`# Persistence is off: ${this.io?.offReason ?? "no file access"}. Data will not be loaded or saved.`);
      done(true);
      return;
    }
    const dir = this.server.config.get("dir");
    if (files.list(dir) === null) {
      host.log(`# Can't chdir to '${dir}': No such file or directory`);
      done(false);
      return;
    }
    if (this.aof !== null && this.server.config.get("appendonly") === "yes") {
      try {
        this.aof.loadAtStartup();
        this.aof.finishLoading();
      } catch (e) {
        this.aof.finishLoading();
        for (const db of this.server.dbs) db.flush();
        host.log(`# ${(e as Error).message}`);
        host.log("# Terminating server after AOF file reading failure.");
        done(false);
        return;
      }
      done(true);
      return;
    }
    const path = this.rdbPath();
    let handle: unknown | null;
    try {
      handle = files.openRead(path);
    } catch (e) {
      host.log(`# Fatal error loading the DB: ${(e as Error).message}. Exiting.`);
      done(false);
      return;
    }
    if (handle === null) {
      done(true);
      return;
    }
    const chunk = new Uint8Array(1 << 20);
    const source = () => {
      const n = files.read(handle, chunk);
      return n === 0 ? null : chunk.subarray(0, n); // the decoder copies it out before the next read
    };
    const dec = new RdbDecoder(new Uint8Array(0), source);
    const loader = new RdbLoader(this, dec);
    const start = host.monotonic();
    this.loading = { startedAt: this.server.now(), totalBytes: files.size(path) ?? 0, loader, usedMem: 0 };
    const fail = (e: unknown) => {
      try {
        files.close(handle);
      } catch { /* ignore */ }
      this.loading = null;
      for (const db of this.server.dbs) db.flush();
      const msg = e instanceof RdbFormatError
        ? e.message
        : `Short read or OOM loading DB. Unrecoverable error, aborting now. (${(e as Error).message})`;
      host.log(`# Internal error in RDB reading offset ${dec.offset}: ${msg}`);
      host.log("# Terminating server after rdb file reading failure.");
      done(false);
    };
    const finish = () => {
      files.close(handle);
      this.loading = null;
      this.lastLoadKeysLoaded = loader.keysLoaded;
      this.lastLoadKeysExpired = loader.keysExpired;
      host.log(`* Done loading RDB, keys loaded: ${loader.keysLoaded}, keys expired: ${loader.keysExpired}.`);
      host.log(`* DB loaded from disk: ${((host.monotonic() - start) / 1000).toFixed(3)} seconds`);
      done(true);
    };
    try {
      loader.header();
      if (!sliced) {
        loader.step(Infinity);
        finish();
        return;
      }
    } catch (e) {
      fail(e);
      return;
    }
    const slice = () => {
      try {
        if (loader.step(host.monotonic() + SLICE_MS * 5)) {
          finish();
          return;
        }
      } catch (e) {
        fail(e);
        return;
      }
      host.setTimer(loader.pauseMs(), slice);
    };
    host.setTimer(1, slice);
  }

  // ---- shutdown ----

  /**
   * prepareForShutdown + finishShutdown: stops a background save, flushes the AOF, saves when save points are
   * set (or `save`), unless `nosave`. Returns false (and logs) when the save failed and `force` is not set;
   * otherwise logs the goodbye and asks the shim to exit.
   */
  shutdown(opts: { save?: boolean; nosave?: boolean; force?: boolean }): boolean {
    const host = this.server.host;
    if (this.bgsave !== null) {
      host.log("# There is a child saving an .rdb. Killing it!");
      this.killBgsave();
    }
    this.aof?.flushOnShutdown();
    if (this.loading !== null) {
      // Saving now would replace the file being loaded with part of it.
      host.log("# Not saving the DB on shutdown: it is still being loaded.");
    } else if (this.files === null && !opts.save) {
      // Persistence is off (Deno without file permissions): save points cannot apply, so they do not block a
      // shutdown; an explicit SHUTDOWN SAVE still fails below.
      if (this.saveParams().length > 0 && !opts.nosave) {
        host.log("# Not saving the DB on shutdown: persistence is off.");
      }
    } else if ((this.saveParams().length > 0 && !opts.nosave) || opts.save) {
      host.log("* Saving the final RDB snapshot before exiting.");
      if (!this.saveSync()) {
        if (opts.force) host.log("# Error trying to save the DB. Exit anyway.");
        else {
          host.log("# Error trying to save the DB, can't exit.");
          return false;
        }
      }
    }
    host.log("# Redis is now ready to exit, bye bye...");
    this.stopCron();
    this.io?.exit(0);
    return true;
  }

  /** A SIGTERM/SIGINT from the shim: shut down as Redis does (save first when save points are set). */
  signal(sig: "SIGTERM" | "SIGINT"): void {
    const host = this.server.host;
    if (this.shutdownAsap && sig === "SIGINT") {
      host.log("# You insist... exiting now.");
      if (this.bgsave) this.killBgsave();
      this.io?.exit(1);
      return;
    }
    host.log(`# Received ${sig} scheduling shutdown...`);
    this.shutdownAsap = true;
    host.log("# User requested shutdown...");
    if (!this.shutdown({})) {
      host.log(`# ${sig} received but errors trying to shut down the server, check the logs for more information`);
      this.shutdownAsap = false;
    }
  }

  // ---- INFO persistence ----

  infoLines(): string[] {
    const server = this.server;
    const now = server.now();
    const bg = this.bgsave;
    const aofInfo = this.aof?.info() ?? null;
    const lines = [
      `loading:${this.loading && !this.loading.async ? 1 : 0}`,
      `async_loading:${this.loading?.async ? 1 : 0}`,
      "current_cow_peak:0",
      "current_cow_size:0",
      "current_cow_size_age:0",
      `current_fork_perc:${bg && bg.keysTotal > 0 ? ((bg.keysDone / bg.keysTotal) * 100).toFixed(2) : "0.00"}`,
      `current_save_keys_processed:${bg ? bg.keysDone : 0}`,
      `current_save_keys_total:${bg ? bg.keysTotal : 0}`,
      `rdb_changes_since_last_save:${server.dirty}`,
      `rdb_bgsave_in_progress:${bg ? 1 : 0}`,
      `rdb_last_save_time:${Math.floor(this.lastSave / 1000)}`,
      `rdb_last_bgsave_status:${this.lastBgsaveStatus}`,
      `rdb_last_bgsave_time_sec:${this.lastBgsaveTimeSec}`,
      `rdb_current_bgsave_time_sec:${bg ? Math.round((now - bg.startedAt) / 1000) : -1}`,
      `rdb_saves:${this.rdbSaves}`,
      "rdb_last_cow_size:0",
      `rdb_last_load_keys_expired:${this.lastLoadKeysExpired}`,
      `rdb_last_load_keys_loaded:${this.lastLoadKeysLoaded}`,
      ...(aofInfo ? aofInfo.main : [
        "aof_enabled:0",
        "aof_rewrite_in_progress:0",
        "aof_rewrite_scheduled:0",
        "aof_last_rewrite_time_sec:-1",
        "aof_current_rewrite_time_sec:-1",
        "aof_last_bgrewrite_status:ok",
        "aof_rewrites:0",
        "aof_rewrites_consecutive_failures:0",
        "aof_last_write_status:ok",
        "aof_last_cow_size:0",
      ]),
      "module_fork_in_progress:0",
      "module_fork_last_cow_size:0",
      ...(aofInfo ? aofInfo.extra : []),
    ];
    const ld = this.loading;
    if (ld) {
      const loaded = ld.loader.dec.offset;
      const elapsed = Math.max(1, (now - ld.startedAt) / 1000);
      const perc = ld.totalBytes > 0 ? (loaded / ld.totalBytes) * 100 : 0;
      const eta = loaded > 0 ? Math.round((ld.totalBytes - loaded) / (loaded / elapsed)) : 1;
      lines.push(
        `loading_start_time:${Math.floor(ld.startedAt / 1000)}`,
        `loading_total_bytes:${ld.totalBytes}`,
        `loading_rdb_used_mem:${Number(ld.loader.aux.get("used-mem") ?? 0)}`,
        `loading_loaded_bytes:${loaded}`,
        `loading_loaded_perc:${perc.toFixed(2)}`,
        `loading_eta_seconds:${eta}`,
      );
    }
    return lines;
  }
}

/** What the AOF module (aof.ts) plugs into the snapshot machinery. */
export interface AofHooks {
  state: "off" | "on" | "wait";
  rewriteWriter: SnapshotWriter | null;
  loaderClient: Client | null;
  rewriteScheduled: boolean;
  lastWriteStatus: "ok" | "err";
  diskError(): string | null;
  rewriting(): boolean;
  startRewrite(): boolean;
  finishRewriteNow(): void;
  beforeCommand(c: Client): void;
  loadAtStartup(): void;
  finishLoading(): void;
  cron(): void;
  flushOnShutdown(): void;
  info(): { main: string[]; extra: string[] };
}

/** The server's persistence state, created on first use. */
export function persistenceOf(server: Server): Persistence {
  const p = server.persistence;
  return p instanceof Persistence ? p : new Persistence(server);
}

/**
 * Connects a server to files and the process (called by a shim, or by an embedder): starts the save-point
 * checks. Loading is separate (`persistenceOf(server).loadAtStartup`), so the shim decides when to listen.
 */
export function attachPersistence(server: Server, io: PersistenceIO): Persistence {
  const p = persistenceOf(server);
  p.io = io;
  if (io.files !== null) p.startCron();
  return p;
}
