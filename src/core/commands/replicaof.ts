/**
 * REPLICAOF / SLAVEOF (replication.c's replicaofCommand) and the `replicaof` setting: this server as a
 * replica of another. The link itself lives in replication/replica.ts.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { addInertSettings } from "../config.ts";
import { clientInfoString } from "../clientinfo.ts";
import { rangeLongArg } from "../db/args.ts";
import { ERR_INVALID_MASTER_PORT } from "../errors.ts";
import { replicaOf } from "../replication/replica.ts";
import { isKeyword } from "./util.ts";

/** The `OK Already connected to specified master` status reply. */
const ALREADY_CONNECTED = "OK Already connected to specified master";

/** setConfigReplicaOfOption: "host port", "" for `no one`; immutable, as in Redis. */
function parseReplicaof(v: string): string | { error: string } {
  const args = v.split(" ").filter((a) => a !== "");
  if (args.length !== 2) return { error: "wrong number of arguments" };
  if (isKeyword(args[0], "NO") && isKeyword(args[1], "ONE")) return "";
  if (!/^-?\d+$/.test(args[1]) || Number(args[1]) < 0 || Number(args[1]) > 65535) {
    return { error: "Invalid master port" };
  }
  return `${args[0]} ${Number(args[1])}`;
}

/* REPLICAOF host port | NO ONE */
function replicaofCommand(c: Client, argv: string[]): void {
  const server = c.server;
  const link = replicaOf(server);
  const rs = server.replication;
  if (isKeyword(argv[1], "NO") && isKeyword(argv[2], "ONE")) {
    if (rs.masterHost !== null) {
      link.unsetMaster();
      server.host.log(`* MASTER MODE enabled (user request from '${clientInfoString(c)}')`);
    }
    c.reply.ok();
    return;
  }
  const port = rangeLongArg(c, argv[2], 0n, 65535n, ERR_INVALID_MASTER_PORT);
  if (port === null) return;
  if (rs.masterHost !== null && rs.masterHost.toLowerCase() === argv[1].toLowerCase() && rs.masterPort === port) {
    server.host.log(
      "* REPLICAOF would result into synchronization with the master we are already connected with. No operation performed.",
    );
    c.reply.simple(ALREADY_CONNECTED);
    return;
  }
  link.setMaster(argv[1], port);
  server.host.log(`* REPLICAOF ${argv[1]}:${port} enabled (user request from '${clientInfoString(c)}')`);
  c.reply.ok();
}

/** The settings the replica side reads, live from startup (defined with the inert ones in config.ts). */
const REPLICA_SETTINGS = [
  "masterauth",
  "masteruser",
  "replica-read-only",
  "replica-serve-stale-data",
  "repl-diskless-load",
  "repl-timeout",
  "replica-priority",
  "replica-announced",
  "replica-announce-port",
  "replica-announce-ip",
];

export function replicaofCommands(server: Server): CommandDef[] {
  const link = replicaOf(server);
  addInertSettings(server.config, REPLICA_SETTINGS);
  server.config.add({
    name: "replicaof",
    alias: "slaveof",
    type: { kind: "custom", parse: parseReplicaof },
    default: "",
    immutable: true,
    apply: (v) => link.configure(v),
  });
  return [
    /* REPLICAOF host port | NO ONE */
    { name: "replicaof", handler: replicaofCommand },
    /* SLAVEOF host port | NO ONE */
    { name: "slaveof", handler: replicaofCommand },
  ];
}
