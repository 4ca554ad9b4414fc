/**
 * Transactions (multi.c): MULTI, EXEC, DISCARD, WATCH, UNWATCH. The client queues commands while c.multi
 * is not null and flags queue-time rejections in c.multiError; EXEC runs the queue through c.call. Watched
 * keys are the server's WATCH feature (server.watch, features/watch.ts).
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { CLIENT_DENY_BLOCKING } from "../client.ts";
import {
  ERR_DISCARD_WITHOUT_MULTI,
  ERR_EXEC_WITHOUT_MULTI,
  ERR_EXECABORT,
  ERR_MULTI_NESTED,
  ERR_WATCH_IN_MULTI,
} from "../errors.ts";

/** MULTI */
function multiCommand(c: Client): void {
  if (c.multi !== null) {
    c.error(ERR_MULTI_NESTED);
    return;
  }
  c.multi = [];
  c.reply.ok();
}

/** DISCARD */
function discardCommand(c: Client): void {
  if (c.multi === null) {
    c.error(ERR_DISCARD_WITHOUT_MULTI);
    return;
  }
  c.discardTransaction();
  c.reply.ok();
}

/** EXEC */
function execCommand(c: Client): void {
  const queue = c.multi;
  if (queue === null) {
    c.error(ERR_EXEC_WITHOUT_MULTI);
    return;
  }
  const watch = c.server.watch;
  if (watch.isWatchedKeyExpired(c)) c.dirtyCas = true;
  if (c.multiError || c.dirtyCas) {
    if (c.multiError) c.error(ERR_EXECABORT);
    else c.reply.nullArray();
    c.discardTransaction();
    return;
  }
  watch.unwatchAllKeys(c);
  // Blocking commands answer as if timed out instead of blocking (restored after, as Redis does).
  const denied = c.flags & CLIENT_DENY_BLOCKING;
  c.flags |= CLIENT_DENY_BLOCKING;
  c.reply.array(queue.length);
  runQueue(c, queue, 0, denied);
}

/**
 * EXEC's queue from `from` on. A queued script past busy-reply-threshold yields (other clients get -BUSY
 * meanwhile, SCRIPT KILL and SHUTDOWN NOSAVE work): EXEC yields with it and goes on from the next command
 * once it ended, so the transaction stays whole for everyone else.
 */
function runQueue(c: Client, queue: NonNullable<Client["multi"]>, from: number, denied: number): void {
  let yielded = false;
  try {
    for (let j = from; j < queue.length; j++) {
      // The rules may have changed since the command was queued.
      const refused = c.server.acl.checkQueued(c, queue[j].cmd, queue[j].argv);
      if (refused !== null) c.error(refused);
      else c.call(queue[j].cmd, queue[j].argv);
      if (c.yielded !== null) {
        yielded = true;
        c.yieldCommand(() => runQueue(c, queue, j + 1, denied));
        return;
      }
    }
  } finally {
    if (!yielded) {
      if (denied === 0) c.flags &= ~CLIENT_DENY_BLOCKING;
      // c.multi stays set until here so blocked clients are served after EXEC, not after each command.
      c.discardTransaction();
    }
  }
}

/** WATCH key [key ...] */
function watchCommand(c: Client, argv: string[]): void {
  if (c.multi !== null) {
    c.error(ERR_WATCH_IN_MULTI);
    return;
  }
  // No point in watching if the client is already dirty.
  if (!c.dirtyCas) { for (let j = 1; j < argv.length; j++) c.server.watch.watchForKey(c, argv[j]); }
  c.reply.ok();
}

/** UNWATCH */
function unwatchCommand(c: Client): void {
  c.server.watch.unwatchAllKeys(c);
  c.dirtyCas = false;
  c.reply.ok();
}

export function transactionsCommands(_server: Server): CommandDef[] {
  return [
    { name: "multi", handler: multiCommand },
    { name: "exec", handler: execCommand },
    { name: "discard", handler: discardCommand },
    { name: "watch", handler: watchCommand },
    { name: "unwatch", handler: unwatchCommand },
  ];
}
