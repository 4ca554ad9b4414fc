// bun test + Bun's own RedisClient: one server for the file, on a free port, closed after.
import { afterAll, beforeAll, expect, test } from "bun:test";
import { RedisClient } from "bun";
import { start } from "@redis-lite/server";
import type { RunningServer } from "@redis-lite/server";

let redis: RunningServer;
let client: RedisClient;
beforeAll(async () => {
  redis = await start({ port: 0 });
  client = new RedisClient(redis.url);
  await client.connect();
});
afterAll(async () => {
  client.close();
  await redis.close();
});

test("reads what the test seeded through the direct API", async () => {
  redis.server.set("greeting", "hello");
  expect(await client.get("greeting")).toBe("hello");
});

test("a key expires when the test moves the clock", async () => {
  await client.set("session", "abc");
  await client.expire("session", 60);
  redis.server.fastForward(60_000);
  expect(await client.exists("session")).toBe(false);
});

test("an injected error reaches the client", async () => {
  redis.server.injectFault({ command: "INCR", times: 1, error: "ERR injected" });
  await expect(client.incr("n")).rejects.toThrow("ERR injected");
  expect(await client.incr("n")).toBe(1);
});
