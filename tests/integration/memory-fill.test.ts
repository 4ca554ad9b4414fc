/**
 * Filling the server until it refuses: with a small heap the runtime would abort at its limit, so the heap
 * guard must refuse writes with -OOM first, stay up, and keep every key it acknowledged. With maxmemory set,
 * eviction keeps used_memory at the limit under a write load.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { currentRuntime, RawClient, startServer } from "../helpers/spawn.ts";
import type { Launch, Spawned } from "../helpers/spawn.ts";
import { encodeCommand } from "../helpers/resp.ts";
import { ERR_OOM } from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

/** A small heap on each runtime: V8's old space on Node and Deno, the resident-set budget on Bun. */
const SMALL_HEAP: Record<string, Launch> = {
  node: { runtimeFlags: ["--max-old-space-size=64"] },
  deno: { runtimeFlags: ["--v8-flags=--max-old-space-size=64"] },
  bun: { env: { REDIS_LITE_HEAP_LIMIT: "192m" } },
};

const BATCH = 500;
const value = (i: number) => `${i}:${"x".repeat(1000)}`;

let srv: Spawned;
let client: RawClient;
before(async () => {
  srv = await startServer([], currentRuntime(), SMALL_HEAP[currentRuntime()]);
  client = await RawClient.connect(srv.port);
});
after(async () => {
  client.close();
  await srv.stop();
});

test("a server filled past its heap refuses writes with -OOM, stays up and loses no acknowledged key", async () => {
  const acked: number[] = [];
  let refusals = 0;
  // Fill until the first refusal, then keep writing for a while: the pressure must not kill it either.
  let extra = 10;
  for (let batch = 0; extra > 0 && batch < 2000; batch++) {
    let chunk = "";
    for (let j = 0; j < BATCH; j++) {
      const i = batch * BATCH + j;
      chunk += encodeCommand(["SET", `fill:${i}`, value(i)]);
    }
    client.write(chunk);
    for (let j = 0; j < BATCH; j++) {
      const r = await client.reply(60_000);
      if (r === "+OK\r\n") acked.push(batch * BATCH + j);
      else {
        assert.equal(r, errorReply(ERR_OOM));
        refusals++;
      }
    }
    if (refusals > 0) extra--;
  }
  assert.ok(refusals > 0, "the server refused writes before the runtime's heap ran out");
  assert.equal(await client.call("PING"), "+PONG\r\n");
  assert.equal(await client.call("DBSIZE"), `:${acked.length}\r\n`);
  for (const i of [acked[0], acked[acked.length >> 1], acked[acked.length - 1]]) {
    const v = value(i);
    assert.equal(await client.call("GET", `fill:${i}`), `$${v.length}\r\n${v}\r\n`);
  }
  assert.match(srv.output(), /Refusing write commands with -OOM: the JavaScript heap holds/);
});

const POLICIES = [
  "allkeys-lru",
  "allkeys-lfu",
  "allkeys-random",
  "volatile-lru",
  "volatile-lfu",
  "volatile-random",
  "volatile-ttl",
];

function infoField(text: string, field: string): number {
  const m = new RegExp(`\\r\\n${field}:(\\d+)\\r\\n`).exec(text);
  assert.ok(m !== null, `INFO has ${field}`);
  return Number(m[1]);
}

test("under a write load each eviction policy keeps used_memory within 5% of maxmemory", async () => {
  const other = await startServer(["--maxmemory", "2mb"]);
  const c = await RawClient.connect(other.port);
  try {
    const maxmemory = 2 * 1024 * 1024;
    for (const policy of POLICIES) {
      assert.equal(await c.call("FLUSHALL"), "+OK\r\n");
      assert.equal(await c.call("CONFIG", "SET", "maxmemory-policy", policy), "+OK\r\n");
      let peak = 0;
      for (let batch = 0; batch < 24; batch++) {
        let chunk = "";
        for (let j = 0; j < BATCH; j++) {
          chunk += encodeCommand(["SET", `${policy}:${batch}:${j}`, "v".repeat(100), "EX", "3600"]);
        }
        c.write(chunk);
        for (let j = 0; j < BATCH; j++) assert.equal(await c.reply(60_000), "+OK\r\n", policy);
        peak = Math.max(peak, infoField((await c.call("INFO", "memory"))!, "used_memory"));
      }
      assert.ok(peak <= maxmemory * 1.05, `${policy}: used_memory peaked at ${peak}`);
      assert.ok(peak >= maxmemory * 0.9, `${policy}: used_memory only reached ${peak}`);
      assert.ok(infoField((await c.call("INFO", "stats"))!, "evicted_keys") > 0, policy);
    }
    // noeviction refuses instead, keeping what it has.
    assert.equal(await c.call("CONFIG", "SET", "maxmemory-policy", "noeviction"), "+OK\r\n");
    // The check comes before a command: the write that crosses the limit passes, the next one is refused.
    let reply: string | null = "+OK\r\n";
    for (let i = 0; i < 100 && reply === "+OK\r\n"; i++) reply = await c.call("SET", `big:${i}`, "v".repeat(100_000));
    assert.equal(reply, errorReply(ERR_OOM));
    const keys = await c.call("DBSIZE");
    assert.equal(await c.call("SET", "one-more", "v"), errorReply(ERR_OOM));
    assert.equal(await c.call("DBSIZE"), keys);
  } finally {
    c.close();
    await other.stop();
  }
});
