/**
 * Function libraries cross with redis-server 7.0.15 through files: RDB snapshots both ways (FUNCTION DUMP
 * byte-identical after the trip), and AOF directories both ways (FUNCTION LOAD/DELETE in the incremental
 * file, libraries in a rewritten base). Servers on free ports, in fresh directories.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { RawClient, startServer } from "../helpers/spawn.ts";
import { startRedis } from "../differential/runner.ts";

const code = [
  "#!lua name=persisted",
  "redis.register_function('pset', function(keys, args) return redis.call('set', keys[1], args[1]) end)",
  "redis.register_function{function_name='pget', callback=function(keys) return redis.call('get', keys[1]) end, " +
  "flags={'no-writes'}, description='reads a key'}",
  "-- a comment long enough that rdbcompression has something to compress in the payload, " +
  "a comment long enough that rdbcompression has something to compress in the payload",
].join("\n");
const other = "#!lua name=other\nredis.register_function('ocall', function() return 'other' end)";

function freshDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-functions-"));
}

/**
 * Runs `fn` with a client of a server once it has loaded its files (PING answers +PONG rather than -LOADING),
 * then closes both whatever happens.
 */
async function withClient(
  server: { port: number; stop(): Promise<void> },
  fn: (c: RawClient) => Promise<void>,
): Promise<void> {
  let c: RawClient | null = null;
  try {
    c = await RawClient.connect(server.port);
    const deadline = Date.now() + 20000;
    while ((await c.call("PING")) !== "+PONG\r\n") {
      if (Date.now() > deadline) throw new Error("still loading");
      await new Promise((r) => setTimeout(r, 20));
    }
    await fn(c);
  } finally {
    c?.close();
    await server.stop();
  }
}

/** Polls INFO persistence until no rewrite or save runs (generous deadline, no fixed sleep). */
async function untilIdle(c: RawClient): Promise<void> {
  const deadline = Date.now() + 20000;
  for (;;) {
    const info = (await c.call("INFO", "persistence"))!;
    if (info.includes("aof_rewrite_in_progress:0") && info.includes("rdb_bgsave_in_progress:0")) {
      if (!info.includes("aof_rewrite_scheduled:1")) return;
    }
    if (Date.now() > deadline) throw new Error(`still busy: ${info}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test("libraries in an RDB file redis-server saved load here, and FUNCTION DUMP is byte-identical", async () => {
  const dir = freshDir();
  try {
    let dump = "";
    await withClient(await startRedis(["--dir", dir, "--dbfilename", "functions.rdb"]), async (c) => {
      assert.equal(await c.call("FUNCTION", "LOAD", code), "$9\r\npersisted\r\n");
      assert.equal(await c.call("FCALL", "pset", "1", "k", "v"), "+OK\r\n");
      assert.equal(await c.call("SAVE"), "+OK\r\n");
      dump = (await c.call("FUNCTION", "DUMP"))!;
    });
    await withClient(await startServer(["--dir", dir, "--dbfilename", "functions.rdb"]), async (c) => {
      assert.equal(await c.call("FUNCTION", "DUMP"), dump);
      assert.equal(await c.call("FCALL_RO", "pget", "1", "k"), "$1\r\nv\r\n");
      assert.equal(await c.call("FCALL", "pset", "1", "k", "w"), "+OK\r\n");
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("libraries in an RDB file saved here pass redis-check-rdb and load in redis-server", async () => {
  const dir = freshDir();
  try {
    let dump = "";
    await withClient(await startServer(["--dir", dir, "--dbfilename", "functions.rdb"]), async (c) => {
      assert.equal(await c.call("FUNCTION", "LOAD", code), "$9\r\npersisted\r\n");
      assert.equal(await c.call("FCALL", "pset", "1", "k", "v"), "+OK\r\n");
      assert.equal(await c.call("SAVE"), "+OK\r\n");
      dump = (await c.call("FUNCTION", "DUMP"))!;
    });
    execFileSync("redis-check-rdb", [path.join(dir, "functions.rdb")], { stdio: "ignore" });
    await withClient(await startRedis(["--dir", dir, "--dbfilename", "functions.rdb"]), async (c) => {
      assert.equal(await c.call("FUNCTION", "DUMP"), dump);
      assert.equal(await c.call("FCALL_RO", "pget", "1", "k"), "$1\r\nv\r\n");
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("an AOF written here (FUNCTION LOAD/DELETE logged, libraries in the rewritten base) loads in redis-server", async () => {
  const dir = freshDir();
  try {
    let dump = "";
    await withClient(await startServer(["--dir", dir, "--appendonly", "yes"]), async (c) => {
      await untilIdle(c);
      assert.equal(await c.call("FUNCTION", "LOAD", code), "$9\r\npersisted\r\n");
      assert.equal(await c.call("FCALL", "pset", "1", "k", "v1"), "+OK\r\n");
      assert.equal(await c.call("BGREWRITEAOF"), "+Background append only file rewriting started\r\n");
      await untilIdle(c);
      assert.equal(await c.call("FUNCTION", "LOAD", other), "$5\r\nother\r\n");
      assert.equal(await c.call("FUNCTION", "DELETE", "other"), "+OK\r\n");
      assert.equal(await c.call("FCALL", "pset", "1", "k", "v2"), "+OK\r\n");
      dump = (await c.call("FUNCTION", "DUMP"))!;
    });
    await withClient(await startRedis(["--dir", dir, "--appendonly", "yes"]), async (c) => {
      assert.equal(await c.call("FUNCTION", "DUMP"), dump);
      assert.equal(await c.call("GET", "k"), "$2\r\nv2\r\n");
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("an AOF redis-server wrote with FUNCTION LOAD and FCALL in it loads here", async () => {
  const dir = freshDir();
  try {
    let dump = "";
    const redis = await startRedis(["--dir", dir, "--appendonly", "yes", "--appendfsync", "always"]);
    await withClient(redis, async (c) => {
      assert.equal(await c.call("FUNCTION", "LOAD", code), "$9\r\npersisted\r\n");
      assert.equal(await c.call("FUNCTION", "LOAD", other), "$5\r\nother\r\n");
      assert.equal(await c.call("FUNCTION", "DELETE", "other"), "+OK\r\n");
      assert.equal(await c.call("FCALL", "pset", "1", "k", "v"), "+OK\r\n");
      dump = (await c.call("FUNCTION", "DUMP"))!;
    });
    await withClient(await startServer(["--dir", dir, "--appendonly", "yes"]), async (c) => {
      assert.equal(await c.call("FUNCTION", "DUMP"), dump);
      assert.equal(await c.call("FCALL_RO", "pget", "1", "k"), "$1\r\nv\r\n");
      assert.equal(await c.call("FCALL", "ocall", "0"), "-ERR Function not found\r\n");
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
