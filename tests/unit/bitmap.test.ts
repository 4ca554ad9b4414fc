/** Bit commands in process: replies, limits, events, and BITCOUNT/BITPOS checked against a bit-by-bit model. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess, onKeyspaceEvent } from "../helpers/inprocess.ts";
import type { TestServer } from "../helpers/inprocess.ts";
import {
  ERR_BIT_ARGUMENT,
  ERR_BIT_OFFSET,
  ERR_BIT_VALUE,
  ERR_BITFIELD_OVERFLOW,
  ERR_BITFIELD_RO,
  ERR_BITFIELD_TYPE,
  ERR_BITOP_NOT,
  ERR_NOT_INTEGER,
  ERR_SYNTAX,
  ERR_WRONGTYPE,
} from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

const WRONGTYPE = errorReply(ERR_WRONGTYPE);
const SYNTAX = errorReply(ERR_SYNTAX);
const BAD_OFFSET = errorReply(ERR_BIT_OFFSET);
const BAD_TYPE = errorReply(ERR_BITFIELD_TYPE);

const bulk = (s: string) => `$${s.length}\r\n${s}\r\n`;
const int = (n: number | string) => `:${n}\r\n`;
const ints = (...ns: (number | string | null)[]) =>
  `*${ns.length}\r\n` + ns.map((n) => (n === null ? "$-1\r\n" : int(n))).join("");

function recordEvents(t: TestServer): string[] {
  const log: string[] = [];
  onKeyspaceEvent(t.server, (_type, event, key, db) => log.push(`${event} ${key}@${db}`));
  return log;
}

function storeList(t: TestServer, key: string): void {
  t.server.dbs[0].store(key, {
    type: "list",
    encoding: () => "quicklist",
    clone() {
      return this;
    },
  } as never);
}

/** Bit i of a byte string, MSB first. */
function bitAt(s: string, i: number): number {
  return (s.charCodeAt(i >> 3) >> (7 - (i & 7))) & 1;
}

/** Redis's range normalisation, written out plainly for the model. */
function norm(start: number, end: number, total: number): [number, number] | null {
  if (start < 0) start += total;
  if (end < 0) end += total;
  start = Math.max(0, start);
  end = Math.max(0, Math.min(end, total - 1));
  return start > end ? null : [start, end];
}

test("SETBIT grows the string with zeros and replies the old bit", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("SETBIT", "k", "7", "1"), int(0));
  assert.equal(c.cmd("GET", "k"), bulk("\x01"));
  assert.equal(c.cmd("SETBIT", "k", "7", "0"), int(1));
  assert.equal(c.cmd("SETBIT", "k", "20", "1"), int(0));
  assert.equal(c.cmd("GET", "k"), bulk("\x00\x00\x08"));
  assert.equal(c.cmd("GETBIT", "k", "20"), int(1));
  assert.equal(c.cmd("GETBIT", "k", "21"), int(0));
  assert.equal(c.cmd("GETBIT", "k", "100000"), int(0));
  assert.equal(c.cmd("GETBIT", "nokey", "0"), int(0));
  c.cmd("SET", "s", "a");
  assert.equal(c.cmd("GETBIT", "s", "1"), int(1));
  c.cmd("EXPIRE", "s", "100");
  c.cmd("SETBIT", "s", "7", "0");
  assert.equal(c.cmd("TTL", "s"), int(100));
  assert.equal(c.cmd("GET", "s"), bulk("`"));
});

test("SETBIT that changes nothing emits no event and counts no change", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "k", "a");
  const events = recordEvents(t);
  const dirty = t.server.dirty;
  assert.equal(c.cmd("SETBIT", "k", "1", "1"), int(1));
  assert.deepEqual(events, []);
  assert.equal(t.server.dirty, dirty);
  c.cmd("SETBIT", "k", "0", "1");
  c.cmd("SETBIT", "k", "8", "0");
  assert.deepEqual(events, ["setbit k@0", "setbit k@0"]);
  assert.equal(t.server.dirty, dirty + 2);
});

test("SETBIT and GETBIT check the offset and the bit", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("SETBIT", "k", "-1", "1"), BAD_OFFSET);
  assert.equal(c.cmd("SETBIT", "k", "x", "1"), BAD_OFFSET);
  assert.equal(c.cmd("SETBIT", "k", "4294967296", "1"), BAD_OFFSET);
  assert.equal(c.cmd("SETBIT", "k", "0", "2"), errorReply(ERR_BIT_VALUE));
  assert.equal(c.cmd("SETBIT", "k", "0", "-1"), errorReply(ERR_BIT_VALUE));
  assert.equal(c.cmd("GETBIT", "k", "4294967296"), BAD_OFFSET);
  assert.equal(c.cmd("GETBIT", "k", "4294967295"), int(0));
  assert.equal(c.cmd("EXISTS", "k"), int(0));
  storeList(t, "l");
  assert.equal(c.cmd("SETBIT", "l", "0", "1"), WRONGTYPE);
  assert.equal(c.cmd("GETBIT", "l", "0"), WRONGTYPE);
});

test("the bit offset limit follows proto-max-bulk-len", () => {
  const c = inProcess([["proto-max-bulk-len", "1048576"]]).connect();
  assert.equal(c.cmd("SETBIT", "k", "8388607", "1"), int(0));
  assert.equal(c.cmd("STRLEN", "k"), int(1048576));
  assert.equal(c.cmd("SETBIT", "k", "8388608", "1"), BAD_OFFSET);
});

test("BITCOUNT counts whole values and BYTE/BIT ranges", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("BITCOUNT", "nokey"), int(0));
  c.cmd("SET", "k", "foobar");
  assert.equal(c.cmd("BITCOUNT", "k"), int(26));
  assert.equal(c.cmd("BITCOUNT", "k", "0", "0"), int(4));
  assert.equal(c.cmd("BITCOUNT", "k", "1", "1"), int(6));
  assert.equal(c.cmd("BITCOUNT", "k", "1", "1", "BYTE"), int(6));
  assert.equal(c.cmd("BITCOUNT", "k", "5", "30", "BIT"), int(17));
  assert.equal(c.cmd("BITCOUNT", "k", "-1", "-5"), int(0));
  assert.equal(c.cmd("BITCOUNT", "k", "0"), SYNTAX);
  assert.equal(c.cmd("BITCOUNT", "k", "0", "1", "WORD"), SYNTAX);
  assert.equal(c.cmd("BITCOUNT", "k", "a", "1"), errorReply(ERR_NOT_INTEGER));
  // 7.0 looks the key up before the arguments.
  assert.equal(c.cmd("BITCOUNT", "nokey", "a", "b"), int(0));
  storeList(t, "l");
  assert.equal(c.cmd("BITCOUNT", "l"), WRONGTYPE);
});

test("BITCOUNT matches a bit-by-bit count over many ranges", () => {
  const c = inProcess().connect();
  const v = "\x00\xff\x35\xa7\x80\x01\x7e\xc3\x10";
  c.cmd("SET", "k", v);
  for (const unit of ["BYTE", "BIT"]) {
    const total = unit === "BIT" ? v.length * 8 : v.length;
    for (let s = -80; s <= 80; s += 3) {
      for (let e = -80; e <= 80; e += 5) {
        let expected = 0;
        const r = s < 0 && e < 0 && s > e ? null : norm(s, e, total);
        if (r) {
          const from = unit === "BIT" ? r[0] : r[0] * 8;
          const to = unit === "BIT" ? r[1] : r[1] * 8 + 7;
          for (let i = from; i <= to; i++) expected += bitAt(v, i);
        }
        assert.equal(c.cmd("BITCOUNT", "k", String(s), String(e), unit), int(expected), `${s} ${e} ${unit}`);
      }
    }
  }
});

test("BITPOS finds bits, pads with zeros only without an end, and checks its arguments", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "k", "\xff\xf0\x00");
  assert.equal(c.cmd("BITPOS", "k", "0"), int(12));
  c.cmd("SET", "k", "\x00\xff\xf0");
  assert.equal(c.cmd("BITPOS", "k", "1", "0"), int(8));
  assert.equal(c.cmd("BITPOS", "k", "1", "2"), int(16));
  assert.equal(c.cmd("BITPOS", "k", "1", "2", "-1", "BYTE"), int(16));
  assert.equal(c.cmd("BITPOS", "k", "1", "7", "15", "BIT"), int(8));
  assert.equal(c.cmd("BITPOS", "k", "1", "7", "-3", "BIT"), int(8));
  c.cmd("SET", "ones", "\xff\xff");
  assert.equal(c.cmd("BITPOS", "ones", "0"), int(16));
  assert.equal(c.cmd("BITPOS", "ones", "0", "0"), int(16));
  assert.equal(c.cmd("BITPOS", "ones", "0", "0", "-1"), int(-1));
  c.cmd("SET", "zeros", "\x00\x00");
  assert.equal(c.cmd("BITPOS", "zeros", "1"), int(-1));
  assert.equal(c.cmd("BITPOS", "nokey", "0"), int(0));
  assert.equal(c.cmd("BITPOS", "nokey", "1"), int(-1));
  assert.equal(c.cmd("BITPOS", "k", "2"), errorReply(ERR_BIT_ARGUMENT));
  assert.equal(c.cmd("BITPOS", "k", "1", "0", "1", "WORD"), SYNTAX);
  assert.equal(c.cmd("BITPOS", "k", "1", "x"), errorReply(ERR_NOT_INTEGER));
  storeList(t, "l");
  assert.equal(c.cmd("BITPOS", "l", "1"), WRONGTYPE);
});

test("BITPOS matches a bit-by-bit search over many ranges", () => {
  const c = inProcess().connect();
  const v = "\xff\x00\x0f\xf0\xff\xff\x00\x81";
  c.cmd("SET", "k", v);
  for (const bit of [0, 1]) {
    for (const unit of ["BYTE", "BIT"]) {
      const total = unit === "BIT" ? v.length * 8 : v.length;
      for (let s = -70; s <= 70; s += 3) {
        for (let e = -70; e <= 70; e += 4) {
          let expected = -1;
          const r = norm(s, e, total);
          if (r) {
            const from = unit === "BIT" ? r[0] : r[0] * 8;
            const to = unit === "BIT" ? r[1] : r[1] * 8 + 7;
            for (let i = from; i <= to; i++) {
              if (bitAt(v, i) === bit) {
                expected = i;
                break;
              }
            }
          }
          assert.equal(
            c.cmd("BITPOS", "k", String(bit), String(s), String(e), unit),
            int(expected),
            `${bit} ${s} ${e} ${unit}`,
          );
        }
      }
    }
  }
});

test("BITOP combines values of unequal length", () => {
  const c = inProcess().connect();
  c.cmd("SET", "a", "\xff\x0f\xf0");
  c.cmd("SET", "b", "\x0f\xff");
  assert.equal(c.cmd("BITOP", "AND", "d", "a", "b"), int(3));
  assert.equal(c.cmd("GET", "d"), bulk("\x0f\x0f\x00"));
  assert.equal(c.cmd("BITOP", "OR", "d", "a", "b"), int(3));
  assert.equal(c.cmd("GET", "d"), bulk("\xff\xff\xf0"));
  assert.equal(c.cmd("BITOP", "XOR", "d", "a", "b", "nokey"), int(3));
  assert.equal(c.cmd("GET", "d"), bulk("\xf0\xf0\xf0"));
  assert.equal(c.cmd("BITOP", "NOT", "d", "a"), int(3));
  assert.equal(c.cmd("GET", "d"), bulk("\x00\xf0\x0f"));
  c.cmd("EXPIRE", "d", "100");
  c.cmd("BITOP", "AND", "d", "a");
  assert.equal(c.cmd("TTL", "d"), int(-1));
  assert.equal(c.cmd("BITOP", "AND", "d", "nokey"), int(0));
  assert.equal(c.cmd("EXISTS", "d"), int(0));
});

test("BITOP errors come before any write", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "a", "x");
  storeList(t, "l");
  assert.equal(c.cmd("BITOP", "NAND", "d", "a"), SYNTAX);
  assert.equal(c.cmd("BITOP", "NOT", "d", "a", "a"), errorReply(ERR_BITOP_NOT));
  assert.equal(c.cmd("BITOP", "AND", "d", "a", "l"), WRONGTYPE);
  assert.equal(c.cmd("EXISTS", "d"), int(0));
});

test("BITOP with an empty result deletes the target, reporting del only when there was one", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "d", "x");
  c.cmd("SET", "src", "ab");
  const events = recordEvents(t);
  const dirty = t.server.dirty;
  c.cmd("BITOP", "OR", "d", "nokey");
  c.cmd("BITOP", "OR", "d", "nokey");
  c.cmd("BITOP", "NOT", "d", "src");
  assert.deepEqual(events.filter((e) => !e.startsWith("keymiss")), ["del d@0", "set d@0"]);
  assert.equal(t.server.dirty, dirty + 2);
});

test("BITFIELD GET, SET and INCRBY on signed and unsigned fields", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("BITFIELD", "k", "SET", "u8", "0", "255", "GET", "u8", "0", "GET", "i8", "0"), ints(0, 255, -1));
  assert.equal(c.cmd("BITFIELD", "k", "GET", "u4", "0", "GET", "i4", "4", "GET", "u8", "#1"), ints(15, -1, 0));
  assert.equal(c.cmd("BITFIELD", "k", "SET", "u8", "#1", "7", "GET", "u8", "8"), ints(0, 7));
  assert.equal(c.cmd("BITFIELD", "k", "INCRBY", "i5", "17", "-3", "GET", "i5", "17"), ints(-3, -3));
  assert.equal(
    c.cmd("BITFIELD", "w", "SET", "i64", "0", "-9223372036854775808", "GET", "i64", "0", "INCRBY", "i64", "0", "-1"),
    ints(0, "-9223372036854775808", "9223372036854775807"),
  );
  assert.equal(
    c.cmd("BITFIELD", "u", "SET", "u63", "1", "9223372036854775807", "GET", "u63", "1"),
    ints(0, "9223372036854775807"),
  );
  assert.equal(c.cmd("BITFIELD", "k"), "*0\r\n");
  assert.equal(c.cmd("BITFIELD", "nokey", "GET", "u8", "100"), ints(0));
  assert.equal(c.cmd("EXISTS", "nokey"), int(0));
});

test("BITFIELD overflow: WRAP, SAT and FAIL", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("BITFIELD", "k", "INCRBY", "u2", "0", "5"), ints(1));
  assert.equal(
    c.cmd("BITFIELD", "k", "OVERFLOW", "SAT", "INCRBY", "u2", "0", "5", "INCRBY", "i8", "8", "-300"),
    ints(3, -128),
  );
  assert.equal(
    c.cmd("BITFIELD", "k", "OVERFLOW", "FAIL", "INCRBY", "u2", "0", "1", "INCRBY", "u2", "0", "-1"),
    ints(null, 2),
  );
  assert.equal(c.cmd("BITFIELD", "k", "OVERFLOW", "WRAP", "SET", "i4", "16", "8", "GET", "i4", "16"), ints(0, -8));
  assert.equal(c.cmd("BITFIELD", "k", "OVERFLOW", "SAT", "SET", "u4", "16", "100", "GET", "u4", "16"), ints(8, 15));
  assert.equal(
    c.cmd(
      "BITFIELD",
      "k",
      "OVERFLOW",
      "WRAP",
      "INCRBY",
      "i64",
      "64",
      "9223372036854775807",
      "INCRBY",
      "i64",
      "64",
      "9223372036854775807",
    ),
    ints("9223372036854775807", "-2"),
  );
  assert.equal(c.cmd("BITFIELD", "new", "OVERFLOW", "FAIL", "SET", "u8", "0", "1000"), ints(null));
  // The string is grown for the write even though the write failed.
  assert.equal(c.cmd("GET", "new"), bulk("\x00"));
});

test("BITFIELD and BITFIELD_RO errors", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "s", "abc");
  assert.equal(c.cmd("BITFIELD", "s", "GET", "u64", "0"), BAD_TYPE);
  assert.equal(c.cmd("BITFIELD", "s", "GET", "i65", "0"), BAD_TYPE);
  assert.equal(c.cmd("BITFIELD", "s", "GET", "x8", "0"), BAD_TYPE);
  assert.equal(c.cmd("BITFIELD", "s", "GET", "u8", "-1"), BAD_OFFSET);
  assert.equal(c.cmd("BITFIELD", "s", "GET", "u8"), SYNTAX);
  assert.equal(c.cmd("BITFIELD", "s", "OVERFLOW", "foo"), errorReply(ERR_BITFIELD_OVERFLOW));
  assert.equal(c.cmd("BITFIELD", "s", "SET", "u8", "0", "x"), errorReply(ERR_NOT_INTEGER));
  assert.equal(c.cmd("BITFIELD_RO", "s", "GET", "u8", "0", "SET", "u8", "0", "1"), errorReply(ERR_BITFIELD_RO));
  assert.equal(c.cmd("BITFIELD_RO", "s", "GET", "u8", "0"), ints(97));
  assert.equal(c.cmd("GET", "s"), bulk("abc"));
  storeList(t, "l");
  assert.equal(c.cmd("BITFIELD", "l", "GET", "u8", "0"), WRONGTYPE);
  assert.equal(c.cmd("BITFIELD_RO", "l", "GET", "u8", "0"), WRONGTYPE);
  assert.equal(c.cmd("BITFIELD", "l", "GET", "x8", "0"), BAD_TYPE);
});

test("BITFIELD emits setbit only when a field changed", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "k", "a");
  const events = recordEvents(t);
  c.cmd("BITFIELD", "k", "SET", "u8", "0", "97");
  assert.deepEqual(events, []);
  c.cmd("BITFIELD", "k", "SET", "u8", "0", "98", "INCRBY", "u8", "0", "1");
  assert.deepEqual(events, ["setbit k@0"]);
});

test("bit reads count keyspace hits and misses; bit writes do not", () => {
  const t = inProcess();
  const c = t.connect();
  const st = t.server.stats;
  c.cmd("SETBIT", "k", "1", "1");
  c.cmd("BITFIELD", "k", "SET", "u8", "0", "1");
  assert.deepEqual([st.keyspaceHits, st.keyspaceMisses], [0, 0]);
  c.cmd("GETBIT", "k", "0");
  c.cmd("BITCOUNT", "nokey");
  c.cmd("BITPOS", "k", "1");
  c.cmd("BITFIELD_RO", "k", "GET", "u8", "0");
  c.cmd("BITFIELD", "nokey", "GET", "u8", "0");
  c.cmd("BITOP", "AND", "d", "k", "nokey");
  assert.deepEqual([st.keyspaceHits, st.keyspaceMisses], [4, 3]);
});

test("bit writes leave a raw encoding", () => {
  const c = inProcess().connect();
  c.cmd("SET", "a", "1");
  c.cmd("SETBIT", "a", "7", "0");
  assert.equal(c.cmd("OBJECT", "ENCODING", "a"), bulk("raw"));
  c.cmd("BITFIELD", "b", "SET", "u8", "0", "49");
  assert.equal(c.cmd("OBJECT", "ENCODING", "b"), bulk("raw"));
  c.cmd("BITOP", "OR", "d", "b");
  assert.equal(c.cmd("OBJECT", "ENCODING", "d"), bulk("raw"));
});

test("bit commands on a 1 MB bitmap", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("SETBIT", "big", String(8 * 1024 * 1024 - 1), "1"), int(0));
  assert.equal(c.cmd("STRLEN", "big"), int(1024 * 1024));
  assert.equal(c.cmd("BITCOUNT", "big"), int(1));
  assert.equal(c.cmd("BITPOS", "big", "1"), int(8 * 1024 * 1024 - 1));
  assert.equal(c.cmd("SETBIT", "big", "0", "1"), int(0));
  assert.equal(c.cmd("BITOP", "NOT", "inv", "big"), int(1024 * 1024));
  assert.equal(c.cmd("BITCOUNT", "inv"), int(8 * 1024 * 1024 - 2));
  assert.equal(c.cmd("BITPOS", "inv", "0"), int(0));
  assert.equal(c.cmd("BITFIELD", "big", "INCRBY", "u16", "#10", "1000", "GET", "u16", "#10"), ints(1000, 1000));
});
