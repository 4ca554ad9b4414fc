/**
 * Every command family, in one list that the entry modules (mod.ts, src/runtime/shared.ts) hand to the
 * Server. Each family's function gets the server once at startup, so it can also install hooks
 * (server.hooks), settings (server.config.add) and state (server.ext) it needs.
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
];
