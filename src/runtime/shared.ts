/**
 * What every shim does the same way: read Redis-style flags, build the server with a host, print the
 * startup line. Runtime-free itself; each shim passes in what its runtime provides.
 */
import { ConfigFileError, Server, VERSION } from "../core/server.ts";
import { allCommands } from "../core/commands/index.ts";
import type { Host } from "../core/host.ts";

/** A host on the real clock, for runtimes with standard timers (all three have them). */
export function systemHost(overrides: Partial<Host> = {}): Host {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return {
    now: () => Date.now(),
    monotonic: () => (perf ? perf.now() : Date.now()),
    setTimer(ms, fn) {
      const t = setTimeout(fn, ms);
      return { cancel: () => clearTimeout(t) };
    },
    random: Math.random,
    log: (line) => console.log(line),
    ...overrides,
  };
}

import { parseArgs } from "../core/args.ts";

/** Above this many unsent bytes a shim stops reading from that client until its socket drains. */
export const HIGH_WATER = 1024 * 1024;

export interface Started {
  server: Server;
  port: number;
  bind: string;
}

/**
 * Builds the server from command-line settings. A setting redis-server would refuse ends the process as
 * redis-server ends it: the "FATAL CONFIG FILE ERROR" report on stderr and status 1 (`exit`), no stack trace.
 */
export function createServer(argv: readonly string[], host: Partial<Host>, exit: (code: number) => never): Started {
  let server: Server;
  try {
    server = new Server({ host: systemHost(host), config: parseArgs(argv), families: allCommands });
  } catch (e) {
    if (e instanceof ConfigFileError) console.error(e.report(VERSION));
    else console.error(`\n*** FATAL CONFIG FILE ERROR (Redis ${VERSION}) ***\n${(e as Error).message}`);
    return exit(1);
  }
  const port = server.config.getNumber("port");
  const bind = server.config.get("bind").split(" ")[0];
  return { server, port, bind };
}

export function banner(runtime: string, bind: string, port: number): string {
  return `Redis-Lite (Redis 7.0.15 compatible) on ${runtime}: ready to accept connections on ${bind}:${port}`;
}

import { attachPersistence } from "../core/persistence/snapshot.ts";
import type { FileStore } from "../core/persistence/fs.ts";

/**
 * Persistence for a shim: attaches file access, loads the snapshot in slices (clients that connect meanwhile
 * get -LOADING, as with Redis), then calls `ready`. A corrupt file ends the process with status 1, as Redis
 * does. Returns the handler for SIGTERM/SIGINT (save first when save points are set, then `exit`).
 */
export function startPersistence(
  server: Server,
  files: FileStore | null,
  offReason: string | undefined,
  exit: (code: number) => void,
  ready: () => void,
): (sig: "SIGTERM" | "SIGINT") => void {
  const p = attachPersistence(server, { files, exit, offReason });
  // ACLLoadUsersAtStartup: users from the aclfile before any data.
  const aclRefused = server.acl.loadAtStartup(files);
  if (aclRefused !== null) {
    server.host.log(`# Aborting Redis startup because of ACL errors: ${aclRefused}`);
    exit(1);
    return () => {};
  }
  p.loadAtStartup((ok) => (ok ? ready() : exit(1)), true);
  return (sig) => p.signal(sig);
}
