/**
 * This server as master and this server as replica, both in process on free loopback ports: full sync under a
 * write load ends with equal datasets (DEBUG DIGEST), a cut link resumes with a partial resync, and a chained
 * sub-replica (redis-server -> this replica -> this sub-replica) ends with every key equal. Conditions are
 * polled with generous deadlines.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { RawClient, startInProcess, until } from "../helpers/spawn.ts";
import { call, info, scratchDir, writeLoad } from "../helpers/replication.ts";
import { startRedis } from "../differential/runner.ts";
import type { RunningServer } from "../../src/runtime/start.ts";

/** Waits until `r` applied everything `m` produced (offsets equal, link up), then compares the digests. */
async function caughtUp(m: RawClient, r: RawClient, what: string): Promise<void> {
  assert.ok(
    await until(async () => {
      if ((await info(r, "master_link_status")) !== "up") return false;
      const mo = await info(m, "master_repl_offset");
      return mo !== "" && (await info(r, "slave_repl_offset")) === mo;
    }, 30000),
    `${what}: the replica reached the master's offset`,
  );
  const md = await call(m, "DEBUG", "DIGEST");
  assert.ok(md?.startsWith("+") && md !== `+${"0".repeat(40)}\r\n`, `master digest ${md}`);
  assert.equal(await call(r, "DEBUG", "DIGEST"), md, `${what}: equal digests`);
}

/** This server in process with DEBUG enabled, its log kept for failure messages. */
async function lite(logs: string[], name: string): Promise<RunningServer> {
  return await startInProcess({
    port: 0,
    config: { "enable-debug-command": "yes", "repl-diskless-sync-delay": "0", dir: scratchDir() },
    log: (l) => logs.push(`${name}: ${l}`),
  });
}

/** Runs `fn`, appending the servers' logs to a failure. */
async function withLogs(fn: (logs: string[]) => Promise<void>): Promise<void> {
  const logs: string[] = [];
  try {
    await fn(logs);
  } catch (e) {
    throw new Error(`${(e as Error).stack}\n--- logs ---\n${logs.join("\n")}`);
  }
}

test("this server replicates this server: full sync under writes, then a cut link resumes with a partial resync", async () => {
  await withLogs(async (logs) => {
    const servers: RunningServer[] = [];
    const clients: RawClient[] = [];
    try {
      const master = await lite(logs, "master");
      servers.push(master);
      const replica = await lite(logs, "replica");
      servers.push(replica);
      const m = await RawClient.connect(master.port);
      clients.push(m);
      const r = await RawClient.connect(replica.port);
      clients.push(r);
      assert.equal(await call(m, "DEBUG", "POPULATE", "20000", "key", "20"), "+OK\r\n");
      await writeLoad(m, 50, "before");
      assert.equal(await call(r, "REPLICAOF", "127.0.0.1", String(master.port)), "+OK\r\n");
      await writeLoad(m, 300, "during");
      await caughtUp(m, r, "full sync");
      assert.equal(await info(m, "sync_full"), "1");
      assert.equal(await call(r, "SET", "x", "y"), "-READONLY You can't write against a read only replica.\r\n");

      // The replica drops its master client, then the master drops its replica: both resume partially.
      assert.equal(await call(r, "CLIENT", "KILL", "TYPE", "master"), ":1\r\n");
      await writeLoad(m, 20, "cut1");
      assert.ok(await until(async () => (await info(m, "sync_partial_ok")) === "1", 30000), "partial resync 1");
      await caughtUp(m, r, "after the replica's cut");
      assert.equal(await call(m, "CLIENT", "KILL", "TYPE", "replica"), ":1\r\n");
      await writeLoad(m, 20, "cut2");
      assert.ok(await until(async () => (await info(m, "sync_partial_ok")) === "2", 30000), "partial resync 2");
      await caughtUp(m, r, "after the master's cut");
      assert.equal(await info(m, "sync_full"), "1");
      assert.ok(logs.some((l) => l.includes("Master accepted a Partial Resynchronization.")));
    } finally {
      for (const c of clients) c.close();
      for (const s of servers) await s.close();
    }
  });
});

test("a chain redis-server -> this replica -> this sub-replica ends with every key equal", async () => {
  await withLogs(async (logs) => {
    const top = await startRedis(["--repl-diskless-sync-delay", "0"]);
    const servers: RunningServer[] = [];
    const clients: RawClient[] = [];
    try {
      const mid = await lite(logs, "mid");
      servers.push(mid);
      const leaf = await lite(logs, "leaf");
      servers.push(leaf);
      const t = await RawClient.connect(top.port);
      clients.push(t);
      const a = await RawClient.connect(mid.port);
      clients.push(a);
      const b = await RawClient.connect(leaf.port);
      clients.push(b);
      assert.equal(await call(t, "DEBUG", "POPULATE", "10000", "key", "20"), "+OK\r\n");
      await writeLoad(t, 30, "before");
      assert.equal(await call(a, "REPLICAOF", "127.0.0.1", String(top.port)), "+OK\r\n");
      await writeLoad(t, 100, "mid");
      assert.equal(await call(b, "REPLICAOF", "127.0.0.1", String(mid.port)), "+OK\r\n");
      await writeLoad(t, 200, "leaf");
      await caughtUp(t, a, "top -> mid");
      await caughtUp(a, b, "mid -> leaf");
      // The sub-replica's offset is the top master's: a sub-replica follows the same replication history.
      assert.equal(await info(b, "master_replid"), await info(t, "master_replid"));
      assert.equal(await info(b, "master_repl_offset"), await info(t, "master_repl_offset"));
      // A cut between the middle and the leaf resumes partially from the middle's backlog.
      assert.equal(await call(a, "CLIENT", "KILL", "TYPE", "replica"), ":1\r\n");
      await writeLoad(t, 20, "cut");
      assert.ok(await until(async () => (await info(a, "sync_partial_ok")) === "1", 30000), "partial resync");
      await caughtUp(t, a, "top -> mid, after the cut");
      await caughtUp(a, b, "mid -> leaf, after the cut");
    } finally {
      for (const c of clients) c.close();
      for (const s of servers) await s.close();
      await top.stop();
    }
  });
});

test("FAILOVER hands the master role to this server's replica: roles swap, no write lost, the old master continues partially", async () => {
  await withLogs(async (logs) => {
    const servers: RunningServer[] = [];
    const clients: RawClient[] = [];
    try {
      const master = await lite(logs, "master");
      servers.push(master);
      const replica = await lite(logs, "replica");
      servers.push(replica);
      const m = await RawClient.connect(master.port);
      clients.push(m);
      const r = await RawClient.connect(replica.port);
      clients.push(r);
      assert.equal(await call(m, "FAILOVER"), "-ERR FAILOVER requires connected replicas.\r\n");
      assert.equal(await call(m, "FAILOVER", "ABORT"), "-ERR No failover in progress.\r\n");
      assert.equal(await call(m, "FAILOVER", "TIMEOUT", "0"), "-ERR FAILOVER timeout must be greater than 0\r\n");
      assert.equal(await call(m, "FAILOVER", "FORCE", "FORCE"), "-ERR syntax error\r\n");
      await writeLoad(m, 30, "before");
      assert.equal(await call(r, "REPLICAOF", "127.0.0.1", String(master.port)), "+OK\r\n");
      await caughtUp(m, r, "full sync");
      assert.equal(
        await call(m, "FAILOVER", "FORCE", "TO", "127.0.0.1", String(replica.port)),
        "-ERR FAILOVER with force option requires both a timeout and target HOST and IP.\r\n",
      );
      assert.equal(
        await call(m, "FAILOVER", "TO", "127.0.0.1", "1"),
        "-ERR FAILOVER target HOST and PORT is not a replica.\r\n",
      );
      assert.equal(await call(r, "FAILOVER"), "-ERR FAILOVER is not valid when server is a replica.\r\n");
      assert.equal(await call(m, "FAILOVER", "TO", "127.0.0.1", String(replica.port), "TIMEOUT", "60000"), "+OK\r\n");
      assert.ok(
        await until(async () => ((await call(r, "ROLE")) ?? "").startsWith("*3\r\n$6\r\nmaster\r\n"), 30000),
        "the replica took over",
      );
      assert.ok(
        await until(async () => (await info(m, "master_link_status")) === "up", 30000),
        "the old master follows the new one",
      );
      assert.equal(await info(m, "role"), "slave");
      assert.equal(await info(m, "master_failover_state"), "no-failover");
      assert.equal(await info(r, "sync_partial_ok"), "1");
      assert.equal(await info(r, "sync_full"), "0");
      assert.equal(await call(r, "SET", "after", "1"), "+OK\r\n");
      await caughtUp(r, m, "new master -> old master");
      assert.equal(await call(m, "GET", "after"), "$1\r\n1\r\n");
      assert.ok(logs.some((l) => l.includes("MASTER MODE enabled (failover request from 'id=")));
    } finally {
      for (const c of clients) c.close();
      for (const s of servers) await s.close();
    }
  });
});

test("FAILOVER from this server to a redis-server replica, and back to this server", async () => {
  await withLogs(async (logs) => {
    const servers: RunningServer[] = [];
    const clients: RawClient[] = [];
    const redis = await startRedis(["--repl-diskless-sync-delay", "0"]);
    try {
      const master = await lite(logs, "master");
      servers.push(master);
      const m = await RawClient.connect(master.port);
      clients.push(m);
      const r = await RawClient.connect(redis.port);
      clients.push(r);
      await writeLoad(m, 30, "before");
      assert.equal(await call(r, "REPLICAOF", "127.0.0.1", String(master.port)), "+OK\r\n");
      await caughtUp(m, r, "full sync");
      assert.equal(await call(m, "FAILOVER"), "+OK\r\n");
      assert.ok(
        await until(async () => ((await call(r, "ROLE")) ?? "").startsWith("*3\r\n$6\r\nmaster\r\n"), 30000),
        "redis-server took over",
      );
      assert.ok(await until(async () => (await info(m, "master_link_status")) === "up", 30000));
      assert.equal(await info(m, "master_failover_state"), "no-failover");
      assert.equal(await info(r, "sync_full"), "0");
      await writeLoad(r, 20, "on-redis");
      await caughtUp(r, m, "redis-server -> this server");
      // And back: redis-server fails over to this server.
      assert.equal(await call(r, "FAILOVER", "TO", "127.0.0.1", String(master.port)), "+OK\r\n");
      assert.ok(
        await until(async () => ((await call(m, "ROLE")) ?? "").startsWith("*3\r\n$6\r\nmaster\r\n"), 30000),
        "this server took over",
      );
      assert.ok(await until(async () => (await info(r, "master_link_status")) === "up", 30000));
      await writeLoad(m, 20, "back");
      await caughtUp(m, r, "this server -> redis-server");
      assert.equal(await info(m, "sync_full"), "1");
    } finally {
      for (const c of clients) c.close();
      for (const s of servers) await s.close();
      await redis.stop();
    }
  });
});

test("FAILOVER waits for its target with writes paused (CLIENT UNPAUSE does not end that pause): ABORT resumes them, and a TIMEOUT without FORCE gives up", async () => {
  await withLogs(async (logs) => {
    const servers: RunningServer[] = [];
    const clients: RawClient[] = [];
    const redis = await startRedis(["--repl-diskless-sync-delay", "0"]);
    try {
      const master = await lite(logs, "master");
      servers.push(master);
      const m = await RawClient.connect(master.port);
      clients.push(m);
      const w = await RawClient.connect(master.port);
      clients.push(w);
      const r = await RawClient.connect(redis.port);
      clients.push(r);
      assert.equal(await call(m, "SET", "seed", "1"), "+OK\r\n");
      assert.equal(await call(r, "REPLICAOF", "127.0.0.1", String(master.port)), "+OK\r\n");
      await caughtUp(m, r, "full sync");
      // The replica stops reading (its reply comes long after the test): it cannot acknowledge what follows.
      r.send("DEBUG", "SLEEP", "60");
      assert.equal(await call(m, "SET", "k", "1"), "+OK\r\n");
      assert.equal(await call(m, "FAILOVER", "TO", "127.0.0.1", String(redis.port)), "+OK\r\n");
      assert.equal(await info(m, "master_failover_state"), "waiting-for-sync");
      assert.equal(await call(m, "FAILOVER"), "-ERR FAILOVER already in progress.\r\n");
      assert.equal(await call(m, "REPLICAOF", "NO", "ONE"), "-ERR REPLICAOF not allowed while failing over.\r\n");
      // A write waits while the failover runs; a read does not.
      w.send("SET", "held", "v");
      assert.equal(await call(m, "GET", "k"), "$1\r\n1\r\n");
      assert.equal(await call(m, "EXISTS", "held"), ":0\r\n");
      // The failover's pause is its own: CLIENT PAUSE/UNPAUSE neither shorten nor end it.
      assert.equal(await call(m, "CLIENT", "PAUSE", "50", "WRITE"), "+OK\r\n");
      assert.equal(await call(m, "CLIENT", "UNPAUSE"), "+OK\r\n");
      await new Promise((res) => setTimeout(res, 200));
      assert.equal(await call(m, "EXISTS", "held"), ":0\r\n");
      assert.equal(w.pending(), "");
      assert.equal(await call(m, "FAILOVER", "ABORT"), "+OK\r\n");
      assert.equal(await w.reply(60000), "+OK\r\n");
      assert.equal(await info(m, "master_failover_state"), "no-failover");
      assert.equal(await info(m, "role"), "master");
      assert.ok(logs.some((l) => l.includes(`FAILOVER to 127.0.0.1:${redis.port} aborted: Failover manually aborted`)));
      assert.equal(await call(m, "FAILOVER", "TIMEOUT", "200"), "+OK\r\n");
      assert.ok(
        await until(async () => (await info(m, "master_failover_state")) === "no-failover", 30000),
        "the failover gave up",
      );
      assert.equal(await info(m, "role"), "master");
      assert.equal(await call(m, "SET", "after", "v"), "+OK\r\n");
      assert.ok(
        logs.some((l) => l.includes("FAILOVER to any replica aborted: Replica never caught up before timeout")),
      );
    } finally {
      for (const c of clients) c.close();
      for (const s of servers) await s.close();
      await redis.stop();
    }
  });
});

test("FAILOVER ... TIMEOUT with FORCE hands over anyway once the timeout passes: roles swap with a replica that had not caught up", async () => {
  await withLogs(async (logs) => {
    const servers: RunningServer[] = [];
    const clients: RawClient[] = [];
    const redis = await startRedis(["--repl-diskless-sync-delay", "0"]);
    try {
      const master = await lite(logs, "master");
      servers.push(master);
      const m = await RawClient.connect(master.port);
      clients.push(m);
      const r = await RawClient.connect(redis.port);
      clients.push(r);
      assert.equal(await call(m, "SET", "seed", "1"), "+OK\r\n");
      assert.equal(await call(r, "REPLICAOF", "127.0.0.1", String(master.port)), "+OK\r\n");
      await caughtUp(m, r, "full sync");
      // The replica stops reading for a while: it cannot acknowledge the write before the timeout.
      r.send("DEBUG", "SLEEP", "2");
      assert.equal(await call(m, "SET", "k", "1"), "+OK\r\n");
      const at = Date.now();
      assert.equal(
        await call(m, "FAILOVER", "TO", "127.0.0.1", String(redis.port), "FORCE", "TIMEOUT", "300"),
        "+OK\r\n",
      );
      assert.ok(
        await until(async () => (await info(m, "master_failover_state")) !== "waiting-for-sync", 30000),
        "the failover went on after its timeout",
      );
      assert.ok(Date.now() - at >= 300, "not before the timeout");
      assert.equal(await r.reply(30000), "+OK\r\n");
      const r2 = await RawClient.connect(redis.port);
      clients.push(r2);
      assert.ok(
        await until(async () => (await info(r2, "role")) === "master", 30000),
        "the target took the master role",
      );
      assert.ok(
        await until(async () => {
          const role = await call(m, "ROLE");
          return role?.startsWith(`*5\r\n$5\r\nslave\r\n$9\r\n127.0.0.1\r\n:${redis.port}\r\n$9\r\nconnected\r\n`) ??
            false;
        }, 30000),
        "the old master follows the target",
      );
      assert.equal(await info(m, "master_failover_state"), "no-failover");
      assert.equal(await call(r2, "SET", "after", "v"), "+OK\r\n");
      assert.ok(await until(async () => (await call(m, "GET", "after")) === "$1\r\nv\r\n", 30000));
      await caughtUp(r2, m, "after the failover");
    } finally {
      for (const c of clients) c.close();
      for (const s of servers) await s.close();
      await redis.stop();
    }
  });
});
