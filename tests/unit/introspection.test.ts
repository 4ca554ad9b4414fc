/**
 * SLOWLOG and LATENCY on a clock the test moves (DEBUG SLEEP advances the ManualHost's clocks, as a blocked
 * process would see them), DEBUG's protection by enable-debug-command, the slow log's trimming and
 * redaction, and LATENCY GRAPH/DOCTOR texts.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import { latencyDoctor, latencyGraph, LatencyMonitor } from "../../src/core/latency.ts";

const DEBUG_ON: [string, string][] = [["enable-debug-command", "yes"]];

/** A bulk string's RESP2 bytes. */
const bulk = (s: string) => `$${s.length}\r\n${s}\r\n`;

test("DEBUG is refused unless enable-debug-command allows it, before authentication and inside MULTI", () => {
  const refusal =
    '-ERR DEBUG command not allowed. If the enable-debug-command option is set to "local", you can run it from a local connection, otherwise you need to set this option in the configuration file, and then restart the server.\r\n';
  const off = inProcess();
  const c = off.connect();
  assert.equal(c.cmd("DEBUG", "SLEEP", "0"), refusal);
  assert.equal(c.cmd("MULTI"), "+OK\r\n");
  assert.equal(c.cmd("DEBUG", "SLEEP", "0"), refusal);
  assert.equal(
    c.cmd("EXEC"),
    "-EXECABORT Transaction discarded because of previous errors.\r\n",
  );
  const local = inProcess([["enable-debug-command", "local"], ["protected-mode", "no"]]);
  assert.equal(local.connect().cmd("DEBUG", "SLEEP", "0"), "+OK\r\n");
  assert.equal(local.connect({ remoteAddress: "10.0.0.2:5000" }).cmd("DEBUG", "SLEEP", "0"), refusal);
  assert.equal(
    inProcess([...DEBUG_ON, ["protected-mode", "no"]]).connect({ remoteAddress: "10.0.0.2:5000" }).cmd(
      "DEBUG",
      "SLEEP",
      "0",
    ),
    "+OK\r\n",
  );
  const auth = inProcess([["enable-debug-command", "no"], ["requirepass", "pw"]]);
  assert.equal(auth.connect().cmd("DEBUG", "SLEEP", "0"), refusal);
  assert.equal(auth.connect().cmd("GET", "x"), "-NOAUTH Authentication required.\r\n");
});

test("SLOWLOG logs commands at or over slowlog-log-slower-than, newest first, with client address and name", () => {
  const t = inProcess(DEBUG_ON);
  const c = t.connect({ remoteAddress: "127.0.0.1:4242" });
  c.cmd("CONFIG", "SET", "slowlog-log-slower-than", "100000");
  c.cmd("SLOWLOG", "RESET");
  c.cmd("PING");
  assert.equal(c.cmd("SLOWLOG", "LEN"), ":0\r\n");
  c.cmd("CLIENT", "SETNAME", "foobar");
  c.cmd("DEBUG", "SLEEP", "0.2");
  assert.equal(c.cmd("SLOWLOG", "LEN"), ":1\r\n");
  const now = Math.floor(t.host.now() / 1000);
  assert.equal(
    c.cmd("SLOWLOG", "GET"),
    `*1\r\n*6\r\n:0\r\n:${now}\r\n:200000\r\n*3\r\n${bulk("DEBUG")}${bulk("SLEEP")}${bulk("0.2")}${
      bulk("127.0.0.1:4242")
    }${bulk("foobar")}`,
  );
  c.cmd("DEBUG", "SLEEP", "0.1");
  assert.match(c.cmd("SLOWLOG", "GET", "1"), /^\*1\r\n\*6\r\n:1\r\n/);
  c.cmd("CONFIG", "SET", "slowlog-log-slower-than", "-1");
  c.cmd("DEBUG", "SLEEP", "0.3");
  assert.equal(c.cmd("SLOWLOG", "LEN"), ":2\r\n");
});

test("SLOWLOG trims to 32 arguments and 128 bytes per argument, and honours slowlog-max-len", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("CONFIG", "SET", "slowlog-log-slower-than", "0");
  c.cmd("SLOWLOG", "RESET");
  const members = Array.from({ length: 31 }, (_, i) => String(i + 3));
  c.cmd("SADD", "set", ...members);
  const reply = c.cmd("SLOWLOG", "GET", "1");
  const expected = ["SADD", "set", ...members.slice(0, 29), "... (2 more arguments)"].map(bulk).join("");
  assert.ok(reply.includes(`*32\r\n${expected}`), reply);
  c.cmd("SLOWLOG", "RESET");
  c.cmd("SADD", "set", "foo", "A".repeat(129));
  assert.ok(c.cmd("SLOWLOG", "GET", "1").includes(bulk(`${"A".repeat(128)}... (1 more bytes)`)));
  c.cmd("CONFIG", "SET", "slowlog-max-len", "10");
  for (let i = 0; i < 100; i++) c.cmd("PING");
  assert.equal(c.cmd("SLOWLOG", "LEN"), ":10\r\n");
  assert.match(c.cmd("SLOWLOG", "GET", "5"), /^\*5\r\n/);
});

test("SLOWLOG: EXEC is not logged but the commands it ran are; passwords are redacted", () => {
  const t = inProcess(DEBUG_ON);
  const c = t.connect();
  c.cmd("CONFIG", "SET", "slowlog-log-slower-than", "100000");
  c.cmd("SLOWLOG", "RESET");
  c.cmd("MULTI");
  c.cmd("DEBUG", "SLEEP", "0.2");
  c.cmd("EXEC");
  assert.equal(c.cmd("SLOWLOG", "LEN"), ":1\r\n");
  assert.ok(c.cmd("SLOWLOG", "GET").includes(`*3\r\n${bulk("DEBUG")}${bulk("SLEEP")}${bulk("0.2")}`));
  c.cmd("CONFIG", "SET", "slowlog-log-slower-than", "0");
  c.cmd("SLOWLOG", "RESET");
  c.cmd("CONFIG", "SET", "requirepass", "secret", "hz", "10");
  c.cmd("AUTH", "secret");
  const log = c.cmd("SLOWLOG", "GET", "2");
  assert.ok(log.includes(`*2\r\n${bulk("AUTH")}${bulk("(redacted)")}`), log);
  assert.ok(
    log.includes(
      `*6\r\n${bulk("CONFIG")}${bulk("SET")}${bulk("requirepass")}${bulk("(redacted)")}${bulk("hz")}${bulk("10")}`,
    ),
    log,
  );
});

test("the latency monitor samples commands over latency-monitor-threshold, one per second per event", () => {
  const t = inProcess(DEBUG_ON);
  const c = t.connect();
  c.cmd("DEBUG", "SLEEP", "0.3");
  assert.equal(c.cmd("LATENCY", "LATEST"), "*0\r\n");
  c.cmd("CONFIG", "SET", "latency-monitor-threshold", "200");
  c.cmd("DEBUG", "SLEEP", "0.1");
  assert.equal(c.cmd("LATENCY", "LATEST"), "*0\r\n");
  c.cmd("DEBUG", "SLEEP", "0.25");
  const t1 = Math.floor(t.host.now() / 1000);
  assert.equal(
    c.cmd("LATENCY", "LATEST"),
    `*1\r\n*4\r\n${bulk("command")}\r\n`.replace("\r\n\r\n", `\r\n:${t1}\r\n:250\r\n:250\r\n`),
  );
  c.cmd("DEBUG", "SLEEP", "0.3");
  t.host.advance(2000);
  c.cmd("DEBUG", "SLEEP", "0.22");
  const t2 = Math.floor(t.host.now() / 1000);
  assert.equal(c.cmd("LATENCY", "HISTORY", "command"), `*2\r\n*2\r\n:${t1}\r\n:300\r\n*2\r\n:${t2}\r\n:220\r\n`);
  assert.equal(c.cmd("LATENCY", "RESET", "nosuch", "COMMAND"), ":1\r\n");
  assert.equal(c.cmd("LATENCY", "LATEST"), "*0\r\n");
});

test("LATENCY GRAPH draws Redis's sparkline with age labels", () => {
  const m = new LatencyMonitor();
  const t0 = 1_700_000_000_000;
  m.addSample("command", 100, t0);
  m.addSample("command", 300, t0 + 1000);
  m.addSample("command", 200, t0 + 65_000);
  const graph = latencyGraph("command", m.events.get("command")!, t0 + 70_000);
  assert.equal(
    graph,
    "command - high 300 ms, low 100 ms (all time high 300 ms)\n" +
      "-".repeat(80) + "\n" +
      " # \n" +
      " |_\n" +
      " ||\n" +
      "_||\n" +
      "   \n" +
      "115\n" +
      "mms\n",
  );
});

test("LATENCY DOCTOR reports each event and the advices it calls for", () => {
  const m = new LatencyMonitor();
  const t0 = 1_700_000_000_000;
  m.addSample("command", 100, t0);
  m.addSample("command", 300, t0 + 1000);
  const report = latencyDoctor(
    m,
    { threshold: 50, slowlogSlowerThan: 10000, hz: 10, appendfsyncAlways: false },
    t0 + 4000,
  );
  assert.equal(
    report,
    "Dave, I have observed latency spikes in this Redis instance. You don't mind talking about it, do you Dave?\n\n" +
      "1. command: 2 latency spikes (average 200ms, mean deviation 100ms, period 2.00 sec). Worst all time event 300ms.\n" +
      "\nI have a few advices for you:\n\n" +
      "- Check your Slow Log to understand what are the commands you are running which are too slow to execute. Please check https://redis.io/commands/slowlog for more information.\n" +
      "- Deleting, expiring or evicting (because of maxmemory policy) large objects is a blocking operation. If you have very large objects that are often deleted, expired, or evicted, try to fragment those objects into multiple smaller objects.\n",
  );
  assert.match(
    latencyDoctor(new LatencyMonitor(), { threshold: 0, slowlogSlowerThan: 0, hz: 10, appendfsyncAlways: false }, t0),
    /^I'm sorry, Dave/,
  );
});

test("DEBUG SET-ACTIVE-EXPIRE 0 stops the cron's expiry, lazy expiry goes on", () => {
  const t = inProcess(DEBUG_ON);
  const c = t.connect();
  c.cmd("DEBUG", "SET-ACTIVE-EXPIRE", "0");
  c.cmd("SET", "k", "v", "PX", "10");
  t.host.advance(1000);
  t.server.cron();
  assert.equal(c.cmd("DBSIZE"), ":1\r\n");
  assert.equal(c.cmd("GET", "k"), "$-1\r\n");
  c.cmd("DEBUG", "SET-ACTIVE-EXPIRE", "1");
  c.cmd("SET", "k2", "v", "PX", "10");
  t.host.advance(1000);
  t.server.cron();
  assert.equal(c.cmd("DBSIZE"), ":0\r\n");
});

test("DEBUG OBJECT describes the value as Redis's line does", () => {
  const t = inProcess(DEBUG_ON);
  const c = t.connect();
  c.cmd("RPUSH", "l", "a", "b", "c", "1", "2");
  assert.equal(
    c.cmd("DEBUG", "OBJECT", "l"),
    `+Value at:0x7f0000000000 refcount:1 encoding:quicklist serializedlength:23 lru:${
      Math.floor(t.host.now() / 1000) & 0xffffff
    } lru_seconds_idle:0 ql_nodes:1 ql_avg_node:5.00 ql_listpack_max:-2 ql_compressed:0 ql_uncompressed_size:20\r\n`,
  );
  assert.equal(c.cmd("DEBUG", "OBJECT", "nosuch"), "-ERR no such key\r\n");
});

test("CLIENT LIST's memory fields count the query buffer, arguments, MULTI state and unsent output as Redis does", () => {
  const t = inProcess();
  const c = t.connect();
  const mine = (reply: string) =>
    /qbuf=\d+ qbuf-free=\d+ argv-mem=\d+ multi-mem=\d+ rbs=\d+ rbp=\d+ obl=\d+ oll=\d+ omem=\d+ tot-mem=\d+/.exec(
      reply,
    )![0];
  // A fresh connection running CLIENT LIST: redis-server 7.0.15 prints exactly these.
  assert.equal(
    mine(c.cmd("CLIENT", "LIST")),
    "qbuf=26 qbuf-free=20448 argv-mem=10 multi-mem=0 rbs=16384 rbp=16384 obl=0 oll=0 omem=0 tot-mem=37658",
  );
  const other = t.connect();
  other.cmd("MULTI");
  other.cmd("SET", "a", "b");
  other.cmd("WATCH", "x");
  other.cmd("SET", "c", "dd");
  const line = c.cmd("CLIENT", "LIST").split("\n").find((l) => l.includes(`id=${other.client.id} `))!;
  // Two queued SETs (arguments 5 and 6 bytes, 3 pointers each), two command slots; no running command.
  assert.match(line, / qbuf=0 qbuf-free=20474 argv-mem=0 multi-mem=107 /);
  assert.match(line, / tot-mem=37739 /);
});

/** INFO commandstats' calls/rejected_calls/failed_calls of one command, e.g. "calls=1,rejected_calls=0,failed_calls=1". */
function callStats(info: string, cmd: string): string {
  const m = new RegExp(`cmdstat_${cmd.replace("|", "\\|")}:calls=(\\d+),.*,rejected_calls=(\\d+),failed_calls=(\\d+)`)
    .exec(info);
  return m ? `calls=${m[1]},rejected_calls=${m[2]},failed_calls=${m[3]}` : "";
}

test("a failed command inside EXEC or a script fails itself only, not the EXEC or EVAL around it", () => {
  const c = inProcess().connect();
  c.cmd("MULTI");
  c.cmd("SET", "a", "b");
  c.cmd("AUTH", "a");
  assert.match(c.cmd("EXEC"), /^\*2\r\n\+OK\r\n-ERR AUTH/);
  let info = c.cmd("INFO", "commandstats");
  assert.equal(callStats(info, "auth"), "calls=1,rejected_calls=0,failed_calls=1");
  assert.equal(callStats(info, "exec"), "calls=1,rejected_calls=0,failed_calls=0");
  assert.equal(c.cmd("EXEC"), "-ERR EXEC without MULTI\r\n");
  info = c.cmd("INFO", "commandstats");
  assert.equal(callStats(info, "exec"), "calls=2,rejected_calls=0,failed_calls=1");
  assert.equal(c.cmd("EVAL", "redis.pcall('INCR', KEYS[1]) return 1", "1", "a"), ":1\r\n");
  info = c.cmd("INFO", "commandstats");
  assert.equal(callStats(info, "incr"), "calls=1,rejected_calls=0,failed_calls=1");
  assert.equal(callStats(info, "eval"), "calls=1,rejected_calls=0,failed_calls=0");
});

test("CONFIG RESETSTAT after errors is not counted as a failed call itself", () => {
  const c = inProcess().connect();
  assert.match(c.cmd("INCR", "nope", "extra"), /^-ERR wrong number/);
  assert.equal(c.cmd("CONFIG", "RESETSTAT"), "+OK\r\n");
  assert.equal(callStats(c.cmd("INFO", "commandstats"), "config|resetstat"), "calls=1,rejected_calls=0,failed_calls=0");
});

test("CLIENT UNBLOCK counts the unblocked command as a failed call, with ERROR or TIMEOUT", () => {
  const t = inProcess();
  const c = t.connect();
  for (const how of ["ERROR", "TIMEOUT"]) {
    const blocked = t.connect();
    const id = blocked.cmd("CLIENT", "ID").slice(1, -2);
    blocked.raw("BLPOP list 0\r\n");
    assert.equal(c.cmd("CLIENT", "UNBLOCK", id, how), ":1\r\n");
  }
  assert.equal(callStats(c.cmd("INFO", "commandstats"), "blpop"), "calls=2,rejected_calls=0,failed_calls=2");
});

test("SLOWLOG logs each command of a pipeline in order, and a slow one among them with its own duration", () => {
  const t = inProcess(DEBUG_ON);
  const c = t.connect({ remoteAddress: "127.0.0.1:4243" });
  c.cmd("CONFIG", "SET", "slowlog-log-slower-than", "0");
  c.cmd("SLOWLOG", "RESET");
  const pipeline: string[][] = [["SET", "a", "1"], ["GET", "a"], ["INCR", "n"], ["DEBUG", "SLEEP", "0.2"], [
    "GET",
    "a",
  ]];
  assert.equal(
    c.raw(pipeline.map((argv) => `*${argv.length}\r\n${argv.map(bulk).join("")}`).join("")),
    "+OK\r\n$1\r\n1\r\n:1\r\n+OK\r\n$1\r\n1\r\n",
  );
  const now = Math.floor(t.host.now() / 1000);
  const entry = (id: number, usec: number, argv: string[]) =>
    `*6\r\n:${id}\r\n:${now}\r\n:${usec}\r\n*${argv.length}\r\n${argv.map(bulk).join("")}${bulk("127.0.0.1:4243")}${
      bulk("")
    }`;
  // Newest first; ids go on from CONFIG SET (0) and SLOWLOG RESET (1), as RESET keeps Redis's counter.
  assert.equal(
    c.cmd("SLOWLOG", "GET", "5"),
    `*5\r\n${entry(6, 0, pipeline[4])}${entry(5, 200000, pipeline[3])}${entry(4, 0, pipeline[2])}${
      entry(3, 0, pipeline[1])
    }${entry(2, 0, pipeline[0])}`,
  );
  c.cmd("CONFIG", "SET", "slowlog-log-slower-than", "100000");
  c.cmd("SLOWLOG", "RESET");
  c.raw(pipeline.map((argv) => `*${argv.length}\r\n${argv.map(bulk).join("")}`).join(""));
  // SLOWLOG GET took id 7; at 100000 only DEBUG SLEEP is logged.
  assert.equal(c.cmd("SLOWLOG", "GET"), `*1\r\n${entry(8, 200000, pipeline[3])}`);
});
