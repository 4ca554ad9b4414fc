/**
 * One client connection: its parser, reply writer, protocol version, selected database, transaction queue
 * and blocking/subscription state. The shim feeds it received chunks; it runs every complete command in the
 * chunk and hands the batch of replies to the transport in one write.
 */
import { RequestParser } from "./resp/parser.ts";
import { ReplyWriter } from "./resp/writer.ts";
import type { Transport } from "./host.ts";
import type { Server } from "./server.ts";
import type { Command } from "./commands/table.ts";
import type { Db } from "./keyspace/db.ts";
import type { BlockState } from "./features/blocking.ts";
import type { WatchedKey } from "./features/watch.ts";
import type { User } from "./acl/user.ts";
import { queuedFlags } from "./scripting/flags.ts";
import {
  ERR_DEBUG_NOT_ALLOWED,
  ERR_NOAUTH,
  errExecAbortBecause,
  errInternal,
  errRequest,
  errUnknownCommand,
  errUnknownSubcommand,
  errWrongArity,
} from "./errors.ts";

/**
 * Client flags (Redis's CLIENT_* in server.h), for the states that are yes/no. The rest of a client's state
 * has typed fields below.
 */
/** Receives every command run (MONITOR). */
export const CLIENT_MONITOR = 1 << 0;
/** May not block: a blocking command answers as if it timed out (inside EXEC; scripts). */
export const CLIENT_DENY_BLOCKING = 1 << 1;
/** On the unblocked queue, its pending input to run at the end of the event. */
export const CLIENT_UNBLOCKED = 1 << 2;
/** Holding a command back for CLIENT PAUSE (Redis's CLIENT_BLOCKED with BLOCKED_POSTPONE). */
export const CLIENT_POSTPONED = 1 << 3;
/** CLIENT NO-EVICT ON. */
export const CLIENT_NO_EVICT = 1 << 4;
/** CLIENT TRACKING ON, and its modes. */
export const CLIENT_TRACKING = 1 << 5;
/** The REDIRECT target went away. */
export const CLIENT_TRACKING_BROKEN_REDIR = 1 << 6;
export const CLIENT_TRACKING_BCAST = 1 << 7;
export const CLIENT_TRACKING_OPTIN = 1 << 8;
export const CLIENT_TRACKING_OPTOUT = 1 << 9;
/** CLIENT CACHING given for the next command. */
export const CLIENT_TRACKING_CACHING = 1 << 10;
export const CLIENT_TRACKING_NOLOOP = 1 << 11;
/** The client applying this replica's master stream (CLIENT LIST flag M, CLIENT KILL TYPE master). */
export const CLIENT_MASTER = 1 << 20;
/** A replica attached to this server (replication/master.ts): CLIENT LIST's S, type "slave". */
export const CLIENT_SLAVE = 1 << 21;

export class Client {
  readonly id: number;
  readonly server: Server;
  readonly transport: Transport;
  readonly parser: RequestParser = new RequestParser();
  readonly reply: ReplyWriter = new ReplyWriter();
  db: Db;
  name = "";
  libName = "";
  libVer = "";
  authenticated: boolean;
  /** The ACL user it runs as (the default user until AUTH). */
  user: User;
  /** Close once the current command's reply is written (CLIENT_CLOSE_AFTER_COMMAND: its user was deleted). */
  closeAfterReply = false;
  readonly createdAt: number;
  lastInteraction: number;
  /** The last command run, as Redis names it in CLIENT LIST (e.g. "client|list"). */
  lastCommand = "NULL";
  /** The command being run now, and its arguments (CLIENT LIST's qbuf and argv-mem). */
  current: Command | null = null;
  argv: string[] | null = null;
  /** MULTI state: queued commands, or null outside a transaction; `dirtyExec` when a queued command failed. */
  multi: { cmd: Command; argv: string[] }[] | null = null;
  multiError = false;
  /** The QUEUED_* flags of the queued commands (mstate.cmd_flags): what EXEC is checked as. */
  multiFlags = 0;
  /** WATCHed keys by "dbid\0key" (server.watch keeps the index of watchers). */
  watched: Map<string, WatchedKey> | null = null;
  /** Set when a watched key was modified. */
  dirtyCas = false;
  blocked: BlockState | null = null;
  /** Pub/Sub state, owned by the pubsub family. */
  channels: Set<string> | null = null;
  patterns: Set<string> | null = null;
  shardChannels: Set<string> | null = null;
  /** CLIENT_* flags. */
  flags = 0;
  /** CLIENT TRACKING REDIRECT: the client invalidations go to, 0 = this one. */
  trackingRedirect = 0;
  /** CLIENT TRACKING BCAST prefixes, in registration order; null when none. */
  trackingPrefixes: Set<string> | null = null;
  /** When unsent output first passed the soft client-output-buffer-limit (obuf_soft_limit_reached_time). */
  softLimitReachedAt: number | null = null;
  /** CLIENT REPLY OFF|SKIP support: replies are dropped while this is > 0 or "off". */
  replyMode: "on" | "off" | "skip" = "on";
  /** Freed by maxmemory-clients (evictClients). */
  evicted = false;
  /** Set once the connection is closing: no more input is processed. */
  closing = false;
  closed = false;
  private processing = false;
  /** Byte ranges [start, end, ...] of pushes written while replies are silenced (see markPush). */
  private pushRanges: number[] | null = null;
  /** A command held back by CLIENT PAUSE: run first when input processing resumes. */
  postponed: string[] | null = null;
  /** Commands run in the current batch, for INFO commandstats timings. */
  private timed: Command[] = [];
  /**
   * How many of `timed` are this batch's (the array is reused: `length = 0` would free its backing store
   * and have the next batch allocate one again).
   */
  private timedCount = 0;
  /**
   * Commands of the current batch whose end was not read off the clock yet (see `deferTiming`), with their
   * arguments; `settleTiming` times them together with one clock read.
   */
  private untimed: Command[] = [];
  private untimedArgv: string[][] = [];
  private untimedCount = 0;
  /** The last command ended with a clock read (`Server.clockMark` is its end). */
  private endRead = false;
  /** Input processing stopped because too much output is unsent. */
  outputPaused = false;
  /**
   * A command that went back to the event loop before finishing (a script past busy-reply-threshold; Redis
   * protects its client meanwhile): this client's further input waits, and `finishYieldedCommand` ends it.
   */
  yielded: YieldedCall | null = null;
  /** Set by a handler that will finish later (`yieldCommand`), read by call() when the handler returns. */
  private yieldRequested = false;
  /** What EXEC goes on with once its queued command that yielded has ended (see `yieldCommand`). */
  private resumeYielded: (() => void) | null = null;
  /** Nested call()s: EXEC's queued commands run at depth 2. */
  private callDepth = 0;
  /** The replication offset right after this client's last propagated write (c->woff, for WAIT). */
  woff = 0;

  constructor(server: Server, id: number, transport: Transport) {
    this.server = server;
    this.id = id;
    this.transport = transport;
    this.db = server.dbs[0];
    this.createdAt = server.now();
    this.lastInteraction = this.createdAt;
    this.user = server.acl.defaultUser;
    this.authenticated = server.acl.defaultAuthenticated();
    this.parser.maxBulkLen = server.protoMaxBulkLen;
    this.parser.authRequired = () => !this.authenticated && server.acl.authRequired();
  }

  get proto(): 2 | 3 {
    return this.reply.proto;
  }

  get dbIndex(): number {
    return this.db.id;
  }

  /** Feeds bytes received from the socket; runs every complete command and flushes replies once. */
  feed(chunk: Uint8Array): void {
    if (this.closing) return;
    try {
      this.feedChunk(chunk);
    } catch (e) {
      this.failedInput(e);
    }
  }

  /**
   * Last resort for an exception outside any one command (parsing, flushing): the client hears an error and
   * the server logs it, rather than the runtime ending the process (Node) or dropping the connection
   * silently (Deno's read loop).
   */
  private failedInput(e: unknown): void {
    this.processing = false;
    this.internalError(e, "(input)");
    try {
      this.flush();
    } catch { /* the transport itself failed: it reports the disconnection */ }
  }

  private feedChunk(chunk: Uint8Array): void {
    this.parser.feed(chunk);
    // One wall-clock read per read event serves both (a clock read costs 40-100 ns on these runtimes).
    const now = this.server.host.now();
    this.lastInteraction = now;
    this.processInput(now);
    // client-query-buffer-limit: input held for an unfinished command may not grow past it (Redis closes
    // the connection, without a reply).
    if (this.parser.heldBytes() > this.server.queryBufferLimit) {
      this.server.host.log(
        `# Closing client that reached max query buffer length: id=${this.id} addr=${this.transport.remoteAddress} (qbuf=${this.parser.heldBytes()})`,
      );
      this.kill();
      return;
    }
    this.server.flushPending();
    this.flush();
    // beforeSleep's evictClients, once this input's replies are out: they may have pushed it past maxmemory-clients.
    if (this.server.eviction.clientEvictionLimit !== 0) this.server.eviction.afterInput(this);
  }

  /**
   * Runs commands from the parser until it needs more bytes, the client blocks or an error closes it. `now`
   * is the wall clock when the caller just read it.
   */
  processInput(now?: number): void {
    if (this.processing) return;
    this.processing = true;
    const server = this.server;
    // One clock read per batch of pipelined commands rather than per command: the time snapshot and the
    // INFO commandstats timings (the batch's time shared evenly among its commands) come from these.
    const started = server.host.monotonic();
    server.clockMark = started;
    server.time = now ?? server.host.now();
    try {
      while (!this.closing && this.blocked === null && this.yielded === null) {
        // A client that pipelines faster than it reads: hand big batches to the transport early, and stop
        // running its commands while too much is unsent (resumed by `drained`). Memory stays bounded.
        if (this.reply.pos > FLUSH_AT) this.flush();
        if (this.transport.bufferedBytes() > OUTPUT_PAUSE_AT) {
          this.outputPaused = true;
          break;
        }
        let argv: string[] | null;
        if (this.postponed !== null) {
          argv = this.postponed;
          this.postponed = null;
        } else argv = this.parser.next();
        if (argv === null) {
          if (this.parser.refused !== null) {
            // A command read whole but not run (a big argument it cannot take: keyspace/bigstr.ts).
            this.reply.error(this.parser.refused);
            this.parser.refused = null;
            if (this.multi !== null) this.multiError = true;
            continue;
          }
          if (this.parser.error !== null) {
            this.reply.error(errRequest(this.parser.error));
            this.server.stats.protocolErrors++;
            this.close();
          }
          break;
        }
        const mark = this.reply.pos;
        try {
          this.execute(argv);
        } catch (e) {
          // Thrown outside the handler (a gate or an after-command hook). When the command already replied,
          // a second reply would shift every later one by one: then the error is only logged.
          this.internalError(e, argv[0], this.reply.pos === mark);
        }
        if (this.closeAfterReply) {
          this.close();
          break;
        }
        if (this.postponed !== null) break;
      }
    } finally {
      this.processing = false;
      if (this.untimedCount > 0) this.settleTiming();
      if (this.timedCount > 0) {
        // The batch's last clock read serves when it ended the batch's last command.
        this.settleTimed((this.endRead ? server.clockMark : server.host.monotonic()) - started);
      }
    }
  }

  /** The shim reports its unsent output went down: go on with input held back by `processInput`. */
  drained(): void {
    if (!this.outputPaused || this.closing) return;
    this.outputPaused = false;
    try {
      this.processInput();
      this.server.flushPending();
      this.flush();
    } catch (e) {
      this.failedInput(e);
    }
  }

  /** Hands queued reply bytes to the transport and enforces output buffer limits. */
  flush(): void {
    // A command that yielded keeps its client's replies until it ends, as Redis's protectClient does.
    if (this.yielded !== null) return;
    const t = this.transport;
    // A shim that sends or copies at once gets a view: no copy of the replies per read event here.
    if (t.writeView !== undefined) {
      const view = this.reply.takeView();
      if (view !== null) {
        if (this.closed) return;
        if (t.writeView(view) === true) this.reply.release(view.length);
        this.server.checkOutputLimits(this);
        return;
      }
    }
    const bytes = this.reply.take();
    if (bytes !== null && !this.closed) {
      t.write(bytes);
      this.server.checkOutputLimits(this);
    }
  }

  /** Dispatches one command: lookup, arity, auth, transaction queueing, then the handler. */
  execute(argv: string[]): void {
    const server = this.server;
    if (server.faults !== null && server.faults.intercept(this, argv)) return;
    let cmd = server.commands.lookup(argv[0]);
    if (cmd !== undefined && cmd.subcommands !== null && argv.length >= 2) {
      const sub = cmd.subcommands.get(argv[1]) ?? cmd.subcommands.get(argv[1].toLowerCase());
      if (sub === undefined) {
        return this.reject(errUnknownSubcommand(argv[1], argv[0]), cmd);
      }
      cmd = sub;
    }
    if (cmd === undefined) return this.reject(errUnknownCommand(argv), null);
    const arity = cmd.arity;
    if ((arity > 0 && argv.length !== arity) || argv.length < -arity) {
      return this.reject(errWrongArity(cmd.fullName), cmd);
    }
    // processCommand refuses DEBUG before authentication when enable-debug-command does not allow it.
    if (cmd.admin && cmd.fullName === "debug" && !server.allowProtectedAction("enable-debug-command", this)) {
      return this.reject(ERR_DEBUG_NOT_ALLOWED, cmd);
    }
    if (!this.authenticated && !cmd.noAuth && server.acl.authRequired()) return this.reject(ERR_NOAUTH, cmd);
    const gate = server.gate(this, cmd, argv);
    if (gate !== null) return this.reject(gate, cmd);
    // Evicted by maxmemory-clients in the gate: the command never runs.
    if (this.evicted) return;
    if (server.pause.type !== null && server.pause.holds(this, cmd, argv)) {
      this.postponed = argv;
      return;
    }
    if (this.multi !== null && !isMultiControl(cmd.fullName)) {
      // An aborted transaction (queue-time error or a touched watch) stops growing, as queueMultiCommand.
      if (!this.multiError && !this.dirtyCas) {
        this.multi.push({ cmd, argv });
        this.multiFlags |= queuedFlags(this, cmd, argv);
      }
      if (this.replyMode === "on") this.reply.raw(QUEUED);
      else this.dropReply(this.reply.pos);
      return;
    }
    this.call(cmd, argv);
  }

  /** Runs a command's handler with bookkeeping (stats, last command, keys made ready for blocked clients). */
  call(cmd: Command, argv: string[]): void {
    const server = this.server;
    const errorsBefore = server.stats.errorReplies;
    server.stats.errorMark = errorsBefore;
    // EXEC calls its queued commands through here: they end with EXEC as the current command again.
    const outerCommand = this.current;
    const outerArgv = this.argv;
    this.current = cmd;
    this.argv = argv;
    const handler = cmd.handler!;
    const skip = this.replyMode !== "on";
    const mark = this.reply.pos;
    // What the command propagates (propagate.ts): its argv when it changed the dataset, or what it said instead.
    const prop = server.propagation;
    const dirty = server.dirty;
    const outer = prop.enter();
    // The command starts where the last clock read left off (the batch's start or the previous command's
    // end): one read per command, at its end (Server.commandTimed).
    const timing = server.timing;
    // A command timed at its own end starts where the deferred ones before it ended.
    if (this.untimedCount > 0 && !this.deferTiming(cmd)) this.settleTiming();
    const start = server.clockMark;
    this.callDepth++;
    try {
      handler(this, argv);
    } catch (e) {
      // A bug or a runtime limit (an allocation the runtime refuses) surfacing as an exception: the command
      // answers with an error and the connection, the transaction around it and the server go on. What the
      // handler wrote before throwing is not a whole reply, so it is dropped.
      if (this.reply.pos >= mark) this.reply.pos = mark;
      this.yieldRequested = false;
      this.internalError(e, cmd.fullName);
    } finally {
      this.callDepth--;
      if (!this.yieldRequested) {
        prop.exit(outer, this.db.id, argv, server.dirty !== dirty, cmd.fullName === "exec", cmd.touchesArbitraryKeys);
      }
    }
    if (this.yieldRequested) {
      // The propagation unit stays open (its depth held) until the command ends, so the script's writes
      // still reach the AOF as one MULTI/EXEC.
      this.yieldRequested = false;
      const errors = server.stats.errorReplies - errorsBefore;
      // EXEC yields after the queued command that yielded: that one is finished first (`inner`).
      const inner = this.yielded;
      const resume = this.resumeYielded;
      this.resumeYielded = null;
      this.yielded = { cmd, argv, outer, dirty, skip, errors, outerCommand, outerArgv, timing, start, inner, resume };
      return;
    }
    // Nested calls (EXEC's, a script's) moved the mark past their own errors.
    this.endCall(cmd, argv, skip, mark, server.stats.errorMark, outerCommand, outerArgv, timing, start);
  }

  /**
   * Whether the running command may go back to the event loop and finish later: a top-level command of a
   * connection. One queued in EXEC only when `inExec` (a script past busy-reply-threshold, while every
   * other client is answered -BUSY): EXEC then yields with it and goes on with its queue once it ended.
   */
  canYield(inExec = false): boolean {
    return (this.callDepth === 1 || (inExec && this.callDepth === 2 && this.multi !== null)) && this.id !== 0 &&
      !this.closing;
  }

  /**
   * Hands the commands run since the last settlement their share of `ms` for INFO commandstats: the end of
   * processInput for a batch, and a client without input of its own (a script's fake client), without a clock
   * read.
   */
  settleTimed(ms: number): void {
    const n = this.timedCount;
    if (n === 0) return;
    const share = (ms * 1000) / n;
    const timed = this.timed;
    for (let i = 0; i < n; i++) timed[i].usec += share;
    this.timedCount = 0;
    // A huge pipeline's list is not kept.
    if (n > 1024) timed.length = 0;
  }

  /**
   * The running handler returns without its reply; `finishYieldedCommand` writes it and ends the command.
   * `resume` is for EXEC, whose queued command yielded: it goes on with the queue once that one ended.
   */
  yieldCommand(resume: (() => void) | null = null): void {
    this.yieldRequested = true;
    this.resumeYielded = resume;
  }

  /**
   * Ends a command that yielded: `reply` writes its reply, then call()'s bookkeeping runs (propagation
   * unit, stats, MONITOR, blocked clients) and the client goes on with the input that waited.
   */
  finishYieldedCommand(reply: () => void): void {
    let y = this.yielded!;
    // A command queued in EXEC yielded: it ends first, then EXEC goes on with its queue (atomically, unless
    // another queued script yields again) and ends once its queue is done.
    while (y.inner !== null) {
      const exec = y;
      const inner = exec.inner!;
      exec.inner = null;
      this.yielded = inner;
      this.endYielded(inner, reply);
      reply = noReply;
      this.yielded = null;
      this.current = exec.cmd;
      this.argv = exec.argv;
      this.callDepth++;
      try {
        exec.resume!();
      } finally {
        this.callDepth--;
      }
      if (this.yieldRequested) {
        this.yieldRequested = false;
        exec.inner = this.yielded;
        exec.resume = this.resumeYielded;
        this.resumeYielded = null;
        this.yielded = exec;
        return;
      }
      this.yielded = y = exec;
    }
    this.endYielded(y, reply);
    this.server.currentClient = this;
    this.processInput();
    this.server.flushPending();
    this.flush();
  }

  /** The end of one command that yielded: its reply, its propagation unit, call()'s bookkeeping. */
  private endYielded(y: YieldedCall, reply: () => void): void {
    const server = this.server;
    this.current = y.cmd;
    this.argv = y.argv;
    const mark = this.reply.pos;
    // Other clients' -BUSY errors are not this command's.
    const errorsBefore = server.stats.errorReplies - y.errors;
    try {
      reply();
    } catch (e) {
      if (this.reply.pos >= mark) this.reply.pos = mark;
      this.internalError(e, y.cmd.fullName);
    } finally {
      this.yielded = null;
      const prop = server.propagation;
      const isExec = y.resume !== null;
      prop.exit(y.outer, this.db.id, y.argv, server.dirty !== y.dirty, isExec, y.cmd.touchesArbitraryKeys);
    }
    // Timed from when it started: SLOWLOG shows the script's whole run.
    this.endCall(y.cmd, y.argv, y.skip, mark, errorsBefore, y.outerCommand, y.outerArgv, y.timing, y.start);
  }

  /** call()'s tail, once the handler is done: CLIENT REPLY, stats, then the server's after-command work. */
  private endCall(
    cmd: Command,
    argv: string[],
    skip: boolean,
    mark: number,
    errorsBefore: number,
    outerCommand: Command | null,
    outerArgv: string[] | null,
    timing: boolean,
    start: number,
  ): void {
    const server = this.server;
    if (skip && this.replyMode !== "on" && cmd.fullName !== "client|reply") this.dropRepliesSince(mark);
    if (this.pushRanges !== null) this.pushRanges = null;
    if (this.replyMode === "skip" && cmd.fullName !== "client|reply") this.replyMode = "on";
    this.current = outerCommand;
    this.argv = outerArgv;
    this.lastCommand = cmd.fullName;
    cmd.calls++;
    this.timed[this.timedCount++] = cmd;
    if (server.stats.errorReplies > errorsBefore) cmd.failedCalls++;
    server.stats.errorMark = server.stats.errorReplies;
    server.stats.commands++;
    if (!timing) this.endRead = false;
    else if (this.blocked === null && this.deferTiming(cmd)) {
      const n = this.untimedCount++;
      this.untimed[n] = cmd;
      this.untimedArgv[n] = argv;
      this.endRead = false;
    } else {
      if (this.untimedCount > 0) this.settleTiming();
      server.commandTimed(this, cmd, argv, start);
      this.endRead = true;
    }
    server.afterCommand(this, cmd, argv);
  }

  /**
   * Whether the end of `cmd` may wait for the batch's next clock read: a top-level command of a pipeline
   * (not in MULTI, not a script's) that is `fast` in Redis's sense (O(1) or O(log N)), or SET. A clock read
   * costs 40-100 ns, a third of such a command. What this can change: a pipelined run of them shares the time
   * between two reads evenly, so a single one of them taking longer than slowlog-log-slower-than (or
   * latency-monitor-threshold) is logged only if the run's share reaches it; anything else, and any run of
   * one command (every unpipelined client), is timed as before. Commands that read the slow log, the latency
   * data or the stats are not fast: the run is settled before they start.
   */
  private deferTiming(cmd: Command): boolean {
    return this.processing && this.callDepth === 0 && (cmd.fast || cmd.fullName === "set");
  }

  /** Times the deferred commands (`deferTiming`) with one clock read: each gets an equal share of the run. */
  private settleTiming(): void {
    const server = this.server;
    const n = this.untimedCount;
    this.untimedCount = 0;
    const end = server.host.monotonic();
    const share = ((end - server.clockMark) * 1000) / n;
    const untimed = this.untimed;
    const untimedArgv = this.untimedArgv;
    for (let i = 0; i < n; i++) {
      server.commandSpan(this, untimed[i], untimedArgv[i], share);
      untimedArgv[i] = EMPTY_ARGV;
    }
    server.clockMark = end;
    this.endRead = true;
  }

  private reject(msg: string, cmd: Command | null): void {
    if (cmd) cmd.rejectedCalls++;
    if (this.multi !== null) this.multiError = true;
    // A refused EXEC, in MULTI or not, ends the transaction (execCommandAbort).
    if (cmd !== null && cmd.fullName === "exec") {
      msg = errExecAbortBecause(msg);
      this.discardTransaction();
    }
    const mark = this.reply.pos;
    this.error(msg);
    if (this.replyMode !== "on") this.dropReply(mark);
  }

  /** Leaves MULTI state and unwatches (multi.c's discardTransaction). */
  discardTransaction(): void {
    this.multi = null;
    this.multiError = false;
    this.multiFlags = 0;
    this.dirtyCas = false;
    this.server.watch.unwatchAllKeys(this);
  }

  /** RESET (clearClientConnectionState): back to a fresh connection's state, the connection kept. */
  clearConnectionState(): void {
    const server = this.server;
    server.tracking.disable(this);
    server.monitor.remove(this);
    this.db = server.dbs[0];
    this.reply.proto = 2;
    this.user = server.acl.defaultUser;
    this.authenticated = server.acl.defaultAuthenticated();
    this.discardTransaction();
    server.pubsub.unsubscribeEverything(this);
    this.name = "";
    this.replyMode = "on";
  }

  /**
   * Marks what was written since `start` as an out-of-band push (Pub/Sub confirmations and messages,
   * tracking invalidations): Redis sends those even under CLIENT REPLY OFF|SKIP.
   */
  markPush(start: number): void {
    if (this.replyMode === "on") return;
    (this.pushRanges ??= []).push(start, this.reply.pos);
  }

  /** Drops the replies written since `mark`, keeping the pushes among them. */
  private dropRepliesSince(mark: number): void {
    const keep = this.pushRanges;
    if (keep === null) {
      this.reply.pos = mark;
      return;
    }
    const parts: Uint8Array[] = [];
    for (let i = 0; i < keep.length; i += 2) {
      if (keep[i] >= mark) parts.push(this.reply.buf.slice(keep[i], keep[i + 1]));
    }
    this.reply.pos = mark;
    for (const p of parts) this.reply.raw(p);
  }

  /** CLIENT REPLY OFF|SKIP also silences rejections and +QUEUED (they never reach call()). */
  private dropReply(mark: number): void {
    this.reply.pos = mark;
    if (this.replyMode === "skip") this.replyMode = "on";
  }

  /** Answers and logs an exception that escaped a command, with enough to find the bug from the log. */
  internalError(e: unknown, command: string, reply = true): void {
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    const stack = e instanceof Error && e.stack !== undefined ? `\n${e.stack}` : "";
    this.server.host.log(
      `# Internal error in command '${command}' from client id=${this.id} addr=${this.transport.remoteAddress}: ${detail}${stack}`,
    );
    if (reply) this.error(errInternal(detail));
  }

  /** Writes an error reply and counts it (INFO stats/errorstats). */
  error(msg: string): void {
    this.server.countError(msg);
    this.reply.error(msg);
  }

  /** Closes the connection after the replies written so far. */
  close(): void {
    if (this.closing) return;
    this.closing = true;
    this.flush();
    this.transport.close();
  }

  /** Closes the connection now, dropping unsent replies, and forgets the client (Redis's freeClient). */
  kill(): void {
    this.reply.pos = 0;
    this.closing = true;
    this.transport.abort();
    this.disconnected();
  }

  /** The shim reports the connection is gone. */
  disconnected(): void {
    if (this.closed) return;
    this.closed = true;
    this.closing = true;
    this.server.removeClient(this);
  }
}

/** What call() keeps of a command that yielded, to finish it (see Client.yielded). */
interface YieldedCall {
  cmd: Command;
  argv: string[];
  outer: ReturnType<Server["propagation"]["enter"]>;
  dirty: number;
  skip: boolean;
  /** Errors the command had replied or counted before it yielded. */
  errors: number;
  outerCommand: Command | null;
  outerArgv: string[] | null;
  /** SLOWLOG/latency timing, and where the command started (Server.commandTimed). */
  timing: boolean;
  start: number;
  /** EXEC's queued command that yielded (EXEC yielded after it), finished before EXEC goes on. */
  inner: YieldedCall | null;
  /** EXEC's rest of the queue, run once `inner` ended. */
  resume: (() => void) | null;
}

const EMPTY_ARGV: string[] = [];

/** The reply of a command whose replies were written as it ran (EXEC's, after its queue went on). */
const noReply = (): void => {};

/** Reply bytes gathered before handing them to the transport mid-batch. */
const FLUSH_AT = 256 * 1024;
/** Unsent bytes at which a client's input waits for the transport to drain. */
export const OUTPUT_PAUSE_AT = 1024 * 1024;

const QUEUED = new Uint8Array([43, 81, 85, 69, 85, 69, 68, 13, 10]);

/** Commands that run at once inside MULTI instead of being queued. */
export function isMultiControl(name: string): boolean {
  return name === "exec" || name === "discard" || name === "multi" || name === "watch" || name === "quit" ||
    name === "reset";
}
