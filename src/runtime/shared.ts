/**
 * What every shim does the same way: read Redis-style flags, build the server with a host, print the
 * startup line. Runtime-free itself; each shim passes in what its runtime provides.
 */
import { ConfigFileError, Server, VERSION } from "../core/server.ts";
import {
  ConfigOpenError,
  loadConfigText,
  parseCommandLine,
  TEST_MEMORY_TEXT,
  usageText,
  versionText,
} from "../core/configfile.ts";
import type { ConfigLine } from "../core/configfile.ts";
import { asciiLogo, Logger } from "../core/log.ts";
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
    sleep: (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms),
    ...overrides,
  };
}

/** Above this many unsent bytes a shim stops reading from that client until its socket drains. */
export const HIGH_WATER = 1024 * 1024;

export interface Started {
  server: Server;
  port: number;
  bind: string;
}

/**
 * Builds the server as redis-server's main() does: `--version`/`--help` print and exit; a config file named
 * first (`host.readConfigFile`), stdin with `-`, then `--name value` options, later lines winning. A
 * configuration redis-server would refuse ends the process as redis-server ends it: the "FATAL CONFIG FILE
 * ERROR" report on stderr and status 1 (`exit`), no stack trace. Log lines go through one Logger (log.ts) to
 * stdout or `logfile` (`host.appendLog`).
 */
export function createServer(argv: readonly string[], host: Partial<Host>, exit: (code: number) => never): Started {
  const cl = parseCommandLine(argv);
  if (cl.kind === "version") {
    console.log(versionText(host.runtime?.split(" ").slice(0, 2).join("-") ?? "js").trimEnd());
    return exit(0);
  }
  if (cl.kind === "help") {
    console.error(usageText(PROGRAM).trimEnd());
    return exit(1);
  }
  if (cl.kind === "test-memory") {
    console.error(TEST_MEMORY_TEXT.trimEnd());
    return exit(1);
  }
  const pid = host.processId ?? 0;
  let server: Server | null = null;
  let logfile = "";
  let loglevel = "notice";
  const logger = new Logger({
    pid,
    now: () => Date.now(),
    loglevel: () => server !== null ? server.config.get("loglevel") : loglevel,
    write: (line) => {
      if (logfile === "") console.log(line);
      else host.appendLog?.(logfile, line + "\n");
    },
  });
  const read = (path: string): string => {
    if (host.readConfigFile === undefined) throw new ConfigOpenError(path, "No file access");
    try {
      return host.readConfigFile(path);
    } catch (e) {
      throw new ConfigOpenError(path, (e as Error).message);
    }
  };
  let lines: ConfigLine[];
  try {
    lines = loadConfigText(cl.configFile, cl.fromStdin, cl.options, read);
  } catch (e) {
    if (e instanceof ConfigOpenError) logger.log(`# ${e.message}`);
    else console.error((e as ConfigFileError).report(VERSION));
    return exit(1);
  }
  // The log's own settings take effect before the server exists, as Redis reads them with the file.
  for (const l of lines) {
    if (l.argv[0] === "logfile" && l.argv.length === 2) logfile = l.argv[1];
    if (l.argv[0] === "loglevel" && l.argv.length === 2) loglevel = l.argv[1].toLowerCase();
  }
  try {
    server = new Server({
      host: systemHost({ ...host, configFile: cl.configFile ?? undefined, log: (line) => logger.log(line) }),
      configLines: lines,
      families: allCommands,
    });
  } catch (e) {
    server = null;
    if (e instanceof ConfigFileError) console.error(e.report(VERSION));
    else console.error(`\n*** FATAL CONFIG FILE ERROR (Redis ${VERSION}) ***\n${(e as Error).message}`);
    return exit(1);
  }
  logfile = server.config.get("logfile");
  if (logfile !== "" && host.appendLog !== undefined) {
    try {
      host.appendLog(logfile, "");
    } catch (e) {
      console.error(
        `\n*** FATAL CONFIG FILE ERROR (Redis ${VERSION}) ***\nCan't open the log file: ${(e as Error).message}`,
      );
      return exit(1);
    }
  }
  const log = (line: string) => logger.log(line);
  log("# oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo");
  log(`# Redis version=${VERSION}, bits=64, commit=00000000, modified=0, pid=${pid}, just started`);
  if (argv.length === 0) {
    log(
      `# Warning: no config file specified, using the default config. In order to specify a config file use ${PROGRAM} /path/to/redis.conf`,
    );
  } else log("# Configuration loaded");
  logger.role = "M";
  loggers.set(server, logger);
  const port = server.config.getNumber("port");
  const bind = server.config.get("bind").split(" ")[0];
  return { server, port, bind };
}

/** The port Redis names in its startup line and INFO's tcp_port: the plain one, else the TLS one. */
function listeningPort(server: Server): number {
  return server.config.getNumber("port") || configuredTlsPort(server);
}

/** Each server's logger, for the lines startPersistence writes raw (the logo). */
const loggers = new WeakMap<Server, Logger>();

/** The name the usage text and the startup warning give this server. */
const PROGRAM = "redis-lite";

export function banner(runtime: string, bind: string, port: number): string {
  return `Redis-Lite (Redis 7.0.15 compatible) on ${runtime}: ready to accept connections on ${bind}:${port}`;
}

import { attachPersistence } from "../core/persistence/snapshot.ts";
import type { FileStore } from "../core/persistence/fs.ts";
import { configuredTlsPort } from "./tls.ts";

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
  // redisAsciiArt: the logo when always-show-logo asks for it, else one line.
  const logger = loggers.get(server);
  // always-show-logo is one of the settings nothing else reads: it exists once a config line or CONFIG named one.
  const logo = server.config.entry("always-show-logo") !== undefined && server.config.get("always-show-logo") === "yes";
  if (logger !== undefined && logo) {
    logger.raw(asciiLogo(VERSION, "standalone", listeningPort(server), server.host.processId ?? 0));
  } else server.host.log(`* Running mode=standalone, port=${listeningPort(server)}.`);
  server.host.log("# Server initialized");
  p.loadAtStartup((ok) => {
    if (!ok) return exit(1);
    server.host.log("* Ready to accept connections");
    ready();
  }, true);
  return (sig) => p.signal(sig);
}

/** strerror's text for the errors an outbound connect meets (Node and Bun give errno codes, Deno error names). */
const CONNECT_ERRORS: Record<string, string> = {
  ECONNREFUSED: "Connection refused",
  ConnectionRefused: "Connection refused",
  ECONNRESET: "Connection reset by peer",
  ConnectionReset: "Connection reset by peer",
  ETIMEDOUT: "Connection timed out",
  TimedOut: "Connection timed out",
  EHOSTUNREACH: "No route to host",
  ENETUNREACH: "Network is unreachable",
  EPIPE: "Broken pipe",
  BrokenPipe: "Broken pipe",
  ENOTFOUND: "Name or service not known",
  EAI_AGAIN: "Temporary failure in name resolution",
};

/** The reason an outbound connection failed, as Redis logs it (connGetLastError: strerror). */
export function connectError(e: unknown): string {
  const err = e as { code?: string; name?: string; message?: string };
  return CONNECT_ERRORS[err.code ?? ""] ?? CONNECT_ERRORS[err.name ?? ""] ?? err.message ?? String(e);
}

/** Descriptor numbers for outbound connections, after those a listener hands out (CLIENT LIST's fd). */
let outboundFds = 1000;
export function nextOutboundFd(): number {
  return outboundFds++;
}
