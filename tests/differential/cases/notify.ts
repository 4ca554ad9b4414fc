/**
 * Keyspace notifications: notify-keyspace-events classes and K/E channels, as received by a pattern
 * subscriber on another connection. Each case sets the flags it needs (the runner restores the setting).
 */
import type { DiffCase } from "../types.ts";

/** Subscribes connection 1 to every keyspace and keyevent channel. */
const LISTEN = { cmd: ["PSUBSCRIBE", "__key*__:*"], conn: 1 };
const READ = { read: true, conn: 1 };

export const cases: DiffCase[] = [
  {
    name: "notify-keyspace-events: accepted and refused flag strings, canonical form",
    steps: [
      ["CONFIG", "GET", "notify-keyspace-events"],
      ["CONFIG", "SET", "notify-keyspace-events", "KEA"],
      ["CONFIG", "GET", "notify-keyspace-events"],
      ["CONFIG", "SET", "notify-keyspace-events", "Eg$lshzxetd"],
      ["CONFIG", "GET", "notify-keyspace-events"],
      ["CONFIG", "SET", "notify-keyspace-events", "Kgxmn"],
      ["CONFIG", "GET", "notify-keyspace-events"],
      ["CONFIG", "SET", "notify-keyspace-events", "KEQ"],
      ["CONFIG", "SET", "notify-keyspace-events", ""],
      ["CONFIG", "GET", "notify-keyspace-events"],
    ],
  },
  {
    name: "KEA: SET, DEL and EXPIRE publish keyspace then keyevent messages",
    steps: [
      ["CONFIG", "SET", "notify-keyspace-events", "KEA"],
      LISTEN,
      ["SET", "k", "v"],
      READ,
      READ,
      ["EXPIRE", "k", "100"],
      READ,
      READ,
      ["PERSIST", "k"],
      READ,
      READ,
      ["DEL", "k", "missing"],
      READ,
      READ,
      ["DEL", "missing"],
      ["SET", "k2", "v"],
      READ,
      READ,
    ],
  },
  {
    name: "n adds new-key events, even next to A where CONFIG GET does not show it",
    steps: [
      ["CONFIG", "SET", "notify-keyspace-events", "KEAn"],
      ["CONFIG", "GET", "notify-keyspace-events"],
      LISTEN,
      ["ZADD", "fresh", "1", "a"],
      READ,
      READ,
      READ,
      READ,
      ["ZADD", "fresh", "2", "b"],
      READ,
      READ,
    ],
  },
  {
    name: "Only K: keyspace channel only; only E: keyevent channel only",
    steps: [
      ["CONFIG", "SET", "notify-keyspace-events", "K$"],
      LISTEN,
      ["SET", "a", "1"],
      READ,
      ["CONFIG", "SET", "notify-keyspace-events", "E$"],
      ["SET", "a", "2"],
      READ,
      ["CONFIG", "SET", "notify-keyspace-events", "$"],
      ["SET", "a", "3"],
      ["CONFIG", "SET", "notify-keyspace-events", "KE$"],
      ["SET", "a", "4"],
      READ,
      READ,
    ],
  },
  {
    name: "Classes filter events: g without $, $ without g",
    steps: [
      ["CONFIG", "SET", "notify-keyspace-events", "Kg"],
      LISTEN,
      ["SET", "a", "1"],
      ["DEL", "a"],
      READ,
      ["CONFIG", "SET", "notify-keyspace-events", "K$"],
      ["SET", "a", "1"],
      READ,
      ["DEL", "a"],
      ["INCR", "a"],
      READ,
    ],
  },
  {
    name: "Expired keys publish expired (x)",
    steps: [
      ["CONFIG", "SET", "notify-keyspace-events", "Ex"],
      LISTEN,
      ["SET", "gone", "1", "PX", "30"],
      { read: true, conn: 1, sleepMs: 400 },
      ["EXISTS", "gone"],
    ],
  },
  {
    name: "Events go to the key's database and to channel subscribers too",
    steps: [
      ["CONFIG", "SET", "notify-keyspace-events", "KEA"],
      { cmd: ["SUBSCRIBE", "__keyspace@3__:dbkey", "__keyevent@3__:set"], conn: 1 },
      ["SELECT", "3"],
      ["SET", "dbkey", "v"],
      READ,
      READ,
      ["SELECT", "0"],
      ["SET", "dbkey", "v"],
      ["SELECT", "3"],
      ["DEL", "dbkey"],
      ["SELECT", "0"],
    ],
  },
  {
    name: "Binary keys in keyspace channel names",
    steps: [
      ["CONFIG", "SET", "notify-keyspace-events", "KE$"],
      LISTEN,
      ["SET", "\x00\xff key\r\n", "v"],
      READ,
      READ,
    ],
  },
  {
    name: "RESP3 subscriber receives events as push frames",
    resp3: true,
    steps: [
      ["CONFIG", "SET", "notify-keyspace-events", "KEg"],
      LISTEN,
      ["SET", "k", "v"],
      ["DEL", "k"],
      READ,
      READ,
    ],
  },
  {
    name: "Events from a transaction arrive in command order",
    steps: [
      ["CONFIG", "SET", "notify-keyspace-events", "E$g"],
      LISTEN,
      ["MULTI"],
      ["SET", "t1", "1"],
      ["SET", "t2", "1"],
      ["DEL", "t1"],
      ["EXEC"],
      READ,
      READ,
      READ,
    ],
  },
];
