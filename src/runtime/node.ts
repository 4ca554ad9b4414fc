/**
 * Node.js shim: net.createServer -> core. Transport only. Importing it starts nothing: `start()` embeds a
 * server, `main(argv)` is the command line (`node dist/node.js [--port 6379] [--bind 127.0.0.1]`).
 * @module
 */
import net from "node:net";
import tls from "node:tls";
import process from "node:process";
import { Buffer } from "node:buffer";
import { installLatin1Codec } from "./codec-node.ts";
import type { Server } from "../core/server.ts";
import type { ConnectEvents, Host, Transport } from "../core/host.ts";
import { connectError, HIGH_WATER, nextOutboundFd } from "./shared.ts";
import { listenOn } from "./listeners.ts";
import { nodeFileStore } from "./fs-node.ts";
import { configFiles, openFileLimit } from "./os-node.ts";
import { NODE_YOUNG_GENERATION, v8Heap } from "./heap-node.ts";
import { runCommandLine } from "./cli.ts";
import { startWith } from "./start.ts";
import type { Listener, RunningServer, StartOptions, TlsListener } from "./start.ts";
import { protocolOptions, readTlsClientSettings, TlsConfigError } from "./tls.ts";
import type { TlsSettings } from "./tls.ts";

// The whole runtime-free API too, so one import gives a runtime everything: start(), Server, ManualHost ...
export * from "../mod.ts";
export { SystemHost } from "./clock.ts";
export type { RunningServer, StartOptions } from "./start.ts";

installLatin1Codec();

/** What INFO reports about this process. */
const facts: Partial<Host> = {
  processId: process.pid,
  runtime: `Node.js ${process.version} ${process.platform} ${process.arch}`,
  executable: process.execPath,
  memory: () => {
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed + m.external + m.arrayBuffers };
  },
  cpu: () => {
    const u = process.cpuUsage();
    return { user: u.user / 1e6, system: u.system / 1e6 };
  },
  maxOpenFiles: openFileLimit,
  heap: v8Heap(NODE_YOUNG_GENERATION),
  connect,
  ...configFiles,
};

/** The fd numbers CLIENT LIST shows, shared by the plain and the TLS ports as real fds would be. */
const fds = { next: 7 };

/** Host.connect: an outbound connection (a replica's link to its master); writes before it is up are queued by net. */
function connect(host: string, port: number, events: ConnectEvents, tlsGet?: (name: string) => string): Transport {
  let failure: string | undefined;
  let socket: net.Socket;
  if (tlsGet === undefined) socket = net.connect({ host, port, noDelay: true });
  else {
    // tls-replication: OpenSSL checks the master's certificate against the CA, not its name (as Redis 7.0).
    try {
      const options = { ...secureContextOptions(readTlsClientSettings(tlsGet)), checkServerIdentity: () => undefined };
      socket = tls.connect({ host, port, ...options });
      socket.setNoDelay(true);
    } catch (e) {
      failure = e instanceof TlsConfigError ? e.lines.join(" ") : (e as Error).message;
      socket = new net.Socket();
      setImmediate(() => socket.destroy());
    }
  }
  socket.on(tlsGet === undefined ? "connect" : "secureConnect", () => events.open());
  socket.on("data", (chunk) => events.data(chunk));
  socket.on("error", (e) => failure ??= connectError(e));
  socket.on("close", () => events.closed(failure));
  return {
    write: (bytes) => {
      if (!socket.destroyed) socket.write(bytes);
    },
    close: () => socket.end(),
    abort: () => socket.destroy(),
    bufferedBytes: () => socket.writableLength,
    pauseReading: (paused) => {
      if (paused) socket.pause();
      else socket.resume();
    },
    get remoteAddress() {
      return `${socket.remoteAddress ?? host}:${socket.remotePort ?? port}`;
    },
    get localAddress() {
      return `${socket.localAddress ?? ""}:${socket.localPort ?? 0}`;
    },
    fd: nextOutboundFd(),
  };
}

/** Serves one connection, plain or TLS (a tls.TLSSocket is a net.Socket): bytes in, replies out. */
function serveSocket(server: Server, socket: net.Socket, sockets: Set<net.Socket>): void {
  socket.setNoDelay(true);
  sockets.add(socket);
  const send = (bytes: Uint8Array) => {
    server.stats.netOutput += bytes.length;
    if (!socket.write(bytes) && !socket.isPaused()) socket.pause();
  };
  // Plain sockets take views of the client's reply buffer: a write libuv finishes at once (the usual case)
  // copies nothing; one it cannot finish keeps the memory it was given (writableLength stays above 0, as
  // for a write queued behind another), and the client then leaves that buffer to the socket. Copying the
  // view instead of keeping it is not possible afterwards: the socket holds that very memory.
  const plain = !(socket instanceof tls.TLSSocket);
  // net turns a Uint8Array into a Buffer on every write; the client hands over the same view for batches of
  // the same length (ReplyWriter.takeView), so the Buffer made for it serves again too.
  let lastView: Uint8Array | null = null;
  let lastBuffer: Buffer | null = null;
  const asBuffer = (view: Uint8Array): Buffer => {
    if (view !== lastView) {
      lastView = view;
      lastBuffer = Buffer.from(view.buffer, view.byteOffset, view.length);
    }
    return lastBuffer!;
  };
  const client = server.connect({
    write(bytes) {
      if (!socket.destroyed) send(bytes);
    },
    writeView: plain
      ? (view) => {
        if (socket.destroyed) return false;
        send(asBuffer(view));
        if (socket.writableLength === 0) return false;
        // The socket keeps this memory: the client moves on to a new buffer, and so does the cache.
        lastView = null;
        lastBuffer = null;
        return true;
      }
      : undefined,
    close() {
      socket.end();
      // A client that never reads would keep the socket half-open forever.
      const timer = setTimeout(() => socket.destroy(), 5000).unref();
      socket.once("close", () => clearTimeout(timer));
    },
    abort: () => socket.destroy(),
    bufferedBytes: () => socket.writableLength,
    remoteAddress: `${socket.remoteAddress}:${socket.remotePort}`,
    localAddress: `${socket.localAddress}:${socket.localPort}`,
    fd: fds.next++,
  });
  socket.on("data", (chunk) => {
    server.stats.netInput += chunk.length;
    client.feed(chunk);
    if (socket.writableLength > HIGH_WATER) socket.pause();
  });
  socket.on("drain", () => {
    if (client.closing) return;
    socket.resume();
    client.drained();
  });
  socket.on("error", () => {});
  socket.on("close", () => {
    sockets.delete(socket);
    client.disconnected();
  });
}

/** Starts `listener` on `addr:port` (IPv6 only for an IPv6 address, as Redis sets IPV6_V6ONLY); resolves its port. */
function listenAt(listener: net.Server, addr: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    listener.once("error", reject);
    listener.listen({ port, host: addr, ipv6Only: addr.includes(":") }, () => {
      listener.off("error", reject);
      resolve((listener.address() as net.AddressInfo).port);
    });
  });
}

/** Listens on `port` at each address of `bind` and serves the server's connections. */
function listen(server: Server, bind: string, port: number): Promise<Listener> {
  const sockets = new Set<net.Socket>();
  const open = async (addr: string, port: number) => {
    const listener = net.createServer({ noDelay: true }, (socket) => serveSocket(server, socket, sockets));
    // close() frees the port at once; its callback waits for connections, which stay with their clients.
    return { port: await listenAt(listener, addr, port), stop: () => void listener.close() };
  };
  return listenOn(server, bind, port, open, () => {
    for (const s of sockets) s.destroy();
    return Promise.resolve();
  });
}

/** node:tls's options for a TlsSettings (OpenSSL underneath, as in redis-server). */
function secureContextOptions(s: TlsSettings): tls.SecureContextOptions {
  const options: tls.SecureContextOptions = {
    cert: s.cert,
    key: s.key,
    ca: s.ca.length > 0 ? s.ca : undefined,
    passphrase: s.passphrase === "" ? undefined : s.passphrase,
    // Node's own floor is TLSv1.2: tls-protocols may ask for older ones; the gaps are closed by secureOptions.
    minVersion: s.protocols[0],
    maxVersion: s.protocols[s.protocols.length - 1],
    secureOptions: protocolOptions(s.protocols),
    honorCipherOrder: s.preferServerCiphers,
  };
  // node:tls takes the TLSv1.3 suites (TLS_*) in the same list as the older ciphers and sorts them out itself.
  const ciphers = [s.ciphers, s.ciphersuites].filter((c) => c !== "").join(":");
  if (ciphers !== "") options.ciphers = ciphers;
  return options;
}

/**
 * Listens for TLS on `bind:port`: node:tls hands each connection, once its handshake is done, to the same
 * serveSocket as plain ones. `tls-auth-clients yes` makes OpenSSL refuse a client without a certificate
 * signed by the CA during the handshake; `optional` asks for one and refuses only a bad one. The Deno shim
 * serves these two modes with it too (Deno's node:tls can ask for a client certificate; Deno.listenTls cannot).
 */
export function listenTls(server: Server, bind: string, port: number, settings: TlsSettings): Promise<TlsListener> {
  const sockets = new Set<net.Socket>();
  const auth = (s: TlsSettings) => ({
    requestCert: s.authClients !== "no",
    rejectUnauthorized: s.authClients === "yes",
  });
  const listener = tls.createServer({ ...secureContextOptions(settings), ...auth(settings) }, (socket) => {
    // optional: a certificate that was sent must verify; none at all is fine (OpenSSL's SSL_VERIFY_PEER alone).
    if (!socket.authorized && socket.authorizationError !== undefined && hasPeerCertificate(socket)) {
      server.host.log(`# Error accepting a client connection: ${opensslError(String(socket.authorizationError))}`);
      socket.destroy();
      return;
    }
    serveSocket(server, socket, sockets);
  });
  listener.on(
    "tlsClientError",
    (e) => server.host.log(`# Error accepting a client connection: ${opensslError(e.message)}`),
  );
  return listenAt(listener, bind, port).then((port) => ({
    port,
    // close() frees the port at once; the accepted connections stay with their clients.
    stopAccepting: () => void listener.close(),
    close: () =>
      new Promise<void>((done) => {
        // After stopAccepting, close()'s callback would wait for a "close" event that may have passed.
        if (listener.listening) listener.close(() => done());
        else done();
        for (const s of sockets) s.destroy();
      }),
    reload(s: TlsSettings) {
      listener.setSecureContext(secureContextOptions(s));
      // Read by node:tls for each connection it accepts.
      Object.assign(listener, auth(s));
    },
  }));
}

/** OpenSSL's error as Node words it ("80AC...:error:0A0000C7:SSL routines:func:reason:file:line:") in Redis's form. */
function opensslError(message: string): string {
  const m = /error:([0-9A-F]{8}):([^:]*):[^:]*:([^:\n]*)/.exec(message);
  return m === null ? message.trim() : `error:${m[1]}:${m[2]}::${m[3]}`;
}

function hasPeerCertificate(socket: tls.TLSSocket): boolean {
  const cert = socket.getPeerCertificate();
  return cert !== null && Object.keys(cert).length > 0;
}

/**
 * Starts a server on Node.js: `const r = await start({ port: 0 })`, then `r.url`, `r.server.set(...)`,
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
    name: `Node.js ${process.version}`,
    pid: process.pid,
    onSignal: (sig, fn) => process.on(sig, fn),
    exit: (code) => process.exit(code),
  });
}
