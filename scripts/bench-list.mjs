#!/usr/bin/env node
/**
 * List memory benchmark: RPUSHes `--elements` small values (the decimal numbers 0..99, as counters and IDs
 * queued in a list tend to be) into one list, 1,000 per command over one pipelined connection, then checks
 * LLEN. Works against redis-server and this server alike; prints one JSON object. The caller measures the
 * server's resident memory around it (bench.mjs).
 *
 *   node scripts/bench-list.mjs --port 6379 [--host 127.0.0.1] [--elements 10000000] [--key bench:list]
 *
 * Plain Node ESM, node:net only. The key is deleted before the load (not after: the caller measures it).
 */
import net from "node:net";

function parseArgs(argv) {
  const opts = { host: "127.0.0.1", port: 6379, elements: 10_000_000, key: "bench:list" };
  for (let i = 2; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, "");
    if (!(name in opts)) throw new RangeError(`unknown option --${name}`);
    opts[name] = name === "host" || name === "key" ? argv[i + 1] : Number(argv[i + 1]);
  }
  return opts;
}

const PER_COMMAND = 1000;
/** Commands in flight at once: enough to keep the server busy, few enough to keep its input buffer small. */
const WINDOW = 16;

function command(args) {
  let s = `*${args.length}\r\n`;
  for (const a of args) s += `$${Buffer.byteLength(a)}\r\n${a}\r\n`;
  return s;
}

async function main() {
  const opts = parseArgs(process.argv);
  const sock = net.connect(opts.port, opts.host);
  sock.setNoDelay(true);
  await new Promise((resolve, reject) => {
    sock.once("connect", resolve);
    sock.once("error", reject);
  });
  // Every reply here is one line (":n\r\n" or "+OK\r\n"), so counting LFs counts replies.
  let replies = 0;
  let wake = null;
  let lastLine = "";
  sock.on("data", (d) => {
    for (let i = 0; i < d.length; i++) if (d[i] === 10) replies++;
    lastLine = d.toString("latin1").trimEnd().split("\r\n").pop();
    if (wake) wake();
  });
  const until = (n) =>
    new Promise((resolve) => {
      const check = () => {
        if (replies >= n) {
          wake = null;
          resolve();
        } else wake = check;
      };
      check();
    });
  sock.write(command(["DEL", opts.key]));
  await until(1);
  const t0 = performance.now();
  let sent = 1;
  for (let pushed = 0; pushed < opts.elements; pushed += PER_COMMAND) {
    const args = ["RPUSH", opts.key];
    const end = Math.min(opts.elements, pushed + PER_COMMAND);
    for (let i = pushed; i < end; i++) args.push(String(i % 100));
    sock.write(command(args));
    sent++;
    if (sent - replies > WINDOW) await until(sent - WINDOW);
  }
  await until(sent);
  const seconds = (performance.now() - t0) / 1000;
  sock.write(command(["LLEN", opts.key]));
  await until(sent + 1);
  sock.end();
  const length = Number(lastLine.slice(1));
  if (length !== opts.elements) throw new Error(`LLEN ${length}, expected ${opts.elements}`);
  console.log(
    JSON.stringify({ elements: opts.elements, length, seconds, elementsPerSec: Math.round(opts.elements / seconds) }),
  );
}

await main();
