/** Generic key-space commands in process, with a clock the test moves. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess, onKeyspaceEvent } from "../helpers/inprocess.ts";
import type { TestConn, TestServer } from "../helpers/inprocess.ts";
import {
  ERR_DB_INDEX,
  ERR_EXPIRE_NX_XX,
  ERR_INT_RANGE,
  ERR_INVALID_CURSOR,
  ERR_INVALID_FIRST_DB,
  ERR_INVALID_SECOND_DB,
  ERR_LFU_NO_FREQ,
  ERR_LFU_NO_IDLETIME,
  ERR_NO_SUCH_KEY,
  ERR_NOT_INTEGER,
  ERR_SAME_OBJECT,
  ERR_SYNTAX,
  ERR_TIMEOUT_NEGATIVE,
  ERR_TIMEOUT_NOT_INTEGER,
  errUnknownSubcommand,
  errUnsupportedOption,
} from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

const bulk = (s: string) => `$${s.length}\r\n${s}\r\n`;
const int = (n: number | string) => `:${n}\r\n`;

function recordEvents(t: TestServer): string[] {
  const log: string[] = [];
  onKeyspaceEvent(t.server, (_type, event, key, db) => log.push(`${event} ${key}@${db}`));
  return log;
}

/** A minimal list-like value, so these tests need no other family. */
function fakeList(items: string[] = []) {
  return {
    type: "list" as const,
    items,
    encoding: () => "quicklist",
    clone() {
      return fakeList([...this.items]);
    },
  };
}

/** The keys of a flat array-of-bulks reply. */
function bulks(reply: string): string[] {
  const out: string[] = [];
  const re = /\$(\d+)\r\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(reply)) !== null) {
    const n = Number(m[1]);
    out.push(reply.slice(re.lastIndex, re.lastIndex + n));
    re.lastIndex += n + 2;
  }
  return out;
}

/** One SCAN call: [next cursor, keys]. */
function scan(c: TestConn, cursor: string, ...opts: string[]): [string, string[]] {
  const all = bulks(c.cmd("SCAN", cursor, ...opts));
  return [all[0], all.slice(1)];
}

test("DEL and UNLINK count the keys they removed, a repeated key once", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("MSET", "a", "1", "b", "2", "c", "3");
  assert.equal(c.cmd("DEL", "a", "a", "nokey"), int(1));
  assert.equal(c.cmd("UNLINK", "b", "c", "b"), int(2));
  assert.equal(c.cmd("DBSIZE"), int(0));
  const events = recordEvents(t);
  c.cmd("SET", "d", "1");
  c.cmd("UNLINK", "d");
  assert.deepEqual(events, ["set d@0", "del d@0"]);
});

test("EXISTS counts repeats; TOUCH counts live keys; TYPE names every type", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "s", "v");
  t.server.dbs[0].store("l", fakeList(["a"]));
  assert.equal(c.cmd("EXISTS", "s", "s", "nokey", "l"), int(3));
  assert.equal(c.cmd("TOUCH", "s", "nokey", "l"), int(2));
  assert.equal(c.cmd("TYPE", "s"), "+string\r\n");
  assert.equal(c.cmd("TYPE", "l"), "+list\r\n");
  assert.equal(c.cmd("TYPE", "nokey"), "+none\r\n");
});

test("TOUCH resets the idle time; EXISTS, TYPE and TTL do not", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "k", "v");
  t.host.advance(5000);
  c.cmd("EXISTS", "k");
  c.cmd("TYPE", "k");
  c.cmd("TTL", "k");
  assert.equal(c.cmd("OBJECT", "IDLETIME", "k"), int(5));
  c.cmd("TOUCH", "k");
  assert.equal(c.cmd("OBJECT", "IDLETIME", "k"), int(0));
  t.host.advance(3000);
  c.cmd("GET", "k");
  assert.equal(c.cmd("OBJECT", "IDLETIME", "k"), int(0));
});

test("reads of the key space count hits and misses; OBJECT counts but emits no keymiss", () => {
  const t = inProcess();
  const c = t.connect();
  const st = t.server.stats;
  c.cmd("SET", "k", "v");
  const events = recordEvents(t);
  c.cmd("EXISTS", "k", "nokey");
  c.cmd("TYPE", "k");
  c.cmd("TTL", "nokey");
  c.cmd("TOUCH", "k");
  c.cmd("OBJECT", "ENCODING", "nokey");
  c.cmd("COPY", "k", "k2");
  assert.deepEqual([st.keyspaceHits, st.keyspaceMisses], [4, 3]);
  c.cmd("DEL", "k2");
  c.cmd("EXPIRE", "k", "100");
  c.cmd("RENAME", "k", "k3");
  c.cmd("KEYS", "*");
  assert.deepEqual([st.keyspaceHits, st.keyspaceMisses], [4, 3]);
  assert.deepEqual(events.filter((e) => e.startsWith("keymiss")), ["keymiss nokey@0", "keymiss nokey@0"]);
});

test("KEYS matches globs and skips expired keys without deleting them", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("MSET", "hello", "1", "hallo", "2", "other", "3", "h\x00llo", "4");
  c.cmd("PEXPIRE", "other", "10");
  t.host.advance(20);
  assert.deepEqual(bulks(c.cmd("KEYS", "h?llo")).sort(), ["h\x00llo", "hallo", "hello"]);
  assert.deepEqual(bulks(c.cmd("KEYS", "*")).sort(), ["h\x00llo", "hallo", "hello"]);
  assert.equal(t.server.dbs[0].size, 4);
});

test("SCAN returns every key present for the whole iteration, despite writes in between", () => {
  const t = inProcess();
  const c = t.connect();
  const stable: string[] = [];
  for (let i = 0; i < 500; i++) {
    c.cmd("SET", `stable:${i}`, "v");
    stable.push(`stable:${i}`);
  }
  for (let i = 0; i < 300; i++) c.cmd("SET", `churn:${i}`, "v");
  const seen = new Set<string>();
  let cursor = "0";
  let calls = 0;
  let n = 0;
  do {
    const [next, keys] = scan(c, cursor, "COUNT", "7");
    for (const k of keys) seen.add(k);
    cursor = next;
    calls++;
    // Delete and add other keys between calls.
    c.cmd("DEL", `churn:${n}`);
    c.cmd("SET", `new:${n++}`, "v");
  } while (cursor !== "0");
  for (const k of stable) assert.ok(seen.has(k), k);
  assert.ok(calls > 10);
});

test("SCAN COUNT, MATCH and TYPE filter; expired keys are left out and reclaimed", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("MSET", "a1", "1", "a2", "2", "b1", "3");
  t.server.dbs[0].store("alist", fakeList(["x"]));
  const [cursor, all] = scan(c, "0", "COUNT", "100");
  assert.equal(cursor, "0");
  assert.deepEqual(all.sort(), ["a1", "a2", "alist", "b1"]);
  assert.deepEqual(scan(c, "0", "COUNT", "100", "MATCH", "a*")[1].sort(), ["a1", "a2", "alist"]);
  assert.deepEqual(scan(c, "0", "COUNT", "100", "TYPE", "LIST")[1], ["alist"]);
  assert.deepEqual(scan(c, "0", "COUNT", "100", "TYPE", "nosuchtype")[1], []);
  c.cmd("PEXPIRE", "b1", "5");
  t.host.advance(10);
  assert.deepEqual(scan(c, "0", "COUNT", "100")[1].sort(), ["a1", "a2", "alist"]);
  assert.equal(t.server.dbs[0].size, 3);
});

test("SCAN cursors follow strtoul, and bad options are syntax errors", () => {
  const c = inProcess().connect();
  c.cmd("SET", "k", "v");
  assert.equal(scan(c, "")[1].length, 1);
  assert.equal(scan(c, "+0")[1].length, 1);
  assert.deepEqual(scan(c, "18446744073709551615"), ["0", []]);
  for (const bad of ["x", " 1", "1 ", "-", "1.5", "18446744073709551616"]) {
    assert.equal(c.cmd("SCAN", bad), errorReply(ERR_INVALID_CURSOR), JSON.stringify(bad));
  }
  assert.equal(c.cmd("SCAN", "0", "COUNT", "0"), errorReply(ERR_SYNTAX));
  assert.equal(c.cmd("SCAN", "0", "COUNT", "x"), errorReply(ERR_NOT_INTEGER));
  assert.equal(c.cmd("SCAN", "0", "MATCH"), errorReply(ERR_SYNTAX));
  assert.equal(c.cmd("SCAN", "0", "FOO", "bar"), errorReply(ERR_SYNTAX));
});

test("RANDOMKEY picks live keys roughly uniformly and replies null on an empty database", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("RANDOMKEY"), "$-1\r\n");
  const keys = ["a", "b", "c", "d"];
  for (const k of keys) c.cmd("SET", k, "v");
  c.cmd("SET", "gone", "v", "PX", "5");
  t.host.advance(10);
  const counts = new Map<string, number>();
  for (let i = 0; i < 2000; i++) {
    const k = bulks(c.cmd("RANDOMKEY"))[0];
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  assert.deepEqual([...counts.keys()].sort(), keys);
  for (const k of keys) assert.ok(counts.get(k)! > 350, `${k}: ${counts.get(k)}`);
});

test("RENAME moves the value and its TTL; RENAMENX refuses an existing target", () => {
  const t = inProcess();
  const c = t.connect();
  const events = recordEvents(t);
  c.cmd("SET", "a", "1", "EX", "100");
  c.cmd("SET", "b", "2");
  assert.equal(c.cmd("RENAMENX", "a", "b"), int(0));
  assert.equal(c.cmd("RENAME", "a", "b"), "+OK\r\n");
  assert.equal(c.cmd("GET", "b"), bulk("1"));
  assert.equal(c.cmd("TTL", "b"), int(100));
  assert.equal(c.cmd("EXISTS", "a"), int(0));
  assert.equal(c.cmd("RENAMENX", "b", "c"), int(1));
  assert.equal(c.cmd("RENAME", "nokey", "x"), errorReply(ERR_NO_SUCH_KEY));
  assert.equal(c.cmd("RENAMENX", "c", "c"), int(0));
  assert.equal(c.cmd("RENAME", "c", "c"), "+OK\r\n");
  assert.deepEqual(events.filter((e) => e.startsWith("rename")), [
    "rename_from a@0",
    "rename_to b@0",
    "rename_from b@0",
    "rename_to c@0",
  ]);
});

test("RENAME invalidates WATCHes on both names", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  for (const watched of ["src", "dst"]) {
    a.cmd("SET", "src", "1");
    a.cmd("WATCH", watched);
    b.cmd("RENAME", "src", "dst");
    a.cmd("MULTI");
    a.cmd("PING");
    assert.equal(a.cmd("EXEC"), "*-1\r\n", watched);
  }
});

test("MOVE carries the value and TTL to another database", () => {
  const t = inProcess();
  const c = t.connect();
  const events = recordEvents(t);
  c.cmd("SET", "k", "v", "EX", "100");
  assert.equal(c.cmd("MOVE", "k", "1"), int(1));
  assert.equal(c.cmd("EXISTS", "k"), int(0));
  c.cmd("SELECT", "1");
  assert.equal(c.cmd("TTL", "k"), int(100));
  c.cmd("SELECT", "0");
  c.cmd("SET", "k", "other");
  assert.equal(c.cmd("MOVE", "k", "1"), int(0));
  assert.equal(c.cmd("MOVE", "nokey", "1"), int(0));
  assert.equal(c.cmd("MOVE", "k", "0"), errorReply(ERR_SAME_OBJECT));
  assert.equal(c.cmd("MOVE", "k", "16"), errorReply(ERR_DB_INDEX));
  assert.equal(c.cmd("MOVE", "k", "x"), errorReply(ERR_NOT_INTEGER));
  assert.equal(c.cmd("MOVE", "k", "2147483648"), errorReply(ERR_INT_RANGE));
  assert.deepEqual(events.filter((e) => e.startsWith("move")), ["move_from k@0", "move_to k@1"]);
});

test("COPY duplicates values independently, with the TTL, across databases and with REPLACE", () => {
  const t = inProcess();
  const c = t.connect();
  const events = recordEvents(t);
  c.cmd("SET", "s", "v", "EX", "100");
  assert.equal(c.cmd("COPY", "s", "s2"), int(1));
  assert.equal(c.cmd("TTL", "s2"), int(100));
  assert.equal(c.cmd("COPY", "s", "s2"), int(0));
  c.cmd("SET", "s", "w");
  assert.equal(c.cmd("COPY", "s", "s2", "REPLACE"), int(1));
  assert.equal(c.cmd("GET", "s2"), bulk("w"));
  assert.equal(c.cmd("TTL", "s2"), int(-1));
  assert.equal(c.cmd("COPY", "s", "s", "DB", "2"), int(1));
  c.cmd("SELECT", "2");
  assert.equal(c.cmd("GET", "s"), bulk("w"));
  c.cmd("SELECT", "0");
  const list = fakeList(["a"]);
  t.server.dbs[0].store("l", list);
  assert.equal(c.cmd("COPY", "l", "l2"), int(1));
  const copy = t.server.dbs[0].get("l2") as ReturnType<typeof fakeList>;
  assert.notEqual(copy, list);
  copy.items.push("b");
  assert.deepEqual(list.items, ["a"]);
  assert.equal(c.cmd("COPY", "s", "s"), errorReply(ERR_SAME_OBJECT));
  assert.equal(c.cmd("COPY", "s", "x", "DB", "99"), errorReply(ERR_DB_INDEX));
  assert.equal(c.cmd("COPY", "s", "x", "FOO"), errorReply(ERR_SYNTAX));
  assert.equal(c.cmd("COPY", "nokey", "x"), int(0));
  assert.deepEqual(events.filter((e) => e.startsWith("copy")), [
    "copy_to s2@0",
    "copy_to s2@0",
    "copy_to s@2",
    "copy_to l2@0",
  ]);
});

test("RENAME, MOVE and COPY keep a string's encoding", () => {
  const c = inProcess().connect();
  c.cmd("SET", "n", "12");
  c.cmd("APPEND", "n", "3");
  c.cmd("RENAME", "n", "r");
  assert.equal(c.cmd("OBJECT", "ENCODING", "r"), bulk("raw"));
  c.cmd("COPY", "r", "c");
  assert.equal(c.cmd("OBJECT", "ENCODING", "c"), bulk("raw"));
  c.cmd("MOVE", "c", "1");
  c.cmd("SELECT", "1");
  assert.equal(c.cmd("OBJECT", "ENCODING", "c"), bulk("raw"));
  c.cmd("SET", "c", "123");
  assert.equal(c.cmd("OBJECT", "ENCODING", "c"), bulk("int"));
});

test("SWAPDB exchanges contents, TTLs and encodings; clients keep their database number", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  a.cmd("SET", "k", "db0", "EX", "100");
  a.cmd("APPEND", "raw", "12");
  a.cmd("APPEND", "raw", "3");
  b.cmd("SELECT", "1");
  b.cmd("SET", "k", "db1");
  b.cmd("SET", "only1", "x");
  assert.equal(a.cmd("SWAPDB", "0", "1"), "+OK\r\n");
  assert.equal(a.cmd("GET", "k"), bulk("db1"));
  assert.equal(a.cmd("TTL", "k"), int(-1));
  assert.equal(a.cmd("DBSIZE"), int(2));
  assert.equal(b.cmd("GET", "k"), bulk("db0"));
  assert.equal(b.cmd("TTL", "k"), int(100));
  assert.equal(b.cmd("OBJECT", "ENCODING", "raw"), bulk("raw"));
  assert.equal(a.cmd("SWAPDB", "0", "0"), "+OK\r\n");
  assert.equal(a.cmd("SWAPDB", "0", "16"), errorReply(ERR_DB_INDEX));
  assert.equal(a.cmd("SWAPDB", "x", "0"), errorReply(ERR_INVALID_FIRST_DB));
  assert.equal(a.cmd("SWAPDB", "0", "x"), errorReply(ERR_INVALID_SECOND_DB));
  // Expiry keeps working on the swapped-in keys.
  t.host.advance(101_000);
  assert.equal(b.cmd("EXISTS", "k"), int(0));
});

test("SWAPDB serves clients blocked on keys that now exist", () => {
  const t = inProcess();
  const waiter = t.connect();
  const other = t.connect();
  const db0 = t.server.dbs[0];
  t.server.blocking.block(waiter.client, db0, ["q"], 0, () => {
    const v = db0.peek("q");
    if (v === undefined) return false;
    waiter.client.reply.bulk("served");
    return true;
  }, () => waiter.client.reply.nullArray());
  other.cmd("SELECT", "1");
  other.cmd("SET", "unrelated", "x");
  assert.equal(waiter.output(), "");
  t.server.dbs[1].store("q", fakeList(["x"]));
  other.cmd("SWAPDB", "0", "1");
  assert.equal(waiter.output(), bulk("served"));
  assert.equal(t.server.blocking.blockedClients, 0);
});

test("SWAPDB invalidates WATCHes in both databases", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  a.cmd("SET", "w", "1");
  a.cmd("WATCH", "w");
  b.cmd("SWAPDB", "0", "1");
  a.cmd("MULTI");
  a.cmd("PING");
  assert.equal(a.cmd("EXEC"), "*-1\r\n");
});

test("OBJECT ENCODING asks the value; REFCOUNT shows shared small integers", () => {
  const t = inProcess();
  const c = t.connect();
  t.server.dbs[0].store("l", fakeList());
  assert.equal(c.cmd("OBJECT", "ENCODING", "l"), bulk("quicklist"));
  assert.equal(c.cmd("OBJECT", "ENCODING", "nokey"), "$-1\r\n");
  c.cmd("SET", "n", "42");
  assert.equal(c.cmd("OBJECT", "REFCOUNT", "n"), int(2147483647));
  c.cmd("SET", "n", "10000");
  assert.equal(c.cmd("OBJECT", "REFCOUNT", "n"), int(1));
  c.cmd("SET", "n", "abc");
  assert.equal(c.cmd("OBJECT", "REFCOUNT", "n"), int(1));
  assert.equal(c.cmd("OBJECT", "REFCOUNT", "l"), int(1));
  c.cmd("HELLO", "3");
  assert.equal(c.cmd("OBJECT", "REFCOUNT", "nokey"), "_\r\n");
});

test("OBJECT IDLETIME and FREQ depend on the eviction policy", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "k", "v");
  t.host.advance(61_000);
  assert.equal(c.cmd("OBJECT", "IDLETIME", "k"), int(61));
  assert.equal(c.cmd("OBJECT", "FREQ", "k"), errorReply(ERR_LFU_NO_FREQ));
  c.cmd("CONFIG", "SET", "maxmemory-policy", "allkeys-lfu");
  assert.equal(c.cmd("OBJECT", "IDLETIME", "k"), errorReply(ERR_LFU_NO_IDLETIME));
  assert.equal(c.cmd("OBJECT", "FREQ", "k"), int(4));
  assert.equal(c.cmd("OBJECT", "FREQ", "nokey"), "$-1\r\n");
});

test("OBJECT HELP lists the subcommands", () => {
  const c = inProcess().connect();
  const reply = c.cmd("OBJECT", "HELP");
  assert.match(
    reply,
    /^\*15\r\n\+OBJECT <subcommand> \[<arg> \[value\] \[opt\] \.\.\.\]\. Subcommands are:\r\n\+ENCODING <key>\r\n/,
  );
  assert.match(reply, /\+HELP\r\n\+ {4}Prints this help\.\r\n$/);
  assert.equal(c.cmd("OBJECT", "FOO"), errorReply(errUnknownSubcommand("FOO", "OBJECT")));
});

test("WAIT replies 0 at once without a replica count, else after its timeout", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.cmd("WAIT", "0", "0"), int(0));
  assert.equal(c.cmd("WAIT", "-1", "100"), int(0));
  assert.equal(c.cmd("WAIT", "1", "-1"), errorReply(ERR_TIMEOUT_NEGATIVE));
  assert.equal(c.cmd("WAIT", "1", "x"), errorReply(ERR_TIMEOUT_NOT_INTEGER));
  assert.equal(c.cmd("WAIT", "x", "1"), errorReply(ERR_NOT_INTEGER));
  assert.equal(c.cmd("WAIT", "2", "500"), "");
  assert.equal(c.cmd("PING"), "");
  t.host.advance(499);
  assert.equal(c.output(), "");
  t.host.advance(1);
  assert.equal(c.output(), int(0) + "+PONG\r\n");
});

test("WAIT with timeout 0 blocks until the client goes; inside MULTI it does not block", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("MULTI");
  c.cmd("WAIT", "1", "0");
  assert.equal(c.cmd("EXEC"), "*1\r\n:0\r\n");
  assert.equal(c.cmd("WAIT", "1", "0"), "");
  t.host.advance(3_600_000);
  assert.equal(c.output(), "");
  assert.equal(t.server.blocking.blockedClients, 1);
  c.client.disconnected();
  assert.equal(t.server.blocking.blockedClients, 0);
});

test("EXPIRE options and TTL replies", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "k", "v");
  assert.equal(c.cmd("TTL", "k"), int(-1));
  assert.equal(c.cmd("TTL", "nokey"), int(-2));
  assert.equal(c.cmd("EXPIRE", "k", "100", "XX"), int(0));
  assert.equal(c.cmd("EXPIRE", "k", "100", "NX"), int(1));
  assert.equal(c.cmd("EXPIRE", "k", "50", "GT"), int(0));
  assert.equal(c.cmd("EXPIRE", "k", "50", "LT"), int(1));
  assert.equal(c.cmd("TTL", "k"), int(50));
  assert.equal(c.cmd("PERSIST", "k"), int(1));
  assert.equal(c.cmd("PERSIST", "k"), int(0));
  assert.equal(c.cmd("EXPIRE", "k", "10", "NX", "XX"), errorReply(ERR_EXPIRE_NX_XX));
  assert.equal(c.cmd("EXPIRE", "k", "10", "FOO"), errorReply(errUnsupportedOption("FOO")));
  const events = recordEvents(t);
  assert.equal(c.cmd("EXPIRE", "k", "-1"), int(1));
  assert.equal(c.cmd("EXISTS", "k"), int(0));
  assert.deepEqual(events, ["del k@0", "keymiss k@0"]);
  c.cmd("SET", "k", "v", "PX", "1500");
  t.host.advance(1000);
  assert.equal(c.cmd("TTL", "k"), int(1));
  assert.equal(c.cmd("PTTL", "k"), int(500));
});

test("the first TTL in a database of many keys expires only its key, and SWAPDB carries deadlines across", () => {
  const t = inProcess();
  const c = t.connect();
  for (let i = 0; i < 100; i++) c.cmd("SET", `k${i}`, "v");
  assert.equal(c.cmd("PEXPIRE", "k77", "1000"), int(1));
  assert.equal(c.cmd("PTTL", "k78"), int(-1));
  c.cmd("SELECT", "1");
  c.cmd("SET", "other", "v");
  c.cmd("SWAPDB", "0", "1");
  assert.equal(c.cmd("PTTL", "k77"), int(1000));
  assert.equal(c.cmd("PTTL", "other"), int(-2));
  t.host.advance(1001);
  assert.equal(c.cmd("EXISTS", "k77"), int(0));
  assert.equal(c.cmd("DBSIZE"), int(99));
  c.cmd("SELECT", "0");
  assert.equal(c.cmd("PTTL", "other"), int(-1));
  c.cmd("FLUSHALL");
  c.cmd("SET", "fresh", "v");
  assert.equal(c.cmd("PTTL", "fresh"), int(-1));
});
