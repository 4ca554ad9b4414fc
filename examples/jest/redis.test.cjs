// jest + node-redis against the server global-setup.mjs started (REDIS_URL).
const { createClient } = require("redis");

let client;
beforeAll(async () => {
  client = createClient({ url: process.env.REDIS_URL });
  await client.connect();
});
afterAll(async () => {
  await client.quit();
});

test("SET then GET", async () => {
  await client.set("greeting", "hello");
  expect(await client.get("greeting")).toBe("hello");
});

test("a counter counts", async () => {
  await client.del("visits");
  await client.incr("visits");
  expect(await client.incr("visits")).toBe(2);
});
