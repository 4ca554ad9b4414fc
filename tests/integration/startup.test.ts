/**
 * This runtime's shim started as an operator starts redis-server: with a redis.conf and options, with
 * --help/--version, with bad files and flags (redis-server's reports, status 1, never a stack trace), and
 * writing its log in Redis's format to stdout or `logfile`.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { RawClient, serverCommand } from "../helpers/spawn.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-startup-"));
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));

function conf(name: string, text: string): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
}

/** Runs the shim to its exit (for runs that end at once): status, stdout, stderr. */
function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const { cmd, args: pre } = serverCommand();
  const r = spawnSync(cmd, [...pre, ...args], { encoding: "latin1", timeout: 60000, input, cwd: tmp });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the shim and waits (polling its output, generous deadline) for the ready line; stop() ends it. */
async function start(args: string[]) {
  const { cmd, args: pre } = serverCommand();
  const proc = spawn(cmd, [...pre, ...args], { stdio: ["ignore", "pipe", "pipe"], cwd: tmp });
  let out = "";
  proc.stdout!.on("data", (d: Uint8Array) => (out += Buffer.from(d).toString("latin1")));
  proc.stderr!.on("data", (d: Uint8Array) => (out += Buffer.from(d).toString("latin1")));
  const exited = new Promise<void>((res) => proc.once("exit", () => res()));
  const deadline = Date.now() + 30000;
  let port = 0;
  while (port === 0) {
    const m = /ready to accept connections on [^\s]+:(\d+)/.exec(out);
    if (m) port = Number(m[1]);
    else if (proc.exitCode !== null || Date.now() > deadline) {
      proc.kill("SIGKILL");
      throw new Error(`server did not start: ${out}`);
    } else await new Promise((r) => setTimeout(r, 20));
  }
  return {
    port,
    output: () => out,
    async stop() {
      if (proc.exitCode === null) proc.kill("SIGTERM");
      await exited;
    },
  };
}

const FATAL = "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n";

test("--version prints the version line and exits 0; --help prints the usage on stderr and exits 1", () => {
  for (const flag of ["--version", "-v"]) {
    const r = run([flag]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Redis-Lite server v=7\.0\.15 sha=00000000:0 malloc=\S+ bits=64 build=0\n$/);
  }
  for (const flag of ["--help", "-h"]) {
    const r = run([flag]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /^Usage: redis-lite \[\/path\/to\/redis\.conf\] \[options\] \[-\]\n/);
    assert.match(r.stderr, /\nSentinel mode:\n {7}redis-lite \/etc\/sentinel\.conf --sentinel\n$/);
  }
});

test("a bad config line, a bad flag and unbalanced quotes end with redis-server's report and status 1", () => {
  const bad = conf("bad.conf", "port 7001\nfoo bar\n");
  let r = run([bad]);
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr,
    `${FATAL}Reading the configuration file, at line 2\n>>> 'foo bar'\nBad directive or wrong number of arguments\n`,
  );
  r = run([conf("ok.conf", 'port 7001\n# c\nsave ""\n'), "--port", "abc"]);
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr,
    `${FATAL}Reading the configuration file, at line 5\n>>> 'port "abc"'\nargument couldn't be parsed into an integer\n`,
  );
  r = run(["--maxclients", "0"]);
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr,
    `${FATAL}Reading the configuration file, at line 2\n>>> 'maxclients "0"'\nargument must be between 1 and 4294967295 inclusive\n`,
  );
  r = run([conf("quote.conf", 'port "abc\n')]);
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr,
    `${FATAL}Reading the configuration file, at line 1\n>>> 'port "abc'\nUnbalanced quotes in configuration line\n`,
  );
  r = run([conf("inc.conf", `include ${bad}\n`)]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /at line 2\n>>> 'foo bar'\n/);
});

test("a config file that cannot be opened is logged as Redis logs it, status 1", () => {
  const r = run([path.join(tmp, "missing.conf")]);
  assert.equal(r.status, 1);
  assert.match(
    r.stdout,
    /^\d+:C \d\d \w{3} \d{4} \d\d:\d\d:\d\d\.\d{3} # Fatal error, can't open config file '.*missing\.conf': No such file or directory\n$/,
  );
  assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at /);
});

test("the server starts from a redis.conf plus options, later ones winning, and logs like redis-server", async () => {
  const file = conf(
    "good.conf",
    [
      "# settings",
      "port 7001",
      'requirepass ""',
      "maxmemory 1gb",
      "save 900 1",
      "save 300 10",
      "client-output-buffer-limit pubsub 64mb 16mb 90",
      "always-show-logo no",
      "loglevel verbose",
      `dir ${tmp}`,
    ].join("\n"),
  );
  const srv = await start([file, "--port", "0", "--hz", "20"]);
  const c = await RawClient.connect(srv.port);
  try {
    assert.equal(await c.call("CONFIG", "GET", "maxmemory"), "*2\r\n$9\r\nmaxmemory\r\n$10\r\n1073741824\r\n");
    assert.equal(await c.call("CONFIG", "GET", "save"), "*2\r\n$4\r\nsave\r\n$12\r\n900 1 300 10\r\n");
    assert.equal(await c.call("CONFIG", "GET", "hz"), "*2\r\n$2\r\nhz\r\n$2\r\n20\r\n");
    assert.equal(await c.call("CONFIG", "GET", "loglevel"), "*2\r\n$8\r\nloglevel\r\n$7\r\nverbose\r\n");
  } finally {
    c.close();
    await srv.stop();
  }
  const lines = srv.output().split("\n");
  const logLine = /^\d+:[CM] \d\d \w{3} \d{4} \d\d:\d\d:\d\d\.\d{3} [.\-*#] /;
  const messages = lines.filter((l) => logLine.test(l)).map((l) => l.replace(logLine, ""));
  for (
    const expected of [
      "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
      "Configuration loaded",
      "Server initialized",
      "Ready to accept connections",
    ]
  ) assert.ok(messages.includes(expected), `missing '${expected}' in:\n${srv.output()}`);
  assert.ok(
    messages.some((m) =>
      /^Redis version=7\.0\.15, bits=64, commit=00000000, modified=0, pid=\d+, just started$/.test(m)
    ),
  );
});

test("logfile receives the log instead of stdout; loglevel warning leaves only warnings", async () => {
  const logfile = path.join(tmp, "server.log");
  const srv = await start(["--port", "0", "--save", "", "--logfile", logfile, "--loglevel", "warning"]);
  await srv.stop();
  const log = fs.readFileSync(logfile, "latin1");
  assert.match(log, /# oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n/);
  assert.match(log, /# Server initialized\n/);
  assert.doesNotMatch(log, /\* Ready to accept connections/);
  assert.doesNotMatch(srv.output(), /Redis is starting/);
});

test("a config read from stdin with '-'", async () => {
  const r = run(["-", "--port", "0", "--save", ""], "foo bar\n");
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr,
    `${FATAL}Reading the configuration file, at line 1\n>>> 'foo bar'\nBad directive or wrong number of arguments\n`,
  );
});

test("CONFIG REWRITE writes the settings back to the config file the server started with", async () => {
  const file = conf("rewrite.conf", "# kept comment\nport 7001\nhz 10\nmaxmemory 100mb\n");
  const srv = await start([file, "--port", "0", "--save", ""]);
  const c = await RawClient.connect(srv.port);
  try {
    assert.equal(
      await c.call("CONFIG", "SET", "hz", "25", "maxmemory", "0", "maxmemory-policy", "allkeys-lru"),
      "+OK\r\n",
    );
    assert.equal(await c.call("CONFIG", "REWRITE"), "+OK\r\n");
  } finally {
    c.close();
    await srv.stop();
  }
  const text = fs.readFileSync(file, "latin1");
  assert.match(text, /^# kept comment\nport \d+\nhz 25\nmaxmemory 0\n\n# Generated by CONFIG REWRITE\n/);
  assert.match(text, /\nmaxmemory-policy allkeys-lru\n/);
  assert.match(text, /\nsave ""\n/);
});

test("CONFIG REWRITE without a config file is refused as Redis refuses it", async () => {
  const srv = await start(["--port", "0", "--save", ""]);
  const c = await RawClient.connect(srv.port);
  try {
    assert.equal(await c.call("CONFIG", "REWRITE"), "-ERR The server is running without a config file\r\n");
  } finally {
    c.close();
    await srv.stop();
  }
});

test("a port already in use is logged as Redis logs it, status 1; always-show-logo prints the logo with the pid", async () => {
  const srv = await start(["--port", "0", "--save", "", "--always-show-logo", "yes"]);
  try {
    assert.match(srv.output(), / {5}Running in standalone mode\n/);
    assert.match(srv.output(), new RegExp(`\\|\\s+Port: ${srv.port}\\n`));
    assert.match(srv.output(), / PID: \d+\n/);
    const r = run(["--port", String(srv.port), "--save", ""]);
    assert.equal(r.status, 1);
    assert.match(
      r.stdout,
      new RegExp(
        `# Warning: Could not create server TCP listening socket 127\\.0\\.0\\.1:${srv.port}: bind: Address already in use\\n.*# Failed listening on port ${srv.port} \\(TCP\\), aborting\\.\\n$`,
      ),
    );
    assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at /);
  } finally {
    await srv.stop();
  }
});
