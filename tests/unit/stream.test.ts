/**
 * Streams in process, on a clock the test moves: the IDs, the node structure against a model and against
 * the listpack bytes Redis would hold, every command and error, consumer groups, blocking reads, what
 * the commands propagate, and DUMP/RESTORE (corrupt payloads included).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { decode, err, session, WRONGTYPE } from "./_collections.ts";
import type { R } from "./_collections.ts";
import { onKeyspaceEvent } from "../helpers/inprocess.ts";
import { encodeCommand } from "../helpers/resp.ts";
import type { PropagationConsumer } from "../../src/core/propagate.ts";
import { StreamValue, TRIM_STRATEGY_MAXLEN, TRIM_STRATEGY_MINID } from "../../src/core/keyspace/stream.ts";
import {
  decrId,
  formatId,
  ID_MAX,
  ID_ZERO,
  incrId,
  parseStreamId,
  streamId,
} from "../../src/core/keyspace/streamid.ts";
import { radixTreeNodes } from "../../src/core/keyspace/streamrax.ts";
import { nodeListpackItems } from "../../src/core/persistence/stream.ts";
import { encodeListpack } from "../../src/core/persistence/encodings.ts";
import { crc64 } from "../../src/core/persistence/crc64.ts";
import { keyUsage } from "../../src/core/memory/size.ts";

const INVALID_ID = "ERR Invalid stream ID specified as stream command argument";

function parse(s: string): string | null {
  const p = parseStreamId(s, false, 0, true);
  return p === null ? null : formatId(p.id);
}

// ---- IDs and the data structure ----

test("stream IDs parse like Redis's string2ull, sort as strings and format back", () => {
  assert.equal(parse("5"), "5-0");
  assert.equal(parse("18446744073709551615-18446744073709551615"), "18446744073709551615-18446744073709551615");
  assert.equal(parse("18446744073709551616"), null);
  assert.equal(parse("-1"), null);
  assert.equal(parse("+5-007"), "5-7", "strtoull takes a sign and leading zeros");
  assert.equal(parse("1--05"), "1-18446744073709551611", "a minus strtoull takes wraps around");
  assert.equal(parse("1-"), null);
  assert.equal(parse(""), null);
  assert.equal(parse("1-*"), "1-0");
  assert.equal(parseStreamId("+", true, 0), null, "strict refuses + and -");
  assert.equal(formatId(parseStreamId("7", false, "max")!.id), "7-18446744073709551615");
  assert.ok(streamId(1, 2) < streamId(1, 3) && streamId(1, 2 ** 40) < streamId(2, 0));
  assert.equal(incrId(ID_MAX), null);
  assert.equal(decrId(ID_ZERO), null);
  assert.equal(formatId(incrId(streamId(1, 2 ** 32 - 1))!), "1-4294967296");
  assert.equal(formatId(decrId(streamId(2, 0))!), "1-18446744073709551615");
});

test("StreamValue matches an array model under appends, deletes and trims, and each node's size is its listpack's", () => {
  let seed = 11;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const s = new StreamValue();
  const model: { id: string; fv: string[] }[] = [];
  let ms = 1;
  for (let step = 0; step < 6000; step++) {
    const op = rnd(20);
    if (op < 14) {
      ms += rnd(3);
      const fv = rnd(3) === 0 ? ["f", String(step), "g", "x".repeat(rnd(200))] : ["f", String(step - 3000)];
      const id = s.append(fv, streamId(ms, 0), false, 0, 4096, 100);
      assert.equal(typeof id, "string");
      model.push({ id: id as string, fv });
    } else if (op < 18 && model.length > 0) {
      const i = rnd(model.length);
      assert.equal(s.delete(model[i].id), true);
      assert.equal(s.delete(model[i].id), false);
      model.splice(i, 1);
    } else if (op === 18) {
      const maxlen = Math.max(0, model.length - rnd(150));
      const removed = s.trim({
        strategy: TRIM_STRATEGY_MAXLEN,
        approx: rnd(2) === 0,
        limit: 0,
        maxlen,
        minid: ID_ZERO,
      });
      model.splice(0, removed);
    } else if (model.length > 0) {
      const minid = model[rnd(model.length)].id;
      const removed = s.trim({ strategy: TRIM_STRATEGY_MINID, approx: false, limit: 0, maxlen: 0, minid });
      model.splice(0, removed);
      assert.equal(model[0].id, minid);
    }
    assert.equal(s.length, model.length);
    if (step % 300 === 0) {
      const seen: string[] = [];
      s.range(ID_ZERO, ID_MAX, false, (id, fv) => {
        seen.push(`${formatId(id)} ${fv.join(",")}`);
        return true;
      });
      assert.deepEqual(seen, model.map((e) => `${formatId(e.id)} ${e.fv.join(",")}`));
      const back: string[] = [];
      s.range(ID_ZERO, ID_MAX, true, (id) => back.push(id) > 0);
      assert.deepEqual(back, model.map((e) => e.id).reverse());
      // Seeks into the middle of nodes (packed ones start from a checkpoint), and single entries.
      for (let k = 0; k < 20 && model.length > 0; k++) {
        const i = rnd(model.length);
        const from: string[] = [];
        s.range(model[i].id, ID_MAX, false, (id) => from.push(id) < 5);
        assert.deepEqual(from, model.slice(i, i + 5).map((e) => e.id));
        assert.deepEqual(s.get(model[i].id), model[i].fv);
      }
      for (const node of s.nodes) assert.equal(node.bytes, encodeListpack(nodeListpackItems(node)).length);
    }
  }
});

test("radix-tree-nodes follows rax's compressed layout", () => {
  assert.equal(radixTreeNodes([]), 1);
  assert.equal(radixTreeNodes([streamId(1, 1)]), 2);
  assert.equal(radixTreeNodes(["abc", "abd"]), 4);
  assert.equal(radixTreeNodes(["abc", "abd", "xyz"]), 7);
});

// ---- XADD, XRANGE, XLEN, XDEL, XTRIM ----

test("XADD with explicit, partial and automatic IDs, and every ID error", () => {
  const s = session();
  s.t.host.advance(5);
  assert.equal(s.r("XADD", "s", "1-1", "a", "1"), "1-1");
  assert.equal(s.r("XADD", "s", "1-*", "a", "2"), "1-2");
  assert.equal(
    err(s.r("XADD", "s", "1", "a", "3")),
    "ERR The ID specified in XADD is equal or smaller than the target stream top item",
  );
  assert.equal(err(s.r("XADD", "s", "0-0", "a", "3")), "ERR The ID specified in XADD must be greater than 0-0");
  assert.equal(err(s.r("XADD", "s", "x-1", "a", "3")), INVALID_ID);
  assert.equal(err(s.r("XADD", "s", "1-1", "a")), "ERR wrong number of arguments for 'xadd' command");
  const auto = s.r("XADD", "s", "*", "a", "4") as string;
  assert.equal(auto, `${s.t.host.now()}-0`);
  assert.equal(s.r("XADD", "s", "*", "a", "5"), `${s.t.host.now()}-1`, "same millisecond: next sequence");
  assert.equal(
    s.r("XADD", "s", "18446744073709551615-18446744073709551615", "a", "b"),
    "18446744073709551615-18446744073709551615",
  );
  assert.equal(
    err(s.r("XADD", "s", "*", "a", "b")),
    "ERR The stream has exhausted the last possible ID, unable to add more items",
  );
  assert.equal(s.r("XADD", "missing", "NOMKSTREAM", "*", "a", "b"), null);
  assert.equal(s.r("EXISTS", "missing"), 0);
  s.r("SET", "str", "x");
  assert.equal(err(s.r("XADD", "str", "*", "a", "b")), WRONGTYPE);
  assert.equal(s.r("TYPE", "s"), "stream");
  assert.equal(s.r("OBJECT", "ENCODING", "s"), "stream");
});

test("XRANGE and XREVRANGE take exclusive bounds, - and +, and COUNT", () => {
  const s = session();
  for (let i = 1; i <= 5; i++) s.r("XADD", "s", `${i}-0`, "n", String(i));
  const ids = (r: R) => (r as R[]).map((e) => (e as R[])[0]);
  assert.deepEqual(ids(s.r("XRANGE", "s", "-", "+")), ["1-0", "2-0", "3-0", "4-0", "5-0"]);
  assert.deepEqual(ids(s.r("XRANGE", "s", "(2-0", "(5-0")), ["3-0", "4-0"]);
  assert.deepEqual(ids(s.r("XREVRANGE", "s", "+", "-", "COUNT", "2")), ["5-0", "4-0"]);
  assert.equal(s.r("XRANGE", "s", "-", "+", "COUNT", "0"), null);
  assert.deepEqual(s.r("XRANGE", "nokey", "-", "+"), []);
  assert.equal(err(s.r("XRANGE", "s", "(-", "+")), INVALID_ID);
  assert.equal(
    err(s.r("XRANGE", "s", "(18446744073709551615-18446744073709551615", "+")),
    "ERR invalid start ID for the interval",
  );
  assert.equal(err(s.r("XRANGE", "s", "-", "(0-0")), "ERR invalid end ID for the interval");
  assert.equal(err(s.r("XRANGE", "s", "-", "+", "LIMIT", "1")), "ERR syntax error");
  assert.deepEqual(s.r("XRANGE", "s", "3", "3"), [["3-0", ["n", "3"]]]);
});

test("XDEL leaves a tombstone XINFO reports, and XTRIM trims exactly or by whole nodes", () => {
  const s = session([["stream-node-max-entries", "10"]]);
  for (let i = 1; i <= 35; i++) s.r("XADD", "s", `${i}-0`, "f", "v");
  assert.equal(s.r("XDEL", "s", "1-0", "2-0", "99-0"), 2);
  assert.equal(err(s.r("XDEL", "s", "bad")), INVALID_ID);
  const info = s.r("XINFO", "STREAM", "s") as R[];
  assert.deepEqual(info.slice(0, 14), [
    "length",
    33,
    "radix-tree-keys",
    4,
    "radix-tree-nodes",
    10,
    "last-generated-id",
    "35-0",
    "max-deleted-entry-id",
    "2-0",
    "entries-added",
    35,
    "recorded-first-entry-id",
    "3-0",
  ]);
  assert.equal(s.r("XTRIM", "s", "MAXLEN", "~", "25"), 8, "only the first node goes whole");
  assert.equal(s.r("XTRIM", "s", "MAXLEN", "~", "24"), 0);
  assert.equal(s.r("XTRIM", "s", "MAXLEN", "24"), 1);
  assert.equal(s.r("XTRIM", "s", "MINID", "20"), 8);
  assert.equal(s.r("XLEN", "s"), 16);
  assert.equal(err(s.r("XTRIM", "s", "FOO", "1")), "ERR syntax error");
  assert.equal(
    err(s.r("XTRIM", "s", "LIMIT", "5")),
    "ERR syntax error, LIMIT cannot be used without specifying a trimming strategy",
  );
  assert.equal(
    err(s.r("XTRIM", "s", "MAXLEN", "1", "LIMIT", "5")),
    "ERR syntax error, LIMIT cannot be used without the special ~ option",
  );
  assert.equal(
    err(s.r("XTRIM", "s", "MAXLEN", "1", "MINID", "5")),
    "ERR syntax error, MAXLEN and MINID options at the same time are not compatible",
  );
  assert.equal(err(s.r("XTRIM", "s", "MAXLEN", "-1")), "ERR The MAXLEN argument must be >= 0.");
  assert.equal(s.r("XTRIM", "nokey", "MAXLEN", "1"), 0);
});

// ---- consumer groups ----

test("XREADGROUP delivers new entries once, records them pending, and serves a consumer's history", () => {
  const s = session();
  for (let i = 1; i <= 3; i++) s.r("XADD", "s", `${i}-0`, "n", String(i));
  assert.equal(s.r("XGROUP", "CREATE", "s", "g", "0"), "OK");
  assert.equal(err(s.r("XGROUP", "CREATE", "s", "g", "0")), "BUSYGROUP Consumer Group name already exists");
  assert.deepEqual(s.r("XREADGROUP", "GROUP", "g", "alice", "COUNT", "2", "STREAMS", "s", ">"), [
    ["s", [["1-0", ["n", "1"]], ["2-0", ["n", "2"]]]],
  ]);
  assert.deepEqual(s.r("XREADGROUP", "GROUP", "g", "bob", "STREAMS", "s", ">"), [["s", [["3-0", ["n", "3"]]]]]);
  assert.equal(s.r("XREADGROUP", "GROUP", "g", "bob", "STREAMS", "s", ">"), null);
  assert.deepEqual(s.r("XPENDING", "s", "g"), [3, "1-0", "3-0", [["alice", "2"], ["bob", "1"]]]);
  assert.equal(s.r("XACK", "s", "g", "1-0", "1-0", "9-0"), 1);
  assert.deepEqual(s.r("XREADGROUP", "GROUP", "g", "alice", "STREAMS", "s", "0"), [["s", [["2-0", ["n", "2"]]]]]);
  s.r("XDEL", "s", "2-0");
  assert.deepEqual(s.r("XREADGROUP", "GROUP", "g", "alice", "STREAMS", "s", "0"), [["s", [["2-0", null]]]]);
  s.t.host.advance(1000);
  assert.deepEqual(s.r("XPENDING", "s", "g", "IDLE", "500", "-", "+", "10"), [
    ["2-0", "alice", 1000, 2],
    ["3-0", "bob", 1000, 1],
  ]);
  assert.deepEqual(s.r("XPENDING", "s", "g", "-", "+", "10", "bob"), [["3-0", "bob", 1000, 1]]);
  assert.equal(
    err(s.r("XREADGROUP", "GROUP", "nog", "c", "STREAMS", "s", ">")),
    "NOGROUP No such key 's' or consumer group 'nog' in XREADGROUP with GROUP option",
  );
  assert.equal(
    err(s.r("XREADGROUP", "GROUP", "g", "c", "STREAMS", "s", "$")).slice(0, 35),
    "ERR The $ ID is meaningless in the ",
  );
  assert.equal(
    err(s.r("XREAD", "STREAMS", "s", ">")),
    "ERR The > ID can be specified only when calling XREADGROUP using the GROUP <group> <consumer> option.",
  );
  assert.deepEqual(s.r("XINFO", "GROUPS", "s"), [[
    "name",
    "g",
    "consumers",
    2,
    "pending",
    2,
    "last-delivered-id",
    "3-0",
    "entries-read",
    3,
    "lag",
    0,
  ]]);
});

test("XCLAIM and XAUTOCLAIM move pending entries, honour idle times, and drop deleted ones", () => {
  const s = session();
  for (let i = 1; i <= 4; i++) s.r("XADD", "s", `${i}-0`, "n", String(i));
  s.r("XGROUP", "CREATE", "s", "g", "0");
  s.r("XREADGROUP", "GROUP", "g", "a", "STREAMS", "s", ">");
  s.t.host.advance(100);
  assert.deepEqual(s.r("XCLAIM", "s", "g", "b", "200", "1-0"), [], "not idle long enough");
  assert.deepEqual(s.r("XCLAIM", "s", "g", "b", "50", "1-0", "JUSTID"), ["1-0"]);
  assert.deepEqual(s.r("XCLAIM", "s", "g", "b", "0", "2-0", "RETRYCOUNT", "9"), [["2-0", ["n", "2"]]]);
  assert.deepEqual(s.r("XPENDING", "s", "g", "-", "2-0", "10"), [["1-0", "b", 0, 1], ["2-0", "b", 0, 9]]);
  assert.equal(err(s.r("XCLAIM", "s", "g", "b", "0", "1-0", "BOGUS")), "ERR Unrecognized XCLAIM option 'BOGUS'");
  assert.equal(err(s.r("XCLAIM", "s", "nog", "b", "0", "1-0")), "NOGROUP No such key 's' or consumer group 'nog'");
  s.r("XDEL", "s", "3-0");
  s.t.host.advance(10);
  assert.deepEqual(s.r("XAUTOCLAIM", "s", "g", "c", "5", "0", "COUNT", "2"), ["3-0", [["1-0", ["n", "1"]], ["2-0", [
    "n",
    "2",
  ]]], []]);
  assert.deepEqual(s.r("XAUTOCLAIM", "s", "g", "c", "0", "3-0", "JUSTID"), ["0-0", ["4-0"], ["3-0"]]);
  assert.equal(err(s.r("XAUTOCLAIM", "s", "g", "c", "0", "0", "COUNT", "0")), "ERR COUNT must be > 0");
  assert.deepEqual(s.r("XINFO", "CONSUMERS", "s", "g"), [
    ["name", "a", "pending", 0, "idle", 110],
    ["name", "b", "pending", 0, "idle", 10],
    ["name", "c", "pending", 3, "idle", 0],
  ]);
  assert.equal(s.r("XGROUP", "DELCONSUMER", "s", "g", "c"), 3);
  assert.deepEqual(s.r("XPENDING", "s", "g"), [0, null, null, null]);
});

test("XGROUP subcommands and XSETID check keys, groups and their arguments", () => {
  const s = session();
  assert.match(err(s.r("XGROUP", "CREATE", "s", "g", "$")), /^ERR The XGROUP subcommand requires the key to exist/);
  assert.equal(s.r("XGROUP", "CREATE", "s", "g", "$", "MKSTREAM", "ENTRIESREAD", "3"), "OK");
  assert.equal(
    err(s.r("XGROUP", "CREATE", "s", "g2", "$", "ENTRIESREAD", "-2")),
    "ERR value for ENTRIESREAD must be positive or -1",
  );
  assert.equal(err(s.r("XGROUP", "SETID", "s", "nog", "0")), "NOGROUP No such consumer group 'nog' for key name 's'");
  assert.equal(s.r("XGROUP", "SETID", "s", "g", "0", "ENTRIESREAD", "0"), "OK");
  assert.equal(s.r("XGROUP", "CREATECONSUMER", "s", "g", "c"), 1);
  assert.equal(s.r("XGROUP", "CREATECONSUMER", "s", "g", "c"), 0);
  assert.equal(s.r("XGROUP", "DESTROY", "s", "g"), 1);
  assert.equal(s.r("XGROUP", "DESTROY", "s", "g"), 0);
  assert.equal(
    err(s.r("XGROUP", "CREATE", "s", "g", "$", "FOO")),
    "ERR unknown subcommand or wrong number of arguments for 'CREATE'. Try XGROUP HELP.",
  );
  assert.equal((s.r("XGROUP", "HELP") as R[])[0], "XGROUP <subcommand> [<arg> [value] [opt] ...]. Subcommands are:");
  assert.equal(err(s.r("XSETID", "nokey", "1-0")), "ERR no such key");
  s.r("XADD", "s", "5-0", "f", "v");
  assert.equal(
    err(s.r("XSETID", "s", "4-0")),
    "ERR The ID specified in XSETID is smaller than the target stream top item",
  );
  assert.equal(
    err(s.r("XSETID", "s", "6-0", "ENTRIESADDED", "0")),
    "ERR The entries_added specified in XSETID is smaller than the target stream length",
  );
  assert.equal(
    err(s.r("XSETID", "s", "6-0", "MAXDELETEDID", "7-0")),
    "ERR The ID specified in XSETID is smaller than the provided max_deleted_entry_id",
  );
  assert.equal(s.r("XSETID", "s", "6-0", "ENTRIESADDED", "9", "MAXDELETEDID", "3-0"), "OK");
  assert.deepEqual((s.r("XINFO", "STREAM", "s") as R[]).slice(6, 12), [
    "last-generated-id",
    "6-0",
    "max-deleted-entry-id",
    "3-0",
    "entries-added",
    9,
  ]);
});

test("stream commands emit Redis's keyspace events", () => {
  const s = session([["notify-keyspace-events", "KEA"]]);
  const seen: string[] = [];
  onKeyspaceEvent(s.t.server, (_type, event, key) => event !== "keymiss" && seen.push(`${event}:${key}`));
  s.r("XADD", "s", "MAXLEN", "1", "1-0", "f", "v");
  s.r("XADD", "s", "MAXLEN", "1", "2-0", "f", "v");
  s.r("XDEL", "s", "2-0");
  s.r("XGROUP", "CREATE", "s", "g", "0");
  s.r("XGROUP", "CREATECONSUMER", "s", "g", "c");
  s.r("XGROUP", "SETID", "s", "g", "0");
  s.r("XGROUP", "DELCONSUMER", "s", "g", "c");
  s.r("XGROUP", "DESTROY", "s", "g");
  s.r("XSETID", "s", "9-0");
  assert.deepEqual(seen, [
    "xadd:s",
    "xadd:s",
    "xtrim:s",
    "xdel:s",
    "xgroup-create:s",
    "xgroup-createconsumer:s",
    "xgroup-setid:s",
    "xgroup-delconsumer:s",
    "xgroup-destroy:s",
    "xsetid:s",
  ]);
});

// ---- blocking ----

test("XREAD BLOCK with $ is served by the next XADD, in the order clients blocked", () => {
  const s = session();
  s.r("XADD", "s", "1-0", "f", "old");
  const a = s.t.connect();
  const b = s.t.connect();
  assert.equal(a.cmd("XREAD", "BLOCK", "0", "STREAMS", "s", "$"), "");
  assert.equal(b.cmd("XREAD", "BLOCK", "0", "COUNT", "1", "STREAMS", "other", "s", "$", "1-0"), "");
  assert.equal(s.r("XADD", "s", "2-0", "f", "new"), "2-0");
  assert.deepEqual(decode(a.output()), [["s", [["2-0", ["f", "new"]]]]]);
  assert.deepEqual(decode(b.output()), [["s", [["2-0", ["f", "new"]]]]]);
  assert.equal(s.t.server.blocking.blockedClients, 0);
});

test("XREAD BLOCK times out with a null array on the host's clock, and never blocks inside MULTI", () => {
  const s = session();
  const a = s.t.connect();
  assert.equal(a.cmd("XREAD", "BLOCK", "100", "STREAMS", "s", "$"), "");
  s.t.host.advance(99);
  assert.equal(a.output(), "");
  s.t.host.advance(1);
  assert.equal(a.output(), "*-1\r\n");
  s.r("MULTI");
  s.r("XREAD", "BLOCK", "0", "STREAMS", "s", "$");
  assert.deepEqual(s.r("EXEC"), [null]);
  assert.equal(err(s.r("XREAD", "BLOCK", "-1", "STREAMS", "s", "$")), "ERR timeout is negative");
  assert.equal(err(s.r("XREAD", "BLOCK", "x", "STREAMS", "s", "$")), "ERR timeout is not an integer or out of range");
});

test("a blocked XREADGROUP gets new entries for its group, -NOGROUP when the group goes, -UNBLOCKED when the key does", () => {
  const s = session();
  s.r("XGROUP", "CREATE", "s", "g", "$", "MKSTREAM");
  const a = s.t.connect();
  assert.equal(a.cmd("XREADGROUP", "GROUP", "g", "c", "BLOCK", "0", "STREAMS", "s", ">"), "");
  s.r("XADD", "s", "1-0", "f", "v");
  assert.deepEqual(decode(a.output()), [["s", [["1-0", ["f", "v"]]]]]);
  assert.deepEqual(s.r("XPENDING", "s", "g"), [1, "1-0", "1-0", [["c", "1"]]]);
  a.cmd("XREADGROUP", "GROUP", "g", "c", "BLOCK", "0", "STREAMS", "s", ">");
  s.r("XGROUP", "DESTROY", "s", "g");
  assert.equal(a.output(), "-NOGROUP the consumer group this client was blocked on no longer exists\r\n");
  s.r("XGROUP", "CREATE", "s", "g", "$");
  a.cmd("XREADGROUP", "GROUP", "g", "c", "BLOCK", "0", "STREAMS", "s", ">");
  s.r("DEL", "s");
  assert.equal(a.output(), "-UNBLOCKED the stream key no longer exists\r\n");
  s.r("XGROUP", "CREATE", "s", "g", "$", "MKSTREAM");
  a.cmd("XREADGROUP", "GROUP", "g", "c", "BLOCK", "0", "STREAMS", "s", ">");
  s.r("SET", "s", "now a string");
  assert.equal(a.output(), "-UNBLOCKED the stream key no longer exists\r\n");
  assert.equal(s.t.server.blocking.blockedClients, 0);
});

test("active expiry of a stream answers its blocked XREADGROUP clients at once, and leaves XREAD clients waiting", () => {
  // redis-server 7.0.15: the XREADGROUP client gets -UNBLOCKED when the cycle deletes the key, with no
  // other command run; an XREAD client stays blocked until its own timeout.
  const s = session();
  s.t.server.start();
  try {
    s.r("XGROUP", "CREATE", "s", "g", "$", "MKSTREAM");
    s.r("PEXPIRE", "s", "300");
    s.r("XADD", "s2", "1-0", "f", "v");
    s.r("PEXPIRE", "s2", "300");
    const a = s.t.connect();
    const b = s.t.connect();
    assert.equal(a.cmd("XREADGROUP", "GROUP", "g", "c", "BLOCK", "0", "STREAMS", "s", ">"), "");
    assert.equal(b.cmd("XREAD", "BLOCK", "1000", "STREAMS", "s2", "$"), "");
    s.t.host.advance(299);
    assert.equal(a.output(), "");
    // The clock passes the deadline; only the periodic tick runs (no command).
    for (let i = 0; i < 5 && s.t.server.dbs[0].size > 0; i++) s.t.host.advance(100);
    assert.equal(s.t.server.dbs[0].size, 0, "the cycle deleted both keys");
    assert.equal(a.output(), "-UNBLOCKED the stream key no longer exists\r\n");
    assert.equal(b.output(), "");
    assert.equal(s.t.server.blocking.blockedClients, 1);
    s.t.host.advance(1000);
    assert.equal(b.output(), "*-1\r\n");
  } finally {
    s.t.server.stop();
  }
});

test("FLUSHALL, FLUSHDB and SWAPDB answer XREADGROUP clients blocked on a stream that went", () => {
  const s = session();
  const a = s.t.connect();
  for (const flush of [["FLUSHALL"], ["FLUSHDB"], ["SWAPDB", "0", "1"]]) {
    s.r("XGROUP", "CREATE", "s", "g", "$", "MKSTREAM");
    a.cmd("XREADGROUP", "GROUP", "g", "c", "BLOCK", "0", "STREAMS", "s", ">");
    s.r(...flush);
    assert.equal(a.output(), "-UNBLOCKED the stream key no longer exists\r\n", flush[0]);
    s.r("FLUSHALL");
  }
  a.cmd("XREAD", "BLOCK", "0", "STREAMS", "s", "$");
  s.r("FLUSHALL");
  assert.equal(a.output(), "", "a plain XREAD keeps waiting");
  assert.equal(s.t.server.blocking.blockedClients, 1);
});

test("CLIENT UNBLOCK ends a blocked XREAD with a timeout or an error", () => {
  const s = session();
  const a = s.t.connect();
  a.cmd("XREAD", "BLOCK", "0", "STREAMS", "s", "$");
  assert.equal(s.r("CLIENT", "UNBLOCK", String(a.client.id)), 1);
  assert.equal(a.output(), "*-1\r\n");
  a.cmd("XREAD", "BLOCK", "0", "STREAMS", "s", "$");
  s.r("CLIENT", "UNBLOCK", String(a.client.id), "ERROR");
  assert.match(a.output(), /^-UNBLOCKED /);
});

// ---- propagation ----

function propagated(s: ReturnType<typeof session>): string[] {
  const seen: string[] = [];
  const consumer: PropagationConsumer = { propagate: (_dbid, argv) => seen.push(argv.join(" ")) };
  s.t.server.propagation.setConsumer(consumer, true);
  return seen;
}

test("XADD propagates the ID it generated and an approximate trim as the exact one it did", () => {
  const s = session([["stream-node-max-entries", "2"]]);
  const seen = propagated(s);
  s.r("XADD", "s", "1-*", "f", "v");
  s.r("XADD", "s", "2-0", "f", "v");
  s.r("XADD", "s", "MAXLEN", "~", "1", "3-0", "f", "v");
  s.r("XADD", "s", "4-0", "f", "v");
  s.r("XTRIM", "s", "MINID", "~", "9");
  s.r("XTRIM", "s", "MAXLEN", "~", "0");
  s.r("XTRIM", "s", "MAXLEN", "~", "0");
  const now = s.t.host.now();
  s.r("XADD", "s", "*", "f", "v");
  assert.deepEqual(seen, [
    "XADD s 1-0 f v",
    "XADD s 2-0 f v",
    "XADD s MAXLEN = 1 3-0 f v",
    "XADD s 4-0 f v",
    "XTRIM s MINID = 18446744073709551615-18446744073709551615",
    `XADD s ${now}-0 f v`,
  ]);
});

test("XREADGROUP and XCLAIM propagate as XCLAIM ... FORCE JUSTID LASTID, NOACK as XGROUP SETID/CREATECONSUMER", () => {
  const s = session();
  s.r("XADD", "s", "1-0", "f", "v");
  s.r("XADD", "s", "2-0", "f", "v");
  s.r("XGROUP", "CREATE", "s", "g", "0");
  const seen = propagated(s);
  const t = s.t.host.now();
  s.r("XREADGROUP", "GROUP", "g", "c", "COUNT", "1", "STREAMS", "s", ">");
  s.r("XREADGROUP", "GROUP", "g", "d", "NOACK", "STREAMS", "s", ">");
  s.r("XCLAIM", "s", "g", "e", "0", "1-0", "JUSTID");
  assert.deepEqual(seen, [
    `XCLAIM s g c 0 1-0 TIME ${t} RETRYCOUNT 1 FORCE JUSTID LASTID 1-0`,
    "MULTI",
    "XGROUP CREATECONSUMER s g d",
    "XGROUP SETID s g 2-0 ENTRIESREAD 2",
    "EXEC",
    `XCLAIM s g e 0 1-0 TIME ${t} RETRYCOUNT 1 FORCE JUSTID LASTID 2-0`,
  ]);
});

// ---- DUMP / RESTORE ----

test("DUMP and RESTORE round-trip a stream with groups, and COPY makes an independent stream", () => {
  const s = session();
  for (let i = 1; i <= 250; i++) s.r("XADD", "s", `${i}-0`, "f", String(i), ...(i % 3 ? [] : ["g", "x".repeat(i)]));
  s.r("XDEL", "s", "7-0");
  s.r("XGROUP", "CREATE", "s", "g", "0");
  s.r("XREADGROUP", "GROUP", "g", "c", "COUNT", "5", "STREAMS", "s", ">");
  const dump = s.c.cmd("DUMP", "s");
  const payload = decode(dump) as string;
  assert.equal(s.r("RESTORE", "t", "0", payload), "OK");
  for (const cmd of [["XRANGE", "-", "+"], ["XINFO", "STREAM"], ["XPENDING", "-", "+", "10"], ["XINFO", "GROUPS"]]) {
    const [name, ...rest] = cmd;
    const args = name === "XPENDING" ? ["g", ...rest] : rest;
    const sub = name === "XINFO" ? [rest[0], "s"] : ["s", ...args];
    const subT = name === "XINFO" ? [rest[0], "t"] : ["t", ...args];
    assert.deepEqual(s.r(name, ...subT), s.r(name, ...sub));
  }
  assert.equal(s.r("COPY", "s", "u"), 1);
  s.r("XADD", "u", "999-0", "f", "v");
  s.r("XGROUP", "DESTROY", "u", "g");
  assert.equal(s.r("XLEN", "s"), 249);
  assert.deepEqual((s.r("XINFO", "GROUPS", "s") as R[]).length, 1);
});

test("corrupted stream payloads with a valid checksum are refused, never crash", () => {
  const s = session();
  for (let i = 1; i <= 40; i++) s.r("XADD", "s", `${i}-0`, "f", String(i));
  s.r("XGROUP", "CREATE", "s", "g", "0");
  s.r("XREADGROUP", "GROUP", "g", "c", "COUNT", "5", "STREAMS", "s", ">");
  const payload = decode(s.c.cmd("DUMP", "s")) as string;
  const body = payload.slice(0, -8);
  let seed = 5;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let refused = 0;
  for (let k = 0; k < 400; k++) {
    const b = body.split("");
    for (let n = 1 + rnd(3); n > 0; n--) b[rnd(b.length - 2)] = String.fromCharCode(rnd(256));
    const bytes = Uint8Array.from(b.join(""), (ch) => ch.charCodeAt(0));
    const tail = String.fromCharCode(...crc64(bytes).bytes());
    const reply = s.c.cmd("RESTORE", `k${k}`, "0", b.join("") + tail);
    if (reply.startsWith("-")) {
      assert.equal(reply, "-ERR Bad data format\r\n");
      refused++;
      continue;
    }
    assert.equal(reply, "+OK\r\n");
    // What loads must be usable: every reader walks it without an internal error.
    for (const cmd of [["XRANGE", "-", "+"], ["XREVRANGE", "+", "-"], ["XINFO", "STREAM", "FULL"], ["XLEN"]]) {
      const args = cmd[0] === "XINFO" ? ["XINFO", "STREAM", `k${k}`, "FULL"] : [cmd[0], `k${k}`, ...cmd.slice(1)];
      assert.doesNotMatch(s.c.cmd(...args), /internal error/);
    }
  }
  assert.ok(refused > 0);
  assert.equal(s.r("PING"), "PONG");
  assert.equal(decode(s.c.raw(encodeCommand(["XLEN", "s"]))), 40);
});

// ---- packed nodes, the rax's shape, memory ----

test("closed nodes are packed and read back the same: huge IDs, long values, their own fields, deletes", () => {
  const s = session([["stream-node-max-entries", "3"]]);
  const long = "v".repeat(200);
  const longer = "w".repeat(20000);
  const entries: [string, string[]][] = [
    ["1-1", ["f", "a"]],
    ["1-5", ["f", long]],
    ["3-0", ["g", "b", "h", "c"]],
    ["9007199254740993-7", ["f", longer]],
    ["9007199254740993-18446744073709551615", ["f", ""]],
    ["18446744073709551615-0", ["f", "\x00\xff\x80"]],
    ["18446744073709551615-3", ["x", "y"]],
  ];
  for (const [id, fv] of entries) assert.equal(s.r("XADD", "s", id, ...fv), id);
  const value = s.t.server.dbs[0].get("s") as StreamValue;
  assert.deepEqual(value.nodes.map((n) => n.packed !== null), [true, true, false]);
  assert.deepEqual(s.r("XRANGE", "s", "-", "+"), entries);
  assert.deepEqual(s.r("XREVRANGE", "s", "+", "-"), entries.slice().reverse());
  assert.deepEqual(s.r("XRANGE", "s", "1-2", "9007199254740993-7"), entries.slice(1, 4));
  assert.deepEqual(s.r("XRANGE", "s", "(1-5", "+", "COUNT", "2"), entries.slice(2, 4));
  assert.deepEqual(s.r("XREVRANGE", "s", "9007199254740993", "1-5", "COUNT", "2"), [entries[4], entries[3]]);
  const dump = s.c.cmd("DUMP", "s");
  assert.equal(s.r("XDEL", "s", "1-5", "9007199254740993-7"), 2);
  // The long value had a node of its own (past stream-node-max-bytes), which went with it.
  assert.deepEqual(value.nodes.map((n) => n.packed !== null), [true, false]);
  assert.deepEqual(s.r("XRANGE", "s", "-", "+"), entries.filter((_, i) => i !== 1 && i !== 3));
  assert.equal(s.r("XDEL", "s", "1-5"), 0);
  // A restored stream is packed whole and reads as the dumped one.
  assert.equal(s.r("RESTORE", "t", "0", decode(dump) as string), "OK");
  assert.deepEqual(s.r("XRANGE", "t", "-", "+"), entries);
  assert.equal(s.c.cmd("DUMP", "t"), dump);
  // Deleting the last node's entries leaves a packed node last; an append opens it again.
  assert.equal(s.r("XDEL", "t", "18446744073709551615-0", "18446744073709551615-3"), 2);
  s.r("CONFIG", "SET", "stream-node-max-entries", "10");
  assert.equal(s.r("XADD", "t", "18446744073709551615-9", "f", "z"), "18446744073709551615-9");
  assert.equal((s.t.server.dbs[0].get("t") as StreamValue).nodes.length, 3);
  assert.deepEqual(s.r("XRANGE", "t", "9007199254740993-0", "+"), [entries[3], entries[4], [
    "18446744073709551615-9",
    ["f", "z"],
  ]]);
});

test("an exact trim inside a packed node marks its entries deleted, and groups read packed entries", () => {
  const s = session([["stream-node-max-entries", "4"]]);
  for (let i = 1; i <= 10; i++) s.r("XADD", "s", `${i}-0`, "f", `v${i}`);
  assert.equal(s.r("XTRIM", "s", "MAXLEN", "8"), 2);
  assert.deepEqual(s.r("XRANGE", "s", "-", "+", "COUNT", "1"), [["3-0", ["f", "v3"]]]);
  assert.equal(s.r("XTRIM", "s", "MINID", "6"), 3);
  assert.deepEqual(s.r("XRANGE", "s", "-", "+", "COUNT", "1"), [["6-0", ["f", "v6"]]]);
  s.r("XGROUP", "CREATE", "s", "g", "0");
  assert.deepEqual(s.r("XREADGROUP", "GROUP", "g", "c", "COUNT", "2", "STREAMS", "s", ">"), [[
    "s",
    [["6-0", ["f", "v6"]], ["7-0", ["f", "v7"]]],
  ]]);
  assert.deepEqual(s.r("XCLAIM", "s", "g", "d", "0", "7-0", "6-0"), [["7-0", ["f", "v7"]], ["6-0", ["f", "v6"]]]);
  assert.deepEqual(s.r("XREADGROUP", "GROUP", "g", "d", "STREAMS", "s", "0"), [[
    "s",
    [["6-0", ["f", "v6"]], ["7-0", ["f", "v7"]]],
  ]]);
});

test("the rax's node count kept on appends equals the count from all the keys", () => {
  let seed = 5;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let round = 0; round < 20; round++) {
    const s = new StreamValue();
    const keys: string[] = [];
    let ms = rnd(1000);
    let seq = 0;
    for (let i = 0; i < 300; i++) {
      const step = rnd(4);
      if (step === 0) seq += 1 + rnd(3);
      else {
        ms += step === 1 ? 1 + rnd(3) : step === 2 ? rnd(70000) + 1 : rnd(2 ** 40) + 1;
        seq = rnd(3);
      }
      const id = s.append(["f", "v"], streamId(ms, seq), true, 0, 4096, 1 + rnd(2));
      assert.equal(typeof id, "string");
      if (s.nodes.length > keys.length) keys.push(s.nodes[s.nodes.length - 1].masterId);
      if (i % 37 === 0) assert.equal(s.radixTreeNodes(), radixTreeNodes(keys));
    }
    assert.equal(s.radixTreeNodes(), radixTreeNodes(keys));
    s.trim({ strategy: TRIM_STRATEGY_MAXLEN, approx: true, limit: 0, maxlen: 100, minid: ID_ZERO });
    assert.equal(s.radixTreeNodes(), radixTreeNodes(s.nodes.map((n) => n.masterId)));
  }
});

test("MEMORY USAGE of a stream matches redis-server's for its nodes, groups and pending entries", () => {
  const s = session();
  const usage = (...args: string[]) => s.r("MEMORY", "USAGE", "s", ...args);
  // The figures are redis-server 7.0.15's after the same commands.
  s.r("XADD", "s", "1-0", "field", "value:1");
  assert.equal(usage(), 4728, "one node, preallocated to 4096 bytes");
  for (let i = 2; i <= 1000; i++) s.r("XADD", "s", `${i}-0`, "field", `value:${i}`);
  assert.equal(usage(), 29160);
  assert.equal(usage("SAMPLES", "0"), 29160);
  s.r("XADD", "s", "1001-0", "a", "1", "b", "2");
  s.r("XADD", "s", "1002-0", "x", "y".repeat(142));
  assert.equal(usage("SAMPLES", "0"), 31712);
  s.r("XGROUP", "CREATE", "s", "g", "0");
  s.r("XGROUP", "CREATECONSUMER", "s", "g", "alice");
  assert.equal(usage("SAMPLES", "0"), 32269);
  s.r("XREADGROUP", "GROUP", "g", "alice", "COUNT", "100", "STREAMS", "s", ">");
  s.r("XREADGROUP", "GROUP", "g", "bob", "COUNT", "50", "STREAMS", "s", ">");
  assert.equal(usage("SAMPLES", "0"), 188072);
  s.r("XDEL", "s", "5-0", "6-0", "7-0", "150-0");
  assert.equal(usage("SAMPLES", "0"), 188072);
  s.r("XTRIM", "s", "MAXLEN", "~", "500");
  assert.equal(usage("SAMPLES", "0"), 174824);
  s.r("XTRIM", "s", "MAXLEN", "333");
  assert.equal(usage("SAMPLES", "0"), 172272);
  s.r("COPY", "s", "s2");
  assert.equal(s.r("MEMORY", "USAGE", "s2", "SAMPLES", "0"), 168368, "a copy's listpacks are their exact size");
});

test("used_memory follows stream writes as a from-scratch measure of the stream would", () => {
  const s = session([["stream-node-max-entries", "5"]]);
  // The accounting measures with 5 samples (features/eviction.ts).
  const measured = () => {
    let sum = 0;
    s.t.server.dbs[0].forEach((k, v) => (sum += keyUsage(k, v, 5, s.t.server.config)));
    return sum;
  };
  for (let i = 1; i <= 40; i++) s.r("XADD", "s", `${i}-0`, "f", `v${i}`);
  s.r("XGROUP", "CREATE", "s", "g", "0");
  s.r("XREADGROUP", "GROUP", "g", "c", "COUNT", "7", "STREAMS", "s", ">");
  s.r("XACK", "s", "g", "2-0", "3-0");
  s.r("XDEL", "s", "10-0", "11-0");
  s.r("XTRIM", "s", "MAXLEN", "~", "30");
  s.r("XCLAIM", "s", "g", "d", "0", "4-0");
  s.r("XGROUP", "DELCONSUMER", "s", "g", "c");
  s.r("XSETID", "s", "99-0");
  assert.equal(s.t.server.dbs[0].usedTotal(), measured());
});

test("XRANGE written from packed bytes matches a model from any start, with COUNT, deletes, own fields and long values", () => {
  const s = session([["stream-node-max-entries", "7"]]);
  let seed = 5;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const model: [string, string[]][] = [];
  let ms = 1;
  for (let i = 0; i < 300; i++) {
    // Same and new milliseconds (seq deltas and whole seqs), past one varint byte now and then.
    ms += rnd(3) === 0 ? 0 : 1 + rnd(300);
    const id = `${ms}-${rnd(2) === 0 ? i : i * 1000}`;
    if (model.length > 0 && model[model.length - 1][0].split("-")[0] === String(ms)) continue;
    const len = [0, 1, 12, 33, 200, 5000][rnd(6)];
    const fv = rnd(4) === 0
      ? ["other", "x".repeat(len), "f2", `${i}`]
      : ["field", String.fromCharCode(i % 256).repeat(len)];
    assert.equal(s.r("XADD", "s", id, ...fv), id);
    model.push([id, fv]);
  }
  for (let i = 0; i < 40; i++) {
    const [id] = model.splice(rnd(model.length), 1)[0];
    assert.equal(s.r("XDEL", "s", id), 1);
  }
  const value = s.t.server.dbs[0].get("s") as StreamValue;
  assert.ok(value.nodes.filter((n) => n.packed !== null).length > 10, "most nodes are packed");
  assert.deepEqual(s.r("XRANGE", "s", "-", "+"), model);
  for (let k = 0; k < 120; k++) {
    const from = rnd(model.length + 1);
    const count = rnd(15);
    const start = from < model.length ? model[from][0] : "+";
    const want = model.slice(from, count === 0 ? undefined : from + count);
    const args = count === 0 ? [] : ["COUNT", String(count)];
    assert.deepEqual(
      s.r("XRANGE", "s", start, "+", ...args),
      start === "+" ? [] : want,
      `from ${start} count ${count}`,
    );
    // An end bound inside the range stops it there.
    const to = from + rnd(model.length - from + 1);
    if (from < model.length && to < model.length) {
      assert.deepEqual(s.r("XRANGE", "s", start, model[to][0], ...args), want.filter((e) => model.indexOf(e) <= to));
    }
  }
  assert.deepEqual(s.r("XRANGE", "s", "-", "+", "COUNT", "0"), null);
});

test("XDEL of a packed entry in a COPY leaves the original's entry, and the reverse", () => {
  const s = session([["stream-node-max-entries", "20"]]);
  for (let i = 1; i <= 100; i++) s.r("XADD", "s", `${i}-0`, "f", `v${i}`);
  assert.equal(s.r("COPY", "s", "c"), 1);
  assert.equal(s.r("XDEL", "c", "5-0", "50-0"), 2);
  assert.equal(s.r("XDEL", "s", "33-0"), 1);
  const ids = (key: string) => (s.r("XRANGE", key, "-", "+") as [string, string[]][]).map(([id]) => id);
  const all = Array.from({ length: 100 }, (_, i) => `${i + 1}-0`);
  assert.deepEqual(ids("s"), all.filter((id) => id !== "33-0"));
  assert.deepEqual(ids("c"), all.filter((id) => id !== "5-0" && id !== "50-0"));
  // Seeks through the checkpoints of a packed node find entries on either side of the deleted ones.
  assert.deepEqual(s.r("XRANGE", "c", "49", "+", "COUNT", "2"), [["49-0", ["f", "v49"]], ["51-0", ["f", "v51"]]]);
  assert.deepEqual(s.r("XRANGE", "s", "(32-0", "+", "COUNT", "1"), [["34-0", ["f", "v34"]]]);
});

test("pending entries acknowledged out of order, claimed back and re-read keep the PEL in ID order", () => {
  const s = session();
  for (let i = 1; i <= 30; i++) s.r("XADD", "s", `${i}-0`, "f", `v${i}`);
  s.r("XGROUP", "CREATE", "s", "g", "0");
  s.r("XREADGROUP", "GROUP", "g", "a", "COUNT", "20", "STREAMS", "s", ">");
  assert.equal(s.r("XACK", "s", "g", "1-0", "20-0", "7-0", "8-0", "99-0"), 4);
  // Claimed by b from the middle, then a's history and the group's PEL are both still in order.
  s.r("XCLAIM", "s", "g", "b", "0", "12-0", "3-0", "15-0");
  const pendingIds = (extra: string[]) =>
    (s.r("XPENDING", "s", "g", "-", "+", "100", ...extra) as [string, ...R[]][]).map(([id]) => id);
  const expected = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map((i) => `${i}-0`);
  assert.deepEqual(pendingIds([]), expected);
  assert.deepEqual(pendingIds(["b"]), ["3-0", "12-0", "15-0"]);
  assert.deepEqual(pendingIds(["a"]), expected.filter((id) => !["3-0", "12-0", "15-0"].includes(id)));
  // Setting the group back re-delivers entries already pending: they change hands to the reader.
  s.r("XGROUP", "SETID", "s", "g", "10-0");
  s.r("XREADGROUP", "GROUP", "g", "b", "COUNT", "3", "STREAMS", "s", ">");
  assert.deepEqual(pendingIds(["b"]), ["3-0", "11-0", "12-0", "13-0", "15-0"]);
  assert.equal(s.r("XACK", "s", "g", ...expected), expected.length);
  assert.deepEqual(s.r("XPENDING", "s", "g"), [0, null, null, null]);
});
