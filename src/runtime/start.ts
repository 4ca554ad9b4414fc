/**
 * `start()`, the same on every runtime: a server listening on a port, for a test suite or an application
 * that embeds one. Each shim passes its own `listen` (the socket layer) and host facts; nothing here starts
 * on import, installs signal handlers or writes a pid file.
 */
import { Server } from "../core/direct.ts";
import { ManualHost } from "../core/host.ts";
import type { Host } from "../core/host.ts";
import type { Server as CoreServer } from "../core/server.ts";
import type { FileStore } from "../core/persistence/fs.ts";
import { SystemHost } from "./clock.ts";
import { startPersistence } from "./shared.ts";
import { listenError, listenToPort } from "./listeners.ts";
import { configuredTlsPort, readTlsSettings, reloadTlsOnConfigSet, TlsConfigError } from "./tls.ts";
import type { TlsReload, TlsSettings } from "./tls.ts";

/** How to start a server with `start()`. */
export interface StartOptions {
  /** The TCP port; 0 (the default) picks a free one, read it back from `port` in the result. */
  port?: number;
  /** The address to listen on (redis.conf's `bind`); "127.0.0.1" by default. */
  host?: string;
  /**
   * redis.conf settings by name, as `--name value` on the command line: `{ "maxmemory": "10mb",
   * "notify-keyspace-events": "KEA" }`. `save` is "" unless given here, so a test server never writes a
   * dump.rdb on its own; `dir` is the working directory unless given.
   */
  config?: Record<string, string | number>;
  /**
   * "system" (the default): the real clock, which `server.fastForward(ms)` can still move ahead.
   * "manual": a clock that only moves with `server.fastForward(ms)` (a ManualHost): keys never expire,
   * blocked clients never time out and delayed faults never fire on their own.
   */
  clock?: "system" | "manual";
  /** Where the server's log lines go; dropped by default. */
  log?: (line: string) => void;
}

/** A server started by `start()`. */
export interface RunningServer {
  /** The address it listens on. */
  host: string;
  /** The port it listens on (the one picked when `port` was 0). */
  port: number;
  /** `redis://host:port`, for clients that take a URL. */
  url: string;
  /** The server itself, with its direct API: `call`, `set`, `get`, `fastForward`, `injectFault` ... */
  server: Server;
  /** Stops listening, closes every connection and stops the server's timers. Safe to call twice. */
  close(): Promise<void>;
}

/** A listening socket as a shim opened it. */
export interface Listener {
  port: number;
  /** Stops accepting and closes every connection it accepted. */
  close(): Promise<void>;
}

/**
 * Opens the listening sockets for a server, one per address of `bind` (the setting's text), and serves its
 * connections (each shim has one).
 */
export type Listen = (server: CoreServer, bind: string, port: number) => Promise<Listener>;

/** A TLS listening socket as a shim opened it. */
export interface TlsListener extends Listener, TlsReload {
  /** Stops accepting and frees the port; the connections it accepted stay until close(). */
  stopAccepting(): void | Promise<void>;
}

/**
 * Opens the TLS listening socket (`tls-port`) on one address and serves its connections through the same code
 * as plain ones.
 * Rejects with a TlsConfigError for settings the runtime cannot honour (Deno: tls-protocols other than TLSv1.2 and
 * TLSv1.3, cipher lists).
 */
export type ListenTls = (
  server: CoreServer,
  addr: string,
  port: number,
  settings: TlsSettings,
) => Promise<TlsListener>;

/** What a shim gives `startWith`: its socket layer, host facts, and file access for persistence. */
export interface Runtime {
  listen: Listen;
  listenTls: ListenTls;
  facts: Partial<Host>;
  /** File access for SAVE/BGSAVE and loading a dump.rdb at startup; null runs in memory only. */
  files: (dir: string) => FileStore | null;
}

/** redis.conf settings as [name, value] pairs, with the test-friendly defaults and the listening address. */
function settings(options: StartOptions): [string, string][] {
  const config: Record<string, string | number> = { save: "", ...options.config };
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(config)) {
    if (typeof value !== "string" && typeof value !== "number") {
      throw new TypeError(`config "${name}" is a string or a number, not ${typeof value}`);
    }
    pairs.push([name.toLowerCase(), String(value)]);
  }
  pairs.push(["port", String(options.port ?? 0)], ["bind", options.host ?? "127.0.0.1"]);
  return pairs;
}

/** Builds the server for `options` on the shim's runtime, listens, loads persistence, resolves when ready. */
export async function startWith(runtime: Runtime, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  const host = options.clock === "manual" ? new ManualHost() : new SystemHost();
  Object.assign(host, runtime.facts, { log });
  // A setting redis-server would refuse throws here (ConfigFileError), before any socket is open.
  const server = new Server({ host, config: settings(options) });
  const bind = server.config.get("bind").split(" ")[0];
  // `port` 0 picks a free port here (it is start()'s default), so the plain port stays open beside a TLS one.
  const listener = await openListeners(runtime, server, false);
  server.start();
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      server.stop();
      await listener.close();
      if (host instanceof SystemHost) host.cancelTimers();
    })();
    return closing;
  };
  await new Promise<void>((resolve, reject) => {
    // SHUTDOWN (and a corrupt dump.rdb at startup) ends the embedded server, never the process.
    const exit = (code: number) => {
      void close();
      if (code !== 0) reject(new Error(`the server stopped while loading its data (status ${code})`));
    };
    // Loading and saving run in slices on host timers, which a manual clock would hold forever.
    const manual = host instanceof ManualHost;
    const files = manual ? null : runtime.files(server.config.get("dir"));
    startPersistence(server, files, manual ? "the manual clock runs in memory only" : undefined, exit, resolve);
  });
  const url = `redis://${bind.includes(":") ? `[${bind}]` : bind}:${listener.port}`;
  return { host: bind, port: listener.port, url, server, close };
}

/**
 * Opens the plain port and, when `tls-port` is set, the TLS port beside it (Redis's initListeners), and
 * returns them as one Listener whose `port` is the plain one (the TLS one when there is no plain port).
 * `tlsOnly`: `port 0` with a `tls-port` means no plain port, as in redis-server (the command line); otherwise
 * port 0 picks a free plain port. Settings that cannot make a TLS context are logged as tlsConfigure logs
 * them and reject, before any port is open.
 */
export async function openListeners(runtime: Runtime, server: CoreServer, tlsOnly: boolean): Promise<Listener> {
  const bind = server.config.get("bind");
  const port = server.config.getNumber("port");
  const tlsPort = configuredTlsPort(server);
  let settings: TlsSettings | null = null;
  if (tlsPort !== 0) {
    try {
      settings = readTlsSettings(server);
    } catch (e) {
      tlsFailed(server, e);
      throw e;
    }
  }
  const plain = settings !== null && tlsOnly && port === 0 ? null : await runtime.listen(server, bind, port);
  const secure = new TlsListeners(runtime, server, settings);
  if (settings !== null) {
    try {
      await secure.open(bind, tlsPort);
    } catch (e) {
      await plain?.close();
      if (e instanceof TlsConfigError) tlsFailed(server, e);
      else server.host.log(`# Failed listening on port ${tlsPort} (TLS), aborting.`);
      throw e;
    }
  }
  server.host.rebindTls = (newBind, newPort) => secure.rebind(newBind, newPort);
  if (plain !== null) server.config.setRaw("port", String(plain.port));
  return {
    port: plain?.port ?? secure.port,
    close: async () => {
      await Promise.all([plain?.close(), secure.close()]);
    },
  };
}

/** changeListenPort's reason when the TLS sockets cannot be opened, and applyTLSPort's when TLS cannot be set up. */
const TLS_PORT_UNAVAILABLE = "Unable to listen on this port. Check server logs.";
const TLS_UNCONFIGURED = "Unable to update TLS configuration. Check server logs.";

/**
 * The TLS listening sockets (Redis's tlsfd): one per address of `bind` on `tls-port`, moved while the server
 * runs by CONFIG SET tls-port and bind (Host.rebindTls), as changeListenPort and changeBindAddr move them.
 * Sockets that stop listening keep the connections they accepted until close(). New TLS settings (CONFIG
 * SET tls-cert-file ...) apply to every socket.
 */
class TlsListeners implements TlsReload {
  private runtime: Runtime;
  private server: CoreServer;
  /** null until TLS is configured (tlsConfigure: at startup with a tls-port, or on the first CONFIG SET of one). */
  private settings: TlsSettings | null;
  private acceptors: TlsListener[] = [];
  /** Sockets moved away from: no longer accepting, their connections still served. */
  private retired: TlsListener[] = [];
  private bind = "";
  port = 0;
  /** One move at a time: a second CONFIG SET waits for the first to finish with the sockets. */
  private moving: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(runtime: Runtime, server: CoreServer, settings: TlsSettings | null) {
    this.runtime = runtime;
    this.server = server;
    this.settings = settings;
    if (settings !== null) reloadTlsOnConfigSet(server, this);
  }

  /** listenToPort for the TLS port: a socket per address, each refusal logged; throws the one that stops it. */
  async open(bind: string, port: number): Promise<void> {
    const settings = this.settings!;
    const open = async (addr: string, p: number) => {
      const l = await this.runtime.listenTls(this.server, addr, p, settings);
      return Object.assign(l, { stop: () => l.close() });
    };
    this.acceptors = await listenToPort(this.server, open, bind, port);
    this.bind = bind;
    this.port = this.acceptors[0]?.port ?? port;
  }

  reload(settings: TlsSettings): void {
    for (const a of this.acceptors) a.reload(settings);
    this.settings = settings;
  }

  rebind(bind: string, port: number): Promise<string | null> {
    const move = this.moving.then(() => this.move(bind, port));
    this.moving = move;
    return move;
  }

  private async move(bind: string, port: number): Promise<string | null> {
    if (this.closed) return TLS_PORT_UNAVAILABLE;
    if (port !== 0 && this.settings === null) {
      try {
        this.settings = readTlsSettings(this.server);
      } catch (e) {
        logTlsError(this.server, e);
        return TLS_UNCONFIGURED;
      }
      reloadTlsOnConfigSet(this.server, this);
    }
    const old = this.acceptors;
    this.acceptors = [];
    await Promise.all(old.map((a) => a.stopAccepting()));
    this.retired.push(...old);
    const was = { bind: this.bind, port: this.port };
    try {
      if (port !== 0) await this.open(bind, port);
      this.bind = bind;
      this.port = port;
      return null;
    } catch (e) {
      if (e instanceof TlsConfigError) logTlsError(this.server, e);
      // As restoreBackupConfig re-applies the old value: the old sockets listen again.
      try {
        if (was.port !== 0) await this.open(was.bind, was.port);
      } catch { /* logged; the server goes on with the connections it has */ }
      return e instanceof TlsConfigError ? TLS_UNCONFIGURED : TLS_PORT_UNAVAILABLE;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.moving;
    const all = [...this.acceptors, ...this.retired];
    this.acceptors = [];
    this.retired = [];
    await Promise.all(all.map((a) => a.close()));
  }
}

/** tlsConfigure's own log lines for settings that cannot make a TLS context. */
function logTlsError(server: CoreServer, e: unknown): void {
  const lines = e instanceof TlsConfigError ? e.lines : [`Failed to configure TLS: ${(e as Error).message}`];
  for (const line of lines) server.host.log(`# ${line}`);
}

/** listenToPort's lines for the TLS port (7.0.15's first line says "TCP" for either kind of port). */
export function tlsListenFailed(server: CoreServer, addr: string, port: number, e: unknown): void {
  server.host.log(`# Warning: Could not create server TCP listening socket ${addr}:${port}: bind: ${listenError(e)}`);
  server.host.log(`# Failed listening on port ${port} (TLS), aborting.`);
}

/** tlsConfigure's failure at startup: its own lines, then main()'s. */
function tlsFailed(server: CoreServer, e: unknown): void {
  logTlsError(server, e);
  server.host.log("# Failed to configure TLS. Check logs for more info.");
}
