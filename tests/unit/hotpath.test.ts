/**
 * The read/dispatch/write loop's shortcuts (see the README's benchmark section) change no byte: a transport
 * that takes views of the client's reply buffer (`writeView`) receives exactly what one that takes owned
 * copies (`write`) receives, for pipelines of every size, mixed commands and replies too big to reuse the
 * buffer for; and the command table's remembered lookup follows the name asked for.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { ManualHost, Server } from "../../mod.ts";
import type { Client } from "../../mod.ts";
import { bytesLatin1, encodeCommand, latin1Bytes } from "../helpers/resp.ts";

interface Recorded {
  client: Client;
  /** Everything that reached the transport, in order, as one byte array. */
  bytes(): Uint8Array;
  /** How many calls reached write and writeView. */
  writes: number;
  views: number;
}

/**
 * `withViews`: the transport takes views; "keep" also keeps them unread until the end (as Node's socket holds a
 * write it could not finish), telling the client so.
 */
function connect(server: Server, withViews: boolean | "keep"): Recorded {
  const parts: Uint8Array[] = [];
  const bytes = () => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  };
  const rec: Recorded = { client: undefined as unknown as Client, bytes, writes: 0, views: 0 };
  rec.client = server.connect({
    write(b) {
      rec.writes++;
      parts.push(b.slice());
    },
    // The view is read during the call only, as a shim must.
    ...(withViews
      ? {
        writeView(b: Uint8Array) {
          rec.views++;
          const keep = withViews === "keep";
          parts.push(keep ? b : b.slice());
          return keep;
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

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Runs `commands`, `pipeline` of them per read event, on a fresh server; what the transport received. */
function run(commands: string[][], pipeline: number, withViews: boolean | "keep"): Recorded {
  const server = new Server({ host: new ManualHost() });
  const rec = connect(server, withViews);
  for (let i = 0; i < commands.length; i += pipeline) {
    rec.client.feed(latin1Bytes(commands.slice(i, i + pipeline).map((c) => encodeCommand(c)).join("")));
  }
  server.stop();
  return rec;
}

test("replies sent as views of the reply buffer are byte-identical to owned copies, pipelined or not", () => {
  const commands = [
    ["SET", "k", "v"],
    ["GET", "k"],
    ["INCR", "n"],
    ["get", "missing"],
    ["RPUSH", "l", "a", "b", "c"],
    ["LRANGE", "l", "0", "-1"],
    ["NOSUCH", "x"],
    ["SET", "bin", "\x00\x80\xff\r\n"],
    ["GET", "bin"],
    ["PING"],
  ];
  for (const pipeline of [1, 3, commands.length]) {
    const owned = run(commands, pipeline, false);
    const lent = run(commands, pipeline, true);
    assert.equal(owned.views, 0);
    assert.ok(lent.views > 0, "views were used");
    assert.equal(lent.writes, 0);
    assert.ok(sameBytes(lent.bytes(), owned.bytes()), `pipeline ${pipeline}`);
    assert.ok(bytesLatin1(owned.bytes()).startsWith("+OK\r\n$1\r\nv\r\n:1\r\n$-1\r\n:3\r\n"));
  }
});

test("a batch of replies too big to keep the buffer for is handed over as owned bytes, the same bytes", () => {
  // Past 1 MB the writer gives its buffer away (ReplyWriter.take) instead of lending it.
  const big = "b".repeat(1100 * 1024);
  const commands = [["SET", "big", big], ["GET", "big"], ["GET", "big"], ["PING"]];
  const owned = run(commands, commands.length, false);
  const lent = run(commands, commands.length, true);
  assert.ok(lent.writes > 0, "the big batch went through write");
  assert.ok(sameBytes(lent.bytes(), owned.bytes()));
  const bulk = `$${big.length}\r\n`.length + big.length + 2;
  assert.equal(owned.bytes().length, "+OK\r\n".length + 2 * bulk + "+PONG\r\n".length);
});

test("a view the transport keeps (writeView returns true) is never written over by later replies", () => {
  const kept = run([["SET", "k", "first"], ["GET", "k"], ["SET", "k", "2nd"], ["GET", "k"], ["PING"]], 2, "keep");
  assert.equal(kept.views, 3);
  assert.equal(bytesLatin1(kept.bytes()), "+OK\r\n$5\r\nfirst\r\n+OK\r\n$3\r\n2nd\r\n+PONG\r\n");
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
    bytesLatin1(rec.bytes()),
    "+OK\r\n$1\r\nv\r\n-ERR unknown command 'GET', with args beginning with: 'k' \r\n$1\r\nv\r\n",
  );
  server.stop();
});
