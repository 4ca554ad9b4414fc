/**
 * Issue 17, persistence items: 1 (FLUSHALL during a finishing BGSAVE), 3 (acknowledged writes survive kill -9
 * under everysec), 4 (AOF write errors: MISCONF under everysec, exit under always, resume when space returns),
 * 9 (a missing manifest leaves the .incr.aof alone). Each also runs against `redis` (redis-server) with
 * `--runtimes redis`, which is how the expectations were checked.
 */
import fs from "node:fs";
import path from "node:path";

/** Flags a probe needs that redis-server spells the same way. */
const AOF = ["--appendonly", "yes"];

async function pingOk(c) {
  return (await c.call("PING")) === "+PONG\r\n";
}

/**
 * Runs `probe(dir)` with `dir` on a 4 MB tmpfs (needs root) that a 3 MB ballast file will fill, then unmounts
 * it; skips where no tmpfs can be mounted.
 */
async function onSmallDisk(ctx, probe) {
  const dir = ctx.tmpdir();
  if ((await ctx.run("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", dir])) !== 0) {
    return { skip: "cannot mount a tmpfs" };
  }
  try {
    return await probe(dir);
  } finally {
    await ctx.run("umount", ["-l", dir]);
  }
}

export const probes = [
  {
    id: 1,
    title: "FLUSHALL/FLUSHDB/SWAPDB while a BGSAVE finishes: no crash",
    async run(ctx, rt) {
      const srv = await ctx.start(rt);
      const c = await ctx.connect(srv.port);
      const big = "x".repeat(1 << 20);
      for (let round = 0; round < 20; round++) {
        for (let i = 0; i < 4; i++) await c.call("SET", `k${i}`, big);
        await c.call(round % 2 === 0 ? "BGSAVE" : "BGREWRITEAOF");
        for (const cmd of [["FLUSHALL"], ["FLUSHDB"], ["SWAPDB", "0", "1"], ["FLUSHALL"]]) {
          const r = await c.call(...cmd);
          if (r === null) return { ok: false, detail: `connection lost at round ${round} on ${cmd[0]}` };
        }
        await ctx.sleep(5);
      }
      const alive = await pingOk(c);
      c.close();
      await srv.stop();
      return { ok: alive, detail: alive ? "20 rounds" : "server gone" };
    },
  },
  {
    id: 3,
    title: "appendfsync everysec: kill -9 loses no acknowledged write",
    async run(ctx, rt) {
      const dir = ctx.tmpdir();
      const srv = await ctx.start(rt, [...AOF, "--appendfsync", "everysec"], { dir });
      const clients = [];
      for (let i = 0; i < 8; i++) clients.push(await ctx.connect(srv.port));
      const acked = new Array(clients.length).fill(0);
      let stop = false;
      const loops = clients.map(async (c, i) => {
        while (!stop) {
          // Pipelines of 16: the replies of a burst are acknowledged together.
          for (let j = 0; j < 16; j++) c.send("INCR", `ctr${i}`);
          for (let j = 0; j < 16; j++) {
            const r = await c.reply();
            if (r === null) return;
            const n = Number(r.slice(1, -2));
            if (n > acked[i]) acked[i] = n;
          }
        }
      });
      await ctx.sleep(1500);
      await srv.kill9();
      stop = true;
      await Promise.all(loops);
      for (const c of clients) c.close();
      const again = await ctx.start(rt, [...AOF], { dir });
      const c = await ctx.connect(again.port);
      let lost = 0;
      let total = 0;
      for (let i = 0; i < clients.length; i++) {
        const v = Number((await c.call("GET", `ctr${i}`)).split("\r\n")[1] ?? 0) || 0;
        total += acked[i];
        if (v < acked[i]) lost += acked[i] - v;
      }
      c.close();
      await again.stop();
      return { ok: lost === 0 && total > 0, detail: `${lost} of ${total} acknowledged INCRs lost` };
    },
  },
  {
    id: "4a",
    title: "AOF write error under everysec: MISCONF, then OK once space returns",
    run: (ctx, rt) =>
      onSmallDisk(ctx, async (dir) => {
        const ballast = path.join(dir, "ballast");
        const srv = await ctx.start(rt, [...AOF, "--appendfsync", "everysec"], { dir });
        const c = await ctx.connect(srv.port);
        fs.writeFileSync(ballast, Buffer.alloc(3 << 20));
        const value = "v".repeat(64 * 1024);
        let misconf = "";
        for (let i = 0; i < 200 && misconf === ""; i++) {
          const r = await c.call("SET", `k${i}`, value);
          if (r === null) return { ok: false, detail: "server gone" };
          if (r.startsWith("-MISCONF")) misconf = r.trim();
          else await ctx.sleep(10);
        }
        const readOk = (await c.call("GET", "k0")) !== null;
        fs.rmSync(ballast);
        let resumed = false;
        for (let i = 0; i < 60 && !resumed; i++) {
          await ctx.sleep(100);
          resumed = (await c.call("SET", "after", "1")) === "+OK\r\n";
        }
        c.close();
        await srv.stop();
        const ok = misconf.startsWith("-MISCONF Errors writing to the AOF file: ") && readOk && resumed;
        return { ok, detail: `${misconf.slice(0, 70) || "no MISCONF"}; resumed: ${resumed}` };
      }),
  },
  {
    id: "4b",
    title: "AOF write error under always: exits, and the AOF stays loadable",
    run: (ctx, rt) =>
      onSmallDisk(ctx, async (dir) => {
        const srv = await ctx.start(rt, [...AOF, "--appendfsync", "always"], { dir });
        const c = await ctx.connect(srv.port);
        fs.writeFileSync(path.join(dir, "ballast"), Buffer.alloc(3 << 20));
        const value = "v".repeat(50000);
        let acked = 0;
        for (let i = 0; i < 200; i++) {
          const r = await c.call("SET", `k${i}`, value);
          if (r === null) break;
          if (r === "+OK\r\n") acked++;
        }
        const code = await Promise.race([srv.exited, ctx.sleep(5000).then(() => "still running")]);
        const said = /Can't recover from AOF write error when the AOF fsync policy is 'always'. Exiting.../.test(
          srv.output(),
        );
        c.close();
        fs.rmSync(path.join(dir, "ballast"));
        const again = await ctx.start(rt, [...AOF], { dir });
        const c2 = await ctx.connect(again.port);
        const n = Number((await c2.call("DBSIZE")).slice(1, -2));
        c2.close();
        await again.stop();
        const ok = code === 1 && said && n >= acked;
        return { ok, detail: `exit ${code}, log line ${said ? "yes" : "no"}, ${acked} acknowledged, ${n} loaded` };
      }),
  },
  {
    id: 9,
    title: "missing AOF manifest: the .incr.aof is left alone",
    async run(ctx, rt) {
      const dir = ctx.tmpdir();
      const aofdir = path.join(dir, "appendonlydir");
      fs.mkdirSync(aofdir);
      const incr = path.join(aofdir, "appendonly.aof.1.incr.aof");
      const text = "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n";
      fs.writeFileSync(incr, text);
      const srv = await ctx.start(rt, [...AOF], { dir });
      const c = await ctx.connect(srv.port);
      const n = await c.call("DBSIZE");
      c.close();
      await srv.stop();
      const kept = fs.readFileSync(incr, "latin1").startsWith(text);
      return { ok: kept && n === ":0\r\n", detail: `incr file ${kept ? "kept" : "truncated"}, DBSIZE ${n?.trim()}` };
    },
  },
];
