/**
 * Pub/Sub, transactions and client-side caching with real clients against this runtime's server:
 * ioredis (RESP2 subscriber connections, MULTI/EXEC, WATCH), node-redis (RESP3 pushes and its client-side
 * cache), raw sockets (a subscriber that never reads), and Bun's RedisClient under Bun.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import { Redis as IORedis } from "ioredis";
import { BasicClientSideCache, createClient } from "redis";
import { currentRuntime, RawClient, startServer } from "../helpers/spawn.ts";
import type { Spawned } from "../helpers/spawn.ts";

let srv: Spawned;
before(async () => {
  srv = await startServer();
});
after(async () => {
  await srv.stop();
});

function io(): IORedis {
  return new IORedis({ port: srv.port, host: "127.0.0.1", maxRetriesPerRequest: 1 });
}

/** Resolves once `check` holds, polling; rejects after `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

test("ioredis: a duplicate connection subscribes and receives messages and pattern messages", async () => {
  const pub = io();
  const sub = pub.duplicate();
  const got: string[] = [];
  sub.on("message", (ch: string, m: string) => got.push(`message ${ch} ${m}`));
  sub.on("pmessage", (p: string, ch: string, m: string) => got.push(`pmessage ${p} ${ch} ${m}`));
  assert.equal(await sub.subscribe("news", "sport"), 2);
  assert.equal(await sub.psubscribe("n*"), 3);
  assert.equal(await pub.publish("news", "hello"), 2);
  assert.equal(await pub.publish("sport", "goal"), 1);
  assert.equal(await pub.publish("nothing", "x"), 1);
  await until(() => got.length === 4);
  assert.deepEqual(got, [
    "message news hello",
    "pmessage n* news hello",
    "message sport goal",
    "pmessage n* nothing x",
  ]);
  assert.deepEqual(await pub.pubsub("NUMSUB", "news"), ["news", 1]);
  // Named: ioredis waits forever on a bare UNSUBSCRIBE (against redis-server too).
  assert.equal(await sub.unsubscribe("news", "sport"), 1);
  assert.equal(await sub.punsubscribe("n*"), 0);
  assert.equal(await pub.publish("news", "gone"), 0);
  sub.disconnect();
  await pub.quit();
});

test("ioredis: MULTI/EXEC returns every reply, and WATCH aborts when another client writes", async () => {
  const a = io();
  const b = io();
  const res = await a.multi().set("tx:k", "1").incr("tx:k").get("tx:k").exec();
  assert.deepEqual(res, [[null, "OK"], [null, 2], [null, "2"]]);
  await a.watch("tx:k");
  await b.set("tx:k", "changed");
  const aborted = await a.multi().set("tx:k", "mine").exec();
  assert.equal(aborted, null);
  assert.equal(await a.get("tx:k"), "changed");
  await a.watch("tx:k");
  const ok = await a.multi().set("tx:k", "mine").exec();
  assert.deepEqual(ok, [[null, "OK"]]);
  await a.quit();
  await b.quit();
});

test("node-redis RESP3: subscriber receives pushes while the same client could run commands", async () => {
  const c = createClient({ url: `redis://127.0.0.1:${srv.port}`, RESP: 3 });
  c.on("error", () => {});
  await c.connect();
  const sub = c.duplicate();
  sub.on("error", () => {});
  await sub.connect();
  const got: string[] = [];
  await sub.subscribe("r3", (m, ch) => got.push(`${ch}:${m}`));
  await sub.pSubscribe("r*", (m, ch) => got.push(`p ${ch}:${m}`));
  assert.equal(await c.publish("r3", "one"), 2);
  await until(() => got.length === 2);
  assert.deepEqual(got.sort(), ["p r3:one", "r3:one"]);
  await sub.quit();
  await c.quit();
});

test("node-redis RESP3 client-side cache: hits until another client writes the key", async () => {
  const cache = new BasicClientSideCache({ ttl: 0, maxEntries: 0, evictPolicy: "LRU" });
  const c = createClient({ url: `redis://127.0.0.1:${srv.port}`, RESP: 3, clientSideCache: cache });
  c.on("error", () => {});
  await c.connect();
  const w = io();
  await w.set("csc:k", "v1");
  assert.equal(await c.get("csc:k"), "v1");
  assert.equal(await c.get("csc:k"), "v1");
  assert.equal(cache.stats().hitCount, 1);
  await w.set("csc:k", "v2");
  await until(async () => (await c.get("csc:k")) === "v2");
  assert.ok(cache.stats().missCount >= 2);
  await c.quit();
  await w.quit();
});

test("raw RESP3 tracking: CLIENT TRACKING ON, then an invalidation push after another client's write", async () => {
  const t = await RawClient.connect(srv.port);
  await t.call("HELLO", "3");
  assert.equal(await t.call("CLIENT", "TRACKING", "on"), "+OK\r\n");
  assert.equal(await t.call("GET", "raw:k"), "_\r\n");
  const w = await RawClient.connect(srv.port);
  assert.equal(await w.call("SET", "raw:k", "1"), "+OK\r\n");
  assert.equal(await t.reply(), ">2\r\n$10\r\ninvalidate\r\n*1\r\n$5\r\nraw:k\r\n");
  assert.equal(await w.call("FLUSHALL"), "+OK\r\n");
  assert.equal(await t.reply(), ">2\r\n$10\r\ninvalidate\r\n_\r\n");
  t.close();
  w.close();
});

test("a subscriber that never reads is dropped at the pubsub output buffer limit", async () => {
  const admin = await RawClient.connect(srv.port);
  assert.equal(await admin.call("CONFIG", "SET", "client-output-buffer-limit", "pubsub 256kb 0 0"), "+OK\r\n");
  const sock = net.connect(srv.port, "127.0.0.1");
  await new Promise<void>((r) => sock.once("connect", () => r()));
  let closed = false;
  sock.on("close", () => {
    closed = true;
  });
  sock.on("error", () => {});
  const subscribed = new Promise<void>((r) => sock.once("data", () => r()));
  sock.write("*2\r\n$9\r\nSUBSCRIBE\r\n$5\r\nflood\r\n");
  await subscribed;
  sock.pause(); // Stop reading: the kernel buffers fill, then the server's own buffer grows.
  const payload = "x".repeat(1024 * 1024);
  for (let i = 0; i < 200 && !closed; i++) {
    const r = await admin.call("PUBLISH", "flood", payload);
    if (r === ":0\r\n") break; // The subscriber is gone.
  }
  // The server forgets the client at once (its subscriptions are gone) and drops the socket with its
  // unsent bytes, even though the peer never reads them.
  assert.equal(await admin.call("PUBSUB", "NUMSUB", "flood"), "*2\r\n$5\r\nflood\r\n:0\r\n");
  assert.match(srv.output(), /output buffer limits/);
  // Reading again, the peer gets what the kernel already held, then the end of the connection.
  sock.resume();
  for (let i = 0; i < 250 && !closed; i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(closed, true);
  await admin.call("CONFIG", "SET", "client-output-buffer-limit", "pubsub 32mb 8mb 60");
  sock.destroy();
  admin.close();
});

test("CLIENT KILL closes a real connection", async () => {
  const victim = await RawClient.connect(srv.port);
  const id = (await victim.call("CLIENT", "ID"))!.slice(1, -2);
  const admin = await RawClient.connect(srv.port);
  assert.equal(await admin.call("CLIENT", "KILL", "ID", id), ":1\r\n");
  assert.equal(await victim.waitClosed(), true);
  admin.close();
});

// Bun's built-in client exists only under Bun, so this test is registered only there.
if (currentRuntime() === "bun") {
  test("Bun's RedisClient subscribes and receives messages", async () => {
    type BunClient = {
      connect(): Promise<void>;
      subscribe(ch: string, fn: (message: string, channel: string) => void): Promise<number>;
      unsubscribe(ch?: string): Promise<void>;
      send(cmd: string, args: string[]): Promise<unknown>;
      close(): void;
    };
    const RedisClient =
      (globalThis as unknown as { Bun: { RedisClient: new (url: string) => BunClient } }).Bun.RedisClient;
    const sub = new RedisClient(`redis://127.0.0.1:${srv.port}`);
    const pub = new RedisClient(`redis://127.0.0.1:${srv.port}`);
    const got: string[] = [];
    await sub.subscribe("bun:ch", (m, ch) => got.push(`${ch}:${m}`));
    assert.equal(await pub.send("PUBLISH", ["bun:ch", "hi"]), 1);
    await until(() => got.length === 1);
    assert.deepEqual(got, ["bun:ch:hi"]);
    await sub.unsubscribe("bun:ch");
    sub.close();
    pub.close();
  });
}
