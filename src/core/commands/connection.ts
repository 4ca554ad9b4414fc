/** Connection commands: PING ECHO HELLO AUTH SELECT QUIT RESET, and CLIENT's connection subcommands. */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import { VERSION } from "../server.ts";
import type { Client } from "../client.ts";
import {
  ERR_AUTH_NOPASS,
  ERR_CLIENT_NAME,
  ERR_HELLO_NOAUTH,
  ERR_INVALID_CLIENT_ID,
  ERR_NOPROTO,
  ERR_PROTOCOL_VERSION,
  ERR_SYNTAX,
  ERR_WRONGPASS,
  errHelloOption,
  errSetinfoValue,
  errUnknownClientType,
  errUnrecognizedOption,
  errWrongArity,
} from "../errors.ts";
import { parseInt64 } from "../bytes.ts";
import { helpReply, isKeyword } from "./util.ts";
import { clientInfoString, clientType, isSubscribed } from "../clientinfo.ts";
import { dbIndexArg } from "../db/args.ts";

/** Client names and lib infos may not hold spaces, newlines or other characters outside '!'..'~'. */
function validName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const ch = name.charCodeAt(i);
    if (ch < 33 || ch > 126) return false;
  }
  return true;
}

/** PING [message] */
function pingCommand(c: Client, argv: string[]): void {
  // The table's arity is -1 (PING takes "any"), so the handler rejects a second argument as Redis does.
  if (argv.length > 2) return c.error(errWrongArity("ping"));
  // A RESP2 client in the Pub/Sub context gets ["pong", message] (RESP3 has no such context).
  if (c.proto === 2 && isSubscribed(c)) {
    c.reply.array(2);
    c.reply.bulk("pong");
    c.reply.bulk(argv.length === 2 ? argv[1] : "");
    return;
  }
  if (argv.length === 1) c.reply.simple("PONG");
  else c.reply.bulk(argv[1]);
}

/** HELLO [protover [AUTH username password] [SETNAME clientname]] */
function helloCommand(c: Client, argv: string[]): void {
  let ver = 0;
  let next = 1;
  if (argv.length >= 2) {
    const v = parseInt64(argv[1]);
    if (v === null) {
      c.error(ERR_PROTOCOL_VERSION);
      return;
    }
    next = 2;
    if (typeof v === "bigint" || v < 2 || v > 3) {
      c.error(ERR_NOPROTO);
      return;
    }
    ver = v as number;
  }
  let auth: [string, string] | null = null;
  let setname: string | null = null;
  for (let j = next; j < argv.length; j++) {
    const more = argv.length - j - 1;
    if (isKeyword(argv[j], "AUTH") && more >= 2) {
      auth = [argv[j + 1], argv[j + 2]];
      j += 2;
    } else if (isKeyword(argv[j], "SETNAME") && more >= 1) {
      setname = argv[j + 1];
      j += 1;
    } else {
      c.error(errHelloOption(argv[j]));
      return;
    }
  }
  if (auth !== null && !c.server.acl.authenticate(c, auth[0], auth[1], argv[0])) {
    c.error(ERR_WRONGPASS);
    return;
  }
  if (!c.authenticated) {
    c.error(ERR_HELLO_NOAUTH);
    return;
  }
  if (setname !== null) {
    if (!validName(setname)) {
      c.error(ERR_CLIENT_NAME);
      return;
    }
    c.name = setname;
  }
  if (ver !== 0) c.reply.proto = ver as 2 | 3;
  const w = c.reply;
  w.map(7);
  w.bulk("server");
  w.bulk("redis");
  w.bulk("version");
  w.bulk(VERSION);
  w.bulk("proto");
  w.integer(c.proto);
  w.bulk("id");
  w.integer(c.id);
  w.bulk("mode");
  w.bulk("standalone");
  w.bulk("role");
  w.bulk("master");
  w.bulk("modules");
  w.array(0);
}

/** AUTH [username] password */
function authCommand(c: Client, argv: string[]): void {
  if (argv.length > 3) {
    c.error(ERR_SYNTAX);
    return;
  }
  // The two-argument form keeps its old error when the default user needs no password.
  if (argv.length === 2 && c.server.acl.defaultUser.nopass) {
    c.error(ERR_AUTH_NOPASS);
    return;
  }
  const user = argv.length === 3 ? argv[1] : "default";
  if (!c.server.acl.authenticate(c, user, argv[argv.length - 1], argv[0])) {
    c.error(ERR_WRONGPASS);
    return;
  }
  c.reply.ok();
}

/** SELECT index */
function selectCommand(c: Client, argv: string[]): void {
  const db = dbIndexArg(c, argv[1]);
  if (db === null) return;
  c.db = db;
  c.reply.ok();
}

/** QUIT: +OK, then close once it is written. */
function quitCommand(c: Client): void {
  c.reply.ok();
  c.close();
}

/** RESET (resetCommand -> clearClientConnectionState) */
function resetCommand(c: Client): void {
  c.clearConnectionState();
  c.reply.simple("RESET");
}

/** CLIENT LIST [TYPE type] [ID id ...] */
function clientListCommand(c: Client, argv: string[]): void {
  let clients = [...c.server.clients.values()];
  if (argv.length === 4 && isKeyword(argv[2], "TYPE")) {
    const t = argv[3].toLowerCase();
    if (!["normal", "master", "replica", "slave", "pubsub"].includes(t)) {
      c.error(errUnknownClientType(argv[3]));
      return;
    }
    const type = t === "replica" ? "slave" : t;
    clients = clients.filter((x) => clientType(x) === type);
  } else if (argv.length >= 4 && isKeyword(argv[2], "ID")) {
    // In the order given, repeats included, as Redis looks each id up in turn.
    const listed: Client[] = [];
    for (let j = 3; j < argv.length; j++) {
      const v = parseInt64(argv[j]);
      if (v === null) {
        c.error(ERR_INVALID_CLIENT_ID);
        return;
      }
      const x = typeof v === "number" ? c.server.clients.get(v) : undefined;
      if (x !== undefined) listed.push(x);
    }
    clients = listed;
  } else if (argv.length !== 2) {
    c.error(ERR_SYNTAX);
    return;
  }
  let out = "";
  for (const x of clients) out += clientInfoString(x) + "\n";
  c.reply.verbatim(out);
}

/** CLIENT SETINFO LIB-NAME|LIB-VER value (Redis 7.2) */
function clientSetinfoCommand(c: Client, argv: string[]): void {
  const attr = argv[2].toLowerCase();
  const val = argv[3];
  if (attr !== "lib-name" && attr !== "lib-ver") {
    c.error(errUnrecognizedOption(argv[2]));
    return;
  }
  if (!validName(val)) {
    c.error(errSetinfoValue(attr));
    return;
  }
  if (attr === "lib-name") c.libName = val;
  else c.libVer = val;
  c.reply.ok();
}

/** Redis 7.2's metadata for CLIENT SETINFO, which 7.0's command table lacks. */
const SETINFO_META = {
  row: {
    arity: 4,
    flags: "noscript loading stale",
    acl: "@slow @connection",
    tips: "request_policy:all_nodes response_policy:all_succeeded",
  },
  docs: [
    "%",
    "summary",
    "Set client or connection specific info",
    "since",
    "7.2.0",
    "group",
    "connection",
    "complexity",
    "O(1)",
  ],
};

export const CLIENT_HELP_LINES = [
  "CACHING (YES|NO)",
  "    Enable/disable tracking of the keys for next command in OPTIN/OPTOUT modes.",
  "GETREDIR",
  "    Return the client ID we are redirecting to when tracking is enabled.",
  "GETNAME",
  "    Return the name of the current connection.",
  "ID",
  "    Return the ID of the current connection.",
  "INFO",
  "    Return information about the current client connection.",
  "KILL <ip:port>",
  "    Kill connection made from <ip:port>.",
  "KILL <option> <value> [<option> <value> [...]]",
  "    Kill connections. Options are:",
  "    * ADDR (<ip:port>|<unixsocket>:0)",
  "      Kill connections made from the specified address",
  "    * LADDR (<ip:port>|<unixsocket>:0)",
  "      Kill connections made to specified local address",
  "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
  "      Kill connections by type.",
  "    * USER <username>",
  "      Kill connections authenticated by <username>.",
  "    * SKIPME (YES|NO)",
  "      Skip killing current connection (default: yes).",
  "LIST [options ...]",
  "    Return information about client connections. Options:",
  "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
  "      Return clients of specified type.",
  "UNPAUSE",
  "    Stop the current client pause, resuming traffic.",
  "PAUSE <timeout> [WRITE|ALL]",
  "    Suspend all, or just write, clients for <timeout> milliseconds.",
  "REPLY (ON|OFF|SKIP)",
  "    Control the replies sent to the current connection.",
  "SETNAME <name>",
  "    Assign the name <name> to the current connection.",
  "UNBLOCK <clientid> [TIMEOUT|ERROR]",
  "    Unblock the specified blocked client.",
  "TRACKING (ON|OFF) [REDIRECT <id>] [BCAST] [PREFIX <prefix> [...]]",
  "         [OPTIN] [OPTOUT] [NOLOOP]",
  "    Control server assisted client side caching.",
  "TRACKINGINFO",
  "    Report tracking status for the current connection.",
  "NO-EVICT (ON|OFF)",
  "    Protect current client connection from eviction.",
];

export function connectionCommands(_server: Server): CommandDef[] {
  return [
    { name: "ping", handler: pingCommand },
    /* ECHO message */
    { name: "echo", handler: (c, argv) => c.reply.bulk(argv[1]) },
    { name: "hello", handler: helloCommand },
    { name: "auth", handler: authCommand },
    { name: "select", handler: selectCommand },
    { name: "quit", handler: quitCommand },
    { name: "reset", handler: resetCommand },
    {
      name: "client",
      subcommands: [
        /* CLIENT ID */
        { name: "id", handler: (c) => c.reply.integer(c.id) },
        /* CLIENT GETNAME */
        { name: "getname", handler: (c) => (c.name === "" ? c.reply.nullBulk() : c.reply.bulk(c.name)) },
        /* CLIENT SETNAME name */
        {
          name: "setname",
          handler: (c, argv) => {
            if (!validName(argv[2])) return c.error(ERR_CLIENT_NAME);
            c.name = argv[2];
            c.reply.ok();
          },
        },
        { name: "setinfo", handler: clientSetinfoCommand, meta: SETINFO_META },
        /* CLIENT INFO */
        { name: "info", handler: (c) => c.reply.verbatim(clientInfoString(c) + "\n") },
        { name: "list", handler: clientListCommand },
        { name: "help", handler: (c) => helpReply(c, "CLIENT", CLIENT_HELP_LINES) },
      ],
    },
  ];
}
