/**
 * The listening sockets of a server, the same on every runtime: one per address of `bind`, opened as Redis's
 * listenToPort opens them, and moved live by CONFIG SET port/bind (Host.rebind) as changeListenPort and
 * changeBindAddr move them. Each shim passes how to open one socket on its runtime and how to drop every
 * connection at shutdown.
 */
import type { Server } from "../core/server.ts";
import type { Listener } from "./start.ts";
import { TlsConfigError } from "./tls.ts";

/** One listening socket as a runtime opened it. */
export interface Acceptor {
  port: number;
  /**
   * Stops accepting; the connections it accepted stay. Resolves once the port is free again (Deno frees it
   * when the pending accept ends, a moment after close).
   */
  stop(): void | Promise<void>;
}

/** Opens one listening socket on `addr:port`; throws (or rejects with) the runtime's error when it cannot. */
export type OpenAcceptor = (addr: string, port: number) => Acceptor | Promise<Acceptor>;

/** strerror's text for the errors a listen meets (Node and Bun give errno codes, Deno error names). */
const LISTEN_ERRORS: Record<string, string> = {
  EADDRINUSE: "Address already in use",
  AddrInUse: "Address already in use",
  EADDRNOTAVAIL: "Cannot assign requested address",
  AddrNotAvailable: "Cannot assign requested address",
  EACCES: "Permission denied",
  PermissionDenied: "Permission denied",
  EAFNOSUPPORT: "Address family not supported by protocol",
};

/** Errors listenToPort passes over: the address family or protocol is missing on this machine. */
const UNSUPPORTED = new Set(["ENOPROTOOPT", "EPROTONOSUPPORT", "ESOCKTNOSUPPORT", "EPFNOSUPPORT", "EAFNOSUPPORT"]);

function errorCode(e: unknown): string {
  const err = e as { code?: string; name?: string };
  return err?.code ?? err?.name ?? "";
}

/** The reason a listen failed, as strerror words it. */
export function listenError(e: unknown): string {
  const err = e as { message?: string };
  return LISTEN_ERRORS[errorCode(e)] ?? err?.message ?? String(e);
}

/** The addresses of a `bind` setting: `-` marks one that may be missing, `*` is every IPv4 address, `::*` IPv6. */
export function bindAddresses(bind: string): { addr: string; optional: boolean }[] {
  const out: { addr: string; optional: boolean }[] = [];
  for (const word of bind.split(" ")) {
    if (word === "") continue;
    const optional = word.startsWith("-");
    const addr = optional ? word.slice(1) : word;
    out.push({ addr: addr === "*" ? "0.0.0.0" : addr === "::*" ? "::" : addr, optional });
  }
  return out;
}

async function stopAll(acceptors: Acceptor[]): Promise<void> {
  await Promise.all(acceptors.map((a) => a.stop()));
}

/**
 * listenToPort: a socket per address on `port` (0 at startup picks a free port, shared by every address).
 * Each refusal is logged as Redis logs it; one that is not passed over closes what was opened and throws it.
 * A TlsConfigError (settings the runtime cannot honour) is not a listen error: it is thrown as it is.
 */
export async function listenToPort<A extends Acceptor>(
  server: Server,
  open: (addr: string, port: number) => A | Promise<A>,
  bind: string,
  port: number,
): Promise<A[]> {
  const opened: A[] = [];
  for (const { addr, optional } of bindAddresses(bind)) {
    try {
      const a = await open(addr, port);
      opened.push(a);
      port = a.port;
    } catch (e) {
      if (e instanceof TlsConfigError) {
        await stopAll(opened);
        throw e;
      }
      server.host.log(
        `# Warning: Could not create server TCP listening socket ${addr}:${port}: bind: ${listenError(e)}`,
      );
      const code = errorCode(e);
      if ((optional && (code === "EADDRNOTAVAIL" || code === "AddrNotAvailable")) || UNSUPPORTED.has(code)) continue;
      await stopAll(opened);
      throw e;
    }
  }
  return opened;
}

/**
 * Listens on every address of `bind` at `port` and serves the server's connections; sets `host.rebind` so
 * CONFIG SET port/bind can move the sockets. `dropConnections` ends every accepted connection (shutdown).
 * A first listen that fails is logged with Redis's "Failed listening" line and rejects.
 */
export async function listenOn(
  server: Server,
  bind: string,
  port: number,
  open: OpenAcceptor,
  dropConnections: () => Promise<void>,
): Promise<Listener> {
  let acceptors: Acceptor[];
  try {
    acceptors = await listenToPort(server, open, bind, port);
  } catch (e) {
    server.host.log(`# Failed listening on port ${port} (TCP), aborting.`);
    throw e;
  }
  let listening = { bind, port: acceptors[0]?.port ?? port };
  // One move at a time: a second CONFIG SET waits for the first to finish with the sockets.
  let moving: Promise<unknown> = Promise.resolve();
  let closed = false;
  server.host.rebind = (newBind, newPort) => {
    const move = moving.then(async () => {
      if (closed) return false;
      await stopAll(acceptors);
      acceptors = [];
      try {
        if (newPort !== 0) acceptors = await listenToPort(server, open, newBind, newPort);
        listening = { bind: newBind, port: newPort };
        return true;
      } catch {
        // As restoreBackupConfig re-applies the old values: the old sockets listen again.
        try {
          if (listening.port !== 0) acceptors = await listenToPort(server, open, listening.bind, listening.port);
        } catch { /* logged; the server goes on with the connections it has */ }
        return false;
      }
    });
    moving = move;
    return move;
  };
  return {
    port: listening.port,
    async close() {
      closed = true;
      await moving;
      await stopAll(acceptors);
      acceptors = [];
      await dropConnections();
    },
  };
}
