/** Redis's hidden loading settings: key-load-delay and loading-process-events-interval-bytes, and CONFIG SET while loading. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import { MemoryFileStore } from "../../src/core/persistence/fs.ts";
import { attachPersistence, persistenceOf } from "../../src/core/persistence/snapshot.ts";

function server(config: [string, string][], files = new MemoryFileStore()) {
  const t = inProcess([["dir", "/data"], ...config]);
  attachPersistence(t.server, { files, exit: () => {} });
  return { t, files };
}

/** A snapshot of `keys` keys with values of `size` bytes (not compressed). */
function snapshot(keys: number, size: number): MemoryFileStore {
  const a = server([["rdbcompression", "no"]]);
  const c = a.t.connect();
  const v = "x".repeat(size);
  for (let i = 0; i < keys; i++) c.cmd("SET", `k${i}`, v);
  assert.equal(c.cmd("SAVE"), "+OK\r\n");
  return a.files;
}

/** A server started on `files` with `config`, loading in slices; `done()` is null until the load ends. */
function startLoad(files: MemoryFileStore, config: [string, string][]) {
  const { t } = server(config, files);
  const p = persistenceOf(t.server);
  let result: boolean | null = null;
  p.loadAtStartup((ok) => (result = ok), true);
  return { t, p, done: () => result };
}

const bulk = (s: string) => `$${s.length}\r\n${s}\r\n`;

test("CONFIG GET lists the hidden loading settings only when asked for by name", () => {
  const { t } = server([]);
  const c = t.connect();
  const all = c.cmd("CONFIG", "GET", "*");
  assert.ok(all.includes(bulk("maxmemory")));
  assert.ok(!all.includes(bulk("key-load-delay")));
  assert.ok(!all.includes(bulk("loading-process-events-interval-bytes")));
  assert.ok(!c.cmd("CONFIG", "GET", "*load*").includes("key-load-delay"));
  assert.equal(c.cmd("CONFIG", "GET", "key-load-delay"), `*2\r\n${bulk("key-load-delay")}${bulk("0")}`);
  assert.equal(
    c.cmd("CONFIG", "GET", "loading-process-events-interval-bytes"),
    `*2\r\n${bulk("loading-process-events-interval-bytes")}${bulk("2097152")}`,
  );
});

test("key-load-delay and loading-process-events-interval-bytes are validated as Redis does", () => {
  const { t } = server([]);
  const c = t.connect();
  assert.equal(c.cmd("CONFIG", "SET", "key-load-delay", "-2147483648"), "+OK\r\n");
  assert.equal(c.cmd("CONFIG", "GET", "key-load-delay"), `*2\r\n${bulk("key-load-delay")}${bulk("-2147483648")}`);
  assert.equal(
    c.cmd("CONFIG", "SET", "loading-process-events-interval-bytes", "100"),
    "-ERR CONFIG SET failed (possibly related to argument 'loading-process-events-interval-bytes') - argument must be between 1024 and 2147483647 inclusive\r\n",
  );
  assert.equal(c.cmd("CONFIG", "SET", "loading-process-events-interval-bytes", "1024"), "+OK\r\n");
});

test("key-load-delay stretches a sliced load over the delay per key, clients being served in between", () => {
  // 10 ms per key: 2 s for 200 keys.
  const { t, p, done } = startLoad(snapshot(200, 10), [["key-load-delay", "10000"]]);
  const c = t.connect();
  t.host.advance(1000);
  assert.equal(done(), null);
  assert.match(c.cmd("INFO", "persistence"), /loading:1\r\n/);
  const loaded = p.loading!.loader.keysLoaded;
  assert.ok(loaded >= 50 && loaded <= 150, `about half the keys after half the time, got ${loaded}`);
  assert.equal(c.cmd("GET", "k1"), "-LOADING Redis is loading the dataset in memory\r\n");
  t.host.advance(1200);
  assert.equal(done(), true);
  assert.equal(c.cmd("DBSIZE"), ":200\r\n");
});

test("without key-load-delay the same load ends within a few slices", () => {
  const { t, done } = startLoad(snapshot(200, 10), []);
  t.host.advance(5);
  assert.equal(done(), true);
});

test("a negative key-load-delay waits 1 us once every N keys", () => {
  // 20 us in all: the first slice finishes it.
  const { t, done } = startLoad(snapshot(200, 10), [["key-load-delay", "-10"]]);
  t.host.advance(1);
  assert.equal(done(), true);
});

test("loading-process-events-interval-bytes ends a loading slice after that much payload", () => {
  const { t, p, done } = startLoad(snapshot(50, 1000), [["loading-process-events-interval-bytes", "1024"]]);
  t.host.advance(1);
  assert.equal(done(), null);
  const loaded = p.loading!.loader.keysLoaded;
  assert.ok(loaded >= 1 && loaded <= 2, `a key or two per 1024 bytes, got ${loaded}`);
  t.host.advance(100);
  assert.equal(done(), true);
});

test("while loading, CONFIG SET refuses dir and appendonly with -LOADING and accepts loglevel", () => {
  const { t } = startLoad(snapshot(20, 10), [["key-load-delay", "100000"], ["enable-protected-configs", "yes"]]);
  const c = t.connect();
  assert.equal(c.cmd("CONFIG", "SET", "loglevel", "debug"), "+OK\r\n");
  assert.equal(c.cmd("CONFIG", "GET", "loglevel"), `*2\r\n${bulk("loglevel")}${bulk("debug")}`);
  assert.equal(c.cmd("CONFIG", "SET", "dir", "asdf"), "-LOADING Redis is loading the dataset in memory\r\n");
  assert.equal(
    c.cmd("CONFIG", "SET", "loglevel", "notice", "appendonly", "yes"),
    "-LOADING Redis is loading the dataset in memory\r\n",
  );
  assert.equal(c.cmd("CONFIG", "GET", "loglevel"), `*2\r\n${bulk("loglevel")}${bulk("debug")}`);
  assert.equal(c.cmd("CONFIG", "GET", "dir"), `*2\r\n${bulk("dir")}${bulk("/data")}`);
});
