/**
 * The replication backlog (Redis's repl_backlog): the last `repl-backlog-size` bytes of the replication
 * stream, kept so a replica that lost its link can continue from where it stopped (PSYNC -> +CONTINUE)
 * instead of loading a whole new RDB.
 *
 * Offsets are Redis's: the stream's bytes are numbered from 1, `offset` is the number of the first byte
 * held (repl_backlog->offset, INFO's repl_backlog_first_byte_offset) and `histlen` how many are held, so the
 * backlog covers [offset, offset + histlen). A PSYNC asks for the byte after the last one the replica has:
 * anything from `offset` to `offset + histlen` (nothing to send) can be served.
 *
 * The ring grows by doubling up to its size, so an idle backlog costs little memory.
 */
export class ReplBacklog {
  /** repl-backlog-size: the most bytes held. */
  size: number;
  /** The number of the first byte held. */
  offset: number;
  /** Bytes held (repl_backlog->histlen). */
  histlen = 0;
  /** The ring: the oldest byte is at `start`, `histlen` bytes follow it (wrapping). */
  private buf: Uint8Array;
  private start = 0;

  /** A backlog created when the stream has `masterReplOffset` bytes: the next byte is number offset + 1. */
  constructor(size: number, masterReplOffset: number) {
    this.size = Math.max(1, size);
    this.offset = masterReplOffset + 1;
    this.buf = new Uint8Array(Math.min(this.size, 16 * 1024));
  }

  /** Bytes of memory the ring holds (INFO's mem_replication_backlog). */
  get allocated(): number {
    return this.buf.length;
  }

  /** feedReplicationBacklog: appends stream bytes, dropping the oldest past `size`. */
  append(bytes: Uint8Array): void {
    let data = bytes;
    if (data.length >= this.size) {
      // Only the newest `size` bytes can stay.
      this.offset += this.histlen + data.length - this.size;
      data = data.subarray(data.length - this.size);
      this.growTo(this.size);
      this.buf.set(data, 0);
      this.start = 0;
      this.histlen = this.size;
      return;
    }
    const need = this.histlen + data.length;
    if (need > this.buf.length && this.buf.length < this.size) {
      let cap = this.buf.length;
      while (cap < need && cap < this.size) cap *= 2;
      this.growTo(Math.min(cap, this.size));
    }
    const cap = this.buf.length;
    let end = (this.start + this.histlen) % cap;
    const first = Math.min(data.length, cap - end);
    this.buf.set(data.subarray(0, first), end);
    if (first < data.length) this.buf.set(data.subarray(first), 0);
    end = (end + data.length) % cap;
    const total = this.histlen + data.length;
    if (total > cap) {
      const dropped = total - cap;
      this.offset += dropped;
      this.start = (this.start + dropped) % cap;
      this.histlen = cap;
    } else this.histlen = total;
  }

  /** Whether a PSYNC asking for byte `from` onwards can be served from here. */
  canServe(from: number): boolean {
    return from >= this.offset && from <= this.offset + this.histlen;
  }

  /** addReplyReplicationBacklog: the bytes from number `from` to the end (canServe must hold). */
  readFrom(from: number): Uint8Array {
    const skip = from - this.offset;
    const len = this.histlen - skip;
    const out = new Uint8Array(len);
    const cap = this.buf.length;
    const at = (this.start + skip) % cap;
    const first = Math.min(len, cap - at);
    out.set(this.buf.subarray(at, at + first), 0);
    if (first < len) out.set(this.buf.subarray(0, len - first), first);
    return out;
  }

  /** resizeReplicationBacklog (CONFIG SET repl-backlog-size): keeps the newest bytes that still fit. */
  resize(size: number): void {
    size = Math.max(1, size);
    if (size === this.size) return;
    const keep = Math.min(this.histlen, size);
    const data = this.readFrom(this.offset + this.histlen - keep);
    this.size = size;
    this.buf = new Uint8Array(Math.max(Math.min(size, 16 * 1024), keep));
    this.buf.set(data, 0);
    this.start = 0;
    this.offset += this.histlen - keep;
    this.histlen = keep;
  }

  /** Moves the ring into a larger buffer, oldest byte first. */
  private growTo(cap: number): void {
    if (cap <= this.buf.length) return;
    const data = this.histlen > 0 ? this.readFrom(this.offset) : new Uint8Array(0);
    this.buf = new Uint8Array(cap);
    this.buf.set(data, 0);
    this.start = 0;
  }
}
