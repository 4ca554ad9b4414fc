/**
 * The test-framework recipes under examples/ run as a user would run them, each with its own runner on its
 * runtime: node:test, vitest and jest under Node, `bun test` under Bun, `deno test` under Deno. They import
 * the package by its name (`@redis-lite/server`), which resolves to this repository (Node and Bun through
 * package.json's exports and dist/, Deno through deno.json).
 */
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { currentRuntime } from "../helpers/spawn.ts";

const root = fileURLToPath(new URL("../../", import.meta.url)).replace(/dist-test\/$/, "");
const runtime = currentRuntime();

before(() => {
  // The package's name resolves to dist/ on Node and Bun: `npm test` builds it first, a lone run here.
  if (!fs.existsSync(path.join(root, "dist/mod.js"))) execFileSync("npm", ["run", "-s", "build"], { cwd: root });
});

/** Runs a recipe's test command from the repository root; fails with its output unless it exits 0. */
function runRecipe(tool: string, args: string[]): string {
  const cmd = tool === "node" ? process.execPath : path.join(root, "node_modules/.bin", tool);
  // NODE_TEST_CONTEXT would make a nested `node --test` think it runs inside this test and skip its files.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  const run = spawnSync(cmd, args, {
    cwd: root,
    encoding: "utf8",
    timeout: 180000,
    env: { ...env, CI: "1", NO_COLOR: "1" },
  });
  const output = `${run.stdout}${run.stderr}`;
  assert.equal(run.status, 0, output);
  return output;
}

if (runtime === "node") {
  test("the node:test recipe passes", () => {
    assert.match(runRecipe("node", ["--test", "examples/node-test/"]), /# pass 3\n# fail 0/);
  });

  test("the vitest recipe passes", () => {
    assert.match(runRecipe("vitest", ["run", "--root", "examples/vitest"]), /Tests\s+3 passed/);
  });

  test("the jest recipe (one server for the run, from globalSetup) passes", () => {
    const out = runRecipe("jest", ["--rootDir", "examples/jest", "--config", "examples/jest/jest.config.mjs"]);
    assert.match(out, /Tests:\s+2 passed, 2 total/);
  });
}

if (runtime === "bun") {
  test("the bun test recipe, with Bun's RedisClient, passes", () => {
    assert.match(runRecipe("bun", ["test", "examples/bun"]), /\s3 pass\n\s0 fail/);
  });
}

if (runtime === "deno") {
  test("the deno test recipe, with node-redis, passes", () => {
    assert.match(runRecipe("deno", ["test", "-A", "examples/deno"]), /ok \| 3 passed \| 0 failed/);
  });
}
