/**
 * Replication as master, in process with a clock the test moves: the backlog's offsets, the stream's bytes
 * (SELECT when the database changes, PING every repl-ping-replica-period), full resync (diskless and from
 * the RDB file), partial resync from the backlog, REPLCONF, WAIT and min-replicas-to-write.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import type { TestConn, TestServer } from "../helpers/inprocess.ts";
import { encodeCommand, latin1Bytes } from "../helpers/resp.ts";
import { ReplBacklog } from "../../src/core/replication/backlog.ts";
import { MemoryFileStore } from "../../src/core/persistence/fs.ts";
import { attachPersistence } from "../../src/core/persistence/snapshot.ts";
import { ERR_WAIT_ON_REPLICA } from "../../src/core/errors.ts";

const bytes = (s: string) => new Uint8Array([...s].map((ch) => ch.charCodeAt(0)));
const text = (b: Uint8Array) => String.fromCharCode(...b);

test("the backlog keeps the newest repl-backlog-size bytes and numbers them from the stream's start", () => {
  const b = new ReplBacklog(8, 100);
  assert.equal(b.offset, 101);
  assert.equal(b.histlen, 0);
  assert.ok(b.canServe(101));
  assert.ok(!b.canServe(102));
  b.append(bytes("abcde"));
  assert.equal(b.histlen, 5);
  assert.equal(text(b.readFrom(103)), "cde");
  b.append(bytes("fghij"));
  // Ten bytes fed, eight kept: the first two are gone.
  assert.equal(b.offset, 103);
  assert.equal(b.histlen, 8);
  assert.ok(!b.canServe(102));
  assert.ok(b.canServe(111));
  assert.equal(text(b.readFrom(103)), "cdefghij");
  assert.equal(text(b.readFrom(111)), "");
  b.append(bytes("0123456789"));
  assert.equal(b.offset, 113);
  assert.equal(text(b.readFrom(113)), "23456789");
  b.resize(4);
  assert.equal(b.offset, 117);
  assert.equal(text(b.readFrom(117)), "6789");
  b.resize(16);
  b.append(bytes("xy"));
  assert.equal(text(b.readFrom(117)), "6789xy");
});

interface Master {
  t: TestServer;
  c: TestConn;
  info(field: string): string;
}

function master(config: [string, string][] = [], files?: MemoryFileStore): Master {
  const t = inProcess([["repl-diskless-sync-delay", "0"], ["save", ""], ["dir", "/d"], ...config]);
  if (files !== undefined) attachPersistence(t.server, { files, exit() {} });
  const c = t.connect();
  return {
    t,
    c,
    info(field: string): string {
      const m = new RegExp(`\\r\\n${field}:([^\\r]*)\\r\\n`).exec(c.cmd("INFO", "everything"));
      return m === null ? "" : m[1];
    },
  };
}

/** A replica connection that ran the handshake and asked for `psync`. */
function replica(m: Master, psync: string[], remoteAddress = "127.0.0.1:50001"): TestConn {
  const r = m.t.connect({ remoteAddress });
  assert.equal(r.cmd("REPLCONF", "listening-port", "6380"), "+OK\r\n");
  assert.equal(r.cmd("REPLCONF", "capa", "eof", "capa", "psync2"), "+OK\r\n");
  // Its reply stays in the output for the test to read.
  r.client.feed(latin1Bytes(encodeCommand(psync)));
  return r;
}

test("a diskless full resync sends +FULLRESYNC, the RDB between $EOF marks, then the writes made meanwhile", () => {
  const m = master();
  m.c.cmd("SET", "before", "1");
  const r = replica(m, ["PSYNC", "?", "-1"]);
  const replid = m.info("master_replid");
  // A write while the RDB is on its way is held for the replica.
  m.c.cmd("SET", "during", "2");
  m.t.host.advance(50);
  const out = r.output();
  const head = `+FULLRESYNC ${replid} 0\r\n$EOF:`;
  assert.equal(out.slice(0, head.length), head);
  const mark = out.slice(head.length, head.length + 40);
  assert.match(mark, /^[0-9a-f]{40}$/);
  const rdb = out.slice(head.length + 42);
  assert.equal(rdb.slice(0, 9), "REDIS0010");
  assert.ok(rdb.endsWith(mark));
  assert.ok(rdb.includes("before") && !rdb.includes("during"));
  // The held stream starts with the replica's first ACK.
  const stream = encodeCommand(["SELECT", "0"]) + encodeCommand(["SET", "during", "2"]);
  assert.equal(r.cmd("REPLCONF", "ACK", "0"), stream);
  assert.equal(m.info("master_repl_offset"), String(stream.length));
  assert.equal(m.info("sync_full"), "1");
  assert.equal(m.info("slave0"), `ip=127.0.0.1,port=6380,state=online,offset=0,lag=0`);
  // Live writes go straight out, without a new SELECT while the database stays the same.
  m.c.cmd("INCR", "n");
  assert.equal(r.output(), encodeCommand(["INCR", "n"]));
  m.c.cmd("SELECT", "3");
  m.c.cmd("DEL", "n", "x");
  m.c.cmd("SET", "x", "1");
  assert.equal(r.output(), encodeCommand(["SELECT", "3"]) + encodeCommand(["SET", "x", "1"]));
  assert.match(m.c.cmd("CLIENT", "LIST", "TYPE", "replica"), /flags=S /);
});

test("the old SYNC gets the RDB from the file without +FULLRESYNC when diskless sync is off", () => {
  const files = new MemoryFileStore();
  const m = master([["repl-diskless-sync", "no"]], files);
  m.c.cmd("SET", "k", "v");
  const r = m.t.connect();
  r.cmd("SYNC");
  m.t.host.advance(100);
  const out = r.output();
  assert.match(out, /^\$(\d+)\r\nREDIS0010/);
  const len = Number(/^\$(\d+)/.exec(out)![1]);
  assert.equal(out.length, `$${len}\r\n`.length + len);
  m.c.cmd("SET", "k2", "v2");
  assert.equal(r.output(), encodeCommand(["SELECT", "0"]) + encodeCommand(["SET", "k2", "v2"]));
});

test("a replica asking for an offset the backlog holds continues with +CONTINUE and the missing bytes", () => {
  const m = master();
  const r = replica(m, ["PSYNC", "?", "-1"]);
  m.t.host.advance(50);
  r.cmd("REPLCONF", "ACK", "0");
  m.c.cmd("SET", "a", "1");
  const first = r.output();
  const replid = m.info("master_replid");
  r.client.kill();
  m.c.cmd("SET", "b", "2");
  const r2 = replica(m, ["PSYNC", replid, String(first.length + 1)], "127.0.0.1:50002");
  assert.equal(r2.output(), `+CONTINUE ${replid}\r\n` + encodeCommand(["SET", "b", "2"]));
  assert.equal(m.info("sync_partial_ok"), "1");
  assert.equal(m.info("sync_full"), "1");
  // An unknown history, or an offset past the backlog, needs a full resync.
  const r3 = replica(m, ["PSYNC", "0123456789012345678901234567890123456789", "1"], "127.0.0.1:50003");
  assert.match(r3.output(), /^\+FULLRESYNC /);
  // While r3's transfer runs, r4 waits for the next one.
  const r4 = replica(m, ["PSYNC", replid, "999999"], "127.0.0.1:50004");
  assert.equal(r4.output(), "");
  m.t.host.advance(50);
  assert.match(r4.output(), /^\+FULLRESYNC /);
  assert.equal(m.info("sync_partial_err"), "2");
});

test("REPLCONF checks its options as Redis does", () => {
  const m = master();
  assert.equal(m.c.cmd("REPLCONF", "listening-port"), "-ERR syntax error\r\n");
  assert.equal(m.c.cmd("REPLCONF", "foo", "1"), "-ERR Unrecognized REPLCONF option: foo\r\n");
  assert.equal(m.c.cmd("REPLCONF", "listening-port", "x"), "-ERR value is not an integer or out of range\r\n");
  assert.equal(m.c.cmd("REPLCONF", "capa", "unknown"), "+OK\r\n");
  assert.equal(m.c.cmd("REPLCONF", "rdb-only", "2"), "-ERR value is out of range, value must between 0 and 1\r\n");
  // ACK from a client that is not a replica: no reply at all.
  assert.equal(m.c.cmd("REPLCONF", "ack", "10"), "");
  assert.equal(m.c.cmd("ROLE"), "*3\r\n$6\r\nmaster\r\n:0\r\n*0\r\n");
});

test("WAIT answers once the replica acknowledged the client's writes, or with the count at the timeout", () => {
  const m = master();
  const r = replica(m, ["PSYNC", "?", "-1"]);
  m.t.host.advance(50);
  r.cmd("REPLCONF", "ACK", "0");
  r.output();
  m.c.cmd("SET", "a", "1");
  const offset = Number(m.info("master_repl_offset"));
  assert.equal(m.c.cmd("WAIT", "1", "0"), "");
  // The master asks for an ACK in the stream.
  assert.ok(r.output().endsWith(encodeCommand(["REPLCONF", "GETACK", "*"])));
  r.cmd("REPLCONF", "ACK", String(offset));
  assert.equal(m.c.output(), ":1\r\n");
  assert.equal(m.c.cmd("WAIT", "2", "500"), "");
  m.t.host.advance(600);
  assert.equal(m.c.output(), ":1\r\n");
  assert.equal(
    m.c.cmd("ROLE"),
    `*3\r\n$6\r\nmaster\r\n:${m.info("master_repl_offset")}\r\n*1\r\n*3\r\n$9\r\n127.0.0.1\r\n$4\r\n6380\r\n$${
      String(offset).length
    }\r\n${offset}\r\n`,
  );
});

test("min-replicas-to-write refuses writes until enough replicas acknowledged within min-replicas-max-lag", () => {
  const m = master([["min-replicas-to-write", "1"], ["min-replicas-max-lag", "10"]]);
  assert.equal(m.c.cmd("SET", "a", "1"), "-NOREPLICAS Not enough good replicas to write.\r\n");
  assert.equal(m.c.cmd("GET", "a"), "$-1\r\n");
  m.c.cmd("MULTI");
  assert.equal(m.c.cmd("SET", "a", "1"), "-NOREPLICAS Not enough good replicas to write.\r\n");
  m.c.cmd("DISCARD");
  const r = replica(m, ["PSYNC", "?", "-1"]);
  m.t.host.advance(50);
  r.cmd("REPLCONF", "ACK", "0");
  assert.equal(m.c.cmd("SET", "a", "1"), "+OK\r\n");
  assert.equal(m.info("min_slaves_good_slaves"), "1");
  // No ACK for longer than the lag allows: the replica no longer counts.
  m.t.host.advance(12_000);
  assert.equal(m.c.cmd("SET", "a", "2"), "-NOREPLICAS Not enough good replicas to write.\r\n");
});

test("the server's tick PINGs replicas, drops those silent past repl-timeout, and frees an unused backlog", () => {
  const m = master([["repl-ping-replica-period", "1"], ["repl-timeout", "5"], ["repl-backlog-ttl", "3"]]);
  m.t.server.start();
  try {
    const r = replica(m, ["PSYNC", "?", "-1"]);
    m.t.host.advance(50);
    r.cmd("REPLCONF", "ACK", "0");
    r.output();
    m.t.host.advance(1100);
    assert.ok(r.output().includes(encodeCommand(["PING"])));
    m.t.host.advance(6000);
    assert.ok(r.closed);
    assert.equal(m.info("connected_slaves"), "0");
    const replid = m.info("master_replid");
    assert.equal(m.info("repl_backlog_active"), "1");
    m.t.host.advance(4000);
    assert.equal(m.info("repl_backlog_active"), "0");
    assert.notEqual(m.info("master_replid"), replid);
  } finally {
    m.t.server.stop();
  }
});

test("a replica passes its master's stream to its own replicas unchanged, and refuses SYNC while its link is down", () => {
  const m = master();
  const repl = m.t.server.replication;
  let state = "connect";
  repl.masterHost = "127.0.0.1";
  repl.masterPort = 6379;
  repl.replica = {
    infoLines: () => [],
    role: () => ({ host: "127.0.0.1", port: 6379, state, offset: repl.masterReplOffset }),
    gateCommand: () => null,
    isMasterClient: () => false,
    cron: () => {},
    stop: () => {},
  };
  const refused = m.t.connect();
  assert.equal(refused.cmd("PSYNC", "?", "-1"), "-NOMASTERLINK Can't SYNC while not connected with my master\r\n");
  assert.equal(m.c.cmd("WAIT", "1", "0"), `-${ERR_WAIT_ON_REPLICA}\r\n`);
  state = "connected";
  const replid = repl.replid;
  const r = replica(m, ["PSYNC", "?", "-1"]);
  m.t.host.advance(50);
  // A replica keeps its master's replication id: its replicas continue that history.
  assert.equal(repl.replid, replid);
  assert.match(r.output(), new RegExp(`^\\+FULLRESYNC ${replid} 0\\r\\n`));
  r.cmd("REPLCONF", "ACK", "0");
  const proxied = encodeCommand(["SELECT", "4"]) + encodeCommand(["SET", "k", "v"]);
  repl.master!.feedFromMasterStream(latin1Bytes(proxied));
  m.t.server.flushPending();
  assert.equal(r.output(), proxied);
  assert.equal(repl.masterReplOffset, proxied.length);
  assert.equal(m.info("repl_backlog_histlen"), String(proxied.length));
  assert.equal(m.info("role"), "slave");
});

test("a diskless replica that stops reading its RDB is dropped after repl-timeout, and the other replica's transfer completes", () => {
  const m = master([["repl-timeout", "2"], ["rdbcompression", "no"], ["enable-debug-command", "yes"]]);
  assert.equal(m.c.cmd("DEBUG", "POPULATE", "40000", "key", "120"), "+OK\r\n");
  m.t.server.start();
  const stuck = m.t.connect({ unread: true, remoteAddress: "127.0.0.1:50002" });
  stuck.cmd("REPLCONF", "listening-port", "6390");
  stuck.cmd("REPLCONF", "capa", "eof", "capa", "psync2");
  stuck.client.feed(latin1Bytes(encodeCommand(["PSYNC", "?", "-1"])));
  const r = replica(m, ["PSYNC", "?", "-1"]);
  let got = "";
  for (let ms = 0; ms < 5000 && !m.t.host.lines.some((l) => l.includes("Disconnecting timedout")); ms += 100) {
    m.t.host.advance(100);
    got += r.output();
  }
  assert.ok(m.t.host.lines.includes("# Disconnecting timedout replica (full sync): 127.0.0.1:6390"));
  assert.equal(stuck.client.closed, true);
  for (let ms = 0; ms < 5000 && !m.t.host.lines.some((l) => l.includes("succeeded (socket)")); ms += 100) {
    m.t.host.advance(100);
    got += r.output();
  }
  const mark = /\$EOF:([0-9a-f]{40})\r\n/.exec(got)![1];
  assert.ok(got.endsWith(mark), "the other replica got the whole RDB");
  assert.equal(m.info("connected_slaves"), "1");
  m.t.server.stop();
});
