/**
 * The full sync's payload loaded as it streams from a real redis-server master slowed down by
 * `rdb-key-save-delay` (a slow link): a diskless on-empty-db load is partly done while the transfer still runs
 * and ends with every key and Redis's checksum verified; a swapdb resync of the same history (the backlog moved
 * on) serves the old data with async_loading:1 during the transfer.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { until } from "../helpers/spawn.ts";
import type { RawClient } from "../helpers/spawn.ts";
import { call, info, withPair } from "../helpers/replication.ts";

const KEYS = 20000;

/** A redis-server master with KEYS keys and this server beside it with `config`; both equal after `fn`. */
function withSlowMaster(
  config: Record<string, string>,
  fn: (m: RawClient, r: RawClient, masterPort: number) => Promise<void>,
): Promise<void> {
  return withPair(["--repl-backlog-size", "16kb"], config, async ({ master, m, r }) => {
    assert.equal(await call(m, "DEBUG", "POPULATE", String(KEYS), "key", "100"), "+OK\r\n");
    await fn(m, r, master.port);
    assert.ok(await until(async () => (await info(r, "master_link_status")) === "up", 60000), "the link came up");
    assert.ok(
      await until(async () => (await info(r, "slave_repl_offset")) === (await info(m, "master_repl_offset")), 20000),
    );
    assert.equal(await call(r, "DEBUG", "DIGEST"), await call(m, "DEBUG", "DIGEST"));
  });
}

/** Waits until the replica is receiving a payload, then until `check` holds before the transfer ends. */
async function midTransfer(r: RawClient, check: () => Promise<boolean>): Promise<void> {
  assert.ok(await until(async () => (await info(r, "master_sync_in_progress")) === "1", 30000), "a sync began");
  assert.ok(
    await until(async () => (await check()) && (await info(r, "master_sync_in_progress")) === "1", 30000),
    "the check held while the payload was still coming",
  );
}

test("a diskless on-empty-db load runs while a slow master's payload streams, and ends complete", async () => {
  await withSlowMaster({ "repl-diskless-load": "on-empty-db" }, async (m, r, port) => {
    assert.equal(await call(m, "CONFIG", "SET", "rdb-key-save-delay", "100"), "+OK\r\n");
    assert.equal(await call(r, "REPLICAOF", "127.0.0.1", String(port)), "+OK\r\n");
    await midTransfer(r, async () => Number(await info(r, "loading_loaded_bytes")) > 100_000);
    assert.equal(await info(r, "loading"), "1");
    assert.equal(await call(m, "CONFIG", "SET", "rdb-key-save-delay", "0"), "+OK\r\n");
  });
});

test("a swapdb resync of the same history serves the old data with async_loading:1 while the payload streams", async () => {
  await withSlowMaster({ "repl-diskless-load": "swapdb" }, async (m, r, port) => {
    assert.equal(await call(r, "REPLICAOF", "127.0.0.1", String(port)), "+OK\r\n");
    assert.ok(await until(async () => (await info(r, "master_link_status")) === "up", 60000), "the first sync");
    assert.equal(await call(m, "CONFIG", "SET", "rdb-key-save-delay", "100"), "+OK\r\n");
    // The link cut and 64 KB written at once: more than the 16 KB backlog, so the resync is a full one.
    assert.equal(await call(r, "CLIENT", "KILL", "TYPE", "master"), ":1\r\n");
    assert.equal(await call(m, "SET", "key:0", "x".repeat(65536)), "+OK\r\n");
    await midTransfer(r, async () => (await info(r, "async_loading")) === "1");
    // The old value of key:0, not the one coming.
    assert.equal(await call(r, "STRLEN", "key:0"), ":100\r\n");
    assert.equal(await call(r, "DBSIZE"), `:${KEYS}\r\n`);
    assert.equal(await call(m, "CONFIG", "SET", "rdb-key-save-delay", "0"), "+OK\r\n");
    assert.ok(await until(async () => (await call(r, "STRLEN", "key:0")) === ":65536\r\n", 60000), "swapped in");
  });
});
