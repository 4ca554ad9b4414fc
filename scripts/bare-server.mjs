#!/usr/bin/env node
// The socket ceiling of a runtime, for `npm run bench`: a server that only frames RESP and answers SET, GET,
// INCR and PING with canned replies (no keyspace, no parsing of values), written the way each runtime serves
// sockets fastest. Whatever Redis-Lite does per command costs its throughput relative to this.
//
//   node scripts/bare-server.mjs --port 6390
//   bun scripts/bare-server.mjs --port 6390
//   deno run --allow-net scripts/bare-server.mjs --port 6390
//
// Per read event: parse every whole command in the chunk by offset (no strings made), write all their replies
// with one socket write, keep an incomplete tail for the next read. Anything else is answered with an empty
// array, except CONFIG GET <name>, which gets `<name>` and an empty value (redis-benchmark asks for `save` and
// `appendonly` on start).

const args = globalThis.Deno ? Deno.args : globalThis.Bun ? Bun.argv.slice(2) : process.argv.slice(2);
const port = args.includes("--port") ? Number(args[args.indexOf("--port") + 1]) : 6390;
const host = "127.0.0.1";

const ascii = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const OK = ascii("+OK\r\n");
const PONG = ascii("+PONG\r\n");
const BULK = ascii("$3\r\nxxx\r\n");
const ONE = ascii(":1\r\n");
const EMPTY = ascii("*0\r\n");

/**
 * One connection's framing state: the unconsumed tail of the last read (a partial command) and a reply
 * buffer reused across reads (grown by doubling).
 */
class Framer {
  constructor() {
    this.tail = null;
    this.out = new Uint8Array(16 * 1024);
    this.outLen = 0;
  }

  /** Answers every whole command in `chunk`; returns the reply bytes (a view of `out`), empty when none. */
  feed(chunk) {
    let buf = chunk;
    if (this.tail !== null) {
      buf = new Uint8Array(this.tail.length + chunk.length);
      buf.set(this.tail, 0);
      buf.set(chunk, this.tail.length);
      this.tail = null;
    }
    this.outLen = 0;
    const len = buf.length;
    let p = 0;
    while (p < len) {
      const start = p;
      if (buf[p] !== 42) { // inline command: answer per line
        let e = p;
        while (e < len && buf[e] !== 10) e++;
        if (e >= len) break;
        p = e + 1;
        this.reply(PONG);
        continue;
      }
      p++;
      let n = 0;
      while (p < len && buf[p] !== 13) n = n * 10 + buf[p++] - 48;
      p += 2;
      if (p > len) {
        p = start;
        break;
      }
      let cmdAt = -1;
      let cmdLen = 0;
      let nameAt = -1;
      let nameLen = 0;
      let complete = true;
      for (let i = 0; i < n; i++) {
        if (p >= len) {
          complete = false;
          break;
        }
        p++; // '$'
        let b = 0;
        while (p < len && buf[p] !== 13) b = b * 10 + buf[p++] - 48;
        p += 2;
        if (p + b + 2 > len) {
          complete = false;
          break;
        }
        if (i === 0) {
          cmdAt = p;
          cmdLen = b;
        } else if (i === 2) {
          nameAt = p;
          nameLen = b;
        }
        p += b + 2;
      }
      if (!complete) {
        p = start;
        break;
      }
      this.answer(buf, cmdAt, cmdLen, nameAt, nameLen);
    }
    if (p < len) this.tail = Uint8Array.prototype.slice.call(buf, p);
    return this.out.subarray(0, this.outLen);
  }

  answer(buf, at, n, nameAt, nameLen) {
    const c = buf[at] | 0x20;
    if (n === 3 && c === 115) return this.reply(OK); // set
    if (n === 3 && c === 103) return this.reply(BULK); // get
    if (n === 4 && c === 105) return this.reply(ONE); // incr
    if (n === 4 && c === 112) return this.reply(PONG); // ping
    if (n === 6 && c === 99 && nameAt >= 0) { // config get <name>
      const head = ascii(`*2\r\n$${nameLen}\r\n`);
      this.reply(head);
      this.reply(buf.subarray(nameAt, nameAt + nameLen + 2));
      return this.reply(ascii("$0\r\n\r\n"));
    }
    this.reply(EMPTY);
  }

  reply(bytes) {
    if (this.outLen + bytes.length > this.out.length) {
      const grown = new Uint8Array(Math.max(this.out.length * 2, this.outLen + bytes.length));
      grown.set(this.out.subarray(0, this.outLen));
      this.out = grown;
    }
    this.out.set(bytes, this.outLen);
    this.outLen += bytes.length;
  }
}

if (globalThis.Bun) {
  // Bun.listen: write() copies what the kernel takes at once; only a remainder is queued until `drain`.
  Bun.listen({
    hostname: host,
    port,
    socket: {
      open(s) {
        s.setNoDelay?.(true);
        s.data = { framer: new Framer(), queue: [] };
      },
      data(s, chunk) {
        const conn = s.data;
        const out = conn.framer.feed(chunk);
        if (out.length === 0) return;
        if (conn.queue.length > 0) {
          conn.queue.push(out.slice());
          return;
        }
        const n = s.write(out);
        if (n < out.length) conn.queue.push(out.slice(Math.max(0, n)));
      },
      drain(s) {
        const q = s.data.queue;
        while (q.length > 0) {
          const n = s.write(q[0]);
          if (n < q[0].length) {
            q[0] = q[0].subarray(Math.max(0, n));
            return;
          }
          q.shift();
        }
      },
    },
  });
} else if (globalThis.Deno) {
  // Deno.listen: one read loop per connection; the reply buffer is reused because the write is awaited
  // before the next read.
  const listener = Deno.listen({ hostname: host, port });
  for await (const conn of listener) {
    (async () => {
      conn.setNoDelay(true);
      const framer = new Framer();
      const buf = new Uint8Array(64 * 1024);
      try {
        for (;;) {
          const n = await conn.read(buf);
          if (n === null) break;
          let out = framer.feed(buf.subarray(0, n));
          while (out.length > 0) out = out.subarray(await conn.write(out));
        }
      } catch { /* peer gone */ }
      try {
        conn.close();
      } catch { /* closed */ }
    })();
  }
} else {
  // Node: net with noDelay; the reply bytes are copied once into a Buffer the socket may keep.
  const net = await import("node:net");
  net.createServer({ noDelay: true }, (socket) => {
    const framer = new Framer();
    socket.on("data", (chunk) => {
      const out = framer.feed(chunk);
      if (out.length > 0) socket.write(Buffer.from(out));
    });
    socket.on("error", () => {});
  }).listen(port, host);
}
