/**
 * Persistence commands (rdb.c, aof.c, cluster.c, server.c): SAVE, BGSAVE, LASTSAVE, BGREWRITEAOF, SHUTDOWN,
 * DUMP, RESTORE, and the INFO persistence section. The machinery lives in src/core/persistence/.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { busyError } from "../scripting/busy.ts";
import { NOTIFY_GENERIC } from "../notify.ts";
import { bytesToStr, strToBytes } from "../bytes.ts";
import {
  ERR_AOFRW_FAILED,
  ERR_AOFRW_IN_PROGRESS,
  ERR_BAD_DATA_FORMAT,
  ERR_BGSAVE_CHILD_ACTIVE,
  ERR_BGSAVE_IN_PROGRESS,
  ERR_BUSYKEY,
  ERR_DUMP_PAYLOAD,
  ERR_NO_SHUTDOWN,
  ERR_NOT_INTEGER,
  ERR_PLAIN,
  ERR_RESTORE_FREQ,
  ERR_RESTORE_IDLETIME,
  ERR_RESTORE_TTL,
  ERR_SHUTDOWN_FAILED,
  ERR_SYNTAX,
} from "../errors.ts";
import { int64Arg, isKeyword } from "./util.ts";
import { persistenceOf } from "../persistence/snapshot.ts";
import { Aof } from "../persistence/aof.ts";
import { createDumpPayload, readDumpPayload, verifyDumpPayload } from "../persistence/rdb.ts";
import type { Value } from "../keyspace/types.ts";

/* SAVE */
function saveCommand(c: Client): void {
  const p = persistenceOf(c.server);
  if (p.bgsave !== null) {
    c.error(ERR_BGSAVE_IN_PROGRESS);
    return;
  }
  if (p.saveSync()) c.reply.ok();
  else c.error(ERR_PLAIN);
}

/* BGSAVE [SCHEDULE] */
function bgsaveCommand(c: Client, argv: string[]): void {
  let schedule = false;
  if (argv.length > 1) {
    if (argv.length === 2 && isKeyword(argv[1], "SCHEDULE")) schedule = true;
    else {
      c.error(ERR_SYNTAX);
      return;
    }
  }
  const p = persistenceOf(c.server);
  if (p.bgsave !== null) {
    c.error(ERR_BGSAVE_IN_PROGRESS);
  } else if (p.aof?.rewriting()) {
    if (schedule) {
      p.bgsaveScheduled = true;
      c.reply.simple("Background saving scheduled");
    } else {
      c.error(
        ERR_BGSAVE_CHILD_ACTIVE,
      );
    }
  } else if (p.startBgsave()) {
    c.reply.simple("Background saving started");
  } else {
    c.error(ERR_PLAIN);
  }
}

/* LASTSAVE */
function lastsaveCommand(c: Client): void {
  c.reply.integer(Math.floor(persistenceOf(c.server).lastSave / 1000));
}

/* SHUTDOWN [NOSAVE|SAVE] [NOW] [FORCE] [ABORT] */
function shutdownCommand(c: Client, argv: string[]): void {
  let nosave = false;
  let save = false;
  let now = false;
  let force = false;
  let abort = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (isKeyword(a, "NOSAVE")) nosave = true;
    else if (isKeyword(a, "SAVE")) save = true;
    else if (isKeyword(a, "NOW")) now = true;
    else if (isKeyword(a, "FORCE")) force = true;
    else if (isKeyword(a, "ABORT")) abort = true;
    else {
      c.error(ERR_SYNTAX);
      return;
    }
  }
  if ((abort && (nosave || save || now || force)) || (nosave && save)) {
    c.error(ERR_SYNTAX);
    return;
  }
  // With no replicas to wait for, a shutdown never stays pending, so there is never one to abort.
  if (abort) {
    c.error(ERR_NO_SHUTDOWN);
    return;
  }
  // A script past busy-reply-threshold would be cut short: only SHUTDOWN NOSAVE may stop the server then.
  const script = c.server.runningScript;
  if (!nosave && script !== null && script.timedOut) return c.error(busyError(script));
  const p = persistenceOf(c.server);
  c.server.host.log("# User requested shutdown...");
  if (!p.shutdown({ save, nosave, force })) c.error(ERR_SHUTDOWN_FAILED);
  else c.close();
}

/* DUMP key */
function dumpCommand(c: Client, argv: string[]): void {
  const v = c.db.lookup(argv[1]);
  if (v === undefined) {
    c.reply.nullBulk();
    return;
  }
  const payload = createDumpPayload(v, c.server.config);
  c.reply.bulk(bytesToStr(payload, 0, payload.length));
}

/* RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency] */
function restoreCommand(c: Client, argv: string[]): void {
  let replace = false;
  let absttl = false;
  let idle = -1;
  let freq = -1;
  for (let j = 4; j < argv.length; j++) {
    const more = argv.length - j - 1;
    const a = argv[j];
    if (isKeyword(a, "REPLACE")) replace = true;
    else if (isKeyword(a, "ABSTTL")) absttl = true;
    else if (isKeyword(a, "IDLETIME") && more >= 1 && freq === -1) {
      const v = int64Arg(c, argv[j + 1]);
      if (v === null) return;
      if (v < 0) {
        c.error(ERR_RESTORE_IDLETIME);
        return;
      }
      idle = Number(v);
      j++;
    } else if (isKeyword(a, "FREQ") && more >= 1 && idle === -1) {
      const v = int64Arg(c, argv[j + 1]);
      if (v === null) return;
      if (v < 0 || v > 255) {
        c.error(ERR_RESTORE_FREQ);
        return;
      }
      freq = Number(v);
      j++;
    } else {
      c.error(ERR_SYNTAX);
      return;
    }
  }
  const db = c.db;
  const key = argv[1];
  if (!replace && db.lookup(key) !== undefined) {
    c.error(ERR_BUSYKEY);
    return;
  }
  const ttlArg = int64Arg(c, argv[2], ERR_NOT_INTEGER);
  if (ttlArg === null) return;
  if (ttlArg < 0) {
    c.error(ERR_RESTORE_TTL);
    return;
  }
  const payload = strToBytes(argv[3]);
  if (!verifyDumpPayload(payload)) {
    c.error(ERR_DUMP_PAYLOAD);
    return;
  }
  let value: Value;
  try {
    value = readDumpPayload(payload, c.server.config);
  } catch {
    c.error(ERR_BAD_DATA_FORMAT);
    return;
  }
  const server = c.server;
  let deleted = false;
  if (replace) deleted = db.delete(key);
  let ttl = Number(ttlArg);
  if (ttl !== 0 && !absttl) ttl += server.time;
  if (ttl !== 0 && ttl <= server.time) {
    // Already expired: the key is not created (and a replaced one is gone, as a DEL).
    if (deleted) {
      server.propagation.rewrite(["DEL", key]);
      server.signalModifiedKey(db, key);
      server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, db.id);
      server.dirty++;
    }
    c.reply.ok();
    return;
  }
  db.store(key, value);
  if (ttl !== 0) db.setExpire(key, ttl);
  if (ttl !== 0 && !absttl && server.propagation.active) {
    // Replicated with the absolute deadline: the arguments as sent, the TTL replaced and ABSTTL added.
    const as = argv.slice();
    as[2] = String(ttl);
    as.push("ABSTTL");
    server.propagation.rewrite(as);
  }
  if (idle >= 0) db.setIdle(key, idle);
  // objectSetLRUOrLFU: the counter only means something under an LFU policy.
  if (freq >= 0 && db.lfu !== null) db.setFrequency(key, freq);
  server.signalModifiedKey(db, key);
  server.notifyKeyspaceEvent(NOTIFY_GENERIC, "restore", key, db.id);
  c.reply.ok();
  server.dirty++;
}

/* BGREWRITEAOF */
function bgrewriteaofCommand(c: Client): void {
  const p = persistenceOf(c.server);
  const aof = p.aof!;
  if (aof.rewriting()) {
    c.error(ERR_AOFRW_IN_PROGRESS);
  } else if (p.bgsave !== null) {
    aof.rewriteScheduled = true;
    c.reply.simple("Background append only file rewriting scheduled");
  } else if (aof.startRewrite()) {
    c.reply.simple("Background append only file rewriting started");
  } else {
    c.error(ERR_AOFRW_FAILED);
  }
}

export function persistenceCommands(server: Server): CommandDef[] {
  const p = persistenceOf(server);
  p.aof = new Aof(p);
  // Redis's aof_fsync_enum order, which its error message lists.
  server.config.entry("appendfsync")!.type = { kind: "enum", values: ["everysec", "always", "no"] };
  return [
    { name: "save", handler: saveCommand },
    { name: "bgsave", handler: bgsaveCommand },
    { name: "lastsave", handler: lastsaveCommand },
    { name: "shutdown", handler: shutdownCommand },
    { name: "dump", handler: dumpCommand },
    { name: "restore", handler: restoreCommand },
    { name: "bgrewriteaof", handler: bgrewriteaofCommand },
  ];
}
