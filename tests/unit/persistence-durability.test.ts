/**
 * Crash and durability cases of issue 17 (items 1, 3, 4, 9), in process: a file store whose background
 * operations wait until the test releases them (a slow disk), one that runs out of space, and the order in
 * which log writes and replies happen.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import { bytesLatin1 } from "../helpers/resp.ts";
import type { TestServer } from "../helpers/inprocess.ts";
import { MemoryFileStore } from "../../src/core/persistence/fs.ts";
import { attachPersistence, persistenceOf } from "../../src/core/persistence/snapshot.ts";

/** A disk whose asynchronous writes, fsyncs and renames complete only when the test calls `release`. */
class SlowFileStore extends MemoryFileStore {
  private pending: (() => void)[] = [];

  writeAsync(handle: unknown, bytes: Uint8Array, _position: number, done: (err: Error | null) => void): void {
    // Background snapshot chunks are queued in file order, so appending them keeps their positions.
    this.pending.push(() => {
      this.write(handle, bytes);
      done(null);
    });
  }

  syncAsync(handle: unknown, done: (err: Error | null) => void): void {
    this.pending.push(() => {
      this.sync(handle);
      done(null);
    });
  }

  renameAsync(from: string, to: string, done: (err: Error | null) => void): void {
    this.pending.push(() => {
      this.rename(from, to);
      done(null);
    });
  }

  get waiting(): number {
    return this.pending.length;
  }

  /** Completes the operations queued so far (not those they queue in turn). */
  step(): void {
    for (const f of this.pending.splice(0)) f();
  }

  /** Completes every queued operation, and those they queue in turn. */
  release(): void {
    while (this.pending.length > 0) this.pending.shift()!();
  }
}

interface Setup {
  t: TestServer;
  exits: number[];
}

function setup(files: MemoryFileStore, config: [string, string][] = []): Setup {
  const t = inProcess([["dir", "/d"], ["save", ""], ...config]);
  const exits: number[] = [];
  attachPersistence(t.server, { files, exit: (code) => exits.push(code) });
  let ok = false;
  persistenceOf(t.server).loadAtStartup((r) => (ok = r));
  assert.ok(ok);
  return { t, exits };
}

const text = (f: MemoryFileStore, path: string) => bytesLatin1(f.files.get(path) ?? new Uint8Array());
const INCR1 = "/d/appendonlydir/appendonly.aof.1.incr.aof";

for (const command of [["FLUSHALL"], ["FLUSHDB"], ["SWAPDB", "0", "1"]]) {
  test(`${command[0]} while a finished BGSAVE still syncs its file ends that save once, with the data it started with`, () => {
    const files = new SlowFileStore();
    const s = setup(files);
    const c = s.t.connect();
    for (let i = 0; i < 5; i++) c.cmd("SET", `k${i}`, "v".repeat(1000));
    assert.equal(c.cmd("BGSAVE"), "+Background saving started\r\n");
    s.t.host.advance(1); // every record encoded and queued
    files.step(); // written; the fsync is queued now
    assert.ok(files.waiting > 0, "the save waits for its fsync");
    assert.notEqual(persistenceOf(s.t.server).bgsave, null);
    assert.match(c.cmd(...command), /^\+OK/);
    assert.match(c.cmd(...command), /^\+OK/);
    files.release();
    s.t.host.advance(1);
    assert.equal(persistenceOf(s.t.server).bgsave, null);
    assert.equal(s.t.host.lines.filter((l) => l === "* Background saving terminated with success").length, 1);
    assert.match(c.cmd("INFO", "persistence"), /rdb_last_bgsave_status:ok/);
    const r = setup(files);
    assert.equal(r.t.connect().cmd("DBSIZE"), ":5\r\n");
  });
}

test("FLUSHALL while a finished BGREWRITEAOF still syncs its base ends that rewrite once", () => {
  const files = new SlowFileStore();
  const s = setup(files, [["appendonly", "yes"]]);
  const c = s.t.connect();
  for (let i = 0; i < 5; i++) c.cmd("SET", `k${i}`, "v");
  assert.equal(c.cmd("BGREWRITEAOF"), "+Background append only file rewriting started\r\n");
  s.t.host.advance(1);
  files.step();
  assert.ok(files.waiting > 0);
  assert.equal(c.cmd("FLUSHALL"), "+OK\r\n");
  assert.equal(c.cmd("FLUSHALL"), "+OK\r\n");
  files.release();
  s.t.host.advance(1);
  assert.equal(s.t.host.lines.filter((l) => l === "* Background AOF rewrite finished successfully").length, 1);
  assert.match(c.cmd("INFO", "persistence"), /aof_rewrite_in_progress:0\r\n[\s\S]*aof_last_bgrewrite_status:ok/);
  c.cmd("SET", "after", "1");
  s.t.host.advance(10);
  const r = setup(files, [["appendonly", "yes"]]);
  assert.equal(r.t.connect().cmd("KEYS", "*"), "*1\r\n$5\r\nafter\r\n");
});

for (const policy of ["everysec", "no"]) {
  test(`under appendfsync ${policy} the log is written to the file before the reply leaves`, () => {
    const files = new MemoryFileStore();
    const s = setup(files, [["appendonly", "yes"], ["appendfsync", policy]]);
    const order: string[] = [];
    const write = files.write.bind(files);
    files.write = (h, bytes) => {
      order.push("aof");
      write(h, bytes);
    };
    const c = s.t.connect();
    const t = c.client.transport as { write(b: Uint8Array): void; writeView?(b: Uint8Array): void };
    const transportWrite = t.write;
    t.write = (b) => {
      order.push("reply");
      transportWrite(b);
    };
    // Replies lent as views of the reply buffer are replies too.
    t.writeView = t.write;
    assert.equal(c.cmd("INCR", "n"), ":1\r\n");
    assert.deepEqual(order, ["aof", "reply"]);
    assert.match(text(files, INCR1), /INCR\r\n\$1\r\nn\r\n$/);
    // A client served by another's push: what serving it logs is written before its reply too.
    const waiter = s.t.connect();
    assert.equal(waiter.cmd("BLPOP", "q", "0"), "");
    order.length = 0;
    const pusher = s.t.connect();
    pusher.cmd("RPUSH", "q", "x");
    assert.equal(waiter.output(), "*2\r\n$1\r\nq\r\n$1\r\nx\r\n");
    assert.match(text(files, INCR1), /LPOP\r\n\$1\r\nq\r\n$/);
  });
}

test("an AOF write error under everysec refuses writes with MISCONF, cuts a short write off, and clears once space returns", () => {
  const files = new MemoryFileStore();
  const s = setup(files, [["appendonly", "yes"], ["appendfsync", "everysec"]]);
  const c = s.t.connect();
  assert.equal(c.cmd("SET", "before", "1"), "+OK\r\n");
  const sizeBefore = files.size(INCR1);
  files.spaceLeft = 10;
  // Like Redis, the write whose log entry failed was already answered; the next ones are refused.
  assert.equal(c.cmd("SET", "k", "x".repeat(100)), "+OK\r\n");
  assert.equal(files.size(INCR1), sizeBefore, "the 10 bytes that fit were cut off again: no torn command");
  assert.ok(
    s.t.host.lines.some((l) => /^# Short write while writing to the AOF file: \(nwritten=10, expected=\d+\)$/.test(l)),
  );
  const misconf = "-MISCONF Errors writing to the AOF file: No space left on device\r\n";
  assert.equal(c.cmd("SET", "k2", "v"), misconf);
  assert.equal(c.cmd("PING"), misconf);
  assert.equal(c.cmd("GET", "before"), "$1\r\n1\r\n", "reads go on");
  assert.match(c.cmd("INFO", "persistence"), /aof_last_write_status:err/);
  files.spaceLeft = 0;
  s.t.host.advance(1000);
  assert.ok(
    s.t.host.lines.includes("# Error writing to the AOF file: No space left on device") ||
      s.t.host.lines.some((l) => l.startsWith("# Short write")),
  );
  files.spaceLeft = null;
  s.t.host.advance(1000); // serverCron retries once a second
  assert.ok(s.t.host.lines.includes("# AOF write error looks solved, Redis can write again."));
  assert.equal(c.cmd("SET", "k2", "v"), "+OK\r\n");
  assert.match(c.cmd("INFO", "persistence"), /aof_last_write_status:ok/);
  s.t.host.advance(10);
  const r = setup(files, [["appendonly", "yes"]]);
  assert.equal(
    r.t.connect().cmd("MGET", "before", "k", "k2"),
    `*3\r\n$1\r\n1\r\n$100\r\n${"x".repeat(100)}\r\n$1\r\nv\r\n`,
  );
});

test("a failing background fsync under everysec refuses writes with MISCONF until an fsync works again", () => {
  const files = new MemoryFileStore();
  const s = setup(files, [["appendonly", "yes"], ["appendfsync", "everysec"]]);
  const c = s.t.connect();
  assert.equal(c.cmd("SET", "a", "1"), "+OK\r\n");
  files.failSyncs = true;
  s.t.host.advance(1100);
  assert.ok(s.t.host.lines.includes("# Fail to fsync the AOF file: Input/output error"));
  assert.equal(c.cmd("SET", "b", "2"), "-MISCONF Errors writing to the AOF file: Input/output error\r\n");
  files.failSyncs = false;
  s.t.host.advance(1100);
  assert.equal(c.cmd("SET", "b", "2"), "+OK\r\n");
});

test("an AOF write error under always exits before the write is acknowledged", () => {
  const files = new MemoryFileStore();
  const s = setup(files, [["appendonly", "yes"], ["appendfsync", "always"]]);
  const c = s.t.connect();
  assert.equal(c.cmd("SET", "a", "1"), "");
  s.t.host.advance(0);
  assert.equal(c.output(), "+OK\r\n");
  files.spaceLeft = 5;
  assert.equal(c.cmd("SET", "b", "2"), "");
  s.t.host.advance(0);
  assert.deepEqual(s.exits, [1]);
  assert.equal(c.output(), "", "never acknowledged");
  assert.ok(
    s.t.host.lines.includes("# Can't recover from AOF write error when the AOF fsync policy is 'always'. Exiting..."),
  );
  assert.match(text(files, INCR1), /\r\n\$1\r\n1\r\n$/, "no torn command at the end");
});

test("starting with appendonly yes where the manifest is missing leaves an existing .incr.aof alone", () => {
  const files = new MemoryFileStore();
  const old = "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n";
  files.files.set(INCR1, new TextEncoder().encode(old));
  const s = setup(files, [["appendonly", "yes"]]);
  const c = s.t.connect();
  assert.equal(c.cmd("DBSIZE"), ":0\r\n", "starts empty, as redis-server does");
  assert.ok(text(files, INCR1).startsWith(old), "not truncated");
  assert.equal(
    text(files, "/d/appendonlydir/appendonly.aof.manifest"),
    "file appendonly.aof.1.base.rdb seq 1 type b\nfile appendonly.aof.1.incr.aof seq 1 type i\n",
  );
  assert.ok(s.t.host.lines.includes("* Creating AOF incr file appendonly.aof.1.incr.aof on server start"));
});
