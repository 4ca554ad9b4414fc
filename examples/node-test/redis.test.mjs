// node:test + ioredis: one server for the file, on a free port, closed after.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { Redis } from "ioredis";
import { start } from "@redis-lite/server";

let redis;
let client;
before(async () => {
  redis = await start({ port: 0 });
  client = new Redis(redis.port, redis.host);
});
after(async () => {
  await client.quit();
  await redis.close();
});

test("reads what the test seeded through the direct API", async () => {
  redis.server.hset("user:1", { name: "Ada" });
  assert.equal(await client.hget("user:1", "name"), "Ada");
});

test("a key expires when the test moves the clock", async () => {
  await client.set("session", "abc", "EX", 60);
  redis.server.fastForward(60_000);
  assert.equal(await client.get("session"), null);
});

test("an injected error reaches the client", async () => {
  redis.server.injectFault({ command: "GET", times: 1, error: "LOADING Redis is loading the dataset in memory" });
  await assert.rejects(client.get("k"), /LOADING/);
  assert.equal(await client.get("k"), null);
});
