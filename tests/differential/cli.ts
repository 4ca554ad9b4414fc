/**
 * Longer differential campaigns from the command line:
 *
 *   node dist-test/tests/differential/cli.js --seed 1 --count 2000 [--seeds 50] [--cases]
 *   npx bun tests/differential/cli.ts --seed 1 --count 2000
 *
 * --seed N     first seed (default 1)       --count M  commands per sequence (default 1000)
 * --seeds K    how many consecutive seeds (default 1)
 * --cases      also run every scripted case file (all families)
 * --resp3      everything after HELLO 3 (scripted cases whatever they ask for, and generated sequences)
 *
 * A mismatch is minimised and printed as a case to paste into tests/differential/cases/<family>.ts.
 * Exits 1 when anything differed.
 */
import process from "node:process";
import { caseSource, formatMismatch, Harness } from "./runner.ts";
import { runGenerated } from "./generator.ts";
import { loadCaseFiles } from "./load.ts";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<number> {
  const seed = flag("seed", 1);
  const count = flag("count", 1000);
  const seeds = flag("seeds", 1);
  const h = await Harness.start();
  let failures = 0;
  try {
    if (process.argv.includes("--cases")) {
      for (const f of await loadCaseFiles()) {
        for (const c of f.cases) {
          const m = await h.runCase(process.argv.includes("--resp3") ? { ...c, resp3: true } : c);
          if (m) {
            failures++;
            console.log(`FAIL ${f.family}: ${formatMismatch(m)}\n`);
          }
        }
      }
    }
    for (let s = seed; s < seed + seeds; s++) {
      const started = Date.now();
      const r = await runGenerated(h, s, count, process.argv.includes("--resp3"));
      if (!r) {
        console.log(`seed ${s}: ${count} commands agree (${Date.now() - started} ms)`);
        continue;
      }
      failures++;
      console.log(`seed ${s}: MISMATCH\n${formatMismatch(r.mismatch)}\n`);
      console.log(`minimised to ${r.minimal.steps.length} steps:\n${formatMismatch(r.minimalMismatch)}\n`);
      console.log(`replayable case:\n${caseSource(r.minimal)}\n`);
    }
  } finally {
    await h.stop();
  }
  return failures ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e);
  process.exit(2);
});
