/**
 * RequestParser: every fixture is fed whole, byte by byte, and split in two at every byte boundary, and must
 * give the same commands and the same protocol error each way. Then inline quoting (sdssplitargs), every
 * protocol error text, the limits, and a fuzz test that random input never throws and stays bounded.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { INLINE_MAX_SIZE, RequestParser, splitArgs } from "../../src/core/resp/parser.ts";
import { inProcess } from "../helpers/inprocess.ts";
import { encodeCommand, latin1Bytes, replyLength } from "../helpers/resp.ts";
import { Prng } from "../differential/prng.ts";

interface Outcome {
  commands: string[][];
  error: string | null;
}

function drain(p: RequestParser, into: string[][]): void {
  for (;;) {
    const argv = p.next();
    if (argv === null) return;
    into.push(argv);
  }
}

/** Feeds the chunks in order, taking every complete command after each. */
function parseChunks(chunks: string[], setup?: (p: RequestParser) => void): Outcome {
  const p = new RequestParser();
  setup?.(p);
  const commands: string[][] = [];
  for (const c of chunks) {
    p.feed(latin1Bytes(c));
    drain(p, commands);
    if (p.error !== null) break;
  }
  return { commands, error: p.error };
}

/** Whole, byte by byte, and every two-way split must agree with `expected`. */
function checkAllSplits(input: string, expected: Outcome, setup?: (p: RequestParser) => void): void {
  assert.deepEqual(parseChunks([input], setup), expected, "fed whole");
  assert.deepEqual(parseChunks([...input], setup), expected, "fed byte by byte");
  for (let i = 1; i < input.length; i++) {
    assert.deepEqual(parseChunks([input.slice(0, i), input.slice(i)], setup), expected, `split at ${i}`);
  }
}

interface Fixture {
  name: string;
  input: string;
  commands: string[][];
  error?: string;
  setup?: (p: RequestParser) => void;
}

const FIXTURES: Fixture[] = [
  { name: "one multibulk command", input: "*2\r\n$3\r\nGET\r\n$1\r\nk\r\n", commands: [["GET", "k"]] },
  {
    name: "a pipeline of three",
    input: "*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nECHO\r\n$0\r\n\r\n*1\r\n$4\r\nPING\r\n",
    commands: [["PING"], ["ECHO", ""], ["PING"]],
  },
  {
    name: "binary bulk with CR, LF, NUL and high bytes",
    input: "*2\r\n$4\r\nECHO\r\n$6\r\n\r\n\x00\xff\x80\x9f\r\n",
    commands: [["ECHO", "\r\n\x00\xff\x80\x9f"]],
  },
  { name: "zero and negative counts are skipped", input: "*0\r\n*-1\r\n*-5\r\n*1\r\n$1\r\nX\r\n", commands: [["X"]] },
  { name: "bytes after a bulk are not checked", input: "*1\r\n$1\r\naXY*1\r\n$1\r\nb\r\n", commands: [["a"], ["b"]] },
  { name: "CR without LF ends a header", input: "*1\rX$1\rXa\r\n", commands: [["a"]] },
  { name: "inline command", input: 'SET k "a b"\r\n', commands: [["SET", "k", "a b"]] },
  {
    name: "inline with bare LF and empty lines",
    input: "\r\n\nPING\n  \r\nECHO x\r\n",
    commands: [["PING"], ["ECHO", "x"]],
  },
  { name: "inline then multibulk", input: "PING\r\n*1\r\n$4\r\nPING\r\n", commands: [["PING"], ["PING"]] },
  {
    name: "a big bulk",
    input: `*2\r\n$4\r\nECHO\r\n$16500\r\n${"z".repeat(16500)}\r\n`,
    commands: [["ECHO", "z".repeat(16500)]],
  },
  { name: "an incomplete command gives nothing yet", input: "*2\r\n$3\r\nGET\r\n$1\r\n", commands: [] },
  { name: "a NUL hides an inline newline", input: "PI\x00NG\r\nPING\r\n", commands: [] },
  { name: "a NUL hides a header CR", input: "*1\x00\r\n$4\r\nPING\r\n", commands: [] },
  {
    name: "invalid multibulk length",
    input: "*1\r\n$1\r\na\r\n*x\r\n",
    commands: [["a"]],
    error: "Protocol error: invalid multibulk length",
  },
  {
    name: "multibulk length over INT_MAX",
    input: "*2147483648\r\n",
    commands: [],
    error: "Protocol error: invalid multibulk length",
  },
  { name: "-0 is not a length", input: "*-0\r\n", commands: [], error: "Protocol error: invalid multibulk length" },
  {
    name: "a leading zero is not a length",
    input: "*01\r\n",
    commands: [],
    error: "Protocol error: invalid multibulk length",
  },
  { name: "expected '$'", input: "*1\r\n:1\r\n", commands: [], error: "Protocol error: expected '$', got ':'" },
  {
    name: "expected '$' shows a high byte as it is",
    input: "*1\r\n\xff\r\n",
    commands: [],
    error: "Protocol error: expected '$', got '\xff'",
  },
  { name: "invalid bulk length", input: "*1\r\n$-1\r\n", commands: [], error: "Protocol error: invalid bulk length" },
  {
    name: "bulk length not a number",
    input: "*1\r\n$1a\r\n",
    commands: [],
    error: "Protocol error: invalid bulk length",
  },
  {
    name: "bulk length over proto-max-bulk-len",
    input: "*1\r\n$536870913\r\n",
    commands: [],
    error: "Protocol error: invalid bulk length",
  },
  {
    name: "proto-max-bulk-len is configurable",
    input: "*1\r\n$11\r\n",
    commands: [],
    error: "Protocol error: invalid bulk length",
    setup: (p) => (p.maxBulkLen = 10),
  },
  {
    name: "unbalanced double quote",
    input: 'ECHO "a\r\n',
    commands: [],
    error: "Protocol error: unbalanced quotes in request",
  },
  {
    name: "unbalanced single quote",
    input: "ECHO 'a\r\n",
    commands: [],
    error: "Protocol error: unbalanced quotes in request",
  },
  {
    name: "closing quote followed by a letter",
    input: 'ECHO "a"b\r\n',
    commands: [],
    error: "Protocol error: unbalanced quotes in request",
  },
  {
    name: "unauthenticated multibulk length",
    input: "*11\r\n",
    commands: [],
    error: "Protocol error: unauthenticated multibulk length",
    setup: (p) => (p.authRequired = () => true),
  },
  {
    name: "ten arguments are fine before AUTH",
    input: "*10\r\n" + "$1\r\na\r\n".repeat(10),
    commands: [Array(10).fill("a")],
    setup: (p) => (p.authRequired = () => true),
  },
  {
    name: "proto-max-bulk-len is checked before the unauthenticated limit",
    input: "*1\r\n$16385\r\n",
    commands: [],
    error: "Protocol error: invalid bulk length",
    setup: (p) => {
      p.authRequired = () => true;
      p.maxBulkLen = 16384;
    },
  },
  {
    name: "unauthenticated bulk over 16 KB",
    input: "*1\r\n$16385\r\n",
    commands: [],
    error: "Protocol error: unauthenticated bulk length",
    setup: (p) => (p.authRequired = () => true),
  },
];

for (const f of FIXTURES) {
  test(`parser: ${f.name} (whole, byte by byte, every split)`, () => {
    checkAllSplits(f.input, { commands: f.commands, error: f.error ?? null }, f.setup);
  });
}

test("parser: a header line longer than 64 KB without CR is an error, one of 64 KB is not", () => {
  assert.deepEqual(parseChunks(["*" + "1".repeat(INLINE_MAX_SIZE - 1)]), { commands: [], error: null });
  assert.deepEqual(parseChunks(["*" + "1".repeat(INLINE_MAX_SIZE)]), {
    commands: [],
    error: "Protocol error: too big mbulk count string",
  });
  assert.deepEqual(parseChunks(["*1\r\n$" + "1".repeat(INLINE_MAX_SIZE)]), {
    commands: [],
    error: "Protocol error: too big bulk count string",
  });
  assert.deepEqual(parseChunks(["A".repeat(INLINE_MAX_SIZE + 1)]), {
    commands: [],
    error: "Protocol error: too big inline request",
  });
  assert.deepEqual(parseChunks(["A".repeat(INLINE_MAX_SIZE)]), { commands: [], error: null });
  // A NUL keeps the line "open" until it is too long, as in Redis.
  assert.deepEqual(parseChunks(["A\x00\n", "B".repeat(INLINE_MAX_SIZE)]), {
    commands: [],
    error: "Protocol error: too big inline request",
  });
});

test("parser: a line grown in many small chunks is scanned once, not again per chunk", () => {
  const p = new RequestParser();
  const started = Date.now();
  for (let i = 0; i < 60000; i++) p.feed(latin1Bytes("a"));
  p.feed(latin1Bytes("\r\n"));
  assert.deepEqual(p.next(), ["a".repeat(60000)]);
  assert.ok(Date.now() - started < 5000);
});

test("parser: after an error it gives nothing more", () => {
  const p = new RequestParser();
  p.feed(latin1Bytes("*x\r\n*1\r\n$4\r\nPING\r\n"));
  assert.equal(p.next(), null);
  assert.equal(p.error, "Protocol error: invalid multibulk length");
  p.feed(latin1Bytes("*1\r\n$4\r\nPING\r\n"));
  assert.equal(p.next(), null);
});

test("parser: a declared 512 MB bulk allocates nothing until its bytes arrive", () => {
  const p = new RequestParser();
  p.feed(latin1Bytes("*1\r\n$536870912\r\n"));
  assert.equal(p.next(), null);
  p.feed(new Uint8Array(100000));
  assert.equal(p.next(), null);
  assert.equal(p.pendingBytes(), 100000);
});

test("parser: a large bulk sent in many chunks comes out whole", () => {
  const p = new RequestParser();
  const body = "x".repeat(300000);
  const input = `*1\r\n$${body.length}\r\n${body}\r\n*1\r\n$4\r\nPING\r\n`;
  const got: string[][] = [];
  for (let i = 0; i < input.length; i += 7777) {
    p.feed(latin1Bytes(input.slice(i, i + 7777)));
    drain(p, got);
  }
  assert.equal(got.length, 2);
  assert.equal(got[0][0].length, body.length);
  assert.deepEqual(got[1], ["PING"]);
});

// ---------------------------------------------------------------------------------------------------------
// sdssplitargs

const SPLITS: [string, string[] | null][] = [
  ["", []],
  ["   ", []],
  ["a b  c", ["a", "b", "c"]],
  ["\ta\tb\t", ["a", "b"]],
  ['"a b" c', ["a b", "c"]],
  ["'a b' c", ["a b", "c"]],
  ['"\\n\\r\\t\\b\\a\\\\\\"\\q"', ['\n\r\t\b\x07\\"q']],
  ['"\\x41\\x4a\\x4A\\xff"', ["AJJ\xff"]],
  ['"\\x4"', ["x4"]],
  ['"\\xzz"', ["xzz"]],
  ["'it\\'s'", ["it's"]],
  ["'a\\nb'", ["a\\nb"]],
  ['""', [""]],
  ["''", [""]],
  ['ab"c d"e', null],
  ['ab"c d" e', ["abc d", "e"]],
  ["ab'c d' e", ["abc d", "e"]],
  ['"a"b', null],
  ["'a'b", null],
  ['"a"\tb', ["a", "b"]],
  ['"a"\x0bb', ["a", "b"]],
  ['"abc', null],
  ["'abc", null],
  ["a\x0bb\x0cc", ["a\x0bb\x0cc"]],
  ["\x0b\x0ca", ["a"]],
  ["\xff\x80 \x00", ["\xff\x80", "\x00"]],
];

for (const [line, expected] of SPLITS) {
  test(`splitArgs(${JSON.stringify(line)}) follows sdssplitargs`, () => {
    assert.deepEqual(splitArgs(line), expected);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Fuzz

const PIECES = [
  "*",
  "$",
  "\r\n",
  "\r",
  "\n",
  "0",
  "1",
  "-1",
  "2",
  "3",
  "10",
  "16384",
  "2147483647",
  "536870912",
  "PING",
  "ECHO",
  "SET",
  "GET",
  "a",
  " ",
  '"',
  "'",
  "\\",
  "\\x4",
  "\x00",
  "\xff",
  "-0",
  "+1",
];

function randomInput(rng: Prng): string {
  let s = "";
  const n = 1 + rng.int(40);
  for (let i = 0; i < n; i++) s += rng.chance(0.7) ? rng.pick(PIECES) : String.fromCharCode(rng.int(256));
  return s;
}

test("parser fuzz: random input in random chunks never throws and agrees with itself fed whole", () => {
  const rng = new Prng(4242);
  for (let round = 0; round < 3000; round++) {
    const input = randomInput(rng);
    const whole = parseChunks([input]);
    const chunks: string[] = [];
    for (let i = 0; i < input.length;) {
      const len = 1 + rng.int(8);
      chunks.push(input.slice(i, i + len));
      i += len;
    }
    assert.deepEqual(parseChunks(chunks), whole, `input ${JSON.stringify(input)}`);
  }
});

test("session fuzz: random input never throws past the session, replies are well-formed, memory stays bounded", () => {
  const rng = new Prng(777);
  const t = inProcess();
  for (let round = 0; round < 400; round++) {
    const c = t.connect();
    let out = "";
    for (let i = 0; i < 10 && !c.closed; i++) out += c.raw(randomInput(rng));
    for (let p = 0; p < out.length;) {
      const len = replyLength(out, p);
      assert.ok(len > 0, `incomplete reply in ${JSON.stringify(out)}`);
      p += len;
    }
    assert.ok(c.client.parser.pendingBytes() <= INLINE_MAX_SIZE + 1024);
    c.client.disconnected();
  }
  const c = t.connect();
  assert.equal(c.cmd("PING"), "+PONG\r\n");
});

/** Bytes of buffers the parser holds for unfinished input (its own buffers and the chunks it keeps). */
function heldCapacity(p: RequestParser): { buffers: number; bytes: number } {
  const s = p as unknown as {
    buf: Uint8Array;
    room: Uint8Array | null;
    parts: Uint8Array[] | null;
    stage: Uint8Array | null;
  };
  const seen = new Set<ArrayBufferLike>();
  let bytes = 0;
  for (const b of [s.buf, s.room, s.stage, ...(s.parts ?? [])]) {
    if (b === null || seen.has(b.buffer)) continue;
    seen.add(b.buffer);
    bytes += b.buffer.byteLength;
  }
  return { buffers: seen.size, bytes };
}

test("parser: a big bulk sent a byte at a time holds about the bytes received, in a few buffers", () => {
  const p = new RequestParser();
  const value = "v".repeat(300_000);
  const bytes = latin1Bytes(`*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$${value.length}\r\n${value}\r\n`);
  let fed = 0;
  for (; fed < bytes.length - 1; fed++) {
    p.feed(bytes.subarray(fed, fed + 1).slice());
    assert.equal(p.next(), null);
    if (fed % 50_000 === 0) {
      const held = heldCapacity(p);
      assert.ok(held.bytes <= 2 * fed + 64 * 1024, `${held.bytes} bytes held after ${fed} received`);
      assert.ok(held.buffers <= 12, `${held.buffers} buffers held`);
    }
  }
  const held = heldCapacity(p);
  assert.ok(held.bytes <= 2 * fed + 64 * 1024, `${held.bytes} bytes held after ${fed} received`);
  p.feed(bytes.subarray(fed).slice());
  assert.deepEqual(p.next(), ["SET", "k", value]);
});

test("parser: command names sharing a remembered slot (same length and first letter, any case, any byte) each come out exact", () => {
  // resp/parser.ts remembers one name per length and first letter's low bits: these all collide, in turn.
  const names = ["SET", "set", "SEX", "sET", "SET", "s\x00T", "\xd3ET", "SET", "SETEX", "SETRANGE", "S", "s", "\x93"];
  const input = names.map((n) => encodeCommand([n, "k"])).join("") + "sEt k\r\nSET k\r\n";
  const expected = [...names.map((n) => [n, "k"]), ["sEt", "k"], ["SET", "k"]];
  checkAllSplits(input, { commands: expected, error: null });
  // Longer than what is remembered, and empty.
  const long = "X".repeat(40);
  checkAllSplits(encodeCommand([long]) + encodeCommand([""]) + encodeCommand([long]), {
    commands: [[long], [""], [long]],
    error: null,
  });
});
