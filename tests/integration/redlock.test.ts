/**
 * redlock (4.x) with ioredis against this runtime's server: its Lua scripts acquire, extend and release a
 * lock only for the holder's value, and a second lock on the same resource waits its turn.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { Redis as IORedis } from "ioredis";
import { startServer } from "../helpers/spawn.ts";
import type { Spawned } from "../helpers/spawn.ts";

/** The part of redlock 4's API used here (the package ships no types). */
interface Lock {
  resource: string;
  value: string;
  unlock(): Promise<void>;
  extend(ttl: number): Promise<Lock>;
}
interface Redlock {
  lock(resource: string, ttl: number): Promise<Lock>;
}
type RedlockClass = new (clients: unknown[], options: { retryCount: number; retryDelay: number }) => Redlock;
const Redlock = createRequire(import.meta.url)("redlock") as RedlockClass;

let srv: Spawned;
before(async () => {
  srv = await startServer();
});
after(async () => {
  await srv.stop();
});

test("redlock acquires, extends and releases a lock; a second lock on the resource is refused meanwhile", async () => {
  const r = new IORedis({ port: srv.port, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 1 });
  await r.connect();
  try {
    const redlock = new Redlock([r], { retryCount: 2, retryDelay: 20 });
    const lock = await redlock.lock("locks:a", 10_000);
    assert.equal(await r.get("locks:a"), lock.value);
    const ttl = await r.pttl("locks:a");
    assert.ok(ttl > 0 && ttl <= 10_000, `pttl ${ttl}`);
    await assert.rejects(redlock.lock("locks:a", 10_000), /Exceeded 2 attempts to lock the resource "locks:a"/);
    const extended = await lock.extend(60_000);
    assert.ok((await r.pttl("locks:a")) > 10_000);
    assert.equal(extended.value, lock.value);
    await extended.unlock();
    assert.equal(await r.exists("locks:a"), 0);
    const again = await redlock.lock("locks:a", 10_000);
    assert.notEqual(again.value, lock.value);
    await again.unlock();
    assert.equal(await r.exists("locks:a"), 0);
    // Taken over by someone else: the scripts neither extend nor release a lock that is not the holder's.
    const lost = await redlock.lock("locks:b", 10_000);
    await r.set("locks:b", "someone-else");
    await assert.rejects(lost.extend(10_000), /Exceeded 2 attempts to lock the resource "locks:b"/);
    await assert.rejects(lost.unlock(), /Unable to fully release the lock on resource "locks:b"/);
    assert.equal(await r.get("locks:b"), "someone-else");
  } finally {
    r.disconnect();
  }
});
