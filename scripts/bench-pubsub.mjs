#!/usr/bin/env node
// Pub/Sub fan-out: 1 publisher, 50 subscribers on one channel. The publisher pipelines PUBLISH in batches;
// we count messages delivered to all subscribers per second. redis-server and this server (Node; --only to
// choose runtimes) in the same run. Usage: node scripts/bench-pubsub.mjs [--compare] [--quick] [--only node,bun,deno]
import { spawn } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1].split(",") : ["node"];
const SUBSCRIBERS = 50;
const MESSAGES = quick ? 20_000 : 100_000;
const bin = (name) => `${root}node_modules/.bin/${name}`;
const targets = {
  redis: (port) => ["redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"]],
  node: (port) => [process.execPath, [`${root}dist/node.js`, "--port", String(port), "--save", ""]],
  bun: (port) => [bin("bun"), [`${root}src/runtime/bun.ts`, "--port", String(port), "--save", ""]],
  deno: (
    port,
  ) => [bin("deno"), ["run", "--allow-net", `${root}src/runtime/deno.ts`, "--port", String(port), "--save", ""]],
};

const freePort = () =>
  new Promise((res) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
const connect = (port) =>
  new Promise((res, rej) => {
    const s = net.connect(port, "127.0.0.1", () => res(s));
    s.once("error", rej);
  });

async function start(name) {
  const port = await freePort();
  const [cmd, argv] = targets[name](port);
  const proc = spawn(cmd, argv, { stdio: "ignore" });
  for (let i = 0; i < 200; i++) {
    try {
      (await connect(port)).destroy();
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    port,
    stop: () =>
      new Promise((r) => {
        proc.once("exit", r);
        proc.kill("SIGKILL");
      }),
  };
}

async function run(port) {
  const payload = "m".repeat(32);
  const frame = `*3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$${payload.length}\r\n${payload}\r\n`;
  let delivered = 0;
  const subs = [];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const s = await connect(port);
    await new Promise((res) => {
      s.once("data", () => res());
      s.write("*2\r\n$9\r\nSUBSCRIBE\r\n$2\r\nch\r\n");
    });
    let carry = 0;
    s.on("data", (d) => {
      // Count whole message frames by bytes: every frame has the same size.
      carry += d.length;
      delivered += Math.floor(carry / frame.length);
      carry %= frame.length;
    });
    subs.push(s);
  }
  const pub = await connect(port);
  const cmd = `*3\r\n$7\r\nPUBLISH\r\n$2\r\nch\r\n$${payload.length}\r\n${payload}\r\n`;
  const batch = cmd.repeat(100);
  const total = MESSAGES * SUBSCRIBERS;
  const t0 = performance.now();
  let acked = 0;
  let sent = 0;
  await new Promise((resolve, reject) => {
    pub.on("data", (d) => {
      for (let i = 0; i < d.length; i++) if (d[i] === 10) acked++;
      while (sent < MESSAGES && sent - acked < 2000) {
        pub.write(batch);
        sent += 100;
      }
    });
    while (sent < 2000) {
      pub.write(batch);
      sent += 100;
    }
    let last = -1;
    let lastChange = performance.now();
    const check = setInterval(() => {
      if (delivered !== last) {
        last = delivered;
        lastChange = performance.now();
      }
      if (delivered >= total) {
        clearInterval(check);
        resolve();
      } else if (performance.now() - lastChange > 5000) {
        clearInterval(check);
        reject(new Error(`stalled at ${delivered}/${total} deliveries`));
      }
    }, 5);
  });
  const secs = (performance.now() - t0) / 1000;
  pub.destroy();
  subs.forEach((s) => s.destroy());
  return delivered / secs;
}

const rows = {};
for (const name of ["redis", ...only]) {
  const s = await start(name);
  try {
    rows[name] = await run(s.port);
  } catch (e) {
    rows[name] = NaN;
    console.error(`${name}: ${e.message}`);
  } finally {
    await s.stop();
  }
}
console.log(
  `| Pub/Sub fan-out (1 publisher, ${SUBSCRIBERS} subscribers, ${
    MESSAGES.toLocaleString("en")
  } messages) | delivered msg/s | ratio |`,
);
console.log("|---|---|---|");
for (const [n, v] of Object.entries(rows)) {
  console.log(`| ${n} | ${Math.round(v).toLocaleString("en")} | ${(v / rows.redis).toFixed(2)} |`);
}
