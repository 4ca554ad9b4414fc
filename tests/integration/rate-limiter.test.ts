/**
 * rate-limiter-flexible's RateLimiterRedis with ioredis against this runtime's server: its Lua script
 * counts points per key with a TTL, refuses past the limit and blocks for blockDuration; reward, penalty,
 * block, get and delete. Remaining times are checked against the window, not to the millisecond.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { Redis as IORedis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { startServer } from "../helpers/spawn.ts";
import type { Spawned } from "../helpers/spawn.ts";

let srv: Spawned;
before(async () => {
  srv = await startServer();
});
after(async () => {
  await srv.stop();
});

/** The rejection of a refused consume: a RateLimiterRes, not an Error. */
async function refused(p: Promise<unknown>): Promise<RateLimiterRes> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof RateLimiterRes, `rejected with ${e}`);
    return e;
  }
  assert.fail("not refused");
}

test("RateLimiterRedis consumes points, refuses past the limit, blocks, rewards and penalises", async () => {
  const r = new IORedis({ port: srv.port, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 1 });
  await r.connect();
  try {
    const limiter = new RateLimiterRedis({
      storeClient: r,
      keyPrefix: "rl",
      points: 3,
      duration: 60,
      blockDuration: 120,
    });
    const first = await limiter.consume("u1");
    assert.equal(first.remainingPoints, 2);
    assert.equal(first.consumedPoints, 1);
    assert.equal(first.isFirstInDuration, true);
    assert.ok(first.msBeforeNext > 59_000 && first.msBeforeNext <= 60_000);
    const second = await limiter.consume("u1", 2);
    assert.equal(second.remainingPoints, 0);
    assert.equal(second.consumedPoints, 3);
    assert.equal(second.isFirstInDuration, false);
    // Past the limit: refused, and the key is blocked for blockDuration.
    const over = await refused(limiter.consume("u1"));
    assert.equal(over.consumedPoints, 4);
    assert.ok(over.msBeforeNext > 119_000 && over.msBeforeNext <= 120_000);
    const pttl = await r.pttl("rl:u1");
    assert.ok(pttl > 119_000 && pttl <= 120_000, `pttl ${pttl}`);
    const got = await limiter.get("u1");
    assert.equal(got?.consumedPoints, 4);
    assert.equal(await limiter.get("nobody"), null);

    const rewarded = await limiter.reward("u2", 1);
    assert.equal(rewarded.consumedPoints, -1);
    assert.equal(rewarded.remainingPoints, 4);
    const penalised = await limiter.penalty("u2", 2);
    assert.equal(penalised.consumedPoints, 1);
    assert.equal(penalised.remainingPoints, 2);

    const blocked = await limiter.block("u3", 5);
    assert.equal(blocked.consumedPoints, 4);
    assert.ok(blocked.msBeforeNext > 4_000 && blocked.msBeforeNext <= 5_000);
    const stillBlocked = await refused(limiter.consume("u3"));
    assert.equal(stillBlocked.consumedPoints, 5);

    assert.equal(await limiter.delete("u1"), true);
    assert.equal(await limiter.delete("u1"), false);
    assert.equal((await limiter.consume("u1")).consumedPoints, 1);
  } finally {
    r.disconnect();
  }
});
