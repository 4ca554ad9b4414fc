/**
 * Command propagation, Redis's model (server.c `call`, `alsoPropagate`, `propagatePendingCommands`;
 * networking.c `rewriteClientCommandVector`): what the AOF (and later replicas) receive is a stream of
 * (dbid, argv) writes, and each command decides what it contributes.
 *
 *  - By default a command that changed the dataset (server.dirty moved) propagates its argv as sent.
 *  - A handler whose effect depends on the clock or on chance says instead what replays it: `rewrite(argv)`
 *    replaces what the current command propagates (SET EX -> SET PXAT, EXPIRE -> PEXPIREAT, BLPOP -> LPOP,
 *    INCRBYFLOAT -> SET KEEPTTL ...), `also(dbid, argv)` adds further writes (SPOP with a count -> one SREM per
 *    member, a served blocked client's pop, an expired key's DEL), `prevent()` keeps the command itself out
 *    (SPOP after its SREMs), `force()` propagates it although nothing changed (FLUSHALL on empty databases).
 *  - Writes accumulate per unit of execution: a top-level command with everything it runs (EXEC's queued
 *    commands, later a script's calls), a blocked client being served, an active-expiry cycle. At the end of
 *    the unit they go to the consumers, wrapped in MULTI/EXEC when there is more than one, so a replay applies
 *    the unit whole. The consumer tracks the selected database itself (the AOF writes SELECT when it changes).
 *
 * Nothing is recorded while no consumer listens (AOF off, no replicas): then every call here is one branch.
 */

/** One write: Redis's redisOp. */
export interface PropagatedOp {
  dbid: number;
  argv: readonly string[];
}

/** Receives the stream: one call per write, MULTI and EXEC included (feedAppendOnlyFile, replicationFeedSlaves). */
export interface PropagationConsumer {
  propagate(dbid: number, argv: readonly string[]): void;
}

/** A write as RESP (a byte string): what the AOF logs and replicas receive (catAppendOnlyGenericCommand). */
export function respCommand(argv: readonly string[]): string {
  let s = `*${argv.length}\r\n`;
  for (const a of argv) s += `$${a.length}\r\n${a}\r\n`;
  return s;
}

const MULTI: readonly string[] = ["MULTI"];
const EXEC: readonly string[] = ["EXEC"];

/** What the command being run has said about its own propagation (Redis keeps these as client flags). */
interface CallState {
  rewritten: readonly string[] | null;
  prevented: boolean;
  forced: boolean;
}

export class Propagation {
  /** server.also_propagate: the writes of the unit being run. */
  private pending: PropagatedOp[] = [];
  private consumers: PropagationConsumer[] = [];
  /** Whether anything listens: handlers may skip building what they would propagate. */
  active = false;
  /** Nested call() depth: the unit ends when the outermost call returns. */
  depth = 0;
  private call: CallState = { rewritten: null, prevented: false, forced: false };

  /** Starts (or stops) feeding a consumer. */
  setConsumer(consumer: PropagationConsumer, on: boolean): void {
    const has = this.consumers.includes(consumer);
    if (on && !has) this.consumers = [...this.consumers, consumer];
    else if (!on && has) this.consumers = this.consumers.filter((c) => c !== consumer);
    const active = this.consumers.length > 0;
    if (active === this.active) return;
    // Switched on or off (CONFIG SET appendonly): nothing half-recorded carries over.
    this.active = active;
    this.pending.length = 0;
    this.call = { rewritten: null, prevented: false, forced: false };
  }

  /** alsoPropagate: adds a write to the current unit, after what was added before. */
  also(dbid: number, argv: readonly string[]): void {
    if (this.active) this.pending.push({ dbid, argv });
  }

  /** rewriteClientCommandVector: the current command propagates `argv` instead of what it was sent as. */
  rewrite(argv: readonly string[]): void {
    if (this.active) this.call.rewritten = argv;
  }

  /** preventCommandPropagation: the current command itself is not propagated (its also() writes are). */
  prevent(): void {
    if (this.active) this.call.prevented = true;
  }

  /** forceCommandPropagation: the current command is propagated even if it changed nothing. */
  force(): void {
    if (this.active) this.call.forced = true;
  }

  /** Before a command's handler runs (call()): a fresh state for it, the caller's kept aside. */
  enter(): CallState | null {
    this.depth++;
    if (!this.active) return null;
    const outer = this.call;
    this.call = { rewritten: null, prevented: false, forced: false };
    return outer;
  }

  /**
   * After the handler: adds the command's own write (`argv` unless rewritten) when it changed the dataset or
   * forced it, unless prevented; `isExec` (EXEC is never propagated itself: its commands are). Ends the unit
   * at the outermost call; `noMulti` for a command that touches arbitrary keys (RANDOMKEY and SCAN expire
   * what they meet: those DELs are not a transaction).
   */
  exit(
    outer: CallState | null,
    dbid: number,
    argv: readonly string[],
    dirty: boolean,
    isExec: boolean,
    noMulti: boolean,
  ): void {
    this.depth--;
    if (outer !== null) {
      const st = this.call;
      if ((dirty || st.forced) && !st.prevented && !isExec) this.pending.push({ dbid, argv: st.rewritten ?? argv });
      this.call = outer;
    }
    if (this.depth === 0 && this.pending.length > 0) this.flush(noMulti);
  }

  /**
   * propagatePendingCommands: hands the unit's writes to the consumers, wrapped in MULTI/EXEC when there are
   * several (`noMulti` for a batch of unrelated writes such as an active-expiry cycle's DELs).
   */
  flush(noMulti: boolean): void {
    const ops = this.pending;
    if (ops.length === 0) return;
    this.pending = [];
    const wrap = ops.length > 1 && !noMulti;
    for (const consumer of this.consumers) {
      // MULTI in the first write's database and EXEC in the last one's, so no SELECT falls between.
      if (wrap) consumer.propagate(ops[0].dbid, MULTI);
      for (const op of ops) consumer.propagate(op.dbid, op.argv);
      if (wrap) consumer.propagate(ops[ops.length - 1].dbid, EXEC);
    }
  }
}
