// CPU benchmark of the Lua engine against redis-server's Lua (issue 11): a numeric loop of 10^7 iterations,
// string building, table.sort of 10^5 numbers, and cjson encode/decode of a 10 KB document when the engine
// has cjson. Each workload runs in the engine on Node (from dist/, built by `npm run build`), Bun and Deno
// (from the TypeScript sources), and in redis-server via EVAL. Every side gets one untimed warm-up round, then
// ROUNDS timed rounds. Two tables: wall time and CPU time (the engine's whole process, so its GC and JIT
// threads count; redis-server's main thread, from INFO cpu), each cell the median of the rounds with its
// ratio to redis-server, and the best round in brackets. On a shared machine the CPU table is the steadier
// one: wall time there also counts the time the process waited for a core. The load average is printed.
//
//   node scripts/bench-lua.mjs [--runtimes node,bun,deno] [--rounds 5] [--engine-only]   (--engine-only prints JSON)
import { execFileSync, spawn } from "node:child_process";
import net from "node:net";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);

const CJSON_DOC =
  `local doc = {} for i = 1, 100 do doc[i] = {id = i, name = "item" .. i, tags = {"a", "b", "c"}, price = i * 1.25, ok = i % 2 == 0} end`;
export const WORKLOADS = {
  "numeric loop 1e7": "local s = 0 for i = 1, 10000000 do s = s + i % 7 end return s",
  "string building":
    `local t = {} for i = 1, 100000 do t[#t + 1] = "item" .. i .. ":" .. string.format("%05d", i % 1000) end
    local s = table.concat(t, ",") local n = 0 for w in string.gmatch(s, "[^,]+") do n = n + #w end
    local u = "" for i = 1, 2000 do u = u .. string.sub(s, i, i + 3) end return n + #u`,
  "table.sort 1e5":
    `local t = {} local x = 42 for i = 1, 100000 do x = (x * 1103515245 + 12345) % 2147483648 t[i] = x end
    table.sort(t) return t[1]`,
  "cjson 10 KB x100":
    `${CJSON_DOC} local n = 0 for i = 1, 100 do local s = cjson.encode(doc) n = n + #cjson.decode(s) end return n`,
};

const ROUNDS = Number(opt("--rounds", "5"));

/** Process CPU time in ms (user + system, all threads), or NaN where the runtime cannot tell. */
function processCpuMs() {
  const usage = globalThis.process?.cpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : NaN;
}

/** { workload: { wall: ms[], cpu: ms[] } } for this runtime; null for cjson when the engine has none. */
async function engineTimes() {
  const isBun = typeof globalThis.Bun !== "undefined";
  const isDeno = typeof globalThis.Deno !== "undefined";
  const mod = isBun || isDeno ? `${root}src/core/lua/state.ts` : `${root}dist/core/lua/state.js`;
  const { LuaState } = await import(mod);
  const out = {};
  for (const [name, source] of Object.entries(WORKLOADS)) {
    const state = new LuaState().openRedisLibraries();
    if (name.startsWith("cjson") && state.getGlobal("cjson") === undefined) {
      out[name] = null;
      continue;
    }
    const f = state.load(source, "@user_script");
    if ("error" in f) throw new Error(f.error);
    state.call(f); // warm-up round, as redis-server gets one
    const wall = [];
    const cpu = [];
    for (let round = 0; round < ROUNDS; round++) {
      const c0 = processCpuMs();
      const t0 = performance.now();
      state.call(f);
      wall.push(performance.now() - t0);
      cpu.push(processCpuMs() - c0);
    }
    out[name] = { wall, cpu };
  }
  return out;
}

if (args.includes("--engine-only")) {
  console.log(JSON.stringify(await engineTimes()));
} else {
  await main();
}

/** One command over a raw socket; resolves with the reply text (a line, or a bulk string's contents). */
function command(port, parts) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, "127.0.0.1");
    let req = `*${parts.length}\r\n`;
    for (const p of parts) req += `$${Buffer.byteLength(p)}\r\n${p}\r\n`;
    let reply = "";
    sock.on("connect", () => sock.write(req));
    sock.on("data", (d) => {
      reply += d.toString("latin1");
      const eol = reply.indexOf("\r\n");
      if (eol < 0) return;
      if (reply[0] === "$") {
        const n = Number(reply.slice(1, eol));
        if (n >= 0 && reply.length < eol + 2 + n + 2) return;
        sock.destroy();
        resolve(n < 0 ? "" : reply.slice(eol + 2, eol + 2 + n));
        return;
      }
      if (!reply.endsWith("\r\n")) return;
      sock.destroy();
      resolve(reply.trim());
    });
    sock.on("error", reject);
  });
}

/** One EVAL; resolves with the reply text. */
function evalScript(port, source) {
  return command(port, ["EVAL", source, "0"]);
}

/** redis-server's main-thread CPU time in ms (INFO cpu). */
async function redisCpuMs(port) {
  const info = await command(port, ["INFO", "cpu"]);
  const field = (name) => Number(new RegExp(`${name}:([0-9.]+)`).exec(info)[1]);
  return (field("used_cpu_user_main_thread") + field("used_cpu_sys_main_thread")) * 1000;
}

async function redisTimes() {
  const port = await freePort();
  const proc = spawn("redis-server", [
    "--port",
    String(port),
    "--save",
    "",
    "--appendonly",
    "no",
    "--bind",
    "127.0.0.1",
    "--busy-reply-threshold",
    "60000",
  ], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      await evalScript(port, "return 1");
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const out = {};
  try {
    await evalScript(port, "return 1");
    for (const [name, source] of Object.entries(WORKLOADS)) {
      const wall = [];
      const cpu = [];
      for (let round = -1; round < ROUNDS; round++) {
        const c0 = await redisCpuMs(port);
        const t0 = performance.now();
        const r = await evalScript(port, source);
        const elapsed = performance.now() - t0;
        const c1 = await redisCpuMs(port);
        if (r.startsWith("-")) throw new Error(`${name}: ${r}`);
        if (round < 0) continue; // the warm-up round
        wall.push(elapsed);
        cpu.push(c1 - c0);
      }
      out[name] = { wall, cpu };
    }
  } finally {
    proc.kill("SIGKILL");
  }
  return out;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function printTable(title, columns, kind) {
  const names = Object.keys(columns);
  console.log(`\n${title}\n`);
  console.log(`| workload | ${names.join(" | ")} |`);
  console.log(`|---|${names.map(() => "---").join("|")}|`);
  for (const w of Object.keys(WORKLOADS)) {
    const base = median(columns.redis[w][kind]);
    const cells = names.map((n) => {
      const r = columns[n][w];
      if (r === null || r === undefined || r[kind].some((x) => Number.isNaN(x))) return "n/a";
      const med = median(r[kind]);
      const best = `[${Math.min(...r[kind]).toFixed(0)}]`;
      return n === "redis" ? `${med.toFixed(0)} ${best}` : `${med.toFixed(0)} (${(med / base).toFixed(2)}x) ${best}`;
    });
    console.log(`| ${w} | ${cells.join(" | ")} |`);
  }
}

async function main() {
  const runtimes = opt("--runtimes", "node,bun,deno").split(",");
  const columns = { redis: await redisTimes() };
  for (const rt of runtimes) {
    try {
      if (rt === "node") columns.node = await engineTimes();
      else {
        const bin = `${root}node_modules/.bin/${rt}`;
        if (!existsSync(bin)) continue;
        const argv = rt === "deno"
          ? ["run", "-A", fileURLToPath(import.meta.url), "--engine-only"]
          : [fileURLToPath(import.meta.url), "--engine-only"];
        columns[rt] = JSON.parse(
          execFileSync(bin, argv, { encoding: "utf8", timeout: 600_000 }).trim().split("\n").pop(),
        );
      }
    } catch (e) {
      console.log(`(${rt} failed: ${e.message})`);
    }
  }
  const load = (await import("node:os")).loadavg().map((x) => x.toFixed(2)).join(" ");
  const rounds = `median of ${ROUNDS} rounds after a warm-up round; ratio to redis-server; [best round]`;
  printTable(`Lua engine vs redis-server's Lua: wall ms, ${rounds}`, columns, "wall");
  printTable(
    `CPU ms (the engine's process, GC and JIT threads included; redis-server's main thread), ${rounds}`,
    columns,
    "cpu",
  );
  console.log(`\nload average at the end: ${load} (${(await import("node:os")).availableParallelism()} cores)`);
}
