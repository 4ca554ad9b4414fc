/**
 * What the core needs from the host runtime: a clock, timers and a few facts for INFO. Tests pass a host
 * whose clock they move by hand.
 */
export interface TimerHandle {
  cancel(): void;
}

export interface Host {
  /** Wall-clock milliseconds since the Unix epoch. */
  now(): number;
  /** A monotonic clock in milliseconds with sub-ms resolution (for timing budgets and latency stats). */
  monotonic(): number;
  /** Runs `fn` once after `ms` milliseconds. */
  setTimer(ms: number, fn: () => void): TimerHandle;
  /** Uniform random number in [0, 1). */
  random(): number;
  /** A line for the server log. */
  log(line: string): void;
  /** Facts for INFO server/memory; all optional. */
  processId?: number;
  runtime?: string;
  executable?: string;
  configFile?: string;
  memory?(): { rss: number; heapUsed: number };
  /**
   * The JavaScript heap: bytes in use and the limit past which the runtime would abort (V8's heap_size_limit,
   * Bun's estimate). Read every few hundred commands, so it must be cheap. Without it there is no heap guard.
   */
  heap?(): { used: number; limit: number };
  /** The process's open file limit (RLIMIT_NOFILE), which bounds maxclients; unknown when absent. */
  maxOpenFiles?(): number | undefined;
  cpu?(): { user: number; system: number };
  /** Blocks the process for `ms` (DEBUG SLEEP stops the whole server, as nanosleep does in Redis). */
  sleep?(ms: number): void;
  /** A config file's text ("-" is stdin); throws the reason (errno text) when it cannot be read. */
  readConfigFile?(path: string): string;
  /** Replaces a config file's text at once (CONFIG REWRITE); throws the reason when it cannot. */
  writeConfigFile?(path: string, text: string): void;
  /** Appends to the log file (`logfile`); throws the reason when it cannot. */
  appendLog?(path: string, text: string): void;
  /**
   * Opens an outbound TCP connection (a replica's link to its master). The transport is usable at once; bytes
   * written before the connection is up are queued. `events` say when it is up, what arrives, and when it
   * ends (with the error text, as Redis logs it, when it failed). With `tls` (tls-replication yes) the link is
   * TLS: the shim reads the certificates from those settings (tls-cert-file, tls-ca-cert-file, ...).
   */
  connect?(host: string, port: number, events: ConnectEvents, tls?: (name: string) => string): Transport;
  /**
   * Moves the server's listening sockets (CONFIG SET port/bind, Redis's changeListenPort and changeBindAddr):
   * stops accepting where it listens now and listens on `port` at every address of `bind` (the setting's text,
   * `-` marking an optional address), keeping the connections already accepted. Port 0 listens nowhere.
   * Resolves true once listening there; false when a socket could not be opened, each refusal logged as
   * listenToPort logs it and the old sockets listening again. The shim sets this once it listens.
   */
  rebind?(bind: string, port: number): Promise<boolean>;
  /**
   * Moves the TLS listening sockets to `port` on every address of `bind` (0 closes them), reading the TLS
   * settings first when TLS was off. Resolves null once done; otherwise Redis's reason ("Unable to update TLS
   * configuration. Check server logs." or "Unable to listen on this port. Check server logs."), the refusals
   * logged and the old sockets listening again. The shim sets this with `rebind`.
   */
  rebindTls?(bind: string, port: number): Promise<string | null>;
}

/** What an outbound connection reports (Host.connect). */
export interface ConnectEvents {
  open(): void;
  data(bytes: Uint8Array): void;
  /** The connection ended or could not be made; `error` is the reason when it failed. */
  closed(error?: string): void;
}

/** The transport a shim provides for one connection. Usable at any time, not only while handling input. */
export interface Transport {
  /** Queues bytes for the peer. */
  write(bytes: Uint8Array): void;
  /**
   * Optional: as `write`, but `bytes` is a view of the client's reply buffer, valid only during the call (the
   * shim sends or copies what it keeps). The client then reuses one buffer for its replies instead of copying
   * them out once per read event. Whatever wraps a transport's `write` (the AOF's fsync guard) removes this.
   * Returns true when the transport kept `bytes` itself (Node: a socket write that could not finish at once
   * holds the memory it was given): the client then leaves that buffer to it and writes on into a new one.
   */
  writeView?(bytes: Uint8Array): boolean | void;
  /** Closes the connection once the queued bytes are written. */
  close(): void;
  /** Closes the connection now, dropping unsent bytes (CLIENT KILL, output and query buffer limits). */
  abort(): void;
  /** Bytes queued but not yet handed to the OS (for backpressure and output buffer limits). */
  bufferedBytes(): number;
  /**
   * Optional (Host.connect's transports): stops reading from the peer while `paused`, and reads again after,
   * so a replica's streamed load holds only what it has not loaded yet rather than what the master sent.
   */
  pauseReading?(paused: boolean): void;
  /** Peer and local addresses as "ip:port", and a number that stands for the fd in CLIENT LIST. */
  remoteAddress: string;
  localAddress: string;
  fd: number;
}

/** A host whose clock only moves when told: for tests. Timers fire as `advance` passes their deadline. */
export class ManualHost implements Host {
  time: number;
  private mono = 0;
  private timers: { at: number; fn: () => void; live: boolean }[] = [];
  lines: string[] = [];

  constructor(start = 1_700_000_000_000) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  monotonic(): number {
    return this.mono;
  }

  setTimer(ms: number, fn: () => void): TimerHandle {
    const t = { at: this.time + ms, fn, live: true };
    this.timers.push(t);
    return { cancel: () => (t.live = false) };
  }

  random(): number {
    return Math.random();
  }

  log(line: string): void {
    this.lines.push(line);
  }

  /** The clocks move on by `ms`; no timer fires meanwhile (the process is blocked). */
  sleep(ms: number): void {
    this.time += ms;
    this.mono += ms;
  }

  /** Moves the clock forward, firing due timers in deadline order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.live && t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.time = Math.max(this.time, due.at);
      due.live = false;
      due.fn();
    }
    this.timers = this.timers.filter((t) => t.live);
    this.mono += ms;
    this.time = end;
  }
}
