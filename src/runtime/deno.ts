/**
 * Deno shim: Deno.listen -> core. Transport only. Importing it starts nothing: `start()` embeds a server,
 * `main(argv)` is the command line, run when this is the entry module
 * (`deno run --allow-net src/runtime/deno.ts [--port 6379]`).
 * @module
 */
import { Buffer } from "node:buffer";
import { createPrivateKey } from "node:crypto";
import { setByteCodec } from "../core/bytes.ts";
import type { Client } from "../core/client.ts";
import type { Server } from "../core/server.ts";
import type { Host } from "../core/host.ts";
import { HIGH_WATER, listenFailed } from "./shared.ts";
import { nodeFileStore } from "./fs-node.ts";
import { configFiles, openFileLimit } from "./os-node.ts";
import { DENO_YOUNG_GENERATION, v8Heap } from "./heap-node.ts";
import { runCommandLine } from "./cli.ts";
import { startWith } from "./start.ts";
import type { Listener, RunningServer, StartOptions } from "./start.ts";
import type { FileStore } from "../core/persistence/fs.ts";
import { TlsConfigError } from "./tls.ts";
import type { TlsReload, TlsSettings } from "./tls.ts";

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
setByteCodec({
  decode: (buf, start, end) => Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString("latin1"),
  encodeInto: (s, buf, offset) => Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).write(s, offset, "latin1"),
});

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
  ...configFiles,
};

/** Writes queued bytes in order; one writer loop per connection. */
class Outbox {
  private queue: Uint8Array[] = [];
  queued = 0;
  private running = false;
  private closeAfter = false;
  private drainWaiters: (() => void)[] = [];
  closed = false;
  private conn: DenoConn;
  constructor(conn: DenoConn) {
    this.conn = conn;
  }

  push(bytes: Uint8Array): void {
    if (this.closed) return;
    this.queue.push(bytes);
    this.queued += bytes.length;
    if (!this.running) void this.run();
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
    this.queue = [];
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
      while (this.queue.length > 0 && !this.closed) {
        let chunk = this.queue.shift()!;
        const size = chunk.length;
        while (chunk.length > 0) {
          const n = await this.conn.write(chunk);
          chunk = chunk.subarray(n);
        }
        this.queued -= size;
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

/** A connection's read buffer: its first size, and the most it grows to. */
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

async function serve(server: Server, conn: DenoConn, fd: number): Promise<void> {
  try {
    conn.setNoDelay(true);
  } catch { /* not a TCP connection */ }
  const out = new Outbox(conn);
  const client: Client = server.connect({
    write(bytes) {
      server.stats.netOutput += bytes.length;
      out.push(bytes);
    },
    close: () => out.closeWhenDone(),
    abort: () => out.abort(),
    bufferedBytes: () => out.queued,
    remoteAddress: `${conn.remoteAddr.hostname}:${conn.remoteAddr.port}`,
    localAddress: `${conn.localAddr.hostname}:${conn.localAddr.port}`,
    fd,
  });
  // Reads pend on every connection at once, so each needs its own buffer: start small (10,000 idle clients
  // with 64 KB each would hold 640 MB) and grow while reads fill it (pipelines, big values).
  let buf = new Uint8Array(READ_MIN);
  try {
    while (!out.closed) {
      const n = await conn.read(buf);
      if (n === null) break;
      server.stats.netInput += n;
      // The parser may keep a reference to the chunk, so hand it a copy rather than the reused buffer.
      client.feed(buf.slice(0, n));
      if (n === buf.length && buf.length < READ_MAX) buf = new Uint8Array(buf.length * 4);
      else if (n < READ_MIN / 2 && buf.length > READ_MIN) buf = new Uint8Array(READ_MIN);
      while (client.outputPaused && !out.closed) {
        await out.drained();
        client.drained();
      }
      await out.drained();
    }
  } catch (e) {
    // A peer that went away is routine; anything else is a bug that must not vanish with the connection.
    if (!CONNECTION_GONE.has((e as Error)?.name)) {
      console.error(`# Connection error for client id=${client.id}: ${(e as Error)?.stack ?? e}`);
    }
  }
  client.disconnected();
  out.closeWhenDone();
}

/** The fd numbers CLIENT LIST shows, shared by the plain and the TLS port as real fds would be. */
const fds = { next: 7 };

/** The connections of one port, served by one accept loop per listening socket it had. */
class Accepting {
  readonly served = new Set<Promise<void>>();
  readonly conns = new Set<DenoConn>();
  readonly loops: Promise<void>[] = [];
  private server: Server;
  constructor(server: Server) {
    this.server = server;
  }

  /** Serves every connection `listener` accepts until it is closed. */
  accept(listener: DenoListener): void {
    this.loops.push((async () => {
      try {
        for await (const conn of listener) {
          this.conns.add(conn);
          const p = serve(this.server, conn, fds.next++).finally(() => {
            this.served.delete(p);
            this.conns.delete(conn);
          });
          this.served.add(p);
        }
      } catch { /* the listener was closed */ }
    })());
  }

  /** Closes every connection and waits for their loops. */
  async closeAll(): Promise<void> {
    for (const conn of this.conns) {
      try {
        conn.close();
      } catch { /* already closed */ }
    }
    await Promise.all(this.loops);
    await Promise.all(this.served);
  }
}

function closeListener(listener: DenoListener): void {
  try {
    listener.close();
  } catch { /* already closed */ }
}

/** Listens on `bind:port` and serves the server's connections. */
function listen(server: Server, bind: string, port: number): Promise<Listener> {
  let listener: DenoListener;
  try {
    listener = Deno.listen({ hostname: bind, port });
  } catch (e) {
    // listenToPort: a bind refused is logged as Redis logs it.
    listenFailed(server, bind, port, e);
    return Promise.reject(e);
  }
  const accepting = new Accepting(server);
  accepting.accept(listener);
  return Promise.resolve({
    port: listener.addr.port,
    close() {
      closeListener(listener);
      return accepting.closeAll();
    },
  });
}

/**
 * What Deno.listenTls (rustls) can be given: a certificate chain and a decrypted key, nothing else. It cannot
 * ask a client for a certificate, so `tls-auth-clients yes` is refused rather than served without the check
 * it promises; `optional` (no certificate required) is served, without asking for one. It always offers
 * TLSv1.2 and TLSv1.3 with its own ciphers, so other `tls-protocols` and any cipher list are refused too.
 */
function denoTlsOptions(s: TlsSettings): { cert: string; key: string } {
  if (s.authClients === "yes") {
    throw new TlsConfigError([
      "tls-auth-clients yes is not supported on Deno: Deno.listenTls cannot request or verify client certificates. Use tls-auth-clients no (or run on Node.js or Bun).",
    ]);
  }
  if (s.protocols.join(" ") !== "TLSv1.2 TLSv1.3") {
    throw new TlsConfigError([
      "tls-protocols other than 'TLSv1.2 TLSv1.3' is not supported on Deno: Deno.listenTls always offers both.",
    ]);
  }
  if (s.ciphers !== "" || s.ciphersuites !== "") {
    throw new TlsConfigError([
      "tls-ciphers and tls-ciphersuites cannot be set on Deno: Deno.listenTls has no cipher option",
    ]);
  }
  let key = s.key;
  if (s.passphrase !== "") {
    // rustls takes only a plain key: decrypt it here, as OpenSSL would with the passphrase.
    key = createPrivateKey({ key: s.key, passphrase: s.passphrase }).export({ format: "pem", type: "pkcs8" }) as string;
  }
  return { cert: s.cert, key };
}

/**
 * Listens for TLS on `bind:port`, each connection served by the same `serve` as plain ones. New settings
 * (CONFIG SET) reopen the listening socket on the same port with them (a few milliseconds after the reply);
 * connections already open stay.
 */
function listenTls(server: Server, bind: string, port: number, settings: TlsSettings): Promise<Listener & TlsReload> {
  let listener: DenoListener;
  try {
    listener = Deno.listenTls({ hostname: bind, port, ...denoTlsOptions(settings) });
  } catch (e) {
    return Promise.reject(e);
  }
  const accepting = new Accepting(server);
  accepting.accept(listener);
  let reopening: Promise<void> = Promise.resolve();
  return Promise.resolve({
    port: listener.addr.port,
    reload(s: TlsSettings) {
      // Deno frees a closed listener's port only once its pending accept has unwound, so the new settings are
      // tried on a spare port first (a bad certificate or key throws here, and the old listener stays), then
      // the port is reopened with them as soon as it is free.
      const options = denoTlsOptions(s);
      closeListener(Deno.listenTls({ hostname: bind, port: 0, ...options }));
      const tlsPort = listener.addr.port;
      closeListener(listener);
      reopening = (async () => {
        for (let attempt = 0;; attempt++) {
          try {
            listener = Deno.listenTls({ hostname: bind, port: tlsPort, ...options });
            accepting.accept(listener);
            return;
          } catch (e) {
            if (attempt >= 200) {
              listenFailed(server, bind, tlsPort, e, "TLS");
              return;
            }
            await new Promise((res) => setTimeout(res, 10));
          }
        }
      })();
    },
    async close() {
      await reopening;
      closeListener(listener);
      await accepting.closeAll();
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
