/**
 * 512 MB strings over a socket on the runtime under test (keyspace/bigstr.ts): the commands that reach the
 * last byte of proto-max-bulk-len, a GET that sends all of it, a 512 MB SET argument sent as a socket
 * sends it, and a transaction around such a command. The replies are redis-server 7.0.15's. At most one
 * such value is alive at a time.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import { startServer } from "../helpers/spawn.ts";

/** A connection that counts what it receives and keeps the last bytes (a 512 MB reply is never one string). */
class Conn {
  private sock: net.Socket;
  private received = 0;
  private tail = "";
  private waiter: (() => void) | null = null;

  constructor(sock: net.Socket) {
    this.sock = sock;
    sock.on("data", (d: Uint8Array) => {
      this.received += d.length;
      this.tail = (this.tail + String.fromCharCode(...d.subarray(Math.max(0, d.length - 64)))).slice(-64);
      this.waiter?.();
    });
    sock.on("error", () => {});
  }

  static open(port: number): Promise<Conn> {
    return new Promise((resolve, reject) => {
      const sock = net.connect(port, "127.0.0.1", () => resolve(new Conn(sock)));
      sock.once("error", reject);
    });
  }

  /** Writes bytes, waiting for the socket to drain when its buffer is full. */
  async write(b: Uint8Array | string): Promise<void> {
    if (!this.sock.write(b)) await new Promise((r) => this.sock.once("drain", r));
  }

  /** Waits until `n` more bytes arrived since `from`; returns (up to) the last 64 received. */
  async until(from: number, n: number): Promise<string> {
    while (this.received - from < n) await new Promise<void>((r) => (this.waiter = r));
    this.waiter = null;
    return this.tail.slice(-Math.min(64, n));
  }

  /** Sends a command and checks its reply is exactly `expected` (a short reply). */
  async cmd(argv: string[], expected: string): Promise<void> {
    const from = this.received;
    let s = `*${argv.length}\r\n`;
    for (const a of argv) s += `$${a.length}\r\n${a}\r\n`;
    await this.write(s);
    assert.equal(await this.until(from, expected.length), expected, argv.join(" "));
  }

  get count(): number {
    return this.received;
  }

  close(): void {
    this.sock.destroy();
  }
}

const MAX = 536870912;

/** Runs `body` against a fresh server of the runtime under test. */
async function withServer(body: (c: Conn) => Promise<void>): Promise<void> {
  const server = await startServer();
  const c = await Conn.open(server.port);
  try {
    await body(c);
  } finally {
    c.close();
    await server.stop();
  }
}

test("over a socket SETRANGE, SETBIT and BITFIELD reach the last byte of 512 MB and GET sends all of it", async () => {
  await withServer(async (c) => {
    await c.cmd(["SETRANGE", "k", "536870911", "x"], ":536870912\r\n");
    await c.cmd(["SETBIT", "k", "4294967295", "1"], ":0\r\n");
    await c.cmd(["BITFIELD", "k", "SET", "u8", "#536870911", "1", "GET", "u8", "#536870911"], "*2\r\n:121\r\n:1\r\n");
    await c.cmd(["APPEND", "k", "z"], "-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n");
    // GET: the whole value arrives, header and all.
    const from = c.count;
    await c.write("*2\r\n$3\r\nGET\r\n$1\r\nk\r\n");
    const header = "$536870912\r\n";
    // The last byte: "x" with its low bit set by SETBIT, then 1 written by BITFIELD.
    assert.ok((await c.until(from, header.length + MAX + 2)).endsWith("\x01\r\n"));
    assert.equal(c.count - from, header.length + MAX + 2);
    await c.cmd(["DEL", "k"], ":1\r\n");
  });
});

test("a 512 MB SET argument sent over a socket in 1 MB writes is stored and read back", async () => {
  await withServer(async (c) => {
    await c.write(`*3\r\n$3\r\nSET\r\n$3\r\nbig\r\n$${MAX}\r\n`);
    const chunk = new Uint8Array(1024 * 1024).fill(97);
    for (let at = 0; at < MAX; at += chunk.length) await c.write(chunk);
    const at = c.count;
    await c.write("\r\n");
    assert.equal(await c.until(at, 5), "+OK\r\n");
    await c.cmd(["STRLEN", "big"], ":536870912\r\n");
    await c.cmd(["GETRANGE", "big", "-3", "-1"], "$3\r\naaa\r\n");
    await c.cmd(["DEL", "big"], ":1\r\n");
  });
});

test("a transaction around SETRANGE at the last byte of 512 MB applies whole", async () => {
  await withServer(async (c) => {
    await c.cmd(["MULTI"], "+OK\r\n");
    await c.cmd(["INCR", "ctr"], "+QUEUED\r\n");
    await c.cmd(["SETRANGE", "s", "536870911", "x"], "+QUEUED\r\n");
    await c.cmd(["INCR", "ctr2"], "+QUEUED\r\n");
    await c.cmd(["EXEC"], "*3\r\n:1\r\n:536870912\r\n:1\r\n");
    await c.cmd(["MGET", "ctr", "ctr2"], "*2\r\n$1\r\n1\r\n$1\r\n1\r\n");
    await c.cmd(["DEL", "s"], ":1\r\n");
  });
});
