/** tracking commands: registered in index.ts; rows are added by the family's owner. */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";

export function trackingCommands(_server: Server): CommandDef[] {
  return [];
}
