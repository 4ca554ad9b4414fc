/**
 * An exception escaping a command (a bug, or a runtime limit such as an allocation the runtime refuses)
 * becomes an error reply and a log line; the connection, a transaction around it and the server go on.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import type { TestServer } from "../helpers/inprocess.ts";

/** Makes `name`'s handler write `partial` (raw reply bytes) and then throw. */
function breakCommand(t: TestServer, name: string, partial = ""): void {
  const cmd = t.server.commands.lookup(name)!;
  cmd.handler = (c) => {
    if (partial !== "") c.reply.text(partial);
    throw new RangeError("Invalid string length");
  };
}

test("an exception in a handler is answered with an error and logged, and the connection goes on", () => {
  const t = inProcess();
  const c = t.connect();
  breakCommand(t, "strlen");
  assert.equal(c.cmd("STRLEN", "k"), "-ERR internal error: RangeError: Invalid string length\r\n");
  assert.equal(c.closed, false);
  assert.equal(c.cmd("PING"), "+PONG\r\n");
  const logged = t.host.lines.filter((l) => l.includes("Internal error in command 'strlen'"));
  assert.equal(logged.length, 1);
  assert.match(logged[0], /RangeError: Invalid string length/);
  assert.equal(t.server.stats.errorCodes.get("ERR"), 1);
});

test("what a failing handler wrote before throwing is dropped, so the reply stream stays well formed", () => {
  const t = inProcess();
  const c = t.connect();
  breakCommand(t, "lrange", "*3\r\n$1\r\na\r\n");
  const out = c.raw("*4\r\n$6\r\nLRANGE\r\n$1\r\nl\r\n$1\r\n0\r\n$2\r\n-1\r\n*1\r\n$4\r\nPING\r\n");
  assert.equal(out, "-ERR internal error: RangeError: Invalid string length\r\n+PONG\r\n");
});

test("a command that throws inside MULTI/EXEC answers its error and the rest of the transaction runs", () => {
  const t = inProcess();
  const c = t.connect();
  breakCommand(t, "strlen");
  assert.equal(c.cmd("MULTI"), "+OK\r\n");
  assert.equal(c.cmd("INCR", "ctr"), "+QUEUED\r\n");
  assert.equal(c.cmd("STRLEN", "s"), "+QUEUED\r\n");
  assert.equal(c.cmd("INCR", "ctr2"), "+QUEUED\r\n");
  assert.equal(c.cmd("EXEC"), "*3\r\n:1\r\n-ERR internal error: RangeError: Invalid string length\r\n:1\r\n");
  assert.equal(c.cmd("MGET", "ctr", "ctr2"), "*2\r\n$1\r\n1\r\n$1\r\n1\r\n");
  assert.equal(c.cmd("EXEC"), "-ERR EXEC without MULTI\r\n");
});

test("an exception outside any handler (while parsing input) is answered and logged, not thrown to the shim", () => {
  const t = inProcess();
  const c = t.connect();
  const parser = c.client.parser as unknown as { feed(b: Uint8Array): void };
  const feed = parser.feed;
  parser.feed = () => {
    throw new TypeError("parser bug");
  };
  assert.equal(c.cmd("PING"), "-ERR internal error: TypeError: parser bug\r\n");
  parser.feed = feed;
  assert.equal(c.cmd("PING"), "+PONG\r\n");
  assert.equal(t.host.lines.filter((l) => l.includes("parser bug")).length, 1);
});

test("an exception after a command replied is logged without a second reply, so replies stay in step", () => {
  const t = inProcess();
  const c = t.connect();
  // A feature's after-command step that throws (the server calls each feature from afterCommand).
  const afterCommand = t.server.afterCommand.bind(t.server);
  t.server.afterCommand = (client, cmd, argv) => {
    afterCommand(client, cmd, argv);
    if (cmd.fullName === "echo") throw new Error("hook bug");
  };
  assert.equal(c.raw("*2\r\n$4\r\nECHO\r\n$2\r\nhi\r\n*1\r\n$4\r\nPING\r\n"), "$2\r\nhi\r\n+PONG\r\n");
  assert.equal(t.host.lines.filter((l) => l.includes("hook bug")).length, 1);
});
