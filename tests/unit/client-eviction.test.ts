/**
 * maxmemory-clients (Redis 7.0's client eviction, networking.c's evictClients): when normal and pubsub
 * clients together hold the limit or more, the biggest evictable ones are freed, CLIENT NO-EVICT ON clients
 * are kept, and INFO counts evicted_clients.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import type { TestConn } from "../helpers/inprocess.ts";
import { clientEvictionLimit } from "../../src/core/features/eviction.ts";

const BIG = "x".repeat(300 * 1024);

function infoField(conn: TestConn, name: string): string {
  const text = conn.cmd("INFO", "stats");
  const m = new RegExp(`${name}:(\\S+)`).exec(text);
  assert.ok(m, `${name} in INFO`);
  return m[1];
}

test("maxmemory-clients evicts a client as soon as its unsent replies pass the limit", () => {
  const t = inProcess([["maxmemory-clients", "200kb"]]);
  const writer = t.connect();
  assert.equal(writer.cmd("SET", "big", BIG), "+OK\r\n");
  const reader = t.connect({ unread: true });
  reader.cmd("GET", "big");
  assert.equal(reader.closed, true);
  assert.equal(writer.closed, false);
  assert.equal(infoField(writer, "evicted_clients"), "1");
  assert.ok(
    t.host.lines.some((l) => l.startsWith(`* Evicting client: id=${reader.client.id} `)),
    t.host.lines.join("\n"),
  );
});

test("maxmemory-clients evicts a client before a pipelined command runs once the replies before it passed the limit", () => {
  const t = inProcess([["maxmemory-clients", "200kb"]]);
  const writer = t.connect();
  writer.cmd("SET", "big", BIG);
  const reader = t.connect({ unread: true });
  reader.raw("GET big\r\nSET after 1\r\n");
  assert.equal(reader.closed, true);
  assert.equal(writer.cmd("EXISTS", "after"), ":0\r\n");
});

test("maxmemory-clients is enforced on the tick for a subscriber that falls behind", () => {
  const t = inProcess([["maxmemory-clients", "200kb"]]);
  t.server.start();
  try {
    const subscriber = t.connect({ unread: true });
    subscriber.cmd("SUBSCRIBE", "news");
    const publisher = t.connect();
    assert.equal(publisher.cmd("PUBLISH", "news", BIG), ":1\r\n");
    assert.equal(subscriber.closed, false);
    t.host.advance(200);
    assert.equal(subscriber.closed, true);
    assert.equal(publisher.closed, false);
  } finally {
    t.server.stop();
  }
});

test("CLIENT NO-EVICT ON keeps a client past maxmemory-clients, and Redis's warning is logged", () => {
  const t = inProcess([["maxmemory-clients", "200kb"]]);
  const reader = t.connect({ unread: true });
  assert.equal(reader.cmd("CLIENT", "NO-EVICT", "ON"), "+OK\r\n");
  reader.cmd("SET", "big", BIG);
  reader.cmd("GET", "big");
  reader.cmd("PING");
  assert.equal(reader.closed, false);
  assert.ok(t.host.lines.includes("# Over client maxmemory after evicting all evictable clients"));
  // A client that is not exempt is evicted in its place, being over the limit together.
  const other = t.connect();
  other.cmd("PING");
  assert.equal(other.closed, true);
  assert.equal(reader.closed, false);
});

test("maxmemory-clients evicts the biggest client first and stops once under the limit", () => {
  const t = inProcess([["maxmemory-clients", "400kb"]]);
  const small = t.connect({ unread: true });
  const big = t.connect({ unread: true });
  const writer = t.connect();
  writer.cmd("SET", "a", "y".repeat(150 * 1024));
  writer.cmd("SET", "b", "z".repeat(300 * 1024));
  big.cmd("GET", "b");
  assert.equal(big.closed, false);
  small.cmd("GET", "a");
  // Over the limit only together: the bigger one goes, though it is not the one that ran.
  assert.equal(big.closed, true);
  assert.equal(small.closed, false);
  assert.equal(writer.closed, false);
});

test("maxmemory-clients 0 (the default) never evicts a client", () => {
  const t = inProcess();
  const reader = t.connect({ unread: true });
  reader.cmd("SET", "big", BIG.repeat(4));
  reader.cmd("GET", "big");
  reader.cmd("PING");
  assert.equal(reader.closed, false);
});

test("maxmemory-clients as a percentage follows maxmemory, and never goes below 128 KB", () => {
  assert.equal(clientEvictionLimit("0", 0), 0);
  assert.equal(clientEvictionLimit("10%", 0), 0);
  assert.equal(clientEvictionLimit("10%", 10 * 1024 * 1024), 1024 * 1024);
  assert.equal(clientEvictionLimit("1%", 1024 * 1024), 128 * 1024);
  assert.equal(clientEvictionLimit("1", 0), 128 * 1024);
  assert.equal(clientEvictionLimit("1048576", 0), 1048576);
  const t = inProcess([["maxmemory", "2mb"], ["maxmemory-clients", "10%"]]);
  const c = t.connect();
  assert.equal(c.cmd("CONFIG", "GET", "maxmemory-clients"), "*2\r\n$17\r\nmaxmemory-clients\r\n$3\r\n10%\r\n");
  assert.equal(t.server.eviction.clientEvictionLimit, Math.floor((2 * 1024 * 1024) / 10));
  assert.equal(c.cmd("CONFIG", "SET", "maxmemory", "0"), "+OK\r\n");
  assert.equal(t.server.eviction.clientEvictionLimit, 0);
  assert.equal(c.cmd("CONFIG", "SET", "maxmemory-clients", "300kb"), "+OK\r\n");
  assert.equal(t.server.eviction.clientEvictionLimit, 300 * 1024);
});

/** DEBUG CLIENT-EVICTION's lines as [low bound, tot-mem, clients]. */
function buckets(reply: string): [string, number, number][] {
  const lines = reply.split("\r\n")[1].split("\n").filter((l) => l !== "");
  return lines.map((l) => {
    const m = /^bucket +(\d+)(?: - +\d+|\+ +): tot-mem: +(\d+), clients: (\d+)$/.exec(l);
    assert.ok(m, l);
    return [m[1], Number(m[2]), Number(m[3])];
  });
}

test("DEBUG CLIENT-EVICTION groups the evictable clients by memory in Redis's 19 buckets", () => {
  const t = inProcess([["maxmemory-clients", "10mb"], ["enable-debug-command", "yes"]]);
  const asker = t.connect();
  asker.cmd("SET", "big", BIG);
  const reader = t.connect({ unread: true });
  reader.cmd("GET", "big");
  const exempt = t.connect({ unread: true });
  exempt.cmd("CLIENT", "NO-EVICT", "ON");
  exempt.cmd("GET", "big");
  const rows = buckets(asker.cmd("DEBUG", "CLIENT-EVICTION"));
  assert.equal(rows.length, 19);
  assert.deepEqual(rows.map((r) => r[0]).slice(0, 3), ["0", "32768", "65536"]);
  assert.equal(rows[18][0], "4294967296");
  // The asker (measured after SET) is small; the reader holds its 300 KB reply; the exempt client is not listed.
  assert.equal(rows.slice(0, 4).reduce((n, r) => n + r[2], 0), 1);
  for (const [low, mem, clients] of rows) {
    if (clients === 0) assert.equal(mem, 0);
    else assert.ok(mem >= Number(low) && mem < Math.max(Number(low), 16384) * 2, `${low}: ${mem}`);
  }
  assert.equal(rows[4][0], "262144");
  assert.equal(rows[4][2], 1);
  assert.ok(rows[4][1] >= BIG.length && rows[4][1] < 524288, String(rows[4][1]));
  assert.equal(rows.reduce((n, r) => n + r[2], 0), 2);
});

test("DEBUG CLIENT-EVICTION refuses while maxmemory-clients is 0", () => {
  const t = inProcess([["enable-debug-command", "yes"]]);
  assert.equal(t.connect().cmd("DEBUG", "CLIENT-EVICTION"), "-ERR maxmemory-clients is disabled.\r\n");
});

test("maxmemory-clients refuses a percentage over 100, before the settings after it are checked", () => {
  const c = inProcess().connect();
  assert.equal(
    c.cmd(
      "CONFIG",
      "SET",
      "maxmemory",
      "10000001",
      "maxmemory-clients",
      "200%",
      "client-query-buffer-limit",
      "invalid",
    ),
    "-ERR CONFIG SET failed (possibly related to argument 'maxmemory-clients') - percentage argument must be less or equal to 100\r\n",
  );
  assert.equal(c.cmd("CONFIG", "GET", "maxmemory"), "*2\r\n$9\r\nmaxmemory\r\n$1\r\n0\r\n");
  assert.equal(c.cmd("CONFIG", "SET", "maxmemory-clients", "100%"), "+OK\r\n");
});
