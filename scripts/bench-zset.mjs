#!/usr/bin/env node
/**
 * Sorted set benchmark: loads 1,000,000 members into one sorted set with pipelined ZADD, then times ZADD,
 * ZRANK, ZRANGEBYSCORE ... LIMIT 0 10 and ZREM per operation (pipelined in windows), and reports memory from
 * INFO before and after the load. Works against redis-server and this server alike; prints one JSON object.
 *
 *   node scripts/bench-zset.mjs --port 6379 [--host 127.0.0.1] [--members 1000000] [--ops 100000] [--pipeline 64]
 *
 * Plain Node ESM, node:net only. The key used is "bench:zset" (deleted before and after).
 */
import net from "node:net";

function parseArgs(argv) {
  const opts = { host: "127.0.0.1", port: 6379, members: 1_000_000, ops: 100_000, pipeline: 64, batch: 100 };
  for (let i = 2; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, "");
    if (!(name in opts)) throw new RangeError(`unknown option --${name}`);
    opts[name] = name === "host" ? argv[i + 1] : Number(argv[i + 1]);
  }
  return opts;
}

/** A RESP connection that sends pipelined commands and counts whole replies. */
export class Conn {
  constructor(sock) {
    this.sock = sock;
    this.buf = Buffer.alloc(0);
    this.pos = 0;
    this.waiting = null;
    this.last = null;
    sock.setNoDelay(true);
    sock.on("data", (d) => {
      this.buf = this.pos < this.buf.length ? Buffer.concat([this.buf.subarray(this.pos), d]) : d;
      this.pos = 0;
      if (this.waiting) this.waiting();
    });
  }

  static open(host, port) {
    return new Promise((resolve, reject) => {
      const s = net.connect(port, host, () => resolve(new Conn(s)));
      s.once("error", reject);
    });
  }

  /** Byte length of the reply at `p`, or -1 when incomplete. */
  replyEnd(p) {
    const b = this.buf;
    if (p >= b.length) return -1;
    const eol = b.indexOf(13, p);
    if (eol < 0 || eol + 1 >= b.length) return -1;
    const type = b[p];
    const n = Number(b.toString("latin1", p + 1, eol));
    let q = eol + 2;
    if (type === 36 /* $ */) return n < 0 ? q : q + n + 2 <= b.length ? q + n + 2 : -1;
    if (type === 42 /* * */ || type === 37 /* % */) {
      const items = n < 0 ? 0 : type === 37 ? n * 2 : n;
      for (let i = 0; i < items; i++) {
        q = this.replyEnd(q);
        if (q < 0) return -1;
      }
      return q;
    }
    return q;
  }

  /** Waits for `count` replies; keeps the text of the last one. */
  async replies(count) {
    let got = 0;
    for (;;) {
      while (got < count) {
        const end = this.replyEnd(this.pos);
        if (end < 0) break;
        if (got === count - 1) this.last = this.buf.toString("latin1", this.pos, end);
        if (this.buf[this.pos] === 45 /* - */) {
          throw new Error(`server error: ${this.buf.toString("latin1", this.pos, end)}`);
        }
        this.pos = end;
        got++;
      }
      if (got === count) return this.last;
      await new Promise((r) => (this.waiting = r));
      this.waiting = null;
    }
  }

  send(chunks) {
    this.sock.write(chunks.join(""));
  }

  async call(...args) {
    this.send([encode(args)]);
    return this.replies(1);
  }

  close() {
    this.sock.destroy();
  }
}

export function encode(args) {
  let out = `*${args.length}\r\n`;
  for (const a of args) out += `$${Buffer.byteLength(a)}\r\n${a}\r\n`;
  return out;
}

/** A fixed pseudo-random sequence, the same on every run and server. */
export function rng(seed) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

const KEY = "bench:zset";

export async function memory(conn) {
  const info = await conn.call("INFO", "memory");
  const field = (name) => {
    const m = new RegExp(`^${name}:(\\d+)`, "m").exec(info);
    return m ? Number(m[1]) : null;
  };
  return { used_memory: field("used_memory"), used_memory_rss: field("used_memory_rss") };
}

/** Runs `total` commands built by `make(i)`, `pipeline` at a time; returns per-op timing. */
export async function timeOps(conn, total, pipeline, make) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < total; i += pipeline) {
    const n = Math.min(pipeline, total - i);
    const chunk = [];
    for (let j = 0; j < n; j++) chunk.push(encode(make(i + j)));
    conn.send(chunk);
    await conn.replies(n);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { n: total, usPerOp: Number(((seconds * 1e6) / total).toFixed(3)), opsPerSec: Math.round(total / seconds) };
}

async function main() {
  const o = parseArgs(process.argv);
  const conn = await Conn.open(o.host, o.port);
  await conn.call("DEL", KEY);
  const before = await memory(conn);
  const score = (i) => String((i * 7919) % 1000003);

  // Load: ZADD key s m s m ... with `batch` members per command, `pipeline` commands in flight.
  const loadStart = process.hrtime.bigint();
  const perCmd = o.batch;
  const commands = Math.ceil(o.members / perCmd);
  for (let c = 0; c < commands; c += o.pipeline) {
    const n = Math.min(o.pipeline, commands - c);
    const chunk = [];
    for (let j = 0; j < n; j++) {
      const args = ["ZADD", KEY];
      const first = (c + j) * perCmd;
      for (let i = first; i < Math.min(o.members, first + perCmd); i++) args.push(score(i), `member:${i}`);
      chunk.push(encode(args));
    }
    conn.send(chunk);
    await conn.replies(n);
  }
  const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
  const card = Number((await conn.call("ZCARD", KEY)).slice(1));
  const after = await memory(conn);

  const r = rng(42);
  const pick = () => Math.floor(r() * o.members);
  const ops = {};
  ops.zadd = await timeOps(conn, o.ops, o.pipeline, (i) => ["ZADD", KEY, String((i * 104729) % 1000003), `new:${i}`]);
  ops.zrank = await timeOps(conn, o.ops, o.pipeline, () => ["ZRANK", KEY, `member:${pick()}`]);
  ops.zrangebyscore = await timeOps(
    conn,
    o.ops,
    o.pipeline,
    () => ["ZRANGEBYSCORE", KEY, String(Math.floor(r() * 1000003)), "+inf", "LIMIT", "0", "10"],
  );
  ops.zrem = await timeOps(conn, o.ops, o.pipeline, (i) => ["ZREM", KEY, `new:${i}`]);
  const finalCard = Number((await conn.call("ZCARD", KEY)).slice(1));

  const server = await conn.call("INFO", "server");
  const version = /redis_version:([^\r\n]+)/.exec(server)?.[1] ?? null;
  await conn.call("DEL", KEY);
  conn.close();

  const bytesPerMember = (
    m,
  ) => (m.used_memory !== null && before.used_memory !== null
    ? Math.round((m.used_memory - before.used_memory) / card)
    : null);
  console.log(JSON.stringify(
    {
      port: o.port,
      redis_version: version,
      members: card,
      members_after_ops: finalCard,
      pipeline: o.pipeline,
      load: { seconds: Number(loadSeconds.toFixed(3)), membersPerSec: Math.round(card / loadSeconds) },
      ops,
      memory: { before, after, usedBytesPerMember: bytesPerMember(after) },
    },
    null,
    2,
  ));
}

// Run only as a script: bench-stream.mjs imports the connection and timing helpers above.
if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
