#!/usr/bin/env node
// Before/after in one process: this checkout and another one (`--baseline DIR`, built with `npm run build`
// there for Node) each get one connection, fed the chunks redis-benchmark sends (`-t set,get,incr`, 1 or 16
// per read), in alternating 50 ms slices of CPU time (which goes first alternates too), so both see the same
// load on a shared machine. Prints the median CPU ns per command of each and their ratio.
//
//   npm run build && node scripts/bench-inprocess-ab.mjs --baseline /work/base [--seconds 3] [--tests set,get,incr]
//   [--pipeline 1,16]        bun scripts/bench-inprocess-ab.mjs ...        deno run -A scripts/bench-inprocess-ab.mjs ...
//
// Both servers share one heap, so a garbage collection one of them caused may be paid by the other: the ratios
// understate a change in allocation. Node runs each checkout's dist/, Bun and Deno their src/.
const runtime = globalThis.Bun ? "bun" : globalThis.Deno ? "deno" : "node";
const args = globalThis.Deno ? Deno.args : process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const baseline = opt("--baseline", null);
if (baseline === null) throw new Error("--baseline DIR: the checkout to compare with");
const seconds = Number(opt("--seconds", "3"));
const tests = opt("--tests", "set,get,incr").split(",");
const pipelines = opt("--pipeline", "1,16").split(",").map(Number);

const proc = globalThis.process ?? (await import("node:process")).default;
const cpuMs = () => {
  const u = proc.cpuUsage();
  return (u.user + u.system) / 1000;
};
const COMMANDS = {
  set: ["SET", "key:__rand_int__", "xxx"],
  get: ["GET", "key:__rand_int__"],
  incr: ["INCR", "counter:__rand_int__"],
};
const encode = (argv) => `*${argv.length}\r\n` + argv.map((a) => `$${a.length}\r\n${a}\r\n`).join("");
const bytes = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** One connection on a server of the checkout at `root` (a URL ending in /), on a transport that only counts. */
async function connection(root) {
  const entry = runtime === "node" ? "dist/runtime/node.js" : `src/runtime/${runtime}.ts`;
  const m = await import(new URL(entry, root).href);
  const server = new m.Server({
    host: new m.SystemHost(),
    families: m.allCommands,
    config: [["save", ""], ["appendonly", "no"]],
  });
  return server.connect(nullTransport());
}

const here = new URL("../", import.meta.url);
const { nullTransport } = await import(new URL("scripts/null-transport.mjs", here).href);
const there = new URL(`file://${baseline.endsWith("/") ? baseline : `${baseline}/`}`);
const clients = { before: await connection(there), after: await connection(here) };
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

for (const t of tests) {
  for (const p of pipelines) {
    const chunk = bytes(encode(COMMANDS[t]).repeat(p));
    const chunks = Array.from({ length: 500 }, () => chunk.slice());
    for (const c of Object.values(clients)) for (let i = 0; i < 20000; i++) c.feed(chunks[i % 500]);
    const ns = { before: [], after: [] };
    let total = 0;
    for (let k = 0; total < seconds * 1000; k++) {
      for (const name of k % 2 === 0 ? ["before", "after"] : ["after", "before"]) {
        const c = clients[name];
        let n = 0;
        let elapsed = 0;
        const t0 = cpuMs();
        while (elapsed < 50) {
          for (let i = 0; i < 500; i++) c.feed(chunks[i]);
          n += 500 * p;
          elapsed = cpuMs() - t0;
        }
        ns[name].push((elapsed * 1e6) / n);
        total += elapsed;
      }
    }
    const before = median(ns.before);
    const after = median(ns.after);
    console.log(JSON.stringify({
      runtime,
      test: t,
      pipeline: p,
      before: Math.round(before),
      after: Math.round(after),
      ratio: Number((after / before).toFixed(2)),
      slices: ns.after.length,
    }));
  }
}
