#!/usr/bin/env node
// What memory accounting costs (issue 14: "SET/GET with and without it: no more than 5% slower"). used_memory
// is kept by sizing each key as it is written (src/core/memory/size.ts, src/core/keyspace/db.ts); "without" is
// a server built with the benchmark-only option `memoryAccounting: false`, whose keyspace sizes nothing and
// keeps no per-key sizes or sums.
//
// Method: scripts/bench-inprocess.mjs --accounting-cost (the core in process, no sockets: CPU ns per command,
// the tests interleaved in 0.05 s slices, each process's fastest slice per test) in separate short processes, one configuration per process, so each
// process's JIT sees one configuration only. A round runs six processes: A B C C B A, where A has accounting,
// B has none, and C has accounting again (the A/A control); which role takes which position rotates from round
// to round. Each role's two processes sit symmetrically, so a steady drift in the machine's load hits the
// three alike. Per round: cost = A / B - 1 and control = C / A - 1; printed are the medians over the rounds,
// and the largest control seen, so the cost can be read against the method's own noise.
//
//   npm run build && node scripts/bench-accounting.mjs [--runtimes node,bun,deno] [--rounds 9] [--seconds 0.5] [--stat best|mean]
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const runtimes = opt("--runtimes", "node,bun,deno").split(",");
const rounds = Number(opt("--rounds", "9"));
const seconds = opt("--seconds", "0.5");
/** A process's figure per test: its fastest 0.05 s slice ("best", the least disturbed), or the mean of all. */
const stat = opt("--stat", "best");
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

/** One process of `runtime`: "SET -P 1" -> CPU ns per command. */
function run(runtime, accounting) {
  const [cmd, argv] = commands[runtime];
  const extra = accounting ? [] : ["--no-accounting"];
  const out = execFileSync(cmd, [...argv, "--tests", "set,get", "--seconds", seconds, "--accounting-cost", ...extra], {
    encoding: "utf8",
    timeout: 300_000,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ns = {};
  for (const line of out.trim().split("\n")) {
    const row = JSON.parse(line);
    ns[`${row.test.toUpperCase()} -P ${row.pipeline}`] = stat === "mean" ? row.nsPerCommand : row.nsBest;
  }
  return ns;
}

const started = new Date().toISOString().slice(0, 16).replace("T", " ");
console.log(
  `memory accounting's cost, ${started} UTC, ${rounds} rounds of A B C C B A processes, ${stat} slice, load average ${
    loadavg().map((l) => l.toFixed(2)).join(" ")
  }`,
);
console.log(
  "| in process, CPU ns/command (medians) | with (A) | without (B) | cost A/B | A/A control C/A | largest control |",
);
console.log("|---|---|---|---|---|---|");
const roles = ["A", "B", "C"];
for (const runtime of runtimes) {
  /** label -> role -> per-round ns (the mean of the role's two processes); and per-round cost and control. */
  const samples = {};
  try {
    for (let r = 0; r < rounds; r++) {
      const order = [0, 1, 2].map((i) => roles[(i + r) % 3]);
      const sequence = [...order, ...[...order].reverse()];
      const got = { A: [], B: [], C: [] };
      for (const role of sequence) got[role].push(run(runtime, role !== "B"));
      for (const label of Object.keys(got.A[0])) {
        const s = samples[label] ??= { A: [], B: [], C: [], cost: [], control: [] };
        const mean = (role) => (got[role][0][label] + got[role][1][label]) / 2;
        const [a, b, c] = [mean("A"), mean("B"), mean("C")];
        s.A.push(a);
        s.B.push(b);
        s.C.push(c);
        s.cost.push(a / b - 1);
        s.control.push(c / a - 1);
      }
    }
  } catch (e) {
    console.log(`| ${runtime} | failed: ${e.message} | | | | |`);
    continue;
  }
  for (const [label, s] of Object.entries(samples)) {
    const widest = s.control.reduce((w, x) => (Math.abs(x) > Math.abs(w) ? x : w), 0);
    console.log(
      `| ${runtime} ${label} | ${median(s.A).toFixed(0)} | ${median(s.B).toFixed(0)} | ${pct(median(s.cost))} | ${
        pct(median(s.control))
      } | ${pct(widest)} |`,
    );
  }
}
console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
