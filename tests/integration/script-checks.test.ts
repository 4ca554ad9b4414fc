/**
 * The order of the checks before and inside a script, against redis-server 7.0.15 with the same steps:
 * processCommand's (with the flags a script's shebang or a function declares), scriptPrepareForRun's and
 * the ones each redis.call() passes (scriptVerifyAllowStale, scriptVerifyWriteCommandAllow,
 * scriptVerifyOOM), under MISCONF (a failed background save), min-replicas-to-write, a stale replica
 * (replica-serve-stale-data no, its master unreachable) and maxmemory.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startLite, startRedis, Wire } from "../differential/runner.ts";
import type { Target } from "../differential/runner.ts";

const LIBRARY = [
  "#!lua name=checks",
  "redis.register_function('f_rw', function(keys, args) return redis.call('set', 'fk', '1') end)",
  "redis.register_function{function_name='f_ro', callback=function() return redis.call('get', 'fk') end, flags={'no-writes'}}",
  "redis.register_function{function_name='f_stale', callback=function() return 'stale ok' end, flags={'no-writes', 'allow-stale'}}",
  "redis.register_function{function_name='f_stale_get', callback=function() return redis.call('get', 'fk') end, flags={'no-writes', 'allow-stale'}}",
  "redis.register_function{function_name='f_oom', callback=function() return redis.call('set', 'fk', '2') end, flags={'allow-oom'}}",
].join("\n");

/** The scripts every situation runs, each as EVAL, EVAL_RO or FCALL(_RO). */
const PROBES: string[][] = [
  ["EVAL", "return 1", "0"],
  ["EVAL", "return redis.call('set', 'x', '1')", "0"],
  ["EVAL", "return redis.pcall('set', 'x', '1')", "0"],
  ["EVAL", "return redis.call('get', 'x')", "0"],
  ["EVAL", "#!lua\nreturn 1", "0"],
  ["EVAL", "#!lua\nreturn redis.call('set', 'x', '1')", "0"],
  ["EVAL", "#!lua flags=no-writes\nreturn redis.call('get', 'x')", "0"],
  ["EVAL", "#!lua flags=no-writes\nreturn redis.call('set', 'x', '1')", "0"],
  ["EVAL", "#!lua flags=allow-oom\nreturn redis.call('set', 'x', '1')", "0"],
  ["EVAL", "#!lua flags=allow-stale\nreturn 1", "0"],
  ["EVAL", "#!lua flags=allow-stale,no-writes\nreturn 1", "0"],
  ["EVAL", "#!lua flags=allow-stale,no-writes\nreturn redis.call('get', 'x')", "0"],
  ["EVAL", "#!lua flags=allow-stale,no-writes\nreturn redis.call('ping')", "0"],
  ["EVAL", "#!lua flags=allow-oom,no-writes\nreturn 1", "0"],
  ["EVAL_RO", "return 1", "0"],
  ["EVAL_RO", "return redis.call('get', 'x')", "0"],
  ["EVAL_RO", "return redis.call('set', 'x', '1')", "0"],
  ["EVAL_RO", "#!lua\nreturn 1", "0"],
  ["EVAL_RO", "#!lua flags=no-writes\nreturn 1", "0"],
  ["FCALL", "f_rw", "0"],
  ["FCALL", "f_ro", "0"],
  ["FCALL", "f_stale", "0"],
  ["FCALL", "f_stale_get", "0"],
  ["FCALL", "f_oom", "0"],
  ["FCALL_RO", "f_rw", "0"],
  ["FCALL_RO", "f_ro", "0"],
  ["FCALL_RO", "f_stale", "0"],
];

/** Runs every probe (also queued in a transaction) on `w` and logs its reply under `situation`. */
async function probe(log: string[], w: Wire, situation: string): Promise<void> {
  for (const args of PROBES) {
    log.push(`${situation}: ${args.join(" ")} -> ${JSON.stringify(await w.call(args))}`);
  }
  for (const args of PROBES) {
    const queued = [await w.call(["MULTI"]), await w.call(args), await w.call(["EXEC"])];
    log.push(`${situation} MULTI: ${args.join(" ")} -> ${JSON.stringify(queued)}`);
  }
}

/** EXEC-level probes: the scripts, and plain commands for comparison, each queued in its own transaction. */
const QUEUED: string[][] = [...PROBES, ["SET", "x", "1"], ["GET", "x"], ["PING"]];

/**
 * Opens one transaction per QUEUED probe, each on its own connection, with the probe queued while nothing
 * is refused; returns the step that EXECs them all (once a situation is set up) and logs the replies, so
 * EXEC's own checks see the flags the queued scripts declared (mstate.cmd_flags).
 */
async function queueEach(log: string[], port: number, situation: string): Promise<() => Promise<void>> {
  const conns: Wire[] = [];
  for (const args of QUEUED) {
    const w = await Wire.open(port);
    conns.push(w);
    const queued = [await w.call(["MULTI"]), await w.call(args)];
    log.push(`before ${situation}, queued: ${args.join(" ")} -> ${JSON.stringify(queued)}`);
  }
  return async () => {
    try {
      for (let i = 0; i < conns.length; i++) {
        log.push(`${situation} EXEC: ${QUEUED[i].join(" ")} -> ${JSON.stringify(await conns[i].call(["EXEC"]))}`);
      }
    } finally {
      for (const w of conns) w.destroy();
    }
  };
}

/** Waits until `done(reply to args)` holds. */
async function until(w: Wire, args: string[], done: (r: string) => boolean): Promise<boolean> {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    const r = await w.call(args);
    if (typeof r === "string" && done(r)) return true;
    await new Promise((res) => setTimeout(res, 50));
  }
  return false;
}

/** The steps on a server started in `dir`. */
async function checkSteps(target: Target, dir: string): Promise<string[]> {
  const log: string[] = [];
  const w = await Wire.open(target.port);
  try {
    const step = async (...args: string[]) => log.push(`${args.join(" ")} -> ${JSON.stringify(await w.call(args))}`);
    await step("FUNCTION", "LOAD", LIBRARY);
    await probe(log, w, "normal");
    // A background save that fails (its directory is gone): with save points, writes are refused with MISCONF.
    let exec = await queueEach(log, target.port, "misconf");
    await step("CONFIG", "SET", "save", "3600 1");
    rmSync(dir, { recursive: true, force: true });
    await w.call(["BGSAVE"]);
    log.push(
      `bgsave failed: ${await until(w, ["INFO", "persistence"], (r) => r.includes("rdb_last_bgsave_status:err"))}`,
    );
    await exec();
    await probe(log, w, "misconf");
    await step("CONFIG", "SET", "save", "");
    // Not enough good replicas.
    exec = await queueEach(log, target.port, "noreplicas");
    await step("CONFIG", "SET", "min-replicas-to-write", "1");
    await exec();
    await probe(log, w, "noreplicas");
    await step("CONFIG", "SET", "min-replicas-to-write", "0");
    // Memory full.
    exec = await queueEach(log, target.port, "oom");
    await step("CONFIG", "SET", "maxmemory", "1");
    await exec();
    await probe(log, w, "oom");
    await step("CONFIG", "SET", "maxmemory", "0");
    // A replica whose master cannot be reached, serving no stale data.
    await step("CONFIG", "SET", "replica-serve-stale-data", "no");
    const master = String(await freePort());
    exec = await queueEach(log, target.port, "stale");
    log.push(`REPLICAOF an unreachable master -> ${JSON.stringify(await w.call(["REPLICAOF", "127.0.0.1", master]))}`);
    await exec();
    await probe(log, w, "stale");
    await step("CONFIG", "SET", "replica-read-only", "no");
    await probe(log, w, "stale writable");
    // Queued on a writable replica serving stale data, EXECed once it stops serving it.
    await step("CONFIG", "SET", "replica-serve-stale-data", "yes");
    exec = await queueEach(log, target.port, "stale writable");
    await step("CONFIG", "SET", "replica-serve-stale-data", "no");
    await exec();
    // Queued there too, EXECed once it is read-only (serving stale data).
    await step("CONFIG", "SET", "replica-serve-stale-data", "yes");
    exec = await queueEach(log, target.port, "read-only replica");
    await step("CONFIG", "SET", "replica-read-only", "yes");
    await exec();
    await step("REPLICAOF", "NO", "ONE");
  } finally {
    w.destroy();
  }
  return log;
}

test("checks before and inside scripts and functions come in redis-server's order, with its errors", async () => {
  const dirs = [mkdtempSync(join(tmpdir(), "rl-script-checks-")), mkdtempSync(join(tmpdir(), "rl-script-checks-"))];
  const redis = await startRedis(["--dir", dirs[0]]);
  const lite = await startLite(["--dir", dirs[1]]);
  try {
    const expected = await checkSteps(redis, dirs[0]);
    const actual = await checkSteps(lite, dirs[1]);
    assert.ok(expected.includes("bgsave failed: true"));
    // Each situation refused something (the steps did set it up).
    for (const [situation, error] of [["misconf", "MISCONF"], ["noreplicas", "NOREPLICAS"], ["oom", "OOM"]]) {
      assert.ok(expected.some((l) => l.startsWith(`${situation}: EVAL #!lua\n`) && l.includes(`-${error} `)));
    }
    assert.ok(expected.some((l) => l.startsWith("stale: FCALL f_ro") && l.includes("-MASTERDOWN ")));
    // EXEC itself was refused for a queued script that may write, and let through one declared no-writes.
    for (const situation of ["misconf", "noreplicas", "oom", "stale", "stale writable", "read-only replica"]) {
      assert.ok(expected.some((l) => l.startsWith(`${situation} EXEC: EVAL #!lua\n`) && l.includes("-EXECABORT ")));
    }
    for (const situation of ["misconf", "noreplicas", "oom", "read-only replica"]) {
      assert.ok(expected.some((l) => l.startsWith(`${situation} EXEC: FCALL f_ro`) && !l.includes("-EXECABORT ")));
    }
    assert.deepEqual(actual, expected);
  } finally {
    await redis.stop();
    await lite.stop();
  }
});
