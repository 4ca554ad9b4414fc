/** Lists in process: the packed quicklist against a plain array, every command and error, blocking pops. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { ListValue } from "../../src/core/keyspace/list.ts";
import { Config } from "../../src/core/config.ts";
import { decode, err, session, WRONGTYPE } from "./_collections.ts";
import { onKeyspaceEvent } from "../helpers/inprocess.ts";
import { encodeCommand } from "../helpers/resp.ts";
import type { R } from "./_collections.ts";

function events(s: ReturnType<typeof session>): string[] {
  const out: string[] = [];
  onKeyspaceEvent(s.t.server, (_type, event, key) => event !== "keymiss" && out.push(`${event}:${key}`));
  return out;
}

// ---- the data structure ----

test("ListValue matches an array model under random pushes, pops, inserts, deletes and trims", () => {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const l = new ListValue();
  const model: string[] = [];
  for (let step = 0; step < 20000; step++) {
    const op = rnd(8);
    const v = String(step);
    if (op === 0) {
      l.pushHead(v);
      model.unshift(v);
    } else if (op === 1) {
      l.pushTail(v);
      model.push(v);
    } else if (op === 2) assert.equal(l.popHead(), model.shift());
    else if (op === 3) assert.equal(l.popTail(), model.pop());
    else if (op === 4) {
      const i = rnd(model.length + 1);
      l.insertAt(i, v);
      model.splice(i, 0, v);
    } else if (op === 5 && model.length > 0) {
      const start = rnd(model.length);
      const count = rnd(model.length - start + 1);
      l.deleteRange(start, count);
      model.splice(start, count);
    } else if (op === 6 && model.length > 0) {
      const i = rnd(model.length);
      l.setAt(i, v);
      model[i] = v;
    } else if (op === 7) {
      const removed = l.retain((x) => Number(x) % 3 !== 0);
      const kept = model.filter((x) => Number(x) % 3 !== 0);
      assert.equal(removed, model.length - kept.length);
      model.length = 0;
      model.push(...kept);
    }
    assert.equal(l.length, model.length);
    if (step % 500 === 0) assert.deepEqual(l.toArray(), model);
  }
  assert.deepEqual(l.toArray(), model);
  for (let i = 0; i < model.length; i++) assert.equal(l.at(i), model[i]);
});

test("packed ListValue keeps every kind of element exact through node splits, merges and random access", () => {
  let seed = 11;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  // One-byte integers, their non-canonical look-alikes, short and long byte strings (every byte value),
  // elements past the plain-node size, and a string that is not a byte string.
  const value = (step: number): string => {
    switch (rnd(9)) {
      case 0:
        return String(rnd(128));
      case 1:
        return ["00", "-1", "128", "007", "", "1 ", "+5"][rnd(7)];
      case 2:
        return String.fromCharCode(...Array.from({ length: rnd(63) + 1 }, () => rnd(256)));
      case 3:
        return String.fromCharCode(...Array.from({ length: 64 + rnd(200) }, () => rnd(256))) + "x".repeat(rnd(700));
      case 4:
        return "p".repeat(1024 + rnd(100)) + step;
      case 5:
        return "\u20ac" + step;
      default:
        return "e" + step;
    }
  };
  const l = new ListValue();
  const model: string[] = [];
  for (let step = 0; step < 8000; step++) {
    const op = rnd(12);
    const v = value(step);
    if (op <= 2) {
      l.pushHead(v);
      model.unshift(v);
    } else if (op <= 5) {
      l.pushTail(v);
      model.push(v);
    } else if (op === 6) assert.equal(l.popHead(), model.shift());
    else if (op === 7) assert.equal(l.popTail(), model.pop());
    else if (op === 8) {
      const i = rnd(model.length + 1);
      l.insertAt(i, v);
      model.splice(i, 0, v);
    } else if (op === 9 && model.length > 0 && rnd(10) === 0) {
      const start = rnd(model.length);
      const count = rnd(Math.min(50, model.length - start) + 1);
      l.deleteRange(start, count);
      model.splice(start, count);
    } else if (op === 10 && model.length > 0) {
      const i = rnd(model.length);
      l.setAt(i, v);
      model[i] = v;
    } else if (op === 11 && model.length > 0) {
      const i = rnd(model.length);
      assert.equal(l.at(i), model[i]);
      assert.equal(l.equalsAt(i, model[i]), true);
      assert.equal(l.equalsAt(i, model[i] + "x"), false);
    }
    assert.equal(l.length, model.length);
    if (step % 1000 === 0) {
      assert.deepEqual(l.toArray(), model);
      assert.deepEqual(l.clone().toArray(), model);
    }
  }
  assert.deepEqual(l.toArray(), model);
  // Walking backwards reads each element through the entries' trailing lengths.
  for (let i = model.length - 1; i >= 0; i--) assert.equal(l.at(i), model[i]);
  const removed = l.retain((x) => x.length % 2 === 0);
  const kept = model.filter((x) => x.length % 2 === 0);
  assert.equal(removed, model.length - kept.length);
  assert.deepEqual(l.toArray(), kept);
});

test("a long list of small integers is packed, and reads back from both ends and the middle", () => {
  const l = new ListValue();
  const n = 200_000;
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) l.pushTail(String(i % 100));
    else l.pushHead(String(i % 128));
  }
  assert.equal(l.length, n);
  const arr = l.toArray();
  for (const i of [0, 1, n >> 1, n - 2, n - 1, 12345, 99999]) assert.equal(l.at(i), arr[i]);
  assert.equal(arr[n - 1], String((n - 2) % 100));
  assert.equal(arr[0], String((n - 1) % 128));
  l.deleteRange(1000, n - 2000);
  assert.equal(l.length, 2000);
  assert.deepEqual(l.toArray(), [...arr.slice(0, 1000), ...arr.slice(n - 1000)]);
});

test("ListValue.from, toArray, clone and range are independent copies", () => {
  const l = ListValue.from(["a", "b", "c"]);
  const c = l.clone();
  l.pushTail("d");
  assert.deepEqual(c.toArray(), ["a", "b", "c"]);
  assert.deepEqual(l.range(1, 2), ["b", "c"]);
  assert.equal(l.type, "list");
});

test("ListValue reports quicklist, as Redis 7.0 does for every list", () => {
  const cfg = new Config();
  assert.equal(ListValue.from(["a"]).encoding(cfg), "quicklist");
  cfg.setRaw("list-max-listpack-size", "1");
  assert.equal(ListValue.from(["a", "b", "c"]).encoding(cfg), "quicklist");
});

test("a drained list gives its buffer back", () => {
  const l = new ListValue();
  for (let i = 0; i < 10000; i++) l.pushTail(String(i));
  for (let i = 0; i < 9990; i++) l.popHead();
  assert.equal(l.length, 10);
  assert.deepEqual(l.toArray(), ["9990", "9991", "9992", "9993", "9994", "9995", "9996", "9997", "9998", "9999"]);
});

// ---- commands ----

test("LPUSH/RPUSH push in order and reply the length; OBJECT ENCODING is quicklist", () => {
  const s = session();
  assert.equal(s.r("LPUSH", "l", "a", "b"), 2);
  assert.equal(s.r("RPUSH", "l", "c", "\x00\xff"), 4);
  assert.deepEqual(s.r("LRANGE", "l", "0", "-1"), ["b", "a", "c", "\x00\xff"]);
  assert.equal(s.r("TYPE", "l"), "list");
  assert.equal(s.r("OBJECT", "ENCODING", "l"), "quicklist");
});

test("LPUSHX/RPUSHX push only to an existing list", () => {
  const s = session();
  assert.equal(s.r("LPUSHX", "l", "a"), 0);
  assert.equal(s.r("EXISTS", "l"), 0);
  s.r("RPUSH", "l", "m");
  assert.equal(s.r("LPUSHX", "l", "a", "b"), 3);
  assert.equal(s.r("RPUSHX", "l", "z"), 4);
  assert.deepEqual(s.r("LRANGE", "l", "0", "-1"), ["b", "a", "m", "z"]);
});

test("every list command on a string key replies WRONGTYPE", () => {
  const s = session();
  s.r("SET", "s", "v");
  const cmds = [
    ["LPUSH", "s", "a"],
    ["RPUSHX", "s", "a"],
    ["LPOP", "s"],
    ["RPOP", "s", "1"],
    ["LLEN", "s"],
    ["LINDEX", "s", "0"],
    ["LSET", "s", "0", "x"],
    ["LRANGE", "s", "0", "1"],
    ["LTRIM", "s", "0", "1"],
    ["LREM", "s", "0", "x"],
    ["LINSERT", "s", "BEFORE", "a", "b"],
    ["LPOS", "s", "a"],
    ["LMOVE", "s", "d", "LEFT", "LEFT"],
    ["RPOPLPUSH", "s", "d"],
    ["LMPOP", "1", "s", "LEFT"],
    ["BLPOP", "s", "0"],
    ["BRPOP", "s", "0"],
    ["BLMPOP", "0", "1", "s", "LEFT"],
    ["BLMOVE", "s", "d", "LEFT", "LEFT", "0"],
    ["BRPOPLPUSH", "s", "d", "0"],
  ];
  for (const cmd of cmds) assert.equal(err(s.r(...cmd)), WRONGTYPE, cmd.join(" "));
  s.r("RPUSH", "l", "x");
  assert.equal(err(s.r("LMOVE", "l", "s", "LEFT", "LEFT")), WRONGTYPE);
  assert.deepEqual(s.r("LRANGE", "l", "0", "-1"), ["x"], "the source is untouched when the destination is wrong");
});

test("LPOP/RPOP with and without count; emptied lists are deleted", () => {
  const s = session();
  s.r("RPUSH", "l", "a", "b", "c", "d", "e");
  assert.equal(s.r("LPOP", "l"), "a");
  assert.equal(s.r("RPOP", "l"), "e");
  assert.deepEqual(s.r("LPOP", "l", "2"), ["b", "c"]);
  assert.deepEqual(s.r("LPOP", "l", "0"), []);
  assert.deepEqual(s.r("RPOP", "l", "10"), ["d"]);
  assert.equal(s.r("EXISTS", "l"), 0);
  assert.equal(s.r("LPOP", "l"), null);
  assert.equal(s.c.cmd("LPOP", "l", "1"), "*-1\r\n");
  assert.equal(s.c.cmd("LPOP", "l"), "$-1\r\n");
  assert.equal(err(s.r("LPOP", "l", "-1")), "ERR value is out of range, must be positive");
  assert.equal(err(s.r("LPOP", "l", "x")), "ERR value is out of range, must be positive");
  assert.equal(err(s.r("LPOP", "l", "1", "2")), "ERR wrong number of arguments for 'lpop' command");
  assert.equal(err(s.r("RPOP", "l", "1", "2")), "ERR wrong number of arguments for 'rpop' command");
});

test("LLEN, LINDEX and LSET follow Redis's index rules and errors", () => {
  const s = session();
  assert.equal(s.r("LLEN", "l"), 0);
  s.r("RPUSH", "l", "a", "b", "c");
  assert.equal(s.r("LLEN", "l"), 3);
  assert.equal(s.r("LINDEX", "l", "-1"), "c");
  assert.equal(s.r("LINDEX", "l", "-4"), null);
  assert.equal(s.r("LINDEX", "l", "9223372036854775807"), null);
  assert.equal(err(s.r("LINDEX", "l", "1.0")), "ERR value is not an integer or out of range");
  assert.equal(s.r("LINDEX", "nokey", "x"), null, "a missing key answers before the index is parsed");
  assert.equal(s.r("LSET", "l", "-1", "C"), "OK");
  assert.equal(err(s.r("LSET", "l", "3", "x")), "ERR index out of range");
  assert.equal(err(s.r("LSET", "nokey", "x", "x")), "ERR no such key");
  assert.equal(err(s.r("LSET", "l", "x", "x")), "ERR value is not an integer or out of range");
  assert.deepEqual(s.r("LRANGE", "l", "0", "-1"), ["a", "b", "C"]);
});

test("LRANGE and LTRIM clamp indexes; LTRIM deletes an emptied list", () => {
  const s = session();
  s.r("RPUSH", "l", "0", "1", "2", "3", "4", "5");
  assert.deepEqual(s.r("LRANGE", "l", "-100", "1"), ["0", "1"]);
  assert.deepEqual(s.r("LRANGE", "l", "4", "100"), ["4", "5"]);
  assert.deepEqual(s.r("LRANGE", "l", "3", "2"), []);
  assert.equal(err(s.r("LRANGE", "nokey", "a", "1")), "ERR value is not an integer or out of range");
  assert.equal(s.r("LTRIM", "l", "1", "-2"), "OK");
  assert.deepEqual(s.r("LRANGE", "l", "0", "-1"), ["1", "2", "3", "4"]);
  assert.equal(s.r("LTRIM", "l", "5", "10"), "OK");
  assert.equal(s.r("EXISTS", "l"), 0);
  assert.equal(s.r("LTRIM", "nokey", "0", "1"), "OK");
});

test("LREM removes from the head, the tail or everywhere", () => {
  const s = session();
  s.r("RPUSH", "l", "a", "b", "a", "c", "a", "b", "a");
  assert.equal(s.r("LREM", "l", "2", "a"), 2);
  assert.deepEqual(s.r("LRANGE", "l", "0", "-1"), ["b", "c", "a", "b", "a"]);
  assert.equal(s.r("LREM", "l", "-1", "a"), 1);
  assert.deepEqual(s.r("LRANGE", "l", "0", "-1"), ["b", "c", "a", "b"]);
  assert.equal(s.r("LREM", "l", "0", "b"), 2);
  assert.equal(s.r("LREM", "l", "-9223372036854775808", "a"), 1, "LONG_MIN stays negative in C: removes all");
  assert.equal(s.r("LREM", "l", "0", "c"), 1);
  assert.equal(s.r("EXISTS", "l"), 0);
  assert.equal(s.r("LREM", "nokey", "0", "a"), 0);
  assert.equal(err(s.r("LREM", "l", "x", "a")), "ERR value is not an integer or out of range");
});

test("LINSERT before and after the first pivot", () => {
  const s = session();
  s.r("RPUSH", "l", "a", "b", "b");
  assert.equal(s.r("LINSERT", "l", "BEFORE", "b", "X"), 4);
  assert.equal(s.r("LINSERT", "l", "after", "b", "Y"), 5);
  assert.deepEqual(s.r("LRANGE", "l", "0", "-1"), ["a", "X", "b", "Y", "b"]);
  assert.equal(s.r("LINSERT", "l", "BEFORE", "zz", "x"), -1);
  assert.equal(s.r("LINSERT", "nokey", "BEFORE", "a", "x"), 0);
  assert.equal(err(s.r("LINSERT", "nokey", "MIDDLE", "a", "x")), "ERR syntax error");
});

test("LPOS with RANK, COUNT and MAXLEN, and its errors", () => {
  const s = session();
  s.r("RPUSH", "l", "a", "b", "c", "1", "2", "3", "c", "c", "a");
  assert.equal(s.r("LPOS", "l", "c"), 2);
  assert.equal(s.r("LPOS", "l", "c", "RANK", "-1"), 7);
  assert.deepEqual(s.r("LPOS", "l", "c", "COUNT", "0"), [2, 6, 7]);
  assert.deepEqual(s.r("LPOS", "l", "c", "RANK", "-1", "COUNT", "2"), [7, 6]);
  assert.deepEqual(s.r("LPOS", "l", "c", "COUNT", "0", "MAXLEN", "7"), [2, 6]);
  assert.equal(s.r("LPOS", "l", "c", "RANK", "4"), null);
  assert.equal(s.r("LPOS", "l", "c", "RANK", "-9223372036854775808"), 7);
  assert.deepEqual(s.r("LPOS", "nokey", "c", "COUNT", "1"), []);
  assert.equal(s.r("LPOS", "nokey", "c"), null);
  assert.match(err(s.r("LPOS", "l", "c", "RANK", "0")), /^ERR RANK can't be zero/);
  assert.equal(err(s.r("LPOS", "l", "c", "COUNT", "-1")), "ERR COUNT can't be negative");
  assert.equal(err(s.r("LPOS", "l", "c", "MAXLEN", "x")), "ERR MAXLEN can't be negative");
  assert.equal(err(s.r("LPOS", "l", "c", "RANK")), "ERR syntax error");
});

test("LMOVE and RPOPLPUSH move one element, rotate a list onto itself, and delete the emptied source", () => {
  const s = session();
  const ev = events(s);
  s.r("RPUSH", "src", "a", "b");
  assert.equal(s.r("LMOVE", "src", "dst", "LEFT", "RIGHT"), "a");
  assert.equal(s.r("RPOPLPUSH", "src", "dst"), "b");
  assert.equal(s.r("EXISTS", "src"), 0);
  assert.deepEqual(s.r("LRANGE", "dst", "0", "-1"), ["b", "a"]);
  assert.equal(s.r("LMOVE", "dst", "dst", "LEFT", "RIGHT"), "b");
  assert.deepEqual(s.r("LRANGE", "dst", "0", "-1"), ["a", "b"]);
  assert.equal(s.r("LMOVE", "nokey", "dst", "LEFT", "LEFT"), null);
  assert.equal(err(s.r("LMOVE", "dst", "x", "UP", "LEFT")), "ERR syntax error");
  // Redis notifies the push to the destination before the pop from the source.
  assert.deepEqual(ev.slice(0, 6), ["rpush:src", "rpush:dst", "lpop:src", "lpush:dst", "rpop:src", "del:src"]);
});

test("LMPOP pops from the first non-empty key and checks its arguments", () => {
  const s = session();
  s.r("RPUSH", "l1", "a", "b", "c");
  assert.deepEqual(s.r("LMPOP", "2", "nokey", "l1", "RIGHT", "COUNT", "2"), ["l1", ["c", "b"]]);
  assert.deepEqual(s.r("LMPOP", "1", "l1", "LEFT", "COUNT", "5"), ["l1", ["a"]]);
  assert.equal(s.r("LMPOP", "1", "l1", "LEFT"), null);
  assert.equal(err(s.r("LMPOP", "0", "l1", "LEFT")), "ERR numkeys should be greater than 0");
  assert.equal(err(s.r("LMPOP", "x", "l1", "LEFT")), "ERR numkeys should be greater than 0");
  assert.equal(err(s.r("LMPOP", "3", "l1", "LEFT")), "ERR syntax error");
  assert.equal(err(s.r("LMPOP", "1", "l1", "UP")), "ERR syntax error");
  assert.equal(err(s.r("LMPOP", "1", "l1", "LEFT", "COUNT", "0")), "ERR count should be greater than 0");
  assert.equal(err(s.r("LMPOP", "1", "l1", "LEFT", "COUNT", "1", "COUNT", "1")), "ERR syntax error");
});

test("list writes emit Redis's keyspace events and count dirty", () => {
  const s = session();
  const ev = events(s);
  const before = s.t.server.dirty;
  s.r("RPUSH", "l", "a", "b");
  s.r("LSET", "l", "0", "x");
  s.r("LINSERT", "l", "AFTER", "x", "y");
  s.r("LREM", "l", "1", "y");
  s.r("LTRIM", "l", "0", "0");
  s.r("LPOP", "l");
  assert.deepEqual(ev, ["rpush:l", "lset:l", "linsert:l", "lrem:l", "ltrim:l", "lpop:l", "del:l"]);
  assert.equal(s.t.server.dirty - before, 2 + 1 + 1 + 1 + 1 + 1);
});

// ---- blocking ----

test("BLPOP pops at once when a key has elements", () => {
  const s = session();
  s.r("RPUSH", "l2", "x");
  assert.deepEqual(s.r("BLPOP", "l1", "l2", "0"), ["l2", "x"]);
  assert.equal(s.r("EXISTS", "l2"), 0);
});

test("BLPOP blocks until another client pushes, and the push is served to it", () => {
  const s = session();
  const b = s.t.connect();
  assert.equal(b.cmd("BLPOP", "l", "0"), "", "no reply while blocked");
  assert.equal(s.t.server.blocking.blockedClients, 1);
  assert.equal(s.r("RPUSH", "l", "a", "b"), 2, "the pusher sees the length before the blocked client is served");
  assert.deepEqual(decode(b.output()), ["l", "a"]);
  assert.deepEqual(s.r("LRANGE", "l", "0", "-1"), ["b"]);
  assert.equal(s.t.server.blocking.blockedClients, 0);
});

test("a served client's pipelined commands run after the pushing client's whole pipeline, not inside it", () => {
  const s = session();
  const b = s.t.connect();
  assert.equal(b.raw(encodeCommand(["BLPOP", "l", "0"]) + encodeCommand(["GET", "x"])), "");
  const pushed = s.c.raw(
    encodeCommand(["RPUSH", "l", "a"]) + encodeCommand(["SET", "x", "1"]) +
      encodeCommand(["CLIENT", "LIST", "ID", String(b.client.id)]),
  );
  // Served and queued for its pending input (flag u) when the pusher's CLIENT LIST ran.
  assert.match(pushed, /^:1\r\n\+OK\r\n.* flags=u /s);
  assert.equal(b.output(), "*2\r\n$1\r\nl\r\n$1\r\na\r\n$1\r\n1\r\n");
  assert.match(s.c.cmd("CLIENT", "LIST", "ID", String(b.client.id)), / flags=N /);
});

test("a served client's next BLPOP waits behind the clients already blocked on the key", () => {
  const s = session();
  const b = s.t.connect();
  const c = s.t.connect();
  b.raw(encodeCommand(["BLPOP", "l", "0"]) + encodeCommand(["BLPOP", "l", "0"]));
  c.cmd("BLPOP", "l", "0");
  s.r("RPUSH", "l", "x", "y");
  assert.deepEqual(decode(b.output()), ["l", "x"]);
  assert.deepEqual(decode(c.output()), ["l", "y"]);
  assert.equal(s.t.server.blocking.blockedClients, 1);
  s.r("RPUSH", "l", "z");
  assert.deepEqual(decode(b.output()), ["l", "z"]);
});

test("BRPOP on several keys is served from the key that received data", () => {
  const s = session();
  const b = s.t.connect();
  b.cmd("BRPOP", "l1", "l2", "0");
  s.r("RPUSH", "l2", "x", "y");
  assert.deepEqual(decode(b.output()), ["l2", "y"]);
});

test("blocked clients are served first come first served, one element each", () => {
  const s = session();
  const b1 = s.t.connect();
  const b2 = s.t.connect();
  const b3 = s.t.connect();
  b1.cmd("BLPOP", "l", "0");
  b2.cmd("BRPOP", "l", "0");
  b3.cmd("BLPOP", "l", "0");
  s.r("RPUSH", "l", "a", "b");
  assert.deepEqual(decode(b1.output()), ["l", "a"]);
  assert.deepEqual(decode(b2.output()), ["l", "b"]);
  assert.equal(b3.output(), "");
  assert.equal(s.r("EXISTS", "l"), 0);
  s.r("LPUSH", "l", "c");
  assert.deepEqual(decode(b3.output()), ["l", "c"]);
});

test("a blocked client times out with a null array when the clock passes its timeout", () => {
  const s = session();
  const b = s.t.connect();
  b.cmd("BLPOP", "l", "1.5");
  s.t.host.advance(1499);
  assert.equal(b.output(), "");
  s.t.host.advance(1);
  assert.equal(b.output(), "*-1\r\n");
  assert.equal(s.t.server.blocking.blockedClients, 0);
  s.r("RPUSH", "l", "a");
  assert.equal(b.output(), "", "a timed-out client is not served later");
  assert.equal(s.r("LLEN", "l"), 1);
});

test("timeouts round up to whole milliseconds; 0 and tiny negatives wait forever", () => {
  const s = session();
  const b = s.t.connect();
  b.cmd("BLPOP", "l", "0.0001");
  s.t.host.advance(1);
  assert.equal(b.output(), "*-1\r\n");
  b.cmd("BLPOP", "l", "0");
  s.t.host.advance(1e9);
  assert.equal(b.output(), "");
  s.r("RPUSH", "l", "x");
  assert.deepEqual(decode(b.output()), ["l", "x"]);
  b.cmd("BLPOP", "l", "-0.0001");
  s.t.host.advance(1e9);
  assert.equal(b.output(), "");
});

test("blocking timeouts are checked as Redis does", () => {
  const s = session();
  assert.equal(err(s.r("BLPOP", "l", "-1")), "ERR timeout is negative");
  assert.equal(err(s.r("BLPOP", "l", "inf")), "ERR timeout is negative");
  assert.equal(err(s.r("BLPOP", "l", "1e400")), "ERR timeout is negative");
  assert.equal(err(s.r("BLPOP", "l", "nan")), "ERR timeout is not a float or out of range");
  assert.equal(err(s.r("BLPOP", "l", " 1")), "ERR timeout is not a float or out of range");
  assert.equal(err(s.r("BRPOPLPUSH", "l", "d", "x")), "ERR timeout is not a float or out of range");
  assert.equal(err(s.r("BLMOVE", "l", "d", "UP", "LEFT", "x")), "ERR syntax error", "positions are checked first");
  assert.equal(
    err(s.r("BLMPOP", "x", "0", "l", "LEFT")),
    "ERR numkeys should be greater than 0",
    "numkeys before the timeout",
  );
  assert.equal(err(s.r("BLMPOP", "-1", "1", "l", "LEFT")), "ERR timeout is negative");
});

test("BLMPOP blocked with COUNT is served a range", () => {
  const s = session();
  const b = s.t.connect();
  b.cmd("BLMPOP", "0", "2", "l1", "l2", "RIGHT", "COUNT", "2");
  s.r("RPUSH", "l1", "a", "b", "c");
  assert.deepEqual(decode(b.output()), ["l1", ["c", "b"]]);
  assert.deepEqual(s.r("LRANGE", "l1", "0", "-1"), ["a"]);
});

test("BLMOVE and BRPOPLPUSH blocked are served and push to the destination", () => {
  const s = session();
  const b = s.t.connect();
  b.cmd("BLMOVE", "src", "dst", "RIGHT", "LEFT", "0");
  s.r("RPUSH", "src", "a", "b");
  assert.equal(decode(b.output()), "b");
  assert.deepEqual(s.r("LRANGE", "dst", "0", "-1"), ["b"]);
  b.cmd("BRPOPLPUSH", "empty", "dst", "0");
  s.r("RPUSH", "empty", "z");
  assert.equal(decode(b.output()), "z");
  assert.deepEqual(s.r("LRANGE", "dst", "0", "-1"), ["z", "b"]);
  assert.equal(s.r("EXISTS", "empty"), 0);
  b.cmd("BRPOPLPUSH", "empty", "dst", "0.5");
  s.t.host.advance(500);
  assert.equal(b.output(), "*-1\r\n", "BRPOPLPUSH times out with a null array");
});

test("BLMOVE served with a destination of the wrong type replies WRONGTYPE and is unblocked", () => {
  const s = session();
  const b = s.t.connect();
  b.cmd("BLMOVE", "src", "dst", "LEFT", "LEFT", "0");
  s.r("SET", "dst", "v");
  s.r("RPUSH", "src", "a");
  assert.equal(err(decode(b.output())), WRONGTYPE);
  assert.equal(s.t.server.blocking.blockedClients, 0);
  assert.deepEqual(s.r("LRANGE", "src", "0", "-1"), ["a"]);
});

test("LMOVE into a key serves a client blocked on it", () => {
  const s = session();
  const b = s.t.connect();
  b.cmd("BLPOP", "dst", "0");
  s.r("RPUSH", "src", "a");
  s.r("LMOVE", "src", "dst", "LEFT", "LEFT");
  assert.deepEqual(decode(b.output()), ["dst", "a"]);
  assert.equal(s.r("EXISTS", "dst"), 0);
});

test("blocking pops inside MULTI answer as a timeout; pushes in EXEC serve blocked clients after it", () => {
  const s = session();
  const b = s.t.connect();
  s.r("MULTI");
  for (
    const cmd of [["BLPOP", "x", "0"], ["BLMPOP", "0", "1", "x", "LEFT"], ["BLMOVE", "x", "d", "LEFT", "LEFT", "0"], [
      "BRPOPLPUSH",
      "x",
      "d",
      "0",
    ]]
  ) {
    assert.equal(s.r(...cmd), "QUEUED");
  }
  assert.equal(s.c.cmd("EXEC"), "*4\r\n*-1\r\n*-1\r\n$-1\r\n$-1\r\n");
  b.cmd("BLPOP", "l", "0");
  s.r("MULTI");
  s.r("RPUSH", "l", "a");
  s.r("RPUSH", "l", "b");
  assert.equal(b.output(), "");
  s.r("EXEC");
  assert.deepEqual(decode(b.output()), ["l", "a"]);
  assert.deepEqual(s.r("LRANGE", "l", "0", "-1"), ["b"]);
});

test("a push popped again in the same transaction does not serve the blocked client", () => {
  const s = session();
  const b = s.t.connect();
  b.cmd("BLPOP", "l", "0");
  s.r("MULTI");
  s.r("RPUSH", "l", "a");
  s.r("LPOP", "l");
  s.r("EXEC");
  assert.equal(b.output(), "");
  assert.equal(s.t.server.blocking.blockedClients, 1);
});

test("commands pipelined behind a blocked one run once it is served", () => {
  const s = session();
  const b = s.t.connect();
  assert.equal(b.raw("*3\r\n$5\r\nBLPOP\r\n$1\r\nl\r\n$1\r\n0\r\n*2\r\n$4\r\nLLEN\r\n$1\r\nl\r\n"), "");
  s.r("RPUSH", "l", "a", "b");
  assert.equal(b.output(), "*2\r\n$1\r\nl\r\n$1\r\na\r\n:1\r\n");
});

test("a client that disconnects while blocked is forgotten", () => {
  const s = session();
  const b = s.t.connect();
  const b2 = s.t.connect();
  b.cmd("BLPOP", "l", "0");
  b2.cmd("BLPOP", "l", "0");
  b.client.disconnected();
  assert.equal(s.t.server.blocking.blockedClients, 1);
  s.r("RPUSH", "l", "a");
  assert.deepEqual(decode(b2.output()), ["l", "a"]);
});

test("blocking replies follow the protocol: RESP3 null on timeout", () => {
  const s = session();
  const b = s.t.connect();
  b.cmd("HELLO", "3");
  b.cmd("BLMPOP", "0.01", "1", "l", "LEFT");
  s.t.host.advance(10);
  assert.equal(b.output(), "_\r\n");
  const r: R = decode(b.cmd("LPOP", "nokey", "1"));
  assert.equal(r, null);
});

test("a client blocked on several keys is served from the key made ready first", () => {
  const s = session();
  const b = s.t.connect();
  b.cmd("BLPOP", "a", "b", "0");
  s.r("MULTI");
  s.r("RPUSH", "b", "x");
  s.r("RPUSH", "a", "y");
  s.r("EXEC");
  assert.deepEqual(decode(b.output()), ["b", "x"]);
  assert.deepEqual(s.r("LRANGE", "a", "0", "-1"), ["y"]);
});

test("a BZPOPMIN client waiting on the same key does not stop BLPOP clients behind it being served", () => {
  const s = session();
  const z = s.t.connect();
  const b = s.t.connect();
  z.cmd("BZPOPMIN", "k", "0");
  b.cmd("BLPOP", "k", "0");
  s.r("RPUSH", "k", "a");
  assert.deepEqual(decode(b.output()), ["k", "a"]);
  assert.equal(z.output(), "");
  assert.equal(s.t.server.blocking.blockedClients, 1);
});

test("a served BLMOVE feeds a client blocked on its destination, in the same round", () => {
  const s = session();
  const mover = s.t.connect();
  const popper = s.t.connect();
  mover.cmd("BLMOVE", "k1", "k2", "LEFT", "LEFT", "0");
  popper.cmd("BLPOP", "k2", "0");
  s.r("RPUSH", "k1", "x");
  assert.equal(decode(mover.output()), "x");
  assert.deepEqual(decode(popper.output()), ["k2", "x"]);
  assert.equal(s.r("EXISTS", "k1", "k2"), 0);
});
