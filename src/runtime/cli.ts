/**
 * The command line, the same on every runtime (`node dist/node.js`, `bun src/runtime/bun.ts`,
 * `deno run src/runtime/deno.ts`, the npm bin): redis-server's flags, signals, the pid file, persistence and
 * the ready line. Each shim's `main` passes its socket layer and process hooks.
 */
import { createPidFile } from "./os-node.ts";
import { banner, createServer, startPersistence } from "./shared.ts";
import { openListeners } from "./start.ts";
import type { Runtime } from "./start.ts";

/** What the command line needs of a runtime beyond what `start()` needs. */
export interface CommandLineRuntime extends Runtime {
  /** The runtime as the ready line names it ("Node.js v20.20.2"). */
  name: string;
  pid: number;
  onSignal(sig: "SIGINT" | "SIGTERM", fn: () => void): void;
  exit(code: number): never;
  /** Why `files` gave no file access, for the log ("Deno was started without --allow-read ..."). */
  noFiles?: string;
}

/** Runs the server from command-line flags; resolves once it printed its ready line. */
export async function runCommandLine(argv: string[], rt: CommandLineRuntime): Promise<void> {
  const { server, port, bind } = createServer(argv, rt.facts, rt.exit);
  // `port 0` with a `tls-port` serves TLS only, as redis-server does.
  const listener = await openListeners(rt, server, port === 0);
  server.start();
  const removePidFile = createPidFile(server.config.get("pidfile"), rt.pid, (line) => server.host.log(line));
  const exit = (code: number) => {
    server.stop();
    removePidFile();
    void listener.close();
    rt.exit(code);
  };
  const files = rt.files(server.config.get("dir"));
  // Signal handlers first: the ready line may be printed before startPersistence returns.
  let onSignal: (sig: "SIGTERM" | "SIGINT") => void = () => exit(0);
  rt.onSignal("SIGINT", () => onSignal("SIGINT"));
  rt.onSignal("SIGTERM", () => onSignal("SIGTERM"));
  await new Promise<void>((resolve) => {
    // Persistence: load the snapshot (clients get -LOADING meanwhile), save on SIGTERM/SIGINT.
    onSignal = startPersistence(server, files, files === null ? rt.noFiles : undefined, exit, () => {
      // The ready line comes last: whoever waits for it may signal us at once.
      console.log(banner(rt.name, bind, listener.port));
      resolve();
    });
  });
}
