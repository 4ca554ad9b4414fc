/**
 * ACL users through real clients against this runtime's server: ioredis and node-redis authenticate with a
 * username (node-redis with HELLO AUTH under RESP3), see themselves in ACL WHOAMI, and meet NOPERM where the
 * user's rules end; redis-cli's --user/--pass.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { Redis as IORedis } from "ioredis";
import { createClient } from "redis";
import { startServer } from "../helpers/spawn.ts";
import type { Spawned } from "../helpers/spawn.ts";

let srv: Spawned;
before(async () => {
  // The user comes from a `user` directive, as in redis.conf.
  srv = await startServer(["--user", "app on >apppw ~app:* +@all -@dangerous"]);
});
after(async () => {
  await srv.stop();
});

test("ioredis authenticates with a username and meets the user's key patterns", async () => {
  const r = new IORedis({
    port: srv.port,
    host: "127.0.0.1",
    username: "app",
    password: "apppw",
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  try {
    await r.connect();
    assert.equal(await r.call("ACL", "WHOAMI"), "app");
    assert.equal(await r.set("app:k", "v"), "OK");
    assert.equal(await r.get("app:k"), "v");
    await assert.rejects(r.get("other"), /^ReplyError: NOPERM this user has no permissions to access one of the keys/);
    await assert.rejects(r.flushall(), /NOPERM this user has no permissions to run the 'flushall' command/);
  } finally {
    r.disconnect();
  }
});

test("ioredis AUTH with a wrong password gets WRONGPASS, then the right one switches user", async () => {
  const r = new IORedis({ port: srv.port, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await r.connect();
    assert.equal(await r.call("ACL", "WHOAMI"), "default");
    await assert.rejects(r.auth("app", "nope"), /WRONGPASS invalid username-password pair or user is disabled\./);
    assert.equal(await r.auth("app", "apppw"), "OK");
    assert.equal(await r.call("ACL", "WHOAMI"), "app");
  } finally {
    r.disconnect();
  }
});

test("node-redis authenticates with HELLO 3 AUTH and reads ACL GETUSER", async () => {
  const c = createClient({ url: `redis://app:apppw@127.0.0.1:${srv.port}`, RESP: 3 });
  c.on("error", () => {});
  await c.connect();
  try {
    assert.equal(await c.sendCommand(["ACL", "WHOAMI"]), "app");
    assert.equal(await c.set("app:n", "1"), "OK");
  } finally {
    await c.quit();
  }
  const admin = createClient({ url: `redis://127.0.0.1:${srv.port}` });
  admin.on("error", () => {});
  await admin.connect();
  try {
    const user = await admin.aclGetUser("app");
    assert.deepEqual(user?.flags, ["on"]);
    assert.equal(user?.keys, "~app:*");
  } finally {
    await admin.quit();
  }
});

test("redis-cli --user --pass", () => {
  const out = execFileSync(
    "redis-cli",
    ["-p", String(srv.port), "--user", "app", "--pass", "apppw", "--no-auth-warning", "ACL", "WHOAMI"],
    { encoding: "latin1" },
  );
  assert.equal(out, "app\n");
});
