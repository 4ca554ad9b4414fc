/**
 * Bun shim: Bun.listen -> core. Transport only. Importing it starts nothing: `start()` embeds a server,
 * `main(argv)` is the command line, run when this is the entry module (`bun src/runtime/bun.ts [--port 6379]`).
 * @module
 */
import { installLatin1Codec } from "./codec-node.ts";
import type { Client } from "../core/client.ts";
import type { Server } from "../core/server.ts";
import type { ConnectEvents, Host, Transport } from "../core/host.ts";
import { connectError, HIGH_WATER, nextOutboundFd } from "./shared.ts";
import { listenOn } from "./listeners.ts";
import { nodeFileStore } from "./fs-node.ts";
import { configFiles, openFileLimit } from "./os-node.ts";
import { residentHeap } from "./heap-node.ts";
import { runCommandLine } from "./cli.ts";
import { startWith } from "./start.ts";
import type { Listener, RunningServer, StartOptions, TlsListener } from "./start.ts";
import { protocolOptions, readTlsClientSettings, TlsConfigError } from "./tls.ts";
import type { TlsSettings } from "./tls.ts";

// The whole runtime-free API too, so one import gives a runtime everything: start(), Server, ManualHost ...
export * from "../mod.ts";
export { SystemHost } from "./clock.ts";
export type { RunningServer, StartOptions } from "./start.ts";

/** The parts of Bun's API this shim uses, declared structurally (no @types/bun needed). */
interface BunSocket {
  data: Conn;
  write(data: Uint8Array): number;
  end(): void;
  terminate(): void;
  pause(): void;
  resume(): void;
  setNoDelay(on: boolean): void;
  remoteAddress: string;
  remotePort: number;
  /** TLS only: the peer's certificate, an empty object when it sent none. */
  getPeerCertificate?(): object | null;
  localAddress: string;
  localPort: number;
}
interface Conn {
  client: Client;
  /** Bytes Bun did not take yet, written on `drain`. */
  queue: Uint8Array[];
  queued: number;
  paused: boolean;
  closeWhenDrained: boolean;
}
/** The socket handlers Bun.listen and Bun.connect take. */
interface BunSocketHandlers {
  open(s: BunSocket): void;
  data(s: BunSocket, d: Uint8Array): void;
  drain(s: BunSocket): void;
  close(s: BunSocket): void;
  error(s: BunSocket, e: Error): void;
  connectError?(s: BunSocket, e: Error): void;
  /** TLS only: the handshake ended; `error` is why the peer's certificate did not verify. */
  handshake?(s: BunSocket, success: boolean, error: Error | null): void;
}
/** Bun.listen's `tls` (BoringSSL underneath). */
interface BunTlsOptions {
  cert: string;
  key: string;
  ca?: string[];
  passphrase?: string;
  requestCert: boolean;
  rejectUnauthorized: boolean;
  secureOptions: number;
}
interface BunGlobal {
  listen(opts: {
    hostname: string;
    port: number;
    ipv6Only?: boolean;
    tls?: BunTlsOptions;
    socket: BunSocketHandlers;
  }): {
    port: number;
    stop(force?: boolean): void;
  };
  connect(opts: { hostname: string; port: number; tls?: BunTlsOptions; socket: BunSocketHandlers }): Promise<BunSocket>;
  argv: string[];
}
interface NodeLikeProcess {
  pid: number;
  version: string;
  execPath: string;
  on(sig: string, fn: () => void): void;
  exit(code: number): never;
  memoryUsage(): { rss: number; heapUsed: number };
  cpuUsage(): { user: number; system: number };
}
declare const Bun: BunGlobal;
declare const process: NodeLikeProcess;

// JavaScriptCore's native latin1 decode is faster than inline code at every length but 1.
installLatin1Codec(2);

function flushQueue(s: BunSocket): void {
  const conn = s.data;
  while (conn.queue.length > 0) {
    const head = conn.queue[0];
    const n = s.write(head);
    if (n < 0) return;
    conn.queued -= Math.max(0, n);
    if (n < head.length) {
      conn.queue[0] = head.subarray(n);
      return;
    }
    conn.queue.shift();
  }
  if (conn.closeWhenDrained) s.end();
}

const runtimeName = `Bun ${(globalThis as { Bun?: { version?: string } }).Bun?.version ?? ""}`;

/** What INFO reports about this process. */
const facts: Partial<Host> = {
  processId: process.pid,
  runtime: runtimeName,
  executable: process.execPath,
  memory: () => process.memoryUsage(),
  cpu: () => {
    const u = process.cpuUsage();
    return { user: u.user / 1e6, system: u.system / 1e6 };
  },
  maxOpenFiles: openFileLimit,
  heap: residentHeap(),
  connect,
  ...configFiles,
};

/** The fd numbers CLIENT LIST shows, shared by the plain and the TLS ports as real fds would be. */
const fds = { next: 7 };

/** One set of socket handlers serves plain and TLS connections alike; `sockets` holds the open ones. */
function handlers(server: Server, sockets: Set<BunSocket>): BunSocketHandlers {
  return {
    open(s) {
      s.setNoDelay(true);
      sockets.add(s);
      const conn = { queue: [], queued: 0, paused: false, closeWhenDrained: false } as unknown as Conn;
      s.data = conn;
      // Bun's write sends at once and keeps nothing: only what the socket did not take is queued for
      // `drain`, copied when it is a view of the client's reply buffer (`owned` false).
      const send = (bytes: Uint8Array, owned: boolean) => {
        server.stats.netOutput += bytes.length;
        if (conn.queue.length === 0) {
          const n = s.write(bytes);
          if (n < 0 || n === bytes.length) return;
          bytes = bytes.subarray(n);
        }
        conn.queue.push(owned ? bytes : bytes.slice());
        conn.queued += bytes.length;
      };
      conn.client = server.connect({
        write: (bytes) => send(bytes, true),
        writeView: (bytes) => send(bytes, false),
        close() {
          conn.closeWhenDrained = true;
          if (conn.queue.length === 0) s.end();
        },
        abort() {
          conn.queue = [];
          conn.queued = 0;
          s.terminate();
        },
        bufferedBytes: () => conn.queued,
        remoteAddress: `${s.remoteAddress}:${s.remotePort}`,
        localAddress: `${s.localAddress}:${s.localPort}`,
        fd: fds.next++,
      });
    },
    data(s, d) {
      const conn = s.data;
      server.stats.netInput += d.length;
      conn.client.feed(d);
      if (conn.queued > HIGH_WATER && !conn.paused) {
        conn.paused = true;
        s.pause();
      }
    },
    drain(s) {
      flushQueue(s);
      const conn = s.data;
      if (conn.queued <= HIGH_WATER) conn.client.drained();
      if (conn.paused && conn.queued <= HIGH_WATER) {
        conn.paused = false;
        s.resume();
      }
    },
    close(s) {
      sockets.delete(s);
      s.data?.client.disconnected();
    },
    error() {},
  };
}

/**
 * Host.connect on Bun.connect: bytes written before the socket is open, or that Bun did not take, wait in a
 * queue written on `open` and `drain`.
 */
function connect(host: string, port: number, events: ConnectEvents, tlsGet?: (name: string) => string): Transport {
  let sock: BunSocket | null = null;
  let queue: Uint8Array[] = [];
  let queued = 0;
  let state: "connecting" | "open" | "closing" | "closed" = "connecting";
  let failure: string | undefined;
  const ended = () => {
    if (state === "closed") return;
    state = "closed";
    events.closed(failure);
  };
  const flush = (s: BunSocket) => {
    while (queue.length > 0) {
      const head = queue[0];
      const n = s.write(head);
      if (n < 0) return;
      queued -= Math.max(0, n);
      if (n < head.length) {
        queue[0] = head.subarray(n);
        return;
      }
      queue.shift();
    }
    if (state === "closing") s.end();
  };
  let tls: BunTlsOptions | undefined;
  try {
    // tls-replication: the master's certificate must verify against the CA (rejectUnauthorized).
    if (tlsGet !== undefined) tls = { ...bunTlsOptions(readTlsClientSettings(tlsGet)), rejectUnauthorized: true };
  } catch (e) {
    failure = e instanceof TlsConfigError ? e.lines.join(" ") : (e as Error).message;
  }
  if (failure !== undefined) queueMicrotask(ended);
  else {
    Bun.connect({
      hostname: host,
      port,
      tls,
      socket: {
        open(s) {
          sock = s;
          s.setNoDelay(true);
          if (state === "closed") return s.terminate();
          const closing = state === "closing";
          state = "open";
          events.open();
          if (closing) state = "closing";
          flush(s);
        },
        data: (_s, d) => events.data(d),
        drain: (s) => flush(s),
        close: () => ended(),
        error: (_s, e) => failure ??= connectError(e),
        connectError: (_s, e) => failure ??= connectError(e),
      },
    }).catch((e) => {
      failure ??= connectError(e);
      ended();
    });
  }
  return {
    write(bytes) {
      if (state === "closed") return;
      if (sock !== null && queue.length === 0) {
        const n = sock.write(bytes);
        if (n < 0 || n === bytes.length) return;
        bytes = bytes.subarray(n);
      }
      queue.push(bytes);
      queued += bytes.length;
    },
    close() {
      if (state === "closed") return;
      if (sock === null) state = "closing";
      else if (queue.length === 0) sock.end();
      else state = "closing";
    },
    abort() {
      queue = [];
      queued = 0;
      if (sock !== null) sock.terminate();
      else {
        // Not connected yet: the connect goes on, and `open` ends it at once.
        ended();
      }
    },
    bufferedBytes: () => queued,
    pauseReading(paused) {
      if (paused) sock?.pause();
      else sock?.resume();
    },
    get remoteAddress() {
      return sock === null ? `${host}:${port}` : `${sock.remoteAddress}:${sock.remotePort ?? port}`;
    },
    get localAddress() {
      return sock === null ? ":0" : `${sock.localAddress}:${sock.localPort}`;
    },
    fd: nextOutboundFd(),
  };
}

/** Listens on `port` at each address of `bind` and serves the server's connections. */
function listen(server: Server, bind: string, port: number): Promise<Listener> {
  const sockets = new Set<BunSocket>();
  const socket = handlers(server, sockets);
  // Bun.listen binds at once and throws when it cannot.
  const open = (addr: string, port: number) => {
    // IPv6 sockets are IPv6 only, as Redis makes them (IPV6_V6ONLY), so "* ::*" can bind both wildcards.
    const listener = Bun.listen({ hostname: addr, port, ipv6Only: addr.includes(":"), socket });
    // stop(false) stops accepting and leaves the accepted connections open.
    return { port: listener.port, stop: () => listener.stop(false) };
  };
  return listenOn(server, bind, port, open, () => {
    for (const s of sockets) s.terminate();
    return Promise.resolve();
  });
}

/** Bun.listen's `tls` for a TlsSettings. */
function bunTlsOptions(s: TlsSettings): BunTlsOptions {
  if (s.ciphers !== "" || s.ciphersuites !== "") {
    throw new TlsConfigError([
      "tls-ciphers and tls-ciphersuites cannot be set on Bun: Bun.listen has no cipher option",
    ]);
  }
  return {
    cert: s.cert,
    key: s.key,
    ca: s.ca.length > 0 ? s.ca : undefined,
    passphrase: s.passphrase === "" ? undefined : s.passphrase,
    requestCert: s.authClients !== "no",
    rejectUnauthorized: s.authClients === "yes",
    secureOptions: protocolOptions(s.protocols),
  };
}

/**
 * Listens for TLS on `addr:port` with the same handlers as plain connections. `tls-auth-clients yes` makes
 * BoringSSL refuse a client without a certificate signed by the CA during the handshake; `optional` asks for
 * one and refuses only one that was sent and does not verify. New settings (CONFIG SET) reopen the listening
 * socket on the same port: Bun cannot change a listener's TLS context, and connections already open stay.
 */
function listenTls(server: Server, addr: string, port: number, settings: TlsSettings): Promise<TlsListener> {
  const base = handlers(server, new Set());
  const socket: BunSocketHandlers = {
    ...base,
    handshake(s, success, error) {
      if (!success) server.host.log(`# Error accepting a client connection: ${error?.message ?? "handshake failed"}`);
      if (!success || error === null || error === undefined) return;
      const cert = s.getPeerCertificate?.();
      if (cert === null || cert === undefined || Object.keys(cert).length === 0) return;
      server.host.log(`# Error accepting a client connection: ${error.message}`);
      s.terminate();
    },
  };
  // IPv6 only, as the plain sockets.
  const where = { hostname: addr, ipv6Only: addr.includes(":") };
  let listener: ReturnType<BunGlobal["listen"]>;
  try {
    listener = Bun.listen({ ...where, port, tls: bunTlsOptions(settings), socket });
  } catch (e) {
    return Promise.reject(e);
  }
  const open = new Set<ReturnType<BunGlobal["listen"]>>([listener]);
  return Promise.resolve({
    port: listener.port,
    stopAccepting: () => listener.stop(false),
    reload(s: TlsSettings) {
      const options = bunTlsOptions(s);
      const old = listener;
      // Stop accepting first (the port must be free for the new socket), keeping the old one's connections.
      old.stop(false);
      try {
        listener = Bun.listen({ ...where, port: old.port, tls: options, socket });
      } catch (e) {
        listener = Bun.listen({ ...where, port: old.port, tls: bunTlsOptions(settings), socket });
        throw e;
      }
      settings = s;
      open.add(listener);
    },
    close() {
      for (const l of open) l.stop(true);
      return Promise.resolve();
    },
  });
}

/**
 * Starts a server on Bun: `const r = await start({ port: 0 })`, then `r.url`, `r.server.set(...)`,
 * `await r.close()`. Rejects with a ConfigFileError for a setting redis-server would refuse.
 */
export function start(options: StartOptions = {}): Promise<RunningServer> {
  return startWith({ listen, listenTls, facts, files: () => nodeFileStore() }, options);
}

/** The command line: redis-server's flags, signals, pid file and the ready line. Resolves once ready. */
export function main(argv: string[]): Promise<void> {
  return runCommandLine(argv, {
    listen,
    listenTls,
    facts,
    files: () => nodeFileStore(),
    name: runtimeName,
    pid: process.pid,
    onSignal: (sig, fn) => process.on(sig, fn),
    exit: (code) => process.exit(code),
  });
}

if ((import.meta as { main?: boolean }).main) {
  // A failed listen was logged as Redis logs it.
  main(Bun.argv.slice(2)).catch(() => process.exit(1));
}
