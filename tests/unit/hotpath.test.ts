/**
 * The read/dispatch/write loop's shortcuts (see the README's benchmark section) change no byte: a transport
 * that takes views of the client's reply buffer (`writeView`) receives exactly what one that takes owned
 * copies (`write`) receives, for pipelines of every size, mixed commands and a reply too big to reuse the
 * buffer for.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { ManualHost, Server } from "../../mod.ts";
import type { Client } from "../../mod.ts";
import { bytesLatin1, encodeCommand, latin1Bytes } from "../helpers/resp.ts";

interface Recorded {
  client: Client;
  /** What reached the transport, in order. */
  text(): string;
  /** How many calls reached write and writeView. */
  writes: number;
  views: number;
}

function connect(server: Server, withViews: boolean): Recorded {
  let out = "";
  const rec: Recorded = { client: undefined as unknown as Client, text: () => out, writes: 0, views: 0 };
  rec.client = server.connect({
    write(b) {
      rec.writes++;
      out += bytesLatin1(b);
    },
    // The view is read during the call only, as a shim must.
    ...(withViews
      ? {
        writeView(b: Uint8Array) {
          rec.views++;
          out += bytesLatin1(b);
        },
      }
      : {}),
    close() {},
    abort() {},
    bufferedBytes: () => 0,
    remoteAddress: "127.0.0.1:40001",
    localAddress: "127.0.0.1:6379",
    fd: 10,
  });
  return rec;
}

test("replies sent as views of the reply buffer are byte-identical to owned copies, pipelined or not", () => {
  const big = "b".repeat(1536 * 1024);
  const commands = [
    ["SET", "k", "v"],
    ["GET", "k"],
    ["INCR", "n"],
    ["get", "missing"],
    ["SET", "big", big],
    ["GET", "big"],
    ["RPUSH", "l", "a", "b", "c"],
    ["LRANGE", "l", "0", "-1"],
    ["NOSUCH", "x"],
    ["GET", "k"],
    ["PING"],
  ];
  for (const pipeline of [1, 3, commands.length]) {
    const results: string[] = [];
    for (const withViews of [false, true]) {
      const server = new Server({ host: new ManualHost() });
      const rec = connect(server, withViews);
      // `pipeline` commands per read event.
      for (let i = 0; i < commands.length; i += pipeline) {
        rec.client.feed(latin1Bytes(commands.slice(i, i + pipeline).map((c) => encodeCommand(c)).join("")));
      }
      results.push(rec.text());
      if (withViews) {
        assert.ok(rec.views > 0, "views were used");
        // The 1.5 MB reply left in a buffer too big to keep: handed over as an owned write.
        assert.ok(rec.writes > 0, "the huge reply went through write");
      } else assert.equal(rec.views, 0);
      server.stop();
    }
    assert.equal(results[1], results[0], `pipeline ${pipeline}`);
    assert.ok(results[0].includes(`$${big.length}\r\n${big}\r\n`));
    assert.ok(results[0].startsWith("+OK\r\n$1\r\nv\r\n:1\r\n$-1\r\n+OK\r\n"));
  }
});

test("the command table's remembered lookup answers for the name asked, whatever was looked up before", () => {
  const server = new Server({ host: new ManualHost() });
  const table = server.commands;
  assert.equal(table.lookup("GET")?.fullName, "get");
  assert.equal(table.lookup("GET")?.fullName, "get");
  assert.equal(table.lookup("set")?.fullName, "set");
  assert.equal(table.lookup("nosuch"), undefined);
  assert.equal(table.lookup("nosuch"), undefined);
  assert.equal(table.lookup("GeT")?.fullName, "get");
  assert.equal(table.lookup(""), undefined);
  server.stop();
});

test("a renamed command is found by its new name only, also right after a lookup of either name", () => {
  const server = new Server({
    host: new ManualHost(),
    configLines: [{ line: 1, text: "rename-command GET FETCH", argv: ["rename-command", "get", "fetch"] }],
  });
  const rec = connect(server, true);
  rec.client.feed(latin1Bytes(encodeCommand(["SET", "k", "v"]) + encodeCommand(["FETCH", "k"])));
  rec.client.feed(latin1Bytes(encodeCommand(["GET", "k"]) + encodeCommand(["fetch", "k"])));
  assert.equal(
    rec.text(),
    "+OK\r\n$1\r\nv\r\n-ERR unknown command 'GET', with args beginning with: 'k' \r\n$1\r\nv\r\n",
  );
  server.stop();
});
