/**
 * The embedding API over real sockets on the runtime running the tests: start() on a free port, a client
 * session, the direct API beside it, fastForward on the real clock, injected faults, close().
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ConfigFileError } from "../../mod.ts";
import { currentRuntime, RawClient, startInProcess } from "../helpers/spawn.ts";
import type { RunningServer, StartOptions } from "../../src/runtime/start.ts";

const root = fileURLToPath(new URL("../../", import.meta.url)).replace(/dist-test\/$/, "");

/** This runtime's own start(), imported the way a user would. */
const start = startInProcess;

/** Polls `cond` (no fixed sleeps): true once it holds, false after a generous deadline. */
async function until(cond: () => boolean, ms = 10000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 5));
  }
  return true;
}

/** Runs `fn` against a server started with `options`, closing client and server however it ends. */
async function withServer(
  options: StartOptions,
  fn: (r: RunningServer, c: RawClient) => Promise<void>,
): Promise<void> {
  const r = await start(options);
  let c: RawClient | null = null;
  try {
    c = await RawClient.connect(r.port, r.host);
    await fn(r, c);
  } finally {
    c?.close();
    await r.close();
  }
}

test("start() on port 0 listens on a free port and serves a client; close() ends connections and the port", async () => {
  const r = await start({ port: 0 });
  let c: RawClient | null = null;
  try {
    assert.equal(r.host, "127.0.0.1");
    assert.ok(r.port > 0);
    assert.equal(r.url, `redis://127.0.0.1:${r.port}`);
    c = await RawClient.connect(r.port);
    assert.equal(await c.call("SET", "k", "v"), "+OK\r\n");
    assert.equal(r.server.get("k"), "v");
    r.server.hset("h", { f: "1" });
    assert.equal(await c.call("HGET", "h", "f"), "$1\r\n1\r\n");
    assert.equal(
      await c.call("CONFIG", "GET", "port"),
      `*2\r\n$4\r\nport\r\n$${String(r.port).length}\r\n${r.port}\r\n`,
    );
    assert.equal(await c.call("CONFIG", "GET", "save"), "*2\r\n$4\r\nsave\r\n$0\r\n\r\n");
  } finally {
    await r.close();
    await r.close();
  }
  assert.equal(await c!.waitClosed(), true);
  await assert.rejects(RawClient.connect(r.port));
});

test("start() applies config settings and refuses one redis-server would refuse", async () => {
  await withServer({ config: { "maxmemory": "1mb", "notify-keyspace-events": "KEA", databases: 4 } }, async (_r, c) => {
    assert.equal(await c.call("CONFIG", "GET", "maxmemory"), "*2\r\n$9\r\nmaxmemory\r\n$7\r\n1048576\r\n");
    assert.equal(await c.call("SELECT", "4"), "-ERR DB index is out of range\r\n");
  });
  await assert.rejects(start({ config: { "maxmemory": "lots" } }), ConfigFileError);
});

test("fastForward on the real clock expires keys and times out a blocked client at once", async () => {
  await withServer({}, async (r, c) => {
    assert.equal(await c.call("SET", "k", "v", "EX", "100"), "+OK\r\n");
    r.server.fastForward(60_000);
    assert.equal(await c.call("TTL", "k"), ":40\r\n");
    r.server.fastForward(40_000);
    assert.equal(await c.call("GET", "k"), "$-1\r\n");
    c.send("BLPOP", "q", "30");
    assert.equal(await until(() => r.server.blocking.blockedClients === 1), true);
    r.server.fastForward(30_000);
    assert.equal(await c.reply(), "*-1\r\n");
  });
});

test("the manual clock only moves with fastForward", async () => {
  await withServer({ clock: "manual" }, async (r, c) => {
    const t0 = r.server.host.now();
    assert.equal(await c.call("SET", "k", "v", "PX", "10"), "+OK\r\n");
    assert.equal(await c.call("PTTL", "k"), ":10\r\n");
    assert.equal(r.server.host.now(), t0);
    r.server.fastForward(10);
    assert.equal(await c.call("EXISTS", "k"), ":0\r\n");
  });
});

test("injected faults reach a connection: an error, a delayed reply, a dropped connection", async () => {
  await withServer({}, async (r, c) => {
    r.server.injectFault({ command: "GET", times: 1, error: "LOADING Redis is loading the dataset in memory" });
    assert.equal(await c.call("GET", "k"), "-LOADING Redis is loading the dataset in memory\r\n");
    assert.equal(await c.call("GET", "k"), "$-1\r\n");
    const held = r.server.injectFault({ command: "PING", times: 1, delay: 60_000 });
    c.send("PING");
    c.send("ECHO", "after");
    assert.equal(await until(() => held.hits === 1), true);
    assert.equal(c.pending(), "");
    r.server.fastForward(60_000);
    assert.equal(await c.reply(), "+PONG\r\n");
    assert.equal(await c.reply(), "$5\r\nafter\r\n");
    r.server.injectFault({ times: 1, drop: true });
    c.send("SET", "k", "v");
    assert.equal(await c.waitClosed(), true);
    assert.equal(r.server.get("k"), null);
  });
});

test("importing a runtime module starts no server: the process exits on its own", () => {
  const rt = currentRuntime();
  const file = rt === "node" ? `${root}dist/runtime/node.js` : `${root}src/runtime/${rt}.ts`;
  const code = `await import(${JSON.stringify(file)}); console.log("imported");`;
  const bin = `${root}node_modules/.bin/${rt}`;
  const run = rt === "node"
    ? spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8", timeout: 30000 })
    : rt === "bun"
    ? spawnSync(bin, ["-e", code], { encoding: "utf8", timeout: 30000 })
    : spawnSync(bin, ["eval", "--ext=ts", code], { encoding: "utf8", timeout: 30000 });
  assert.equal(run.stdout, "imported\n", run.stderr);
  assert.equal(run.status, 0);
});
