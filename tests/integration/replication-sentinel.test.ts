/**
 * Sentinel failing over away from this server as master: a group of this server (master, a child process with a
 * config file so CONFIG REWRITE has somewhere to write), a redis-server replica and this server as a second
 * replica, watched by Debian's redis-sentinel. Writes are acknowledged by WAIT, the master is killed, Sentinel
 * promotes a replica (each kind in turn) with no acknowledged write lost, and when the old master comes back
 * Sentinel turns it into a replica of the new one (REPLICAOF, CONFIG REWRITE) and it syncs.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { RawClient, serverCommand, startInProcess, until } from "../helpers/spawn.ts";
import { call, callOnce, scratchDir, startSentinel, writeLoad } from "../helpers/replication.ts";
import { freePort, parseReply, startRedis } from "../differential/runner.ts";
import type { Node } from "../differential/runner.ts";

/** This server as a child process started from `conf`; resolves once it is ready. */
function spawnFromConfig(conf: string, out: string[]): Promise<ChildProcess> {
  const { cmd, args } = serverCommand();
  const proc = spawn(cmd, [...args, conf], { stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${text}`)), 30000);
    const onData = (d: Uint8Array) => {
      const s = new TextDecoder().decode(d);
      text += s;
      out.push(s);
      if (/ready to accept connections on /.test(text)) {
        clearTimeout(timer);
        resolve(proc);
      }
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", onData);
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${text}`));
    });
  });
}

function kill(proc: ChildProcess | null): Promise<void> {
  return new Promise((res) => {
    if (proc === null || proc.exitCode !== null || proc.signalCode !== null) return res();
    proc.once("exit", () => res());
    proc.kill("SIGKILL");
  });
}

/** SENTINEL REPLICAS mymaster as one field map per replica. */
async function sentinelReplicas(sentinelPort: number): Promise<Map<string, string>[]> {
  const r = await callOnce(sentinelPort, "SENTINEL", "REPLICAS", "mymaster");
  if (r === null || !r.startsWith("*")) return [];
  return (parseReply(r).v as Node[]).map((entry) => {
    const kv = (entry.v as Node[]).map((n) => String(n.v));
    const m = new Map<string, string>();
    for (let i = 0; i + 1 < kv.length; i += 2) m.set(kv[i], kv[i + 1]);
    return m;
  });
}

/** One INFO replication field on a connection of its own. */
async function field(port: number, name: string): Promise<string> {
  const m = new RegExp(`\\r\\n${name}:([^\\r]*)\\r\\n`).exec((await callOnce(port, "INFO", "replication")) ?? "");
  return m === null ? "" : m[1];
}

/** ROLE as seen on `port` says replica of `masterPort`, link connected. */
async function followsMaster(port: number, masterPort: number): Promise<boolean> {
  const role = await callOnce(port, "ROLE");
  return role !== null &&
    role.startsWith(`*5\r\n$5\r\nslave\r\n$9\r\n127.0.0.1\r\n:${masterPort}\r\n$9\r\nconnected\r\n`);
}

for (const promoted of ["redis-server", "this server"] as const) {
  test(`Sentinel fails this server over to ${promoted} with no WAIT-acknowledged write lost; the old master returns as a replica`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-sentinel-master-"));
    const port = await freePort();
    const conf = path.join(dir, "redis.conf");
    fs.writeFileSync(
      conf,
      [
        `port ${port}`,
        "bind 127.0.0.1",
        `dir ${dir}`,
        'save ""',
        "appendonly no",
        "enable-debug-command yes",
        "repl-diskless-sync-delay 0",
        "",
      ].join("\n"),
    );
    const masterOut: string[] = [];
    const replicaLog: string[] = [];
    let master: ChildProcess | null = null;
    const redis = await startRedis(["--replica-priority", promoted === "redis-server" ? "10" : "100"]);
    const lite = await startInProcess({
      port: 0,
      config: {
        "enable-debug-command": "yes",
        "replica-priority": promoted === "this server" ? "10" : "100",
        dir: scratchDir(),
      },
      log: (l) => replicaLog.push(l),
    });
    const newPort = promoted === "redis-server" ? redis.port : lite.port;
    const otherPort = promoted === "redis-server" ? lite.port : redis.port;
    let sentinel: Awaited<ReturnType<typeof startSentinel>> | null = null;
    try {
      master = await spawnFromConfig(conf, masterOut);
      for (const p of [redis.port, lite.port]) {
        assert.equal(await callOnce(p, "REPLICAOF", "127.0.0.1", String(port)), "+OK\r\n");
      }
      assert.ok(
        await until(
          async () => (await followsMaster(redis.port, port)) && (await followsMaster(lite.port, port)),
          30000,
        ),
        "both replicas synced",
      );
      sentinel = await startSentinel(port);
      const s = sentinel;
      // Sentinel found both replicas through the master's INFO, and talks to each (it only promotes one it has
      // fresh INFO from, with its link to the master up).
      assert.ok(
        await until(async () => {
          const rs = await sentinelReplicas(s.port);
          return rs.length === 2 &&
            rs.every((r) =>
              r.get("flags") === "slave" && r.get("master-link-status") === "ok" &&
              Number(r.get("info-refresh")) < 2000
            );
        }, 30000),
        "Sentinel sees both replicas",
      );

      // Acknowledged writes: each round ends with WAIT for both replicas.
      const m = await RawClient.connect(port);
      try {
        for (let round = 0; round < 5; round++) {
          await writeLoad(m, 40, `r${round}`);
          assert.equal(await call(m, "WAIT", "2", "10000"), ":2\r\n");
        }
        assert.equal(await call(m, "SET", "last", "acknowledged"), "+OK\r\n");
        assert.equal(await call(m, "WAIT", "2", "10000"), ":2\r\n");
      } finally {
        m.close();
      }
      const digest = await callOnce(port, "DEBUG", "DIGEST");
      assert.ok(digest?.startsWith("+") && digest !== `+${"0".repeat(40)}\r\n`, `master digest ${digest}`);

      await kill(master);
      master = null;
      const addr = `*2\r\n$9\r\n127.0.0.1\r\n$${String(newPort).length}\r\n${newPort}\r\n`;
      assert.ok(
        await until(
          async () => (await callOnce(s.port, "SENTINEL", "GET-MASTER-ADDR-BY-NAME", "mymaster")) === addr,
          60000,
        ),
        `Sentinel promoted ${promoted}`,
      );
      assert.ok(
        await until(async () => ((await callOnce(newPort, "ROLE")) ?? "").startsWith("*3\r\n$6\r\nmaster\r\n"), 30000),
      );
      // Every acknowledged write is on the new master, and the other replica follows it.
      assert.equal(await callOnce(newPort, "DEBUG", "DIGEST"), digest);
      assert.equal(await callOnce(newPort, "GET", "last"), "$12\r\nacknowledged\r\n");
      assert.ok(
        await until(() => followsMaster(otherPort, newPort), 60000),
        "the other replica follows the new master",
      );
      assert.equal(await callOnce(newPort, "SET", "after", "failover"), "+OK\r\n");
      assert.equal(await callOnce(newPort, "WAIT", "1", "10000"), ":1\r\n");
      assert.equal(await callOnce(otherPort, "GET", "after"), "$8\r\nfailover\r\n");

      // The old master comes back empty (no save points), still a master by its config; Sentinel reconfigures it.
      master = await spawnFromConfig(conf, masterOut);
      assert.ok(
        await until(() => followsMaster(port, newPort), 60000),
        "Sentinel turned the old master into a replica",
      );
      assert.match(fs.readFileSync(conf, "latin1"), new RegExp(`\\nreplicaof 127\\.0\\.0\\.1 ${newPort}\\n`));
      const want = await callOnce(newPort, "DEBUG", "DIGEST");
      assert.ok(
        await until(async () => {
          const mo = await field(newPort, "master_repl_offset");
          return mo !== "" && (await field(port, "slave_repl_offset")) === mo;
        }, 30000),
        "the old master caught up",
      );
      assert.equal(await callOnce(port, "DEBUG", "DIGEST"), want);
      assert.equal(await callOnce(port, "GET", "after"), "$8\r\nfailover\r\n");
      assert.equal(
        await callOnce(port, "SET", "x", "y"),
        "-READONLY You can't write against a read only replica.\r\n",
      );
    } catch (e) {
      throw new Error(
        `${(e as Error).stack}\n--- sentinel log ---\n${sentinel?.log() ?? ""}\n--- master output ---\n${
          masterOut.join("")
        }\n--- replica log ---\n${replicaLog.join("\n")}`,
      );
    } finally {
      await sentinel?.stop();
      await kill(master);
      await lite.close();
      await redis.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
