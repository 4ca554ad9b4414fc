/**
 * This server as a replica of a real redis-server, over loopback, on the runtime running the tests: Host.connect,
 * full sync in both transfer forms under a write load, partial resync after the link is cut from either side,
 * expiry driven by the master, READONLY / MASTERDOWN, and REPLICAOF NO ONE.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { RawClient, startInProcess, until } from "../helpers/spawn.ts";
import { call, info, scratchDir, startSentinel, withPair, writeLoad } from "../helpers/replication.ts";
import type { Pair } from "../helpers/replication.ts";
import { freePort, startRedis } from "../differential/runner.ts";
import { persistenceOf } from "../../src/core/persistence/snapshot.ts";

/** This runtime's own start(), imported the way a user would. */
const start = startInProcess;

/** REPLICAOF, then waits until the link is up. */
async function follow(p: Pair): Promise<void> {
  assert.equal(await call(p.r, "REPLICAOF", "127.0.0.1", String(p.master.port)), "+OK\r\n");
  assert.ok(await until(async () => (await info(p.r, "master_link_status")) === "up", 20000), "the link came up");
}

/** Waits until the replica applied everything the master produced. */
async function caughtUp(p: Pair): Promise<void> {
  assert.ok(
    await until(async () => {
      const mo = await info(p.m, "master_repl_offset");
      return mo !== "" && (await info(p.r, "slave_repl_offset")) === mo;
    }, 20000),
    "the replica reached the master's offset",
  );
}

/** DEBUG DIGEST on both sides is the same: every key, value and TTL equal. */
async function sameData(p: Pair): Promise<void> {
  const md = await call(p.m, "DEBUG", "DIGEST");
  const rd = await call(p.r, "DEBUG", "DIGEST");
  assert.ok(md?.startsWith("+") && md !== `+${"0".repeat(40)}\r\n`, `master digest ${md}`);
  assert.equal(rd, md);
  for (const db of ["0", "2"]) {
    await call(p.m, "SELECT", db);
    await call(p.r, "SELECT", db);
    assert.equal(await call(p.r, "DBSIZE"), await call(p.m, "DBSIZE"));
  }
  await call(p.m, "SELECT", "0");
  await call(p.r, "SELECT", "0");
}

test("Host.connect carries bytes both ways and reports the end; a refused connect reports why", async () => {
  const master = await startRedis();
  const r = await start({ port: 0, config: { dir: scratchDir() } });
  try {
    const connect = r.server.host.connect!;
    let got = "";
    let opened = false;
    let ended: string | undefined | null = null;
    const t = connect.call(r.server.host, "127.0.0.1", master.port, {
      open: () => (opened = true),
      data: (b) => (got += String.fromCharCode(...b)),
      closed: (e) => (ended = e),
    });
    // Written before the connection is up: queued.
    t.write(new TextEncoder().encode("*1\r\n$4\r\nPING\r\n"));
    assert.ok(await until(() => got === "+PONG\r\n"), `reply ${JSON.stringify(got)}`);
    assert.ok(opened);
    assert.match(t.remoteAddress, new RegExp(`:${master.port}$`));
    t.close();
    assert.ok(await until(() => ended !== null));
    assert.equal(ended, undefined);

    const closedPort = await freePort();
    let refused: string | undefined | null = null;
    connect.call(r.server.host, "127.0.0.1", closedPort, {
      open: () => {},
      data: () => {},
      closed: (e) => (refused = e ?? "no reason"),
    });
    assert.ok(await until(() => refused !== null));
    assert.equal(refused, "Connection refused");
  } finally {
    await r.close();
    await master.stop();
  }
});

for (const diskless of ["no", "yes"]) {
  test(`full sync from redis-server (repl-diskless-sync ${diskless}) under a write load leaves every key equal`, async () => {
    await withPair(["--repl-diskless-sync", diskless], {}, async (p) => {
      assert.equal(await call(p.m, "DEBUG", "POPULATE", "20000", "key", "20"), "+OK\r\n");
      await writeLoad(p.m, 50, "before");
      assert.equal(await call(p.r, "REPLICAOF", "127.0.0.1", String(p.master.port)), "+OK\r\n");
      // Writes while the master saves and sends its payload, and after.
      await writeLoad(p.m, 300, "during");
      assert.ok(await until(async () => (await info(p.r, "master_link_status")) === "up", 20000));
      await writeLoad(p.m, 50, "after");
      await caughtUp(p);
      await sameData(p);
      const form = diskless === "yes"
        ? /MASTER <-> REPLICA sync: receiving streamed RDB from master with EOF to disk$/
        : /MASTER <-> REPLICA sync: receiving \d+ bytes from master to disk$/;
      assert.ok(p.logs.some((l) => form.test(l)), String(form));
      // The replica loads from disk (repl-diskless-load disabled): the payload became its dump.rdb.
      assert.equal(fs.readFileSync(path.join(p.dir, "dump.rdb")).subarray(0, 9).toString("latin1"), "REDIS0010");
      assert.ok(p.logs.some((l) => l.includes("MASTER <-> REPLICA sync: Finished with success")));
      assert.equal(await info(p.m, "sync_full"), "1");
      const role = await call(p.r, "ROLE");
      assert.equal(
        role,
        `*5\r\n$5\r\nslave\r\n$9\r\n127.0.0.1\r\n:${p.master.port}\r\n$9\r\nconnected\r\n:${await info(
          p.m,
          "master_repl_offset",
        )}\r\n`,
      );
      // The master client: flag M, CLIENT LIST type master.
      assert.match((await call(p.r, "CLIENT", "LIST", "TYPE", "master")) ?? "", /flags=M /);
      assert.equal(
        await call(p.r, "REPLICAOF", "127.0.0.1", String(p.master.port)),
        "+OK Already connected to specified master\r\n",
      );
    });
  });
}

test("a cut link resumes with a partial resync, from either side, with no new full sync", async () => {
  await withPair(["--repl-diskless-sync", "no"], {}, async (p) => {
    await writeLoad(p.m, 20, "a");
    await follow(p);
    await caughtUp(p);
    // Our side drops the master client.
    assert.equal(await call(p.r, "CLIENT", "KILL", "TYPE", "master"), ":1\r\n");
    await writeLoad(p.m, 20, "b");
    assert.ok(await until(async () => (await info(p.m, "sync_partial_ok")) === "1", 20000), "partial resync 1");
    await caughtUp(p);
    // The master drops its replica.
    assert.equal(await call(p.m, "CLIENT", "KILL", "TYPE", "replica"), ":1\r\n");
    await writeLoad(p.m, 20, "c");
    assert.ok(await until(async () => (await info(p.m, "sync_partial_ok")) === "2", 20000), "partial resync 2");
    await caughtUp(p);
    assert.equal(await info(p.m, "sync_full"), "1");
    await sameData(p);
    assert.ok(p.logs.some((l) => l.includes("Caching the disconnected master state.")));
    assert.ok(p.logs.some((l) => l.includes("MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization.")));
  });
});

test("expiry is the master's: an expired key is hidden on the replica but kept until the master's DEL", async () => {
  await withPair([], {}, async (p) => {
    await follow(p);
    // The master deletes only when asked (lazily), so the replica's behaviour in between shows.
    assert.equal(await call(p.m, "DEBUG", "SET-ACTIVE-EXPIRE", "0"), "+OK\r\n");
    assert.equal(await call(p.m, "SET", "temp", "v", "PX", "1500"), "+OK\r\n");
    assert.equal(await call(p.m, "SET", "stays", "v"), "+OK\r\n");
    await caughtUp(p);
    assert.equal(await call(p.r, "GET", "temp"), "$1\r\nv\r\n");
    assert.ok(await until(async () => (await call(p.r, "GET", "temp")) === "$-1\r\n", 10000));
    assert.equal(await call(p.r, "EXISTS", "temp"), ":0\r\n");
    // Still held: the replica's own expiry deletes nothing.
    assert.equal(await call(p.r, "DBSIZE"), ":2\r\n");
    // The master's lazy expiry propagates a DEL.
    assert.equal(await call(p.m, "GET", "temp"), "$-1\r\n");
    assert.ok(await until(async () => (await call(p.r, "DBSIZE")) === ":1\r\n", 10000));
    await caughtUp(p);
  });
});

test("a replica refuses writes (READONLY), and everything but stale commands while the link is down (MASTERDOWN); REPLICAOF NO ONE promotes it", async () => {
  await withPair([], { "replica-serve-stale-data": "no" }, async (p) => {
    assert.equal(await call(p.m, "SET", "k", "v"), "+OK\r\n");
    await follow(p);
    await caughtUp(p);
    assert.equal(await call(p.r, "SET", "x", "y"), "-READONLY You can't write against a read only replica.\r\n");
    assert.equal(await call(p.r, "GET", "k"), "$1\r\nv\r\n");
    const replid = await info(p.r, "master_replid");
    const offset = Number(await info(p.r, "master_repl_offset"));
    await call(p.m, "SHUTDOWN", "NOSAVE").catch(() => null);
    assert.ok(await until(async () => (await info(p.r, "master_link_status")) === "down", 20000));
    assert.equal(
      await call(p.r, "GET", "k"),
      "-MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.\r\n",
    );
    assert.equal(await info(p.r, "role"), "slave");
    assert.equal(await call(p.r, "REPLICAOF", "NO", "ONE"), "+OK\r\n");
    assert.equal(await info(p.r, "role"), "master");
    assert.equal(await call(p.r, "GET", "k"), "$1\r\nv\r\n");
    assert.equal(await call(p.r, "SET", "x", "y"), "+OK\r\n");
    assert.equal(await info(p.r, "master_replid2"), replid);
    assert.equal(await info(p.r, "second_repl_offset"), String(offset + 1));
  });
});

test("Sentinel (redis-sentinel) fails a redis-server master over to this replica: REPLICAOF NO ONE in its MULTI, then writes go here", async () => {
  await withPair([], {}, async (p) => {
    assert.equal(await call(p.m, "SET", "before", "1"), "+OK\r\n");
    await follow(p);
    await caughtUp(p);
    const sentinel = await startSentinel(p.master.port);
    let s: RawClient | null = null;
    try {
      assert.ok(
        await until(async () => {
          try {
            s ??= await RawClient.connect(sentinel.port);
          } catch {
            return false;
          }
          return ((await call(s, "SENTINEL", "REPLICAS", "mymaster")) ?? "").includes(`${p.replica.port}`);
        }, 30000),
        "Sentinel found the replica",
      );
      // Sentinel talks to the replica too (INFO, its hello channel) before it would pick it.
      assert.ok(
        await until(async () => /name=sentinel-\w+-cmd/.test((await call(p.r, "CLIENT", "LIST")) ?? ""), 30000),
      );
      await p.master.stop();
      // Sentinel's CLIENT KILL TYPE normal ends our connections: each check opens its own.
      const once = async (...args: string[]): Promise<string | null> => {
        const c = await RawClient.connect(p.replica.port);
        try {
          return await call(c, ...args);
        } finally {
          c.close();
        }
      };
      assert.ok(
        await until(async () => ((await once("ROLE")) ?? "").startsWith("*3\r\n$6\r\nmaster\r\n"), 60000),
        "Sentinel promoted the replica",
      );
      const addr = `*2\r\n$9\r\n127.0.0.1\r\n$${String(p.replica.port).length}\r\n${p.replica.port}\r\n`;
      assert.ok(
        await until(async () => (await call(s!, "SENTINEL", "GET-MASTER-ADDR-BY-NAME", "mymaster")) === addr, 30000),
      );
      assert.equal(await once("GET", "before"), "$1\r\n1\r\n");
      assert.equal(await once("SET", "after", "2"), "+OK\r\n");
      assert.ok(p.logs.some((l) => l.includes("MASTER MODE enabled (user request from 'id=")));
    } finally {
      (s as RawClient | null)?.close();
      await sentinel.stop();
    }
  });
});

test("a redis-server whose PSYNC is renamed away is asked SYNC instead, and the stream that follows applies", async () => {
  // A disk-backed transfer: after a diskless one a pre-PSYNC replica's only ACK can reach redis-server before it
  // has reaped its save child, and then (Redis to Redis alike) the stream never starts, as no periodic ACK follows.
  await withPair(["--rename-command", "PSYNC", "", "--repl-diskless-sync", "no"], {}, async (p) => {
    assert.equal(await call(p.m, "SET", "before", "1"), "+OK\r\n");
    await follow(p);
    assert.equal(await call(p.m, "SET", "after", "2"), "+OK\r\n");
    assert.ok(await until(async () => (await call(p.r, "GET", "after")) === "$1\r\n2\r\n", 20000));
    assert.equal(await call(p.r, "GET", "before"), "$1\r\n1\r\n");
    assert.ok(p.logs.some((l) => l.startsWith("* Master does not support PSYNC or is in error state (reply: -ERR")));
    assert.ok(p.logs.includes("* Retrying with SYNC..."));
  });
});

test("repl-diskless-load swapdb: a full resync of the same history loads asynchronously, the old data served, then swapped in", async () => {
  await withPair(
    ["--repl-diskless-sync", "yes", "--repl-backlog-size", "16kb"],
    { "repl-diskless-load": "swapdb" },
    async (p) => {
      assert.equal(await call(p.m, "DEBUG", "POPULATE", "3000", "key", "10"), "+OK\r\n");
      assert.equal(await call(p.m, "SET", "marker", "old"), "+OK\r\n");
      await follow(p);
      await caughtUp(p);
      assert.equal(await info(p.r, "async_loading"), "0");
      // Loading in many small slices leaves time to look at the replica while it loads.
      persistenceOf(p.replica.server).sliceLimit = 5;
      // The master drops its replica and writes past its 16 kB backlog: the next PSYNC cannot continue, and the
      // full sync that follows carries the same replid.
      assert.equal(await call(p.m, "CLIENT", "KILL", "TYPE", "replica"), ":1\r\n");
      assert.equal(await call(p.m, "SET", "marker", "new"), "+OK\r\n");
      assert.equal(await call(p.m, "SET", "filler", "x".repeat(64 * 1024)), "+OK\r\n");
      assert.equal(
        await call(
          p.m,
          "FUNCTION",
          "LOAD",
          "#!lua name=swaplib\nredis.register_function{function_name='f', callback=function() return 1 end, flags={'no-writes'}}",
        ),
        "$7\r\nswaplib\r\n",
      );
      assert.ok(await until(async () => (await info(p.r, "async_loading")) === "1", 20000), "async loading began");
      assert.equal(await info(p.r, "loading"), "0");
      assert.equal(await call(p.r, "GET", "marker"), "$3\r\nold\r\n");
      assert.equal(await call(p.r, "DBSIZE"), ":3001\r\n");
      assert.equal(await call(p.r, "BGSAVE"), "-LOADING Redis is loading the dataset in memory\r\n");
      assert.ok(await until(async () => (await info(p.r, "async_loading")) === "0", 20000), "async loading ended");
      await caughtUp(p);
      assert.equal(await info(p.m, "sync_full"), "2");
      assert.equal(await call(p.r, "GET", "marker"), "$3\r\nnew\r\n");
      assert.equal(await call(p.r, "FCALL_RO", "f", "0"), ":1\r\n");
      await sameData(p);
      assert.ok(p.logs.some((l) => l.includes("MASTER <-> REPLICA sync: Swapping active DB with loaded DB")));
    },
  );
});
