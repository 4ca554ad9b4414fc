#!/usr/bin/env node
// Differential campaign against redis-server 7.0.15: builds the server and the tests, then runs
// dist-test/tests/differential/cli.js with the given flags, e.g.
//   node scripts/difftest.mjs --seed 1 --count 5000 --seeds 20 [--cases]
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = `${root}node_modules/.bin/tsc`;
execFileSync(tsc, ["-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
// The test build may report type errors in files being edited elsewhere; it still emits.
spawnSync(tsc, ["-p", "tsconfig.test.json"], { cwd: root, stdio: "ignore" });
const r = spawnSync(process.execPath, [`${root}dist-test/tests/differential/cli.js`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
process.exit(r.status ?? 1);
