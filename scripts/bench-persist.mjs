#!/usr/bin/env node
/**
 * Persistence benchmark: for N keys (default 1,000,000; 16-byte keys, 100-byte values that compress as real
 * data does, one in ten with a TTL), against redis-server 7.0.15 and this server in the same run:
 *   - SAVE time (the SAVE command's round trip) and the RDB file size,
 *   - load time at startup (from each server's own "DB loaded from disk: N seconds" log line), and the CPU
 *     seconds the server process spent until it answered after the load, less what an empty start took (from
 *     /proc: on a shared machine wall time mostly measures the other processes),
 *   - the longest stall a client sees while BGSAVE runs (a client sending PING back to back; the gap between a
 *     request and its reply), next to the BGSAVE duration.
 * Targets from issue 7: SAVE and load within 3x redis-server on Node, file size within 1.2x, BGSAVE stall
 * under 20 ms on Node.
 *
 * Usage: node scripts/bench-persist.mjs [--keys N] [--runtimes node,bun,deno] [--json]
 * Needs dist/ (npm run build) for Node; uses ports 7310-7319.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const KEYS = Number(opt("keys", "1000000"));
const RUNTIMES = opt("runtimes", "node").split(",").filter(Boolean);
const JSON_OUT = args.includes("--json");

if (RUNTIMES.includes("node") && !fs.existsSync(path.join(root, "dist/node.js"))) {
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** CPU seconds (user + system) a process has used so far, from /proc (NaN where there is none). */
function cpuSeconds(pid) {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
}

/** A minimal RESP client: sends commands, resolves replies in order (enough for +, -, :, $ replies). */
class Conn {
  constructor(sock) {
    this.sock = sock;
    this.buf = Buffer.alloc(0);
    this.waiters = [];
    sock.on("data", (d) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.drain();
    });
    sock.on("error", () => {});
  }
  static open(port) {
    return new Promise((res, rej) => {
      const s = net.connect(port, "127.0.0.1", () => {
        s.setNoDelay(true);
        res(new Conn(s));
      });
      s.once("error", rej);
    });
  }
  drain() {
    while (this.waiters.length > 0) {
      const end = this.replyEnd();
      if (end < 0) return;
      const r = this.buf.subarray(0, end).toString("latin1");
      this.buf = this.buf.subarray(end);
      this.waiters.shift()(r);
    }
  }
  replyEnd() {
    const eol = this.buf.indexOf("\r\n");
    if (eol < 0) return -1;
    if (this.buf[0] === 36 /* $ */) {
      const n = Number(this.buf.subarray(1, eol).toString());
      if (n < 0) return eol + 2;
      return this.buf.length >= eol + 2 + n + 2 ? eol + 2 + n + 2 : -1;
    }
    return eol + 2;
  }
  call(...argv) {
    let s = `*${argv.length}\r\n`;
    for (const a of argv) s += `$${Buffer.byteLength(a)}\r\n${a}\r\n`;
    this.sock.write(s);
    return new Promise((res) => {
      this.waiters.push(res);
      this.drain();
    });
  }
  close() {
    this.sock.destroy();
  }
}

/** The dataset as one RESP stream for redis-cli --pipe. */
function datasetFile(dir) {
  const file = path.join(dir, "load.resp");
  const fd = fs.openSync(file, "w");
  let chunk = [];
  let x = 12345;
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (let i = 0; i < KEYS; i++) {
    const key = `key:${String(i).padStart(12, "0")}`;
    // Values like real records: a shared prefix, some words, some random characters.
    let v = `{"id":${i},"name":"user${i % 1000}","tags":["a","b"],"r":"`;
    while (v.length < 98) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      v += alphabet[(x >> 16) % alphabet.length];
    }
    v += '"}';
    if (i % 10 === 0) {
      chunk.push(`*5\r\n$3\r\nSET\r\n$${key.length}\r\n${key}\r\n$${v.length}\r\n${v}\r\n$2\r\nEX\r\n$6\r\n864000\r\n`);
    } else chunk.push(`*3\r\n$3\r\nSET\r\n$${key.length}\r\n${key}\r\n$${v.length}\r\n${v}\r\n`);
    if (chunk.length === 10000) {
      fs.writeSync(fd, chunk.join(""));
      chunk = [];
    }
  }
  if (chunk.length) fs.writeSync(fd, chunk.join(""));
  fs.closeSync(fd);
  return file;
}

function command(kind, port, dir) {
  const common = ["--port", String(port), "--dir", dir, "--dbfilename", "dump.rdb", "--save", ""];
  switch (kind) {
    case "redis":
      return { cmd: "redis-server", args: [...common, "--logfile", path.join(dir, "redis.log")] };
    case "node":
      return { cmd: process.execPath, args: ["--max-old-space-size=8192", path.join(root, "dist/node.js"), ...common] };
    case "bun":
      return {
        cmd: path.join(root, "node_modules/.bin/bun"),
        args: [path.join(root, "src/runtime/bun.ts"), ...common],
      };
    case "deno":
      return {
        cmd: path.join(root, "node_modules/.bin/deno"),
        args: [
          "run",
          "--allow-net",
          "--allow-read",
          "--allow-write",
          "--allow-env",
          "--v8-flags=--max-old-space-size=8192",
          path.join(root, "src/runtime/deno.ts"),
          ...common,
        ],
      };
  }
}

async function start(kind, port, dir) {
  const { cmd, args } = command(kind, port, dir);
  const proc = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout.on("data", (d) => (out += d));
  proc.stderr.on("data", (d) => (out += d));
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`${kind} exited: ${out}`);
    try {
      const c = await Conn.open(port);
      for (;;) {
        const r = await c.call("PING");
        if (r === "+PONG\r\n") break;
        await sleep(50);
      }
      const log = () => (kind === "redis" ? fs.readFileSync(path.join(dir, "redis.log"), "utf8") : out);
      return { proc, c, log };
    } catch {
      if (Date.now() > deadline) throw new Error(`${kind} did not start: ${out}`);
      await sleep(100);
    }
  }
}

async function stop(s) {
  s.c.close();
  if (s.proc.exitCode !== null) return;
  const done = new Promise((r) => s.proc.once("exit", r));
  s.proc.kill("SIGKILL");
  await done;
}

async function bench(kind, port, resp) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-persist-${kind}-`));
  try {
    let s = await start(kind, port, dir);
    const emptyStartCpu = cpuSeconds(s.proc.pid);
    execFileSync("sh", ["-c", `redis-cli -p ${port} --pipe < ${resp}`], { stdio: "ignore" });
    const dbsize = await s.c.call("DBSIZE");
    let t = performance.now();
    const saved = await s.c.call("SAVE");
    const saveMs = performance.now() - t;
    if (saved !== "+OK\r\n") throw new Error(`${kind} SAVE: ${saved}`);
    const size = fs.statSync(path.join(dir, "dump.rdb")).size;

    // BGSAVE stall: one client pings back to back; the longest round trip while the save runs.
    const pinger = await Conn.open(port);
    let maxStall = 0;
    let pings = 0;
    let running = true;
    const loop = (async () => {
      while (running) {
        const t0 = performance.now();
        await pinger.call("PING");
        maxStall = Math.max(maxStall, performance.now() - t0);
        pings++;
      }
    })();
    await sleep(100);
    maxStall = 0;
    t = performance.now();
    const bg = await s.c.call("BGSAVE");
    if (!bg.startsWith("+Background saving started")) throw new Error(`${kind} BGSAVE: ${bg}`);
    for (;;) {
      const info = await s.c.call("INFO", "persistence");
      if (info.includes("rdb_bgsave_in_progress:0")) break;
      await sleep(5);
    }
    const bgsaveMs = performance.now() - t;
    running = false;
    await loop;
    pinger.close();
    await stop(s);

    s = await start(kind, port, dir);
    const m = /DB loaded from disk: ([\d.]+) seconds/.exec(s.log());
    const loadMs = m ? Number(m[1]) * 1000 : NaN;
    const loadCpuS = cpuSeconds(s.proc.pid) - emptyStartCpu;
    const loaded = await s.c.call("DBSIZE");
    await stop(s);
    if (loaded !== dbsize) throw new Error(`${kind}: ${dbsize.trim()} keys before, ${loaded.trim()} after reload`);
    return {
      kind,
      keys: Number(dbsize.slice(1, -2)),
      saveMs,
      size,
      loadMs,
      loadCpuS,
      bgsaveMs,
      maxStallMs: maxStall,
      pingsDuringBgsave: pings,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-persist-"));
try {
  const resp = datasetFile(work);
  const results = [];
  let port = 7310;
  for (const kind of ["redis", ...RUNTIMES]) results.push(await bench(kind, port++, resp));
  const ref = results[0];
  if (JSON_OUT) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    console.log(`Persistence, ${ref.keys.toLocaleString("en")} keys (16-byte keys, 100-byte values, 10% with TTL)`);
    console.log(
      "| server | SAVE ms | x redis | file MB | x redis | load ms | x redis | load CPU s | x redis | BGSAVE ms | max client stall during BGSAVE ms |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|---|");
    for (const r of results) {
      const x = (a, b) => (b > 0 ? (a / b).toFixed(2) : "-");
      console.log(
        `| ${r.kind === "redis" ? "redis-server 7.0.15" : r.kind} | ${r.saveMs.toFixed(0)} | ${
          x(r.saveMs, ref.saveMs)
        } | ${(r.size / 1048576).toFixed(1)} | ${x(r.size, ref.size)} | ${r.loadMs.toFixed(0)} | ${
          x(r.loadMs, ref.loadMs)
        } | ${r.loadCpuS.toFixed(2)} | ${x(r.loadCpuS, ref.loadCpuS)} | ${r.bgsaveMs.toFixed(0)} | ${
          r.maxStallMs.toFixed(1)
        } |`,
      );
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
