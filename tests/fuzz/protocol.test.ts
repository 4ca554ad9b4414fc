/**
 * Protocol fuzzing over TCP, compared with redis-server 7.0.15: random bytes, truncated and mutated frames,
 * huge declared lengths, thousands of arguments, deep pipelines, clients vanishing mid-command. The server
 * must never crash, must answer exactly as redis-server does, must close only the offending connection, a
 * watchdog client must keep getting answers throughout, and the process's memory must stay bounded.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import process from "node:process";
import { escapeBytes, parseReply, startLite, startRedis, Wire } from "../differential/runner.ts";
import type { Target } from "../differential/runner.ts";
import { Prng } from "../differential/prng.ts";
import { encodeCommand, splitReplies } from "../helpers/resp.ts";
import { REGRESSIONS } from "./regressions.ts";

let redis: Target;
let lite: Target;
let watchdog: { stop(): Promise<{ sent: number; bad: string[] }> };
/** Command names each server implements: a difference only because a family has not landed is not a finding. */
let redisCommands: Set<string>;
let liteCommands: Set<string>;

async function commandList(t: Target): Promise<Set<string>> {
  const w = await Wire.open(t.port);
  const r = await w.call(["COMMAND", "LIST"]);
  w.destroy();
  const n = parseReply(r!);
  return new Set((n.v as { v: string }[]).map((k) => k.v.toLowerCase()));
}

/** A client that PINGs every 20 ms and records every reply that is not PONG. */
async function startWatchdog(t: Target): Promise<typeof watchdog> {
  const w = await Wire.open(t.port);
  let running = true;
  let sent = 0;
  const bad: string[] = [];
  const loop = (async () => {
    while (running) {
      sent++;
      const r = await w.call(["PING"], 5000);
      if (r !== "+PONG\r\n") bad.push(String(r));
      await new Promise((res) => setTimeout(res, 20));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      w.destroy();
      return { sent, bad };
    },
  };
}

before(async () => {
  [redis, lite] = await Promise.all([startRedis(), startLite()]);
  [redisCommands, liteCommands] = await Promise.all([commandList(redis), commandList(lite)]);
  watchdog = await startWatchdog(lite);
});

after(async () => {
  await Promise.all([redis?.stop(), lite?.stop()]);
});

/** Resident memory of a process in bytes (Linux), or null elsewhere. */
function rss(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Sends `input` on a fresh connection and half-closes it: both servers run whatever complete commands it
 * holds, answer, and close on EOF (or earlier, on a protocol error). Everything received, plus a marker when
 * the server did not close. Inputs stay below Redis's 16 KB read size so it has read them whole before
 * closing (a close with unread input would reset the connection and lose the reply).
 */
async function exchange(t: Target, input: string, timeoutMs = 3000): Promise<string> {
  const w = await Wire.open(t.port);
  w.write(input);
  w.end();
  const out = await w.drain(timeoutMs);
  const closed = w.closed;
  w.destroy();
  return closed ? out : out + " (still open)";
}

/** A reply difference that only says "this server lacks a command redis-server has" (a family still to come). */
function missingCommand(actual: string): boolean {
  for (const r of splitReplies(actual).replies) {
    const m = /^-ERR unknown command '([^']*)'/.exec(r);
    if (m && redisCommands.has(m[1].toLowerCase()) && !liteCommands.has(m[1].toLowerCase())) return true;
  }
  return false;
}

interface Finding {
  input: string;
  expected: string;
  actual: string;
}

/** A mutated frame can spell HELLO (PING's "hello" argument on a line of its own): its reply carries the client id. */
function maskIds(out: string): string {
  return out.replace(/\$2\r\nid\r\n:\d+\r\n/g, "$2\r\nid\r\n:<id>\r\n");
}

async function compareInputs(inputs: string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const input of inputs) {
    const [expected, actual] = (await Promise.all([exchange(redis, input), exchange(lite, input)])).map(maskIds);
    if (expected !== actual && !missingCommand(actual)) findings.push({ input, expected, actual });
  }
  return findings;
}

function report(findings: Finding[]): string {
  return findings.slice(0, 8).map((f) =>
    `input:        ${escapeBytes(f.input, 2000)}\n  redis-server: ${escapeBytes(f.expected)}\n  redis-lite:   ${
      escapeBytes(f.actual)
    }`
  ).join("\n") + (findings.length > 8 ? `\n... and ${findings.length - 8} more` : "");
}

// ---------------------------------------------------------------------------------------------------------
// Input generators

/** Commands safe to run in any mutated form: a byte or two away from them is nothing destructive. */
const BASE: string[][] = [
  ["PING"],
  ["PING", "hello"],
  ["ECHO", "x"],
  ["ECHO", "a b\r\nc"],
  ["SET", "k", "v"],
  ["GET", "k"],
  ["DEL", "k"],
  ["EXISTS", "k", "k2"],
  ["INCR", "n"],
  ["DECR", "n"],
  ["TYPE", "k"],
  ["DBSIZE"],
  ["SET", "k2", "12345", "EX", "100"],
  ["GET", "n"],
  ["ECHO", ""],
  ["SELECT", "1"],
  // Other families' argument parsing, reached by mutated numbers and options (nothing here can allocate much:
  // SETBIT/SETRANGE/BITFIELD would, with a mutated offset, so they are left out).
  ["LPUSH", "l", "a", "b"],
  ["LRANGE", "l", "0", "-1"],
  ["LINDEX", "l", "1"],
  ["LPOS", "l", "a", "RANK", "1", "COUNT", "2"],
  ["HSET", "h", "f", "1"],
  ["HINCRBY", "h", "f", "2"],
  ["SADD", "s", "1", "2"],
  ["SINTERCARD", "1", "s", "LIMIT", "1"],
  ["ZADD", "z", "1.5", "m"],
  ["ZRANGE", "z", "0", "-1", "WITHSCORES"],
  ["ZRANGEBYSCORE", "z", "(1", "+inf", "LIMIT", "0", "1"],
  ["ZUNIONSTORE", "z2", "2", "z", "s", "WEIGHTS", "1", "2"],
  ["EXPIRE", "k", "100"],
  ["TTL", "k"],
  ["GETRANGE", "k", "0", "-1"],
  ["INCRBYFLOAT", "f", "1.5"],
  ["BITCOUNT", "k", "0", "-1"],
  ["OBJECT", "ENCODING", "l"],
  ["LMPOP", "2", "l", "x", "LEFT", "COUNT", "1"],
];

const INTERESTING_NUMBERS = [
  "-1",
  "0",
  "1",
  "2",
  "-0",
  "+1",
  " 1",
  "1 ",
  "01",
  "10",
  "11",
  "16384",
  "16385",
  "65536",
  "1048576",
  "2147483647",
  "2147483648",
  "4294967296",
  "536870912",
  "536870913",
  "9223372036854775807",
  "9223372036854775808",
  "-9223372036854775808",
  "99999999999999999999",
  "0x10",
  "1e3",
  "",
  "a",
];
const INTERESTING_BYTES = "\r\n*$:+-0123456789 \t\"'\\\x00\xff?x";

function inlineFrame(args: string[]): string {
  return args.map((a) => (/^[!#-&(-\[\]-~]+$/.test(a) ? a : JSON.stringify(a))).join(" ") + "\r\n";
}

function validFrame(rng: Prng): string {
  const args = rng.pick(BASE);
  return rng.chance(0.8) ? encodeCommand(args) : inlineFrame(args);
}

function randomBytes(rng: Prng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) {
    s += rng.chance(0.5) ? INTERESTING_BYTES[rng.int(INTERESTING_BYTES.length)] : String.fromCharCode(rng.int(256));
  }
  return s;
}

function mutate(rng: Prng, s: string): string {
  const rounds = 1 + rng.int(3);
  for (let r = 0; r < rounds; r++) {
    const at = rng.int(s.length + 1);
    switch (rng.int(7)) {
      case 0: // replace one byte
        s = s.slice(0, at) + randomBytes(rng, 1) + s.slice(at + 1);
        break;
      case 1: // insert
        s = s.slice(0, at) + randomBytes(rng, 1 + rng.int(4)) + s.slice(at);
        break;
      case 2: // delete a range
        s = s.slice(0, at) + s.slice(at + 1 + rng.int(4));
        break;
      case 3: // truncate
        s = s.slice(0, at);
        break;
      case 4: { // replace a number (a count or a length)
        const nums = [...s.matchAll(/-?\d+/g)];
        if (nums.length) {
          const m = rng.pick(nums);
          s = s.slice(0, m.index) + rng.pick(INTERESTING_NUMBERS) + s.slice(m.index! + m[0].length);
        }
        break;
      }
      case 5: { // duplicate a slice
        const len = 1 + rng.int(8);
        s = s.slice(0, at) + s.slice(at, at + len) + s.slice(at);
        break;
      }
      default: // drop the CR of a CRLF
        s = s.replace("\r\n", "\n");
    }
  }
  return s;
}

function fuzzInput(rng: Prng): string {
  // Some sessions switch to RESP3 first, so errors and replies go through the RESP3 writer too.
  const prefix = rng.chance(0.15) ? encodeCommand(["HELLO", "3"]) : "";
  return prefix + fuzzBody(rng);
}

function fuzzBody(rng: Prng): string {
  switch (rng.int(5)) {
    case 0:
      return randomBytes(rng, 1 + rng.int(120));
    case 1:
      return mutate(rng, validFrame(rng));
    case 2: {
      // A few valid commands, one of them mutated: the ones before it must still be answered.
      let s = "";
      const n = 1 + rng.int(4);
      const bad = rng.int(n);
      for (let i = 0; i < n; i++) s += i === bad ? mutate(rng, validFrame(rng)) : validFrame(rng);
      return s;
    }
    case 3:
      return validFrame(rng).slice(0, rng.int(30));
    default:
      return `*${rng.pick(INTERESTING_NUMBERS)}\r\n${rng.chance(0.5) ? `$${rng.pick(INTERESTING_NUMBERS)}\r\n` : ""}${
        randomBytes(rng, rng.int(20))
      }`;
  }
}

// ---------------------------------------------------------------------------------------------------------

/** Up to `n` replies from `w` (fewer if it closes or stalls for 10 s), then closes it. */
async function nextReplies(w: Wire, n: number): Promise<string[]> {
  const replies: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await w.next(10000);
    if (typeof r !== "string") break;
    replies.push(r);
  }
  w.destroy();
  return replies;
}

/** redis-server's replies and ours, compared one by one; ours must all be there. */
function assertSameReplies(outs: string[][], n: number): void {
  assert.equal(outs[1].length, n);
  for (let i = 0; i < n; i++) {
    if (outs[0][i] !== outs[1][i]) {
      assert.fail(`reply ${i}: redis-server ${escapeBytes(outs[0][i])}, redis-lite ${escapeBytes(outs[1][i])}`);
    }
  }
}

test("crashing and mismatching inputs found earlier still get redis-server's answer", async () => {
  const inputs = REGRESSIONS.map((bytes) => String.fromCharCode(...bytes));
  const findings = await compareInputs(inputs);
  assert.equal(findings.length, 0, report(findings));
});

test("random and mutated input gets the same bytes back as from redis-server", async () => {
  // FUZZ_SEED / FUZZ_COUNT run a longer campaign locally; CI uses the fixed default.
  const rng = new Prng(Number(process.env.FUZZ_SEED ?? 20260101));
  const inputs: string[] = [];
  for (let i = 0; i < Number(process.env.FUZZ_COUNT ?? 700); i++) inputs.push(fuzzInput(rng));
  const findings = await compareInputs(inputs);
  assert.equal(findings.length, 0, report(findings));
  assert.ok(lite.alive(), `server died: ${lite.output()}`);
});

test("before AUTH: random and mutated input, and the unauthenticated size limits, answered as redis-server does", async () => {
  const [r, l] = await Promise.all([startRedis(["--requirepass", "pw"]), startLite(["--requirepass", "pw"])]);
  try {
    const rng = new Prng(31337);
    const inputs = [
      "*11\r\n",
      "*10\r\n$16385\r\n",
      "*1\r\n$16384\r\n",
      "AUTH pw\r\n*11\r\n$16385\r\n",
      "HELLO 3\r\n",
      "HELLO 3 AUTH default pw\r\n*100\r\n",
    ];
    for (let i = 0; i < 150; i++) inputs.push(fuzzInput(rng));
    const findings: Finding[] = [];
    for (const input of inputs) {
      const [expected, actual] = (await Promise.all([exchange(r, input), exchange(l, input)])).map(maskIds);
      if (expected !== actual && !missingCommand(actual)) findings.push({ input, expected, actual });
    }
    assert.equal(findings.length, 0, report(findings));
  } finally {
    await Promise.all([r.stop(), l.stop()]);
  }
});

test("huge declared lengths: invalid ones are refused as Redis does, valid ones allocate nothing up front", async () => {
  const findings = await compareInputs([
    "*2147483648\r\n",
    "*1\r\n$536870913\r\n",
    "*1\r\n$2147483648\r\n",
    "*1\r\n$9223372036854775807\r\n",
    "*9223372036854775807\r\n",
    "*-2147483649\r\n*1\r\n$4\r\nPING\r\n",
    "*3\r\n$-1\r\n",
  ]);
  assert.equal(findings.length, 0, report(findings));
  const before = rss(lite.pid);
  // Twenty clients each promise a 512 MB argument (and a 2^31-1 argument count) and send a little of it.
  const wires: Wire[] = [];
  for (let i = 0; i < 20; i++) {
    const w = await Wire.open(lite.port);
    w.write(i % 2 ? "*1\r\n$536870912\r\n" + "x".repeat(256 * 1024) : "*2147483647\r\n" + "$1\r\na\r\n".repeat(5000));
    wires.push(w);
  }
  const probe = await Wire.open(lite.port);
  assert.equal(await probe.call(["PING"]), "+PONG\r\n");
  const during = rss(lite.pid);
  for (const w of wires) w.destroy();
  assert.equal(await probe.call(["ECHO", "still here"]), "$10\r\nstill here\r\n");
  probe.destroy();
  if (before !== null && during !== null) {
    assert.ok(during - before < 150 * 1024 * 1024, `RSS grew by ${(during - before) >> 20} MB for ~3 MB of input`);
  }
});

test("thousands of arguments in one command", async () => {
  const keys = Array.from({ length: 50000 }, (_, i) => `k${i}`);
  const outs = await Promise.all([redis, lite].map(async (t) => {
    const w = await Wire.open(t.port);
    const a = await w.call(["EXISTS", ...keys]);
    const b = await w.call(["DEL", ...keys]);
    const c = await w.call(["ECHO", ...keys.slice(0, 3000)]);
    w.destroy();
    return [a, b, c].join("");
  }));
  assert.equal(outs[1], outs[0]);
});

test("a deep pipeline: 10k commands in one write get 10k replies in order", async () => {
  const rng = new Prng(7);
  let input = "";
  const n = 10000;
  for (let i = 0; i < n; i++) {
    const k = `p${rng.int(50)}`;
    const args = rng.pick([["SET", k, String(i)], ["GET", k], ["INCR", k], ["PING"], ["ECHO", k], ["DEL", k], [
      "EXISTS",
      k,
    ]]);
    input += rng.chance(0.9) ? encodeCommand(args) : inlineFrame(args);
  }
  const outs = await Promise.all([redis, lite].map(async (t) => {
    const w = await Wire.open(t.port);
    w.write(input);
    return nextReplies(w, n);
  }));
  assertSameReplies(outs, n);
});

test("a pipeline with big values written in random small pieces gets the same replies", async () => {
  const rng = new Prng(2024);
  let input = "";
  let n = 0;
  for (; n < 300; n++) {
    const k = `w${rng.int(10)}`;
    const big = rng.chance(0.1) ? "b".repeat(16000 + rng.int(90000)) : `v${n}`;
    const args = rng.pick([["SET", k, big], ["GET", k], ["APPEND", k, big], ["STRLEN", k], ["ECHO", big], ["DEL", k]]);
    input += rng.chance(0.85) ? encodeCommand(args) : inlineFrame(args.map((a) => a.slice(0, 1000)));
  }
  const outs = await Promise.all([redis, lite].map(async (t) => {
    const w = await Wire.open(t.port);
    const pieces = new Prng(77);
    for (let i = 0; i < input.length;) {
      const len = 1 + pieces.int(pieces.chance(0.5) ? 16 : 40000);
      w.write(input.slice(i, i + len));
      i += len;
      if (pieces.chance(0.2)) await new Promise((r) => setTimeout(r, 1));
    }
    return nextReplies(w, n);
  }));
  assertSameReplies(outs, n);
});

test("clients that disconnect mid-command leave nothing behind", async () => {
  const admin = await Wire.open(lite.port);
  const count = async () => Number(/connected_clients:(\d+)/.exec((await admin.call(["INFO", "clients"]))!)![1]);
  const baseline = await count();
  const rng = new Prng(99);
  const frame = encodeCommand(["SET", "big", "v".repeat(100000)]);
  for (let round = 0; round < 5; round++) {
    const wires = await Promise.all(Array.from({ length: 40 }, () => Wire.open(lite.port)));
    for (const w of wires) {
      const kind = rng.int(3);
      w.write(
        kind === 0
          ? frame.slice(0, 1 + rng.int(frame.length - 1))
          : kind === 1
          ? "ECHO unfinished"
          : "*3\r\n$3\r\nSET\r\n$",
      );
    }
    await new Promise((r) => setTimeout(r, 10));
    for (const w of wires) w.destroy();
  }
  let now = await count();
  for (let i = 0; i < 100 && now !== baseline; i++) {
    await new Promise((r) => setTimeout(r, 20));
    now = await count();
  }
  assert.equal(now, baseline, "connections that went away are still counted");
  assert.equal(await admin.call(["EXISTS", "big"]), ":0\r\n");
  admin.destroy();
});

test("the watchdog client was answered throughout and the server is alive with bounded memory", async () => {
  const { sent, bad } = await watchdog.stop();
  assert.ok(sent > 0);
  assert.deepEqual(bad, []);
  assert.ok(lite.alive(), `server died: ${lite.output()}`);
  const m = rss(lite.pid);
  if (m !== null) assert.ok(m < 600 * 1024 * 1024, `server RSS is ${m >> 20} MB after the fuzzing`);
});
