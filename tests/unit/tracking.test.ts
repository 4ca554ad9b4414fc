/** Client-side caching in process: default mode, REDIRECT, BCAST, OPTIN/OPTOUT, NOLOOP, limits, cleanup. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import { encodeCommand } from "../helpers/resp.ts";

const inv = (...keys: string[]) =>
  `>2\r\n$10\r\ninvalidate\r\n*${keys.length}\r\n${keys.map((k) => `$${k.length}\r\n${k}\r\n`).join("")}`;

function resp3(t: ReturnType<typeof inProcess>) {
  const c = t.connect();
  c.cmd("HELLO", "3");
  return c;
}

test("a key read by a tracking client is invalidated once when another client writes it", () => {
  const t = inProcess();
  const c = resp3(t);
  const w = t.connect();
  c.cmd("CLIENT", "TRACKING", "on");
  c.cmd("GET", "k");
  w.cmd("SET", "k", "1");
  assert.equal(c.output(), inv("k"));
  w.cmd("SET", "k", "2");
  assert.equal(c.output(), "");
});

test("the tracking client's own write is invalidated after its reply", () => {
  const t = inProcess();
  const c = resp3(t);
  c.cmd("CLIENT", "TRACKING", "on");
  c.cmd("GET", "k");
  assert.equal(c.cmd("SET", "k", "1"), "+OK\r\n" + inv("k"));
});

test("NOLOOP skips invalidations for the client's own writes", () => {
  const t = inProcess();
  const c = resp3(t);
  c.cmd("CLIENT", "TRACKING", "on", "NOLOOP");
  c.cmd("GET", "k");
  assert.equal(c.cmd("SET", "k", "1"), "+OK\r\n");
});

test("FLUSHALL sends a null invalidation to every tracking client and empties the table", () => {
  const t = inProcess();
  const c = resp3(t);
  const other = resp3(t);
  c.cmd("CLIENT", "TRACKING", "on");
  other.cmd("CLIENT", "TRACKING", "on", "BCAST");
  c.cmd("GET", "k");
  assert.equal(c.cmd("FLUSHALL"), "+OK\r\n>2\r\n$10\r\ninvalidate\r\n_\r\n");
  assert.equal(other.output(), ">2\r\n$10\r\ninvalidate\r\n_\r\n");
  assert.match(c.cmd("INFO", "stats"), /tracking_total_keys:0\r\n/);
});

test("invalidations inside EXEC wait for the EXEC reply", () => {
  const t = inProcess();
  const c = resp3(t);
  c.cmd("CLIENT", "TRACKING", "on");
  c.cmd("GET", "a");
  c.cmd("MULTI");
  c.cmd("SET", "a", "1");
  c.cmd("GET", "a");
  assert.equal(c.cmd("EXEC"), "*2\r\n+OK\r\n$1\r\n1\r\n" + inv("a"));
});

test("OPTIN tracks only the command after CLIENT CACHING yes", () => {
  const t = inProcess();
  const c = resp3(t);
  const w = t.connect();
  c.cmd("CLIENT", "TRACKING", "on", "OPTIN");
  c.cmd("GET", "a");
  c.cmd("CLIENT", "CACHING", "yes");
  c.cmd("GET", "b");
  c.cmd("GET", "c");
  w.cmd("SET", "a", "1");
  w.cmd("SET", "b", "1");
  w.cmd("SET", "c", "1");
  assert.equal(c.output(), inv("b"));
});

test("OPTOUT tracks everything but the command after CLIENT CACHING no", () => {
  const t = inProcess();
  const c = resp3(t);
  const w = t.connect();
  c.cmd("CLIENT", "TRACKING", "on", "OPTOUT");
  c.cmd("CLIENT", "CACHING", "no");
  c.cmd("GET", "a");
  c.cmd("GET", "b");
  w.cmd("SET", "a", "1");
  w.cmd("SET", "b", "1");
  assert.equal(c.output(), inv("b"));
});

test("BCAST sends each prefix's changed keys once per event, sorted", () => {
  const t = inProcess();
  const c = resp3(t);
  const w = t.connect();
  c.cmd("CLIENT", "TRACKING", "on", "BCAST", "PREFIX", "user:", "PREFIX", "item:");
  w.raw(
    "*3\r\n$3\r\nSET\r\n$6\r\nuser:b\r\n$1\r\n1\r\n*3\r\n$3\r\nSET\r\n$6\r\nuser:a\r\n$1\r\n1\r\n*3\r\n$3\r\nSET\r\n$5\r\nother\r\n$1\r\n1\r\n",
  );
  assert.equal(c.output(), inv("user:a", "user:b"));
  w.cmd("SET", "item:1", "x");
  assert.equal(c.output(), inv("item:1"));
});

test("REDIRECT sends invalidations to the other client, as Pub/Sub messages in RESP2", () => {
  const t = inProcess();
  const r = t.connect();
  const c = t.connect();
  const w = t.connect();
  r.cmd("SUBSCRIBE", "__redis__:invalidate");
  assert.equal(c.cmd("CLIENT", "TRACKING", "on", "REDIRECT", String(r.client.id)), "+OK\r\n");
  assert.equal(c.cmd("CLIENT", "GETREDIR"), `:${r.client.id}\r\n`);
  c.cmd("GET", "k");
  w.cmd("SET", "k", "1");
  assert.equal(r.output(), "*3\r\n$7\r\nmessage\r\n$20\r\n__redis__:invalidate\r\n*1\r\n$1\r\nk\r\n");
  assert.equal(c.output(), "");
  assert.match(c.cmd("CLIENT", "INFO"), / flags=t .* redir=\d+ /);
});

test("a RESP2 tracking client without a redirect receives nothing", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("CLIENT", "TRACKING", "on");
  c.cmd("GET", "k");
  assert.equal(c.cmd("SET", "k", "1"), "+OK\r\n");
});

test("a vanished redirect target is reported as tracking-redir-broken and flagged", () => {
  const t = inProcess();
  const r = t.connect();
  const c = resp3(t);
  const id = r.client.id;
  c.cmd("CLIENT", "TRACKING", "on", "REDIRECT", String(id));
  c.cmd("GET", "k");
  r.client.disconnected();
  t.connect().cmd("SET", "k", "1");
  assert.equal(c.output(), `>2\r\n$21\r\ntracking-redir-broken\r\n:${id}\r\n`);
  assert.match(c.cmd("CLIENT", "TRACKINGINFO"), /broken_redirect/);
  assert.match(c.cmd("CLIENT", "INFO"), / flags=tR /);
});

test("CLIENT TRACKINGINFO lists flags, the redirect and sorted prefixes", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("CLIENT", "TRACKING", "on", "BCAST", "PREFIX", "b", "PREFIX", "a", "NOLOOP");
  assert.equal(
    c.cmd("CLIENT", "TRACKINGINFO"),
    "*6\r\n$5\r\nflags\r\n*3\r\n$2\r\non\r\n$5\r\nbcast\r\n$6\r\nnoloop\r\n$8\r\nredirect\r\n:0\r\n$8\r\nprefixes\r\n*2\r\n$1\r\na\r\n$1\r\nb\r\n",
  );
  assert.match(c.cmd("CLIENT", "INFO"), / flags=tB /);
});

test("tracking-table-max-keys evicts keys from the table with an invalidation", () => {
  const t = inProcess([["tracking-table-max-keys", "2"]]);
  const c = resp3(t);
  c.cmd("CLIENT", "TRACKING", "on");
  c.cmd("GET", "a");
  c.cmd("GET", "b");
  c.cmd("GET", "c");
  assert.equal(c.cmd("PING"), inv("a") + "+PONG\r\n");
  assert.match(c.cmd("INFO", "stats"), /tracking_total_keys:2\r\n/);
});

test("INFO counts tracking clients, keys, items and prefixes", () => {
  const t = inProcess();
  const a = resp3(t);
  const b = resp3(t);
  a.cmd("CLIENT", "TRACKING", "on");
  b.cmd("CLIENT", "TRACKING", "on");
  a.cmd("GET", "k");
  b.cmd("GET", "k");
  b.cmd("GET", "j");
  const c = t.connect();
  c.cmd("CLIENT", "TRACKING", "on", "BCAST", "PREFIX", "p");
  assert.match(c.cmd("INFO", "clients"), /tracking_clients:3\r\n/);
  const stats = c.cmd("INFO", "stats");
  assert.match(stats, /tracking_total_keys:2\r\n/);
  assert.match(stats, /tracking_total_items:3\r\n/);
  assert.match(stats, /tracking_total_prefixes:1\r\n/);
});

test("RESET and disconnecting turn tracking off and release prefixes", () => {
  const t = inProcess();
  const a = resp3(t);
  a.cmd("CLIENT", "TRACKING", "on", "BCAST", "PREFIX", "x");
  a.cmd("RESET");
  assert.match(a.cmd("CLIENT", "TRACKINGINFO"), /\$3\r\noff\r\n/);
  const b = resp3(t);
  b.cmd("CLIENT", "TRACKING", "on", "BCAST", "PREFIX", "y");
  b.client.disconnected();
  const q = t.connect();
  assert.match(q.cmd("INFO", "clients"), /tracking_clients:0\r\n/);
  assert.match(q.cmd("INFO", "stats"), /tracking_total_prefixes:0\r\n/);
});

test("a served blocked client gets its own invalidation after its reply, before its next command", () => {
  const t = inProcess();
  const c = resp3(t);
  const w = t.connect();
  c.cmd("CLIENT", "TRACKING", "on");
  c.cmd("RPUSH", "dst", "x");
  c.cmd("LRANGE", "dst", "0", "-1");
  assert.equal(c.raw(encodeCommand(["BLMOVE", "src", "dst", "LEFT", "LEFT", "0"]) + encodeCommand(["PING"])), "");
  w.cmd("RPUSH", "src", "foo");
  // Serving c moves foo into dst, which c tracks: the invalidation follows c's reply, before PING's.
  assert.equal(c.output(), "$3\r\nfoo\r\n" + inv("dst") + "+PONG\r\n");
});

test("BCAST NOLOOP still reports the client's key when it expires, even lazily on its own read", () => {
  const t = inProcess();
  const c = resp3(t);
  c.cmd("CLIENT", "TRACKING", "on", "BCAST", "NOLOOP");
  assert.equal(c.cmd("SET", "k", "v", "PX", "10"), "+OK\r\n");
  t.host.time += 50; // past the deadline, without running active expiry
  assert.equal(c.cmd("GET", "k"), "_\r\n" + inv("k"));
});

test("CLIENT LIST flags keep Redis's order when tracking meets a dirty watch", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("CLIENT", "TRACKING", "on", "BCAST");
  c.cmd("WATCH", "k");
  t.connect().cmd("SET", "k", "1");
  assert.match(c.cmd("CLIENT", "INFO"), / flags=tBd /);
});
