// deno test + node-redis (`deno add npm:redis`): a server per test, on a free port, closed in `finally`.
import { assertEquals, assertRejects } from "./assert.ts";
import { createClient } from "redis";
import { start } from "@redis-lite/server/deno";
import type { RunningServer } from "@redis-lite/server/deno";

const connect = (url: string) => createClient({ url });

async function withRedis(fn: (redis: RunningServer, client: ReturnType<typeof connect>) => Promise<void>) {
  const redis = await start({ port: 0 });
  const client = connect(redis.url);
  try {
    await client.connect();
    await fn(redis, client);
  } finally {
    await client.quit();
    await redis.close();
  }
}

Deno.test("reads what the test seeded through the direct API", () =>
  withRedis(async (redis, client) => {
    redis.server.lpush("queue", "job-1");
    assertEquals(await client.rPop("queue"), "job-1");
  }));

Deno.test("a key expires when the test moves the clock", () =>
  withRedis(async (redis, client) => {
    await client.set("session", "abc", { EX: 60 });
    redis.server.fastForward(60_000);
    assertEquals(await client.get("session"), null);
  }));

Deno.test("an injected error reaches the client", () =>
  withRedis(async (redis, client) => {
    redis.server.injectFault({ command: "GET", times: 1, error: "ERR injected" });
    await assertRejects(() => client.get("k"), Error, "ERR injected");
    assertEquals(await client.get("k"), null);
  }));
