/**
 * Issue 17, limits and access items: 2 (512 MB strings), 5 (slow senders, idle clients), 6 (protected mode,
 * maxclients), 7 (collections past 2^24 entries), 8 (an error inside MULTI/EXEC), 10 (config hygiene). Each
 * also runs against `redis` (redis-server) with `--runtimes redis`, which is how the expectations were checked.
 * Memory is the server's RSS from /proc (Linux).
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";

function rssMB(pid) {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** This machine's first non-loopback IPv4 address, or null. */
function outsideAddress() {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return null;
}

/** Raw socket to host:port: resolves to everything the server sent until it closed (or `ms` passed). */
function firstWords(host, port, send, ms = 3000) {
  return new Promise((resolve) => {
    const s = net.connect(port, host);
    let got = "";
    let closed = false;
    s.on("connect", () => s.write(send));
    s.on("data", (d) => (got += d.toString("latin1")));
    s.on("error", () => {});
    s.on("close", () => {
      closed = true;
      resolve({ got, closed });
    });
    setTimeout(() => {
      s.destroy();
      if (!closed) resolve({ got, closed: false });
    }, ms);
  });
}

/** Sends many commands pipelined on one connection, `batch` at a time, and checks the last reply of each. */
async function pipelined(c, total, batch, make) {
  for (let i = 0; i < total; i += batch) {
    const n = Math.min(batch, total - i);
    for (let j = 0; j < n; j++) c.send(...make(i + j));
    let last;
    for (let j = 0; j < n; j++) last = await c.reply();
    if (last === null || last.startsWith("-")) return `reply ${last} at ${i}`;
  }
  return null;
}

const MAX_STRING = 512 * 1024 * 1024;

export const probes = [
  {
    id: 2,
    slow: true,
    title: "512 MB strings: SETRANGE/SETBIT/BITFIELD at the last byte answered as Redis",
    async run(ctx, rt) {
      const srv = await ctx.start(rt);
      const c = await ctx.connect(srv.port);
      const got = [
        await c.call("SETRANGE", "a", String(MAX_STRING - 1), "x"),
        await c.call("SETBIT", "b", String(MAX_STRING * 8 - 1), "1"),
        await c.call("BITFIELD", "c", "SET", "u8", `#${MAX_STRING - 1}`, "1"),
      ];
      const want = [`:${MAX_STRING}\r\n`, ":0\r\n", "*1\r\n:0\r\n"];
      const alive = (await c.call("PING")) === "+PONG\r\n";
      c.close();
      const same = got.every((g, i) => g === want[i]);
      return {
        ok: same && alive,
        detail: same
          ? "as Redis"
          : `got ${got.map((g) => (g ?? "closed").trim().slice(0, 60)).join(" / ")}${alive ? "" : ", server gone"}`,
      };
    },
  },
  {
    id: "5a",
    title: "10,000 idle clients: RSS at most 3x redis-server's 63 MB",
    async run(ctx, rt) {
      const srv = await ctx.start(rt, ["--maxclients", "20000"]);
      const socks = [];
      try {
        for (let i = 0; i < 10000; i++) {
          await new Promise((res, rej) => {
            const s = net.connect(srv.port, "127.0.0.1", () => {
              s.write("PING\r\n");
              res();
            });
            s.on("error", rej);
            s.on("data", () => {});
            socks.push(s);
          });
        }
        await ctx.sleep(2000);
        const rss = rssMB(srv.proc.pid);
        return { ok: rss <= 190, detail: `${rss.toFixed(0)} MB` };
      } finally {
        for (const s of socks) s.destroy();
      }
    },
  },
  {
    id: "5b",
    title: "200 clients sending a big SET a byte at a time: memory held close to the bytes received",
    async run(ctx, rt) {
      const srv = await ctx.start(rt);
      const before = rssMB(srv.proc.pid);
      const cmd = Buffer.from(`*3\r\n$3\r\nSET\r\n$4\r\nslow\r\n$1000000\r\n${"v".repeat(1000000)}\r\n`);
      const socks = [];
      for (let i = 0; i < 200; i++) {
        await new Promise((res) => {
          const s = net.connect(srv.port, "127.0.0.1", res);
          s.setNoDelay(true);
          s.on("error", () => {});
          socks.push(s);
        });
      }
      let off = 0;
      let peak = 0;
      const end = Date.now() + 15000;
      while (Date.now() < end) {
        for (const s of socks) s.write(cmd.subarray(off, off + 1));
        off++;
        if (off % 400 === 0) {
          await ctx.sleep(1);
          peak = Math.max(peak, rssMB(srv.proc.pid));
        }
      }
      await ctx.sleep(500);
      peak = Math.max(peak, rssMB(srv.proc.pid));
      for (const s of socks) s.destroy();
      const receivedMB = (off * 200) / 1024 / 1024;
      const grew = peak - before;
      return {
        ok: grew <= 30 + 4 * receivedMB,
        detail: `+${grew.toFixed(0)} MB RSS for ${receivedMB.toFixed(1)} MB received`,
      };
    },
  },
  {
    id: "6a",
    title: "protected mode: a non-loopback client gets -DENIED and is closed",
    async run(ctx, rt) {
      const ip = outsideAddress();
      if (ip === null) return { skip: "no non-loopback address" };
      const srv = await ctx.start(rt, ["--bind", "0.0.0.0"]);
      const r = await firstWords(ip, srv.port, "PING\r\n");
      const ok = r.closed &&
        r.got.startsWith(
          "-DENIED Redis is running in protected mode because protected mode is enabled and no password is set for the default user.",
        );
      const local = await firstWords("127.0.0.1", srv.port, "PING\r\n", 500);
      return {
        ok: ok && local.got === "+PONG\r\n",
        detail: `from ${ip}: ${r.got.slice(0, 40).trim()}${r.closed ? ", closed" : ", left open"}`,
      };
    },
  },
  {
    id: "6b",
    title: "maxclients 100: client 101 gets 'max number of clients reached' and is closed",
    async run(ctx, rt) {
      const srv = await ctx.start(rt, ["--maxclients", "100"]);
      const held = [];
      for (let i = 0; i < 100; i++) held.push(await ctx.connect(srv.port));
      for (const c of held.slice(0, 3)) await c.call("PING");
      const r = await firstWords("127.0.0.1", srv.port, "PING\r\n");
      const ok = r.closed && r.got === "-ERR max number of clients reached\r\n";
      held[0].close();
      await ctx.sleep(300);
      const again = await firstWords("127.0.0.1", srv.port, "PING\r\n", 500);
      for (const c of held) c.close();
      return { ok: ok && again.got === "+PONG\r\n", detail: JSON.stringify(r.got.trim()) };
    },
  },
  {
    id: "7a",
    slow: true,
    title: "2^24 + 1 keys in one database",
    async run(ctx, rt) {
      const srv = await ctx.start(rt);
      const c = await ctx.connect(srv.port);
      const n = 2 ** 24 + 1;
      const perCmd = 100;
      const bad = await pipelined(c, Math.ceil(n / perCmd), 200, (i) => {
        const args = ["MSET"];
        for (let j = i * perCmd; j < Math.min(n, (i + 1) * perCmd); j++) args.push(`k${j}`, "1");
        return args;
      });
      const size = await c.call("DBSIZE");
      c.close();
      return { ok: bad === null && size === `:${n}\r\n`, detail: bad ?? `DBSIZE ${String(size).trim()}` };
    },
  },
  {
    id: "7b",
    slow: true,
    title: "2^24 + 1 members in one set",
    async run(ctx, rt) {
      const srv = await ctx.start(rt);
      const c = await ctx.connect(srv.port);
      const n = 2 ** 24 + 1;
      const perCmd = 200;
      const bad = await pipelined(c, Math.ceil(n / perCmd), 100, (i) => {
        const args = ["SADD", "s"];
        for (let j = i * perCmd; j < Math.min(n, (i + 1) * perCmd); j++) args.push(`m${j}`);
        return args;
      });
      const size = await c.call("SCARD", "s");
      const member = await c.call("SISMEMBER", "s", `m${n - 1}`);
      c.close();
      return {
        ok: bad === null && size === `:${n}\r\n` && member === ":1\r\n",
        detail: bad ?? `SCARD ${String(size).trim()}`,
      };
    },
  },
  {
    id: 8,
    slow: true,
    title: "MULTI; INCR; SETRANGE to 512 MB; INCR; EXEC: every command answered, none lost",
    async run(ctx, rt) {
      const srv = await ctx.start(rt);
      const c = await ctx.connect(srv.port);
      for (
        const cmd of [["MULTI"], ["INCR", "ctr"], ["SETRANGE", "s", String(MAX_STRING - 1), "x"], ["INCR", "ctr2"]]
      ) await c.call(...cmd);
      const exec = await c.call("EXEC");
      const both = await c.call("MGET", "ctr", "ctr2");
      c.close();
      if (exec === null) return { ok: false, detail: "connection closed" };
      const asRedis = exec === `*3\r\n:1\r\n:${MAX_STRING}\r\n:1\r\n`;
      const whole = both === "*2\r\n$1\r\n1\r\n$1\r\n1\r\n";
      return { ok: whole, detail: asRedis ? "as Redis" : `EXEC ${JSON.stringify(exec.slice(0, 90))}` };
    },
  },
  {
    id: 10,
    title: "rename-command starts; CONFIG SET maxclients 2147483647 and pidfile refused as Redis",
    async run(ctx, rt) {
      const srv = await ctx.start(rt, ["--rename-command", "get", "fetch"]);
      const c = await ctx.connect(srv.port);
      await c.call("SET", "k", "v");
      const fetched = await c.call("FETCH", "k");
      const get = await c.call("GET", "k");
      const maxc = await c.call("CONFIG", "SET", "maxclients", "2147483647");
      const pid = await c.call("CONFIG", "SET", "pidfile", "/tmp/x.pid");
      c.close();
      const ok = fetched === "$1\r\nv\r\n" && get.startsWith("-ERR unknown command 'GET'") &&
        maxc.startsWith(
          "-ERR CONFIG SET failed (possibly related to argument 'maxclients') - The operating system is not able to handle",
        ) &&
        pid === "-ERR CONFIG SET failed (possibly related to argument 'pidfile') - can't set immutable config\r\n";
      return { ok, detail: ok ? "" : `${fetched.trim()} / ${get.trim()} / ${maxc.trim()} / ${pid.trim()}` };
    },
  },
];
