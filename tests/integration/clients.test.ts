/**
 * A new user's session with each real client against this runtime's server: connect (with each client's own
 * handshake), SET/GET, a pipeline, expiry, quit. redis-cli and redis-benchmark come from Debian's
 * redis-tools; ioredis and node-redis from npm; Bun's RedisClient only under Bun.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { Redis as IORedis } from "ioredis";
import { createClient } from "redis";
import { currentRuntime, RawClient, startServer, until } from "../helpers/spawn.ts";
import type { Spawned } from "../helpers/spawn.ts";
import { errRequest } from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

let srv: Spawned;
before(async () => {
  srv = await startServer();
});
after(async () => {
  await srv.stop();
});

function cli(...args: string[]): string {
  return execFileSync("redis-cli", ["-p", String(srv.port), ...args], { encoding: "latin1" });
}

test("redis-cli one-shot commands, RESP3 mode and a db switch", () => {
  assert.equal(cli("SET", "cli:k", "hello"), "OK\n");
  assert.equal(cli("GET", "cli:k"), "hello\n");
  assert.equal(cli("-n", "2", "SET", "cli:n", "x"), "OK\n");
  assert.equal(cli("-n", "2", "GET", "cli:n"), "x\n");
  assert.equal(cli("-3", "GET", "cli:none"), "\n"); // redis-cli prints nil as an empty line when not on a TTY
  assert.equal(cli("-3", "GET", "cli:k"), "hello\n");
  assert.equal(cli("INCR", "cli:c"), "1\n");
});

test("redis-cli reads commands piped on stdin, and --pipe mass insertion ends cleanly", () => {
  const out = execFileSync("redis-cli", ["-p", String(srv.port)], {
    input: "SET pipe:a 1\nINCR pipe:a\nGET pipe:a\n",
    encoding: "latin1",
  });
  assert.equal(out, "OK\n2\n2\n");
  let proto = "";
  for (let i = 0; i < 1000; i++) proto += `*3\r\n$3\r\nSET\r\n$${`mass:${i}`.length}\r\nmass:${i}\r\n$1\r\nv\r\n`;
  const res = execFileSync("redis-cli", ["-p", String(srv.port), "--pipe"], { input: proto, encoding: "latin1" });
  assert.match(res, /errors: 0, replies: 1000/);
});

test("ioredis: ready check, SET/GET, pipeline, MULTI-free expiry, quit", async () => {
  const r = new IORedis({ port: srv.port, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 1 });
  await r.connect();
  assert.equal(await r.set("io:k", "v"), "OK");
  assert.equal(await r.get("io:k"), "v");
  const res = await r.pipeline().set("io:p", "1").incr("io:p").get("io:p").exec();
  assert.deepEqual(res, [[null, "OK"], [null, 2], [null, "2"]]);
  assert.equal(await r.set("io:e", "v", "PX", 1000), "OK");
  assert.ok((await r.pttl("io:e")) > 0);
  assert.equal(await until(async () => (await r.get("io:e")) === null), true);
  assert.equal(await r.quit(), "OK");
});

test("node-redis: RESP3 handshake, SET/GET, auto-pipelining, expiry, quit", async () => {
  const c = createClient({ url: `redis://127.0.0.1:${srv.port}`, RESP: 3 });
  c.on("error", () => {});
  await c.connect();
  assert.equal(await c.set("nr:k", "v"), "OK");
  assert.equal(await c.get("nr:k"), "v");
  const [a, b, d] = await Promise.all([c.set("nr:p", "1"), c.incr("nr:p"), c.get("nr:p")]);
  assert.deepEqual([a, b, d], ["OK", 2, "2"]);
  await c.set("nr:e", "v", { PX: 50 });
  assert.equal(await until(async () => (await c.get("nr:e")) === null), true);
  assert.equal(await c.exists("nr:k"), 1);
  await c.quit();
});

// Bun's built-in client exists only under Bun, so this test is registered only there.
if (currentRuntime() === "bun") {
  test("Bun's RedisClient connects with HELLO 3 and runs commands", async () => {
    const RedisClient = (globalThis as unknown as {
      Bun: {
        RedisClient: new (
          url: string,
        ) => {
          set(k: string, v: string): Promise<string>;
          get(k: string): Promise<string | null>;
          incr(k: string): Promise<number>;
          expire(k: string, s: number): Promise<number>;
          ttl(k: string): Promise<number>;
          close(): void;
        };
      };
    }).Bun.RedisClient;
    const c = new RedisClient(`redis://127.0.0.1:${srv.port}`);
    assert.equal(await c.set("bun:k", "v"), "OK");
    assert.equal(await c.get("bun:k"), "v");
    assert.equal(await c.incr("bun:n"), 1);
    assert.equal(await c.expire("bun:k", 100), 1);
    assert.equal(await c.ttl("bun:k"), 100);
    c.close();
  });
}

test("the server exits cleanly on SIGTERM", async () => {
  const s = await startServer();
  const code = await new Promise<number | null>((res) => {
    s.proc.once("exit", (c) => res(c));
    s.proc.kill("SIGTERM");
  });
  assert.match(s.output(), /Redis is now ready to exit, bye bye/);
  // Deno's node:child_process reports a child that exited with 0 after SIGTERM as killed by the signal,
  // so the exit status is only checked where the runtime reports it.
  if (currentRuntime() !== "deno") assert.equal(code, 0);
});

test("a protocol error closes that connection only; others keep working", async () => {
  const bad = await RawClient.connect(srv.port);
  const good = await RawClient.connect(srv.port);
  bad.write("*1\r\n$abc\r\n");
  assert.equal(await bad.reply(), errorReply(errRequest("Protocol error: invalid bulk length")));
  assert.equal(await bad.waitClosed(), true);
  assert.equal(await good.call("PING"), "+PONG\r\n");
  good.close();
});

test("a client that never reads its replies does not make the server buffer without bound", async () => {
  const slow = await RawClient.connect(srv.port);
  const value = "x".repeat(100_000);
  assert.equal(await slow.call("SET", "big", value), "+OK\r\n");
  // Stop reading: pause the socket and pipeline many GETs of a 100 KB value (about 200 MB of replies).
  (slow as unknown as { sock: { pause(): void } }).sock.pause();
  let req = "";
  for (let i = 0; i < 100; i++) req += "*2\r\n$3\r\nGET\r\n$3\r\nbig\r\n";
  for (let i = 0; i < 20; i++) slow.write(req);
  await new Promise((res) => setTimeout(res, 500));
  const other = await RawClient.connect(srv.port);
  assert.equal(await other.call("PING"), "+PONG\r\n");
  const list = (await other.call("CLIENT", "LIST"))!;
  const omems = [...list.matchAll(/omem=(\d+)/g)].map((m) => Number(m[1]));
  // Reading stops once about 1 MB is queued, so the queue stays near that (well under the 200 MB asked for).
  assert.ok(Math.max(...omems) < 16 * 1024 * 1024, `omem ${Math.max(...omems)}`);
  slow.close();
  other.close();
});
