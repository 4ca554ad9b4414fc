/**
 * The command table against redis-server 7.0.15: COMMAND INFO and COMMAND DOCS of every command and subcommand
 * this server implements, rebuilt from the generated rows (src/core/commands/rows.ts, docs.ts), must be Redis's
 * own bytes in RESP2 and RESP3; COMMAND LIST FILTERBY ACLCAT must pick the same commands for every category.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { formatMismatch, Harness } from "./runner.ts";
import type { DiffCase } from "./types.ts";
import { ACL_CATEGORIES } from "../../src/core/commands/table.ts";

/** CLIENT SETINFO comes from Redis 7.2: redis-server 7.0.15 has no row to compare it with. */
const NOT_IN_REDIS_7_0 = new Set(["client|setinfo"]);

// Redis's categories (the table's own list; redis-server answers for each), and one it does not have.
const CATEGORIES = [...ACL_CATEGORIES, "nosuch"];

let h: Harness;
let names: string[];
let implemented: Set<string>;
before(async () => {
  h = await Harness.start();
  implemented = await h.liteCommands();
  const all = [...implemented];
  // A container lists only the subcommands implemented here, so it is compared through its subcommands.
  const containers = new Set(all.filter((n) => n.includes("|")).map((n) => n.slice(0, n.indexOf("|"))));
  names = all.filter((n) => !containers.has(n) && !NOT_IN_REDIS_7_0.has(n)).sort();
});
after(async () => {
  await h?.stop();
});

async function check(c: DiffCase): Promise<void> {
  const m = await h.runCase(c);
  if (m) assert.fail(formatMismatch(m));
}

for (const resp3 of [false, true]) {
  const proto = resp3 ? "RESP3" : "RESP2";
  test(`COMMAND INFO of every implemented command and subcommand is Redis's, in ${proto}`, async () => {
    assert.ok(names.length > 150, `only ${names.length} commands listed`);
    await check({ name: `COMMAND INFO, ${proto}`, resp3, steps: names.map((n) => ["COMMAND", "INFO", n]) });
  });

  test(`COMMAND DOCS of every implemented command and subcommand is Redis's, in ${proto}`, async () => {
    await check({ name: `COMMAND DOCS, ${proto}`, resp3, steps: names.map((n) => ["COMMAND", "DOCS", n]) });
  });
}

test("COMMAND LIST FILTERBY ACLCAT picks Redis's commands for every category", async () => {
  for (const cat of CATEGORIES) {
    const [redis, lite] = await Promise.all(
      [0, 1].map((side) => h.adminCall(side, ["COMMAND", "LIST", "FILTERBY", "ACLCAT", cat])),
    );
    assert.ok(redis !== null && lite !== null);
    const members = (r: string) => r.split("\r\n").filter((l, i) => i % 2 === 0 && i > 0 && l !== "").sort();
    const expected = members(redis).filter((n) => implemented.has(n));
    assert.deepEqual(members(lite).filter((n) => !NOT_IN_REDIS_7_0.has(n)), expected, `@${cat}`);
  }
});

test("Client tracking remembers the keys COMMAND GETKEYS finds, movable ones included (SORT_RO, ZUNION, SINTERCARD)", async () => {
  const written = (key: string) => [{ cmd: ["SET", key, "1"], conn: 1 }, { read: true }];
  await check({
    name: "tracking and key extraction",
    resp3: true,
    steps: [
      ["CLIENT", "TRACKING", "on"],
      ["COMMAND", "GETKEYS", "SORT_RO", "l", "BY", "w*"],
      ["SORT_RO", "l", "BY", "w*"],
      ["ZUNION", "2", "z1", "z2"],
      ["SINTERCARD", "2", "s1", "s2", "LIMIT", "1"],
      ["MGET", "m1", "m2"],
      ["ZRANGE", "r", "0", "-1"],
      ...written("l"),
      ...written("z2"),
      ...written("s1"),
      ...written("m2"),
      ...written("r"),
      ["PING"],
    ],
  });
});
