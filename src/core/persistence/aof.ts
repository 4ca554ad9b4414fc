/**
 * The append-only file, Redis 7.0's multi-part layout (aof.c): a directory (`appenddirname`) holding a base
 * file (always an RDB snapshot with the aof-base AUX field, i.e. aof-use-rdb-preamble yes, Redis's default;
 * a base of commands is read but not written), incremental files of commands in RESP, and a manifest:
 *
 *     file appendonly.aof.1.base.rdb seq 1 type b
 *     file appendonly.aof.1.incr.aof seq 1 type i
 *
 * What gets logged: the propagation stream (propagate.ts). Each command says what replays it (EXPIRE becomes
 * PEXPIREAT, SET EX becomes SET PXAT, a served BLPOP becomes LPOP, SPOP becomes SREMs ...), expired keys
 * become DEL, and a unit with several writes (a transaction) comes wrapped in MULTI/EXEC; this file only
 * writes that stream as RESP, with a SELECT whenever the database changes (feedAppendOnlyFile).
 *
 * fsync policy (appendfsync): `always` writes and fsyncs before any reply leaves (one fsync per burst); `everysec`
 * and `no` write before the replies of an event leave (beforeSleep), then `everysec` fsyncs once a second (off
 * the event loop where the host can) and `no` leaves flushing to the OS. A write that fails (a full disk) is
 * cut back to whole records and retried; meanwhile writes get MISCONF, or under `always` the process exits.
 *
 * BGREWRITEAOF opens the next incremental file (new writes go there from that moment), writes a new base from a
 * point-in-time view (the same sliced copy-on-write writer as BGSAVE), then installs a manifest of the new
 * base and incremental files and removes the old ones.
 */
import type { AofLink, Server } from "../server.ts";
import type { Client } from "../client.ts";
import type { PropagationConsumer } from "../propagate.ts";
import { respCommand as resp } from "../propagate.ts";

/** Past this many buffered bytes, the next record goes in a write of its own (see emitRaw). */
const BIG_BATCH = 256 * 1024 * 1024;
import { bytesToStr, strToBytes } from "../bytes.ts";
import type { FileError, FileStore } from "./fs.ts";
import { joinPath, strerror } from "./fs.ts";
import { RdbDecoder, RdbFormatError } from "./rdb.ts";
import type { AofHooks, Persistence } from "./snapshot.ts";
import { RdbLoader, SnapshotWriter } from "./snapshot.ts";

interface ManifestEntry {
  name: string;
  seq: number;
  type: "b" | "h" | "i";
}

/** Redis's AOF_WRITE_LOG_ERROR_RATE: at most one log line about failing AOF writes per 30 seconds. */
const AOF_WRITE_LOG_ERROR_RATE_MS = 30_000;

export class Aof implements AofHooks, PropagationConsumer {
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
    const on = v !== "off";
    this.server.propagation.setConsumer(this, on);
    this.server.aof = on ? this.link : null;
  }
  /** What the server calls while the AOF is on: its beforeSleep step. */
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
  /** Why the last AOF write failed (strerror text): the reason MISCONF gives while lastWriteStatus is err. */
  lastWriteError = "";
  private lastWriteErrorLog = -Infinity;
  /** The last background fsync failed (strerror text), else null. */
  private fsyncError: string | null = null;
  /** Bytes the current incremental file holds (aof_last_incr_size): where a short write is cut back to. */
  private incrSize = 0;
  /** The client replaying an AOF at startup: exempt from LOADING, not logged. */
  loaderClient: Client | null = null;

  constructor(p: Persistence) {
    this.p = p;
    this.server = p.server;
    const server = this.server;
    this.link = { beforeSleep: () => this.beforeSleep() };
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
  beforeCommand(c: Client): void {
    if (this.state !== "off" && this.server.config.get("appendfsync") === "always") this.guardReplies(c);
  }

  /** feedAppendOnlyFile: one write of the propagation stream, as RESP, after a SELECT when the database changes. */
  propagate(dbid: number, argv: readonly string[]): void {
    this.emit(dbid, argv);
    this.afterEvent();
  }

  /**
   * After a write was logged: under `always` the log is written and fsynced just before the next reply
   * bytes leave (see guardReplies), so a pipeline of commands shares one fsync, as Redis's beforeSleep does;
   * otherwise beforeSleep writes it before the replies, and a timer covers writes made outside any event.
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
    const t = c.transport as { write(bytes: Uint8Array): void; writeView?(bytes: Uint8Array): void; close(): void };
    if (this.guarded.has(t)) return;
    this.guarded.add(t);
    // Every reply goes through `write`, as owned bytes that may be held: a lent view of the client's reply
    // buffer (Transport.writeView) would skip the wrapper, and be overwritten while held.
    delete t.writeView;
    const write = t.write;
    const close = t.close;
    // Replies that must wait for the fsync are held, and every client's held replies are released after one
    // fsync at the next tick: clients whose commands arrived together share it (group commit).
    t.write = (bytes: Uint8Array) => {
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
      // Replies of writes that are not on disk never leave (the process is exiting).
      if (this.needSync && !this.syncNow()) return;
      const held = this.held;
      this.held = [];
      this.heldBy.clear();
      for (const f of held) f();
    });
  }

  /** Writes and fsyncs what is pending (appendfsync always); false when that failed (the process exits). */
  private syncNow(): boolean {
    this.needSync = false;
    return this.writeBuffer(true, true);
  }

  private emit(dbid: number, argv: readonly string[]): void {
    if (dbid !== this.selectedDb) {
      this.emitRaw(resp(["SELECT", String(dbid)]));
      this.selectedDb = dbid;
    }
    this.emitRaw(resp(argv));
  }

  private emitRaw(s: string): void {
    // The buffer is joined into one string when written: written out before it could outgrow one (a big
    // string value is logged as pieces of up to 256 MB, keyspace/bigstr.ts).
    if (this.bufLen + s.length > BIG_BATCH && this.bufLen > 0) this.writeBuffer(false, true);
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

  /**
   * Redis's beforeSleep: under everysec and no, the log of this event's commands is written to the file before
   * their replies leave (the shim sends them right after), so a crash of the process loses no acknowledged
   * write, only a crash of the machine can (fsync follows once a second). Unlike flushAppendOnlyFile, the
   * write is not postponed while a background fsync runs: here that fsync ends only when the event loop
   * hears of it, which under load can be several events later, and replies would leave unwritten meanwhile.
   */
  private beforeSleep(): void {
    if (this.bufLen === 0 || this.server.config.get("appendfsync") === "always") return;
    this.writeBuffer(false, true);
  }

  /**
   * Writes the pending log to the incremental file; `fsyncNow` for appendfsync always. False when the write
   * failed (flushAppendOnlyFile: the text stays buffered and is retried, writes are refused with MISCONF
   * meanwhile; under always the process exits).
   */
  writeBuffer(fsyncNow: boolean, force = false): boolean {
    const files = this.files;
    if (this.bufLen === 0 || files === null || this.incrHandle === null) return true;
    // Under everysec, a write(2) while the background fsync runs would wait for it on the file's lock and
    // stall every client: postpone it (up to 2 s, as Redis's flushAppendOnlyFile does) and retry soon.
    if (this.fsyncPending && !fsyncNow && !force) {
      const now = this.server.now();
      if (this.postponedSince === 0) this.postponedSince = now;
      if (now - this.postponedSince < 2000) {
        this.scheduleWrite();
        return true;
      }
      this.delayedFsyncs++;
    }
    this.postponedSince = 0;
    const text = this.buf.length === 1 ? this.buf[0] : this.buf.join("");
    this.buf = [];
    this.bufLen = 0;
    try {
      files.write(this.incrHandle, strToBytes(text));
    } catch (e) {
      return this.writeFailed(e as FileError, text);
    }
    this.currentSize += text.length;
    this.incrSize += text.length;
    this.unsynced = true;
    if (fsyncNow) {
      try {
        files.sync(this.incrHandle);
      } catch (e) {
        // The log is written but not known to be on disk: under always no reply may claim it is.
        this.server.host.log(
          `# Can't persist AOF for fsync error when the AOF fsync policy is 'always': ${strerror(e)}. Exiting...`,
        );
        this.p.io?.exit(1);
        return false;
      }
      this.unsynced = false;
    }
    if (this.lastWriteStatus === "err") {
      this.server.host.log("# AOF write error looks solved, Redis can write again.");
      this.lastWriteStatus = "ok";
    }
    return true;
  }

  /**
   * A failed or short write (flushAppendOnlyFile): a partial record is cut off the file again, so the log never
   * ends in a torn command; the text is kept to be written whole later.
   */
  private writeFailed(e: FileError, text: string): boolean {
    const host = this.server.host;
    const now = this.server.now();
    const canLog = now - this.lastWriteErrorLog > AOF_WRITE_LOG_ERROR_RATE_MS;
    if (canLog) this.lastWriteErrorLog = now;
    let written = e.written ?? 0;
    if (written === 0) {
      if (canLog) host.log(`# Error writing to the AOF file: ${strerror(e)}`);
      this.lastWriteError = strerror(e);
    } else {
      if (canLog) {
        host.log(`# Short write while writing to the AOF file: (nwritten=${written}, expected=${text.length})`);
      }
      try {
        this.files!.truncate(this.path(this.incrName), this.incrSize);
        written = 0;
      } catch (te) {
        if (canLog) {
          host.log(
            `# Could not remove short write from the append-only file.  Redis may refuse to load the AOF the next time it starts.  ftruncate: ${
              strerror(te)
            }`,
          );
        }
      }
      this.lastWriteError = "No space left on device"; // Redis reports ENOSPC for a short write
    }
    if (this.server.config.get("appendfsync") === "always") {
      // The changes are made and cannot be rolled back, and the contract is that no acknowledged write is lost.
      host.log("# Can't recover from AOF write error when the AOF fsync policy is 'always'. Exiting...");
      this.p.io?.exit(1);
      return false;
    }
    this.lastWriteStatus = "err";
    // What did reach the file (a short write that could not be cut off) is not written twice.
    const rest = written > 0 ? text.slice(written) : text;
    this.currentSize += written;
    this.incrSize += written;
    this.buf.unshift(rest);
    this.bufLen += rest.length;
    return false;
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
      files.syncAsync(handle, (err) => {
        this.fsyncPending = false;
        this.fsyncDone(err);
      });
    } else {
      let err: Error | null = null;
      try {
        files.sync(handle);
      } catch (e) {
        err = e as Error;
      }
      this.fsyncDone(err);
    }
  }

  /**
   * The background fsync's outcome (bio.c's aof_bio_fsync_status): a failure refuses writes with MISCONF, as
   * a failed write does, until an fsync works again.
   */
  private fsyncDone(err: Error | null): void {
    if (err === null) {
      this.fsyncError = null;
      return;
    }
    if (this.fsyncError === null) this.server.host.log(`# Fail to fsync the AOF file: ${strerror(err)}`);
    this.fsyncError = strerror(err);
    this.unsynced = true; // tried again a second later, so writes resume once the disk recovers
  }

  /** Why writes are refused with MISCONF (writeCommandsDeniedByDiskError), or null when the AOF is writable. */
  diskError(): string | null {
    if (this.state === "off") return null;
    if (this.lastWriteStatus === "err") return this.lastWriteError;
    return this.fsyncError;
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

  /**
   * Opens a new incremental file for appending and adds it to the manifest (in memory). At server start an
   * existing file of that name is appended to, as aofOpenIfNeededOnServerStart opens it with O_APPEND: a
   * directory whose manifest went missing keeps its data (issue 17 item 9).
   */
  private openNewIncr(reason: string, onStart = false): void {
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
    // After a rewrite a new sequence number starts an empty file (openNewIncrAofForAppend truncates).
    this.incrHandle = onStart ? files.openAppend(this.path(name)) : files.create(this.path(name));
    this.incrSize = onStart ? files.size(this.path(name)) ?? 0 : 0;
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
      host.log(
        `* Successfully migrated an old-style AOF into the AOF directory (${this.server.config.get("appenddirname")}).`,
      );
      manifest = this.manifest;
    }
    if (manifest === null) {
      this.manifest = [];
      this.createBaseNow("on server start");
      this.openNewIncr("on server start", true);
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
      this.incrSize = files.size(this.path(last.name)) ?? 0;
    } else {
      this.openNewIncr("on server start", true);
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
        if (cmd === "bad") {
          throw new RdbFormatError(
            `Bad file format reading the append only file ${name}: make a backup of your AOF file, then use ./redis-check-aof --fix <filename.manifest>`,
          );
        }
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
        c.multiFlags = 0;
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
      this.rewriteIncrFrom = this.state === "on" || this.incrHandle === null
        ? this.nextIncrSeq() - 1
        : this.nextIncrSeq() - 2;
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
    if (w === null || w.committing) return;
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
      host.log(
        `* Successfully renamed the temporary AOF base file ${w.path.slice(w.path.lastIndexOf("/") + 1)} into ${name}`,
      );
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
      `aof_current_rewrite_time_sec:${
        this.rewriteWriter !== null ? Math.round((now - this.rewriteStartedAt) / 1000) : -1
      }`,
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
