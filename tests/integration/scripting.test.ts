/**
 * Scripts as libraries ship them: ioredis `defineCommand` (EVALSHA first, EVAL on NOSCRIPT) and
 * `redis-cli --eval`, against this runtime's server.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis as IORedis } from "ioredis";
import { startServer } from "../helpers/spawn.ts";
import type { Spawned } from "../helpers/spawn.ts";

let srv: Spawned;
before(async () => {
  srv = await startServer();
});
after(async () => {
  await srv.stop();
});

test("ioredis defineCommand runs a script by EVALSHA after loading it with EVAL", async () => {
  const r = new IORedis({ port: srv.port, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 1 });
  await r.connect();
  try {
    r.defineCommand("incrCapped", {
      numberOfKeys: 1,
      lua:
        "local v = redis.call('INCR', KEYS[1]) if v > tonumber(ARGV[1]) then return redis.error_reply('CAPPED') end return v",
    });
    const rr = r as unknown as { incrCapped(key: string, cap: number): Promise<number> };
    assert.equal(await rr.incrCapped("sc:n", 2), 1);
    assert.equal(await rr.incrCapped("sc:n", 2), 2);
    await assert.rejects(rr.incrCapped("sc:n", 2), /CAPPED/);
    assert.equal(await r.get("sc:n"), "3");
  } finally {
    r.disconnect();
  }
});

test("redis-cli --eval passes keys and arguments around the comma", () => {
  const dir = mkdtempSync(join(tmpdir(), "rl-eval-"));
  const file = join(dir, "s.lua");
  writeFileSync(file, "return {KEYS[1], ARGV[1]}");
  const out = execFileSync("redis-cli", ["-p", String(srv.port), "--eval", file, "k1", ",", "a1"], {
    encoding: "latin1",
  });
  assert.equal(out, "k1\na1\n");
});
