/**
 * Blocking operations (blocked.c): clients waiting on keys (BLPOP, BLMOVE, BZPOPMIN, BZMPOP ...) or on a
 * timeout alone (WAIT), and the one queue of clients to resume.
 *
 * A push to a key somebody waits on marks it ready (signalKeyAsReady); once the pushing command (or the
 * whole EXEC) is done, handleClientsBlockedOnKeys serves the waiting clients first come first served, as
 * Redis does right after call(). A served, timed out, CLIENT UNBLOCKed or unpaused client goes on the
 * unblocked queue, and its pipelined input runs from processUnblockedClients at the end of the event
 * (Redis's beforeSleep): never inside the command that woke it.
 */
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { CLIENT_UNBLOCKED } from "../client.ts";
import type { Db } from "../keyspace/db.ts";
import type { TimerHandle } from "../host.ts";

/** What a blocked client waits for (the bpop state of a Redis client). */
export interface BlockState {
  db: Db;
  keys: string[];
  /**
   * Tries to serve the client now; true when it wrote its reply. `readyKey` is the key that received data:
   * Redis serves a client from the key made ready, which matters when several of its keys are.
   */
  retry: (readyKey?: string) => boolean;
  /** Writes the timeout reply. */
  onTimeout: () => void;
  timer: TimerHandle | null;
  /** BLMOVE/BRPOPLPUSH: the destination serving this client writes (Redis's bpop.target). */
  target?: string;
}

/** The longest delay a host timer takes (setTimeout's signed 32-bit milliseconds). */
const MAX_TIMER_MS = 2147483647;

export class Blocking {
  private readonly server: Server;
  /** Clients blocked per database and key, first come first served. */
  private readonly blockedOn = new Map<Db, Map<string, Client[]>>();
  /** Keys pushed to while clients wait on them, handled after the current command (server.ready_keys). */
  private readyKeys: { db: Db; key: string }[] = [];
  /** Clients blocked on keys or a timeout, or held by CLIENT PAUSE (INFO blocked_clients). */
  blockedClients = 0;
  /** Clients to resume at the end of the event (server.unblocked_clients), in the order they were queued. */
  private unblocked: Client[] = [];
  /** The blocked client being served right now by handleClientsBlockedOnKeys, else null. */
  servingClient: Client | null = null;

  constructor(server: Server) {
    this.server = server;
  }

  /**
   * Blocks `c` on `keys` until `retry` serves it or the timeout (ms, 0 = forever) passes. The client stops
   * processing input meanwhile; other clients go on.
   */
  block(
    c: Client,
    db: Db,
    keys: string[],
    timeoutMs: number,
    retry: (readyKey?: string) => boolean,
    onTimeout: () => void,
  ): void {
    const state: BlockState = { db, keys, retry, onTimeout, timer: null };
    c.blocked = state;
    this.blockedClients++;
    let perDb = this.blockedOn.get(db);
    if (!perDb) this.blockedOn.set(db, perDb = new Map());
    for (const k of keys) {
      const q = perDb.get(k);
      if (q) {
        if (!q.includes(c)) q.push(c);
      } else perDb.set(k, [c]);
    }
    if (timeoutMs > 0) {
      const server = this.server;
      const deadline = server.host.now() + timeoutMs;
      // Host timers hold at most 2^31-1 ms (about 24.8 days): longer timeouts re-arm until the deadline.
      const arm = (ms: number) => {
        state.timer = server.host.setTimer(Math.min(ms, MAX_TIMER_MS), () => {
          if (c.blocked !== state) return;
          const left = deadline - server.host.now();
          if (left > 0) return arm(left);
          server.time = server.host.now();
          this.unblock(c);
          state.onTimeout();
          server.flushPending();
        });
      };
      arm(timeoutMs);
    }
  }

  /** unblockClient: forgets what the client waited for and queues it to go on with its input. */
  unblock(c: Client): void {
    if (!this.unblockQuietly(c)) return;
    // updateStatsOnUnblock: the command is slow-logged now that it is done.
    if (this.server.timing) this.server.commandUnblocked(c);
    this.queueClientForReprocessing(c);
  }

  /** Removes a client from the blocked lists without resuming it (it is going away). True if it was blocked. */
  private unblockQuietly(c: Client): boolean {
    const state = c.blocked;
    if (!state) return false;
    c.blocked = null;
    this.blockedClients--;
    state.timer?.cancel();
    const perDb = this.blockedOn.get(state.db);
    if (!perDb) return true;
    for (const k of state.keys) {
      const q = perDb.get(k);
      if (!q) continue;
      const i = q.indexOf(c);
      if (i >= 0) q.splice(i, 1);
      if (q.length === 0) perDb.delete(k);
    }
    return true;
  }

  /** A client is going away: it leaves the blocked lists and the unblocked queue. */
  clientRemoved(c: Client): void {
    this.unblockQuietly(c);
    if ((c.flags & CLIENT_UNBLOCKED) !== 0) {
      c.flags &= ~CLIENT_UNBLOCKED;
      const i = this.unblocked.indexOf(c);
      if (i >= 0) this.unblocked.splice(i, 1);
    }
  }

  /** Schedules the client's pending input to run at the end of the event (queueClientForReprocessing). */
  queueClientForReprocessing(c: Client): void {
    this.server.wake(c);
    if ((c.flags & CLIENT_UNBLOCKED) !== 0) return;
    c.flags |= CLIENT_UNBLOCKED;
    this.unblocked.push(c);
  }

  /** Runs the pending input of unblocked clients, including clients they unblock in turn (beforeSleep). */
  processUnblockedClients(): void {
    while (this.unblocked.length > 0) {
      const c = this.unblocked.shift()!;
      c.flags &= ~CLIENT_UNBLOCKED;
      // It may have blocked again meanwhile (its input was fed before the end of the event).
      if (!c.closed && c.blocked === null) c.processInput();
    }
  }

  /** Whether any client waits on this key. */
  hasBlocked(db: Db, key: string): boolean {
    return this.blockedOn.get(db)?.has(key) === true;
  }

  /** A key that blocked clients may wait on received data: serve them after the current command. */
  signalKeyAsReady(db: Db, key: string): void {
    if (!this.hasBlocked(db, key)) return;
    this.readyKeys.push({ db, key });
  }

  /** Whether a push marked a key ready since the last handleClientsBlockedOnKeys. */
  get pending(): boolean {
    return this.readyKeys.length > 0;
  }

  /** Serves clients blocked on ready keys, first come first served, until no key is ready. */
  handleClientsBlockedOnKeys(): void {
    while (this.readyKeys.length > 0) {
      const batch = this.readyKeys;
      this.readyKeys = [];
      for (const { db, key } of batch) {
        const q = this.blockedOn.get(db)?.get(key);
        if (!q) continue;
        for (const c of [...q]) {
          if (c.blocked === null || !c.blocked.keys.includes(key)) continue;
          const state = c.blocked;
          const prevDb = c.db;
          c.db = state.db;
          // The served client is the one running now (server.current_client), e.g. for client tracking.
          this.servingClient = c;
          const served = state.retry(key);
          this.servingClient = null;
          c.db = prevDb;
          // What serving it wrote (the pop it amounts to) is a unit of its own, as afterCommand(receiver).
          this.server.propagation.flush(false);
          // Not served (e.g. a BZPOPMIN client when the key is a list, or nothing left): the next may be.
          if (!served) continue;
          this.unblock(c);
        }
      }
    }
  }
}
