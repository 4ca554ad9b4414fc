#!/usr/bin/env node
/**
 * Reliability probes (issue 17): each probe starts this server as a real process on each runtime (Node runs
 * dist/node.js, so `npm run build` first; Bun and Deno run the TypeScript shim), does what a hostile user or an
 * operator would, and says whether the server held. A table of probe x runtime is printed at the end.
 *
 *     node scripts/reliability.mjs [--runtimes node,bun,deno] [--only 1,3] [--list]
 *
 * Probes live in scripts/reliability/*.mjs, one module per area, each exporting `probes`: an array of
 * `{ id, title, slow?, run(ctx, runtime) }` where `run` resolves to `{ ok, detail }` (or `{ skip: reason }`).
 * Adding probes means adding a module there; this file needs no change. `ctx` is documented on `makeContext`.
 * Slow probes run only when named with --only or given --slow.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));

function parseArgs(argv) {
  const opts = { runtimes: ["node", "bun", "deno"], only: null, list: false, slow: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runtimes") opts.runtimes = argv[++i].split(",");
    else if (a === "--only") opts.only = argv[++i].split(",");
    else if (a === "--list") opts.list = true;
    else if (a === "--slow") opts.slow = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

/** How each runtime starts the server. */
export function serverCommand(runtime) {
  const bin = (name) => path.join(root, "node_modules/.bin", name);
  switch (runtime) {
    case "node":
      return { cmd: process.execPath, args: [path.join(root, "dist/node.js")] };
    case "bun":
      return { cmd: bin("bun"), args: [path.join(root, "src/runtime/bun.ts")] };
    case "deno":
      return { cmd: bin("deno"), args: ["run", "-A", path.join(root, "src/runtime/deno.ts")] };
    case "redis":
      return { cmd: "redis-server", args: [] };
    default:
      throw new Error(`unknown runtime ${runtime}`);
  }
}

/** Reply bytes (latin1 string) -> the length of the first whole RESP reply in it, or -1. */
function replyLength(s, at = 0) {
  const eol = s.indexOf("\r\n", at);
  if (eol < 0) return -1;
  const head = s[at];
  const n = Number(s.slice(at + 1, eol));
  if (head === "$") {
    if (n < 0) return eol + 2 - at;
    return s.length >= eol + 2 + n + 2 ? eol + 2 + n + 2 - at : -1;
  }
  if (head === "*") {
    let p = eol + 2;
    for (let i = 0; i < n; i++) {
      const l = replyLength(s, p);
      if (l < 0) return -1;
      p += l;
    }
    return p - at;
  }
  return eol + 2 - at;
}

export function encode(args) {
  let s = `*${args.length}\r\n`;
  for (const a of args) s += `$${Buffer.byteLength(a, "latin1")}\r\n${a}\r\n`;
  return Buffer.from(s, "latin1");
}

/** A RESP connection: `call(...args)` resolves to the raw reply (latin1), null when the connection closed. */
export function connect(port) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, "127.0.0.1");
    let buf = "";
    const waiters = [];
    let closed = false;
    const pump = () => {
      while (waiters.length > 0) {
        const l = buf.length > 0 ? replyLength(buf) : -1;
        if (l < 0) {
          if (closed) waiters.shift()(null);
          else return;
          continue;
        }
        const r = buf.slice(0, l);
        buf = buf.slice(l);
        waiters.shift()(r);
      }
    };
    sock.on("data", (d) => {
      buf += d.toString("latin1");
      pump();
    });
    sock.on("close", () => {
      closed = true;
      pump();
    });
    sock.on("error", () => {});
    sock.once("connect", () =>
      resolve({
        /** Sends without waiting; `reply()` takes the next reply. */
        send: (...args) => sock.write(encode(args)),
        reply: () => new Promise((res) => (waiters.push(res), pump())),
        call(...args) {
          sock.write(encode(args));
          return this.reply();
        },
        close: () => sock.destroy(),
        get closed() {
          return closed;
        },
      }));
    sock.once("error", reject);
  });
}

/**
 * What a probe gets:
 *  - `tmpdir()`: a fresh directory, removed at the end;
 *  - `start(runtime, flags)`: the server on a free port with `--save "" --dir <fresh dir>` before `flags`;
 *    resolves to { port, dir, proc, output(), exited (a promise of the exit code or signal), stop(), kill9() };
 *  - `connect(port)`: see above; `sleep(ms)`; `run(cmd, args)`: a shell command, resolves to its status.
 */
function makeContext() {
  const cleanup = [];
  const ctx = {
    tmpdir() {
      const d = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-rel-"));
      cleanup.push(() => fs.rmSync(d, { recursive: true, force: true }));
      return d;
    },
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    connect,
    run(cmd, args) {
      return new Promise((resolve) => {
        const p = spawn(cmd, args, { stdio: "ignore" });
        p.on("exit", (code) => resolve(code));
        p.on("error", () => resolve(-1));
      });
    },
    start(runtime, flags = [], { dir } = {}) {
      const { cmd, args } = serverCommand(runtime);
      dir ??= ctx.tmpdir();
      const all = runtime === "redis"
        ? ["--port", String(20000 + Math.floor(Math.random() * 20000)), "--save", "", "--dir", dir, ...flags]
        : [...args, "--port", "0", "--save", "", "--dir", dir, ...flags];
      const proc = spawn(cmd, all, { stdio: ["ignore", "pipe", "pipe"], cwd: dir });
      let out = "";
      const exited = new Promise((res) => proc.once("exit", (code, sig) => res(code ?? sig)));
      cleanup.push(() => proc.exitCode === null && proc.signalCode === null && proc.kill("SIGKILL"));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30000);
        const onData = (d) => {
          out += d.toString("latin1");
          const m = /ready to accept connections on [^\s]+:(\d+)|Ready to accept connections/.exec(out);
          if (!m) return;
          clearTimeout(timer);
          proc.stdout.off("data", onData);
          proc.stderr.off("data", onData);
          proc.stdout.on("data", (d) => (out += d.toString("latin1")));
          proc.stderr.on("data", (d) => (out += d.toString("latin1")));
          // With --port 0 the port the server took is in its banner ("Running mode=standalone, port=N.").
          const banner = /Running mode=\S+, port=(\d+)/.exec(out);
          const port = m[1] !== undefined
            ? Number(m[1])
            : banner !== null
            ? Number(banner[1])
            : Number(all[all.indexOf("--port") + 1]);
          resolve({
            port,
            dir,
            proc,
            exited,
            output: () => out,
            stop: () => {
              if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
              return exited;
            },
            kill9: () => {
              if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
              return exited;
            },
          });
        };
        proc.stdout.on("data", onData);
        proc.stderr.on("data", onData);
        proc.once("exit", (code) => {
          clearTimeout(timer);
          reject(new Error(`server exited with ${code}: ${out}`));
        });
      });
    },
    async dispose() {
      for (const f of cleanup.reverse()) {
        try {
          await f();
        } catch { /* best effort */ }
      }
      cleanup.length = 0;
    },
  };
  return ctx;
}

async function loadProbes() {
  const dir = path.join(root, "scripts/reliability");
  const probes = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".mjs")).sort()) {
    const mod = await import(pathToFileURL(path.join(dir, f)).href);
    for (const p of mod.probes) probes.push(p);
  }
  return probes.sort((a, b) => String(a.id).localeCompare(String(b.id), "en", { numeric: true }));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let probes = await loadProbes();
  if (opts.list) {
    for (const p of probes) console.log(`${p.id}\t${p.slow ? "(slow) " : ""}${p.title}`);
    return;
  }
  if (opts.only) probes = probes.filter((p) => opts.only.includes(String(p.id)));
  else if (!opts.slow) probes = probes.filter((p) => !p.slow);
  const rows = [];
  for (const p of probes) {
    const row = { id: p.id, title: p.title, cells: {} };
    for (const rt of opts.runtimes) {
      const ctx = makeContext();
      let cell;
      try {
        const r = await p.run(ctx, rt);
        cell = r.skip ? `skip (${r.skip})` : `${r.ok ? "PASS" : "FAIL"}${r.detail ? ` (${r.detail})` : ""}`;
      } catch (e) {
        cell = `FAIL (${String(e.message ?? e).split("\n")[0].slice(0, 120)})`;
      } finally {
        await ctx.dispose();
      }
      row.cells[rt] = cell;
      console.error(`${p.id} ${rt}: ${cell}`);
    }
    rows.push(row);
  }
  console.log(`\n| probe | ${opts.runtimes.join(" | ")} |`);
  console.log(`|---|${opts.runtimes.map(() => "---").join("|")}|`);
  for (const r of rows) console.log(`| ${r.id} ${r.title} | ${opts.runtimes.map((rt) => r.cells[rt]).join(" | ")} |`);
  if (rows.some((r) => Object.values(r.cells).some((c) => c.startsWith("FAIL")))) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
