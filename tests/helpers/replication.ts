/**
 * What the replication integration tests share: patient calls, INFO fields, a write load of every type, a
 * redis-server master with this server beside it, and a Sentinel to fail a group over.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import { RawClient, startInProcess } from "./spawn.ts";
import { freePort, startRedis } from "../differential/runner.ts";
import type { Target } from "../differential/runner.ts";
import type { RunningServer } from "../../src/runtime/start.ts";

/** A command and its reply, waiting generously: the machine running the suite may be loaded. */
export function call(c: RawClient, ...args: string[]): Promise<string | null> {
  c.send(...args);
  return c.reply(60000);
}

/** One field of INFO's reply, as a string ("" when absent). */
export async function info(c: RawClient, field: string): Promise<string> {
  const r = (await call(c, "INFO", "everything")) ?? "";
  const m = new RegExp(`\\r\\n${field}:([^\\r]*)\\r\\n`).exec(r);
  return m === null ? "" : m[1];
}

/** Writes of every type on `c`, pipelined, for `rounds` rounds (a load while the sync runs). */
export async function writeLoad(c: RawClient, rounds: number, tag: string): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    c.send("SET", `s:${tag}:${i}`, `v${i}`);
    c.send("INCR", `counter:${tag}`);
    c.send("RPUSH", `list:${tag}:${i % 7}`, `e${i}`);
    c.send("HSET", `hash:${tag}:${i % 5}`, `f${i}`, `${i}`);
    c.send("ZADD", `zset:${tag}`, String(i), `m${i}`);
    c.send("SADD", `set:${tag}:${i % 3}`, `x${i}`);
    c.send("SELECT", "2");
    c.send("SET", `db2:${tag}:${i}`, "y");
    c.send("SELECT", "0");
    c.send("DEL", `s:${tag}:${i - 3}`);
    for (let k = 0; k < 10; k++) assert.notEqual(await c.reply(20000), null);
  }
}

/** A Sentinel process on a free port, and how to stop it. */
export interface Sentinel {
  port: number;
  /** Its log so far (for a failing test's message). */
  log(): string;
  stop(): Promise<void>;
}

/** Whether `name` is an executable on PATH. */
function onPath(name: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((d) => {
    try {
      fs.accessSync(path.join(d, name), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Debian's `redis-sentinel` (or `redis-server --sentinel` where that binary is missing) watching `masterPort`
 * as "mymaster" with quorum 1, quick to call the master down (`downAfterMs`) and to give up on a failover step.
 * Not much under 2 s: after +switch-master Sentinel reconnects to the new master only a second after its last
 * reconnect (sentinel_ping_period) while the down-after clock already runs, so a shorter one calls the new
 * master down at once and fails over again.
 */
export async function startSentinel(
  masterPort: number,
  downAfterMs = 2000,
  failoverTimeoutMs = 6000,
): Promise<Sentinel> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-sentinel-"));
  const port = await freePort();
  const conf = path.join(dir, "sentinel.conf");
  const logfile = path.join(dir, "sentinel.log");
  fs.writeFileSync(
    conf,
    [
      `port ${port}`,
      "bind 127.0.0.1",
      `dir ${dir}`,
      `logfile ${logfile}`,
      `sentinel monitor mymaster 127.0.0.1 ${masterPort} 1`,
      `sentinel down-after-milliseconds mymaster ${downAfterMs}`,
      `sentinel failover-timeout mymaster ${failoverTimeoutMs}`,
      "",
    ].join("\n"),
  );
  const proc = onPath("redis-sentinel")
    ? spawn("redis-sentinel", [conf], { stdio: "ignore" })
    : spawn("redis-server", [conf, "--sentinel"], { stdio: "ignore" });
  let exited = false;
  proc.once("exit", () => (exited = true));
  const log = () => {
    try {
      return fs.readFileSync(logfile, "latin1");
    } catch {
      return "";
    }
  };
  return {
    port,
    log,
    stop: () =>
      new Promise<void>((res) => {
        const done = () => {
          fs.rmSync(dir, { recursive: true, force: true });
          res();
        };
        if (exited) return done();
        proc.once("exit", done);
        proc.kill("SIGKILL");
      }),
  };
}

/** One command on a connection of its own (Sentinel's CLIENT KILL TYPE normal ends long-lived ones). */
export async function callOnce(port: number, ...args: string[]): Promise<string | null> {
  let c: RawClient;
  try {
    c = await RawClient.connect(port);
  } catch {
    return null;
  }
  try {
    return await call(c, ...args);
  } catch {
    return null;
  } finally {
    c.close();
  }
}

/** A fresh directory for an in-process server's `dir` (a disk-backed sync writes its dump.rdb there). */
export function scratchDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-repl-"));
}

export interface Pair {
  master: Target;
  m: RawClient;
  replica: RunningServer;
  r: RawClient;
  logs: string[];
  /** The replica's `dir`. */
  dir: string;
}

/** A redis-server master (with `masterFlags`) and this server beside it, not yet replicating; closed after `fn`. */
export async function withPair(
  masterFlags: string[],
  replicaConfig: Record<string, string>,
  fn: (p: Pair) => Promise<void>,
): Promise<void> {
  const master = await startRedis(["--repl-diskless-sync-delay", "0", ...masterFlags]);
  const dir = scratchDir();
  const logs: string[] = [];
  let replica: RunningServer | null = null;
  let m: RawClient | null = null;
  let r: RawClient | null = null;
  try {
    replica = await startInProcess({
      port: 0,
      config: { "enable-debug-command": "yes", dir, ...replicaConfig },
      log: (l) => logs.push(l),
    });
    m = await RawClient.connect(master.port);
    r = await RawClient.connect(replica.port);
    await fn({ master, m, replica, r, logs, dir });
  } catch (e) {
    // The replica's log says where a sync stopped.
    throw new Error(`${(e as Error).stack}\n--- replica log ---\n${logs.join("\n")}`);
  } finally {
    m?.close();
    r?.close();
    await replica?.close();
    await master.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
