/**
 * Every command family's rows, in one list. Each family's function gets the server once at startup, so it
 * can also add the settings it needs (server.config.add). State that crosses clients is a typed part of the
 * server (server.blocking, server.watch, server.tracking ..., src/core/features).
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
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

export function allCommands(server: Server): CommandDef[] {
  return [
    ...connectionCommands(server),
    ...serverCommands(server),
    ...stringCommands(server),
    ...bitmapCommands(server),
    ...genericCommands(server),
    ...listCommands(server),
    ...hashCommands(server),
    ...setCommands(server),
    ...sortCommands(server),
    ...zsetCommands(server),
    ...geoCommands(server),
    ...pubsubCommands(server),
    ...transactionsCommands(server),
    ...trackingCommands(server),
    ...clientAdminCommands(server),
    ...persistenceCommands(server),
  ];
}
