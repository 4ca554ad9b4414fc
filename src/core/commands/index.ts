/**
 * Every command family, in one list that the entry modules (mod.ts, src/runtime/shared.ts) hand to the
 * Server. Each family's function gets the server once at startup, so it can also add the settings it needs
 * (server.config.add). State that crosses clients is a typed part of the server (server.blocking,
 * server.watch, server.tracking ..., src/core/features).
 */
import type { CommandFamily } from "../server.ts";
import { connectionCommands } from "./connection.ts";
import { serverCommands } from "./server.ts";
import { stringCommands } from "./string.ts";
import { bitmapCommands } from "./bitmap.ts";
import { genericCommands } from "./generic.ts";
import { listCommands } from "./list.ts";
import { hashCommands } from "./hash.ts";
import { setCommands } from "./set.ts";
import { sortCommands } from "./sort.ts";
import { zsetCommands } from "./zset.ts";
import { geoCommands } from "./geo.ts";
import { pubsubCommands } from "./pubsub.ts";
import { transactionsCommands } from "./transactions.ts";
import { trackingCommands } from "./tracking.ts";
import { clientAdminCommands } from "./clientadmin.ts";
import { persistenceCommands } from "./persistence.ts";
import { scriptingCommands } from "./scripting.ts";
import { functionsCommands } from "./functions.ts";
import { memoryCommands } from "./memory.ts";
import { streamCommands } from "./stream.ts";
import { aclCommands } from "./acl.ts";
import { introspectionCommands } from "./introspection.ts";
import { hyperloglogCommands } from "./hyperloglog.ts";
import { replicaofCommands } from "./replicaof.ts";
import { replicationCommands } from "./replication.ts";

/** Every family, in the order their rows enter the table. */
export const allCommands: readonly CommandFamily[] = [
  connectionCommands,
  serverCommands,
  stringCommands,
  bitmapCommands,
  genericCommands,
  listCommands,
  hashCommands,
  setCommands,
  sortCommands,
  zsetCommands,
  geoCommands,
  pubsubCommands,
  transactionsCommands,
  trackingCommands,
  clientAdminCommands,
  persistenceCommands,
  scriptingCommands,
  functionsCommands,
  memoryCommands,
  streamCommands,
  aclCommands,
  introspectionCommands,
  hyperloglogCommands,
  replicaofCommands,
  // Last: it turns Redis's inert replication settings into live ones (see replication.ts).
  replicationCommands,
];
