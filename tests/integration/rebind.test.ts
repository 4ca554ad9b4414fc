/**
 * CONFIG SET port and bind move the listening sockets live on the runtime running the tests, as Redis's
 * changeListenPort and changeBindAddr do: the old address stops accepting, connections already open stay,
 * and a move that cannot listen answers Redis's error and keeps the old sockets.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import type { RunningServer } from "../../src/runtime/start.ts";
import { RawClient, startInProcess as start } from "../helpers/spawn.ts";

/** A socket listening on a free port of 127.0.0.1, holding it taken until closed. */
function holdPort(): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const s = net.createServer((sock) => sock.destroy());
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => resolve(s));
  });
}

function portOf(s: net.Server): number {
  return (s.address() as net.AddressInfo).port;
}

function closeServer(s: net.Server): Promise<void> {
  return new Promise((resolve) => s.close(() => resolve()));
}

/** A port nothing listens on now: held, then released. */
async function freePort(): Promise<number> {
  const s = await holdPort();
  const port = portOf(s);
  await closeServer(s);
  return port;
}

function bulk(s: string): string {
  return `$${s.length}\r\n${s}\r\n`;
}

/** Runs `fn` with a server (logging into `lines`) and a client, closing everything however it ends. */
async function withServer(fn: (r: RunningServer, c: RawClient, lines: string[]) => Promise<void>): Promise<void> {
  const lines: string[] = [];
  const r = await start({ port: 0, log: (line) => lines.push(line) });
  const clients: RawClient[] = [];
  try {
    const c = await RawClient.connect(r.port);
    clients.push(c);
    await fn(r, c, lines);
  } finally {
    for (const c of clients) c.close();
    await r.close();
  }
}

test("CONFIG SET port listens on the new port, closes the old one to new clients and keeps open connections", async () => {
  await withServer(async (r, c) => {
    const other = await RawClient.connect(r.port);
    let moved: RawClient | null = null;
    try {
      const port = await freePort();
      assert.equal(await c.call("CONFIG", "SET", "port", String(port)), "+OK\r\n");
      assert.equal(await c.call("CONFIG", "GET", "port"), `*2\r\n${bulk("port")}${bulk(String(port))}`);
      await assert.rejects(RawClient.connect(r.port));
      moved = await RawClient.connect(port);
      assert.equal(await moved.call("SET", "k", "v"), "+OK\r\n");
      assert.equal(await other.call("GET", "k"), bulk("v"));
      assert.equal(await c.call("PING"), "+PONG\r\n");
    } finally {
      other.close();
      moved?.close();
    }
  });
});

test("CONFIG SET port to a taken port answers Redis's error and keeps listening on the old port", async () => {
  await withServer(async (r, c, lines) => {
    const taken = await holdPort();
    try {
      const port = portOf(taken);
      assert.equal(
        await c.call("CONFIG", "SET", "port", String(port)),
        "-ERR CONFIG SET failed (possibly related to argument 'port') - Unable to listen on this port. Check server logs.\r\n",
      );
      assert.equal(await c.call("CONFIG", "GET", "port"), `*2\r\n${bulk("port")}${bulk(String(r.port))}`);
      const again = await RawClient.connect(r.port);
      assert.equal(await again.call("PING"), "+PONG\r\n");
      again.close();
      assert.ok(
        lines.includes(
          `# Warning: Could not create server TCP listening socket 127.0.0.1:${port}: bind: Address already in use`,
        ),
        lines.join("\n"),
      );
      assert.ok(
        lines.includes(
          "# Failed applying new configuration. Possibly related to new port setting. Restoring previous settings.",
        ),
      );
    } finally {
      await closeServer(taken);
    }
  });
});

test("CONFIG SET that fails to move the port puts back every setting it named, not only port", async () => {
  await withServer(async (_r, c) => {
    const taken = await holdPort();
    try {
      const before = await c.call("CONFIG", "GET", "maxmemory");
      const reply = await c.call(
        "CONFIG",
        "SET",
        "maxmemory",
        "10000001",
        "port",
        String(portOf(taken)),
        "client-query-buffer-limit",
        "10m",
      );
      assert.match(reply ?? "", /^-ERR CONFIG SET failed \(possibly related to argument 'port'\)/);
      assert.equal(await c.call("CONFIG", "GET", "maxmemory"), before);
      assert.equal(
        await c.call("CONFIG", "GET", "client-query-buffer-limit"),
        `*2\r\n${bulk("client-query-buffer-limit")}${bulk("1073741824")}`,
      );
    } finally {
      await closeServer(taken);
    }
  });
});

test("CONFIG SET bind to an address this machine lacks answers Redis's error and keeps the old sockets", async () => {
  await withServer(async (r, c, lines) => {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): assigned to no machine.
    assert.equal(
      await c.call("CONFIG", "SET", "bind", "127.0.0.1 192.0.2.1"),
      "-ERR CONFIG SET failed (possibly related to argument 'bind') - Failed to bind to specified addresses.\r\n",
    );
    assert.equal(await c.call("CONFIG", "GET", "bind"), `*2\r\n${bulk("bind")}${bulk("127.0.0.1")}`);
    assert.ok(lines.includes("# Failed to bind"), lines.join("\n"));
    const again = await RawClient.connect(r.port);
    assert.equal(await again.call("PING"), "+PONG\r\n");
    again.close();
  });
});

test("CONFIG SET bind passes over a missing address marked optional with '-'", async () => {
  await withServer(async (r, c) => {
    assert.equal(await c.call("CONFIG", "SET", "bind", "127.0.0.1 -192.0.2.1"), "+OK\r\n");
    const again = await RawClient.connect(r.port);
    assert.equal(await again.call("PING"), "+PONG\r\n");
    again.close();
  });
});

test("CONFIG SET port and bind together move to the new address and port at once", async () => {
  await withServer(async (r, c) => {
    const port = await freePort();
    assert.equal(await c.call("CONFIG", "SET", "bind", "127.0.0.1 -192.0.2.1", "port", String(port)), "+OK\r\n");
    await assert.rejects(RawClient.connect(r.port));
    const moved = await RawClient.connect(port);
    assert.equal(await moved.call("PING"), "+PONG\r\n");
    moved.close();
  });
});

test("CONFIG SET bind to both wildcards, as redis.conf's '* -::*', listens on every address", async () => {
  await withServer(async (r, c) => {
    assert.equal(await c.call("CONFIG", "SET", "bind", "* -::*"), "+OK\r\n");
    assert.equal(await c.call("CONFIG", "GET", "bind"), `*2\r\n${bulk("bind")}${bulk("* -::*")}`);
    const again = await RawClient.connect(r.port);
    assert.equal(await again.call("PING"), "+PONG\r\n");
    again.close();
  });
});
