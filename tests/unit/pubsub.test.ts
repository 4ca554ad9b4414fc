/** Pub/Sub in process: delivery, counts, the RESP2 context, cleanup, and the slow-subscriber limit. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import { errSubcommandSyntax, errSubscribeContext } from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

const sub = (what: string, name: string, n: number) =>
  `*3\r\n$${what.length}\r\n${what}\r\n$${name.length}\r\n${name}\r\n:${n}\r\n`;
const msg = (ch: string, m: string) => `*3\r\n$7\r\nmessage\r\n$${ch.length}\r\n${ch}\r\n$${m.length}\r\n${m}\r\n`;

test("SUBSCRIBE confirms each channel with the running count, duplicates included", () => {
  const c = inProcess().connect();
  assert.equal(
    c.cmd("SUBSCRIBE", "a", "b", "a"),
    sub("subscribe", "a", 1) + sub("subscribe", "b", 2) + sub("subscribe", "a", 2),
  );
});

test("PUBLISH delivers to channel subscribers and counts receivers", () => {
  const t = inProcess();
  const s1 = t.connect();
  const s2 = t.connect();
  const p = t.connect();
  s1.cmd("SUBSCRIBE", "news");
  s2.cmd("SUBSCRIBE", "news");
  assert.equal(p.cmd("PUBLISH", "news", "hi"), ":2\r\n");
  assert.equal(s1.output(), msg("news", "hi"));
  assert.equal(s2.output(), msg("news", "hi"));
  assert.equal(p.cmd("PUBLISH", "other", "x"), ":0\r\n");
  assert.equal(s1.output(), "");
});

test("a pattern subscriber receives pmessage with the pattern; each matching pattern counts", () => {
  const t = inProcess();
  const s = t.connect();
  const p = t.connect();
  s.cmd("PSUBSCRIBE", "n*", "ne?s");
  s.cmd("SUBSCRIBE", "news");
  assert.equal(p.cmd("PUBLISH", "news", "m"), ":3\r\n");
  assert.equal(
    s.output(),
    msg("news", "m") +
      "*4\r\n$8\r\npmessage\r\n$2\r\nn*\r\n$4\r\nnews\r\n$1\r\nm\r\n" +
      "*4\r\n$8\r\npmessage\r\n$4\r\nne?s\r\n$4\r\nnews\r\n$1\r\nm\r\n",
  );
});

test("UNSUBSCRIBE without arguments leaves every channel, or replies once with a null name", () => {
  const c = inProcess().connect();
  c.cmd("SUBSCRIBE", "a", "b");
  assert.equal(c.cmd("UNSUBSCRIBE"), sub("unsubscribe", "a", 1) + sub("unsubscribe", "b", 0));
  assert.equal(c.cmd("UNSUBSCRIBE"), "*3\r\n$11\r\nunsubscribe\r\n$-1\r\n:0\r\n");
  assert.equal(c.cmd("PUNSUBSCRIBE"), "*3\r\n$12\r\npunsubscribe\r\n$-1\r\n:0\r\n");
});

test("a RESP2 subscriber can only run the subscribe family, PING, QUIT and RESET", () => {
  const c = inProcess().connect();
  c.cmd("SUBSCRIBE", "a");
  assert.equal(
    c.cmd("GET", "k"),
    errorReply(errSubscribeContext("get")),
  );
  assert.equal(c.cmd("CLIENT", "ID"), errorReply(errSubscribeContext("client|id")));
  assert.equal(c.cmd("PING"), "*2\r\n$4\r\npong\r\n$0\r\n\r\n");
  assert.equal(c.cmd("PING", "x"), "*2\r\n$4\r\npong\r\n$1\r\nx\r\n");
  c.cmd("UNSUBSCRIBE");
  assert.equal(c.cmd("GET", "k"), "$-1\r\n");
});

test("RESP3 subscribers get push frames and may run any command", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("HELLO", "3");
  assert.equal(c.cmd("SUBSCRIBE", "a"), ">3\r\n$9\r\nsubscribe\r\n$1\r\na\r\n:1\r\n");
  assert.equal(c.cmd("GET", "k"), "_\r\n");
  assert.equal(c.cmd("PING"), "+PONG\r\n");
  assert.equal(c.cmd("PUBLISH", "a", "self"), ">3\r\n$7\r\nmessage\r\n$1\r\na\r\n$4\r\nself\r\n:1\r\n");
  assert.equal(c.cmd("UNSUBSCRIBE"), ">3\r\n$11\r\nunsubscribe\r\n$1\r\na\r\n:0\r\n");
  assert.equal(c.cmd("SUNSUBSCRIBE"), ">3\r\n$12\r\nsunsubscribe\r\n_\r\n:0\r\n");
});

test("shard channels have their own count and SPUBLISH skips patterns", () => {
  const t = inProcess();
  const s = t.connect();
  const p = t.connect();
  assert.equal(s.cmd("SSUBSCRIBE", "s1"), sub("ssubscribe", "s1", 1));
  assert.equal(s.cmd("PSUBSCRIBE", "s*"), sub("psubscribe", "s*", 1));
  assert.equal(p.cmd("SPUBLISH", "s1", "m"), ":1\r\n");
  assert.equal(s.output(), "*3\r\n$8\r\nsmessage\r\n$2\r\ns1\r\n$1\r\nm\r\n");
  assert.equal(p.cmd("PUBSUB", "SHARDNUMSUB", "s1", "x"), "*4\r\n$2\r\ns1\r\n:1\r\n$1\r\nx\r\n:0\r\n");
  assert.equal(p.cmd("PUBSUB", "SHARDCHANNELS"), "*1\r\n$2\r\ns1\r\n");
});

test("PUBSUB CHANNELS filters by pattern and NUMPAT counts distinct patterns", () => {
  const t = inProcess();
  const a = t.connect();
  const b = t.connect();
  a.cmd("SUBSCRIBE", "ab", "b");
  a.cmd("PSUBSCRIBE", "x*");
  b.cmd("PSUBSCRIBE", "x*", "y*");
  const q = t.connect();
  assert.equal(q.cmd("PUBSUB", "CHANNELS", "a*"), "*1\r\n$2\r\nab\r\n");
  assert.equal(q.cmd("PUBSUB", "NUMPAT"), ":2\r\n");
  assert.equal(q.cmd("PUBSUB", "NUMSUB", "b", "none"), "*4\r\n$1\r\nb\r\n:1\r\n$4\r\nnone\r\n:0\r\n");
  assert.equal(
    q.cmd("PUBSUB", "CHANNELS", "a", "b"),
    errorReply(errSubcommandSyntax("CHANNELS", "PUBSUB")),
  );
});

test("a disconnected subscriber leaves no channels or patterns behind", () => {
  const t = inProcess();
  const s = t.connect();
  const q = t.connect();
  s.cmd("SUBSCRIBE", "a");
  s.cmd("PSUBSCRIBE", "p*");
  s.cmd("SSUBSCRIBE", "sh");
  s.client.disconnected();
  assert.equal(q.cmd("PUBSUB", "NUMSUB", "a"), "*2\r\n$1\r\na\r\n:0\r\n");
  assert.equal(q.cmd("PUBSUB", "NUMPAT"), ":0\r\n");
  assert.equal(q.cmd("PUBSUB", "SHARDCHANNELS"), "*0\r\n");
  assert.equal(q.cmd("PUBLISH", "a", "x"), ":0\r\n");
});

test("RESET unsubscribes from everything without confirmations", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SUBSCRIBE", "a");
  c.cmd("PSUBSCRIBE", "b*");
  assert.equal(c.cmd("RESET"), "+RESET\r\n");
  assert.equal(t.connect().cmd("PUBSUB", "NUMPAT"), ":0\r\n");
  assert.equal(c.cmd("GET", "k"), "$-1\r\n");
});

test("INFO stats counts channels, patterns and shard channels", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("HELLO", "3");
  c.cmd("SUBSCRIBE", "a", "b");
  c.cmd("PSUBSCRIBE", "p*");
  const info = c.cmd("INFO", "stats");
  assert.match(info, /pubsub_channels:2\r\n/);
  assert.match(info, /pubsub_patterns:1\r\n/);
  assert.match(info, /pubsubshard_channels:0\r\n/);
});

test("a subscriber that does not read is dropped past client-output-buffer-limit pubsub", () => {
  const t = inProcess([["client-output-buffer-limit", "pubsub 1024 0 0"]]);
  const slow = t.connect({ unread: true });
  slow.cmd("SUBSCRIBE", "flood");
  const p = t.connect();
  const payload = "x".repeat(300);
  for (let i = 0; i < 10 && !slow.closed; i++) p.cmd("PUBLISH", "flood", payload);
  assert.equal(slow.closed, true);
  assert.ok(t.host.lines.some((l) => l.includes("output buffer limits")));
});

test("a subscriber under the pubsub soft limit is dropped only after the soft seconds", () => {
  const t = inProcess([["client-output-buffer-limit", "pubsub 0 512 2"]]);
  const slow = t.connect({ unread: true });
  slow.cmd("SUBSCRIBE", "flood");
  const p = t.connect();
  p.cmd("PUBLISH", "flood", "x".repeat(600));
  assert.equal(slow.closed, false);
  t.host.advance(2100);
  p.cmd("PUBLISH", "flood", "x");
  assert.equal(slow.closed, true);
});
