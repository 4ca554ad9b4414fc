/**
 * Deno shim: Deno.listen -> core. Transport only. Importing it starts nothing: `start()` embeds a server,
 * `main(argv)` is the command line, run when this is the entry module
 * (`deno run --allow-net src/runtime/deno.ts [--port 6379]`).
 * @module
 */
import { createPrivateKey } from "node:crypto";
import { installLatin1Codec } from "./codec-node.ts";
import type { Client } from "../core/client.ts";
import type { Server } from "../core/server.ts";
import type { ConnectEvents, Host, Transport } from "../core/host.ts";
import { connectError, HIGH_WATER, nextOutboundFd } from "./shared.ts";
import { listenOn } from "./listeners.ts";
import { nodeFileStore } from "./fs-node.ts";
import { configFiles, openFileLimit } from "./os-node.ts";
import { DENO_YOUNG_GENERATION, v8Heap } from "./heap-node.ts";
import { runCommandLine } from "./cli.ts";
import { startWith, tlsListenFailed } from "./start.ts";
import { listenTls as nodeListenTls } from "./node.ts";
import type { Listener, RunningServer, StartOptions, TlsListener } from "./start.ts";
import type { FileStore } from "../core/persistence/fs.ts";
import { readTlsClientSettings, TlsConfigError } from "./tls.ts";
import type { TlsSettings } from "./tls.ts";

// The whole runtime-free API too, so one import gives a runtime everything: start(), Server, ManualHost ...
export * from "../mod.ts";
export { SystemHost } from "./clock.ts";
export type { RunningServer, StartOptions } from "./start.ts";

/** The parts of Deno's API this shim uses, declared structurally. */
interface DenoConn {
  read(p: Uint8Array): Promise<number | null>;
  write(p: Uint8Array): Promise<number>;
  close(): void;
  setNoDelay(on?: boolean): void;
  remoteAddr: { hostname: string; port: number };
  localAddr: { hostname: string; port: number };
}
type DenoListener = AsyncIterable<DenoConn> & { addr: { port: number }; close(): void };
interface DenoGlobal {
  listen(opts: { hostname: string; port: number }): DenoListener;
  /** rustls underneath: a certificate and key only; no client certificates, protocol versions or ciphers. */
  listenTls(opts: { hostname: string; port: number; cert: string; key: string }): DenoListener;
  connect(opts: { hostname: string; port: number }): Promise<DenoConn>;
  /** rustls: the server's certificate checked against caCerts and its name; `cert`/`key` a client certificate. */
  connectTls(
    opts: { hostname: string; port: number; caCerts?: string[]; cert?: string; key?: string },
  ): Promise<DenoConn>;
  args: string[];
  pid: number;
  version: { deno: string };
  execPath(): string;
  addSignalListener(sig: string, fn: () => void): void;
  exit(code: number): never;
  memoryUsage(): { rss: number; heapUsed: number };
  permissions: {
    querySync(desc: { name: "read" | "write"; path: string }): { state: "granted" | "prompt" | "denied" };
  };
}
declare const Deno: DenoGlobal;

// Deno's node:buffer has exact native latin1 codecs, as Node's does.
installLatin1Codec();

/** What INFO reports about this process. */
const facts: Partial<Host> = {
  processId: Deno.pid,
  runtime: `Deno ${Deno.version.deno}`,
  executable: (() => {
    try {
      return Deno.execPath();
    } catch {
      return "";
    }
  })(),
  memory: () => Deno.memoryUsage(),
  maxOpenFiles: openFileLimit,
  heap: v8Heap(DENO_YOUNG_GENERATION),
  connect,
  ...configFiles,
};

/**
 * Writes bytes in order; one writer loop per connection. A Deno write is asynchronous, so what the client
 * writes meanwhile waits for the next write: small replies are copied into one filling buffer (one write per
 * batch of read events, and no fresh ArrayBuffer per reply, which costs Deno microseconds), big owned ones
 * are queued as they are. The filling buffer is reused once its write completed.
 */
class Outbox {
  /** Buffers to write, in order, before the filling one. */
  private parts: Uint8Array[] = [];
  /** The buffer small writes are copied into; `fillLen` bytes of it are used. */
  private fill: Uint8Array | null = null;
  private fillLen = 0;
  /** A filling buffer whose write completed, kept for the next batch (small ones only). */
  private spare: Uint8Array | null = null;
  /** Bytes accepted but not yet written (the waiting ones and the write in flight). */
  queued = 0;
  private running = false;
  private closeAfter = false;
  private drainWaiters: (() => void)[] = [];
  closed = false;
  private conn: DenoConn;
  constructor(conn: DenoConn) {
    this.conn = conn;
  }

  /** Queues `bytes`: kept as they are when `owned` and big, else copied (a view the caller reuses). */
  push(bytes: Uint8Array, owned: boolean): void {
    if (this.closed || bytes.length === 0) return;
    this.queued += bytes.length;
    if (owned && bytes.length >= OUT_KEEP) {
      this.seal();
      this.parts.push(bytes);
    } else {
      const need = this.fillLen + bytes.length;
      let fill = this.fill;
      if (fill === null || need > fill.length) {
        if (fill === null && this.spare !== null && this.spare.length >= need) {
          fill = this.spare;
          this.spare = null;
        } else {
          let size = Math.max(OUT_MIN, fill === null ? 0 : fill.length * 2);
          while (size < need) size *= 2;
          const grown = new Uint8Array(size);
          if (fill !== null) grown.set(fill.subarray(0, this.fillLen));
          fill = grown;
        }
        this.fill = fill;
      }
      fill.set(bytes, this.fillLen);
      this.fillLen = need;
    }
    if (!this.running) void this.run();
  }

  /** Moves the filling buffer to the parts to write. */
  private seal(): void {
    if (this.fill === null) return;
    this.parts.push(this.fill.subarray(0, this.fillLen));
    this.fill = null;
    this.fillLen = 0;
  }

  closeWhenDone(): void {
    this.closeAfter = true;
    if (!this.running) this.finish();
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.conn.close();
    } catch { /* already closed */ }
  }

  /** Closes now, dropping what is queued. */
  abort(): void {
    this.parts = [];
    this.fill = null;
    this.fillLen = 0;
    this.queued = 0;
    this.finish();
  }

  /** Resolves once the queue is at or below the high-water mark. */
  drained(): Promise<void> {
    if (this.queued <= HIGH_WATER || this.closed) return Promise.resolve();
    return new Promise((res) => this.drainWaiters.push(res));
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while ((this.parts.length > 0 || this.fill !== null) && !this.closed) {
        this.seal();
        const batch = this.parts;
        this.parts = [];
        for (const part of batch) {
          let sent = 0;
          while (sent < part.length) sent += await this.conn.write(part.subarray(sent));
          this.queued -= part.length;
          // A small filling buffer is kept for the next batch: an idle connection holds little. (A part
          // queued as it was given is at least OUT_KEEP long, so it is never taken for one.)
          if (part.byteOffset === 0 && part.buffer.byteLength < OUT_KEEP && this.spare === null) {
            this.spare = new Uint8Array(part.buffer);
          }
        }
        if (this.queued <= HIGH_WATER) {
          const w = this.drainWaiters;
          this.drainWaiters = [];
          w.forEach((f) => f());
        }
      }
    } catch {
      this.finish();
    } finally {
      this.running = false;
      const w = this.drainWaiters;
      this.drainWaiters = [];
      w.forEach((f) => f());
    }
    if (this.closeAfter) this.finish();
  }
}

/** The outbox's first buffer, and the largest it keeps between batches. */
const OUT_MIN = 256;
const OUT_KEEP = 64 * 1024;

/**
 * A connection's read block: its first size (small: most of 10,000 idle clients never send more than a
 * command or two), the size a block used up by small reads is renewed at, and the most it grows to.
 */
const READ_FIRST = 256;
const READ_MIN = 1024;
const READ_MAX = 64 * 1024;

/** Deno.errors names a read raises when the peer or the socket went away. */
const CONNECTION_GONE = new Set([
  "ConnectionReset",
  "ConnectionAborted",
  "BrokenPipe",
  "NotConnected",
  "BadResource",
  "Interrupted",
  "UnexpectedEof",
]);

/**
 * A served connection as the core's Transport: its Outbox with the transport's methods on the prototype, so a
 * connection costs one object rather than an outbox, a transport and a closure per method (10,000 idle
 * clients should cost little).
 */
class ServedConn extends Outbox implements Transport {
  readonly remoteAddress: string;
  readonly localAddress: string;
  readonly fd: number;
  readonly server: Server;
  constructor(server: Server, conn: DenoConn, fd: number) {
    super(conn);
    this.server = server;
    this.remoteAddress = `${conn.remoteAddr.hostname}:${conn.remoteAddr.port}`;
    this.localAddress = `${conn.localAddr.hostname}:${conn.localAddr.port}`;
    this.fd = fd;
  }
  /**
   * An own property, as the core expects: it deletes it to route every reply through `write` (appendfsync
   * always). One function shared by every connection, not a closure each.
   */
  writeView?: (bytes: Uint8Array) => void = writeViewCopied;
  write(bytes: Uint8Array): void {
    this.server.stats.netOutput += bytes.length;
    this.push(bytes, true);
  }
  close(): void {
    this.closeWhenDone();
  }
  bufferedBytes(): number {
    return this.queued;
  }
}

/** ServedConn's writeView: the outbox copies a view, as the client's reply buffer is reused. */
function writeViewCopied(this: ServedConn, bytes: Uint8Array): void {
  this.server.stats.netOutput += bytes.length;
  this.push(bytes, false);
}

/** Serves one connection until it closes, then tells `accepting`; never rejects. */
async function serve(server: Server, conn: DenoConn, fd: number, accepting: Accepting): Promise<void> {
  try {
    conn.setNoDelay(true);
  } catch { /* not a TCP connection */ }
  const out = new ServedConn(server, conn, fd);
  let client: Client;
  try {
    client = server.connect(out);
  } catch (e) {
    console.error(`# Error accepting a client connection: ${(e as Error)?.stack ?? e}`);
    out.abort();
    accepting.ended(conn);
    return;
  }
  // Reads pend on every connection at once, so each needs its own block: start small (10,000 idle clients
  // with 64 KB each would hold 640 MB) and grow while reads fill it (pipelines, big values). Successive reads
  // land in successive parts of the block and the parser is fed views of them (it may keep one until the
  // next read): a block is never written twice, and a new one is made only when the rest is short.
  let block = new Uint8Array(READ_FIRST);
  let off = 0;
  try {
    while (!out.closed) {
      const room = block.length - off;
      const n = await conn.read(off === 0 ? block : block.subarray(off));
      if (n === null) break;
      server.stats.netInput += n;
      client.feed(block.subarray(off, off + n));
      off += n;
      if (n === room && block.length < READ_MAX) {
        block = new Uint8Array(Math.min(READ_MAX, block.length * 4));
        off = 0;
      } else if (block.length - off < block.length / 4) {
        block = new Uint8Array(n < READ_MIN / 2 ? READ_MIN : Math.max(READ_MIN, block.length));
        off = 0;
      }
      while (client.outputPaused && !out.closed) {
        await out.drained();
        client.drained();
      }
      if (out.queued > HIGH_WATER) await out.drained();
    }
  } catch (e) {
    // A peer that went away is routine; anything else is a bug that must not vanish with the connection.
    if (!CONNECTION_GONE.has((e as Error)?.name)) {
      console.error(`# Connection error for client id=${client.id}: ${(e as Error)?.stack ?? e}`);
    }
  }
  try {
    client.disconnected();
  } catch (e) {
    console.error(`# Error closing client id=${client.id}: ${(e as Error)?.stack ?? e}`);
  }
  out.closeWhenDone();
  accepting.ended(conn);
}

/** The fd numbers CLIENT LIST shows, shared by the plain and the TLS ports as real fds would be. */
const fds = { next: 7 };

/** The connections of one port, served by one accept loop per listening socket it had. */
class Accepting {
  readonly conns = new Set<DenoConn>();
  readonly loops = new Set<Promise<void>>();
  /** Resolves closeAll's wait once the last connection's loop has ended. */
  private allEnded: (() => void) | null = null;
  private server: Server;
  constructor(server: Server) {
    this.server = server;
  }

  /** Serves every connection `listener` accepts until it is closed; resolves when its loop has ended. */
  accept(listener: DenoListener): Promise<void> {
    const loop: Promise<void> = (async () => {
      try {
        for await (const conn of listener) {
          this.conns.add(conn);
          // No promise chained per connection: serve never rejects, and calls ended() when done.
          void serve(this.server, conn, fds.next++, this);
        }
      } catch { /* the listener was closed */ }
    })().finally(() => this.loops.delete(loop));
    this.loops.add(loop);
    return loop;
  }

  /** A connection's loop has ended. */
  ended(conn: DenoConn): void {
    this.conns.delete(conn);
    if (this.conns.size === 0 && this.allEnded !== null) this.allEnded();
  }

  /** Closes every connection and waits for their loops. */
  async closeAll(): Promise<void> {
    for (const conn of this.conns) {
      try {
        conn.close();
      } catch { /* already closed */ }
    }
    await Promise.all(this.loops);
    if (this.conns.size > 0) await new Promise<void>((res) => this.allEnded = res);
    this.allEnded = null;
  }
}

function closeListener(listener: DenoListener): void {
  try {
    listener.close();
  } catch { /* already closed */ }
}

/**
 * Host.connect on Deno.connect: bytes written before the connection is up wait, then go through an Outbox as
 * a served connection's do; one read loop reports what arrives.
 */
function connect(host: string, port: number, events: ConnectEvents, tlsGet?: (name: string) => string): Transport {
  let conn: DenoConn | null = null;
  let out: Outbox | null = null;
  let early: Uint8Array[] = [];
  let earlyBytes = 0;
  let closeRequested = false;
  let aborted = false;
  let failure: string | undefined;
  /** pauseReading: the read loop waits on this until reading resumes. */
  let paused: { promise: Promise<void>; resume: () => void } | null = null;
  void (async () => {
    try {
      if (tlsGet === undefined) conn = await Deno.connect({ hostname: host, port });
      else {
        // tls-replication: rustls also checks the certificate names the host (Redis 7.0 does not), and
        // takes no protocol or cipher choices, nor an encrypted key.
        const s = readTlsClientSettings(tlsGet);
        conn = await Deno.connectTls({ hostname: host, port, caCerts: s.ca, cert: s.cert, key: s.key });
      }
    } catch (e) {
      events.closed(e instanceof TlsConfigError ? e.lines.join(" ") : connectError(e));
      return;
    }
    if (aborted) {
      try {
        conn.close();
      } catch { /* already closed */ }
      events.closed();
      return;
    }
    try {
      conn.setNoDelay(true);
    } catch { /* not TCP */ }
    out = new Outbox(conn);
    for (const b of early) out.push(b, true);
    early = [];
    earlyBytes = 0;
    events.open();
    if (closeRequested) out.closeWhenDone();
    const buf = new Uint8Array(READ_MAX);
    try {
      while (!out.closed) {
        const gate = paused as { promise: Promise<void> } | null;
        if (gate !== null) await gate.promise;
        const n = await conn.read(buf);
        if (n === null) break;
        events.data(buf.slice(0, n));
      }
    } catch (e) {
      if (!out.closed) failure = connectError(e);
    }
    out.abort();
    events.closed(failure);
  })();
  return {
    write(bytes) {
      if (out !== null) out.push(bytes, true);
      else if (!aborted) {
        early.push(bytes);
        earlyBytes += bytes.length;
      }
    },
    close() {
      if (out !== null) out.closeWhenDone();
      else closeRequested = true;
    },
    abort() {
      aborted = true;
      early = [];
      (paused as { resume: () => void } | null)?.resume();
      if (out !== null) out.abort();
    },
    bufferedBytes: () => out !== null ? out.queued : earlyBytes,
    pauseReading(on) {
      if (on && paused === null) {
        let resume = () => {};
        const promise = new Promise<void>((r) => (resume = r));
        paused = { promise, resume };
      } else if (!on && paused !== null) {
        paused.resume();
        paused = null;
      }
    },
    get remoteAddress() {
      const c = conn as DenoConn | null;
      return c === null ? `${host}:${port}` : `${c.remoteAddr.hostname}:${c.remoteAddr.port}`;
    },
    get localAddress() {
      const c = conn as DenoConn | null;
      return c === null ? ":0" : `${c.localAddr.hostname}:${c.localAddr.port}`;
    },
    fd: nextOutboundFd(),
  };
}

/** Listens on `port` at each address of `bind` and serves the server's connections. */
function listen(server: Server, bind: string, port: number): Promise<Listener> {
  const accepting = new Accepting(server);
  /** Ports listened on at the IPv4 wildcard. */
  const wildcards = new Set<number>();
  // Deno.listen binds at once and throws when it cannot; closing the listener ends its accept loop only.
  const open = (addr: string, port: number) => {
    let listener: DenoListener;
    try {
      listener = Deno.listen({ hostname: addr, port });
    } catch (e) {
      // Deno.listen cannot make a socket IPv6 only (IPV6_V6ONLY): the IPv6 wildcard then collides with the
      // IPv4 one on the same port. It is passed over as an address family this runtime cannot serve.
      if (addr === "::" && (e as Error).name === "AddrInUse" && wildcards.has(port)) {
        throw Object.assign(new Error("IPv6 wildcard beside the IPv4 one"), { code: "EAFNOSUPPORT" });
      }
      throw e;
    }
    if (addr === "0.0.0.0") wildcards.add(listener.addr.port);
    const loop = accepting.accept(listener);
    return {
      port: listener.addr.port,
      stop() {
        if (addr === "0.0.0.0") wildcards.delete(listener.addr.port);
        closeListener(listener);
        return loop;
      },
    };
  };
  return listenOn(server, bind, port, open, () => accepting.closeAll());
}

/**
 * The settings checked for what Deno can honour, with the key decrypted. Both of its TLS servers are rustls
 * underneath: they always offer TLSv1.2 and TLSv1.3 with their own ciphers, so other `tls-protocols` and any
 * cipher list are refused rather than ignored, and they take only a plain key (decrypted here with the
 * passphrase, as OpenSSL would).
 */
function denoTlsSettings(s: TlsSettings): TlsSettings {
  if (s.protocols.join(" ") !== "TLSv1.2 TLSv1.3") {
    throw new TlsConfigError([
      "tls-protocols other than 'TLSv1.2 TLSv1.3' is not supported on Deno: its TLS servers always offer both.",
    ]);
  }
  if (s.ciphers !== "" || s.ciphersuites !== "") {
    throw new TlsConfigError([
      "tls-ciphers and tls-ciphersuites cannot be set on Deno: its TLS servers have no cipher option",
    ]);
  }
  if (s.passphrase === "") return s;
  const key = createPrivateKey({ key: s.key, passphrase: s.passphrase }).export({ format: "pem", type: "pkcs8" });
  return { ...s, key: key as string, passphrase: "" };
}

/**
 * Listens for TLS on `addr:port`. `tls-auth-clients no` is served by Deno.listenTls, each connection by the
 * same `serve` as plain ones. Deno.listenTls cannot ask a client for a certificate, so `yes` and `optional`
 * are served by Deno's node:tls, which can (the Node shim's listener): it refuses a client without a
 * certificate the CA signed during the handshake. (rustls verifies a client certificate as WebPKI does: one
 * with an extendedKeyUsage must include clientAuth, and one with none is refused, where OpenSSL takes it.)
 */
function listenTls(server: Server, addr: string, port: number, settings: TlsSettings): Promise<TlsListener> {
  let s: TlsSettings;
  try {
    s = denoTlsSettings(settings);
  } catch (e) {
    return Promise.reject(e);
  }
  if (s.authClients === "no") return listenRustls(server, addr, port, s);
  try {
    checkKeyPair(addr, s);
  } catch (e) {
    return Promise.reject(e);
  }
  return nodeListenTls(server, addr, port, s);
}

/**
 * Throws Deno.listenTls's error when the certificate and key cannot serve (it reads them at once, where
 * Deno's node:tls reads them at the first handshake), trying them on a spare port.
 */
function checkKeyPair(addr: string, s: TlsSettings): void {
  closeListener(Deno.listenTls({ hostname: addr, port: 0, cert: s.cert, key: s.key }));
}

/**
 * Deno.listenTls for `tls-auth-clients no`. New settings (CONFIG SET) reopen the listening socket on the
 * same port with them (a few milliseconds after the reply); connections already open stay. Settings that
 * ask for client certificates reopen the port with node:tls instead, which then takes every later reload.
 */
function listenRustls(server: Server, addr: string, port: number, settings: TlsSettings): Promise<TlsListener> {
  const options = (s: TlsSettings) => ({ cert: s.cert, key: s.key });
  let listener: DenoListener;
  try {
    listener = Deno.listenTls({ hostname: addr, port, ...options(settings) });
  } catch (e) {
    return Promise.reject(e);
  }
  const accepting = new Accepting(server);
  accepting.accept(listener);
  let reopening: Promise<void> = Promise.resolve();
  /** The node:tls listener the port moved to, once client certificates were asked for. */
  let moved: TlsListener | null = null;
  /** Tries `open` on the port until its old listener has let it go. */
  const reopen = (open: () => Promise<void>) => {
    const tlsPort = listener.addr.port;
    closeListener(listener);
    reopening = (async () => {
      for (let attempt = 0;; attempt++) {
        try {
          return await open();
        } catch (e) {
          if (attempt >= 200) {
            tlsListenFailed(server, addr, tlsPort, e);
            return;
          }
          await new Promise((res) => setTimeout(res, 10));
        }
      }
    })();
  };
  return Promise.resolve({
    port: listener.addr.port,
    // Resolves once the port is free again (when the pending accept has ended).
    async stopAccepting() {
      await reopening;
      if (moved !== null) return moved.stopAccepting();
      closeListener(listener);
      await Promise.all(accepting.loops);
    },
    reload(given: TlsSettings) {
      // Deno frees a closed listener's port only once its pending accept has unwound, so the new settings are
      // tried on a spare port first (a bad certificate or key throws here, and the old listener stays), then
      // the port is reopened with them as soon as it is free.
      const s = denoTlsSettings(given);
      checkKeyPair(addr, s);
      if (moved !== null) return moved.reload(s);
      const tlsPort = listener.addr.port;
      if (s.authClients !== "no") {
        reopen(async () => {
          moved = await nodeListenTls(server, addr, tlsPort, s);
        });
        return;
      }
      reopen(() => {
        listener = Deno.listenTls({ hostname: addr, port: tlsPort, ...options(s) });
        accepting.accept(listener);
        return Promise.resolve();
      });
    },
    async close() {
      await reopening;
      closeListener(listener);
      await Promise.all([accepting.closeAll(), moved?.close()]);
    },
  });
}

/** File access for persistence: only with --allow-read and --allow-write for `dir`. */
function denoFiles(dir: string): FileStore | null {
  const canPersist = Deno.permissions.querySync({ name: "read", path: dir }).state === "granted" &&
    Deno.permissions.querySync({ name: "write", path: dir }).state === "granted";
  return canPersist ? nodeFileStore() : null;
}

/**
 * Starts a server on Deno: `const r = await start({ port: 0 })`, then `r.url`, `r.server.set(...)`,
 * `await r.close()`. Needs --allow-net; with --allow-read and --allow-write it can also SAVE and load.
 */
export function start(options: StartOptions = {}): Promise<RunningServer> {
  return startWith({ listen, listenTls, facts, files: denoFiles }, options);
}

/** The command line: redis-server's flags, signals, pid file and the ready line. Resolves once ready. */
export function main(argv: string[]): Promise<void> {
  return runCommandLine(argv, {
    listen,
    listenTls,
    facts,
    // Persistence needs --allow-read and --allow-write (for `dir`); without them the server runs in memory only.
    files: denoFiles,
    noFiles: "Deno was started without --allow-read and --allow-write",
    name: `Deno ${Deno.version.deno}`,
    pid: Deno.pid,
    onSignal: (sig, fn) => Deno.addSignalListener(sig, fn),
    exit: (code) => Deno.exit(code),
  });
}

if ((import.meta as { main?: boolean }).main) {
  // A failed listen was logged as Redis logs it.
  main(Deno.args).catch(() => Deno.exit(1));
}
