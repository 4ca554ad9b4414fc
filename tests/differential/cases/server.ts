/**
 * Server commands: COMMAND COUNT/INFO/DOCS/LIST, INFO, CONFIG GET/SET/RESETSTAT, DBSIZE, FLUSHDB, FLUSHALL,
 * TYPE, KEYS, TIME.
 */
import type { DiffCase } from "../types.ts";

const KEYS_FIXTURE: string[][] = ["hello", "hallo", "hxllo", "hllo", "heeeello", "h*llo", "h\\llo", "a", "b", "c", "",
  "\x00bin\xff", "[x]", "-", "HELLO"].map((k, i) => ["SET", k, String(i)]);

export const cases: DiffCase[] = [
  {
    name: "COMMAND INFO for single commands, subcommands, unknown names",
    steps: [
      ["COMMAND", "INFO", "get"], ["COMMAND", "INFO", "GET"], ["COMMAND", "INFO", "set", "ping", "echo"], ["COMMAND", "INFO", "nosuch"],
      ["COMMAND", "INFO", "get", "nosuch", "dbsize"], ["COMMAND", "INFO", "config|get"], ["COMMAND", "INFO", "CLIENT|SETNAME"],
      ["COMMAND", "INFO", "client|nosuch"], ["COMMAND", "INFO", "get|x"], ["COMMAND", "INFO", ""],
      ["COMMAND", "INFO", "select", "hello", "auth", "quit", "reset", "time", "flushall", "flushdb", "keys", "type"],
    ],
  },
  {
    name: "COMMAND INFO in RESP3",
    resp3: true,
    steps: [["COMMAND", "INFO", "get", "nosuch", "client|id"]],
  },
  {
    name: "COMMAND DOCS for single commands",
    steps: [
      ["COMMAND", "DOCS", "get"], ["COMMAND", "DOCS", "echo", "ping"], ["COMMAND", "DOCS", "nosuch"], ["COMMAND", "DOCS", "config|get"],
      ["COMMAND", "DOCS", "hello", "nosuch", "select"], ["COMMAND", "DOCS", "SET"],
    ],
  },
  {
    name: "COMMAND DOCS in RESP3 is a map",
    resp3: true,
    steps: [["COMMAND", "DOCS", "get", "dbsize"]],
  },
  {
    name: "COMMAND LIST FILTERBY",
    steps: [
      ["COMMAND", "LIST", "FILTERBY", "PATTERN", "ech*"], ["COMMAND", "LIST", "FILTERBY", "PATTERN", "PING"],
      ["COMMAND", "LIST", "FILTERBY", "pattern", "client|set?ame"], ["COMMAND", "LIST", "FILTERBY", "PATTERN", "nomatch*"],
      ["COMMAND", "LIST", "FILTERBY", "MODULE", "nosuch"], ["COMMAND", "LIST", "FILTERBY", "NOSUCH", "x"],
      ["COMMAND", "LIST", "FILTERBY", "PATTERN"], ["COMMAND", "LIST", "FILTERBY"], ["COMMAND", "LIST", "x"],
      ["COMMAND", "LIST", "FILTERBY", "PATTERN", "a", "b"],
    ],
  },
  {
    name: "COMMAND GETKEYS and GETKEYSANDFLAGS: index, range, keynum and keyword specs",
    steps: [
      ["COMMAND", "GETKEYS", "GET", "k"], ["COMMAND", "GETKEYS", "MSET", "a", "1", "b", "2"], ["COMMAND", "GETKEYS", "DEL", "a", "b", "c"],
      ["COMMAND", "GETKEYS", "ZUNIONSTORE", "dst", "2", "a", "b", "WEIGHTS", "1", "2"], ["COMMAND", "GETKEYS", "LMPOP", "2", "a", "b", "LEFT"],
      ["COMMAND", "GETKEYS", "RENAME", "a", "b"], ["COMMAND", "GETKEYS", "OBJECT", "ENCODING", "k"], ["COMMAND", "GETKEYS", "BLPOP", "a", "b", "0"],
      ["COMMAND", "GETKEYS", "GEORADIUS", "src", "0", "0", "1", "km", "STORE", "dst"], ["COMMAND", "GETKEYS", "LCS", "a", "b"],
      ["COMMAND", "GETKEYS", "SINTERCARD", "2", "a", "b", "LIMIT", "1"], ["COMMAND", "GETKEYS", "EXISTS", "a", "a"],
      ["COMMAND", "GETKEYSANDFLAGS", "GET", "k"], ["COMMAND", "GETKEYSANDFLAGS", "LMOVE", "a", "b", "LEFT", "RIGHT"],
      ["COMMAND", "GETKEYSANDFLAGS", "ZUNIONSTORE", "dst", "2", "a", "b"], ["COMMAND", "GETKEYSANDFLAGS", "DEL", "a"],
    ],
  },
  {
    name: "COMMAND GETKEYS for commands whose keys depend on the arguments",
    steps: [
      ["COMMAND", "GETKEYSANDFLAGS", "SET", "k", "v"], ["COMMAND", "GETKEYSANDFLAGS", "SET", "k", "v", "GET"],
      ["COMMAND", "GETKEYSANDFLAGS", "SET", "k", "v", "EX", "10", "get"], ["COMMAND", "GETKEYSANDFLAGS", "BITFIELD", "k", "GET", "u8", "0"],
      ["COMMAND", "GETKEYSANDFLAGS", "BITFIELD", "k", "SET", "u8", "0", "1"], ["COMMAND", "GETKEYSANDFLAGS", "BITFIELD", "k", "OVERFLOW", "SAT"],
      ["COMMAND", "GETKEYSANDFLAGS", "BITFIELD", "k", "bad"], ["COMMAND", "GETKEYS", "SORT", "k"],
      ["COMMAND", "GETKEYSANDFLAGS", "SORT", "k", "BY", "w*", "STORE", "d1", "LIMIT", "0", "1", "STORE", "d2"],
      ["COMMAND", "GETKEYS", "SORT", "k", "GET", "store", "STORE"], ["COMMAND", "GETKEYSANDFLAGS", "SORT_RO", "k", "BY", "x"],
    ],
  },
  {
    name: "COMMAND GETKEYS errors",
    steps: [
      ["COMMAND", "GETKEYS", "nosuch", "a"], ["COMMAND", "GETKEYS", "PING"], ["COMMAND", "GETKEYS", "GET"], ["COMMAND", "GETKEYS", "GET", "a", "b"],
      ["COMMAND", "GETKEYS", "ZUNIONSTORE", "dst", "0", "a"], ["COMMAND", "GETKEYS", "ZUNIONSTORE", "dst", "x", "a"],
      ["COMMAND", "GETKEYS", "ZUNIONSTORE", "dst", "5", "a"], ["COMMAND", "GETKEYS", "LMPOP", "0", "a", "LEFT"],
      ["COMMAND", "GETKEYS", "OBJECT"], ["COMMAND", "GETKEYS", "OBJECT", "nosuch", "k"], ["COMMAND", "GETKEYS", "CONFIG", "GET", "x"],
      ["COMMAND", "GETKEYS"], ["COMMAND", "GETKEYSANDFLAGS"], ["COMMAND", "GETKEYS", "SUBSCRIBE", "ch"],
    ],
  },
  {
    name: "COMMAND GETKEYSANDFLAGS in RESP3",
    resp3: true,
    steps: [["COMMAND", "GETKEYSANDFLAGS", "LMOVE", "a", "b", "LEFT", "RIGHT"], ["COMMAND", "GETKEYS", "MGET", "a", "b"]],
  },
  {
    name: "COMMAND with a bad subcommand or arity",
    steps: [["COMMAND", "NOSUCH"], ["COMMAND", "COUNT", "x"], ["COMMAND", "nosuchsub", "x"]],
  },
  {
    name: "COMMAND COUNT is an integer",
    steps: [["COMMAND", "COUNT", "extra"], ["command", "count", "a", "b"]],
  },
  {
    name: "CONFIG HELP and COMMAND HELP",
    steps: [["CONFIG", "HELP"], ["COMMAND", "HELP"], ["CONFIG", "HELP", "x"]],
  },
  {
    name: "CONFIG GET single parameters, any case, unknown ones",
    steps: [
      ["CONFIG", "GET", "maxmemory"], ["CONFIG", "GET", "MAXMEMORY"], ["CONFIG", "GET", "hz"], ["CONFIG", "GET", "nosuch"],
      ["CONFIG", "GET", "databases"], ["CONFIG", "GET", "timeout"], ["CONFIG", "GET", "maxmemory-policy"],
      ["CONFIG", "GET", "notify-keyspace-events"], ["CONFIG", "GET", "proto-max-bulk-len"], ["CONFIG", "GET", "appendonly"],
      ["CONFIG", "GET", "requirepass"], ["CONFIG", "GET", "tcp-keepalive"], ["CONFIG", "GET", "maxclients"],
    ],
  },
  {
    name: "CONFIG GET several parameters and patterns",
    steps: [
      { cmd: ["CONFIG", "GET", "hz", "timeout"], unordered: true },
      { cmd: ["CONFIG", "GET", "maxmemory*"], unordered: true },
      { cmd: ["CONFIG", "GET", "maxmemory-polic?"], unordered: true },
      { cmd: ["CONFIG", "GET", "hz", "hz"], unordered: true },
      { cmd: ["CONFIG", "GET", "lazyfree-*"], unordered: true },
      { cmd: ["CONFIG", "GET", "nosuch*", "hz"], unordered: true },
    ],
  },
  {
    name: "CONFIG GET in RESP3 is a map",
    resp3: true,
    steps: [["CONFIG", "GET", "hz"], ["CONFIG", "GET", "nosuch"]],
  },
  {
    name: "CONFIG SET integers, memory sizes, enums, flags",
    steps: [
      ["CONFIG", "SET", "hz", "20"], ["CONFIG", "GET", "hz"],
      ["CONFIG", "SET", "hz", "abc"], ["CONFIG", "SET", "hz", "1.5"], ["CONFIG", "SET", "hz", "-1"], ["CONFIG", "SET", "hz", ""],
      ["CONFIG", "SET", "maxmemory", "1mb"], ["CONFIG", "GET", "maxmemory"], ["CONFIG", "SET", "maxmemory", "2GB"], ["CONFIG", "GET", "maxmemory"],
      ["CONFIG", "SET", "maxmemory", "100k"], ["CONFIG", "GET", "maxmemory"], ["CONFIG", "SET", "maxmemory", "12x"], ["CONFIG", "SET", "maxmemory", "0"],
      ["CONFIG", "SET", "maxmemory-policy", "allkeys-lru"], ["CONFIG", "GET", "maxmemory-policy"],
      ["CONFIG", "SET", "maxmemory-policy", "NOEVICTION"], ["CONFIG", "GET", "maxmemory-policy"],
      ["CONFIG", "SET", "maxmemory-policy", "nosuch"],
      ["CONFIG", "SET", "timeout", "0"], ["CONFIG", "SET", "appendonly", "maybe"],
      ["CONFIG", "SET", "notify-keyspace-events", "KEA"], ["CONFIG", "GET", "notify-keyspace-events"],
      ["CONFIG", "SET", "notify-keyspace-events", "Kx"], ["CONFIG", "GET", "notify-keyspace-events"],
      ["CONFIG", "SET", "notify-keyspace-events", "Z"], ["CONFIG", "SET", "notify-keyspace-events", ""],
      ["CONFIG", "SET", "notify-keyspace-events", "bad!"],
      ["CONFIG", "SET", "maxmemory-clients", "10%"], ["CONFIG", "GET", "maxmemory-clients"], ["CONFIG", "SET", "maxmemory-clients", "1k"],
      ["CONFIG", "GET", "maxmemory-clients"], ["CONFIG", "SET", "maxmemory-clients", "-1"], ["CONFIG", "SET", "maxmemory-clients", "0"],
      ["CONFIG", "SET", "maxmemory-eviction-tenacity", "101"], ["CONFIG", "SET", "maxmemory-eviction-tenacity", "50"],
      ["CONFIG", "GET", "maxmemory-eviction-tenacity"],
    ],
  },
  {
    name: "CONFIG SET errors: unknown, duplicate, arity, several at once",
    steps: [
      ["CONFIG", "SET", "nosuch", "1"], ["CONFIG", "SET", "hz", "11", "timeout", "5"], ["CONFIG", "GET", "hz"], ["CONFIG", "GET", "timeout"],
      ["CONFIG", "SET", "hz", "12", "hz", "13"], ["CONFIG", "SET", "hz", "14", "nosuch", "1"], ["CONFIG", "GET", "hz"],
      ["CONFIG", "SET", "hz", "15", "timeout", "x"], ["CONFIG", "GET", "hz"],
      ["CONFIG", "SET", "hz"], ["CONFIG", "SET", "hz", "1", "timeout"], ["CONFIG", "SET"], ["CONFIG"], ["CONFIG", "NOSUCH"],
      ["CONFIG", "SET", "HZ", "16"], ["CONFIG", "GET", "hz"], ["CONFIG", "SET", "hz", "10", "timeout", "0"],
    ],
  },
  {
    name: "CONFIG SET proto-max-bulk-len applies to connections already open",
    steps: [
      { cmd: ["PING"], conn: 1 },
      ["CONFIG", "SET", "proto-max-bulk-len", "1mb"],
      ["CONFIG", "GET", "proto-max-bulk-len"],
      { raw: "*1\r\n$1048577\r\n", conn: 1 },
      { raw: "*2\r\n$4\r\nECHO\r\n$1048576\r\n", conn: 2, noReply: true },
      { raw: "y".repeat(1048576) + "\r\n", conn: 2 },
      ["CONFIG", "SET", "proto-max-bulk-len", "1000"],
      ["CONFIG", "SET", "proto-max-bulk-len", "512mb"],
    ],
  },
  {
    name: "CONFIG GET * lists every setting redis-server lists",
    steps: [
      // Names only: port, dir and a few paths differ between two servers by nature; values are checked below.
      { cmd: ["CONFIG", "GET", "*"], unordered: true },
    ],
  },
  {
    name: "CONFIG GET and SET of replication, cluster, TLS and defragmentation settings",
    steps: [
      { cmd: ["CONFIG", "GET", "repl-*"], unordered: true }, { cmd: ["CONFIG", "GET", "cluster-*"], unordered: true },
      { cmd: ["CONFIG", "GET", "tls-*"], unordered: true }, { cmd: ["CONFIG", "GET", "active-defrag-*"], unordered: true },
      { cmd: ["CONFIG", "GET", "slave*"], unordered: true }, { cmd: ["CONFIG", "GET", "*-percentiles", "oom-*", "shutdown-*"], unordered: true },
      ["CONFIG", "SET", "repl-backlog-size", "2mb"], ["CONFIG", "GET", "repl-backlog-size"], ["CONFIG", "SET", "repl-backlog-size", "0"],
      ["CONFIG", "SET", "replica-read-only", "no"], ["CONFIG", "GET", "slave-read-only"], ["CONFIG", "SET", "slave-read-only", "yes"],
      ["CONFIG", "SET", "replica-read-only", "maybe"], ["CONFIG", "SET", "active-defrag-cycle-min", "100"],
      ["CONFIG", "SET", "active-defrag-cycle-max", "50"], ["CONFIG", "SET", "cluster-enabled", "yes"], ["CONFIG", "SET", "io-threads", "2"],
      ["CONFIG", "SET", "repl-diskless-load", "swapdb"], ["CONFIG", "GET", "repl-diskless-load"], ["CONFIG", "SET", "repl-diskless-load", "x"],
      ["CONFIG", "SET", "acl-pubsub-default", "allchannels"], ["CONFIG", "SET", "tls-port", "70000"], ["CONFIG", "SET", "shutdown-timeout", "-1"],
      ["CONFIG", "SET", "shutdown-on-sigterm", "nosave now"], ["CONFIG", "GET", "shutdown-on-sigterm"], ["CONFIG", "SET", "shutdown-on-sigterm", "x"],
      ["CONFIG", "SET", "oom-score-adj-values", "0 100 900"], ["CONFIG", "GET", "oom-score-adj-values"],
      ["CONFIG", "SET", "latency-tracking-info-percentiles", "50 99.5"], ["CONFIG", "GET", "latency-tracking-info-percentiles"],
      ["CONFIG", "SET", "repl-backlog-size", "1mb", "active-defrag-cycle-max", "25", "acl-pubsub-default", "resetchannels",
        "shutdown-on-sigterm", "default", "oom-score-adj-values", "0 200 800", "latency-tracking-info-percentiles", "50 99 99.9",
        "replica-read-only", "yes", "repl-diskless-load", "disabled"],
    ],
  },
  {
    name: "CONFIG REWRITE without a config file",
    steps: [["CONFIG", "REWRITE"], ["CONFIG", "REWRITE", "x"]],
  },
  {
    name: "CONFIG RESETSTAT clears error stats",
    steps: [
      ["CONFIG", "RESETSTAT"], ["INFO", "errorstats"], ["GET"], ["NOSUCH"], ["SELECT", "x"], ["INFO", "errorstats"],
      ["CONFIG", "RESETSTAT", "x"], ["CONFIG", "RESETSTAT"], ["INFO", "errorstats"],
    ],
  },
  {
    name: "INFO sections: default, named, several, unknown, all",
    steps: [
      ["INFO"], ["INFO", "server"], ["INFO", "SERVER"], ["INFO", "server", "clients"], ["INFO", "nosuch"], ["INFO", "default"],
      ["INFO", "keyspace"], ["INFO", "all"], ["INFO", "everything"], ["INFO", "memory", "nosuch", "cpu"], ["INFO", "commandstats"],
    ],
  },
  {
    name: "INFO keyspace counts keys and expires per db",
    steps: [
      ["INFO", "keyspace"], ["SET", "a", "1"], ["SET", "b", "2", "EX", "100"], ["SELECT", "3"], ["SET", "c", "3"], ["INFO", "keyspace"],
      ["FLUSHDB"], ["INFO", "keyspace"],
    ],
  },
  {
    name: "INFO counters that follow from the commands: hits, misses, errors, clients",
    steps: [
      ["CONFIG", "RESETSTAT"], ["GET", "nokey"], ["SET", "k", "v"], ["GET", "k"], ["EXISTS", "k", "nokey"], ["INCR", "k"], ["NOSUCH"],
      { cmd: ["PING"], conn: 1 }, { cmd: ["PING"], conn: 2 },
      ["INFO", "stats"], ["INFO", "clients"], ["INFO", "errorstats"],
    ],
  },
  {
    name: "INFO in RESP3 is verbatim text",
    resp3: true,
    steps: [["INFO", "keyspace"], ["INFO", "nosuch"]],
  },
  {
    name: "DBSIZE per database",
    steps: [["DBSIZE"], ["SET", "a", "1"], ["SET", "b", "1"], ["DBSIZE"], ["SELECT", "1"], ["DBSIZE"], ["SET", "a", "1"], ["DBSIZE"], ["DEL", "a"], ["DBSIZE"]],
  },
  {
    name: "FLUSHDB and FLUSHALL with ASYNC/SYNC and bad options",
    steps: [
      ["SET", "a", "1"], ["SELECT", "1"], ["SET", "b", "1"], ["FLUSHDB"], ["DBSIZE"], ["SELECT", "0"], ["DBSIZE"],
      ["SET", "c", "1"], ["FLUSHDB", "ASYNC"], ["DBSIZE"], ["SET", "c", "1"], ["FLUSHDB", "sync"], ["DBSIZE"],
      ["FLUSHDB", "x"], ["FLUSHDB", "ASYNC", "SYNC"], ["FLUSHALL", "nope"],
      ["SET", "a", "1"], ["SELECT", "2"], ["SET", "b", "1"], ["FLUSHALL"], ["DBSIZE"], ["SELECT", "0"], ["DBSIZE"],
      ["SET", "a", "1"], ["FLUSHALL", "ASYNC"], ["DBSIZE"], ["FLUSHALL", "SYNC"], ["flushall"],
    ],
  },
  {
    name: "TYPE of strings and missing keys",
    steps: [["SET", "s", "v"], ["TYPE", "s"], ["TYPE", "missing"], ["TYPE", ""], ["TYPE", "s", "x"], ["SET", "n", "12"], ["TYPE", "n"]],
  },
  {
    name: "TYPE of every kind of value",
    steps: [
      ["LPUSH", "l", "a"], ["HSET", "h", "f", "v"], ["SADD", "s", "m"], ["ZADD", "z", "1", "m"],
      ["TYPE", "l"], ["TYPE", "h"], ["TYPE", "s"], ["TYPE", "z"],
    ],
  },
  {
    name: "KEYS glob patterns",
    steps: [
      ...KEYS_FIXTURE,
      ...["*", "h?llo", "h*llo", "h[ae]llo", "h[^e]llo", "h[a-b]llo", "h[b-a]llo", "h\\*llo", "h\\\\llo", "", "?", "[abc]",
        "*llo", "h*", "*\\x*", "\x00*", "[x]", "\\[x\\]", "[", "[a", "h[a-]llo", "HELLO", "hello*", "*e*e*", "[\\]]", "-", "[--]",
        "h[]llo", "h[!e]llo", "**", "*?*", "h*l*o"].map((p) => ({ cmd: ["KEYS", p], unordered: true })),
    ],
  },
  {
    name: "KEYS per database, and skips keys that have expired",
    steps: [
      ["SET", "a", "1"], ["SET", "gone", "1", "PX", "1"], ["SELECT", "1"], ["SET", "b", "1"],
      { cmd: ["KEYS", "*"], unordered: true, sleepMs: 20 }, ["SELECT", "0"], { cmd: ["KEYS", "*"], unordered: true },
      ["KEYS", "a", "b"], ["KEYS"],
    ],
  },
  {
    name: "KEYS on many keys",
    steps: [
      ...Array.from({ length: 500 }, (_, i) => ["SET", `key:${i}`, String(i)]),
      { cmd: ["KEYS", "key:1*"], unordered: true }, { cmd: ["KEYS", "*9"], unordered: true }, ["DBSIZE"],
    ],
  },
  {
    name: "ROLE of a master without replicas",
    steps: [["ROLE"], ["role"], ["ROLE", "x"]],
  },
  {
    name: "ROLE in RESP3",
    resp3: true,
    steps: [["ROLE"]],
  },
  {
    name: "TIME is two integers",
    steps: [["TIME"], ["TIME", "x"]],
  },
  {
    name: "TIME in RESP3",
    resp3: true,
    steps: [["TIME"]],
  },
];
