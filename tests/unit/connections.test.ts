/**
 * Who may connect and how the server is set up at startup: protected mode, maxclients (against the open file
 * limit), rename-command and refused startup settings, as redis-server 7.0.15 behaves.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { ConfigFileError, ManualHost, Server } from "../../mod.ts";
import { ERR_PROTECTED_MODE } from "../../src/core/errors.ts";
import { isLocalAddress } from "../../src/core/server.ts";
import { inProcess } from "../helpers/inprocess.ts";

const DENIED = `-${ERR_PROTECTED_MODE}\r\n`;

test("protected mode refuses a non-loopback peer with Redis's DENIED text and closes it", () => {
  const t = inProcess();
  const remote = t.connect({ remoteAddress: "192.0.2.7:50000" });
  assert.equal(remote.output(), DENIED);
  assert.equal(remote.closed, true);
  assert.match(
    DENIED,
    /^-DENIED Redis is running in protected mode because protected mode is enabled and no password is set for the default user\. /,
  );
  // Nothing it sends afterwards is run.
  assert.equal(remote.cmd("SET", "k", "v"), "");
  const local = t.connect();
  assert.equal(local.cmd("EXISTS", "k"), ":0\r\n");
  assert.match(local.cmd("INFO", "stats"), /rejected_connections:1\r\n/);
  assert.match(local.cmd("INFO", "stats"), /total_connections_received:1\r\n/);
});

test("protected mode treats exactly 127.0.0.1 and ::1 as local, not the rest of 127/8", () => {
  assert.equal(isLocalAddress("127.0.0.1:6000"), true);
  assert.equal(isLocalAddress("::1:6000"), true);
  assert.equal(isLocalAddress("::ffff:127.0.0.1:6000"), true);
  assert.equal(isLocalAddress("127.0.0.2:6000"), false);
  assert.equal(isLocalAddress("10.0.0.1:6000"), false);
  const t = inProcess();
  assert.equal(t.connect({ remoteAddress: "127.0.0.2:1234" }).output(), DENIED);
  assert.equal(t.connect({ remoteAddress: "::1:1234" }).cmd("PING"), "+PONG\r\n");
});

test("protected mode lets remote peers in once the default user has a password or it is turned off", () => {
  const withPass = inProcess([["requirepass", "secret"]]);
  const c = withPass.connect({ remoteAddress: "192.0.2.7:50000" });
  assert.equal(c.closed, false);
  assert.equal(c.cmd("PING"), "-NOAUTH Authentication required.\r\n");
  assert.equal(c.cmd("AUTH", "secret"), "+OK\r\n");

  const off = inProcess([["protected-mode", "no"]]);
  assert.equal(off.connect({ remoteAddress: "192.0.2.7:50000" }).cmd("PING"), "+PONG\r\n");

  // CONFIG SET from the loopback interface opens the door, as the DENIED text advises.
  const t = inProcess();
  assert.equal(t.connect().cmd("CONFIG", "SET", "protected-mode", "no"), "+OK\r\n");
  assert.equal(t.connect({ remoteAddress: "192.0.2.7:50000" }).cmd("PING"), "+PONG\r\n");
});

test("the client past maxclients hears 'max number of clients reached' and is closed", () => {
  const t = inProcess([["maxclients", "2"]]);
  const a = t.connect();
  const b = t.connect();
  const third = t.connect();
  assert.equal(third.output(), "-ERR max number of clients reached\r\n");
  assert.equal(third.closed, true);
  assert.equal(a.cmd("CLIENT", "ID"), ":1\r\n");
  assert.match(b.cmd("INFO", "stats"), /rejected_connections:1\r\n/);
  // A refused connection uses no client id; a freed place is taken again.
  a.client.disconnected();
  assert.equal(t.connect().cmd("CLIENT", "ID"), ":3\r\n");
});

test("CONFIG SET maxclients is validated as Redis does and bounded by the open file limit", () => {
  class LimitedHost extends ManualHost {
    maxOpenFiles(): number {
      return 1032;
    }
  }
  const host = new LimitedHost();
  const server = new Server({ host, config: [["maxclients", "5000"]] });
  // Startup lowers it to what the limit serves, keeping 32 descriptors, and says so.
  assert.equal(server.config.get("maxclients"), "1000");
  assert.ok(host.lines.some((l) => l.includes("maxclients has been reduced to 1000 to compensate for low ulimit")));
  const fail = (why: string) => `ERR CONFIG SET failed (possibly related to argument 'maxclients') - ${why}`;
  assert.equal(
    server.config.setMany([["maxclients", "2147483647"]]),
    fail("The operating system is not able to handle the specified number of clients, try with 1000"),
  );
  assert.equal(
    server.config.setMany([["maxclients", "0"]]),
    fail("argument must be between 1 and 4294967295 inclusive"),
  );
  assert.equal(server.config.setMany([["maxclients", "abc"]]), fail("argument couldn't be parsed into an integer"));
  assert.equal(server.config.setMany([["maxclients", "10"]]), null);
  assert.equal(server.config.setMany([["maxclients", "1000"]]), null);
  assert.equal(server.config.get("maxclients"), "1000");
});

test("pidfile is set at startup only", () => {
  const t = inProcess([["pidfile", "/tmp/redis-lite.pid"]]);
  const c = t.connect();
  assert.equal(
    c.cmd("CONFIG", "SET", "pidfile", "/tmp/other.pid"),
    "-ERR CONFIG SET failed (possibly related to argument 'pidfile') - can't set immutable config\r\n",
  );
  assert.equal(c.cmd("CONFIG", "GET", "pidfile"), "*2\r\n$7\r\npidfile\r\n$19\r\n/tmp/redis-lite.pid\r\n");
});

test("rename-command serves a command under its new name only; an empty name removes it", () => {
  const t = inProcess([["rename-command", "get fetch"], ["rename-command", "FLUSHALL "], [
    "rename-command",
    "fetch get2",
  ]]);
  const c = t.connect();
  c.cmd("SET", "k", "v");
  assert.equal(c.cmd("GET2", "k"), "$1\r\nv\r\n");
  assert.equal(c.cmd("GET", "k"), "-ERR unknown command 'GET', with args beginning with: 'k' \r\n");
  assert.equal(c.cmd("FETCH", "k"), "-ERR unknown command 'FETCH', with args beginning with: 'k' \r\n");
  assert.equal(c.cmd("FLUSHALL"), "-ERR unknown command 'FLUSHALL', with args beginning with: \r\n");
  // The command keeps its own name in its errors.
  assert.equal(c.cmd("get2"), "-ERR wrong number of arguments for 'get' command\r\n");
});

test("a startup setting redis-server refuses is a ConfigFileError with its line, directive and reason", () => {
  const refused = (config: [string, string][]): ConfigFileError => {
    try {
      new Server({ host: new ManualHost(), config });
    } catch (e) {
      assert.ok(e instanceof ConfigFileError);
      return e;
    }
    assert.fail("the server started");
  };
  const unknown = refused([["port", "7000"], ["rename-command", "nosuch x"]]);
  assert.equal(
    unknown.report("7.0.15"),
    '\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nReading the configuration file, at line 3\n>>> \'rename-command "nosuch" "x"\'\nNo such command in rename-command',
  );
  assert.equal(refused([["rename-command", "get set"]]).reason, "Target command name already exists");
  assert.equal(refused([["rename-command", "get"]]).reason, "Bad directive or wrong number of arguments");
  assert.equal(refused([["no-such-setting", "1"]]).reason, "Bad directive or wrong number of arguments");
  const range = refused([["port", "7000"], ["save", ""], ["maxclients", "0"]]);
  assert.equal(range.line, 4);
  assert.equal(range.directive, 'maxclients "0"');
  assert.equal(range.reason, "argument must be between 1 and 4294967295 inclusive");
});
