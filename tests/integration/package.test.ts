/**
 * The npm package as a new user gets it: `npm pack`, installed offline from the tarball into an empty
 * project, then used on the runtime running the tests: `import { start } from "@redis-lite/server"` (the
 * runtime's export condition), the runtime's own subpath, a client session, the direct API, the clock and
 * an injected fault. On Node also the bin (`npx redis-lite-server`, --version, --help, serving a client)
 * and the TypeScript types; on Deno also the `npm:` specifier. Needs no registry: the package has no
 * dependencies.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { currentRuntime, RawClient } from "../helpers/spawn.ts";

const root = fileURLToPath(new URL("../../", import.meta.url)).replace(/dist-test\/$/, "");
const runtime = currentRuntime();
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
let project = "";

before(() => {
  // dist/ is what the package ships; `npm test` builds it first, a lone run of this file builds it here.
  if (!fs.existsSync(path.join(root, "dist/mod.js"))) execFileSync("npm", ["run", "-s", "build"], { cwd: root });
  project = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-package-"));
  const packed = execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", project], {
    cwd: root,
    encoding: "utf8",
  }).trim().split("\n").pop()!;
  fs.writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", `./${packed}`], {
    cwd: project,
    stdio: "ignore",
  });
});

after(() => {
  if (project !== "") fs.rmSync(project, { recursive: true, force: true });
});

/** A user's script: start() from `specifier`, a raw client session, the direct API, the clock, a fault. */
function userScript(specifier: string): string {
  return `
import { start, ReplyError } from ${JSON.stringify(specifier)};
import net from "node:net";
const r = await start({ port: 0, config: { "notify-keyspace-events": "KEA" } });
const sock = net.connect(r.port, r.host);
let buf = "";
const waiters = [];
sock.on("data", (d) => { buf += d.toString("latin1"); while (waiters.length) waiters.shift()(); });
const call = (...args) => new Promise((resolve) => {
  sock.write("*" + args.length + "\\r\\n" + args.map((a) => "$" + a.length + "\\r\\n" + a + "\\r\\n").join(""));
  const check = () => { const i = buf.indexOf("\\r\\n"); if (i < 0) return waiters.push(check); const line = buf.slice(0, i); buf = buf.slice(i + 2);
    if (line[0] === "$" && line !== "$-1") { const n = Number(line.slice(1)); if (buf.length < n + 2) { buf = line + "\\r\\n" + buf; return waiters.push(check); } const v = buf.slice(0, n); buf = buf.slice(n + 2); return resolve(v); }
    resolve(line); };
  check();
});
await new Promise((ok) => sock.once("connect", ok));
const out = { url: r.url === "redis://127.0.0.1:" + r.port, runtime: r.server.host.runtime.split(" ")[0] };
r.server.set("seed", "from the direct API");
out.seed = await call("GET", "seed");
out.set = await call("SET", "k", "v", "EX", "10");
r.server.fastForward(10_000);
out.expired = await call("GET", "k");
r.server.injectFault({ command: "INCR", times: 1, error: "ERR injected" });
out.fault = await call("INCR", "n");
out.after = await call("INCR", "n");
try { r.server.call("LPUSH", "seed", "x"); } catch (e) { out.replyError = e instanceof ReplyError && e.message; }
sock.destroy();
await r.close();
console.log(JSON.stringify(out));
`;
}

const EXPECTED = {
  url: true,
  /** The export condition picked this runtime's shim. */
  runtime: { node: "Node.js", bun: "Bun", deno: "Deno" }[runtime],
  seed: "from the direct API",
  set: "+OK",
  expired: "$-1",
  fault: "-ERR injected",
  after: ":1",
  replyError: "WRONGTYPE Operation against a key holding the wrong kind of value",
};

/** Runs a user's script file in the project on this runtime; returns its stdout. */
function runScript(file: string, source: string): string {
  fs.writeFileSync(path.join(project, file), source);
  const cmd = runtime === "node" ? process.execPath : bin(runtime);
  const args = runtime === "deno" ? ["run", "-A", file] : [file];
  const run = spawnSync(cmd, args, { cwd: project, encoding: "utf8", timeout: 60000 });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

test(`the installed package's default export starts a server on ${runtime}, with the direct API, clock and faults`, () => {
  assert.deepEqual(JSON.parse(runScript("default.mjs", userScript("@redis-lite/server"))), EXPECTED);
});

test(`the installed package's ./${runtime} subpath gives the same start()`, () => {
  assert.deepEqual(JSON.parse(runScript("subpath.mjs", userScript(`@redis-lite/server/${runtime}`))), EXPECTED);
});

test("the installed package ships no tests, scripts or CI files, and its core entry imports no runtime", () => {
  const pkg = path.join(project, "node_modules/@redis-lite/server");
  const top = fs.readdirSync(pkg).sort();
  assert.deepEqual(top, ["LICENSE", "README.md", "dist", "package.json", "src"]);
  const core = fs.readFileSync(path.join(pkg, "dist/mod.js"), "utf8");
  assert.doesNotMatch(core, /node:|runtime\//);
});

if (runtime === "node") {
  test("the bin answers --version and --help as redis-server does, through npx", () => {
    const version = execFileSync("npx", ["--offline", "redis-lite-server", "--version"], {
      cwd: project,
      encoding: "utf8",
    });
    assert.match(version, /^Redis-Lite server v=7\.0\.15 sha=00000000:0 malloc=\S+ bits=64 build=0\n$/);
    // redis-server prints its usage on stderr and exits 1.
    const help = spawnSync(path.join(project, "node_modules/.bin/redis-lite-server"), ["--help"], { encoding: "utf8" });
    assert.equal(help.status, 1);
    assert.match(help.stderr, /^Usage: redis-lite \[\/path\/to\/redis\.conf\] \[options\] \[-\]\n/);
  });

  test("the bin serves a client with redis-server's flags and stops on SIGTERM", async () => {
    const proc = spawn(path.join(project, "node_modules/.bin/redis-lite-server"), ["--port", "0", "--save", ""], {
      cwd: project,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let client: RawClient | null = null;
    try {
      let out = "";
      const port = await new Promise<number>((resolve, reject) => {
        proc.stdout!.on("data", (d: Uint8Array) => {
          out += new TextDecoder().decode(d);
          const m = /ready to accept connections on [^\s]+:(\d+)/.exec(out);
          if (m) resolve(Number(m[1]));
        });
        proc.once("exit", (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      client = await RawClient.connect(port);
      assert.equal(await client.call("SET", "k", "v"), "+OK\r\n");
      assert.equal(await client.call("GET", "k"), "$1\r\nv\r\n");
    } finally {
      client?.close();
      const exited = new Promise((res) => proc.once("exit", res));
      proc.kill("SIGTERM");
      await exited;
    }
  });

  test("the package's types check in a TypeScript project (nodenext and bundler resolution)", () => {
    fs.writeFileSync(
      path.join(project, "consumer.ts"),
      `import { start, ManualHost, Server, ReplyError, SystemHost } from "@redis-lite/server";
import type { RunningServer, StartOptions, Fault } from "@redis-lite/server/node";
const options: StartOptions = { port: 0, config: { maxmemory: "10mb" }, clock: "manual" };
const r: RunningServer = await start(options);
const fault: Fault = { command: "GET", times: 1, error: "ERR x" };
r.server.injectFault(fault);
const v: string | null = r.server.get("k");
const s = new Server({ host: new ManualHost() });
s.fastForward(10);
new SystemHost().advance(1);
console.log(v, ReplyError.name);
await r.close();
`,
    );
    for (const resolution of ["nodenext", "bundler"]) {
      const module = resolution === "nodenext" ? "nodenext" : "esnext";
      const run = spawnSync(process.execPath, [
        path.join(root, "node_modules/typescript/bin/tsc"),
        "--noEmit",
        "--strict",
        "--target",
        "es2022",
        "--module",
        module,
        "--moduleResolution",
        resolution,
        "--types",
        "node",
        "--typeRoots",
        path.join(root, "node_modules/@types"),
        "consumer.ts",
      ], { cwd: project, encoding: "utf8" });
      assert.equal(run.status, 0, `${resolution}: ${run.stdout}${run.stderr}`);
    }
  });
}

if (runtime === "deno") {
  test("Deno imports the installed package through an npm: specifier", () => {
    assert.deepEqual(JSON.parse(runScript("npm-specifier.mjs", userScript("npm:@redis-lite/server"))), EXPECTED);
  });
}
