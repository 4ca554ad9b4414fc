/**
 * Node.js shim: net.createServer -> core. Transport only. Importing it starts nothing: `start()` embeds a
 * server, `main(argv)` is the command line (`node dist/node.js [--port 6379] [--bind 127.0.0.1]`).
 * @module
 */
import net from "node:net";
import tls from "node:tls";
import process from "node:process";
import { setByteCodec } from "../core/bytes.ts";
import type { Server } from "../core/server.ts";
import type { Host } from "../core/host.ts";
import { HIGH_WATER, listenFailed } from "./shared.ts";
import { nodeFileStore } from "./fs-node.ts";
import { configFiles, openFileLimit } from "./os-node.ts";
import { NODE_YOUNG_GENERATION, v8Heap } from "./heap-node.ts";
import { runCommandLine } from "./cli.ts";
import { startWith } from "./start.ts";
import type { Listener, RunningServer, StartOptions } from "./start.ts";
import { protocolOptions } from "./tls.ts";
import type { TlsReload, TlsSettings } from "./tls.ts";

// The whole runtime-free API too, so one import gives a runtime everything: start(), Server, ManualHost ...
export * from "../mod.ts";
export { SystemHost } from "./clock.ts";
export type { RunningServer, StartOptions } from "./start.ts";

setByteCodec({
  decode: (buf, start, end) => Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString("latin1"),
  encodeInto: (s, buf, offset) => Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).write(s, offset, "latin1"),
});

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
  ...configFiles,
};

/** The connections of one listening socket, and the fd numbers CLIENT LIST shows for them. */
interface Accepted {
  sockets: Set<net.Socket>;
  fds: { next: number };
}

/** Serves one connection, plain or TLS (a tls.TLSSocket is a net.Socket): bytes in, replies out. */
function serveSocket(server: Server, socket: net.Socket, accepted: Accepted): void {
  socket.setNoDelay(true);
  const sockets = accepted.sockets;
  sockets.add(socket);
  const client = server.connect({
    write(bytes) {
      if (socket.destroyed) return;
      server.stats.netOutput += bytes.length;
      if (!socket.write(bytes) && !socket.isPaused()) socket.pause();
    },
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
    fd: accepted.fds.next++,
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

/** Listens with `listener` on `bind:port`; resolves once listening, rejects (logged as Redis logs it) if not. */
function listenOn(
  server: Server,
  listener: net.Server,
  bind: string,
  port: number,
  sockets: Set<net.Socket>,
  kind: "TCP" | "TLS",
): Promise<Listener> {
  return new Promise((resolve, reject) => {
    listener.once("error", (e) => {
      // listenToPort: a bind refused is logged as Redis logs it (the TLS port's by openListeners).
      if (kind === "TCP") listenFailed(server, bind, port, e);
      reject(e);
    });
    listener.listen(port, bind, () => {
      resolve({
        port: (listener.address() as net.AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            listener.close(() => done());
            for (const s of sockets) s.destroy();
          }),
      });
    });
  });
}

/** The fd numbers CLIENT LIST shows, shared by the plain and the TLS port as real fds would be. */
const fds = { next: 7 };

/** Listens on `bind:port` and serves the server's connections. */
function listen(server: Server, bind: string, port: number): Promise<Listener> {
  const accepted: Accepted = { sockets: new Set(), fds };
  const listener = net.createServer({ noDelay: true }, (socket) => serveSocket(server, socket, accepted));
  return listenOn(server, listener, bind, port, accepted.sockets, "TCP");
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
 * signed by the CA during the handshake; `optional` asks for one and refuses only a bad one.
 */
function listenTls(server: Server, bind: string, port: number, settings: TlsSettings): Promise<Listener & TlsReload> {
  const accepted: Accepted = { sockets: new Set(), fds };
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
    serveSocket(server, socket, accepted);
  });
  listener.on(
    "tlsClientError",
    (e) => server.host.log(`# Error accepting a client connection: ${opensslError(e.message)}`),
  );
  return listenOn(server, listener, bind, port, accepted.sockets, "TLS").then((l) => ({
    ...l,
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
