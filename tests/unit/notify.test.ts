/** Keyspace notifications in process: classes, K/E channels, databases, expiry. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import { notifyFlagsToBits } from "../../src/core/notify.ts";
import { NOTIFY_GENERIC, NOTIFY_KEYEVENT, NOTIFY_KEYSPACE, NOTIFY_NEW, NOTIFY_STRING } from "../../src/core/notify.ts";

const pmsg = (pat: string, ch: string, m: string) =>
  `*4\r\n$8\r\npmessage\r\n$${pat.length}\r\n${pat}\r\n$${ch.length}\r\n${ch}\r\n$${m.length}\r\n${m}\r\n`;

function listen(flags: string) {
  const t = inProcess([["notify-keyspace-events", flags]]);
  const s = t.connect();
  s.cmd("PSUBSCRIBE", "__key*");
  return { t, s, c: t.connect() };
}

test("with notify-keyspace-events empty nothing is published", () => {
  const { s, c } = listen("");
  c.cmd("SET", "k", "v");
  assert.equal(s.output(), "");
});

test("K and E publish on __keyspace@<db>__:<key> then __keyevent@<db>__:<event>", () => {
  const { s, c } = listen("KEA");
  c.cmd("SET", "k", "v");
  assert.equal(s.output(), pmsg("__key*", "__keyspace@0__:k", "set") + pmsg("__key*", "__keyevent@0__:set", "k"));
  c.cmd("SELECT", "5");
  c.cmd("DEL", "missing");
  c.cmd("SET", "k", "v");
  c.cmd("DEL", "k");
  assert.equal(
    s.output(),
    pmsg("__key*", "__keyspace@5__:k", "set") + pmsg("__key*", "__keyevent@5__:set", "k") +
      pmsg("__key*", "__keyspace@5__:k", "del") + pmsg("__key*", "__keyevent@5__:del", "k"),
  );
});

test("a class not enabled is not published", () => {
  const { s, c } = listen("Kg");
  c.cmd("SET", "k", "v");
  assert.equal(s.output(), "");
  c.cmd("EXPIRE", "k", "100");
  assert.equal(s.output(), pmsg("__key*", "__keyspace@0__:k", "expire"));
});

test("expired keys publish expired when active expiry removes them", () => {
  const { t, s, c } = listen("Ex");
  t.server.start();
  c.cmd("SET", "k", "v", "PX", "50");
  t.host.advance(300);
  assert.equal(s.output(), pmsg("__key*", "__keyevent@0__:expired", "k"));
  t.server.stop();
});

test("changing the setting at run time takes effect on the next event", () => {
  const { s, c } = listen("");
  c.cmd("CONFIG", "SET", "notify-keyspace-events", "E$");
  c.cmd("SET", "k", "v");
  assert.equal(s.output(), pmsg("__key*", "__keyevent@0__:set", "k"));
  c.cmd("CONFIG", "SET", "notify-keyspace-events", "");
  c.cmd("SET", "k", "v");
  assert.equal(s.output(), "");
});

test("flag characters map to Redis's classes; A excludes n and m", () => {
  assert.equal(notifyFlagsToBits("K$"), NOTIFY_KEYSPACE | NOTIFY_STRING);
  assert.equal(notifyFlagsToBits("A") & NOTIFY_NEW, 0);
  assert.equal(notifyFlagsToBits("AE") & (NOTIFY_GENERIC | NOTIFY_KEYEVENT), NOTIFY_GENERIC | NOTIFY_KEYEVENT);
});

test("KEAn reads back as AKE but still publishes new-key events", () => {
  const { s, c } = listen("");
  c.cmd("CONFIG", "SET", "notify-keyspace-events", "KEAn");
  assert.equal(
    c.cmd("CONFIG", "GET", "notify-keyspace-events"),
    "*2\r\n$22\r\nnotify-keyspace-events\r\n$3\r\nAKE\r\n",
  );
  c.cmd("ZADD", "z", "1", "a");
  assert.match(s.output(), /__keyevent@0__:new\r\n/);
});
