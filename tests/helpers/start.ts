/** start() of the runtime running the tests, imported the way a user of that runtime would import it. */
import { currentRuntime } from "./spawn.ts";
import type { RunningServer, StartOptions } from "../../src/runtime/start.ts";

export async function startOnThisRuntime(options?: StartOptions): Promise<RunningServer> {
  switch (currentRuntime()) {
    case "bun":
      return (await import("../../src/runtime/bun.ts")).start(options);
    case "deno":
      return (await import("../../src/runtime/deno.ts")).start(options);
    default:
      return (await import("../../src/runtime/node.ts")).start(options);
  }
}
