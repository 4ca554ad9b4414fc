/**
 * Persistence against the real thing: RDB files written here load in redis-server 7.0.15 (and pass
 * redis-check-rdb), files redis-server writes load here, DUMP payloads cross both ways, SIGTERM saves, a
 * corrupt file is refused, and Deno without file permissions runs in memory only. redis-server instances listen
 * on free ports (taken again if another process wins the port first). Value families that have not landed in this server yet are left out of the fixture
 * automatically (COMMAND INFO tells which exist).
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RawClient, serverCommand, startServer } from "../helpers/spawn.ts";
import type { Spawned } from "../helpers/spawn.ts";
import { ERR_PLAIN, ERR_SHUTDOWN_FAILED } from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

const root = fileURLToPath(new URL("../../", import.meta.url)).replace(/dist-test\/$/, "");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-persist-"));

after(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface RedisProc {
  port: number;
  proc: ChildProcess;
  client: RawClient;
  log: () => string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the kernel's pick for port 0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts Debian's redis-server on a free port, no save points unless given; another port if that one is taken. */
async function startRedis(dir: string, dbfilename: string, extra: string[] = []): Promise<RedisProc> {
  for (let attempt = 1;; attempt++) {
    try {
      return await startRedisOn(await freePort(), dir, dbfilename, extra);
    } catch (e) {
      if (attempt >= 5) throw e;
    }
  }
}

async function startRedisOn(port: number, dir: string, dbfilename: string, extra: string[]): Promise<RedisProc> {
  const logfile = path.join(dir, `redis-${port}.log`);
  const proc = spawn("redis-server", [
    "--port",
    String(port),
    "--dir",
    dir,
    "--dbfilename",
    dbfilename,
    "--save",
    "",
    "--logfile",
    logfile,
    ...extra,
  ], {
    stdio: "ignore",
  });
  const deadline = Date.now() + 10000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`redis-server on ${port} exited (port taken?)`);
    try {
      const client = await RawClient.connect(port);
      // Make sure it is the process we started, not a stray server on the same port.
      const info = (await client.call("INFO", "server"))!;
      if (!info.includes(`process_id:${proc.pid}\r\n`)) {
        client.close();
        throw new Error(`port ${port} is served by another process`);
      }
      // Wait until loading finished.
      for (;;) {
        const r = await client.call("PING");
        if (r === "+PONG\r\n") break;
        await new Promise((res) => setTimeout(res, 20));
      }
      return {
        port,
        proc,
        client,
        log: () => (fs.existsSync(logfile) ? fs.readFileSync(logfile, "latin1") : ""),
        stop: () =>
          new Promise<void>((res) => {
            client.close();
            if (proc.exitCode !== null) return res();
            proc.once("exit", () => res());
            proc.kill("SIGKILL");
          }),
      };
    } catch (e) {
      if (String(e).includes("another process") || Date.now() > deadline) {
        proc.kill("SIGKILL");
        throw new Error(`redis-server did not start on ${port}: ${e}`);
      }
      await new Promise((res) => setTimeout(res, 50));
    }
  }
}

async function startHere(
  dir: string,
  dbfilename: string,
  extra: string[] = [],
): Promise<{ srv: Spawned; client: RawClient }> {
  const srv = await startServer(["--dir", dir, "--dbfilename", dbfilename, ...extra]);
  return { srv, client: await RawClient.connect(srv.port) };
}

/** Splits a flat RESP array of bulk strings into its strings. */
function bulks(reply: string): string[] {
  const out: string[] = [];
  let p = reply.indexOf("\r\n") + 2;
  while (p < reply.length) {
    const eol = reply.indexOf("\r\n", p);
    const n = Number(reply.slice(p + 1, eol));
    out.push(reply.slice(eol + 2, eol + 2 + n));
    p = eol + 2 + n + 2;
  }
  return out;
}

/** The families this server implements, by a representative command. */
async function families(c: RawClient): Promise<Set<string>> {
  const out = new Set<string>(["string"]);
  for (
    const [fam, cmd] of [["list", "rpush"], ["hash", "hset"], ["set", "sadd"], ["zset", "zadd"], ["stream", "xadd"]]
  ) {
    const r = await c.call("COMMAND", "INFO", cmd);
    if (r !== null && r.startsWith("*1\r\n*10")) out.add(fam);
  }
  return out;
}

const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const randomBytes = (n: number, seed: number) => {
  let x = seed;
  let s = "";
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += String.fromCharCode((x >> 16) & 0xff);
  }
  return s;
};

/** Commands that build a dataset of every type and encoding that `fams` allows, and the keys they make. */
function fixture(fams: Set<string>): { cmds: string[][]; keys: string[] } {
  const cmds: string[][] = [
    ["SET", "s:int", "12345"],
    ["SET", "s:neg", "-5"],
    ["SET", "s:i64", "9223372036854775807"],
    ["SET", "s:bin", "\x00\xff\r\n\x80"],
    ["SET", "s:lzf", "abc".repeat(300)],
    ["SET", "s:random", randomBytes(300, 7)],
    ["SET", "s:empty", ""],
    ["SET", "s:float", "3.14"],
    ["SET", "s:lead0", "007"],
    ["SET", "\x00bin\xffkey", "v"],
    ["SET", "s:ttl", "v", "PX", "100000000"],
    ["SET", "s:i32", "-2147483648"],
    ["SET", "s:big", "x".repeat(100000)],
  ];
  if (fams.has("zset")) {
    cmds.push(
      ["ZADD", "z:small", "1", "a", "-2.5", "b", "inf", "c", "-inf", "d", "1e300", "e", "0.1", "f", "12345678901", "g"],
      ["ZADD", "z:big", ...range(200, (i) => [String(i * 1.5), `m${i}`]).flat()],
      ["ZADD", "z:longmember", "1", "y".repeat(100), "2", "short"],
      ["ZADD", "z:ttl", "1", "a"],
      ["PEXPIRE", "z:ttl", "100000000"],
    );
  }
  if (fams.has("list")) {
    cmds.push(
      ["RPUSH", "l:small", "a", "1", "-1", "x".repeat(100), "", "-4097", "70000", "9223372036854775807"],
      ["RPUSH", "l:big", ...range(3000, (i) => (i % 3 === 0 ? String(i * 1000) : `elem-${i}`))],
      ["RPUSH", "l:huge-elem", "z".repeat(20000), "b"],
    );
  }
  if (fams.has("hash")) {
    cmds.push(
      ["HSET", "h:small", "f1", "v1", "n", "42", "e", ""],
      ["HSET", "h:big", ...range(600, (i) => [`f${i}`, `v${i}`]).flat()],
      ["HSET", "h:longval", "f", "w".repeat(100)],
    );
  }
  if (fams.has("set")) {
    cmds.push(
      ["SADD", "set:int", "1", "2", "3", "-5", "1099511627776", "-9223372036854775808"],
      ["SADD", "set:str", "a", "b", "c"],
      ["SADD", "set:bigint", ...range(600, (i) => String(i))],
    );
  }
  if (fams.has("stream")) {
    cmds.push(
      ["XADD", "x:small", "1-1", "f", "v", "n", "42"],
      ...range(
        150,
        (i) => ["XADD", "x:big", `${i + 1}-0`, "f", String(i), ...(i % 10 === 0 ? ["g", "x".repeat(i)] : [])],
      ),
      ["XDEL", "x:big", "5-0", "120-0"],
      ["XGROUP", "CREATE", "x:big", "g1", "0"],
      ["XREADGROUP", "GROUP", "g1", "alice", "COUNT", "3", "STREAMS", "x:big", ">"],
      ["XGROUP", "CREATE", "x:big", "g2", "$", "ENTRIESREAD", "5"],
      ["XGROUP", "CREATECONSUMER", "x:big", "g2", "bob"],
      ["XGROUP", "CREATE", "x:empty", "g", "$", "MKSTREAM"],
    );
  }
  cmds.push(["SELECT", "5"], ["SET", "db5:key", "in five"], ["SELECT", "0"]);
  // Commands whose second argument is no key (XGROUP CREATE, XREADGROUP GROUP) name none here.
  const keys = [
    ...new Set(
      cmds.filter((c) => !["SELECT", "PEXPIRE", "XGROUP", "XREADGROUP"].includes(c[0]) && c[1] !== "db5:key").map((
        c,
      ) => c[1]),
    ),
  ];
  return { cmds, keys };
}

/** Every key's type, content (order-free types sorted), TTL bucket and (where known) encoding. */
async function view(c: RawClient, keys: string[], withEncoding: boolean): Promise<string[]> {
  const out: string[] = [];
  for (const k of keys) {
    const type = (await c.call("TYPE", k))!;
    let content: string;
    switch (type) {
      case "+string\r\n":
        content = (await c.call("GET", k))!;
        break;
      case "+list\r\n":
        content = (await c.call("LRANGE", k, "0", "-1"))!;
        break;
      case "+zset\r\n":
        content = (await c.call("ZRANGE", k, "0", "-1", "WITHSCORES"))!;
        break;
      case "+hash\r\n": {
        const flat = bulks((await c.call("HGETALL", k))!);
        const pairs: string[] = [];
        for (let i = 0; i < flat.length; i += 2) pairs.push(`${flat[i]}=${flat[i + 1]}`);
        content = pairs.sort().join(",");
        break;
      }
      case "+set\r\n":
        content = bulks((await c.call("SMEMBERS", k))!).sort().join(",");
        break;
      case "+stream\r\n":
        // Entries, counters and groups (XINFO's own fields, no delivery or seen times).
        content = (await c.call("XRANGE", k, "-", "+"))! + (await c.call("XINFO", "GROUPS", k))! +
          (await c.call("XINFO", "STREAM", k))!;
        break;
      default:
        content = "?";
    }
    const pttl = Number((await c.call("PTTL", k))!.slice(1, -2));
    const ttl = pttl < 0 ? String(pttl) : pttl > 99_000_000 ? "long" : "short";
    const enc = withEncoding ? (await c.call("OBJECT", "ENCODING", k))! : "";
    out.push(
      `${JSON.stringify(k)} ${type.trim()} ttl=${ttl} ${enc.trim()} ${
        content.length > 300 ? `${content.length}:${content.slice(0, 300)}` : content
      }`,
    );
  }
  await c.call("SELECT", "5");
  out.push(`db5 ${(await c.call("GET", "db5:key"))!.trim()}`);
  await c.call("SELECT", "0");
  return out;
}

async function apply(c: RawClient, cmds: string[][]): Promise<void> {
  for (const cmd of cmds) {
    const r = (await c.call(...cmd))!;
    assert.ok(!r.startsWith("-"), `${cmd[0]} ${cmd[1]}: ${r}`);
  }
}

let fams: Set<string>;
let hasObject: boolean;
before(async () => {
  const { srv, client } = await startHere(tmp, "probe.rdb");
  fams = await families(client);
  hasObject = (await client.call("COMMAND", "INFO", "object"))!.startsWith("*1\r\n*10");
  client.close();
  await srv.stop();
});

test("an RDB file written here passes redis-check-rdb and loads in redis-server with every key, TTL and encoding", async () => {
  const dir = fs.mkdtempSync(path.join(tmp, "w-"));
  const { cmds, keys } = fixture(fams);
  // The expected view, encodings included, from redis-server holding the same data.
  const ref = await startRedis(dir, "ref.rdb");
  await apply(ref.client, cmds);
  const expected = await view(ref.client, keys, true);
  await ref.stop();

  const { srv, client } = await startHere(dir, "here.rdb");
  await apply(client, cmds);
  assert.equal(await client.call("SAVE"), "+OK\r\n");
  client.close();
  await srv.stop();
  const check = execFileSync("redis-check-rdb", [path.join(dir, "here.rdb")], { encoding: "latin1" });
  assert.match(check, /RDB looks OK/);

  const r = await startRedis(dir, "here.rdb");
  try {
    assert.deepEqual(await view(r.client, keys, true), expected);
  } finally {
    await r.stop();
  }
});

test("an RDB file written by redis-server loads here with every key and TTL", async () => {
  const dir = fs.mkdtempSync(path.join(tmp, "r-"));
  const { cmds, keys } = fixture(fams);
  const r = await startRedis(dir, "theirs.rdb");
  await apply(r.client, cmds);
  const expected = await view(r.client, keys, hasObject);
  assert.equal(await r.client.call("SAVE"), "+OK\r\n");
  await r.stop();

  const { srv, client } = await startHere(dir, "theirs.rdb");
  try {
    assert.deepEqual(await view(client, keys, hasObject), expected);
    assert.match(srv.output(), /Done loading RDB, keys loaded: \d+, keys expired: 0\./);
  } finally {
    client.close();
    await srv.stop();
  }
});

test("DUMP payloads cross both ways: RESTORE here of redis-server's DUMP and the reverse", async () => {
  const dir = fs.mkdtempSync(path.join(tmp, "d-"));
  const { cmds, keys } = fixture(fams);
  const r = await startRedis(dir, "x.rdb");
  const { srv, client } = await startHere(dir, "y.rdb");
  try {
    await apply(r.client, cmds);
    await apply(client, cmds);
    const expected = await view(r.client, keys, hasObject);
    for (const k of keys) {
      const theirs = (await r.client.call("DUMP", k))!;
      const ours = (await client.call("DUMP", k))!;
      const payload = (reply: string) => reply.slice(reply.indexOf("\r\n") + 2, -2);
      assert.equal(
        await client.call("RESTORE", k, "0", payload(theirs), "REPLACE"),
        "+OK\r\n",
        `RESTORE here of ${JSON.stringify(k)}`,
      );
      assert.equal(
        await r.client.call("RESTORE", k, "0", payload(ours), "REPLACE"),
        "+OK\r\n",
        `RESTORE in redis of ${JSON.stringify(k)}`,
      );
    }
    // RESTORE with TTL 0 drops the TTLs: compare without them.
    const noTtl = (v: string[]) => v.map((l) => l.replace(/ ttl=\S+/, ""));
    assert.deepEqual(noTtl(await view(client, keys, hasObject)), noTtl(expected));
    assert.deepEqual(noTtl(await view(r.client, keys, hasObject)), noTtl(expected));
  } finally {
    client.close();
    await srv.stop();
    await r.stop();
  }
});

test("SIGTERM saves when save points are set, and the next start loads the snapshot", async () => {
  const dir = fs.mkdtempSync(path.join(tmp, "t-"));
  const a = await startHere(dir, "dump.rdb", ["--save", "3600 1"]);
  await a.client.call("SET", "survives", "yes");
  a.client.close();
  await a.srv.stop();
  assert.match(a.srv.output(), /Saving the final RDB snapshot before exiting[\s\S]*DB saved on disk/);
  const b = await startHere(dir, "dump.rdb");
  try {
    assert.equal(await b.client.call("GET", "survives"), "$3\r\nyes\r\n");
  } finally {
    b.client.close();
    await b.srv.stop();
  }
});

test("BGSAVE serves clients while it writes and LASTSAVE moves when it is done", async () => {
  const dir = fs.mkdtempSync(path.join(tmp, "b-"));
  const { srv, client } = await startHere(dir, "bg.rdb");
  try {
    const lastBefore = (await client.call("LASTSAVE"))!;
    const pipe: string[] = [];
    for (let i = 0; i < 50000; i++) {
      pipe.push(`*3\r\n$3\r\nSET\r\n$${String(i).length + 2}\r\nk:${i}\r\n$20\r\n${"v".repeat(20)}\r\n`);
    }
    client.write(pipe.join(""));
    for (let i = 0; i < 50000; i++) await client.reply();
    assert.equal(await client.call("BGSAVE"), "+Background saving started\r\n");
    assert.equal(await client.call("PING"), "+PONG\r\n");
    for (let i = 0; i < 200; i++) {
      const info = (await client.call("INFO", "persistence"))!;
      if (info.includes("rdb_bgsave_in_progress:0")) break;
      await new Promise((res) => setTimeout(res, 25));
    }
    assert.match((await client.call("INFO", "persistence"))!, /rdb_last_bgsave_status:ok/);
    assert.ok(Number((await client.call("LASTSAVE"))!.slice(1, -2)) >= Number(lastBefore.slice(1, -2)));
    const check = execFileSync("redis-check-rdb", [path.join(dir, "bg.rdb")], { encoding: "latin1" });
    assert.match(check, /50000 keys read/);
  } finally {
    client.close();
    await srv.stop();
  }
});

test("a corrupt RDB file is refused: the server logs why and exits with status 1", async () => {
  const dir = fs.mkdtempSync(path.join(tmp, "c-"));
  const a = await startHere(dir, "dump.rdb");
  await a.client.call("SET", "k", "v".repeat(50));
  await a.client.call("SAVE");
  a.client.close();
  await a.srv.stop();
  const file = path.join(dir, "dump.rdb");
  const data = fs.readFileSync(file);
  data[data.length - 12] ^= 0xff; // inside the last record
  fs.writeFileSync(file, data);
  await assert.rejects(
    startServer(["--dir", dir]),
    /exited with 1[\s\S]*(checksum|Short read|Invalid|Internal error)/i,
  );
  fs.writeFileSync(file, data.subarray(0, data.length - 20));
  await assert.rejects(startServer(["--dir", dir]), /exited with 1[\s\S]*Short read/);
});

test("Deno with only --allow-net runs with persistence off and says so", async () => {
  const deno = `${root}node_modules/.bin/deno`;
  const proc = spawn(deno, ["run", "--allow-net", "--allow-env", `${root}src/runtime/deno.ts`, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const timer = setTimeout(() => proc.kill("SIGKILL"), 30000);
  let out = "";
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no ready line: ${out}`)), 20000);
    const on = (d: Uint8Array) => {
      out += new TextDecoder().decode(d);
      if (/ready to accept connections/.test(out)) {
        clearTimeout(t);
        resolve();
      }
    };
    proc.stdout!.on("data", on);
    proc.stderr!.on("data", on);
  });
  const port = Number(/:(\d+)\s*$/m.exec(out)![1]);
  const c = await RawClient.connect(port);
  assert.equal(await c.call("SAVE"), errorReply(ERR_PLAIN));
  assert.equal(await c.call("SHUTDOWN", "SAVE"), errorReply(ERR_SHUTDOWN_FAILED));
  c.close();
  // With the default save points, a signal still stops it: there is nothing it could save.
  await new Promise<void>((res) => {
    proc.once("exit", () => res());
    proc.kill("SIGTERM");
  });
  assert.match(out, /Persistence is off: Deno was started without --allow-read and --allow-write/);
  assert.match(out, /Not saving the DB on shutdown: persistence is off/);
  clearTimeout(timer);
});

test("an AOF directory written here loads in redis-server, and one redis-server wrote loads here", async () => {
  const { cmds, keys } = fixture(fams);
  const extra = [["EXPIRE", "s:int", "100000000"], ["DEL", "s:neg"], ["RPUSH", "l:tail", "a", "b"], ["LPOP", "l:tail"]]
    .filter(
      (c) => fams.has("list") || c[0] !== "RPUSH" && c[0] !== "LPOP",
    );
  const all = [...cmds, ...extra, ...(fams.has("list") ? [] : [])];
  const allKeys = [...keys, "l:tail"];
  // Here -> redis-server.
  const dir = fs.mkdtempSync(path.join(tmp, "aof-w-"));
  const a = await startHere(dir, "dump.rdb", ["--appendonly", "yes"]);
  await apply(a.client, all);
  assert.equal(await a.client.call("BGREWRITEAOF"), "+Background append only file rewriting started\r\n");
  await apply(a.client, [["SET", "after:rewrite", "1"], ["INCR", "after:rewrite"]]);
  for (let i = 0; i < 200; i++) {
    if ((await a.client.call("INFO", "persistence"))!.includes("aof_rewrite_in_progress:0")) break;
    await new Promise((res) => setTimeout(res, 20));
  }
  const expected = await view(a.client, [...allKeys, "after:rewrite"], false);
  a.client.close();
  await a.srv.stop();
  const manifest = fs.readFileSync(path.join(dir, "appendonlydir", "appendonly.aof.manifest"), "latin1");
  assert.equal(manifest, "file appendonly.aof.2.base.rdb seq 2 type b\nfile appendonly.aof.2.incr.aof seq 2 type i\n");
  const check = execFileSync("redis-check-aof", [path.join(dir, "appendonlydir", "appendonly.aof.manifest")], {
    encoding: "latin1",
  });
  assert.match(check, /All AOF files and manifest are valid/);
  const r = await startRedis(dir, "dump.rdb", ["--appendonly", "yes"]);
  try {
    assert.deepEqual(await view(r.client, [...allKeys, "after:rewrite"], false), expected);
  } finally {
    await r.stop();
  }
  // redis-server -> here.
  const dir2 = fs.mkdtempSync(path.join(tmp, "aof-r-"));
  const r2 = await startRedis(dir2, "dump.rdb", ["--appendonly", "yes", "--appendfsync", "always"]);
  await apply(r2.client, all);
  const theirs = await view(r2.client, allKeys, false);
  await r2.stop();
  const b = await startHere(dir2, "dump.rdb", ["--appendonly", "yes"]);
  try {
    assert.deepEqual(await view(b.client, allKeys, false), theirs);
    assert.match(b.srv.output(), /DB loaded from append only file/);
  } finally {
    b.client.close();
    await b.srv.stop();
  }
});

test("with appendfsync always, every acknowledged write survives kill -9", async () => {
  const dir = fs.mkdtempSync(path.join(tmp, "aof-k-"));
  const a = await startHere(dir, "dump.rdb", ["--appendonly", "yes", "--appendfsync", "always"]);
  let acked = 0;
  const writer = (async () => {
    for (let i = 0;; i++) {
      const r = await a.client.call("SET", `k${i}`, String(i)).catch(() => null);
      if (r !== "+OK\r\n") break;
      acked = i + 1;
    }
  })();
  // Killed once a good number of writes were acknowledged, however slow the machine is.
  for (let i = 0; i < 2000 && acked < 200; i++) await new Promise((res) => setTimeout(res, 10));
  a.srv.proc.kill("SIGKILL");
  await writer;
  await new Promise((res) =>
    a.srv.proc.exitCode !== null || a.srv.proc.signalCode !== null ? res(null) : a.srv.proc.once("exit", res)
  );
  assert.ok(acked > 10, `only ${acked} writes acknowledged`);
  const b = await startHere(dir, "dump.rdb", ["--appendonly", "yes"]);
  try {
    const n = Number((await b.client.call("DBSIZE"))!.slice(1, -2));
    assert.ok(n >= acked, `${n} keys after restart, ${acked} acknowledged`);
    assert.equal(await b.client.call("GET", `k${acked - 1}`), `$${String(acked - 1).length}\r\n${acked - 1}\r\n`);
  } finally {
    b.client.close();
    await b.srv.stop();
  }
});

test("kill -9 during SAVE leaves the previous snapshot loadable", async () => {
  const dir = fs.mkdtempSync(path.join(tmp, "k-"));
  const a = await startHere(dir, "dump.rdb");
  await a.client.call("SET", "old", "snapshot");
  assert.equal(await a.client.call("SAVE"), "+OK\r\n");
  const pipe: string[] = [];
  for (let i = 0; i < 200000; i++) {
    pipe.push(`*3\r\n$3\r\nSET\r\n$${String(i).length + 2}\r\nk:${i}\r\n$40\r\n${"v".repeat(40)}\r\n`);
  }
  a.client.write(pipe.join(""));
  for (let i = 0; i < 200000; i++) await a.client.reply(20000);
  a.client.send("SAVE");
  await new Promise((res) => setTimeout(res, 30));
  a.srv.proc.kill("SIGKILL");
  await new Promise((res) =>
    a.srv.proc.exitCode !== null || a.srv.proc.signalCode !== null ? res(null) : a.srv.proc.once("exit", res)
  );
  a.client.close();
  const b = await startHere(dir, "dump.rdb");
  try {
    assert.equal(await b.client.call("GET", "old"), "$8\r\nsnapshot\r\n");
    const n = Number((await b.client.call("DBSIZE"))!.slice(1, -2));
    assert.ok(n === 1 || n === 200001, `a whole snapshot, old or new: ${n} keys`);
  } finally {
    b.client.close();
    await b.srv.stop();
  }
});

test("with appendfsync everysec, kill -9 loses at most about the last second of acknowledged writes", async () => {
  const dir = fs.mkdtempSync(path.join(tmp, "aof-e-"));
  const a = await startHere(dir, "dump.rdb", ["--appendonly", "yes", "--appendfsync", "everysec"]);
  const ackedAt: number[] = [];
  const writer = (async () => {
    for (let i = 0;; i++) {
      const r = await a.client.call("SET", `k${i}`, String(i)).catch(() => null);
      if (r !== "+OK\r\n") break;
      ackedAt.push(Date.now());
    }
  })();
  // Long enough that, even on a loaded machine, writes were acknowledged well over a second before the kill.
  await new Promise((res) => setTimeout(res, 3000));
  const killedAt = Date.now();
  a.srv.proc.kill("SIGKILL");
  await writer;
  await new Promise((res) =>
    a.srv.proc.exitCode !== null || a.srv.proc.signalCode !== null ? res(null) : a.srv.proc.once("exit", res)
  );
  const b = await startHere(dir, "dump.rdb", ["--appendonly", "yes"]);
  try {
    const n = Number((await b.client.call("DBSIZE"))!.slice(1, -2));
    const mustHave = ackedAt.filter((t) => t < killedAt - 1200).length;
    assert.ok(
      mustHave > 0 && n >= mustHave,
      `${n} keys after restart; ${mustHave} were acknowledged more than 1.2 s before the kill`,
    );
    if (mustHave > 0) assert.equal(await b.client.call("EXISTS", `k${mustHave - 1}`), ":1\r\n");
  } finally {
    b.client.close();
    await b.srv.stop();
  }
});

test("a dir that does not exist stops the server at startup, as Redis's chdir does", async () => {
  await assert.rejects(
    startServer(["--dir", path.join(tmp, "no-such-dir")]),
    /exited with 1[\s\S]*Can't chdir to '.*no-such-dir': No such file or directory/,
  );
});

test("clients connecting while a large snapshot loads get -LOADING, then the data", async () => {
  const dir = fs.mkdtempSync(path.join(tmp, "l-"));
  const r = await startRedis(dir, "big.rdb", ["--enable-debug-command", "yes"]);
  assert.equal(await r.client.call("DEBUG", "POPULATE", "600000"), "+OK\r\n");
  assert.equal(await r.client.call("SAVE"), "+OK\r\n");
  await r.stop();
  const port = await freePort();
  const { cmd, args } = serverCommand();
  const proc = spawn(cmd, [...args, "--port", String(port), "--save", "", "--dir", dir, "--dbfilename", "big.rdb"], {
    stdio: "ignore",
  });
  try {
    let client: RawClient | null = null;
    for (let i = 0; i < 400 && client === null; i++) {
      client = await RawClient.connect(port).catch(() => null);
      if (client === null) await new Promise((res) => setTimeout(res, 10));
    }
    assert.ok(client, "the server listens while it loads");
    // 600,000 keys take a good fraction of a second to load: the first commands arrive meanwhile. A loaded
    // machine can starve the server for seconds between its load slices: replies get a generous deadline.
    const call = (...argv: string[]) => {
      client!.send(...argv);
      return client!.reply(60000);
    };
    const first = (await call("GET", "key:1"))!;
    const info = (await call("INFO", "persistence"))!;
    assert.equal(first, "-LOADING Redis is loading the dataset in memory\r\n");
    assert.match(info, /loading:1\r\n[\s\S]*loading_loaded_perc:/);
    let reply = first;
    for (let i = 0; i < 2400 && reply.startsWith("-LOADING"); i++) {
      await new Promise((res) => setTimeout(res, 50));
      reply = (await call("GET", "key:1"))!;
    }
    assert.equal(reply, "$7\r\nvalue:1\r\n");
    assert.equal(await call("DBSIZE"), ":600000\r\n");
    client.close();
  } finally {
    proc.kill("SIGKILL");
  }
});
