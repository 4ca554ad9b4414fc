/**
 * Generated command sequences against redis-server 7.0.15: a fixed set of seeds, a few thousand commands in
 * all on Node (a smaller smoke run under Bun and Deno). A failure prints the minimised sequence as a case.
 * Longer campaigns: `node dist-test/tests/differential/cli.js --seed N --count M --seeds K`.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { currentRuntime } from "../helpers/spawn.ts";
import { caseSource, formatMismatch, Harness } from "./runner.ts";
import { runGenerated, usableTemplates } from "./generator.ts";

const full = currentRuntime() === "node";
const SEEDS = full ? [1, 2, 3, 4, 5, 6, 7, 8] : [1, 2];
const COUNT = full ? 500 : 250;

let h: Harness;
before(async () => {
  h = await Harness.start();
});
after(async () => {
  await h?.stop();
});

test("the generator finds commands it can use on this server", async () => {
  assert.ok(usableTemplates(await h.liteCommands()).length >= 5);
});

for (const seed of SEEDS) {
  // Every other seed runs after HELLO 3, so the RESP3 forms of every reply are compared too.
  const resp3 = seed % 2 === 0;
  test(`generated sequence, seed ${seed}, ${COUNT} commands${resp3 ? ", RESP3" : ""}`, async () => {
    const r = await runGenerated(h, seed, COUNT, resp3);
    if (r) {
      assert.fail(
        `${formatMismatch(r.mismatch)}\n\nminimised:\n${formatMismatch(r.minimalMismatch)}\n\n${caseSource(r.minimal)}`,
      );
    }
  });
}
