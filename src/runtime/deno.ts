/**
 * Deno shim: Deno.listen -> core. Transport only. Importing it starts nothing: `start()` embeds a server,
 * `main(argv)` is the command line, run when this is the entry module
 * (`deno run --allow-net src/runtime/deno.ts [--port 6379]`).
 * @module
 */
import { Buffer } from "node:buffer";
import { setByteCodec } from "../core/bytes.ts";
import type { Client } from "../core/client.ts";
import type { Server } from "../core/server.ts";
import type { Host } from "../core/host.ts";
import { HIGH_WATER } from "./shared.ts";
import { listenOn } from "./listeners.ts";
import { nodeFileStore } from "./fs-node.ts";
import { configFiles, openFileLimit } from "./os-node.ts";
import { DENO_YOUNG_GENERATION, v8Heap } from "./heap-node.ts";
import { runCommandLine } from "./cli.ts";
import { startWith } from "./start.ts";
import type { Listener, RunningServer, StartOptions } from "./start.ts";
import type { FileStore } from "../core/persistence/fs.ts";

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
interface DenoGlobal {
  listen(opts: { hostname: string; port: number }): AsyncIterable<DenoConn> & { addr: { port: number }; close(): void };
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

/** Listens on `port` at each address of `bind` and serves the server's connections. */
function listen(server: Server, bind: string, port: number): Promise<Listener> {
  const served = new Set<Promise<void>>();
  const conns = new Set<DenoConn>();
  /** Ports listened on at the IPv4 wildcard. */
  const wildcards = new Set<number>();
  let fds = 7;
  // Deno.listen binds at once and throws when it cannot; closing the listener ends its accept loop only.
  const open = (addr: string, port: number) => {
    let listener: ReturnType<DenoGlobal["listen"]>;
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
    const loop = (async () => {
      try {
        for await (const conn of listener) {
          conns.add(conn);
          const p = serve(server, conn, fds++).finally(() => {
            served.delete(p);
            conns.delete(conn);
          });
          served.add(p);
        }
      } catch { /* the listener was closed */ }
    })();
    return {
      port: listener.addr.port,
      stop() {
        if (addr === "0.0.0.0") wildcards.delete(listener.addr.port);
        try {
          listener.close();
        } catch { /* already closed */ }
        return loop;
      },
    };
  };
  return listenOn(server, bind, port, open, async () => {
    for (const conn of conns) {
      try {
        conn.close();
      } catch { /* already closed */ }
    }
    await Promise.all(served);
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
  return startWith({ listen, facts, files: denoFiles }, options);
}

/** The command line: redis-server's flags, signals, pid file and the ready line. Resolves once ready. */
export function main(argv: string[]): Promise<void> {
  return runCommandLine(argv, {
    listen,
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
