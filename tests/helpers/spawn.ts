/**
 * Starts this server as a child process under the runtime running the tests (Node runs dist/node.js, Bun
 * and Deno run the TypeScript shim), on a free port, and a raw RESP client for it.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encodeCommand, latin1Bytes, replyLength } from "./resp.ts";
import type { RunningServer, StartOptions } from "../../src/runtime/start.ts";

const root = fileURLToPath(new URL("../../", import.meta.url)).replace(/dist-test\/$/, "");

export type Runtime = "node" | "bun" | "deno";

export function currentRuntime(): Runtime {
  const g = globalThis as Record<string, unknown>;
  if (g.Bun) return "bun";
  if (g.Deno) return "deno";
  return "node";
}

export function serverCommand(runtime: Runtime = currentRuntime()): { cmd: string; args: string[] } {
  const bin = (name: string) => `${root}node_modules/.bin/${name}`;
  switch (runtime) {
    case "node":
      return { cmd: process.execPath, args: [`${root}dist/node.js`] };
    case "bun":
      return { cmd: bin("bun"), args: [`${root}src/runtime/bun.ts`] };
    case "deno":
      return {
        cmd: bin("deno"),
        args: ["run", "--allow-net", "--allow-read", "--allow-write", "--allow-env", `${root}src/runtime/deno.ts`],
      };
  }
}

export interface Spawned {
  port: number;
  proc: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** How to launch the runtime itself: its own flags (before the script) and extra environment. */
export interface Launch {
  runtimeFlags?: string[];
  env?: Record<string, string>;
}

/** Starts a server with extra flags; resolves once it prints its ready line. */
export function startServer(
  flags: string[] = [],
  runtime: Runtime = currentRuntime(),
  launch: Launch = {},
): Promise<Spawned> {
  const { cmd, args: scriptArgs } = serverCommand(runtime);
  const own = launch.runtimeFlags ?? [];
  // Deno's flags go after "run"; Node's and Bun's before the script.
  const args = runtime === "deno" ? [scriptArgs[0], ...own, ...scriptArgs.slice(1)] : [...own, ...scriptArgs];
  // No save points, and a fresh empty dir (removed when the server exits): a test server must neither load a
  // dump.rdb left in the cwd nor write one there on SIGTERM (as redis-server would with its default save
  // points). Tests of persistence pass their own --save/--dir, which come later and win.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-test-"));
  const proc = spawn(cmd, [...args, "--port", "0", "--save", "", "--dir", dir, ...flags], {
    stdio: ["ignore", "pipe", "pipe"],
    env: launch.env === undefined ? process.env : { ...process.env, ...launch.env },
  });
  proc.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20000);
    const onData = (d: Uint8Array) => {
      out += new TextDecoder().decode(d);
      const m = /ready to accept connections on [^\s]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          port: Number(m[1]),
          proc,
          output: () => out,
          stop: () =>
            new Promise<void>((res) => {
              if (proc.exitCode !== null) return res();
              proc.once("exit", () => res());
              proc.kill("SIGTERM");
            }),
        });
      }
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", onData);
    proc.once("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** A raw RESP connection: send commands or bytes, await whole replies as latin1 strings. */
export class RawClient {
  private sock: net.Socket;
  private buf = "";
  private waiters: (() => void)[] = [];
  closed = false;

  private constructor(sock: net.Socket) {
    this.sock = sock;
    sock.on("data", (d: Uint8Array) => {
      let s = "";
      for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode(...d.subarray(i, i + 8192));
      this.buf += s;
      this.wake();
    });
    sock.on("close", () => {
      this.closed = true;
      this.wake();
    });
    sock.on("error", () => {});
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  static connect(port: number, host = "127.0.0.1"): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const sock = net.connect(port, host, () => resolve(new RawClient(sock)));
      sock.once("error", reject);
    });
  }

  write(bytes: string): void {
    this.sock.write(latin1Bytes(bytes));
  }

  send(...args: string[]): void {
    this.write(encodeCommand(args));
  }

  /** Resolves with the next complete reply, or null if the connection closed first. */
  async reply(timeoutMs = 5000): Promise<string | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const len = replyLength(this.buf);
      if (len >= 0) {
        const r = this.buf.slice(0, len);
        this.buf = this.buf.slice(len);
        return r;
      }
      if (this.closed) return null;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no reply within ${timeoutMs} ms; have ${JSON.stringify(this.buf.slice(0, 200))}`);
      await new Promise<void>((res) => {
        const t = setTimeout(res, left);
        this.waiters.push(() => {
          clearTimeout(t);
          res();
        });
      });
    }
  }

  /** Sends a command and waits for its reply. */
  async call(...args: string[]): Promise<string | null> {
    this.send(...args);
    return this.reply();
  }

  /** Bytes received but not yet taken as replies. */
  pending(): string {
    return this.buf;
  }

  /** Waits until the server closes the connection. */
  async waitClosed(timeoutMs = 5000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < deadline) {
      await new Promise<void>((res) => {
        const t = setTimeout(res, 50);
        this.waiters.push(() => {
          clearTimeout(t);
          res();
        });
      });
    }
    return this.closed;
  }

  close(): void {
    this.sock.destroy();
  }
}

/**
 * Polls `check` every 10 ms until it holds or `deadlineMs` passes; resolves whether it held. For integration
 * tests that wait on the server (an expiry, a blocked client): a fixed sleep is flaky on a loaded machine.
 */
export async function until(check: () => Promise<boolean> | boolean, deadlineMs = 10_000): Promise<boolean> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await new Promise((res) => setTimeout(res, 10));
  }
}

/** This runtime's own start() (the embedding API), imported the way a user would. */
export async function startInProcess(options?: StartOptions): Promise<RunningServer> {
  switch (currentRuntime()) {
    case "bun":
      return (await import("../../src/runtime/bun.ts")).start(options);
    case "deno":
      return (await import("../../src/runtime/deno.ts")).start(options);
    default:
      return (await import("../../src/runtime/node.ts")).start(options);
  }
}
