/**
 * Every scripted differential case, one test each, against redis-server 7.0.15. Under Node all families run
 * against dist/node.js; under Bun and Deno a smoke subset runs against that runtime's own shim.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { currentRuntime } from "../helpers/spawn.ts";
import { loadCaseFiles } from "./load.ts";
import { formatMismatch, Harness } from "./runner.ts";

const SMOKE = new Set(["connection", "server", "string"]);
const files = await loadCaseFiles(currentRuntime() === "node" ? undefined : SMOKE);

let h: Harness;
before(async () => {
  h = await Harness.start();
});
after(async () => {
  await h?.stop();
});

for (const f of files) {
  for (const c of f.cases) {
    test(`${f.family}: ${c.name}`, async () => {
      let m = await h.runCase(c);
      // A case that orders clients by sleeping (a blocked client, then the push that serves it) can lose the
      // race on a loaded machine: it runs once more, and a difference that repeats is real.
      if (m && c.steps.some((s) => typeof s === "object" && !Array.isArray(s) && s.sleepMs)) m = await h.runCase(c);
      if (m) assert.fail(formatMismatch(m));
    });
  }
}
