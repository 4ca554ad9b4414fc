/**
 * ACL (acl.c) in process: every ACL subcommand, every rule form of ACL SETUSER with the canonical text ACL
 * LIST prints back, AUTH and HELLO with usernames, and the permission checks per command family (a command,
 * a key read or written, a channel, MULTI/EXEC, a script), as redis-server 7.0.15 answers them.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import type { TestConn } from "../helpers/inprocess.ts";
import { sha256hex } from "../../src/core/sha256.ts";

const OK = "+OK\r\n";

function bulk(s: string): string {
  return `$${s.length}\r\n${s}\r\n`;
}

/** The lines of a RESP2 array of bulk strings. */
function bulks(reply: string): string[] {
  const out: string[] = [];
  const lines = reply.split("\r\n");
  for (let i = 1; i < lines.length; i++) if (lines[i].startsWith("$")) out.push(lines[i + 1]);
  return out;
}

/** ACL LIST's line for one user. */
function listed(c: TestConn, name: string): string | undefined {
  return bulks(c.cmd("ACL", "LIST")).find((l) => l.startsWith(`user ${name} `));
}

function setuser(c: TestConn, name: string, ...rules: string[]): string {
  return c.cmd("ACL", "SETUSER", name, ...rules);
}

test("SHA-256 matches known digests", () => {
  assert.equal(sha256hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  assert.equal(sha256hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  assert.equal(sha256hex("pw"), "30c952fab122c3f9759f02a6d95c3758b246b4fee239957b2d4fee46e26170c4");
  assert.equal(
    sha256hex("a".repeat(1000)),
    "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3",
  );
});

test("the default user allows everything and has no password", () => {
  const c = inProcess().connect();
  assert.deepEqual(bulks(c.cmd("ACL", "LIST")), ["user default on nopass ~* &* +@all"]);
  assert.equal(c.cmd("ACL", "WHOAMI"), bulk("default"));
  assert.equal(c.cmd("ACL", "USERS"), "*1\r\n" + bulk("default"));
  assert.equal(
    c.cmd("ACL", "GETUSER", "default"),
    "*12\r\n$5\r\nflags\r\n*2\r\n$2\r\non\r\n$6\r\nnopass\r\n$9\r\npasswords\r\n*0\r\n$8\r\ncommands\r\n$5\r\n+@all\r\n" +
      "$4\r\nkeys\r\n$2\r\n~*\r\n$8\r\nchannels\r\n$2\r\n&*\r\n$9\r\nselectors\r\n*0\r\n",
  );
});

test("ACL SETUSER creates a user off with no permissions, and rules are listed canonically", () => {
  const c = inProcess().connect();
  assert.equal(setuser(c, "carl"), OK);
  assert.equal(listed(c, "carl"), "user carl off resetchannels -@all");
  assert.equal(
    setuser(c, "alice", "on", ">pw", "~foo*", "%R~bar", "&ch*", "+get", "-@all", "+@hash", "-hset"),
    OK,
  );
  assert.equal(
    listed(c, "alice"),
    "user alice on #30c952fab122c3f9759f02a6d95c3758b246b4fee239957b2d4fee46e26170c4 ~foo* %R~bar resetchannels &ch* -@all +@hash -hset",
  );
  assert.equal(setuser(c, "bob", "(~x +get)", "reset"), OK);
  assert.equal(listed(c, "bob"), "user bob off sanitize-payload resetchannels -@all");
  assert.deepEqual(bulks(c.cmd("ACL", "USERS")), ["alice", "bob", "carl", "default"]);
});

test("category rules are described by the best-fitting categories first, as Redis does", () => {
  const c = inProcess().connect();
  setuser(c, "g1", "+@all", "-@dangerous", "-@admin", "-get");
  assert.equal(listed(c, "g1"), "user g1 off resetchannels +@all -@dangerous -get");
  setuser(c, "g4", "+@all", "-@all", "+@string", "+@list", "-lpush", "+@admin");
  assert.equal(listed(c, "g4"), "user g4 off resetchannels -@all +@admin +@string +@list -lpush");
  setuser(c, "g5", "-@all", "+@pubsub", "+@connection", "+@transaction", "+@scripting", "+@blocking");
  assert.equal(
    listed(c, "g5"),
    "user g5 off resetchannels -@all +@connection +@scripting +@pubsub +@blocking +@transaction",
  );
  setuser(c, "g7", "allcommands", "-@slow", "-@fast");
  assert.equal(listed(c, "g7"), "user g7 off resetchannels +@all -@slow -@fast");
});

test("subcommand and first-arg rules", () => {
  const c = inProcess().connect();
  assert.equal(setuser(c, "s", "-@all", "+config|get", "+select|0", "+select|1"), OK);
  assert.equal(listed(c, "s"), "user s off resetchannels -@all +config|get +select|0 +select|1");
  assert.equal(setuser(c, "s", "+select"), OK);
  assert.equal(listed(c, "s"), "user s off resetchannels -@all +config|get +select");
  assert.equal(setuser(c, "t", "+@all", "-config|set"), OK);
  assert.equal(listed(c, "t"), "user t off resetchannels +@all -config|set");
});

test("key patterns: read and write forms merge, allkeys and resetkeys", () => {
  const c = inProcess().connect();
  assert.equal(setuser(c, "k", "%R~a", "%W~a", "%R~b", "~c", "%R~c", "%RW~d", "%w~e"), OK);
  assert.equal(listed(c, "k"), "user k off ~a %R~b ~c ~d %W~e resetchannels -@all");
  assert.equal(setuser(c, "k", "allkeys"), OK);
  assert.equal(listed(c, "k"), "user k off ~* resetchannels -@all");
  assert.equal(setuser(c, "k", "resetkeys", "%R~*"), OK);
  assert.equal(listed(c, "k"), "user k off %R~* resetchannels -@all");
});

test("channel patterns: allchannels and resetchannels", () => {
  const c = inProcess().connect();
  assert.equal(setuser(c, "ch", "&a", "&b*", "&a"), OK);
  assert.equal(listed(c, "ch"), "user ch off resetchannels &a &b* -@all");
  assert.equal(setuser(c, "ch", "allchannels"), OK);
  assert.equal(listed(c, "ch"), "user ch off &* -@all");
});

test("acl-pubsub-default allchannels gives new users and selectors every channel", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("CONFIG", "SET", "acl-pubsub-default", "allchannels"), OK);
  setuser(c, "p", "(~x)");
  assert.equal(listed(c, "p"), "user p off &* -@all (~x &* -@all)");
});

test("passwords: >, <, #, !, nopass and resetpass", () => {
  const c = inProcess().connect();
  const h = sha256hex("secret");
  assert.equal(setuser(c, "u", ">secret", ">secret", `#${h}`, ">other"), OK);
  assert.equal(listed(c, "u"), `user u off #${h} #${sha256hex("other")} resetchannels -@all`);
  assert.equal(setuser(c, "u", "<other"), OK);
  assert.equal(setuser(c, "u", `!${h}`), OK);
  assert.equal(listed(c, "u"), "user u off resetchannels -@all");
  assert.equal(setuser(c, "u", ">x", "nopass"), OK);
  assert.equal(listed(c, "u"), "user u off nopass resetchannels -@all");
  assert.equal(setuser(c, "u", ">x"), OK);
  assert.equal(listed(c, "u"), `user u off #${sha256hex("x")} resetchannels -@all`);
  assert.equal(setuser(c, "u", "resetpass"), OK);
  assert.equal(listed(c, "u"), "user u off resetchannels -@all");
  assert.match(bulks(c.cmd("ACL", "GETUSER", "u")).join(" "), /^flags off passwords commands/);
});

test("selectors are listed in parentheses and cleared by clearselectors", () => {
  const c = inProcess().connect();
  assert.equal(setuser(c, "sel", "(~x", "+get", " &y)", "(%W~y +@read)"), OK);
  assert.equal(
    listed(c, "sel"),
    "user sel off resetchannels -@all (~x resetchannels &y -@all +get) (%W~y resetchannels -@all +@read)",
  );
  const getuser = c.cmd("ACL", "GETUSER", "sel");
  assert.match(
    getuser,
    /\$9\r\nselectors\r\n\*2\r\n\*6\r\n\$8\r\ncommands\r\n\$10\r\n-@all \+get\r\n\$4\r\nkeys\r\n\$2\r\n~x\r\n/,
  );
  assert.equal(setuser(c, "sel", "clearselectors"), OK);
  assert.equal(listed(c, "sel"), "user sel off resetchannels -@all");
});

test("ACL SETUSER refuses a bad rule with Redis's text and changes nothing", () => {
  const c = inProcess().connect();
  const err = (op: string, why: string) => `-ERR Error in ACL SETUSER modifier '${op}': ${why}\r\n`;
  assert.equal(setuser(c, "eve", "on", "foo"), err("foo", "Syntax error"));
  assert.equal(c.cmd("ACL", "GETUSER", "eve"), "$-1\r\n");
  const cases: [string, string][] = [
    ["#abc", "The password hash must be exactly 64 characters and contain only lowercase hexadecimal characters"],
    ["<nope", "The password you are trying to remove from the user does not exist"],
    ["+nosuch", "Unknown command or category name in ACL"],
    ["+@nosuch", "Unknown command or category name in ACL"],
    ["-select|0", "Unknown command or category name in ACL"],
    ["+select|0|1", "Unknown command or category name in ACL"],
    ["+config|nosuch", "Unknown command or category name in ACL"],
    ["+config|get|x", "Allowing first-arg of a subcommand is not supported"],
    ["%X~a", "Syntax error"],
    ["%~a", "Syntax error"],
    ["(~x +get x)", "Syntax error"],
    ["(+nosuch)", "Unknown command or category name in ACL"],
  ];
  for (const [op, why] of cases) assert.equal(setuser(c, "eve", op), err(op, why), op);
  assert.equal(
    setuser(c, "eve", "allkeys", "~x"),
    err(
      "~x",
      "Adding a pattern after the * pattern (or the 'allkeys' flag) is not valid and does not have any effect. Try 'resetkeys' to start with an empty list of patterns",
    ),
  );
  assert.equal(
    setuser(c, "eve", "allchannels", "&x"),
    err(
      "&x",
      "Adding a pattern after the * pattern (or the 'allchannels' flag) is not valid and does not have any effect. Try 'resetchannels' to start with an empty list of channels",
    ),
  );
  assert.equal(setuser(c, "eve", "(~x"), "-ERR Unmatched parenthesis in acl selector starting at '(~x'.\r\n");
  assert.equal(c.cmd("ACL", "SETUSER", "a b"), "-ERR Usernames can't contain spaces or null characters\r\n");
  assert.equal(c.cmd("ACL", "GETUSER", "eve"), "$-1\r\n");
});

test("ACL DELUSER deletes users but never the default user", () => {
  const c = inProcess().connect();
  setuser(c, "a");
  setuser(c, "b");
  assert.equal(c.cmd("ACL", "DELUSER", "a", "default"), "-ERR The 'default' user cannot be removed\r\n");
  assert.equal(c.cmd("ACL", "DELUSER", "a", "nosuch", "b"), ":2\r\n");
  assert.deepEqual(bulks(c.cmd("ACL", "USERS")), ["default"]);
});

test("ACL CAT lists categories, or a category's commands and subcommands", () => {
  const c = inProcess().connect();
  const cats = bulks(c.cmd("ACL", "CAT"));
  assert.equal(cats.length, 21);
  assert.deepEqual(cats.slice(0, 3), ["keyspace", "read", "write"]);
  const hash = bulks(c.cmd("ACL", "CAT", "HASH"));
  assert.ok(hash.includes("hset") && hash.includes("hget") && !hash.includes("get"));
  assert.ok(bulks(c.cmd("ACL", "CAT", "admin")).includes("config|set"));
  assert.equal(c.cmd("ACL", "CAT", "nosuch"), "-ERR Unknown category 'nosuch'\r\n");
  assert.equal(
    c.cmd("ACL", "CAT", "a", "b"),
    "-ERR unknown subcommand or wrong number of arguments for 'CAT'. Try ACL HELP.\r\n",
  );
});

test("ACL GENPASS gives hex of the bits asked for", () => {
  const c = inProcess().connect();
  assert.match(c.cmd("ACL", "GENPASS"), /^\$64\r\n[0-9a-f]{64}\r\n$/);
  assert.match(c.cmd("ACL", "GENPASS", "5"), /^\$2\r\n[0-9a-f]{2}\r\n$/);
  assert.match(c.cmd("ACL", "GENPASS", "4096"), /^\$1024\r\n[0-9a-f]{1024}\r\n$/);
  const bits =
    "-ERR ACL GENPASS argument must be the number of bits for the output password, a positive number up to 4096\r\n";
  assert.equal(c.cmd("ACL", "GENPASS", "0"), bits);
  assert.equal(c.cmd("ACL", "GENPASS", "4097"), bits);
  assert.equal(c.cmd("ACL", "GENPASS", "abc"), "-ERR value is not an integer or out of range\r\n");
});

test("ACL DRYRUN says what a user could run without running it", () => {
  const c = inProcess().connect();
  setuser(c, "fay", "on", "nopass", "+get", "+publish", "~a", "&ch");
  assert.equal(c.cmd("ACL", "DRYRUN", "fay", "get", "a"), OK);
  assert.equal(c.cmd("ACL", "DRYRUN", "fay", "get", "b"), bulk("This user has no permissions to access the 'b' key"));
  assert.equal(
    c.cmd("ACL", "DRYRUN", "fay", "set", "a", "1"),
    bulk("This user has no permissions to run the 'set' command"),
  );
  assert.equal(
    c.cmd("ACL", "DRYRUN", "fay", "publish", "zz", "1"),
    bulk("This user has no permissions to access the 'zz' channel"),
  );
  assert.equal(c.cmd("ACL", "DRYRUN", "nouser", "get", "x"), "-ERR User 'nouser' not found\r\n");
  assert.equal(c.cmd("ACL", "DRYRUN", "fay", "nosuch"), "-ERR Command 'nosuch' not found\r\n");
  assert.equal(c.cmd("ACL", "DRYRUN", "fay", "get"), "-ERR wrong number of arguments for 'get' command\r\n");
  assert.equal(c.cmd("EXISTS", "a"), ":0\r\n");
});

test("ACL LOAD and SAVE need an aclfile", () => {
  const c = inProcess().connect();
  const noFile =
    "-ERR This Redis instance is not configured to use an ACL file. You may want to specify users via the ACL SETUSER command and then issue a CONFIG REWRITE (assuming you have a Redis configuration file set) in order to store users in the Redis configuration.\r\n";
  assert.equal(c.cmd("ACL", "LOAD"), noFile);
  assert.equal(c.cmd("ACL", "SAVE"), noFile);
});

test("ACL HELP lists the subcommands", () => {
  const c = inProcess().connect();
  const help = c.cmd("ACL", "HELP");
  assert.match(help, /^\*29\r\n\+ACL <subcommand> \[<arg> \[value\] \[opt\] \.\.\.\]\. Subcommands are:\r\n/);
  assert.ok(help.includes("+WHOAMI\r\n+    Return the current connection username.\r\n+HELP\r\n"));
});

// ---- Authentication ----

test("AUTH with a username switches user; a wrong password is WRONGPASS and logged", () => {
  const t = inProcess();
  const admin = t.connect();
  setuser(admin, "gil", "on", ">pw", "+@all", "~*");
  const c = t.connect();
  const wrongpass = "-WRONGPASS invalid username-password pair or user is disabled.\r\n";
  assert.equal(c.cmd("AUTH", "gil", "bad"), wrongpass);
  assert.equal(c.cmd("AUTH", "nouser", "pw"), wrongpass);
  assert.equal(c.cmd("AUTH", "gil", "pw"), OK);
  assert.equal(c.cmd("ACL", "WHOAMI"), bulk("gil"));
  assert.match(c.cmd("CLIENT", "INFO"), / user=gil /);
  setuser(admin, "gil", "off");
  assert.equal(t.connect().cmd("AUTH", "gil", "pw"), wrongpass);
  const log = admin.cmd("ACL", "LOG");
  // The disabled user's attempt counts with the first wrong password for gil, and moves to the head.
  assert.match(log, /^\*2\r\n\*14\r\n\$5\r\ncount\r\n:2\r\n/);
  assert.deepEqual(bulks(log).slice(1, 9), [
    "reason",
    "auth",
    "context",
    "toplevel",
    "object",
    "AUTH",
    "username",
    "gil",
  ]);
  assert.equal(admin.cmd("ACL", "LOG", "RESET"), OK);
  assert.equal(admin.cmd("ACL", "LOG"), "*0\r\n");
});

test("AUTH with one argument and no password set keeps Redis's old error", () => {
  const c = inProcess().connect();
  assert.equal(
    c.cmd("AUTH", "x"),
    "-ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?\r\n",
  );
  assert.equal(c.cmd("AUTH", "default", "anything"), OK);
});

test("requirepass is the default user's password, and CONFIG SET changes it", () => {
  const t = inProcess([["requirepass", "s3cret"]]);
  const c = t.connect();
  assert.equal(c.cmd("GET", "k"), "-NOAUTH Authentication required.\r\n");
  assert.equal(c.cmd("AUTH", "s3cret"), OK);
  assert.equal(listed(c, "default"), `user default on #${sha256hex("s3cret")} ~* &* +@all`);
  assert.equal(c.cmd("CONFIG", "SET", "requirepass", ""), OK);
  assert.equal(listed(c, "default"), "user default on nopass ~* &* +@all");
  // A client that never authenticated may run commands once the default user needs no password.
  const d = t.connect();
  assert.equal(d.cmd("PING"), "+PONG\r\n");
});

test("HELLO AUTH authenticates with a username", () => {
  const t = inProcess([["requirepass", "pw"]]);
  const admin = t.connect();
  admin.cmd("AUTH", "pw");
  setuser(admin, "h", "on", ">hp", "+@all", "~*");
  const c = t.connect();
  assert.match(c.cmd("HELLO", "3", "AUTH", "h", "bad"), /^-WRONGPASS /);
  assert.match(c.cmd("HELLO", "3", "AUTH", "h", "hp"), /^%7\r\n/);
  assert.equal(c.cmd("ACL", "WHOAMI"), bulk("h"));
});

test("a disabled default user makes every client authenticate", () => {
  const t = inProcess();
  const admin = t.connect();
  setuser(admin, "root", "on", ">r", "+@all", "~*", "&*");
  setuser(admin, "default", "off");
  const c = t.connect();
  assert.equal(c.cmd("PING"), "-NOAUTH Authentication required.\r\n");
  assert.equal(c.cmd("AUTH", "root", "r"), OK);
  assert.equal(c.cmd("PING"), "+PONG\r\n");
});

test("RESET goes back to the default user", () => {
  const t = inProcess();
  const c = t.connect();
  setuser(c, "r", "on", "nopass", "+@all", "~*");
  c.cmd("AUTH", "r", "x");
  assert.equal(c.cmd("RESET"), "+RESET\r\n");
  assert.equal(c.cmd("ACL", "WHOAMI"), bulk("default"));
});

// ---- Enforcement ----

/** A server with an admin connection and a connection authenticated as `name` with `rules`. */
function asUser(name: string, ...rules: string[]): { admin: TestConn; c: TestConn } {
  const t = inProcess();
  const admin = t.connect();
  assert.equal(setuser(admin, name, "on", ">p", ...rules), OK);
  const c = t.connect();
  assert.equal(c.cmd("AUTH", name, "p"), OK);
  return { admin, c };
}

test("a command the user may not run is NOPERM, logged with the command", () => {
  const { admin, c } = asUser("u", "+get", "~*");
  assert.equal(c.cmd("SET", "a", "1"), "-NOPERM this user has no permissions to run the 'set' command\r\n");
  assert.equal(
    c.cmd("CONFIG", "GET", "port"),
    "-NOPERM this user has no permissions to run the 'config|get' command\r\n",
  );
  assert.equal(c.cmd("GET", "a"), "$-1\r\n");
  const log = bulks(admin.cmd("ACL", "LOG"));
  assert.deepEqual(log.slice(1, 9), [
    "reason",
    "command",
    "context",
    "toplevel",
    "object",
    "config|get",
    "username",
    "u",
  ]);
  assert.match(log[12], / cmd=config\|get user=u /);
  assert.match(admin.cmd("INFO", "errorstats"), /errorstat_NOPERM:count=2/);
});

test("keys are checked by read and write permission from the key specs", () => {
  const { c } = asUser("k", "+@all", "%R~r*", "%W~w*", "~rw*");
  const denied = "-NOPERM this user has no permissions to access one of the keys used as arguments\r\n";
  assert.equal(c.cmd("GET", "r1"), "$-1\r\n");
  assert.equal(c.cmd("SET", "r1", "x"), denied);
  assert.equal(c.cmd("SET", "w1", "x"), OK);
  assert.equal(c.cmd("GET", "w1"), denied);
  assert.equal(c.cmd("SET", "rw1", "x"), OK);
  assert.equal(c.cmd("GET", "rw1"), bulk("x"));
  // LMOVE reads and deletes from the source (RW), inserts into the destination (W only).
  assert.equal(c.cmd("LPUSH", "w2", "a"), ":1\r\n");
  assert.equal(c.cmd("LMOVE", "w2", "rw2", "LEFT", "LEFT"), denied);
  assert.equal(c.cmd("LMOVE", "rw3", "w2", "LEFT", "LEFT"), "$-1\r\n");
  // SET with GET reads the key too.
  assert.equal(c.cmd("SET", "w1", "y", "GET"), denied);
  // A key-less command is not affected.
  assert.equal(c.cmd("DBSIZE"), ":3\r\n");
});

test("channels are checked for PUBLISH, SUBSCRIBE and PSUBSCRIBE", () => {
  const { admin, c } = asUser("ps", "+@all", "&news.*", "&lit*");
  const denied = "-NOPERM this user has no permissions to access one of the channels used as arguments\r\n";
  assert.equal(c.cmd("PUBLISH", "news.a", "x"), ":0\r\n");
  assert.equal(c.cmd("PUBLISH", "other", "x"), denied);
  assert.equal(c.cmd("PSUBSCRIBE", "news.*x"), denied);
  assert.match(c.cmd("PSUBSCRIBE", "lit*"), /psubscribe/);
  assert.equal(c.cmd("SUBSCRIBE", "news.b", "other"), denied);
  const log = bulks(admin.cmd("ACL", "LOG", "1"));
  assert.deepEqual(log.slice(1, 7), ["reason", "channel", "context", "toplevel", "object", "other"]);
});

test("a queued command is checked when queued and again at EXEC", () => {
  const { admin, c } = asUser("m", "+@all", "~a");
  assert.equal(c.cmd("MULTI"), OK);
  assert.equal(
    c.cmd("GET", "b"),
    "-NOPERM this user has no permissions to access one of the keys used as arguments\r\n",
  );
  assert.equal(c.cmd("EXEC"), "-EXECABORT Transaction discarded because of previous errors.\r\n");
  assert.deepEqual(bulks(admin.cmd("ACL", "LOG", "1")).slice(1, 5), ["reason", "key", "context", "multi"]);
  assert.equal(c.cmd("MULTI"), OK);
  assert.equal(c.cmd("SET", "a", "1"), "+QUEUED\r\n");
  assert.equal(c.cmd("GET", "a"), "+QUEUED\r\n");
  setuser(admin, "m", "-get");
  assert.equal(
    c.cmd("EXEC"),
    "*2\r\n+OK\r\n-NOPERM ACLs rules changed between the moment the transaction was accumulated and the EXEC call. This command is no longer allowed for the following reason: no permission to execute the command or subcommand\r\n",
  );
});

test("a script's redis.call runs with the caller's permissions", () => {
  const { admin, c } = asUser("s", "+eval", "+get", "~a");
  assert.match(
    c.cmd("EVAL", "return redis.call('set','a','1')", "0"),
    /^-ERR The user executing the script can't run this command or subcommand script: [0-9a-f]{40}, on @user_script:1\.\r\n$/,
  );
  assert.match(
    c.cmd("EVAL", "return redis.call('get','b')", "0"),
    /^-ERR The user executing the script can't access at least one of the keys mentioned in the command arguments script: /,
  );
  assert.equal(c.cmd("EVAL", "return redis.call('get','a')", "0"), "$-1\r\n");
  // EVAL's own keys are checked before the script runs.
  assert.equal(
    c.cmd("EVAL", "return 1", "1", "b"),
    "-NOPERM this user has no permissions to access one of the keys used as arguments\r\n",
  );
  assert.deepEqual(bulks(admin.cmd("ACL", "LOG", "2")).slice(1, 5), ["reason", "key", "context", "toplevel"]);
  const lua = bulks(admin.cmd("ACL", "LOG")).join(" ");
  assert.match(lua, /reason key context lua object b username s/);
  assert.match(lua, / cmd=eval user=s /);
});

test("selectors: any selector that allows the command lets it run", () => {
  const { c } = asUser("sel", "resetkeys", "-@all", "(+@write ~write::*)", "(+@read ~read::*)");
  assert.equal(c.cmd("PING"), "-NOPERM this user has no permissions to run the 'ping' command\r\n");
  assert.equal(c.cmd("SET", "write::foo", "bar"), OK);
  assert.equal(c.cmd("GET", "read::foo"), "$-1\r\n");
  assert.equal(
    c.cmd("GET", "write::foo"),
    "-NOPERM this user has no permissions to access one of the keys used as arguments\r\n",
  );
});

test("first-arg rules allow a command with one first argument only", () => {
  const { c } = asUser("f", "-@all", "+select|0", "~*");
  assert.equal(c.cmd("SELECT", "0"), OK);
  assert.equal(c.cmd("SELECT", "1"), "-NOPERM this user has no permissions to run the 'select' command\r\n");
});

test("AUTH and HELLO need no permission", () => {
  const { c } = asUser("n", "-@all");
  assert.equal(c.cmd("AUTH", "n", "p"), OK);
  assert.match(c.cmd("HELLO", "2"), /^\*14\r\n/);
});

test("ACL LOG groups repeated denials and counts them, newest first", () => {
  const { admin, c } = asUser("l", "+get", "~a");
  c.cmd("GET", "b");
  c.cmd("GET", "b");
  c.cmd("SET", "a", "1");
  const log = admin.cmd("ACL", "LOG");
  assert.match(log, /^\*2\r\n\*14\r\n\$5\r\ncount\r\n:1\r\n\$6\r\nreason\r\n\$7\r\ncommand\r\n/);
  assert.match(log, /\$5\r\ncount\r\n:2\r\n\$6\r\nreason\r\n\$3\r\nkey\r\n/);
  assert.match(admin.cmd("ACL", "LOG", "1"), /^\*1\r\n/);
  assert.equal(admin.cmd("ACL", "LOG", "-1"), "*0\r\n");
  assert.equal(admin.cmd("ACL", "LOG", "x"), "-ERR value is not an integer or out of range\r\n");
  admin.cmd("CONFIG", "SET", "acllog-max-len", "1");
  assert.match(admin.cmd("ACL", "LOG"), /^\*1\r\n/);
});

test("ACL LOG ages entries by the server clock, and a denial a minute later starts a new entry", () => {
  const t = inProcess();
  const admin = t.connect();
  setuser(admin, "age", "on", ">p", "+get", "~a");
  const c = t.connect();
  c.cmd("AUTH", "age", "p");
  c.cmd("GET", "b");
  t.host.advance(1500);
  assert.match(admin.cmd("ACL", "LOG"), /\$11\r\nage-seconds\r\n\$3\r\n1.5\r\n/);
  t.host.advance(60000);
  c.cmd("GET", "b");
  assert.match(admin.cmd("ACL", "LOG"), /^\*2\r\n/);
});

test("deleting a user disconnects its clients; the one deleting itself gets its reply first", () => {
  const t = inProcess();
  const admin = t.connect();
  setuser(admin, "gone", "on", ">p", "+@all", "~*");
  const other = t.connect();
  other.cmd("AUTH", "gone", "p");
  const self = t.connect();
  self.cmd("AUTH", "gone", "p");
  assert.equal(self.cmd("ACL", "DELUSER", "gone"), ":1\r\n");
  assert.equal(self.closed, true);
  assert.equal(other.closed, true);
  assert.equal(admin.closed, false);
});

test("revoking a subscribed channel disconnects the user's Pub/Sub clients", () => {
  const t = inProcess();
  const admin = t.connect();
  setuser(admin, "sub", "on", ">p", "+@all", "&a", "&b");
  const c = t.connect();
  c.cmd("AUTH", "sub", "p");
  c.cmd("SUBSCRIBE", "a");
  setuser(admin, "sub", "&c");
  assert.equal(c.closed, false);
  setuser(admin, "sub", "resetchannels", "&b");
  assert.equal(c.closed, true);
});

test("CLIENT KILL USER kills that user's clients and refuses an unknown user", () => {
  const t = inProcess();
  const admin = t.connect();
  setuser(admin, "kk", "on", "nopass", "+@all");
  const c = t.connect();
  c.cmd("AUTH", "kk", "x");
  assert.equal(admin.cmd("CLIENT", "KILL", "USER", "kk"), ":1\r\n");
  assert.equal(c.closed, true);
  assert.equal(admin.cmd("CLIENT", "KILL", "USER", "nosuch"), "-ERR No such user 'nosuch'\r\n");
});

test("protected mode follows the default user: nopass refuses remote peers, a password lets them in", () => {
  const t = inProcess();
  assert.match(t.connect({ remoteAddress: "192.0.2.1:5000" }).output(), /^-DENIED /);
  const admin = t.connect();
  setuser(admin, "default", ">pw");
  const remote = t.connect({ remoteAddress: "192.0.2.1:5001" });
  assert.equal(remote.output(), "");
  assert.equal(remote.cmd("PING"), "-NOAUTH Authentication required.\r\n");
  assert.equal(remote.cmd("AUTH", "pw"), OK);
});

test("user directives at startup create users", () => {
  const t = inProcess([["user", "cfg on >pw ~* +@all"]]);
  const c = t.connect();
  assert.equal(listed(c, "cfg"), `user cfg on #${sha256hex("pw")} ~* resetchannels +@all`);
  assert.equal(c.cmd("AUTH", "cfg", "pw"), OK);
});

test("an unrestricted user skips the check; a restricted one is checked on every command", () => {
  const t = inProcess();
  const c = t.connect();
  assert.equal(c.client.user.unrestricted, true);
  setuser(c, "default", "-flushall");
  assert.equal(c.client.user.unrestricted, false);
  assert.equal(c.cmd("FLUSHALL"), "-NOPERM this user has no permissions to run the 'flushall' command\r\n");
  setuser(c, "default", "+@all");
  assert.equal(c.client.user.unrestricted, true);
});

// ---- The ACL file ----

import { MemoryFileStore } from "../../src/core/persistence/fs.ts";
import { attachPersistence } from "../../src/core/persistence/snapshot.ts";

const ACLFILE = "/etc/users.acl";

function withAclFile(content: string | null): { t: ReturnType<typeof inProcess>; files: MemoryFileStore } {
  const t = inProcess([["aclfile", ACLFILE], ["save", ""]]);
  const files = new MemoryFileStore();
  if (content !== null) files.files.set(ACLFILE, new TextEncoder().encode(content));
  attachPersistence(t.server, { files, exit() {} });
  return { t, files };
}

test("ACL SAVE writes every user's rules; ACL LOAD reads them back", () => {
  const { t, files } = withAclFile(null);
  const c = t.connect();
  setuser(c, "alice", "on", ">pw", "~k*", "+@read");
  assert.equal(c.cmd("ACL", "SAVE"), OK);
  const saved = new TextDecoder().decode(files.files.get(ACLFILE));
  assert.equal(
    saved,
    `user alice on #${sha256hex("pw")} ~k* resetchannels -@all +@read\nuser default on nopass ~* &* +@all\n`,
  );
  c.cmd("ACL", "DELUSER", "alice");
  setuser(c, "bob");
  assert.equal(c.cmd("ACL", "LOAD"), OK);
  assert.deepEqual(bulks(c.cmd("ACL", "USERS")), ["alice", "default"]);
});

test("ACL LOAD with errors changes nothing and says what is wrong on which line", () => {
  const { t } = withAclFile("user a on +nosuch\nnotuser x\nuser a on\nuser b on #zz\n");
  const c = t.connect();
  setuser(c, "keep");
  assert.equal(
    c.cmd("ACL", "LOAD"),
    `-ERR ${ACLFILE}:1: Error in applying operation '+nosuch': Unknown command or category name in ACL. ` +
      `${ACLFILE}:2 should start with user keyword followed by the username. WARNING: Duplicate user 'a' found on line 3. ` +
      `${ACLFILE}:4: The password hash must be exactly 64 characters and contain only lowercase hexadecimal characters. ` +
      "WARNING: ACL errors detected, no change to the previously active ACL rules was performed\r\n",
  );
  assert.deepEqual(bulks(c.cmd("ACL", "USERS")), ["default", "keep"]);
});

test("ACL LOAD of a missing file says so", () => {
  const { t } = withAclFile(null);
  assert.equal(
    t.connect().cmd("ACL", "LOAD"),
    `-ERR Error loading ACLs, opening file '${ACLFILE}': No such file or directory\r\n`,
  );
});

test("ACL LOAD disconnects the clients of the users it replaces and keeps the default user's", () => {
  const { t } = withAclFile("user u on nopass +@all ~*\nuser default on >pw +@all ~* &*\n");
  const admin = t.connect();
  setuser(admin, "u", "on", "nopass", "+@all", "~*");
  const c = t.connect();
  c.cmd("AUTH", "u", "x");
  assert.equal(admin.cmd("ACL", "LOAD"), OK);
  assert.equal(c.closed, true);
  assert.equal(admin.closed, false);
  assert.equal(listed(admin, "default"), `user default on #${sha256hex("pw")} ~* &* +@all`);
});

test("the aclfile is loaded at startup, and refused together with user directives", () => {
  const { t, files } = withAclFile("user boot on nopass ~* +@all\n");
  assert.equal(t.server.acl.loadAtStartup(files), null);
  assert.deepEqual(bulks(t.connect().cmd("ACL", "USERS")), ["boot", "default"]);
  const both = inProcess([["aclfile", ACLFILE], ["user", "x on"]]);
  assert.match(
    both.server.acl.loadAtStartup(files)!,
    /^Configuring Redis with users defined in redis.conf and at the same setting an ACL file path is invalid/,
  );
});

test("ACL LOAD splits lines on single spaces and reports an unclosed selector, as Redis does", () => {
  const { t } = withAclFile("user a on +nosuch ~x\n\n  user   b   on  nopass  \nuser c (~x +get\n");
  assert.equal(
    t.connect().cmd("ACL", "LOAD"),
    `-ERR ${ACLFILE}:1: Error in applying operation '+nosuch': Unknown command or category name in ACL. ` +
      `${ACLFILE}:3: Syntax error. ${ACLFILE}:4: Unmatched parenthesis in selector definition.` +
      "WARNING: ACL errors detected, no change to the previously active ACL rules was performed\r\n",
  );
});
