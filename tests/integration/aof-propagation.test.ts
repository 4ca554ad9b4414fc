/**
 * The AOF against the real thing: the same commands sent to redis-server 7.0.15 (--appendonly yes) and to this
 * server leave the same records in appendonlydir/appendonly.aof.1.incr.aof, absolute times aside (each side
 * computes them from its own clock, so 13-digit millisecond times are compared as "<ms>").
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { emptyDir, startLite, startRedis, Wire } from "../differential/runner.ts";
import type { Target } from "../differential/runner.ts";

const targets: Target[] = [];
after(async () => {
  for (const t of targets) await t.stop();
});

/** Each step runs on connection 1 unless it starts with "2:" (a second client, for blocking). */
const SCRIPT: string[][] = [
  ["SET", "s1", "v", "EX", "100"],
  ["set", "s2", "v", "GET"],
  ["SETEX", "s3", "100", "v"],
  ["SET", "s4", "v", "PX", "100000", "NX"],
  ["SET", "s4", "w", "XX", "KEEPTTL"],
  ["EXPIRE", "s4", "100"],
  ["pexpire", "s4", "200000", "GT"],
  ["EXPIREAT", "s4", "2000000000"],
  ["EXPIRE", "s4", "-1"],
  ["EXPIRE", "nokey", "10"],
  ["SADD", "one", "m"],
  ["SPOP", "one"],
  ["SADD", "all", "a", "b"],
  ["SPOP", "all", "5"],
  ["SET", "g", "v"],
  ["GETEX", "g", "EX", "100"],
  ["GETEX", "g", "PERSIST"],
  ["GETEX", "g"],
  ["GETDEL", "g"],
  ["getset", "gs", "v"],
  ["SET", "f", "1.5"],
  ["INCRBYFLOAT", "f", "1"],
  ["HSET", "h", "f", "1.5"],
  ["HINCRBYFLOAT", "h", "f", "0.25"],
  ["RPUSH", "l", "a", "b", "c", "d", "e"],
  ["BLPOP", "l", "0"],
  ["BRPOP", "l", "0"],
  ["blmove", "l", "l2", "left", "RIGHT", "0"],
  ["BRPOPLPUSH", "l", "l2", "0"],
  ["BLMPOP", "0", "1", "l", "LEFT", "COUNT", "5"],
  ["LMPOP", "1", "l2", "RIGHT", "COUNT", "1"],
  ["ZADD", "z", "1", "a", "2", "b", "3", "c"],
  ["BZPOPMIN", "z", "0"],
  ["BZMPOP", "0", "1", "z", "MAX", "COUNT", "9"],
  ["2:BLPOP", "q", "0"],
  ["RPUSH", "q", "v"],
  ["2:blmove", "src", "dst", "left", "right", "0"],
  ["RPUSH", "src", "x"],
  ["2:bzmpop", "0", "1", "z2", "max", "count", "3"],
  ["ZADD", "z2", "1", "a", "2", "b"],
  ["MULTI"],
  ["SET", "a", "1"],
  ["GET", "a"],
  ["EXEC"],
  ["MULTI"],
  ["SET", "a", "2"],
  ["INCR", "n"],
  ["SELECT", "2"],
  ["SET", "b", "1"],
  ["EXEC"],
  ["SELECT", "0"],
  ["GEOADD", "geo", "13.361389", "38.115556", "Palermo"],
  ["flushall"],
  ["flushdb"],
  ["SET", "k", "v"],
  ["swapdb", "0", "1"],
];

async function runScript(port: number): Promise<void> {
  const main = await Wire.open(port);
  const other = await Wire.open(port);
  for (const step of SCRIPT) {
    if (step[0].startsWith("2:")) {
      other.write(encode([step[0].slice(2), ...step.slice(1)]));
      await untilBlocked(main); // blocked before the push that serves it
      continue;
    }
    const reply = await main.call(step);
    assert.notEqual(reply, undefined, `${step.join(" ")}: no reply`);
  }
  main.destroy();
  other.destroy();
}

/** Waits until the server reports one blocked client (polling INFO, which the AOF does not record). */
async function untilBlocked(w: Wire): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (/blocked_clients:1\r\n/.test((await w.call(["INFO", "clients"])) ?? "")) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("the second client never blocked");
}

function encode(argv: string[]): string {
  return `*${argv.length}\r\n${argv.map((a) => `$${a.length}\r\n${a}\r\n`).join("")}`;
}

/** The incr file, once it holds the last command's record. */
async function incrFile(dir: string): Promise<string> {
  const file = path.join(dir, "appendonlydir", "appendonly.aof.1.incr.aof");
  for (let i = 0; i < 100; i++) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, "latin1") : "";
    if (text.endsWith("$6\r\nswapdb\r\n$1\r\n0\r\n$1\r\n1\r\n")) return text.replace(/\$13\r\n\d{13}\r\n/g, "<ms>");
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no complete incr file in ${dir}`);
}

test("the AOF records match what redis-server 7.0.15 writes for the same commands", async () => {
  const redisDir = emptyDir();
  const liteDir = emptyDir();
  const redis = await startRedis(["--appendonly", "yes", "--appendfsync", "always", "--dir", redisDir]);
  targets.push(redis);
  const lite = await startLite(["--appendonly", "yes", "--appendfsync", "always", "--dir", liteDir]);
  targets.push(lite);
  await runScript(redis.port);
  await runScript(lite.port);
  const expected = await incrFile(redisDir);
  const actual = await incrFile(liteDir);
  // Compare record by record for a readable failure.
  const split = (s: string) => s.split(/(?=\*\d+\r\n\$)/);
  assert.deepEqual(split(actual), split(expected));
});
