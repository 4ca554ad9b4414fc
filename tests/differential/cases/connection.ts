/**
 * Connection commands and the request protocol itself: PING ECHO HELLO AUTH SELECT QUIT RESET, CLIENT
 * ID/SETNAME/GETNAME/INFO/LIST, inline commands, case-insensitivity, unknown commands, arity errors and
 * protocol errors (each closes the connection after its reply).
 */
import type { DiffCase } from "../types.ts";

const BIN = "\x00\x01\xfe\xff\r\n a";
const LONG = "x".repeat(200);

export const cases: DiffCase[] = [
  {
    name: "PING with and without a message, any case, wrong arity",
    steps: [["PING"], ["ping"], ["PiNg"], ["PING", "hello"], ["PING", ""], ["PING", BIN], ["PING", "a", "b"]],
  },
  {
    name: "PING in RESP3",
    resp3: true,
    steps: [["PING"], ["PING", "x"]],
  },
  {
    name: "ECHO: plain, empty, binary, large, wrong arity",
    steps: [["ECHO", "hi"], ["ECHO", ""], ["ECHO", BIN], ["ECHO", "y".repeat(100000)], ["ECHO"], ["ECHO", "a", "b"], [
      "echo",
      "lower",
    ]],
  },
  {
    name: "HELLO with no arguments, 2 and 3; the protocol sticks",
    steps: [["HELLO"], ["HELLO", "2"], ["GET", "nokey"], ["HELLO", "3"], ["GET", "nokey"], ["HELLO"], ["HELLO", "2"], [
      "GET",
      "nokey",
    ]],
  },
  {
    name: "HELLO with a bad protocol version",
    steps: [
      ["HELLO", "1"],
      ["HELLO", "4"],
      ["HELLO", "0"],
      ["HELLO", "-1"],
      ["HELLO", "x"],
      ["HELLO", "3.0"],
      ["HELLO", " 3"],
      ["HELLO", "03"],
      ["HELLO", "9223372036854775807"],
      ["HELLO", "9223372036854775808"],
      ["HELLO", ""],
    ],
  },
  {
    name: "HELLO options: SETNAME, AUTH, repeated, bad and missing arguments",
    steps: [
      ["HELLO", "3", "SETNAME", "first"],
      ["CLIENT", "GETNAME"],
      ["HELLO", "2", "SETNAME", "a", "SETNAME", "b"],
      ["CLIENT", "GETNAME"],
      ["HELLO", "3", "AUTH", "default", "anything"],
      ["HELLO", "3", "AUTH", "default"],
      ["HELLO", "3", "AUTH"],
      ["HELLO", "3", "SETNAME"],
      ["HELLO", "3", "FOO"],
      ["HELLO", "3", "setname", "bad name"],
      ["CLIENT", "GETNAME"],
      ["HELLO", "2", "AUTH", "nosuchuser", "pw"],
      ["HELLO", "2", "setname", "x", "auth", "default", "pw"],
      ["CLIENT", "GETNAME"],
    ],
  },
  {
    name: "AUTH without a configured password",
    steps: [["AUTH", "x"], ["AUTH", "default", "x"], ["AUTH", "nosuch", "x"], ["AUTH", "a", "b", "c"], ["AUTH"]],
  },
  {
    name: "requirepass: NOAUTH until AUTH, HELLO AUTH, wrong passwords",
    steps: [
      ["CONFIG", "SET", "requirepass", "s3cret"],
      { cmd: ["GET", "k"], conn: 1 },
      { cmd: ["PING"], conn: 1 },
      { cmd: ["HELLO", "3"], conn: 1 },
      { cmd: ["CLIENT", "SETNAME", "x"], conn: 1 },
      { cmd: ["NOSUCHCMD", "a"], conn: 1 },
      { cmd: ["GET"], conn: 1 },
      { cmd: ["AUTH", "wrong"], conn: 1 },
      { cmd: ["AUTH", "default", "wrong"], conn: 1 },
      { cmd: ["AUTH", "s3cret"], conn: 1 },
      { cmd: ["GET", "k"], conn: 1 },
      { cmd: ["HELLO", "3", "AUTH", "default", "wrong"], conn: 2 },
      { cmd: ["HELLO", "2", "AUTH", "default", "s3cret"], conn: 2 },
      { cmd: ["DBSIZE"], conn: 2 },
      { cmd: ["RESET"], conn: 2 },
      { cmd: ["DBSIZE"], conn: 2 },
      { cmd: ["QUIT"], conn: 3 },
      ["DBSIZE"],
      ["CONFIG", "SET", "requirepass", ""],
    ],
  },
  {
    name: "requirepass: an unauthenticated client may not declare big requests",
    steps: [
      ["CONFIG", "SET", "requirepass", "pw"],
      {
        raw:
          "*10\r\n$4\r\nPING\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n$1\r\na\r\n",
        conn: 1,
      },
      { raw: "*11\r\n", conn: 1 },
      { raw: "*1\r\n$16384\r\n", conn: 2, noReply: true },
      { raw: "x".repeat(16384) + "\r\n", conn: 2 },
      { raw: "*1\r\n$16385\r\n", conn: 3 },
      { raw: "AUTH pw\r\n*11\r\n$1\r\na\r\n", conn: 4 },
      { raw: "*1\r\n$16385\r\n" + "x".repeat(16385) + "\r\n", conn: 4 },
      ["CONFIG", "SET", "requirepass", ""],
    ],
  },
  {
    name: "SELECT: valid, out of range, not integers",
    steps: [
      ["SELECT", "0"],
      ["SELECT", "15"],
      ["SET", "in15", "v"],
      ["DBSIZE"],
      ["SELECT", "0"],
      ["DBSIZE"],
      ["EXISTS", "in15"],
      ["SELECT", "16"],
      ["SELECT", "-1"],
      ["SELECT", "x"],
      ["SELECT", "1.0"],
      ["SELECT", " 1"],
      ["SELECT", "01"],
      ["SELECT", ""],
      ["SELECT", "9999999999"],
      ["SELECT", "-9999999999"],
      ["SELECT", "9223372036854775808"],
      ["SELECT"],
      ["SELECT", "1", "2"],
    ],
  },
  {
    name: "SELECT is per connection",
    steps: [["SELECT", "3"], ["SET", "a", "1"], { cmd: ["GET", "a"], conn: 1 }, { cmd: ["SELECT", "3"], conn: 1 }, {
      cmd: ["GET", "a"],
      conn: 1,
    }],
  },
  {
    name: "QUIT replies OK and closes; the next command gets nothing",
    steps: [["SET", "q", "1"], ["QUIT"], ["GET", "q"], { cmd: ["GET", "q"], conn: 1 }, {
      cmd: ["QUIT", "extra", "args"],
      conn: 2,
    }],
  },
  {
    name: "QUIT in a pipeline: commands after it are not run",
    steps: [{ raw: "*1\r\n$4\r\nQUIT\r\n*3\r\n$3\r\nSET\r\n$2\r\nqq\r\n$1\r\n1\r\n" }, {
      cmd: ["EXISTS", "qq"],
      conn: 1,
      sleepMs: 50,
    }],
  },
  {
    name: "RESET restores db, protocol and name",
    steps: [
      ["SELECT", "2"],
      ["HELLO", "3"],
      ["CLIENT", "SETNAME", "n"],
      ["RESET"],
      ["CLIENT", "GETNAME"],
      ["GET", "x"],
      ["DBSIZE"],
      ["RESET", "extra"],
      ["reset"],
    ],
  },
  {
    name: "CLIENT SETNAME / GETNAME",
    steps: [
      ["CLIENT", "GETNAME"],
      ["CLIENT", "SETNAME", "conn-1"],
      ["CLIENT", "GETNAME"],
      ["CLIENT", "SETNAME", "has space"],
      ["CLIENT", "SETNAME", "new\nline"],
      ["CLIENT", "SETNAME", "\x7f"],
      ["CLIENT", "SETNAME", "\xc3\xa9"],
      ["CLIENT", "GETNAME"],
      ["CLIENT", "SETNAME", ""],
      ["CLIENT", "GETNAME"],
      ["CLIENT", "SETNAME", "~!@#$%^&*()"],
      ["CLIENT", "GETNAME"],
      ["CLIENT", "SETNAME"],
      ["CLIENT", "SETNAME", "a", "b"],
      ["CLIENT", "GETNAME", "x"],
      ["client", "setname", "lower"],
      ["CLIENT", "getName"],
    ],
  },
  {
    name: "CLIENT ID is an integer, stable per connection",
    steps: [["CLIENT", "ID"], ["CLIENT", "ID"], { cmd: ["CLIENT", "ID"], conn: 1 }, ["CLIENT", "ID", "x"]],
  },
  {
    name: "CLIENT with no or an unknown subcommand",
    steps: [["CLIENT"], ["CLIENT", "NOSUCH"], ["CLIENT", "nosuch", "a", "b"], ["CLIENT", LONG], ["CLIENT", "a\x00b"]],
  },
  {
    name: "CLIENT INFO fields",
    steps: [["CLIENT", "INFO"], ["CLIENT", "SETNAME", "me"], ["SELECT", "4"], ["CLIENT", "INFO"], [
      "CLIENT",
      "INFO",
      "x",
    ]],
  },
  {
    name: "CLIENT INFO in RESP3 is verbatim text",
    resp3: true,
    steps: [["CLIENT", "INFO"]],
  },
  {
    name: "CLIENT LIST with several connections, names and dbs",
    steps: [
      { cmd: ["CLIENT", "SETNAME", "one"], conn: 1 },
      { cmd: ["SELECT", "5"], conn: 2 },
      ["CLIENT", "LIST"],
      ["CLIENT", "LIST", "TYPE", "normal"],
      ["CLIENT", "LIST", "TYPE", "NORMAL"],
      ["CLIENT", "LIST", "TYPE", "pubsub"],
      ["CLIENT", "LIST", "TYPE", "master"],
      ["CLIENT", "LIST", "TYPE", "replica"],
      ["CLIENT", "LIST", "TYPE", "slave"],
      ["CLIENT", "LIST", "TYPE", "nosuch"],
      ["CLIENT", "LIST", "ID", "${id1}"],
      ["CLIENT", "LIST", "ID", "${id1}", "${id2}", "999999"],
      ["CLIENT", "LIST", "ID", "${id2}", "${id1}", "${id2}"],
      ["CLIENT", "LIST", "ID", "x"],
      ["CLIENT", "LIST", "ID", "0"],
      ["CLIENT", "LIST", "ID", "-1"],
      ["CLIENT", "LIST", "ID"],
      ["CLIENT", "LIST", "foo"],
      ["CLIENT", "LIST", "TYPE"],
      ["CLIENT", "LIST", "TYPE", "normal", "extra"],
    ],
  },
  {
    name: "CLIENT LIST shows the last command and the RESP version",
    steps: [{ cmd: ["HELLO", "3"], conn: 1 }, { cmd: ["ECHO", "x"], conn: 2 }, ["CLIENT", "LIST"]],
  },
  {
    name: "unknown commands quote the name and the first arguments",
    steps: [
      ["NOSUCH"],
      ["NOSUCH", "a", "b"],
      ["nosuch", ""],
      [LONG, LONG],
      ["NOSUCH", LONG, "b", "c"],
      ["NOSUCH", "x".repeat(100), "y".repeat(20), "z".repeat(20)],
      ["NO\x00SUCH", "a\x00b", "c"],
      ["bad\r\nname", "arg\r\n"],
      ["\xff\xfe", "\x80"],
      [""],
      ["", "a"],
      ["GET\x00", "k"],
    ],
  },
  {
    name: "arity errors name the command as Redis spells it",
    steps: [
      ["GET"],
      ["GET", "a", "b"],
      ["SET", "a"],
      ["get"],
      ["DBSIZE", "x"],
      ["TYPE"],
      ["KEYS"],
      ["FLUSHALL", "a", "b"],
      ["PING", "a", "b", "c"],
      ["CONFIG", "GET"],
      ["CONFIG", "SET", "a"],
      ["COMMAND", "COUNT", "x"],
      ["CLIENT", "ID", "x"],
    ],
  },
  {
    name: "command names are case-insensitive, subcommands too",
    steps: [["set", "k", "v"], ["GeT", "k"], ["dbSIZE"], ["cLiEnT", "gEtNaMe"], ["CONFIG", "get", "maxmemory"], [
      "config",
      "GET",
      "maxmemory",
    ]],
  },
  {
    name: "inline commands: words, quotes, escapes",
    steps: [
      { raw: "PING\r\n" },
      { raw: "PING\n" },
      { raw: "ECHO hello\r\n" },
      { raw: "  ECHO   spaced   \r\n" },
      { raw: 'ECHO "with space"\r\n' },
      { raw: "ECHO 'single quoted'\r\n" },
      { raw: 'ECHO "esc \\n\\r\\t\\b\\a \\x41\\x4a \\" \\\\ \\q"\r\n' },
      { raw: "ECHO 'it\\'s'\r\n" },
      { raw: "ECHO 'no \\n escape'\r\n" },
      { raw: 'ECHO "\\xZZ"\r\n' },
      { raw: 'ECHO "\\x4"\r\n' },
      { raw: 'ECHO ""\r\n' },
      { raw: "ECHO ''\r\n" },
      { raw: 'SET inl "a b"\r\n' },
      { raw: "GET inl\r\n" },
      { raw: "ECHO a\tb\r\n" },
      { raw: "ECHO \xff\xfe\r\n" },
      { raw: "get inl\r\n" },
    ],
  },
  {
    name: "inline: empty lines are skipped",
    steps: [{ raw: "\r\n\r\n\n   \r\nPING\r\n" }],
  },
  {
    name: "inline: pipelined lines",
    steps: [{ raw: "PING\r\nECHO a\r\nECHO b\n" }, { read: true }, { read: true }],
  },
  {
    name: "inline: unbalanced double quotes is a protocol error that closes",
    steps: [{ raw: 'ECHO "abc\r\n' }, ["PING"]],
  },
  {
    name: "inline: unbalanced single quotes",
    steps: [{ raw: "ECHO 'abc\r\n" }],
  },
  {
    name: "inline: a closing quote must be followed by a space",
    steps: [{ raw: 'ECHO "a"b\r\n' }],
  },
  {
    name: "inline: a closing single quote must be followed by a space",
    steps: [{ raw: "ECHO 'a'b\r\n" }],
  },
  {
    name: "inline: a quote in the middle of a word opens a quoted part",
    steps: [{ raw: 'ECHO ab"c d"\r\n' }, { raw: "ECHO ab'c d'\r\n" }],
  },
  {
    name: "inline: unknown command and arity",
    steps: [{ raw: "NOSUCH a b\r\n" }, { raw: "GET\r\n" }],
  },
  {
    name: "inline command split across writes",
    steps: [{ raw: "ECH", noReply: true }, { raw: "O spl", noReply: true, sleepMs: 20 }, {
      raw: "it\r\n",
      sleepMs: 20,
    }],
  },
  {
    name: "multibulk split across writes at awkward places",
    steps: [
      { raw: "*2\r", noReply: true },
      { raw: "\n$4\r\nEC", noReply: true, sleepMs: 20 },
      { raw: "HO\r\n$3\r", noReply: true, sleepMs: 20 },
      { raw: "\nabc\r", noReply: true, sleepMs: 20 },
      { raw: "\n", sleepMs: 20 },
    ],
  },
  {
    name: "multibulk: zero and negative counts are ignored",
    steps: [{ raw: "*0\r\n*-1\r\n*-10\r\nPING\r\n" }],
  },
  {
    name: "multibulk: the count must be an integer",
    steps: [{ raw: "*abc\r\n" }],
  },
  {
    name: "multibulk: count with a leading plus",
    steps: [{ raw: "*+1\r\n$4\r\nPING\r\n" }],
  },
  {
    name: "multibulk: count beyond INT_MAX",
    steps: [{ raw: "*2147483648\r\n" }],
  },
  {
    name: "multibulk: a huge count is accepted and waits for the arguments",
    steps: [{ raw: "*2147483647\r\n$4\r\nPING\r\n", noReply: true }, { cmd: ["PING"], conn: 1 }],
  },
  {
    name: "multibulk: expected '$'",
    steps: [{ raw: "*3\r\n$3\r\nSET\r\n$1\r\nx\r\nfooz\r\n" }],
  },
  {
    name: "multibulk: expected '$' after an empty line",
    steps: [{ raw: "*1\r\n\r\n" }],
  },
  {
    name: "multibulk: negative bulk length",
    steps: [{ raw: "*3\r\n$3\r\nSET\r\n$1\r\nx\r\n$-10\r\n" }],
  },
  {
    name: "multibulk: bulk length not a number",
    steps: [{ raw: "*1\r\n$x\r\n" }],
  },
  {
    name: "multibulk: bulk length over proto-max-bulk-len",
    steps: [{ raw: "*1\r\n$536870913\r\n" }],
  },
  {
    name: "multibulk: bulk length of exactly 512MB is accepted and waits",
    steps: [{ raw: "*1\r\n$536870912\r\nabc", noReply: true }, { cmd: ["PING"], conn: 1 }],
  },
  {
    name: "multibulk: the two bytes after a bulk are not checked",
    steps: [{ raw: "*2\r\n$4\r\nECHO\r\n$1\r\naXY*1\r\n$4\r\nPING\r\n" }, { read: true }],
  },
  {
    name: "multibulk: commands before a protocol error still run",
    steps: [{ raw: "*1\r\n$4\r\nPING\r\n*1\r\n$4\r\nPING\r\n*x\r\n" }, { read: true }, { read: true }],
  },
  {
    name: "multibulk: a header line over 64KB without CR",
    steps: [{ raw: "*" + "1".repeat(70000) }],
  },
  {
    name: "multibulk: a bulk header over 64KB without CR",
    steps: [{ raw: "*1\r\n$" + "1".repeat(70000) }],
  },
  {
    name: "inline: a line over 64KB without newline",
    steps: [{ raw: "ECHO " + "a".repeat(70000) }],
  },
  {
    name: "inline: a 60KB line is fine",
    steps: [{ raw: "ECHO " + "a".repeat(60000) + "\r\n" }],
  },
  {
    name: "a NUL byte in an inline line hides the newline",
    steps: [{ raw: "ECHO a\x00b\r\n", noReply: true }, { cmd: ["PING"], conn: 1 }],
  },
  {
    name: "a NUL byte in a multibulk header hides the CR",
    steps: [{ raw: "*1\x00\r\n$4\r\nPING\r\n", noReply: true }, { cmd: ["PING"], conn: 1 }],
  },
  {
    name: "NUL bytes in bulk arguments are data",
    steps: [["SET", "k\x00ey", "v\x00al"], ["GET", "k\x00ey"], ["ECHO", "\x00"]],
  },
  {
    name: "a client that disconnects mid-command does not disturb others",
    steps: [{ raw: "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$10\r\nabc", noReply: true, conn: 1 }, { cmd: ["EXISTS", "k"] }],
  },
  {
    name: "many arguments in one command",
    steps: [
      ["DEL", ...Array.from({ length: 3000 }, (_, i) => `key${i}`)],
      ["ECHO", ...Array.from({ length: 3000 }, (_, i) => `a${i}`)],
    ],
  },
  {
    name: "a deep pipeline of PINGs in one write",
    steps: [
      { raw: "*1\r\n$4\r\nPING\r\n".repeat(2000) + "*2\r\n$4\r\nECHO\r\n$4\r\nlast\r\n", noReply: true },
      ...Array.from({ length: 2001 }, () => ({ read: true })),
    ],
  },
];
