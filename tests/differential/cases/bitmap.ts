/**
 * Bit commands against redis-server 7.0.15: GETBIT/SETBIT limits, BITCOUNT and BITPOS ranges in BYTE and BIT
 * units (with 7.0's key-before-arguments order), BITOP on unequal lengths, BITFIELD types, offsets, overflow
 * policies and BITFIELD_RO, binary values and a 1 MB bitmap.
 */
import type { DiffCase } from "../types.ts";

const I64_MAX = "9223372036854775807";
const I64_MIN = "-9223372036854775808";
const BYTES = "\x00\xff\x01\x80\x55\xaa\r\n";

/** A pseudo-random byte string of length n (fixed seed, so both servers see the same bytes). */
function bytes(n: number, seed: number): string {
  let x = seed;
  let s = "";
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const r = x >> 16;
    s += String.fromCharCode(r % 3 === 0 ? 0 : r % 3 === 1 ? 0xff : r & 0xff);
  }
  return s;
}

/** BITCOUNT over many ranges of one value, in both units. */
function bitcountRanges(key: string): string[][] {
  const idx = ["0", "1", "2", "-1", "-2", "5", "7", "8", "9", "15", "16", "-8", "-9", "100", "-100"];
  const out: string[][] = [];
  for (const s of idx) {
    for (const e of ["0", "-1", "3", "9", "-3", "17", "63", "-100"]) {
      out.push(["BITCOUNT", key, s, e]);
      out.push(["BITCOUNT", key, s, e, "BIT"]);
    }
  }
  return out;
}

/** BITPOS for both bits over many ranges of one value. */
function bitposRanges(key: string): string[][] {
  const out: string[][] = [];
  for (const bit of ["0", "1"]) {
    out.push(["BITPOS", key, bit]);
    for (const s of ["0", "1", "-1", "2", "7", "-3", "100"]) {
      out.push(["BITPOS", key, bit, s]);
      for (const e of ["0", "-1", "1", "3", "9", "-2", "63", "100"]) {
        out.push(["BITPOS", key, bit, s, e]);
        out.push(["BITPOS", key, bit, s, e, "BIT"]);
        out.push(["BITPOS", key, bit, s, e, "byte"]);
      }
    }
  }
  return out;
}

export const cases: DiffCase[] = [
  {
    name: "SETBIT and GETBIT",
    steps: [
      ["SETBIT", "k", "7", "1"],
      ["GET", "k"],
      ["SETBIT", "k", "7", "1"],
      ["SETBIT", "k", "7", "0"],
      ["GETBIT", "k", "7"],
      ["SETBIT", "k", "100", "1"],
      ["STRLEN", "k"],
      ["GET", "k"],
      ["GETBIT", "k", "100"],
      ["GETBIT", "k", "101"],
      ["GETBIT", "k", "1000000"],
      ["GETBIT", "nokey", "0"],
      ["SET", "s", "a"],
      ["GETBIT", "s", "1"],
      ["GETBIT", "s", "2"],
      ["SETBIT", "s", "6", "1"],
      ["GET", "s"],
      ["SET", "n", "12"],
      ["GETBIT", "n", "2"],
      ["SETBIT", "n", "15", "1"],
      ["GET", "n"],
      ["OBJECT", "ENCODING", "n"],
      ["SET", "t", "a", "EX", "100"],
      ["SETBIT", "t", "0", "1"],
      ["TTL", "t"],
      ["SETBIT", "e", "0", "0"],
      ["GET", "e"],
      ["OBJECT", "ENCODING", "e"],
    ],
  },
  {
    name: "SETBIT and GETBIT errors",
    steps: [
      ["SETBIT", "k", "0", "2"],
      ["SETBIT", "k", "0", "-1"],
      ["SETBIT", "k", "0", "x"],
      ["SETBIT", "k", "0", ""],
      ["SETBIT", "k", "-1", "1"],
      ["SETBIT", "k", "x", "1"],
      ["SETBIT", "k", "1.5", "1"],
      ["SETBIT", "k", "4294967296", "1"],
      ["SETBIT", "k", I64_MAX, "1"],
      ["SETBIT", "k", "4294967296", "2"],
      ["SETBIT", "k", "4294967295", "2"],
      ["GETBIT", "k", "-1"],
      ["GETBIT", "k", "x"],
      ["GETBIT", "k", "4294967296"],
      ["GETBIT", "k", "4294967295"],
      ["EXISTS", "k"],
      ["RPUSH", "list", "a"],
      ["SETBIT", "list", "0", "1"],
      ["SETBIT", "list", "-1", "1"],
      ["GETBIT", "list", "0"],
      ["GETBIT", "list", "x"],
      ["SETBIT", "k", "0"],
      ["GETBIT", "k"],
    ],
  },
  {
    name: "SETBIT near proto-max-bulk-len",
    steps: [
      ["CONFIG", "SET", "proto-max-bulk-len", "1048576"],
      ["SETBIT", "k", "8388607", "1"],
      ["STRLEN", "k"],
      ["GETBIT", "k", "8388607"],
      ["SETBIT", "k", "8388608", "1"],
      ["GETBIT", "k", "8388608"],
      ["BITCOUNT", "k"],
      ["BITPOS", "k", "1"],
      ["BITPOS", "k", "0", "-1"],
      ["CONFIG", "SET", "proto-max-bulk-len", "536870912"],
    ],
  },
  {
    name: "BITCOUNT whole values",
    steps: [
      ["BITCOUNT", "nokey"],
      ["SET", "k", "foobar"],
      ["BITCOUNT", "k"],
      ["SET", "k", BYTES],
      ["BITCOUNT", "k"],
      ["SET", "k", ""],
      ["BITCOUNT", "k"],
      ["SET", "k", "1234567890"],
      ["BITCOUNT", "k"],
      ["SET", "k", bytes(1000, 1)],
      ["BITCOUNT", "k"],
    ],
  },
  {
    name: "BITCOUNT ranges in BYTE and BIT units",
    steps: [["SET", "k", bytes(13, 7)], ...bitcountRanges("k"), ["SET", "e", ""], ["BITCOUNT", "e", "0", "-1"], ["BITCOUNT", "e", "0", "-1", "BIT"]],
  },
  {
    name: "BITCOUNT argument errors and their order",
    steps: [
      ["BITCOUNT", "nokey", "a", "b"],
      ["BITCOUNT", "nokey", "0", "1", "foo"],
      ["BITCOUNT", "nokey", "0"],
      ["BITCOUNT", "nokey", "0", "1", "bit", "x"],
      ["SET", "k", "abc"],
      ["BITCOUNT", "k", "0"],
      ["BITCOUNT", "k", "a", "b"],
      ["BITCOUNT", "k", "0", "b"],
      ["BITCOUNT", "k", "0", "1", "foo"],
      ["BITCOUNT", "k", "-1", "-5", "foo"],
      ["BITCOUNT", "k", "0", "1", "2"],
      ["BITCOUNT", "k", "0", "1", "bit", "x"],
      ["BITCOUNT", "k", I64_MIN, I64_MAX],
      ["BITCOUNT", "k", I64_MIN, I64_MAX, "BIT"],
      ["BITCOUNT", "k", "9223372036854775808", "1"],
      ["RPUSH", "list", "a"],
      ["BITCOUNT", "list"],
      ["BITCOUNT", "list", "x", "y"],
      ["BITCOUNT"],
    ],
  },
  {
    name: "BITPOS ranges in BYTE and BIT units",
    steps: [["SET", "k", "\x00\xff\xf0\x0f\x00\x00\x01\xff\xff"], ...bitposRanges("k")],
  },
  {
    name: "BITPOS on uniform values",
    steps: [
      ["SET", "ones", "\xff\xff\xff"],
      ["BITPOS", "ones", "0"],
      ["BITPOS", "ones", "0", "0"],
      ["BITPOS", "ones", "0", "0", "-1"],
      ["BITPOS", "ones", "0", "1", "-1", "BIT"],
      ["BITPOS", "ones", "1"],
      ["SET", "zeros", "\x00\x00\x00"],
      ["BITPOS", "zeros", "1"],
      ["BITPOS", "zeros", "0"],
      ["BITPOS", "zeros", "1", "1", "2"],
      ["BITPOS", "zeros", "0", "5", "10", "BIT"],
      ["SET", "e", ""],
      ["BITPOS", "e", "0"],
      ["BITPOS", "e", "1"],
      ["BITPOS", "e", "0", "0", "-1"],
      ["BITPOS", "nokey", "0"],
      ["BITPOS", "nokey", "1"],
      ["BITPOS", "nokey", "0", "5", "10", "BIT"],
      ["SET", "big", "\xff".repeat(5000) + "\xfe"],
      ["BITPOS", "big", "0"],
      ["BITPOS", "big", "0", "4990", "-1"],
      ["SET", "big", "\x00".repeat(5000) + "\x01"],
      ["BITPOS", "big", "1"],
      ["BITPOS", "big", "1", "-10", "-1", "BIT"],
    ],
  },
  {
    name: "BITPOS argument errors and their order",
    steps: [
      ["BITPOS", "nokey", "2"],
      ["BITPOS", "nokey", "x"],
      ["BITPOS", "nokey", "-1"],
      ["BITPOS", "nokey", "1", "a"],
      ["BITPOS", "nokey", "1", "0", "1", "foo"],
      ["BITPOS", "nokey", "1", "0", "1", "bit", "x"],
      ["SET", "k", "abc"],
      ["BITPOS", "k", "2"],
      ["BITPOS", "k", "1", "a"],
      ["BITPOS", "k", "1", "0", "a"],
      ["BITPOS", "k", "1", "0", "a", "foo"],
      ["BITPOS", "k", "1", "a", "1", "foo"],
      ["BITPOS", "k", "1", "0", "1", "foo"],
      ["BITPOS", "k", "1", "0", "1", "bit", "x"],
      ["BITPOS", "k", "1", I64_MIN, I64_MAX, "BIT"],
      ["RPUSH", "list", "a"],
      ["BITPOS", "list", "1"],
      ["BITPOS", "list", "2"],
      ["BITPOS", "k"],
    ],
  },
  {
    name: "BITOP AND OR XOR NOT",
    steps: [
      ["SET", "a", "\xff\x0f\xf0\x55"],
      ["SET", "b", "\x0f\xff"],
      ["SET", "c", "\x01\x02\x03\x04\x05\x06"],
      ["BITOP", "AND", "d", "a", "b"],
      ["GET", "d"],
      ["BITOP", "OR", "d", "a", "b", "c"],
      ["GET", "d"],
      ["BITOP", "XOR", "d", "a", "b", "c"],
      ["GET", "d"],
      ["BITOP", "NOT", "d", "a"],
      ["GET", "d"],
      ["BITOP", "and", "d", "a", "nokey"],
      ["GET", "d"],
      ["BITOP", "or", "d", "nokey", "a"],
      ["GET", "d"],
      ["BITOP", "xor", "d", "a", "a"],
      ["GET", "d"],
      ["BITOP", "not", "d", "nokey"],
      ["EXISTS", "d"],
      ["SET", "d", "x", "EX", "100"],
      ["BITOP", "AND", "d", "a"],
      ["TTL", "d"],
      ["OBJECT", "ENCODING", "d"],
      ["BITOP", "AND", "d", "nokey", "nokey2"],
      ["EXISTS", "d"],
      ["SET", "e", ""],
      ["BITOP", "OR", "d", "e"],
      ["EXISTS", "d"],
      ["BITOP", "AND", "a", "a", "b"],
      ["GET", "a"],
      ["SET", "l1", bytes(100, 3)],
      ["SET", "l2", bytes(77, 4)],
      ["SET", "l3", bytes(130, 5)],
      ["BITOP", "AND", "r", "l1", "l2", "l3"],
      ["GET", "r"],
      ["BITOP", "OR", "r", "l1", "l2", "l3"],
      ["GET", "r"],
      ["BITOP", "XOR", "r", "l1", "l2", "l3"],
      ["GET", "r"],
      ["BITOP", "NOT", "r", "l3"],
      ["GET", "r"],
    ],
  },
  {
    name: "BITOP errors",
    steps: [
      ["SET", "a", "abc"],
      ["RPUSH", "list", "x"],
      ["BITOP", "FOO", "d", "a"],
      ["BITOP", "NOT", "d", "a", "a"],
      ["BITOP", "NOT", "d", "list"],
      ["BITOP", "AND", "d", "a", "list"],
      ["BITOP", "AND", "list", "a"],
      ["TYPE", "list"],
      ["BITOP", "AND", "d"],
      ["BITOP", "AND"],
      ["EXISTS", "d"],
    ],
  },
  {
    name: "BITFIELD GET SET INCRBY",
    steps: [
      ["BITFIELD", "k", "SET", "u8", "0", "255", "GET", "u8", "0"],
      ["BITFIELD", "k", "SET", "i8", "0", "-1", "GET", "i8", "0", "GET", "u4", "0", "GET", "i4", "4"],
      ["BITFIELD", "k", "INCRBY", "u2", "100", "1", "GET", "u2", "100"],
      ["BITFIELD", "k", "GET", "u8", "#1", "SET", "u8", "#1", "7", "GET", "u8", "8"],
      ["BITFIELD", "k", "SET", "i64", "0", I64_MIN, "GET", "i64", "0", "INCRBY", "i64", "0", "-1"],
      ["BITFIELD", "k", "SET", "u63", "3", I64_MAX, "GET", "u63", "3", "GET", "i63", "3"],
      ["BITFIELD", "k", "SET", "i1", "0", "-1", "GET", "i1", "0", "GET", "u1", "0"],
      ["BITFIELD", "k", "SET", "u32", "1", "4294967295", "GET", "u32", "1", "GET", "i32", "1", "GET", "u33", "0"],
      ["BITFIELD", "k", "incrby", "i5", "17", "-3", "get", "i5", "17"],
      ["GET", "k"],
      ["BITFIELD", "k"],
      ["BITFIELD", "nokey", "GET", "u8", "0", "GET", "i16", "100"],
      ["EXISTS", "nokey"],
      ["BITFIELD", "nokey"],
      ["EXISTS", "nokey"],
      ["SET", "s", "abc"],
      ["BITFIELD", "s", "GET", "u8", "#1", "GET", "u24", "0", "GET", "i12", "4"],
      ["SET", "t", "a", "EX", "100"],
      ["BITFIELD", "t", "SET", "u8", "8", "1"],
      ["TTL", "t"],
      ["GET", "t"],
      ["OBJECT", "ENCODING", "t"],
    ],
  },
  {
    name: "BITFIELD overflow policies",
    steps: [
      ["BITFIELD", "k", "OVERFLOW", "WRAP", "INCRBY", "u2", "0", "5", "INCRBY", "i8", "8", "200", "INCRBY", "i8", "8", "-300"],
      ["BITFIELD", "k", "OVERFLOW", "SAT", "INCRBY", "u2", "0", "5", "INCRBY", "i8", "8", "200", "INCRBY", "i8", "8", "-300"],
      ["BITFIELD", "k", "OVERFLOW", "FAIL", "INCRBY", "u2", "0", "5", "INCRBY", "i8", "8", "200", "INCRBY", "i8", "8", "-1"],
      ["BITFIELD", "k", "OVERFLOW", "SAT", "SET", "u4", "0", "100", "SET", "i4", "4", "-100", "GET", "u8", "0"],
      ["BITFIELD", "k", "OVERFLOW", "FAIL", "SET", "u4", "0", "16", "SET", "u4", "0", "15", "GET", "u4", "0"],
      ["BITFIELD", "k", "OVERFLOW", "WRAP", "SET", "i4", "0", "8", "GET", "i4", "0", "SET", "u4", "0", "-1", "GET", "u4", "0"],
      ["BITFIELD", "k", "INCRBY", "u2", "100", "1", "OVERFLOW", "SAT", "INCRBY", "u2", "102", "1", "OVERFLOW", "FAIL", "INCRBY", "u2", "102", "1"],
      ["BITFIELD", "k", "OVERFLOW", "WRAP", "INCRBY", "i64", "0", I64_MAX, "INCRBY", "i64", "0", I64_MAX],
      ["BITFIELD", "k", "OVERFLOW", "SAT", "INCRBY", "i64", "0", I64_MAX, "INCRBY", "i64", "0", I64_MIN, "INCRBY", "i64", "0", I64_MIN],
      ["BITFIELD", "k", "OVERFLOW", "SAT", "INCRBY", "u63", "0", I64_MAX, "INCRBY", "u63", "0", "1", "INCRBY", "u63", "0", I64_MIN],
      ["BITFIELD", "k", "OVERFLOW", "WRAP", "INCRBY", "u63", "0", I64_MIN, "INCRBY", "u63", "0", "-1"],
      ["BITFIELD", "k", "OVERFLOW", "FAIL", "INCRBY", "i64", "64", I64_MAX, "INCRBY", "i64", "64", "1", "GET", "i64", "64"],
      ["GET", "k"],
      ["BITFIELD", "new", "OVERFLOW", "FAIL", "SET", "u8", "0", "1000"],
      ["EXISTS", "new"],
      ["GET", "new"],
      ["BITFIELD", "new2", "OVERFLOW", "FAIL", "INCRBY", "u8", "16", "1000"],
      ["GET", "new2"],
      ["BITFIELD", "k", "overflow", "sat", "overflow", "wrap", "incrby", "u3", "0", "9"],
    ],
  },
  {
    name: "BITFIELD errors",
    steps: [
      ["SET", "s", "abc"],
      ["BITFIELD", "s", "GET", "u64", "0"],
      ["BITFIELD", "s", "GET", "i65", "0"],
      ["BITFIELD", "s", "GET", "i0", "0"],
      ["BITFIELD", "s", "GET", "u", "0"],
      ["BITFIELD", "s", "GET", "x8", "0"],
      ["BITFIELD", "s", "GET", "U8", "0"],
      ["BITFIELD", "s", "GET", "u08", "0"],
      ["BITFIELD", "s", "GET", "u8", "-1"],
      ["BITFIELD", "s", "GET", "u8", "#-1"],
      ["BITFIELD", "s", "GET", "u8", "x"],
      ["BITFIELD", "s", "GET", "u8", "4294967296"],
      ["BITFIELD", "s", "GET", "u8", "#536870912"],
      ["BITFIELD", "s", "GET", "u8", "#536870911"],
      ["BITFIELD", "s", "GET", "u8"],
      ["BITFIELD", "s", "SET", "u8", "0"],
      ["BITFIELD", "s", "SET", "u8", "0", "x"],
      ["BITFIELD", "s", "INCRBY", "u8", "0", "1.5"],
      ["BITFIELD", "s", "INCRBY", "u8", "0", "9223372036854775808"],
      ["BITFIELD", "s", "OVERFLOW", "foo"],
      ["BITFIELD", "s", "OVERFLOW"],
      ["BITFIELD", "s", "FOO"],
      ["BITFIELD", "s", "GET", "u8", "0", "FOO"],
      ["BITFIELD", "s", "SET", "u8", "0", "1", "GET", "x8", "0"],
      ["GET", "s"],
      ["RPUSH", "list", "a"],
      ["BITFIELD", "list", "GET", "u8", "0"],
      ["BITFIELD", "list", "SET", "u8", "0", "1"],
      ["BITFIELD", "list", "GET", "x8", "0"],
      ["BITFIELD", "list"],
      ["BITFIELD"],
    ],
  },
  {
    name: "BITFIELD_RO",
    steps: [
      ["SET", "s", "abc"],
      ["BITFIELD_RO", "s", "GET", "u8", "0", "GET", "i4", "#3"],
      ["BITFIELD_RO", "s"],
      ["BITFIELD_RO", "nokey", "GET", "u8", "0"],
      ["BITFIELD_RO", "s", "SET", "u8", "0", "1"],
      ["BITFIELD_RO", "s", "GET", "u8", "0", "SET", "u8", "0", "1"],
      ["BITFIELD_RO", "s", "INCRBY", "u8", "0", "1"],
      ["BITFIELD_RO", "s", "OVERFLOW", "SAT"],
      ["BITFIELD_RO", "s", "OVERFLOW", "SAT", "GET", "u8", "0"],
      ["BITFIELD_RO", "s", "FOO"],
      ["BITFIELD_RO", "s", "GET", "x8", "0"],
      ["RPUSH", "list", "a"],
      ["BITFIELD_RO", "list", "GET", "u8", "0"],
      ["BITFIELD_RO", "list", "SET", "u8", "0", "1"],
      ["GET", "s"],
    ],
  },
  {
    name: "bit commands on a 1 MB bitmap",
    steps: [
      ["SET", "big", bytes(1024 * 1024, 11)],
      ["BITCOUNT", "big"],
      ["BITCOUNT", "big", "1000", "-1000"],
      ["BITCOUNT", "big", "12345", "8000000", "BIT"],
      ["BITPOS", "big", "1", "500000"],
      ["BITPOS", "big", "0", "-3", "-1"],
      ["SETBIT", "big", "8388607", "0"],
      ["SETBIT", "big", "8388608", "1"],
      ["STRLEN", "big"],
      ["BITFIELD", "big", "INCRBY", "u16", "#262144", "1000", "GET", "i32", "8388590"],
      ["BITOP", "NOT", "inv", "big"],
      ["BITCOUNT", "inv"],
      ["GETRANGE", "inv", "0", "15"],
    ],
  },
];
