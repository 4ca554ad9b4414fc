#!/usr/bin/env node
// What memory accounting costs (issue 14: "SET/GET with and without it: no more than 5% slower"). used_memory
// is kept by sizing each key as it is written (src/core/memory/size.ts, src/core/keyspace/db.ts); "without" is
// a server built with the benchmark-only option `memoryAccounting: false`, whose keyspace sizes nothing and
// keeps no per-key sizes or sums.
//
// Method: scripts/bench-inprocess.mjs --accounting-cost (the core in process, no sockets, CPU ns per command):
// three servers in one process, A with accounting, B without, C with it again (the A/A control), each on its
// own copy of the code so no JIT-compiled function sees two configurations; fed in turn in 0.05 s slices of
// CPU time, every order of the three in turn (each follows each other as often), so drift on a shared machine
// hits the three alike. Each process gives per test the medians of its per-round ratios, cost = A / B - 1 and
// control = C / A - 1. This runs `--rounds` processes per runtime and prints the medians over them, and the
// largest control seen: a cost is only meaningful next to the control, which is the method's own noise.
//
//   npm run build && node scripts/bench-accounting.mjs [--runtimes node,bun,deno] [--rounds 9] [--seconds 0.5]
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const runtimes = opt("--runtimes", "node,bun,deno").split(",");
const rounds = Number(opt("--rounds", "9"));
const seconds = opt("--seconds", "0.5");
const script = `${root}scripts/bench-inprocess.mjs`;
const commands = {
  node: [process.execPath, [script]],
  bun: [`${root}node_modules/.bin/bun`, [script]],
  deno: [`${root}node_modules/.bin/deno`, ["run", "-A", script]],
};
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (x) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;

/** One process of `runtime`: "SET -P 1" -> its row (nsWith, nsWithout, nsControl, cost, control). */
function run(runtime) {
  const [cmd, argv] = commands[runtime];
  const out = execFileSync(cmd, [...argv, "--tests", "set,get", "--seconds", seconds, "--accounting-cost"], {
    encoding: "utf8",
    timeout: 300_000,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const rows = {};
  for (const line of out.trim().split("\n")) {
    const row = JSON.parse(line);
    rows[`${row.test.toUpperCase()} -P ${row.pipeline}`] = row;
  }
  return rows;
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");
const started = new Date().toISOString().slice(0, 16).replace("T", " ");
console.log(`memory accounting's cost, ${started} UTC, ${rounds} processes per runtime, load average ${load()}`);
console.log(
  "| in process, CPU ns/command (medians) | with (A) | without (B) | cost A/B | A/A control C/A | largest control |",
);
console.log("|---|---|---|---|---|---|");
for (const runtime of runtimes) {
  /** label -> per-process figures. */
  const samples = {};
  try {
    for (let r = 0; r < rounds; r++) {
      for (const [label, row] of Object.entries(run(runtime))) {
        const s = samples[label] ??= { a: [], b: [], cost: [], control: [] };
        s.a.push(row.nsWith);
        s.b.push(row.nsWithout);
        s.cost.push(row.cost);
        s.control.push(row.control);
      }
    }
  } catch (e) {
    console.log(`| ${runtime} | failed: ${e.message} | | | | |`);
    continue;
  }
  for (const [label, s] of Object.entries(samples)) {
    const widest = s.control.reduce((w, x) => (Math.abs(x) > Math.abs(w) ? x : w), 0);
    console.log(
      `| ${runtime} ${label} | ${median(s.a).toFixed(0)} | ${median(s.b).toFixed(0)} | ${pct(median(s.cost))} | ${
        pct(median(s.control))
      } | ${pct(widest)} |`,
    );
  }
}
console.log(`load average at the end: ${load()}`);
