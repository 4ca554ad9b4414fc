/** ReplyWriter: every reply type in RESP2 and RESP3, byte for byte, and the buffer's growth and reuse. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { ReplyWriter } from "../../src/core/resp/writer.ts";
import { bytesLatin1 } from "../helpers/resp.ts";

function out(proto: 2 | 3, write: (w: ReplyWriter) => void): string {
  const w = new ReplyWriter(16);
  w.proto = proto;
  write(w);
  const b = w.take();
  return b === null ? "" : bytesLatin1(b);
}

function both(write: (w: ReplyWriter) => void): [string, string] {
  return [out(2, write), out(3, write)];
}

test("writer: simple strings, OK and errors; CR and LF in an error become spaces", () => {
  assert.deepEqual(both((w) => w.ok()), ["+OK\r\n", "+OK\r\n"]);
  assert.equal(out(2, (w) => w.simple("PONG")), "+PONG\r\n");
  assert.equal(out(2, (w) => w.error("ERR bad")), "-ERR bad\r\n");
  assert.equal(out(3, (w) => w.error("ERR a\r\nb\nc")), "-ERR a  b c\r\n");
  assert.equal(out(2, (w) => w.error("ERR \xff")), "-ERR \xff\r\n");
});

test("writer: integers small, large, negative and bigint", () => {
  for (
    const n of [
      0,
      1,
      9,
      10,
      99,
      100,
      1023,
      1024,
      1025,
      123456789,
      2147483647,
      2147483648,
      2147483649,
      4294967296,
      2 ** 53 - 1,
      -2147483648,
      -2147483649,
      -1,
      -1024,
      -(2 ** 53 - 1),
      1e15,
      1e15 + 1,
    ]
  ) {
    assert.equal(out(2, (w) => w.integer(n)), `:${n}\r\n`);
  }
  assert.equal(out(2, (w) => w.integer(9223372036854775807n)), ":9223372036854775807\r\n");
  assert.equal(out(3, (w) => w.integer(-9223372036854775808n)), ":-9223372036854775808\r\n");
});

test("writer: bulk strings empty, binary, around the pre-encoded header sizes, and large", () => {
  assert.equal(out(2, (w) => w.bulk("")), "$0\r\n\r\n");
  assert.equal(out(2, (w) => w.bulk("\x00\r\n\xff")), "$4\r\n\x00\r\n\xff\r\n");
  for (const n of [1023, 1024, 1025, 100000]) {
    const s = "a".repeat(n);
    assert.equal(out(2, (w) => w.bulk(s)), `$${n}\r\n${s}\r\n`);
  }
  assert.equal(out(2, (w) => w.bulkBytes(new Uint8Array([0, 255]))), "$2\r\n\x00\xff\r\n");
  assert.equal(out(2, (w) => w.bulkInt(-12)), "$3\r\n-12\r\n");
  assert.equal(out(2, (w) => w.bulkInt(12345678901234567890n)), "$20\r\n12345678901234567890\r\n");
  assert.equal(out(2, (w) => w.bulkArray(["a", ""])), "*2\r\n$1\r\na\r\n$0\r\n\r\n");
});

test("writer: nulls are $-1 / *-1 in RESP2 and _ in RESP3", () => {
  assert.deepEqual(both((w) => w.nullBulk()), ["$-1\r\n", "_\r\n"]);
  assert.deepEqual(both((w) => w.nullArray()), ["*-1\r\n", "_\r\n"]);
  assert.deepEqual(both((w) => w.bulkOrNull(null)), ["$-1\r\n", "_\r\n"]);
  assert.deepEqual(both((w) => w.bulkOrNull("x")), ["$1\r\nx\r\n", "$1\r\nx\r\n"]);
});

test("writer: aggregates: arrays, maps as flat arrays in RESP2, sets, pushes", () => {
  assert.deepEqual(both((w) => w.array(0)), ["*0\r\n", "*0\r\n"]);
  assert.deepEqual(both((w) => w.array(5000)), ["*5000\r\n", "*5000\r\n"]);
  assert.deepEqual(both((w) => w.map(2)), ["*4\r\n", "%2\r\n"]);
  assert.deepEqual(both((w) => w.map(1024)), ["*2048\r\n", "%1024\r\n"]);
  assert.deepEqual(both((w) => w.set(3)), ["*3\r\n", "~3\r\n"]);
  assert.deepEqual(both((w) => w.push(3)), ["*3\r\n", ">3\r\n"]);
});

test("writer: doubles as %.17g: a bulk string in RESP2, ',' in RESP3", () => {
  assert.deepEqual(both((w) => w.double(1.5)), ["$3\r\n1.5\r\n", ",1.5\r\n"]);
  assert.deepEqual(both((w) => w.double(0.1)), ["$19\r\n0.10000000000000001\r\n", ",0.10000000000000001\r\n"]);
  assert.deepEqual(both((w) => w.double(Infinity)), ["$3\r\ninf\r\n", ",inf\r\n"]);
  assert.deepEqual(both((w) => w.double(-Infinity)), ["$4\r\n-inf\r\n", ",-inf\r\n"]);
  assert.deepEqual(both((w) => w.double(3)), ["$1\r\n3\r\n", ",3\r\n"]);
  assert.deepEqual(both((w) => w.double(1e300)), [
    "$23\r\n1.0000000000000001e+300\r\n",
    ",1.0000000000000001e+300\r\n",
  ]);
  assert.deepEqual(both((w) => w.double(1e22)), ["$5\r\n1e+22\r\n", ",1e+22\r\n"]);
  assert.deepEqual(both((w) => w.double(-0)), ["$2\r\n-0\r\n", ",-0\r\n"]);
});

test("writer: booleans, verbatim text and big numbers degrade to RESP2 types", () => {
  assert.deepEqual(both((w) => w.bool(true)), [":1\r\n", "#t\r\n"]);
  assert.deepEqual(both((w) => w.bool(false)), [":0\r\n", "#f\r\n"]);
  assert.deepEqual(both((w) => w.verbatim("a\nb")), ["$3\r\na\nb\r\n", "=7\r\ntxt:a\nb\r\n"]);
  assert.deepEqual(both((w) => w.bigNumber(123n)), ["$3\r\n123\r\n", "(123\r\n"]);
});

test("writer: replies accumulate past the initial buffer and take() empties it", () => {
  const w = new ReplyWriter(8);
  for (let i = 0; i < 1000; i++) w.integer(i);
  let expected = "";
  for (let i = 0; i < 1000; i++) expected += `:${i}\r\n`;
  assert.equal(bytesLatin1(w.take()!), expected);
  assert.equal(w.take(), null);
  w.simple("again");
  assert.equal(bytesLatin1(w.take()!), "+again\r\n");
});

test("writer: one huge reply does not pin a huge buffer afterwards", () => {
  const w = new ReplyWriter();
  w.bulk("x".repeat(4 * 1024 * 1024));
  assert.equal(w.take()!.length, 4 * 1024 * 1024 + 12);
  assert.ok(w.buf.length <= 1024 * 1024);
});

test("writer: a new writer starts small, so idle connections cost little, and grows as replies need", () => {
  const w = new ReplyWriter();
  assert.ok(w.buf.length <= 1024, `${w.buf.length} bytes for an idle connection`);
  w.bulk("y".repeat(100_000));
  assert.equal(w.take()!.length, 100_000 + 11);
});

test("writer: a huge batch is handed over without a copy, and the writer starts small again", () => {
  const w = new ReplyWriter();
  w.bulk("z".repeat(3 * 1024 * 1024));
  const big = w.buf;
  const out = w.take()!;
  assert.equal(out.buffer, big.buffer);
  assert.equal(out.length, 3 * 1024 * 1024 + 12);
  assert.ok(w.buf.length <= 1024);
});

test("writer: takeView hands out the bytes written so far as a view, and the next replies reuse the buffer", () => {
  const w = new ReplyWriter();
  assert.equal(w.takeView(), null);
  w.ok();
  w.integer(42);
  const first = w.takeView()!;
  assert.equal(bytesLatin1(first), "+OK\r\n:42\r\n");
  assert.equal(first.buffer, w.buf.buffer);
  assert.equal(w.takeView(), null);
  w.simple("again");
  const second = w.takeView()!;
  assert.equal(second.buffer, first.buffer);
  assert.equal(bytesLatin1(second), "+again\r\n");
});

test("writer: takeView declines a huge buffer, which take hands over whole", () => {
  const w = new ReplyWriter();
  w.bulk("v".repeat(2 * 1024 * 1024));
  assert.equal(w.takeView(), null);
  assert.equal(w.take()!.length, 2 * 1024 * 1024 + 12);
  assert.ok(w.buf.length <= 1024 * 1024);
});

test("writer: release leaves a lent view to its holder, and the next replies go into a new buffer", () => {
  const w = new ReplyWriter();
  w.simple("held");
  const held = w.takeView()!;
  w.release(held.length);
  assert.notEqual(w.buf.buffer, held.buffer);
  w.simple("later");
  assert.equal(bytesLatin1(held), "+held\r\n");
  assert.equal(bytesLatin1(w.takeView()!), "+later\r\n");
});

test("writer: after release the new buffer is sized for the batch that was kept, not for the biggest ever", () => {
  const w = new ReplyWriter();
  w.bulk("v".repeat(600 * 1024));
  w.take();
  w.bulk("v".repeat(300 * 1024));
  assert.ok(w.takeView() !== null);
  const grown = w.buf.length;
  assert.ok(grown >= 512 * 1024);
  w.simple("small");
  const small = w.takeView()!;
  w.release(small.length);
  assert.ok(w.buf.length < grown);
  assert.ok(w.buf.length >= small.length * 2);
});

test("writer: batches of equal length get views with each batch's own bytes, before and after release", () => {
  const w = new ReplyWriter();
  w.ok();
  assert.equal(bytesLatin1(w.takeView()!), "+OK\r\n");
  w.nullBulk();
  const second = w.takeView()!;
  assert.equal(bytesLatin1(second), "$-1\r\n");
  w.release(second.length);
  w.simple("AB");
  const third = w.takeView()!;
  assert.equal(bytesLatin1(third), "+AB\r\n");
  assert.equal(bytesLatin1(second), "$-1\r\n");
  assert.notEqual(third.buffer, second.buffer);
  // A batch that grows the buffer: the view is of the new one.
  w.bulk("v".repeat(4096));
  w.takeView();
  w.integer(7);
  w.integer(8);
  assert.equal(bytesLatin1(w.takeView()!), ":7\r\n:8\r\n");
});
