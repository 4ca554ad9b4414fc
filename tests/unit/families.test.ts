/**
 * The Server knows no command family of its own: it is handed them (ServerOptions.families), and the public
 * Server of mod.ts hands it every one unless told otherwise.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { allCommands } from "../../mod.ts";
import { connectionCommands } from "../../src/core/commands/connection.ts";
import { stringCommands } from "../../src/core/commands/string.ts";
import { errUnknownCommand } from "../../src/core/errors.ts";
import { inProcess } from "../helpers/inprocess.ts";
import { errorReply } from "../helpers/resp.ts";

test("a Server given only the string and connection families knows only their commands", () => {
  const c = inProcess([], [connectionCommands, stringCommands]).connect();
  assert.equal(c.cmd("SET", "k", "v"), "+OK\r\n");
  assert.equal(c.cmd("GET", "k"), "$1\r\nv\r\n");
  assert.equal(c.cmd("LPUSH", "l", "x"), errorReply(errUnknownCommand(["LPUSH", "l", "x"])));
});

test("a Server given no families answers every command as unknown", () => {
  const c = inProcess([], []).connect();
  assert.equal(c.cmd("PING"), errorReply(errUnknownCommand(["PING"])));
});

test("without families named, the Server has every family", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("LPUSH", "l", "x"), ":1\r\n");
  assert.equal(c.cmd("ZADD", "z", "1", "m"), ":1\r\n");
  assert.ok(allCommands.includes(stringCommands) && allCommands.includes(connectionCommands));
});
