import { start } from "@redis-lite/server";

export default async function globalSetup() {
  const redis = await start({ port: 0 });
  // Test files run in other contexts (workers): they find the server by its URL.
  process.env.REDIS_URL = redis.url;
  globalThis.__REDIS__ = redis;
}
