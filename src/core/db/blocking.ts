/** What the blocking commands of every family (BLPOP ... BZMPOP) share beyond their timeout argument. */
import type { Client } from "../client.ts";
import { CLIENT_DENY_BLOCKING } from "../client.ts";

/** CLIENT_DENY_BLOCKING: inside MULTI/EXEC (and scripts) a blocking command answers as if it timed out. */
export function denyBlocking(c: Client): boolean {
  return c.multi !== null || (c.flags & CLIENT_DENY_BLOCKING) !== 0;
}
