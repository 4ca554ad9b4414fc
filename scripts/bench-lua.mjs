// CPU benchmark of the Lua engine against redis-server's Lua (issue 11): a numeric loop of 10^7 iterations,
// string building, table.sort of 10^5 numbers, and cjson encode/decode of a 10 KB document when the engine
// has cjson. Each workload runs in the engine on Node (from dist/, built by `npm run build`), Bun and Deno
// (from the TypeScript sources), and in redis-server via EVAL; the table shows milliseconds (best of 5: on a
// shared machine the minimum is the steadiest figure) and the ratio to redis-server.
//
//   node scripts/bench-lua.mjs [--runtimes node,bun,deno] [--engine-only]   (--engine-only prints JSON)
import { execFileSync, spawn } from "node:child_process";
import net from "node:net";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

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
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      const t0 = performance.now();
      state.call(f);
      best = Math.min(best, performance.now() - t0);
    }
    out[name] = best;
  }
  return out;
}

if (args.includes("--engine-only")) {
  console.log(JSON.stringify(await engineTimes()));
} else {
  await main();
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** One EVAL over a raw socket; resolves with the reply text. */
function evalScript(port, source) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, "127.0.0.1");
    const parts = ["EVAL", source, "0"];
    let req = `*${parts.length}\r\n`;
    for (const p of parts) req += `$${Buffer.byteLength(p)}\r\n${p}\r\n`;
    let reply = "";
    sock.on("connect", () => sock.write(req));
    sock.on("data", (d) => {
      reply += d.toString();
      if (reply.endsWith("\r\n")) {
        sock.destroy();
        resolve(reply.trim());
      }
    });
    sock.on("error", reject);
  });
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
      let best = Infinity;
      for (let round = 0; round < 5; round++) {
        const t0 = performance.now();
        const r = await evalScript(port, source);
        if (r.startsWith("-")) throw new Error(`${name}: ${r}`);
        best = Math.min(best, performance.now() - t0);
      }
      out[name] = best;
    }
  } finally {
    proc.kill("SIGKILL");
  }
  return out;
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
  const names = Object.keys(columns);
  console.log(`\nLua engine vs redis-server's Lua (ms, best of 5; ratio to redis-server)\n`);
  console.log(`| workload | ${names.join(" | ")} |`);
  console.log(`|---|${names.map(() => "---").join("|")}|`);
  for (const w of Object.keys(WORKLOADS)) {
    const base = columns.redis[w];
    const cells = names.map((n) => {
      const v = columns[n][w];
      if (v === null || v === undefined) return "n/a";
      return n === "redis" ? v.toFixed(0) : `${v.toFixed(0)} (${(v / base).toFixed(2)}x)`;
    });
    console.log(`| ${w} | ${cells.join(" | ")} |`);
  }
}
