/**
 * The append-only file, Redis 7.0's multi-part layout (aof.c): a directory (`appenddirname`) holding a base
 * file (always an RDB snapshot with the aof-base AUX field, i.e. aof-use-rdb-preamble yes, Redis's default;
 * a base of commands is read but not written), incremental files of commands in RESP, and a manifest:
 *
 *     file appendonly.aof.1.base.rdb seq 1 type b
 *     file appendonly.aof.1.incr.aof seq 1 type i
 *
 * What gets logged. Redis's commands rewrite their own propagation (EXPIRE becomes PEXPIREAT, SET EX becomes
 * SET PXAT, a served BLPOP becomes LPOP, SPOP becomes SREM ...). Here the commands stay unaware of the AOF, so
 * the log is made from the outside, from what each write command did:
 *  - a deterministic write command is logged as it was sent;
 *  - commands whose effect depends on the clock or on chance (SET/SETEX/PSETEX/GETEX with relative TTLs, the
 *    EXPIRE family, RESTORE, SPOP, blocking pops) are logged as the resulting state of the keys they touched
 *    (signalModifiedKey reports them): `SET k v PXAT t`, `PEXPIREAT k t`, `PERSIST k`, `DEL k`, or for a
 *    collection `DEL k` + RPUSH/HSET/SADD/ZADD of its contents;
 *  - keys changed outside any command (a blocked client served by another client's push) are logged as state
 *    before the next command runs, and keys that expire are logged as `DEL`, as Redis propagates them.
 * A transaction is wrapped in MULTI/EXEC, so a replay applies it whole.
 *
 * fsync policy (appendfsync): `always` writes and fsyncs before any reply leaves (one fsync per burst); `everysec`
 * writes after each burst of commands and fsyncs once a second (off the event loop where the host can); `no`
 * leaves flushing to the OS.
 *
 * BGREWRITEAOF opens the next incremental file (new writes go there from that moment), writes a new base from a
 * point-in-time view (the same sliced copy-on-write writer as BGSAVE), then installs a manifest of the new
 * base and incremental files and removes the old ones.
 */
import type { AofLink, Server } from "../server.ts";
import { NOTIFY_EXPIRED, NOTIFY_EVICTED, NOTIFY_KEY_MISS } from "../notify.ts";
import type { Client } from "../client.ts";
import type { Command } from "../commands/table.ts";
import type { Db } from "../keyspace/db.ts";
import { bytesToStr, formatG, strToBytes } from "../bytes.ts";
import type { FileStore } from "./fs.ts";
import { joinPath } from "./fs.ts";
import { RdbDecoder, RdbFormatError } from "./rdb.ts";
import type { HashLike, ListLike, SetLike, ZSetLike } from "./values.ts";
import type { AofHooks, Persistence } from "./snapshot.ts";
import { RdbLoader, SnapshotWriter } from "./snapshot.ts";

interface ManifestEntry {
  name: string;
  seq: number;
  type: "b" | "h" | "i";
}

/** Commands logged as the state they leave rather than as sent (clock or chance decides their effect). */
const STATE_LOGGED = new Set(["set", "setex", "psetex", "getex", "spop", "eval", "evalsha", "eval_ro", "evalsha_ro", "fcall", "fcall_ro"]);
/** Blocking pops served at once, logged as the non-blocking command they amount to (as Redis propagates them). */
const SINGLE_KEY_POP: Record<string, string> = { blpop: "LPOP", brpop: "RPOP", bzpopmin: "ZPOPMIN", bzpopmax: "ZPOPMAX" };
/** Commands that only change a TTL: logged as PEXPIREAT/PERSIST/DEL of the key. */
const TTL_LOGGED = new Set(["expire", "pexpire", "expireat", "pexpireat"]);

/** Elements per command when a collection is written out as state. */
const BATCH = 1000;

function resp(argv: readonly string[]): string {
  let s = `*${argv.length}\r\n`;
  for (const a of argv) s += `$${a.length}\r\n${a}\r\n`;
  return s;
}

export class Aof implements AofHooks {
  private p: Persistence;
  private server: Server;
  /** on: commands are logged; off; wait: switched on at run time, logging while the first base is written. */
  private stateValue: "off" | "on" | "wait" = "off";
  /** The server calls the AOF (server.aof) only while it is not off. */
  get state(): "off" | "on" | "wait" {
    return this.stateValue;
  }
  set state(v: "off" | "on" | "wait") {
    this.stateValue = v;
    this.server.aof = v !== "off" ? this.link : null;
  }
  /** What the server calls while the AOF is on. */
  private readonly link: AofLink;
  private manifest: ManifestEntry[] = [];
  private incrHandle: unknown = null;
  private incrName = "";
  /** Pending log text (byte strings). */
  private buf: string[] = [];
  private bufLen = 0;
  private selectedDb = -1;
  private writeTimer: { cancel(): void } | null = null;
  private postponedSince = 0;
  /** appendfsync always: log entries wait for an fsync before any reply leaves. */
  private needSync = false;
  private guarded = new WeakSet<object>();
  private held: (() => void)[] = [];
  private heldBy = new Set<object>();
  private releaseTimer: { cancel(): void } | null = null;
  /** Writes that could not wait any longer for a slow fsync (INFO aof_delayed_fsync). */
  private delayedFsyncs = 0;
  private lastFsync = 0;
  private fsyncPending = false;
  private unsynced = false;
  /** Sizes for INFO and automatic rewrites. */
  currentSize = 0;
  baseSize = 0;
  private rewriteBaseSize = 0;
  rewriteWriter: SnapshotWriter | null = null;
  private rewriteTimer: { cancel(): void } | null = null;
  private rewriteStartedAt = 0;
  private rewriteIncrFrom = 0;
  rewriteScheduled = false;
  rewrites = 0;
  rewriteFailures = 0;
  lastRewriteTimeSec = -1;
  lastBgrewriteStatus: "ok" | "err" = "ok";
  lastWriteStatus: "ok" | "err" = "ok";
  // Propagation state (see the file comment).
  private active: Command | null = null;
  private lastDirty = 0;
  private touched = new Map<Db, Set<string>>();
  private pendingState = new Map<Db, Set<string>>();
  private inMulti = false;
  /** The client replaying an AOF at startup: exempt from LOADING, not logged. */
  loaderClient: Client | null = null;

  constructor(p: Persistence) {
    this.p = p;
    this.server = p.server;
    const server = this.server;
    const onKeyModified = (db: Db | null, key: string | null): void => {
      if (this.state === "off" || db === null || key === null) return;
      const map = this.active !== null ? this.touched : this.pendingState;
      let set = map.get(db);
      if (!set) map.set(db, (set = new Set()));
      set.add(key);
    };
    const onKeyspaceEvent = (type: number, _event: string, key: string, dbid: number): void => {
      if (this.state === "off" || type === NOTIFY_KEY_MISS) return;
      if (type === NOTIFY_EXPIRED || type === NOTIFY_EVICTED) {
        this.emit(dbid, ["DEL", key]);
        this.scheduleWrite();
        return;
      }
      // A served blocked client changes keys with events but no signalModifiedKey (as in Redis): note them too.
      const db = this.server.dbs[dbid];
      const map = this.active !== null ? this.touched : this.pendingState;
      let set = map.get(db);
      if (!set) map.set(db, (set = new Set()));
      set.add(key);
    };
    this.link = {
      keyModified: onKeyModified,
      keyspaceEvent: onKeyspaceEvent,
      afterCommand: (c, cmd, argv) => this.afterCommand(c, cmd, argv),
    };
    const entry = server.config.entry("appendonly")!;
    entry.apply = (v) => {
      if (this.p.io === null) return;
      if (v === "yes" && this.state === "off") this.start();
      else if (v === "no" && this.state !== "off") this.stop();
    };
  }

  private get files(): FileStore | null {
    return this.p.files;
  }

  dir(): string {
    return joinPath(this.server.config.get("dir"), this.server.config.get("appenddirname"));
  }

  private path(name: string): string {
    return joinPath(this.dir(), name);
  }

  private prefix(): string {
    return this.server.config.get("appendfilename");
  }

  // ---- propagation ----

  /** Before a command runs (from the persistence gate). */
  beforeCommand(c: Client, cmd: Command): void {
    if (this.state === "off") return;
    if (this.server.config.get("appendfsync") === "always") this.guardReplies(c);
    this.flushPendingState();
    // A command queued by MULTI runs later, inside EXEC: only top-level commands open a logging scope.
    if (c.multi !== null && cmd.fullName !== "exec") return;
    this.active = cmd;
    this.lastDirty = this.server.dirty;
    this.touched.clear();
  }

  private afterCommand(c: Client, cmd: Command, argv: string[]): void {
    if (this.state === "off" || c === this.loaderClient) return;
    const server = this.server;
    const changed = server.dirty !== this.lastDirty;
    this.lastDirty = server.dirty;
    const outer = cmd === this.active;
    const name = cmd.fullName;
    if (changed && !(outer && name === "exec")) {
      if (this.active !== null && this.active.fullName === "exec" && !this.inMulti) {
        this.emit(c.db.id, ["MULTI"]);
        this.inMulti = true;
      }
      this.logCommand(c, name, argv);
    }
    this.touched.clear();
    if (outer) {
      if (this.inMulti) {
        this.emitRaw(resp(["EXEC"]));
        this.inMulti = false;
      }
      this.active = null;
      this.afterEvent();
    }
  }

  private logCommand(c: Client, name: string, argv: string[]): void {
    const id = c.db.id;
    if (TTL_LOGGED.has(name)) {
      for (const [db, keys] of this.touched) for (const k of keys) this.logTtl(db, k);
    } else if (STATE_LOGGED.has(name) || name.startsWith("debug")) {
      for (const [db, keys] of this.touched) for (const k of keys) this.logState(db, k);
    } else if (SINGLE_KEY_POP[name] !== undefined) {
      for (const [db, keys] of this.touched) for (const k of keys) this.emit(db.id, [SINGLE_KEY_POP[name], k]);
    } else if (name === "blmove") {
      this.emit(id, ["LMOVE", ...argv.slice(1, 5)]);
    } else if (name === "brpoplpush") {
      this.emit(id, ["RPOPLPUSH", argv[1], argv[2]]);
    } else if (name === "blmpop" || name === "bzmpop") {
      this.emit(id, [name === "blmpop" ? "LMPOP" : "ZMPOP", ...argv.slice(2)]);
    } else if (name === "restore") {
      // With an absolute TTL (or none), so a replay later gives the same deadline.
      const at = c.db.getExpire(argv[1]);
      if (at === undefined) this.emit(id, ["DEL", argv[1]]);
      else this.emit(id, ["RESTORE", argv[1], at === -1 ? "0" : String(at), argv[3], "REPLACE", "ABSTTL"]);
    } else {
      this.emit(id, argv);
    }
  }

  /**
   * After an event's commands: under `always` the log is written and fsynced just before the next reply
   * bytes leave (see guardReplies), so a pipeline of commands shares one fsync, as Redis's beforeSleep does;
   * otherwise it is written soon.
   */
  private afterEvent(): void {
    if (this.bufLen === 0) return;
    if (this.server.config.get("appendfsync") === "always") this.needSync = true;
    else this.scheduleWrite();
  }

  /**
   * appendfsync always: makes the client's transport fsync pending log entries before it sends anything, so
   * no reply (this client's or, through Pub/Sub or a served blocked pop, another's) can acknowledge a write
   * that is not on disk yet. The wrapper is installed once per connection, at its first command.
   */
  private guardReplies(c: Client): void {
    const t = c.transport as { write(bytes: Uint8Array): void; close(): void };
    if (this.guarded.has(t)) return;
    this.guarded.add(t);
    const write = t.write;
    const close = t.close;
    // Replies that must wait for the fsync are held, and every client's held replies are released after one
    // fsync at the next tick: clients whose commands arrived together share it (group commit).
    t.write = (bytes: Uint8Array) => {
      // A served blocked client's reply: log what serving it changed before the reply may leave.
      if (this.pendingState.size > 0 && this.active === null) this.flushPendingState();
      if (!this.needSync && !this.heldBy.has(t)) return write.call(t, bytes);
      this.held.push(() => write.call(t, bytes));
      this.heldBy.add(t);
      this.scheduleRelease();
    };
    t.close = () => {
      if (!this.heldBy.has(t)) return close.call(t);
      this.held.push(() => close.call(t));
    };
  }

  private scheduleRelease(): void {
    if (this.releaseTimer !== null) return;
    this.releaseTimer = this.server.host.setTimer(0, () => {
      this.releaseTimer = null;
      if (this.needSync) this.syncNow();
      const held = this.held;
      this.held = [];
      this.heldBy.clear();
      for (const f of held) f();
    });
  }

  /** Writes and fsyncs what is pending (appendfsync always). */
  private syncNow(): void {
    this.needSync = false;
    this.writeBuffer(true, true);
  }

  private flushPendingState(): void {
    if (this.pendingState.size === 0) return;
    const pending = this.pendingState;
    this.pendingState = new Map();
    for (const [db, keys] of pending) for (const k of keys) this.logState(db, k);
    this.afterEvent();
  }

  /** The key's TTL as a command: PEXPIREAT, PERSIST, or DEL when it is gone. */
  private logTtl(db: Db, key: string): void {
    const at = db.getExpire(key);
    if (at === undefined) this.emit(db.id, ["DEL", key]);
    else if (at === -1) this.emit(db.id, ["PERSIST", key]);
    else this.emit(db.id, ["PEXPIREAT", key, String(at)]);
  }

  /** The key's whole state as commands. */
  private logState(db: Db, key: string): void {
    const v = db.get(key);
    if (v === undefined) {
      this.emit(db.id, ["DEL", key]);
      return;
    }
    const at = db.getExpire(key) ?? -1;
    if (typeof v === "string") {
      this.emit(db.id, at === -1 ? ["SET", key, v] : ["SET", key, v, "PXAT", String(at)]);
      return;
    }
    this.emit(db.id, ["DEL", key]);
    const batches = (cmd: string, flat: string[], step: number) => {
      for (let i = 0; i < flat.length; i += BATCH * step) this.emit(db.id, [cmd, key, ...flat.slice(i, i + BATCH * step)]);
    };
    switch (v.type) {
      case "list":
        batches("RPUSH", (v as ListLike).toArray(), 1);
        break;
      case "set":
        batches("SADD", (v as SetLike).members(), 1);
        break;
      case "hash":
        batches("HSET", (v as HashLike).entries().flat(), 2);
        break;
      case "zset": {
        const flat: string[] = [];
        for (const [m, s] of (v as ZSetLike).entries()) flat.push(formatG(s, 17), m);
        batches("ZADD", flat, 2);
        break;
      }
    }
    if (at !== -1) this.emit(db.id, ["PEXPIREAT", key, String(at)]);
  }

  private emit(dbid: number, argv: readonly string[]): void {
    if (dbid !== this.selectedDb) {
      this.emitRaw(resp(["SELECT", String(dbid)]));
      this.selectedDb = dbid;
    }
    this.emitRaw(resp(argv));
  }

  private emitRaw(s: string): void {
    this.buf.push(s);
    this.bufLen += s.length;
  }

  private scheduleWrite(): void {
    if (this.writeTimer !== null || this.bufLen === 0) return;
    this.writeTimer = this.server.host.setTimer(this.fsyncPending ? 10 : 0, () => {
      this.writeTimer = null;
      this.writeBuffer(false);
    });
  }

  /** Writes the pending log to the incremental file; `fsyncNow` for appendfsync always. */
  writeBuffer(fsyncNow: boolean, force = false): void {
    const files = this.files;
    if (this.bufLen === 0 || files === null || this.incrHandle === null) return;
    // Under everysec, a write(2) while the background fsync runs would wait for it on the file's lock and
    // stall every client: postpone it (up to 2 s, as Redis's flushAppendOnlyFile does) and retry soon.
    if (this.fsyncPending && !fsyncNow && !force) {
      const now = this.server.now();
      if (this.postponedSince === 0) this.postponedSince = now;
      if (now - this.postponedSince < 2000) {
        this.scheduleWrite();
        return;
      }
      this.delayedFsyncs++;
    }
    this.postponedSince = 0;
    const text = this.buf.length === 1 ? this.buf[0] : this.buf.join("");
    this.buf = [];
    this.bufLen = 0;
    try {
      files.write(this.incrHandle, strToBytes(text));
      this.currentSize += text.length;
      this.unsynced = true;
      if (fsyncNow) {
        files.sync(this.incrHandle);
        this.unsynced = false;
      }
      if (this.lastWriteStatus === "err") this.server.host.log("* AOF write error looks solved, Redis can write again.");
      this.lastWriteStatus = "ok";
    } catch (e) {
      this.lastWriteStatus = "err";
      this.server.host.log(`# Error writing to the AOF file: ${(e as Error).message}`);
      // Keep the text to retry, as Redis keeps its buffer.
      this.buf.unshift(text);
      this.bufLen += text.length;
    }
  }

  /** Once a second under everysec: fsync in the background. */
  private fsyncIfDue(): void {
    const files = this.files;
    if (files === null || this.incrHandle === null || !this.unsynced || this.fsyncPending) return;
    if (this.server.config.get("appendfsync") !== "everysec") return;
    const now = this.server.now();
    if (now - this.lastFsync < 1000) return;
    this.lastFsync = now;
    this.unsynced = false;
    const handle = this.incrHandle;
    if (files.syncAsync) {
      this.fsyncPending = true;
      files.syncAsync(handle, () => (this.fsyncPending = false));
    } else {
      try {
        files.sync(handle);
      } catch { /* reported by the next write */ }
    }
  }

  // ---- files ----

  private manifestText(entries: ManifestEntry[]): string {
    return entries.map((e) => `file ${e.name} seq ${e.seq} type ${e.type}\n`).join("");
  }

  private writeManifest(entries: ManifestEntry[]): void {
    const files = this.files!;
    const name = `${this.prefix()}.manifest`;
    const tmp = this.path(`temp-${name}`);
    const h = files.create(tmp);
    files.write(h, strToBytes(this.manifestText(entries)));
    files.sync(h);
    files.close(h);
    files.rename(tmp, this.path(name));
    files.syncDir(this.dir());
    this.manifest = entries;
  }

  private readManifest(): ManifestEntry[] | null {
    const files = this.files!;
    const h = files.openRead(this.path(`${this.prefix()}.manifest`));
    if (h === null) return null;
    const text = readAll(files, h);
    const out: ManifestEntry[] = [];
    for (const line of bytesToStr(text, 0, text.length).split("\n")) {
      if (line.trim() === "" || line.startsWith("#")) continue;
      const parts = line.trim().split(/\s+/);
      const e: Partial<ManifestEntry> = {};
      for (let i = 0; i + 1 < parts.length; i += 2) {
        if (parts[i] === "file") e.name = parts[i + 1];
        else if (parts[i] === "seq") e.seq = Number(parts[i + 1]);
        else if (parts[i] === "type") e.type = parts[i + 1] as ManifestEntry["type"];
      }
      if (!e.name || !(e.seq! >= 1) || !["b", "h", "i"].includes(e.type ?? "")) {
        throw new RdbFormatError(`Invalid AOF manifest file format: ${line}`);
      }
      out.push(e as ManifestEntry);
    }
    return out;
  }

  private nextIncrSeq(): number {
    let seq = 0;
    for (const e of this.manifest) if (e.type === "i" && e.seq > seq) seq = e.seq;
    return seq + 1;
  }

  /** Opens a new incremental file for appending and adds it to the manifest (in memory). */
  private openNewIncr(reason: string): void {
    const files = this.files!;
    const seq = this.nextIncrSeq();
    const name = `${this.prefix()}.${seq}.incr.aof`;
    this.writeBuffer(false, true);
    if (this.incrHandle !== null) {
      try {
        files.sync(this.incrHandle);
        files.close(this.incrHandle);
      } catch { /* the old file is complete as far as it goes */ }
    }
    // A new sequence number starts an empty file (a leftover of an interrupted start must not be replayed).
    this.incrHandle = files.create(this.path(name));
    this.incrName = name;
    this.selectedDb = -1;
    this.manifest = [...this.manifest, { name, seq, type: "i" }];
    this.server.host.log(`* Creating AOF incr file ${name} ${reason}`);
  }

  // ---- startup ----

  /**
   * Loads the AOF directory at startup (appendonly yes): base, then each incremental file. With no manifest,
   * creates a base from the (empty) dataset and a first incremental file, as Redis 7.0 does.
   */
  loadAtStartup(): void {
    const files = this.files!;
    const host = this.server.host;
    files.mkdir(this.dir());
    let manifest = this.readManifest();
    const oldStyle = joinPath(this.server.config.get("dir"), this.prefix());
    if (manifest === null && files.size(oldStyle) !== null) {
      // A Redis 6 single-file AOF in `dir`: it becomes the base of the new layout (aofUpgradePrepare).
      files.rename(oldStyle, this.path(this.prefix()));
      this.writeManifest([{ name: this.prefix(), seq: 1, type: "b" }]);
      host.log(`* Successfully migrated an old-style AOF into the AOF directory (${this.server.config.get("appenddirname")}).`);
      manifest = this.manifest;
    }
    if (manifest === null) {
      this.manifest = [];
      this.createBaseNow("on server start");
      this.openNewIncr("on server start");
      this.writeManifest(this.manifest);
      this.state = "on";
      return;
    }
    this.manifest = manifest;
    const start = host.monotonic();
    const incrs = manifest.filter((e) => e.type === "i").sort((a, b) => a.seq - b.seq);
    const base = manifest.find((e) => e.type === "b");
    const parts = [...(base ? [base] : []), ...incrs];
    this.currentSize = 0;
    for (let i = 0; i < parts.length; i++) {
      const size = this.loadFile(parts[i].name, i === parts.length - 1);
      if (parts[i].type === "b") this.baseSize = size;
      this.currentSize += size;
    }
    this.rewriteBaseSize = this.currentSize;
    this.server.dirty = 0;
    host.log(`* DB loaded from append only file: ${((host.monotonic() - start) / 1000).toFixed(3)} seconds`);
    const last = incrs[incrs.length - 1];
    if (last) {
      this.incrHandle = files.openAppend(this.path(last.name));
      this.incrName = last.name;
    } else {
      this.openNewIncr("on server start");
      this.writeManifest(this.manifest);
    }
    this.state = "on";
  }

  /** Replays one file of the AOF; returns its size. Throws RdbFormatError when it cannot be used. */
  /**
   * Replays one file of the AOF, streamed in 1 MB chunks; returns its size. An RDB preamble is loaded first
   * and any commands after it replayed (a Redis 6 single-file AOF has both). Throws RdbFormatError when the
   * file cannot be used.
   */
  private loadFile(name: string, last: boolean): number {
    const files = this.files!;
    const host = this.server.host;
    const path = this.path(name);
    const h = files.openRead(path);
    if (h === null) throw new RdbFormatError(`The AOF file ${name} doesn't exist`);
    try {
      const chunk = new Uint8Array(1 << 20);
      const read = (): Uint8Array | null => {
        const n = files.read(h, chunk);
        return n === 0 ? null : chunk.slice(0, n);
      };
      let buf = read() ?? new Uint8Array(0);
      let pos = 0;
      let base = 0; // file offset of buf[0]
      const more = (): boolean => {
        const next = read();
        if (next === null) return false;
        const joined = new Uint8Array(buf.length - pos + next.length);
        joined.set(buf.subarray(pos));
        joined.set(next, buf.length - pos);
        base += pos;
        buf = joined;
        pos = 0;
        return true;
      };
      if (buf.length >= 5 && bytesToStr(buf, 0, 5) === "REDIS") {
        host.log(`* Reading RDB base file on AOF loading...`);
        const t0 = host.monotonic();
        const dec = new RdbDecoder(buf, read);
        const loader = new RdbLoader(this.p, dec, false);
        loader.header();
        loader.step(Infinity);
        host.log(`* Done loading RDB, keys loaded: ${loader.keysLoaded}, keys expired: ${loader.keysExpired}.`);
        host.log(`* DB loaded from base file ${name}: ${((host.monotonic() - t0) / 1000).toFixed(3)} seconds`);
        base = dec.base;
        buf = dec.buf.subarray(0, dec.end);
        pos = dec.pos;
      }
      const c = this.loaderClientFor();
      for (;;) {
        if (pos >= buf.length && !more()) break;
        const cmd = parseCommand(buf, pos);
        if (cmd === null) {
          if (more()) continue;
          const at = base + pos;
          if (last && this.server.config.get("aof-load-truncated") === "yes") {
            host.log(`# !!! Warning: short read while loading the AOF file ${name}!!!`);
            host.log(`# !!! Truncating the AOF ${name} at offset ${at} !!!`);
            files.truncate(path, at);
            host.log("# AOF loaded anyway because aof-load-truncated is enabled");
            return at;
          }
          throw new RdbFormatError(
            `Unexpected end of file reading the append only file ${name}. You can: 1) Make a backup of your AOF file, then use ./redis-check-aof --fix <filename.manifest>. 2) Alternatively you can set the 'aof-load-truncated' configuration option to yes and restart the server.`,
          );
        }
        if (cmd === "bad") throw new RdbFormatError(`Bad file format reading the append only file ${name}: make a backup of your AOF file, then use ./redis-check-aof --fix <filename.manifest>`);
        pos = cmd.end;
        const argv = cmd.argv;
        if (this.server.commands.lookup(argv[0]) === undefined) {
          throw new RdbFormatError(`Unknown command '${argv[0].slice(0, 64)}' reading the append only file ${name}`);
        }
        c.execute(argv);
        c.reply.take();
      }
      if (c.multi !== null) {
        // A transaction cut off at the end: Redis drops it (and reports a truncated file).
        host.log(`# Revert incomplete MULTI/EXEC transaction in AOF file ${name}`);
        c.multi = null;
      }
      return base + pos;
    } finally {
      files.close(h);
    }
  }

  private loaderClientFor(): Client {
    if (this.loaderClient === null) {
      this.loaderClient = this.server.connect({
        write() {},
        close() {},
        abort() {},
        bufferedBytes: () => 0,
        remoteAddress: "aof:0",
        localAddress: "aof:0",
        fd: -1,
      });
      this.loaderClient.authenticated = true;
    }
    return this.loaderClient;
  }

  /** Ends the replay client once loading is over. */
  finishLoading(): void {
    if (this.loaderClient !== null) {
      this.server.removeClient(this.loaderClient);
      this.loaderClient = null;
    }
  }

  /** Writes a base file from the current dataset synchronously (startup). */
  private createBaseNow(reason: string): void {
    const files = this.files!;
    const seq = (this.manifest.find((e) => e.type === "b")?.seq ?? 0) + 1;
    const name = `${this.prefix()}.${seq}.base.rdb`;
    const w = new SnapshotWriter(this.p, files, this.path(name), this.path(`temp-${name}`), true);
    w.step(Infinity);
    w.commit();
    this.manifest = [...this.manifest.filter((e) => e.type !== "b"), { name, seq, type: "b" }];
    this.baseSize = files.size(this.path(name)) ?? 0;
    this.currentSize = this.baseSize;
    this.rewriteBaseSize = this.currentSize;
    this.server.host.log(`* Creating AOF base file ${name} ${reason}`);
  }

  // ---- switching at run time ----

  /** CONFIG SET appendonly yes: a rewrite writes the first base; commands are logged meanwhile. */
  private start(): void {
    const files = this.files;
    if (files === null) return;
    files.mkdir(this.dir());
    this.manifest = this.readManifest() ?? [];
    this.state = "wait";
    this.lastDirty = this.server.dirty;
    if (this.p.bgsave !== null) {
      this.openNewIncr("on background rewrite");
      this.rewriteScheduled = true;
      return;
    }
    this.startRewrite();
  }

  /** CONFIG SET appendonly no. */
  private stop(): void {
    this.killRewrite();
    this.writeBuffer(false, true);
    if (this.incrHandle !== null && this.files !== null) {
      try {
        this.files.sync(this.incrHandle);
        this.files.close(this.incrHandle);
      } catch { /* nothing more to do */ }
    }
    this.incrHandle = null;
    this.state = "off";
    this.buf = [];
    this.bufLen = 0;
    this.pendingState.clear();
    this.touched.clear();
  }

  // ---- rewrite ----

  rewriting(): boolean {
    return this.rewriteWriter !== null;
  }

  /** BGREWRITEAOF: false when it cannot start (logged). */
  startRewrite(): boolean {
    const files = this.files;
    const host = this.server.host;
    if (files === null) {
      host.log(`# Can't rewrite the AOF: ${this.p.io?.offReason ?? "persistence is off (no file access)"}`);
      return false;
    }
    try {
      files.mkdir(this.dir());
      // Incremental files up to this one are covered by the new base; later ones are kept.
      this.rewriteIncrFrom = this.state === "on" || this.incrHandle === null ? this.nextIncrSeq() - 1 : this.nextIncrSeq() - 2;
      if (this.state !== "off") {
        if (this.state === "on" || this.incrHandle === null) this.openNewIncr("on background rewrite");
        if (this.manifest.some((e) => e.type === "b")) this.writeManifest(this.manifest);
      }
      const tmp = this.path(`temp-rewriteaof-bg-${host.processId ?? 0}.aof`);
      this.rewriteWriter = new SnapshotWriter(this.p, files, tmp, tmp, true, true);
    } catch (e) {
      host.log(`# Can't rewrite append only file in background: ${(e as Error).message}`);
      this.lastBgrewriteStatus = "err";
      this.rewriteFailures++;
      return false;
    }
    this.rewriteStartedAt = this.server.now();
    host.log("* Background append only file rewriting started");
    this.scheduleRewriteSlice();
    return true;
  }

  private scheduleRewriteSlice(): void {
    this.rewriteTimer = this.server.host.setTimer(1, () => {
      this.rewriteTimer = null;
      const w = this.rewriteWriter;
      if (w === null) return;
      let done: boolean;
      try {
        done = w.step(this.server.host.monotonic() + 4);
      } catch (e) {
        this.rewriteFailed(w, e as Error);
        return;
      }
      if (!done) return this.scheduleRewriteSlice();
      w.commitAsync((err) => {
        if (this.rewriteWriter !== w) return;
        if (err) this.rewriteFailed(w, err);
        else this.rewriteDone(w);
      });
    });
  }

  /** Completes a running rewrite's snapshot now (before FLUSHALL, SWAPDB ...). */
  finishRewriteNow(): void {
    const w = this.rewriteWriter;
    if (w === null) return;
    this.rewriteTimer?.cancel();
    this.rewriteTimer = null;
    try {
      w.step(Infinity);
    } catch (e) {
      this.rewriteFailed(w, e as Error);
      return;
    }
    w.commitAsync((err) => {
      if (this.rewriteWriter !== w) return;
      if (err) this.rewriteFailed(w, err);
      else this.rewriteDone(w);
    });
  }

  private rewriteFailed(w: SnapshotWriter, e: Error): void {
    w.abort();
    this.rewriteWriter = null;
    this.lastBgrewriteStatus = "err";
    this.rewriteFailures++;
    this.server.host.log(`# Background AOF rewrite failed: ${e.message}`);
  }

  private rewriteDone(w: SnapshotWriter): void {
    const files = this.files!;
    const host = this.server.host;
    this.rewriteWriter = null;
    try {
      const oldBase = this.manifest.find((e) => e.type === "b");
      const seq = (oldBase?.seq ?? 0) + 1;
      const name = `${this.prefix()}.${seq}.base.rdb`;
      files.rename(w.path, this.path(name));
      host.log(`* Background AOF rewrite terminated with success`);
      host.log(`* Successfully renamed the temporary AOF base file ${w.path.slice(w.path.lastIndexOf("/") + 1)} into ${name}`);
      const keep = this.manifest.filter((e) => e.type === "i" && e.seq > this.rewriteIncrFrom);
      const history = this.manifest.filter((e) => e.type === "b" || (e.type === "i" && e.seq <= this.rewriteIncrFrom));
      this.writeManifest([{ name, seq, type: "b" }, ...keep]);
      for (const h of history) {
        host.log(`* Removing the history file ${h.name} in the background`);
        files.remove(this.path(h.name));
      }
      this.baseSize = files.size(this.path(name)) ?? 0;
      let size = this.baseSize;
      for (const e of keep) size += files.size(this.path(e.name)) ?? 0;
      this.currentSize = size + this.bufLen;
      this.rewriteBaseSize = this.currentSize;
      this.rewrites++;
      this.rewriteFailures = 0;
      this.lastBgrewriteStatus = "ok";
      this.lastRewriteTimeSec = Math.round((this.server.now() - this.rewriteStartedAt) / 1000);
      if (this.state === "wait") this.state = "on";
      host.log("* Background AOF rewrite finished successfully");
    } catch (e) {
      this.lastBgrewriteStatus = "err";
      this.rewriteFailures++;
      host.log(`# Background AOF rewrite failed: ${(e as Error).message}`);
    }
  }

  killRewrite(): void {
    if (this.rewriteWriter === null) return;
    this.rewriteTimer?.cancel();
    this.rewriteTimer = null;
    this.rewriteWriter.abort();
    this.rewriteWriter = null;
  }

  // ---- periodic work and shutdown ----

  cron(): void {
    if (this.state === "off") return;
    this.flushPendingState(); // changes by served blocked clients, if no command came since
    if (this.needSync) this.syncNow();
    this.writeBuffer(false);
    this.fsyncIfDue();
    if (this.rewriteWriter !== null || this.p.bgsave !== null) return;
    if (this.rewriteScheduled) {
      this.rewriteScheduled = false;
      this.startRewrite();
      return;
    }
    const perc = this.server.config.getNumber("auto-aof-rewrite-percentage");
    const min = this.server.config.getNumber("auto-aof-rewrite-min-size");
    if (this.state === "on" && perc > 0 && this.currentSize > min) {
      const base = this.rewriteBaseSize > 0 ? this.rewriteBaseSize : 1;
      const growth = Math.floor((this.currentSize * 100) / base) - 100;
      if (growth >= perc) {
        this.server.host.log(`* Starting automatic rewriting of AOF on ${growth}% growth`);
        this.startRewrite();
      }
    }
  }

  flushOnShutdown(): void {
    if (this.state === "off") return;
    this.killRewrite();
    this.flushPendingState();
    this.needSync = false;
    this.writeBuffer(false, true);
    if (this.incrHandle !== null && this.files !== null) {
      try {
        this.files.sync(this.incrHandle);
      } catch (e) {
        this.server.host.log(`# Error fsyncing the AOF on shutdown: ${(e as Error).message}`);
      }
    }
  }

  info(): { main: string[]; extra: string[] } {
    const now = this.server.now();
    const main = [
      `aof_enabled:${this.state !== "off" ? 1 : 0}`,
      `aof_rewrite_in_progress:${this.rewriteWriter !== null ? 1 : 0}`,
      `aof_rewrite_scheduled:${this.rewriteScheduled ? 1 : 0}`,
      `aof_last_rewrite_time_sec:${this.lastRewriteTimeSec}`,
      `aof_current_rewrite_time_sec:${this.rewriteWriter !== null ? Math.round((now - this.rewriteStartedAt) / 1000) : -1}`,
      `aof_last_bgrewrite_status:${this.lastBgrewriteStatus}`,
      `aof_rewrites:${this.rewrites}`,
      `aof_rewrites_consecutive_failures:${this.rewriteFailures}`,
      `aof_last_write_status:${this.lastWriteStatus}`,
      "aof_last_cow_size:0",
    ];
    const extra = this.state === "off" ? [] : [
      `aof_current_size:${this.currentSize}`,
      `aof_base_size:${this.baseSize}`,
      `aof_pending_rewrite:${this.rewriteScheduled ? 1 : 0}`,
      `aof_buffer_length:${this.bufLen}`,
      `aof_pending_bio_fsync:${this.fsyncPending ? 1 : 0}`,
      `aof_delayed_fsync:${this.delayedFsyncs}`,
    ];
    return { main, extra };
  }
}

/** Reads a whole file through a FileStore handle (AOF parts are read whole; the RDB loader streams). */
function readAll(files: FileStore, h: unknown): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  const chunk = new Uint8Array(1 << 20);
  for (;;) {
    const n = files.read(h, chunk);
    if (n === 0) break;
    parts.push(chunk.slice(0, n));
    total += n;
  }
  files.close(h);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** One RESP multibulk command at `pos`: its arguments and end, null when cut short, "bad" when malformed. */
function parseCommand(b: Uint8Array, pos: number): { argv: string[]; end: number } | null | "bad" {
  const line = (at: number): [number, number] | null => {
    for (let i = at; i + 1 < b.length; i++) if (b[i] === 13 && b[i + 1] === 10) return [at, i];
    return null;
  };
  const num = (s: number, e: number): number => {
    let n = 0;
    for (let i = s; i < e; i++) {
      const d = b[i] - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return e > s ? n : -1;
  };
  if (b[pos] !== 42 /* * */) return "bad";
  const head = line(pos + 1);
  if (head === null) return null;
  const argc = num(head[0], head[1]);
  if (argc < 1) return "bad";
  let p = head[1] + 2;
  const argv: string[] = [];
  for (let i = 0; i < argc; i++) {
    if (p >= b.length) return null;
    if (b[p] !== 36 /* $ */) return "bad";
    const l = line(p + 1);
    if (l === null) return null;
    const len = num(l[0], l[1]);
    if (len < 0) return "bad";
    const start = l[1] + 2;
    if (start + len + 2 > b.length) return null;
    argv.push(bytesToStr(b, start, start + len));
    p = start + len + 2;
  }
  return { argv, end: p };
}

