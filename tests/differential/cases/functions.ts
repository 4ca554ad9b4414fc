/**
 * FUNCTION * and FCALL/FCALL_RO against redis-server 7.0.15. Each case starts with FUNCTION FLUSH (FLUSHALL
 * between cases leaves libraries alone, as in Redis). Redis lists libraries and a library's functions in its
 * hash tables' order, so a case that lists or dumps holds one library with one function, or filters by name.
 */
import type { DiffCase, DiffStep } from "../types.ts";

const load = (code: string, ...opts: string[]): string[] => ["FUNCTION", "LOAD", ...opts, code];
const lib = (name: string, body: string): string => `#!lua name=${name}\n${body}`;
const reg = (fname: string, body: string): string =>
  `redis.register_function('${fname}', function(keys, args) ${body} end)`;

const flush: string[] = ["FUNCTION", "FLUSH"];

/** The library the FCALL cases call: one function per behaviour, each on its own line. */
const callLib = lib(
  "calls",
  [
    "local function helper() return 'h' end",
    reg("echo", "return {#keys, #args, keys[1], args[1], helper()}"),
    reg("boom", "error('boom')"),
    reg("incr", "return redis.call('incr', keys[1])"),
    reg("pincr", "return redis.pcall('incr', keys[1])"),
    reg("myerr", "return redis.error_reply('MY bad')"),
    reg("tablerr", "error({err='CODE msg'})"),
    reg("keysglobal", "return KEYS"),
    reg("setglobal", "x = 1"),
    reg("nosuch", "return redis.call('nosuch')"),
    reg("register", "redis.register_function('z', function() end)"),
    reg("breakpoint", "return redis.breakpoint()"),
    reg("errhandler", "return type(__redis__err__handler)"),
    reg("resp3", "redis.setresp(3) return redis.call('hgetall', keys[1])"),
    reg("set", "return redis.call('set', keys[1], args[1])"),
    reg("libs", "return string.rep('x', 3) .. type(cjson) .. type(bit) .. type(struct) .. type(cmsgpack)"),
    reg("getfenv", "return tostring(getfenv)"),
    reg("status", "return redis.status_reply('FINE')"),
    reg("double", "redis.setresp(3) return redis.call('zscore', keys[1], 'a')"),
    "redis.register_function{function_name='ro', callback=function(keys) return redis.call('get', keys[1]) end, flags={'no-writes'}}",
    "redis.register_function{function_name='rowrite', callback=function(keys) return redis.call('set', keys[1], 'x') end, flags={'no-writes'}}",
  ].join("\n"),
);

export const cases: DiffCase[] = [
  {
    name: "FUNCTION LOAD refuses bad metadata, names and engines",
    steps: [
      flush,
      load("return 1"),
      load("#!lua"),
      load("#!lua\nreturn 1"),
      load("#!lua name=a name=b\nreturn 1"),
      load("#!lua foo=bar\nreturn 1"),
      load("#!lua NAME=a foo\nreturn 1"),
      load("#!lua name=a-b\nreturn 1"),
      load("#!lua name=\nreturn 1"),
      load('#!lua name="a\nreturn 1'),
      load("#!python name=a\nreturn 1"),
      load("#!lua name=a\nreturn 1"),
      load("#!lua name=a\nlocal x = "),
      load("#!lua name=a\nreturn 1", "FOO"),
      load("#!lua name=a\nreturn 1", "REPLACE", "REPLACE"),
      ["FUNCTION", "LOAD", "REPLACE"],
      ["FUNCTION", "LIST"],
    ],
  },
  {
    name: "library code runs with only the load API",
    steps: [
      flush,
      load(lib("a", "local x = string.len('a')")),
      load(lib("a", "redis.call('ping')")),
      load(lib("a", "foo = 1")),
      load(lib("a", "error('boom')")),
      load(lib("a", "redis.x = 1")),
      load(lib("a", "redis.setresp(3)")),
      load(lib("a", "redis.log(redis.LOG_WARNING, 'loading', redis.REDIS_VERSION, redis.REDIS_VERSION_NUM)")),
      load(lib("a", "local t = {} t[1] = 1 redis.log(redis.LOG_DEBUG, #t)")),
      load(lib("a", "redis.log(redis.LOG_WARNING)")),
      load(lib("a", "return KEYS")),
      ["FUNCTION", "LIST"],
    ],
  },
  {
    name: "redis.register_function's argument errors",
    steps: [
      flush,
      load(lib("a", "redis.register_function('f', 1)")),
      load(lib("a", "redis.register_function({}, function() end)")),
      load(lib("a", "redis.register_function('a-b', function() end)")),
      load(lib("a", "redis.register_function('', function() end)")),
      load(lib("a", "redis.register_function('f', function() end, 3)")),
      load(lib("a", "redis.register_function()")),
      load(lib("a", "redis.register_function('f', function() end) redis.register_function('f', function() end)")),
      load(lib("a", "redis.register_function{function_name='f'}")),
      load(lib("a", "redis.register_function{callback=function() end}")),
      load(lib("a", "redis.register_function{function_name='f', callback=function() end, flags={'bad'}}")),
      load(lib("a", "redis.register_function{function_name='f', callback=function() end, flags={{}}}")),
      load(lib("a", "redis.register_function{function_name='f', callback=function() end, flags='x'}")),
      load(lib("a", "redis.register_function{function_name='f', callback=function() end, foo=1}")),
      load(lib("a", "redis.register_function{function_name='f', callback=1}")),
      load(lib("a", "redis.register_function{function_name={}, callback=function() end}")),
      load(lib("a", "redis.register_function{function_name='f', callback=function() end, description={}}")),
      load(lib("a", "redis.register_function('x')")),
      load(lib("a", "redis.register_function(1)")),
      load(lib("a", "redis.register_function{function_name='a b', callback=function() end}")),
      ["FUNCTION", "LIST"],
    ],
  },
  {
    name: "FUNCTION LOAD, REPLACE, collisions, LIST and DELETE",
    steps: [
      flush,
      load(lib("a", reg("f", "return 1"))),
      ["FUNCTION", "LIST"],
      ["FUNCTION", "LIST", "WITHCODE"],
      load(lib("a", reg("g", "return 2"))),
      load(lib("b", reg("F", "return 3"))),
      load(lib("b", reg("f", "return 3"))),
      load(lib("a", reg("g", "return 2")), "REPLACE"),
      load(lib("a", reg("g", "return 2")), "replace"),
      ["FCALL", "f", "0"],
      ["FCALL", "g", "0"],
      ["FCALL", "G", "0"],
      load(lib("b", reg("f", "return 3"))),
      ["FCALL", "f", "0"],
      ["FUNCTION", "LIST", "LIBRARYNAME", "b", "WITHCODE"],
      ["FUNCTION", "LIST", "WITHCODE", "LIBRARYNAME", "x*"],
      ["FUNCTION", "LIST", "LIBRARYNAME", "B"],
      ["FUNCTION", "LIST", "LIBRARYNAME"],
      ["FUNCTION", "LIST", "foo"],
      ["FUNCTION", "LIST", "WITHCODE", "WITHCODE"],
      ["FUNCTION", "LIST", "LIBRARYNAME", "a", "LIBRARYNAME", "b"],
      ["FUNCTION", "DELETE", "nosuch"],
      ["FUNCTION", "DELETE", "A"],
      ["FUNCTION", "DELETE", "a"],
      ["FUNCTION", "DELETE", "a"],
      ["FCALL", "g", "0"],
      ["FUNCTION", "STATS"],
      ["FUNCTION", "FLUSH", "foo"],
      ["FUNCTION", "FLUSH", "SYNC", "x"],
      ["FUNCTION", "FLUSH", "async"],
      ["FUNCTION", "STATS"],
      ["FUNCTION", "FLUSH", "SYNC"],
      ["FCALL", "f", "0"],
    ],
  },
  {
    name: "FUNCTION LIST shows descriptions and flags",
    steps: [
      flush,
      load(lib(
        "a",
        "redis.register_function{function_name='f', callback=function() end, flags={'NO-WRITES', 'allow-oom', 'allow-stale', 'no-cluster', 'allow-cross-slot-keys'}, description='hello'}",
      )),
      ["FUNCTION", "LIST"],
      load(lib("b", "redis.register_function{function_name=7, callback=function() end, description=8, flags={}}")),
      ["FUNCTION", "LIST", "LIBRARYNAME", "b"],
      ["FCALL", "7", "0"],
    ],
  },
  {
    name: "FCALL runs functions: arguments, errors and their prefixes",
    steps: [
      ["CONFIG", "RESETSTAT"],
      flush,
      load(callLib),
      ["SET", "s", "str"],
      ["HSET", "h", "a", "1"],
      ["ZADD", "z", "1.5", "a"],
      ["FCALL", "echo", "2", "a", "b", "c"],
      ["FCALL", "echo", "0"],
      ["FCALL", "ECHO", "1", "k"],
      ["FCALL", "boom", "0"],
      ["FCALL", "incr", "1", "s"],
      ["FCALL", "pincr", "1", "s"],
      ["FCALL", "incr", "1", "n"],
      ["FCALL", "myerr", "0"],
      ["FCALL", "tablerr", "0"],
      ["FCALL", "keysglobal", "0"],
      ["FCALL", "setglobal", "0"],
      ["FCALL", "nosuch", "0"],
      ["FCALL", "register", "0"],
      ["FCALL", "breakpoint", "0"],
      ["FCALL", "errhandler", "0"],
      ["FCALL", "resp3", "1", "h"],
      ["FCALL", "double", "1", "z"],
      ["FCALL", "set", "1", "k", "v"],
      ["GET", "k"],
      ["FCALL", "libs", "0"],
      ["FCALL", "getfenv", "0"],
      ["FCALL", "status", "0"],
      ["FCALL", "nofunction", "0"],
      ["FCALL", "echo", "x"],
      ["FCALL", "echo", "2", "a"],
      ["FCALL", "echo", "-1"],
      ["FCALL", "nofunction", "x"],
      ["FCALL"],
      ["INFO", "errorstats"],
    ],
  },
  {
    name: "FCALL_RO runs only no-writes functions",
    steps: [
      flush,
      load(callLib),
      ["SET", "k", "v"],
      ["FCALL_RO", "set", "1", "k", "x"],
      ["FCALL_RO", "echo", "0"],
      ["FCALL_RO", "ro", "1", "k"],
      ["FCALL", "ro", "1", "k"],
      ["FCALL_RO", "rowrite", "1", "k"],
      ["FCALL", "rowrite", "1", "k"],
      ["FCALL_RO", "nofunction", "0"],
      ["GET", "k"],
    ],
  },
  {
    name: "FCALL in RESP3",
    resp3: true,
    steps: [
      flush,
      load(callLib),
      ["HSET", "h", "a", "1"],
      ["ZADD", "z", "1.5", "a"],
      ["FCALL", "resp3", "1", "h"],
      ["FCALL", "double", "1", "z"],
      ["FCALL", "echo", "1", "k"],
      ["FCALL", "boom", "0"],
      ["FCALL", "status", "0"],
    ],
  },
  {
    name: "FUNCTION LIST and STATS in RESP3",
    resp3: true,
    steps: [
      flush,
      load(lib(
        "a",
        "redis.register_function{function_name='f', callback=function() end, flags={'no-writes', 'allow-oom'}, description='d'}",
      )),
      ["FUNCTION", "LIST", "WITHCODE"],
      load(lib("b", reg("g", "return 1"))),
      ["FUNCTION", "LIST", "LIBRARYNAME", "b"],
      ["FUNCTION", "STATS"],
      ["FUNCTION", "HELP"],
    ],
  },
  {
    name: "FUNCTION DUMP and RESTORE",
    steps: [
      flush,
      ["FUNCTION", "DUMP"],
      load(lib("a", reg("f", "return 'from a, a library long enough to be compressed'"))),
      ["FUNCTION", "DUMP"],
      ["FUNCTION", "RESTORE", "x"],
      ["FUNCTION", "RESTORE", "x", "y"],
      ["FUNCTION", "RESTORE", "x", "y", "z"],
      ["FUNCTION", "DUMP", "x"],
      ...restoreSteps(),
    ],
  },
  {
    name: "FUNCTION KILL, HELP, unknown subcommands",
    steps: [
      ["FUNCTION", "KILL"],
      ["FUNCTION", "HELP"],
      ["FUNCTION", "HELP", "x"],
      ["FUNCTION", "FOO"],
      ["FUNCTION"],
      ["FUNCTION", "STATS", "x"],
      ["FUNCTION", "DELETE"],
      ["FCALL", "f"],
    ],
  },
  {
    name: "FUNCTION commands inside MULTI and from scripts",
    steps: [
      flush,
      ["MULTI"],
      load(lib("m", reg("mf", "return 'm'"))),
      ["FCALL", "mf", "0"],
      ["FUNCTION", "LIST", "LIBRARYNAME", "m"],
      ["EXEC"],
      ["EVAL", "return redis.call('function', 'list')", "0"],
      ["EVAL", "return redis.call('fcall', 'mf', 0)", "0"],
      ["FCALL", "mf", "0"],
    ],
  },
  {
    name: "DEBUG RELOAD empties the libraries with the data and brings them back from the snapshot",
    steps: [
      flush,
      load(lib("r", reg("rf", "return 'reloaded'"))),
      ["SET", "k", "v"],
      ["DEBUG", "RELOAD"],
      ["FCALL", "rf", "0"],
      ["FUNCTION", "LIST"],
      ["GET", "k"],
    ],
  },
];

/**
 * Payloads FUNCTION DUMP gave on redis-server 7.0.15, restored under each policy. `one` holds library `a`
 * (function `f`); `two` holds library `b` (function `g`).
 */
function restoreSteps(): (string[] | DiffStep)[] {
  const one =
    "\xf5@W#!lua name=a\x0aredis.register_function('f', function(keys, args) return 'restored f' end)\x0a\x00h\xfd\x90;\x17\x05\x98\x8a";
  const two =
    "\xf5@W#!lua name=b\x0aredis.register_function('g', function(keys, args) return 'restored g' end)\x0a\x00#\x199*\x16L\x89f";
  const otherF =
    "\xf5@U#!lua name=fa\x0aredis.register_function('f', function(keys, args) return 'other f' end)\x0a\x00\xbc\x1f*\x86\x80\xfd\x86\"";
  /** DUMP of the string "v": a valid payload that holds no function. */
  const stringValue = "\x00\x01v\n\x00\x91\b\xce\xb2\x198\x8a\xce";
  const corrupt = one.slice(0, 20) + "X" + one.slice(21);
  return [
    flush,
    ["FUNCTION", "RESTORE", one],
    ["FCALL", "f", "0"],
    ["FUNCTION", "DUMP"],
    ["FUNCTION", "RESTORE", one],
    ["FUNCTION", "RESTORE", one, "APPEND"],
    ["FUNCTION", "RESTORE", one, "replace"],
    ["FUNCTION", "RESTORE", otherF],
    ["FUNCTION", "RESTORE", otherF, "REPLACE"],
    ["FCALL", "f", "0"],
    ["FUNCTION", "RESTORE", two, "FLUSH"],
    ["FCALL", "f", "0"],
    ["FCALL", "g", "0"],
    ["FUNCTION", "RESTORE", corrupt],
    ["FUNCTION", "RESTORE", stringValue],
    ["FUNCTION", "RESTORE", one.slice(0, 9)],
    ["FUNCTION", "RESTORE", "", "FLUSH"],
    ["FUNCTION", "LIST", "LIBRARYNAME", "b"],
    ["FUNCTION", "RESTORE", otherF, "BAD"],
    ["FUNCTION", "STATS"],
  ];
}
