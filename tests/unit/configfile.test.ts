/**
 * redis.conf and the command line read as redis-server reads them (configfile.ts), applied by the server,
 * and the log line format (log.ts). The texts compared come from redis-server 7.0.15.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ConfigFileError,
  ConfigOpenError,
  formatMemory,
  loadConfigText,
  parseCommandLine,
  rewriteConfigText,
  sdscatrepr,
  sdssplitargs,
} from "../../src/core/configfile.ts";
import type { ReadConfigFile } from "../../src/core/configfile.ts";
import { formatLogLine, Logger, splitLogLine } from "../../src/core/log.ts";
import { ManualHost, Server } from "../../mod.ts";

const noFiles: ReadConfigFile = (path) => {
  throw new ConfigOpenError(path, "No such file or directory");
};

/** The directives redis-server would read from this file text and command line. */
function load(file: string | null, argv: string[], files: Record<string, string> = {}) {
  const cl = parseCommandLine(file === null ? argv : ["/etc/r.conf", ...argv]);
  assert.equal(cl.kind, "start");
  if (cl.kind !== "start") throw new Error("unreachable");
  const read: ReadConfigFile = (p) => {
    if (p === "/etc/r.conf" && file !== null) return file;
    if (p in files) return files[p];
    return noFiles(p);
  };
  return loadConfigText(cl.configFile, cl.fromStdin, cl.options, read);
}

/** The report a refused configuration prints (and that the server would have started otherwise). */
function refusal(file: string | null, argv: string[]): string {
  try {
    new Server({ host: new ManualHost(), configLines: load(file, argv) });
  } catch (e) {
    assert.ok(e instanceof ConfigFileError, String(e));
    return e.report();
  }
  return "started";
}

function started(file: string | null, argv: string[], files: Record<string, string> = {}): Server {
  return new Server({ host: new ManualHost(), configLines: load(file, argv, files) });
}

test("sdssplitargs reads words, double quotes with escapes and single quotes as Redis does", () => {
  assert.deepEqual(sdssplitargs(`set  k "a b\\n\\x41\\"" 'it\\'s' \t last`), ["set", "k", 'a b\nA"', "it's", "last"]);
  assert.deepEqual(sdssplitargs(""), []);
  assert.deepEqual(sdssplitargs(`""`), [""]);
  assert.equal(sdssplitargs(`"unterminated`), null);
  assert.equal(sdssplitargs(`"closed"glued`), null);
  assert.equal(sdssplitargs(`'closed'glued`), null);
  assert.deepEqual(sdssplitargs(`"\\xZZ"`), ["xZZ"]);
});

test("sdscatrepr quotes what sdssplitargs reads back", () => {
  const s = 'a "b"\\\n\r\t\x07\b\x00\xff';
  assert.equal(sdscatrepr(s), '"a \\"b\\"\\\\\\n\\r\\t\\a\\b\\x00\\xff"');
  assert.deepEqual(sdssplitargs(sdscatrepr(s)), [s]);
});

test("the first argument names the config file, options follow it as config lines", () => {
  assert.deepEqual(parseCommandLine(["-v"]), { kind: "version" });
  assert.deepEqual(parseCommandLine(["--version"]), { kind: "version" });
  assert.deepEqual(parseCommandLine(["-h"]), { kind: "help" });
  assert.deepEqual(parseCommandLine(["--help"]), { kind: "help" });
  assert.deepEqual(parseCommandLine(["/r.conf", "--port", "7000", "--save", "--hz", "5"]), {
    kind: "start",
    configFile: "/r.conf",
    fromStdin: false,
    options: 'port "7000" \nsave ""\nhz "5" ',
  });
  assert.deepEqual(parseCommandLine(["-", "--port 7000"]), {
    kind: "start",
    configFile: null,
    fromStdin: true,
    options: "port 7000 ",
  });
  // A trailing --save is `save ""`; `--port --x` gives port the value "--x" as Redis does.
  assert.equal((parseCommandLine(["--save"]) as { options: string }).options, 'save ""');
  assert.equal((parseCommandLine(["--port", "--x"]) as { options: string }).options, 'port "--x" ');
});

test("command-line options are numbered after the file's lines and a first empty one", () => {
  const file = 'port 7001\n# c\nsave ""\n';
  assert.equal(
    refusal(file, ["--port", "abc"]),
    "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nReading the configuration file, at line 5\n>>> 'port \"abc\"'\nargument couldn't be parsed into an integer",
  );
  assert.equal(
    refusal(file, ["extra"]),
    "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nReading the configuration file, at line 5\n>>> '\"extra\"'\nBad directive or wrong number of arguments",
  );
  assert.equal(
    refusal(null, ["--port", "1", "--port"]),
    "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nReading the configuration file, at line 3\n>>> 'port'\nwrong number of arguments",
  );
  assert.equal(
    refusal(null, ["--port", "a b", "x"]),
    '\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nReading the configuration file, at line 2\n>>> \'port "a b" "x"\'\nwrong number of arguments',
  );
});

test("a file's bad lines are reported with their number and text as written", () => {
  assert.equal(
    refusal("port 7001\n  foo bar  \r\n", []),
    "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nReading the configuration file, at line 2\n>>> 'foo bar'\nBad directive or wrong number of arguments",
  );
  assert.throws(() => load('port "abc\n', []), (e: unknown) => {
    assert.ok(e instanceof ConfigFileError);
    assert.equal(e.line, 1);
    assert.equal(e.directive, 'port "abc');
    assert.equal(e.reason, "Unbalanced quotes in configuration line");
    return true;
  });
  assert.match(refusal("maxmemory 12parsecs\n", []), /argument must be a memory value$/);
  assert.match(refusal("rename-command nosuch x\n", []), /No such command in rename-command$/);
});

test("a config file: comments, quoting, units, multi-argument settings, later lines winning", () => {
  const s = started(
    [
      "# a comment",
      "   ",
      "port 7001",
      'requirepass "pa ss\\x21"',
      "maxmemory 100mb",
      "hash-max-ziplist-entries 1k",
      "client-output-buffer-limit pubsub 64mb 16mb 90",
      "bind 127.0.0.1 ::1",
      "notify-keyspace-events Ex",
      "always-show-logo yes",
      "list-max-ziplist-entries 512",
      "HZ 20",
    ].join("\n"),
    ["--port", "7002", "--save", "60 100"],
  );
  const cfg = s.config;
  assert.equal(cfg.get("port"), "7002");
  assert.equal(cfg.get("requirepass"), "pa ss!");
  assert.equal(cfg.get("maxmemory"), String(100 * 1024 * 1024));
  assert.equal(cfg.get("hash-max-listpack-entries"), "1000");
  assert.equal(
    cfg.get("client-output-buffer-limit"),
    "normal 0 0 0 slave 268435456 67108864 60 pubsub 67108864 16777216 90",
  );
  assert.equal(cfg.get("bind"), "127.0.0.1 ::1");
  assert.equal(cfg.get("notify-keyspace-events"), "xE");
  assert.equal(cfg.get("always-show-logo"), "yes");
  assert.equal(cfg.get("hz"), "20");
  assert.equal(cfg.get("save"), "60 100");
});

test('save lines add up, and save "" clears them, as Redis\'s aggregate form', () => {
  assert.equal(started("save 900 1\nsave 300 10\n", []).config.get("save"), "900 1 300 10");
  assert.equal(started('save 900 1\nsave ""\n', []).config.get("save"), "");
  assert.equal(started("save 900 1\n", ["--save", ""]).config.get("save"), "");
  assert.equal(started("", []).config.get("save"), "3600 1 300 100 60 10000");
});

test("include reads another file in place; its errors name its own line", () => {
  const files = { "/etc/extra.conf": "hz 30\nmaxclients 77\n" };
  const s = started("port 7001\ninclude /etc/extra.conf\nhz 40\n", [], files);
  assert.equal(s.config.get("hz"), "40");
  assert.equal(s.config.get("maxclients"), "77");
  const lines = load("include /etc/bad.conf\n", [], { "/etc/bad.conf": "port 1\nfoo bar\n" });
  assert.deepEqual(lines.map((l) => [l.line, l.text]), [[1, "port 1"], [2, "foo bar"]]);
  assert.throws(() => load("include /nowhere.conf\n", []), (e: unknown) => {
    assert.ok(e instanceof ConfigOpenError);
    assert.equal(e.message, "Fatal error, can't open config file '/nowhere.conf': No such file or directory");
    return true;
  });
});

test("log lines carry the pid, role, local time, level mark and message", () => {
  const t = new Date(2026, 11, 7, 15, 4, 5, 123).getTime();
  assert.equal(
    formatLogLine(42, "M", t, 2, "Server initialized"),
    "42:M 07 Dec 2026 15:04:05.123 * Server initialized",
  );
  assert.deepEqual(splitLogLine("# Failed"), { level: 3, message: "Failed" });
  assert.deepEqual(splitLogLine(". detail"), { level: 0, message: "detail" });
  assert.deepEqual(splitLogLine("plain"), { level: 2, message: "plain" });
});

test("loglevel hides the lines below it", () => {
  const out: string[] = [];
  let level = "notice";
  const logger = new Logger({ pid: 1, now: () => 0, loglevel: () => level, write: (l) => out.push(l) });
  logger.log(". debug");
  logger.log("- verbose");
  logger.log("* notice");
  logger.log("# warning");
  assert.deepEqual(out.map((l) => l.slice(-9)), ["* notice", "# warning"].map((s) => s.padStart(9)));
  out.length = 0;
  level = "debug";
  logger.log(". debug");
  level = "warning";
  logger.log("* notice");
  level = "nothing";
  logger.log("# warning");
  assert.equal(out.length, 1);
  assert.match(out[0], /^1:C \d\d \w{3} \d{4} \d\d:\d\d:\d\d\.\d{3} \. debug$/);
});

test("CONFIG REWRITE's text: lines rewritten in place, defaults blanked, new settings under the signature", () => {
  const old = [
    "# My redis config",
    "port 7001",
    "save 900 1",
    "save 300 10",
    "",
    "",
    "# memory",
    "maxmemory 100mb",
    "hash-max-ziplist-entries 100",
    'rename-command FLUSHALL ""',
    "appendonly no",
    "hz 10",
  ].join("\n") + "\n";
  const s = new Server({ host: new ManualHost(), configLines: load(old, []) });
  s.config.setMany([
    ["maxmemory", "0"],
    ["hz", "20"],
    ["save", "60 5"],
    ["notify-keyspace-events", "Ex"],
    ["requirepass", "p w"],
    ["client-output-buffer-limit", "pubsub 64mb 16mb 90"],
    ["hash-max-listpack-entries", "512"],
  ]);
  assert.equal(
    rewriteConfigText(old, s.config),
    [
      "# My redis config",
      "port 7001",
      "save 60 5",
      "",
      "# memory",
      "maxmemory 0",
      "hash-max-listpack-entries 512",
      'rename-command FLUSHALL ""',
      "appendonly no",
      "hz 20",
      "",
      "# Generated by CONFIG REWRITE",
      'requirepass "p w"',
      "client-output-buffer-limit pubsub 64mb 16mb 90",
      'notify-keyspace-events "xE"',
      'dir "."',
      "latency-tracking-info-percentiles 50 99 99.9",
      "",
    ].join("\n"),
  );
  // A second rewrite finds the signature and adds no other. (As in Redis, the client-output-buffer-limit line
  // written for pubsub is reused for the first class written, normal, and pubsub's is appended again.)
  const again = rewriteConfigText(rewriteConfigText(old, s.config), s.config);
  assert.equal(again.split("# Generated by CONFIG REWRITE").length, 2);
  assert.match(
    again,
    /\nclient-output-buffer-limit normal 0 0 0\n[^]*\nclient-output-buffer-limit pubsub 64mb 16mb 90\n$/,
  );
  // A setting back at its default loses its appended line; an unparsable line becomes a comment.
  s.config.setMany([["requirepass", ""]]);
  const text = rewriteConfigText(again + 'bad "quote\n', s.config);
  assert.doesNotMatch(text, /requirepass/);
  assert.match(text, /\n# \?\?\? bad "quote\n/);
});

test("memory settings are written in the largest unit that divides them", () => {
  assert.equal(formatMemory(0), "0");
  assert.equal(formatMemory(1024), "1kb");
  assert.equal(formatMemory(3 * 1024 * 1024), "3mb");
  assert.equal(formatMemory(2 * 1024 * 1024 * 1024), "2gb");
  assert.equal(formatMemory(1000), "1000");
});
