/**
 * Replication commands, master side (replication.c): SYNC, PSYNC, REPLCONF, WAIT and ROLE. The machinery is
 * src/core/replication/master.ts, installed on the server here.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { CLIENT_DENY_BLOCKING } from "../client.ts";
import { addInertSettings } from "../config.ts";
import { parseInt64 } from "../bytes.ts";
import {
  ERR_FILTERED_REPLICA_EOF,
  ERR_NOT_INTEGER,
  ERR_PSYNC_FAILOVER_REPLID,
  ERR_RDB_FILTER_MISSING,
  ERR_SYNC_NO_MASTER_LINK,
  ERR_SYNC_PENDING_OUTPUT,
  ERR_SYNTAX,
  ERR_TIMEOUT_NEGATIVE,
  ERR_TIMEOUT_NOT_INTEGER,
  ERR_WAIT_ON_REPLICA,
  errRdbFilterUnsupported,
  errReplconfIpTooLong,
  errUnrecognizedReplconf,
  errValueOutOfRange,
} from "../errors.ts";
import { int64Arg, isKeyword } from "./util.ts";
import { masterOf, ReplicationMaster } from "../replication/master.ts";
import { sdssplitargs } from "../configfile.ts";
import { replicaOf } from "../replication/replica.ts";
import { clientInfoString } from "../clientinfo.ts";

/** NET_HOST_STR_LEN: the longest address REPLCONF ip-address takes. */
const NET_HOST_STR_LEN = 256;

function master(c: Client): ReplicationMaster {
  return masterOf(c.server)!;
}

/* SYNC, PSYNC replicationid offset */
function syncCommand(c: Client, argv: string[]): void {
  const m = master(c);
  // Already a replica (a repeated SYNC): ignored, without a reply.
  if (m.isReplica(c)) return;
  const repl = c.server.replication;
  // A master failing over to this replica: take over if the history it continues is ours.
  if (argv.length > 3 && argv[0].toLowerCase() === "psync" && isKeyword(argv[3], "FAILOVER")) {
    if (argv[1].toLowerCase() !== repl.replid) return c.error(ERR_PSYNC_FAILOVER_REPLID);
    replicaOf(c.server).unsetMaster();
    c.server.host.log(`* MASTER MODE enabled (failover request from '${clientInfoString(c)}')`);
  }
  if (repl.isReplica() && repl.replica?.role().state !== "connected") return c.error(ERR_SYNC_NO_MASTER_LINK);
  if (c.reply.pos > 0) return c.error(ERR_SYNC_PENDING_OUTPUT);
  const link = m.linkOf(c);
  if (link.rdbFilter && !link.capaEof) return c.error(ERR_FILTERED_REPLICA_EOF);
  let offset: number | null = null;
  if (argv[0].toLowerCase() === "psync") {
    const n = parseInt64(argv[2]);
    if (n === null) {
      c.server.host.log(`# Replica ${m.nameOf(link)} asks for synchronization but with a wrong offset`);
      return c.error(ERR_NOT_INTEGER);
    }
    offset = Number(n);
  }
  m.sync(c, argv, offset);
}

/* REPLCONF option value [option value ...] */
function replconfCommand(c: Client, argv: string[]): void {
  if (argv.length % 2 === 0) return c.error(ERR_SYNTAX);
  const m = master(c);
  const link = m.linkOf(c);
  for (let j = 1; j < argv.length; j += 2) {
    const opt = argv[j];
    const val = argv[j + 1];
    if (isKeyword(opt, "LISTENING-PORT")) {
      const port = int64Arg(c, val);
      if (port === null) return;
      link.listeningPort = Number(port);
    } else if (isKeyword(opt, "IP-ADDRESS")) {
      if (val.length >= NET_HOST_STR_LEN) return c.error(errReplconfIpTooLong(val.length));
      link.addr = val;
    } else if (isKeyword(opt, "CAPA")) {
      // Capabilities this master does not know are ignored.
      if (isKeyword(val, "EOF")) link.capaEof = true;
      else if (isKeyword(val, "PSYNC2")) link.capaPsync2 = true;
    } else if (isKeyword(opt, "ACK")) {
      // Only a replica acknowledges; never a reply.
      const n = parseInt64(val);
      if (n !== null) m.ack(c, Number(n));
      return;
    } else if (isKeyword(opt, "GETACK")) {
      // Asked by a master of this server: the replica side answers with an ACK on its own link.
      return;
    } else if (isKeyword(opt, "RDB-ONLY")) {
      const n = parseInt64(val);
      if (n === null || (n !== 0 && n !== 1)) return c.error(n === null ? ERR_NOT_INTEGER : errValueOutOfRange(0n, 1n));
      link.rdbOnly = n === 1;
    } else if (isKeyword(opt, "RDB-FILTER-ONLY")) {
      const filters = sdssplitargs(val);
      if (filters === null) return c.error(ERR_RDB_FILTER_MISSING);
      // Every part is filtered out but those named (only "functions" exists).
      let functions = false;
      for (const f of filters) {
        if (!isKeyword(f, "FUNCTIONS")) return c.error(errRdbFilterUnsupported(f));
        functions = true;
      }
      link.rdbFilter = true;
      link.rdbFilterFunctions = functions;
    } else return c.error(errUnrecognizedReplconf(opt));
  }
  c.reply.ok();
}

/* WAIT numreplicas timeout */
function waitCommand(c: Client, argv: string[]): void {
  if (c.server.replication.isReplica()) return c.error(ERR_WAIT_ON_REPLICA);
  const n = int64Arg(c, argv[1]);
  if (n === null) return;
  const t = int64Arg(c, argv[2], ERR_TIMEOUT_NOT_INTEGER);
  if (t === null) return;
  if (t < 0) return c.error(ERR_TIMEOUT_NEGATIVE);
  const m = master(c);
  const acks = m.countAcks(c.woff);
  if (acks >= n || c.multi !== null || (c.flags & CLIENT_DENY_BLOCKING) !== 0) return c.reply.integer(acks);
  m.blockForAcks(c, c.woff, Number(n), Number(t));
}

/* FAILOVER [TO host port [FORCE]] [ABORT] [TIMEOUT milliseconds] */
function failoverCommand(c: Client, argv: string[]): void {
  master(c).failover.command(c, argv);
}

/* ROLE */
function roleCommand(c: Client): void {
  const repl = c.server.replication;
  if (repl.isReplica() && repl.replica !== null) {
    const r = repl.replica.role();
    c.reply.array(5);
    c.reply.bulk("slave");
    c.reply.bulk(r.host);
    c.reply.integer(r.port);
    c.reply.bulk(r.state);
    c.reply.integer(r.offset);
    return;
  }
  const replicas = master(c).roleReplicas();
  c.reply.array(3);
  c.reply.bulk("master");
  c.reply.integer(repl.masterReplOffset);
  c.reply.array(replicas.length);
  for (const [ip, port, offset] of replicas) {
    c.reply.array(3);
    c.reply.bulk(ip);
    c.reply.bulk(port);
    c.reply.bulk(offset);
  }
}

export function replicationCommands(server: Server): CommandDef[] {
  // Replication's settings are Redis's inert ones until now: from here on they act. This family comes last,
  // so adding them here lists none twice.
  if (!server.inertSettingsAdded) {
    server.inertSettingsAdded = true;
    addInertSettings(server.config);
  }
  server.replication.master = new ReplicationMaster(server);
  return [
    { name: "sync", handler: syncCommand },
    { name: "psync", handler: syncCommand },
    { name: "replconf", handler: replconfCommand },
    { name: "wait", handler: waitCommand },
    { name: "role", handler: roleCommand },
    { name: "failover", handler: failoverCommand },
  ];
}
