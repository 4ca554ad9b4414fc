// vitest + ioredis: one server for the file, on a free port, closed after.
import { afterAll, beforeAll, expect, test } from "vitest";
import { Redis } from "ioredis";
import { start } from "@redis-lite/server";
import type { RunningServer } from "@redis-lite/server";

let redis: RunningServer;
let client: Redis;
beforeAll(async () => {
  redis = await start({ port: 0 });
  client = new Redis(redis.url);
});
afterAll(async () => {
  await client.quit();
  await redis.close();
});

test("reads what the test seeded through the direct API", async () => {
  redis.server.sadd("tags", "a", "b");
  expect((await client.smembers("tags")).sort()).toEqual(["a", "b"]);
});

test("a blocked client times out when the test moves the clock", async () => {
  const waiting = client.duplicate();
  const popped = waiting.blpop("jobs", 30);
  await expect.poll(() => redis.server.blocking.blockedClients).toBe(1);
  redis.server.fastForward(30_000);
  expect(await popped).toBeNull();
  await waiting.quit();
});

test("a dropped connection is seen by the client", async () => {
  const fragile = new Redis(redis.url, { maxRetriesPerRequest: 0, retryStrategy: () => null });
  await fragile.ping();
  redis.server.injectFault({ command: "GET", times: 1, drop: true });
  await expect(fragile.get("k")).rejects.toThrow();
  fragile.disconnect();
});
