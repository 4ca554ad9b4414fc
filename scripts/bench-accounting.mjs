#!/usr/bin/env node
// What memory accounting costs (issue 14: "SET/GET with and without it: no more than 5% slower"). used_memory
// is kept by sizing each key as it is written (src/core/memory/size.ts); this runs scripts/bench-inprocess.mjs
// (the core in process, no sockets, CPU ns per command) with `--accounting-cost`: a server with accounting
// and one without (the benchmark-only Server option `memoryAccounting: false`) fed in alternating slices, so
// drift on a shared machine hits both alike; `--rounds` processes per runtime, and the medians of their ns per
// command and of their costs. In process because socket noise on this machine is larger than the 5% to see.
//
//   npm run build && node scripts/bench-accounting.mjs [--runtimes node,bun,deno] [--rounds 7] [--seconds 1]
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const runtimes = opt("--runtimes", "node,bun,deno").split(",");
const rounds = Number(opt("--rounds", "7"));
const seconds = opt("--seconds", "1");
const script = `${root}scripts/bench-inprocess.mjs`;
const commands = {
  node: [process.execPath, [script]],
  bun: [`${root}node_modules/.bin/bun`, [script]],
  deno: [`${root}node_modules/.bin/deno`, ["run", "-A", script]],
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(
  `| memory accounting's cost (in process, CPU ns/command, median of ${rounds} runs) | with accounting | without | cost |`,
);
console.log("|---|---|---|---|");
for (const runtime of runtimes) {
  const [cmd, argv] = commands[runtime];
  /** "SET -P 1" -> the ns per command of each round, with and without. */
  const samples = {};
  try {
    for (let r = 0; r < rounds; r++) {
      const out = execFileSync(cmd, [...argv, "--tests", "set,get", "--seconds", seconds, "--accounting-cost"], {
        encoding: "utf8",
        timeout: 300_000,
        stdio: ["ignore", "pipe", "inherit"],
      });
      for (const line of out.trim().split("\n")) {
        const row = JSON.parse(line);
        const s = samples[`${row.test.toUpperCase()} -P ${row.pipeline}`] ??= { with: [], without: [], cost: [] };
        s.with.push(row.nsWithAccounting);
        s.without.push(row.nsWithoutAccounting);
        s.cost.push(row.nsWithAccounting / row.nsWithoutAccounting - 1);
      }
    }
  } catch (e) {
    console.log(`| ${runtime} | failed: ${e.message} | | |`);
    continue;
  }
  for (const [label, s] of Object.entries(samples)) {
    console.log(
      `| ${runtime} ${label} | ${median(s.with)} | ${median(s.without)} | ${(median(s.cost) * 100).toFixed(1)}% |`,
    );
  }
}
