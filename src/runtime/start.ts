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

/** What a shim gives `startWith`: its socket layer, host facts, and file access for persistence. */
export interface Runtime {
  listen: Listen;
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
  const listener = await runtime.listen(server, server.config.get("bind"), server.config.getNumber("port"));
  server.config.setRaw("port", String(listener.port));
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
