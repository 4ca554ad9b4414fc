/**
 * The real-clock host, with a clock a test may move forward (`advance`, what `Server.fastForward` calls):
 * miniredis's FastForward on a server that otherwise runs on real time. Standard timers only, so it serves
 * all three runtimes.
 */
import type { Host, TimerHandle } from "../core/host.ts";

interface PendingTimer {
  /** Deadline on this host's clock (real time plus what `advance` added). */
  at: number;
  fn: () => void;
  real: ReturnType<typeof setTimeout>;
}

/**
 * A {@link Host} on the real clock. `advance(ms)` moves its clock ahead of real time: keys expire, TTLs
 * shrink and timers whose deadline it passes (blocked clients' timeouts, the expiry tick) fire at once, in
 * deadline order. `cancelTimers()` stops every timer it started, so a stopped server leaves none running.
 */
export class SystemHost implements Host {
  /** Milliseconds `advance` moved this clock ahead of real time. */
  offset = 0;
  private readonly timers = new Set<PendingTimer>();

  /** Wall-clock milliseconds since the Unix epoch, plus what `advance` added. */
  now(): number {
    return Date.now() + this.offset;
  }

  /** A monotonic clock in milliseconds, plus what `advance` added. */
  monotonic(): number {
    return performance.now() + this.offset;
  }

  /** Runs `fn` once after `ms` milliseconds of this host's clock. */
  setTimer(ms: number, fn: () => void): TimerHandle {
    const t: PendingTimer = { at: this.now() + ms, fn, real: setTimeout(() => this.fire(t), ms) };
    this.timers.add(t);
    return { cancel: () => this.cancel(t) };
  }

  /** Math.random. */
  random(): number {
    return Math.random();
  }

  /** A server log line on stdout. */
  log(line: string): void {
    console.log(line);
  }

  /** Moves the clock `ms` ahead, firing the timers it passes in deadline order. */
  advance(ms: number): void {
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError("the clock only moves forward, by a finite ms");
    this.offset += ms;
    const now = this.now();
    // The timers pending now, not those their callbacks start: a callback re-arming itself at 0 ms would
    // otherwise keep this loop going forever (those run on the real clock, as usual).
    const due = [...this.timers].filter((t) => t.at <= now).sort((a, b) => a.at - b.at);
    for (const t of due) this.fire(t);
  }

  /** Stops every pending timer (a server being closed). */
  cancelTimers(): void {
    for (const t of this.timers) clearTimeout(t.real);
    this.timers.clear();
  }

  private fire(t: PendingTimer): void {
    if (!this.timers.delete(t)) return;
    clearTimeout(t.real);
    t.fn();
  }

  private cancel(t: PendingTimer): void {
    if (this.timers.delete(t)) clearTimeout(t.real);
  }
}
