/**
 * The replica side in process, on a clock the test moves and a link the test plays the master on: the bytes
 * of the handshake, the payload in both forms, offsets counted by whole commands, REPLCONF ACK, GETACK,
 * timeouts, +CONTINUE with a new replid, and what other clients see meanwhile.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import type { TestServer } from "../helpers/inprocess.ts";
import { bytesLatin1, encodeCommand, latin1Bytes } from "../helpers/resp.ts";
import type { ConnectEvents, Host } from "../../src/core/host.ts";
import { rewriteConfigText } from "../../src/core/configfile.ts";
import { MemoryFileStore } from "../../src/core/persistence/fs.ts";
import { attachPersistence, persistenceOf } from "../../src/core/persistence/snapshot.ts";

/** One outbound connection the server opened: what it wrote, and the master's side to play. */
interface FakeLink {
  host: string;
  port: number;
  events: ConnectEvents;
  written: string;
  closed: boolean;
  /** The master sends these bytes (latin1). */
  send(s: string): void;
  /** Everything written since the last take. */
  take(): string;
}

/** Gives the server's host a connect that hands each connection to the test. */
function fakeNetwork(t: TestServer): FakeLink[] {
  const links: FakeLink[] = [];
  let fd = 500;
  const host: Host = t.host;
  host.connect = (host, port, events) => {
    let taken = 0;
    const link: FakeLink = {
      host,
      port,
      events,
      written: "",
      closed: false,
      send: (s) => events.data(latin1Bytes(s)),
      take: () => {
        const s = link.written.slice(taken);
        taken = link.written.length;
        return s;
      },
    };
    links.push(link);
    return {
      write: (b) => void (link.written += bytesLatin1(b)),
      close: () => void (link.closed = true),
      abort: () => void (link.closed = true),
      bufferedBytes: () => 0,
      remoteAddress: `${host}:${port}`,
      localAddress: "127.0.0.1:40000",
      fd: fd++,
    };
  };
  return links;
}

/** A minimal RDB: the given string keys in db 0, repl-stream-db 0, no checksum. */
function rdb(pairs: [string, string][]): string {
  const str = (s: string) => String.fromCharCode(s.length) + s;
  let out = "REDIS0010" + "\xfa" + str("repl-stream-db") + str("0") + "\xfe\x00";
  for (const [k, v] of pairs) out += "\x00" + str(k) + str(v);
  return out + "\xff" + "\x00".repeat(8);
}

const REPLID = "a".repeat(40);
const REPLID_NEW = "b".repeat(40);

/** A server with these settings, told REPLICAOF 10.0.0.1 6379 over a fake network (nothing answered yet). */
function following(config: [string, string][] = []): {
  t: TestServer;
  links: FakeLink[];
  c: ReturnType<TestServer["connect"]>;
} {
  const t = inProcess(config);
  const links = fakeNetwork(t);
  const c = t.connect();
  assert.equal(c.cmd("REPLICAOF", "10.0.0.1", "6379"), "+OK\r\n");
  return { t, links, c };
}

/** The master's side of the handshake up to +FULLRESYNC at `offset` (no AUTH asked). */
function acceptFullResync(link: FakeLink, offset: number): void {
  link.events.open();
  link.send(`+PONG\r\n+OK\r\n+OK\r\n+FULLRESYNC ${REPLID} ${offset}\r\n`);
}

/** A replica connected through the fake link, after a full sync of `keys` at `offset`. */
function synced(
  config: [string, string][] = [],
  keys: [string, string][] = [["k", "v"]],
  offset = 100,
): { t: TestServer; links: FakeLink[]; link: FakeLink; c: ReturnType<TestServer["connect"]> } {
  const { t, links, c } = following([["port", "7777"], ...config]);
  const link = links[0];
  acceptFullResync(link, offset);
  const payload = rdb(keys);
  link.send(`$${payload.length}\r\n${payload}`);
  // Loading runs in slices on the host's timers.
  t.host.advance(5);
  link.take();
  return { t, links, link, c };
}

function infoField(c: ReturnType<TestServer["connect"]>, field: string): string {
  const m = new RegExp(`\\r\\n${field}:([^\\r]*)\\r\\n`).exec(c.cmd("INFO", "replication"));
  return m === null ? "" : m[1];
}

test("the handshake sends PING, then AUTH, REPLCONF listening-port and capa together, then PSYNC", () => {
  const t = inProcess([["port", "7777"], ["masterauth", "secret"], ["masteruser", "repl"], [
    "replica-announce-ip",
    "10.9.9.9",
  ]]);
  const links = fakeNetwork(t);
  const c = t.connect();
  assert.equal(c.cmd("REPLICAOF", "10.0.0.1", "6379"), "+OK\r\n");
  assert.equal(links.length, 1);
  assert.equal(links[0].host, "10.0.0.1");
  assert.equal(links[0].port, 6379);
  const link = links[0];
  assert.equal(link.take(), "");
  link.events.open();
  assert.equal(link.take(), encodeCommand(["PING"]));
  link.send("+PONG\r\n");
  assert.equal(
    link.take(),
    encodeCommand(["AUTH", "repl", "secret"]) + encodeCommand(["REPLCONF", "listening-port", "7777"]) +
      encodeCommand(["REPLCONF", "ip-address", "10.9.9.9"]) +
      encodeCommand(["REPLCONF", "capa", "eof", "capa", "psync2"]),
  );
  link.send("+OK\r\n+OK\r\n+OK\r\n");
  assert.equal(link.take(), "");
  link.send("+OK\r\n");
  // A master turned replica offers its own history, continued from the next byte.
  const own = infoField(c, "master_replid");
  assert.equal(link.take(), encodeCommand(["PSYNC", own, "1"]));
  assert.equal(infoField(c, "master_link_status"), "down");
  assert.equal(c.cmd("ROLE"), "*5\r\n$5\r\nslave\r\n$8\r\n10.0.0.1\r\n:6379\r\n$9\r\nhandshake\r\n:-1\r\n");
  t.server.stop();
});

test("a refused AUTH ends the attempt and the next second connects again", () => {
  const { t, links } = following([["masterauth", "bad"]]);
  t.server.start();
  links[0].events.open();
  links[0].send("+PONG\r\n-WRONGPASS invalid username-password pair or user is disabled.\r\n");
  assert.equal(links[0].closed, true);
  assert.ok(
    t.host.lines.includes("# Unable to AUTH to MASTER: -WRONGPASS invalid username-password pair or user is disabled."),
  );
  t.host.advance(1100);
  assert.equal(links.length, 2);
  t.server.stop();
});

test("a full sync ($<len>) loads the payload, takes the master's replid and offset, and ACKs at once", () => {
  const t = inProcess([["port", "7777"]]);
  const links = fakeNetwork(t);
  const c = t.connect();
  c.cmd("SET", "old", "gone");
  c.cmd("REPLICAOF", "10.0.0.1", "6379");
  const link = links[0];
  link.events.open();
  link.send("+PONG\r\n+OK\r\n+OK\r\n");
  link.send("\n"); // a keepalive before the PSYNC reply
  link.send(`+FULLRESYNC ${REPLID} 100\r\n`);
  link.take();
  assert.equal(infoField(c, "master_sync_in_progress"), "1");
  const payload = rdb([["k", "v"], ["n", "1"]]);
  // The payload split anywhere, then the first stream bytes in the same read.
  link.send(`\n$${payload.length}\r\n${payload.slice(0, 7)}`);
  link.send(payload.slice(7) + encodeCommand(["SET", "k", "w"]));
  // Clients hear -LOADING until the payload is in.
  assert.equal(c.cmd("GET", "k"), "-LOADING Redis is loading the dataset in memory\r\n");
  t.host.advance(5);
  const set = encodeCommand(["SET", "k", "w"]).length;
  assert.equal(link.take(), encodeCommand(["REPLCONF", "ACK", "100"]));
  assert.equal(c.cmd("GET", "k"), "$1\r\nw\r\n");
  assert.equal(c.cmd("GET", "old"), "$-1\r\n");
  assert.equal(c.cmd("DBSIZE"), ":2\r\n");
  assert.equal(infoField(c, "master_link_status"), "up");
  assert.equal(infoField(c, "master_replid"), REPLID);
  assert.equal(infoField(c, "slave_repl_offset"), String(100 + set));
  assert.equal(infoField(c, "master_repl_offset"), String(100 + set));
  assert.ok(t.host.lines.includes("* MASTER <-> REPLICA sync: Finished with success"));
  t.server.stop();
});

test("a diskless payload ($EOF:<mark>) ends at its mark", () => {
  const { t, links, c } = following([["repl-diskless-load", "on-empty-db"]]);
  const link = links[0];
  acceptFullResync(link, 0);
  const mark = "m".repeat(40);
  const payload = rdb([["a", "1"]]);
  link.send(`$EOF:${mark}\r\n${payload}${mark.slice(0, 10)}`);
  t.host.advance(5);
  assert.equal(infoField(c, "master_link_status"), "down");
  link.send(mark.slice(10));
  t.host.advance(5);
  assert.equal(infoField(c, "master_link_status"), "up");
  assert.equal(c.cmd("GET", "a"), "$1\r\n1\r\n");
  assert.ok(t.host.lines.includes("* MASTER <-> REPLICA sync: receiving streamed RDB from master with EOF to parser"));
  t.server.stop();
});

test("the offset moves by whole commands only, and by a whole transaction at its EXEC", () => {
  const { t, link, c } = synced();
  const set = encodeCommand(["SET", "a", "1"]);
  link.send(set.slice(0, 9));
  assert.equal(infoField(c, "slave_read_repl_offset"), "109");
  assert.equal(infoField(c, "slave_repl_offset"), "100");
  link.send(set.slice(9));
  assert.equal(infoField(c, "slave_repl_offset"), String(100 + set.length));
  const tx = encodeCommand(["MULTI"]) + encodeCommand(["INCR", "n"]);
  link.send(tx);
  assert.equal(infoField(c, "slave_repl_offset"), String(100 + set.length));
  link.send(encodeCommand(["EXEC"]));
  const total = 100 + set.length + tx.length + encodeCommand(["EXEC"]).length;
  assert.equal(infoField(c, "slave_repl_offset"), String(total));
  assert.equal(c.cmd("GET", "n"), "$1\r\n1\r\n");
  // Nothing the master client ran was answered.
  assert.equal(link.take(), "");
  // GETACK is answered with the offset before it.
  link.send(encodeCommand(["REPLCONF", "GETACK", "*"]));
  assert.equal(link.take(), encodeCommand(["REPLCONF", "ACK", String(total)]));
  t.server.stop();
});

test("the master's SELECT holds for its client only; the RDB's repl-stream-db is where it starts", () => {
  const { t, link, c } = synced();
  link.send(encodeCommand(["SET", "in0", "x"]) + encodeCommand(["SELECT", "3"]) + encodeCommand(["SET", "in3", "y"]));
  assert.equal(c.cmd("GET", "in0"), "$1\r\nx\r\n");
  assert.equal(c.cmd("GET", "in3"), "$-1\r\n");
  c.cmd("SELECT", "3");
  assert.equal(c.cmd("GET", "in3"), "$1\r\ny\r\n");
  assert.match(c.cmd("CLIENT", "LIST", "TYPE", "master"), /flags=M db=3 /);
  t.server.stop();
});

test("REPLCONF ACK goes to the master every second; silence past repl-timeout drops the link and PSYNC continues", () => {
  const { t, links, link, c } = synced([["repl-timeout", "5"]]);
  t.server.start();
  t.host.advance(1000);
  assert.equal(link.take(), encodeCommand(["REPLCONF", "ACK", "100"]));
  t.host.advance(5000);
  assert.ok(t.host.lines.includes("# MASTER timeout: no data nor PING received..."));
  assert.equal(link.closed, true);
  const next = links[links.length - 1];
  assert.notEqual(next, link);
  next.events.open();
  next.send("+PONG\r\n+OK\r\n+OK\r\n");
  assert.match(next.take(), new RegExp(`PSYNC\\r\\n\\$40\\r\\n${REPLID}\\r\\n\\$3\\r\\n101\\r\\n$`));
  // The master continues under a new history (it was failed over): the old one becomes replid2.
  next.send(`+CONTINUE ${REPLID_NEW}\r\n`);
  assert.equal(infoField(c, "master_link_status"), "up");
  assert.equal(infoField(c, "master_replid"), REPLID_NEW);
  assert.equal(infoField(c, "master_replid2"), REPLID);
  assert.equal(infoField(c, "second_repl_offset"), "101");
  next.send(encodeCommand(["SET", "after", "1"]));
  assert.equal(c.cmd("GET", "after"), "$1\r\n1\r\n");
  t.server.stop();
});

test("replica-serve-stale-data yes serves the old data while the link is down; no answers MASTERDOWN but INFO", () => {
  const { t, link, c } = synced();
  link.events.closed();
  assert.equal(infoField(c, "master_link_status"), "down");
  assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
  c.cmd("CONFIG", "SET", "replica-serve-stale-data", "no");
  assert.equal(
    c.cmd("GET", "k"),
    "-MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.\r\n",
  );
  assert.match(c.cmd("INFO", "replication"), /role:slave/);
  assert.equal(c.cmd("SET", "x", "y"), "-READONLY You can't write against a read only replica.\r\n");
  c.cmd("CONFIG", "SET", "replica-read-only", "no");
  c.cmd("CONFIG", "SET", "replica-serve-stale-data", "yes");
  assert.equal(c.cmd("SET", "x", "y"), "+OK\r\n");
  t.server.stop();
});

test("an expired key stays for the master's commands, hidden from others, and no cycle deletes it", () => {
  const { t, link, c } = synced();
  const at = t.host.now() + 1000;
  link.send(encodeCommand(["SET", "e", "1", "PXAT", String(at)]));
  t.server.start();
  t.host.advance(2000);
  assert.equal(c.cmd("GET", "e"), "$-1\r\n");
  assert.equal(c.cmd("DBSIZE"), ":2\r\n");
  // The master's INCR sees the key it still has.
  link.send(encodeCommand(["INCR", "e"]));
  assert.equal(c.cmd("DBSIZE"), ":2\r\n");
  link.send(encodeCommand(["PERSIST", "e"]));
  assert.equal(c.cmd("GET", "e"), "$1\r\n2\r\n");
  t.server.stop();
});

test("replicaof at startup connects at the first tick; CONFIG GET replicaof follows REPLICAOF", () => {
  const t = inProcess([["replicaof", "10.0.0.9 6380"]]);
  const links = fakeNetwork(t);
  const c = t.connect();
  assert.equal(c.cmd("CONFIG", "GET", "replicaof"), "*2\r\n$9\r\nreplicaof\r\n$13\r\n10.0.0.9 6380\r\n");
  assert.equal(links.length, 0);
  t.server.start();
  t.host.advance(1000);
  assert.equal(links.length, 1);
  assert.ok(t.host.lines.includes("* Connecting to MASTER 10.0.0.9:6380"));
  assert.equal(c.cmd("REPLICAOF", "10.0.0.9", "6380"), "+OK Already connected to specified master\r\n");
  assert.equal(c.cmd("REPLICAOF", "NO", "ONE"), "+OK\r\n");
  assert.equal(c.cmd("CONFIG", "GET", "replicaof"), "*2\r\n$9\r\nreplicaof\r\n$0\r\n\r\n");
  assert.equal(links[0].closed, true);
  assert.equal(c.cmd("REPLICAOF", "h", "x"), "-ERR Invalid master port\r\n");
  assert.equal(c.cmd("REPLICAOF", "h", "65536"), "-ERR Invalid master port\r\n");
  assert.equal(c.cmd("SLAVEOF", "NO", "ONE"), "+OK\r\n");
  t.server.stop();
});

test("repl-diskless-load swapdb keeps the old data when the payload is broken, and replaces it when it loads", () => {
  const t = inProcess([["repl-diskless-load", "swapdb"]]);
  const links = fakeNetwork(t);
  const c = t.connect();
  c.cmd("SET", "mine", "1");
  c.cmd("REPLICAOF", "10.0.0.1", "6379");
  let link = links[0];
  acceptFullResync(link, 0);
  link.send("$12\r\nREDIS0010\xfe\x00\x00");
  t.host.advance(5);
  assert.ok(t.host.lines.includes("* MASTER <-> REPLICA sync: Discarding temporary DB in background"));
  assert.equal(c.cmd("GET", "mine"), "$1\r\n1\r\n");
  // It connected again at once.
  link = links[1];
  acceptFullResync(link, 0);
  const payload = rdb([["theirs", "2"]]);
  link.send(`$${payload.length}\r\n${payload}`);
  t.host.advance(5);
  assert.ok(t.host.lines.includes("* MASTER <-> REPLICA sync: Swapping active DB with loaded DB"));
  assert.equal(c.cmd("GET", "mine"), "$-1\r\n");
  assert.equal(c.cmd("GET", "theirs"), "$1\r\n2\r\n");
  t.server.stop();
});

/** An in-process server with persistence on an in-memory file store (dir /d, no save points), loaded. */
function withFileStore(config: [string, string][]): { files: MemoryFileStore; t: ReturnType<typeof inProcess> } {
  const files = new MemoryFileStore();
  const t = inProcess([["dir", "/d"], ["save", ""], ...config]);
  attachPersistence(t.server, { files, exit() {} });
  persistenceOf(t.server).loadAtStartup(() => {});
  return { files, t };
}

test("what the master client applies goes to this server's AOF, as the master sent it", () => {
  const { files, t } = withFileStore([["appendonly", "yes"]]);
  const links = fakeNetwork(t);
  t.connect().cmd("REPLICAOF", "10.0.0.1", "6379");
  const link = links[0];
  acceptFullResync(link, 0);
  const payload = rdb([["k", "v"]]);
  link.send(`$${payload.length}\r\n${payload}`);
  t.host.advance(50);
  link.send(encodeCommand(["SELECT", "0"]) + encodeCommand(["SET", "from-master", "1"]));
  t.host.advance(50);
  let aof = "";
  for (const [path, bytes] of files.files) if (path.endsWith(".incr.aof")) aof += bytesLatin1(bytes);
  assert.ok(aof.includes(encodeCommand(["SET", "from-master", "1"])), JSON.stringify(aof));
  t.server.stop();
});

test("REPLICAOF answers and closes clients blocked as a master", () => {
  const t = inProcess();
  fakeNetwork(t);
  const blocked = t.connect();
  assert.equal(blocked.cmd("BLPOP", "q", "0"), "");
  const c = t.connect();
  assert.equal(c.cmd("REPLICAOF", "10.0.0.1", "6379"), "+OK\r\n");
  assert.equal(
    blocked.output(),
    "-UNBLOCKED force unblock from blocking operation, instance state changed (master -> replica?)\r\n",
  );
  assert.equal(blocked.closed, true);
  t.server.stop();
});

test("a script's writes are refused on a read-only replica, and run when the master's stream carries them", () => {
  const { t, link, c } = synced();
  assert.equal(
    c.cmd("EVAL", "return redis.call('set','a','b')", "0"),
    "-READONLY You can't write against a read only replica. script: ff967d0ae0e68b4f9e360fa91c54598bc25ad9b6, on @user_script:1.\r\n",
  );
  assert.equal(c.cmd("EVAL", "return redis.call('get','k')", "0"), "$1\r\nv\r\n");
  link.send(encodeCommand(["EVAL", "return redis.call('set','a','b')", "0"]));
  assert.equal(c.cmd("GET", "a"), "$1\r\nb\r\n");
  t.server.stop();
});

test("CONFIG REWRITE writes the master a replica follows, and drops the line once it is a master", () => {
  const t = inProcess();
  fakeNetwork(t);
  const c = t.connect();
  const old = "port 6379\nreplicaof 10.0.0.5 7000\n";
  c.cmd("REPLICAOF", "10.0.0.1", "6380");
  // In place of the old line.
  assert.match(rewriteConfigText(old, t.server.config), /^port 6379\nreplicaof 10\.0\.0\.1 6380\n/);
  c.cmd("REPLICAOF", "NO", "ONE");
  assert.doesNotMatch(rewriteConfigText(old, t.server.config), /replicaof/);
  t.server.stop();
});

test("the master's stream is obeyed whatever the default user may run", () => {
  const { t, link, c } = synced();
  assert.equal(c.cmd("ACL", "SETUSER", "default", "-set"), "+OK\r\n");
  link.send(encodeCommand(["SET", "k", "from-master"]));
  assert.equal(c.cmd("GET", "k"), "$11\r\nfrom-master\r\n");
  t.server.stop();
});

test("replica-ignore-maxmemory yes keeps the master's every key over maxmemory; no lets the replica evict", () => {
  for (const ignore of ["yes", "no"]) {
    const { t, link, c } = synced([["maxmemory", "1"], ["maxmemory-policy", "allkeys-random"], [
      "replica-ignore-maxmemory",
      ignore,
    ]], [["a", "1"], ["b", "2"]]);
    link.send(encodeCommand(["SET", "c", "3"]));
    // The server cron's eviction pass.
    t.host.advance(300);
    assert.equal(c.cmd("DBSIZE"), ignore === "yes" ? ":3\r\n" : ":0\r\n", `replica-ignore-maxmemory ${ignore}`);
    t.server.stop();
  }
});

test("a master that answers PSYNC with an error is asked SYNC, and its bare payload loads", () => {
  const { t, links, c } = following([["port", "7777"]]);
  const link = links[0];
  link.events.open();
  link.send("+PONG\r\n+OK\r\n+OK\r\n");
  link.take();
  link.send("-ERR unknown command 'PSYNC'\r\n");
  assert.equal(link.take(), "SYNC\r\n");
  assert.equal(link.closed, false);
  const payload = rdb([["k", "v"], ["n", "1"]]);
  link.send(`$${payload.length}\r\n${payload}`);
  t.host.advance(5);
  assert.equal(c.cmd("DBSIZE"), ":2\r\n");
  assert.equal(infoField(c, "master_link_status"), "up");
  assert.ok(
    t.host.lines.includes("* Master does not support PSYNC or is in error state (reply: -ERR unknown command 'PSYNC')"),
  );
  assert.ok(t.host.lines.includes("* Retrying with SYNC..."));
  // A pre-PSYNC master is sent no REPLCONF ACK.
  t.host.advance(1100);
  assert.equal(link.take(), "");
  link.send(encodeCommand(["SET", "k", "w"]));
  assert.equal(c.cmd("GET", "k"), "$1\r\nw\r\n");
  t.server.stop();
});

test("a disk-backed load (repl-diskless-load disabled) writes the payload to dbfilename through a temp file; diskless does not", () => {
  for (const mode of ["disabled", "on-empty-db"]) {
    const { files, t } = withFileStore([["dbfilename", "mine.rdb"], ["repl-diskless-load", mode]]);
    const links = fakeNetwork(t);
    const c = t.connect();
    c.cmd("REPLICAOF", "10.0.0.1", "6379");
    acceptFullResync(links[0], 0);
    const payload = rdb([["k", "v"]]);
    links[0].send(`$${payload.length}\r\n${payload}`);
    t.host.advance(50);
    assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
    const saved = files.files.get("/d/mine.rdb");
    if (mode === "disabled") {
      assert.equal(saved === undefined ? "" : bytesLatin1(saved), payload);
      assert.ok(files.synced.some((p) => /^\/d\/temp-\d+\.\d+\.rdb$/.test(p)), JSON.stringify(files.synced));
      assert.deepEqual([...files.files.keys()].filter((p) => p.includes("temp-")), []);
    } else assert.equal(saved, undefined);
    t.server.stop();
  }
});

test("a payload that cannot be written to disk cancels the sync and keeps dbfilename as it was", () => {
  const { files, t } = withFileStore([["repl-diskless-load", "disabled"]]);
  files.failWrites = /temp-/;
  const links = fakeNetwork(t);
  const c = t.connect();
  c.cmd("REPLICAOF", "10.0.0.1", "6379");
  acceptFullResync(links[0], 0);
  const payload = rdb([["k", "v"]]);
  links[0].send(`$${payload.length}\r\n${payload}`);
  t.host.advance(50);
  assert.equal(links[0].closed, true);
  assert.ok(
    t.host.lines.some((l) =>
      // The temporary file is made before the payload is written to it (the fake disk refuses it at once).
      l.startsWith("# Opening the temp file needed for MASTER <-> REPLICA synchronization:")
    ),
  );
  assert.equal(files.files.get("/d/dump.rdb"), undefined);
  assert.equal(infoField(c, "master_link_status"), "down");
  t.server.stop();
});

function persistenceField(c: ReturnType<TestServer["connect"]>, field: string): string {
  const m = new RegExp(`\\r\\n${field}:([^\\r]*)\\r\\n`).exec(c.cmd("INFO", "persistence"));
  return m === null ? "" : m[1];
}

/**
 * A swapdb replica synced once from REPLID (so its own replid is the master's), its link cut, connected again
 * and answered +FULLRESYNC with the same replid: the payload `keys` sent, loading one key per slice.
 */
function resyncingSameHistory(keys: [string, string][]): {
  t: TestServer;
  link: FakeLink;
  c: ReturnType<TestServer["connect"]>;
} {
  const { t, links, link, c } = synced([["repl-diskless-load", "swapdb"]], [["k", "v"], ["old", "1"]]);
  persistenceOf(t.server).sliceLimit = 1;
  t.server.start();
  link.events.closed();
  t.host.advance(1000);
  const next = links[links.length - 1];
  assert.notEqual(next, link);
  next.events.open();
  // The master could not continue (say its backlog moved on): a full sync of the same history.
  next.send(`+PONG\r\n+OK\r\n+OK\r\n+FULLRESYNC ${REPLID} 500\r\n`);
  const payload = rdb(keys);
  next.send(`$${payload.length}\r\n${payload}`);
  next.take();
  return { t, link: next, c };
}

test("swapdb async loading serves the old data with async_loading:1, refuses no-async-loading commands, then swaps", () => {
  const { t, link, c } = resyncingSameHistory([["k", "new"], ["a", "1"], ["b", "2"], ["c", "3"]]);
  assert.equal(persistenceField(c, "async_loading"), "1");
  assert.equal(persistenceField(c, "loading"), "0");
  assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
  assert.equal(c.cmd("GET", "old"), "$1\r\n1\r\n");
  assert.equal(c.cmd("DBSIZE"), ":2\r\n");
  assert.equal(c.cmd("BGSAVE"), "-LOADING Redis is loading the dataset in memory\r\n");
  assert.equal(c.cmd("REPLICAOF", "NO", "ONE"), "-LOADING Redis is loading the dataset in memory\r\n");
  // Refused when queued too, which aborts the transaction (processCommand runs before MULTI queues).
  assert.equal(c.cmd("MULTI"), "+OK\r\n");
  assert.equal(c.cmd("GET", "k"), "+QUEUED\r\n");
  assert.equal(c.cmd("BGSAVE"), "-LOADING Redis is loading the dataset in memory\r\n");
  assert.equal(c.cmd("EXEC"), "-EXECABORT Transaction discarded because of previous errors.\r\n");
  // The stream that follows the payload waits for the load, as Redis reads nothing else meanwhile.
  link.send(encodeCommand(["SET", "k", "streamed"]));
  t.host.advance(1);
  assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
  t.host.advance(50);
  assert.equal(persistenceField(c, "async_loading"), "0");
  assert.equal(c.cmd("GET", "k"), "$8\r\nstreamed\r\n");
  assert.equal(c.cmd("GET", "old"), "$-1\r\n");
  assert.equal(c.cmd("DBSIZE"), ":4\r\n");
  assert.equal(infoField(c, "master_link_status"), "up");
  assert.ok(t.host.lines.includes("* MASTER <-> REPLICA sync: Swapping active DB with loaded DB"));
  // The swapped-in data is exactly what a server holding those keys digests to.
  const ref = inProcess([]);
  const rc = ref.connect();
  rc.cmd("MSET", "k", "streamed", "a", "1", "b", "2", "c", "3");
  assert.equal(c.cmd("DEBUG", "DIGEST"), rc.cmd("DEBUG", "DIGEST"));
  ref.server.stop();
  t.server.stop();
});

test("swapdb async loading cut by the link keeps the old data and ends the loading state", () => {
  const { t, link, c } = resyncingSameHistory([["k", "new"], ["a", "1"], ["b", "2"], ["c", "3"]]);
  t.host.advance(1);
  assert.equal(persistenceField(c, "async_loading"), "1");
  link.events.closed();
  t.host.advance(5);
  assert.equal(persistenceField(c, "async_loading"), "0");
  assert.equal(persistenceField(c, "loading"), "0");
  assert.ok(t.host.lines.includes("* MASTER <-> REPLICA sync: Discarding temporary DB in background"));
  assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
  assert.equal(c.cmd("GET", "a"), "$-1\r\n");
  assert.equal(c.cmd("DBSIZE"), ":2\r\n");
  t.server.stop();
});

test("swapdb async loading with a broken payload keeps the old data", () => {
  const { t, c } = resyncingSameHistory([["k", "new"], ["k", "dup"]]);
  t.host.advance(20);
  assert.ok(t.host.lines.some((l) => l.startsWith("# Failed trying to load the MASTER synchronization DB")));
  assert.equal(persistenceField(c, "async_loading"), "0");
  assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
  assert.equal(c.cmd("GET", "old"), "$1\r\n1\r\n");
  t.server.stop();
});

test("a swapdb load of another history (a new master's replid) is not async: others hear -LOADING", () => {
  const { t, links, c } = following([["repl-diskless-load", "swapdb"]]);
  persistenceOf(t.server).sliceLimit = 1;
  const link = links[0];
  acceptFullResync(link, 0);
  const payload = rdb([["a", "1"], ["b", "2"], ["c", "3"]]);
  link.send(`$${payload.length}\r\n${payload}`);
  t.host.advance(1);
  assert.equal(persistenceField(c, "loading"), "1");
  assert.equal(persistenceField(c, "async_loading"), "0");
  assert.equal(c.cmd("GET", "a"), "-LOADING Redis is loading the dataset in memory\r\n");
  t.host.advance(50);
  assert.equal(c.cmd("GET", "c"), "$1\r\n3\r\n");
  t.server.stop();
});

/** `n` keys with 50-byte values (rdb() writes 6-bit lengths): about 60 bytes a key. */
function manyKeys(n: number, tag: string): [string, string][] {
  return Array.from({ length: n }, (_, i) => [`key:${i}`, `${tag}${"x".repeat(49)}`] as [string, string]);
}

/** Sends `payload` (then `after`) over `link` in `size`-byte chunks, calling `mid` once half of it went. */
function sendInChunks(t: TestServer, link: FakeLink, payload: string, size: number, mid: () => void): void {
  let midDone = false;
  for (let at = 0; at < payload.length; at += size) {
    link.send(payload.slice(at, at + size));
    t.host.advance(2);
    if (!midDone && at >= payload.length / 2) {
      midDone = true;
      mid();
    }
  }
}

const MARK = "m".repeat(40);

test("a diskless payload loads as it arrives: mid-transfer most of what came is loaded, little is held", () => {
  const { t, links, c } = following([["repl-diskless-load", "on-empty-db"]]);
  acceptFullResync(links[0], 0);
  const keys = manyKeys(2000, "v");
  const payload = rdb(keys);
  links[0].send(`$EOF:${MARK}\r\n`);
  let sent = 0;
  sendInChunks(t, links[0], payload, 1000, () => {
    sent = Number(infoField(c, "master_sync_read_bytes"));
    assert.equal(infoField(c, "master_sync_in_progress"), "1");
    assert.equal(persistenceField(c, "loading"), "1");
    // Everything received but the bytes of the record cut short and the possible mark is loaded already.
    const loaded = Number(persistenceField(c, "loading_loaded_bytes"));
    assert.ok(loaded > 0 && sent - loaded < 1000 + 40 + 70, `received ${sent}, loaded ${loaded}`);
    assert.equal(c.cmd("GET", "key:0"), "-LOADING Redis is loading the dataset in memory\r\n");
  });
  assert.ok(sent > payload.length / 2);
  links[0].send(MARK);
  t.host.advance(5);
  assert.equal(infoField(c, "master_link_status"), "up");
  assert.equal(c.cmd("DBSIZE"), ":2000\r\n");
  const ref = inProcess([]);
  const rc = ref.connect();
  for (const [k, v] of keys) rc.cmd("SET", k, v);
  assert.equal(c.cmd("DEBUG", "DIGEST"), rc.cmd("DEBUG", "DIGEST"));
  ref.server.stop();
  t.server.stop();
});

test("a swapdb resync of the same history loads asynchronously while the payload streams: old data served", () => {
  const { t, links, link, c } = synced([["repl-diskless-load", "swapdb"]], [["k", "v"], ["old", "1"]]);
  t.server.start();
  link.events.closed();
  t.host.advance(1000);
  const next = links[links.length - 1];
  next.events.open();
  next.send(`+PONG\r\n+OK\r\n+OK\r\n+FULLRESYNC ${REPLID} 500\r\n`);
  const keys = manyKeys(1500, "n");
  const payload = rdb(keys);
  next.send(`$${payload.length}\r\n`);
  sendInChunks(t, next, payload, 700, () => {
    assert.equal(infoField(c, "master_sync_in_progress"), "1");
    assert.equal(persistenceField(c, "async_loading"), "1");
    assert.ok(Number(persistenceField(c, "loading_loaded_bytes")) > payload.length / 3);
    assert.equal(c.cmd("GET", "old"), "$1\r\n1\r\n");
    assert.equal(c.cmd("DBSIZE"), ":2\r\n");
  });
  t.host.advance(5);
  assert.equal(persistenceField(c, "async_loading"), "0");
  assert.equal(infoField(c, "master_link_status"), "up");
  assert.equal(c.cmd("DBSIZE"), ":1500\r\n");
  assert.equal(c.cmd("GET", "old"), "$-1\r\n");
  t.server.stop();
});

test("a disk-backed payload is written to its temporary file as it arrives, then renamed and loaded", () => {
  const { files, t } = withFileStore([["repl-diskless-load", "disabled"]]);
  const links = fakeNetwork(t);
  const c = t.connect();
  c.cmd("REPLICAOF", "10.0.0.1", "6379");
  acceptFullResync(links[0], 0);
  const payload = rdb(manyKeys(1000, "d"));
  links[0].send(`$${payload.length}\r\n`);
  sendInChunks(t, links[0], payload, 800, () => {
    const read = Number(infoField(c, "master_sync_read_bytes"));
    const temp = [...files.files.keys()].filter((p) => /^\/d\/temp-\d+\.\d+\.rdb$/.test(p));
    assert.equal(temp.length, 1);
    assert.equal(files.files.get(temp[0])!.length, read);
    assert.equal(files.files.get("/d/dump.rdb"), undefined);
  });
  t.host.advance(20);
  assert.equal(infoField(c, "master_link_status"), "up");
  assert.equal(c.cmd("DBSIZE"), ":1000\r\n");
  assert.equal(bytesLatin1(files.files.get("/d/dump.rdb")!), payload);
  assert.deepEqual([...files.files.keys()].filter((p) => p.includes("temp-")), []);
  t.server.stop();
});
