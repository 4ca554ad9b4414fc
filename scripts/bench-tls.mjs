#!/usr/bin/env node
// SET/GET throughput over TLS: redis-benchmark --tls -c 50 at -P 1 and -P 16 against redis-server 7.0.15 and
// this server under each runtime, each on a TLS-only port (`--port 0 --tls-port N`) with a certificate openssl
// makes here; ops/s and the ratio to redis-server over TLS. tls-auth-clients no everywhere, so every server does
// the same handshake and encryption work (on Deno, `no` is served by Deno.listenTls; yes/optional by node:tls).
// Options: --runtimes node,bun,deno  --requests N (default 100000)  --rounds N (default 1; the median is shown).
// Needs `npm run build` first (Node runs dist/node.js).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const runtimes = opt("--runtimes", "node,bun,deno").split(",");
const N = Number(opt("--requests", "100000"));
const ROUNDS = Number(opt("--rounds", "1"));
const bin = (name) => `${root}node_modules/.bin/${name}`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-bench-tls-"));
const openssl = (...a) => execFileSync("openssl", a, { cwd: dir, stdio: "pipe" });
openssl("genrsa", "-out", "ca.key", "2048");
openssl("req", "-x509", "-new", "-key", "ca.key", "-sha256", "-days", "2", "-subj", "/CN=bench CA", "-out", "ca.crt");
openssl("genrsa", "-out", "server.key", "2048");
openssl("req", "-new", "-key", "server.key", "-subj", "/CN=localhost", "-out", "server.csr");
fs.writeFileSync(path.join(dir, "server.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
openssl(
  "x509",
  "-req",
  "-in",
  "server.csr",
  "-CA",
  "ca.crt",
  "-CAkey",
  "ca.key",
  "-CAcreateserial",
  "-days",
  "2",
  "-extfile",
  "server.ext",
  "-out",
  "server.crt",
);

const tlsArgs = (port) => [
  "--port",
  "0",
  "--tls-port",
  String(port),
  "--tls-cert-file",
  path.join(dir, "server.crt"),
  "--tls-key-file",
  path.join(dir, "server.key"),
  "--tls-auth-clients",
  "no",
  "--save",
  "",
  "--appendonly",
  "no",
  "--dir",
  dir,
];
const targets = {
  redis: (port) => ["redis-server", [...tlsArgs(port), "--bind", "127.0.0.1"]],
  node: (port) => [process.execPath, [`${root}dist/node.js`, ...tlsArgs(port)]],
  bun: (port) => [bin("bun"), [`${root}src/runtime/bun.ts`, ...tlsArgs(port)]],
  deno: (port) => [bin("deno"), ["run", "--allow-net", "--allow-read", `${root}src/runtime/deno.ts`, ...tlsArgs(port)]],
};

const cli = (port, ...command) =>
  execFileSync("redis-cli", ["--tls", "--cacert", path.join(dir, "ca.crt"), "-p", String(port), ...command], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }).trim();

async function start(name) {
  const port = await freePort();
  const [cmd, argv] = targets[name](port);
  const proc = spawn(cmd, argv, { stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new Error(`${name} exited (${proc.exitCode})`);
    try {
      if (cli(port, "PING") === "PONG") break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, stop: () => new Promise((r) => (proc.once("exit", r), proc.kill("SIGKILL"))) };
}

function benchmark(port, pipeline) {
  const out = execFileSync("redis-benchmark", [
    "--tls",
    "--cacert",
    path.join(dir, "ca.crt"),
    "-p",
    String(port),
    "-c",
    "50",
    "-n",
    String(N),
    "-P",
    String(pipeline),
    "-t",
    "set,get",
    "--csv",
    "-q",
  ], { encoding: "utf8", timeout: 600_000, stdio: ["ignore", "pipe", "ignore"] });
  const res = {};
  for (const line of out.trim().split("\n").filter((l) => !l.startsWith('"test"'))) {
    const cols = line.split(",").map((c) => c.replace(/"/g, ""));
    res[cols[0]] = Number(cols[1]);
  }
  return res;
}

const names = ["redis", ...runtimes];
const results = {}; // row label -> name -> [ops/s per round]
for (let round = 0; round < ROUNDS; round++) {
  for (const pipeline of [1, 16]) {
    // Servers alternate per test so drift on a shared machine hits all of them alike.
    for (const name of names) {
      const s = await start(name);
      try {
        const r = benchmark(s.port, pipeline);
        for (const [test, ops] of Object.entries(r)) {
          ((results[`${test} -P ${pipeline}`] ??= {})[name] ??= []).push(ops);
        }
      } catch (e) {
        console.error(`${name} -P ${pipeline}: ${e.message}`);
      } finally {
        await s.stop();
      }
    }
  }
}

const median = (xs) => {
  if (!xs || xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
console.log(
  `| over TLS (redis-benchmark --tls -c 50) | redis ops/s | ${runtimes.map((n) => `${n} ops/s (ratio)`).join(" | ")} |`,
);
console.log(`|${"---|".repeat(2 + runtimes.length)}`);
for (const [label, row] of Object.entries(results)) {
  const base = median(row.redis);
  const cells = runtimes.map((n) => {
    const v = median(row[n]);
    return v ? `${Math.round(v).toLocaleString("en")} (${base ? (v / base).toFixed(2) : "-"})` : "n/a";
  });
  console.log(`| ${label} | ${Math.round(base).toLocaleString("en")} | ${cells.join(" | ")} |`);
}
fs.rmSync(dir, { recursive: true, force: true });
