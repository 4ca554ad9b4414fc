/**
 * Redis-Lite: a Redis-compatible server core in plain TypeScript, with no runtime dependencies.
 *
 * The core takes the bytes a client sent and gives back the bytes Redis would reply. A host runtime supplies
 * the clock and the sockets; `src/runtime/{node,bun,deno}.ts` are ready-made servers.
 *
 * @example Run commands in-process, with a clock the test controls
 * ```ts
 * import { ManualHost, Server } from "./mod.ts";
 * const server = new Server({ host: new ManualHost() });
 * const replies: Uint8Array[] = [];
 * const client = server.connect({
 *   write: (b) => replies.push(b), close() {}, abort() {}, bufferedBytes: () => 0,
 *   remoteAddress: "127.0.0.1:1", localAddress: "127.0.0.1:6379", fd: 1,
 * });
 * client.feed(new TextEncoder().encode("*1\r\n$4\r\nPING\r\n")); // replies: "+PONG\r\n"
 * ```
 */
import { Server as CoreServer } from "./src/core/server.ts";
import type { ServerOptions } from "./src/core/server.ts";
import { allCommands } from "./src/core/commands/index.ts";

export { ConfigFileError, VERSION } from "./src/core/server.ts";
export type { CommandFamily, ServerOptions } from "./src/core/server.ts";
export { allCommands };

/** The server with every command family (`allCommands`) unless `families` names others. */
export class Server extends CoreServer {
  constructor(opts: ServerOptions) {
    super({ ...opts, families: opts.families ?? allCommands });
  }
}
export { Client } from "./src/core/client.ts";
export { ManualHost } from "./src/core/host.ts";
export type { Host, TimerHandle, Transport } from "./src/core/host.ts";
export { RequestParser } from "./src/core/resp/parser.ts";
export { ReplyWriter } from "./src/core/resp/writer.ts";
export { setByteCodec } from "./src/core/bytes.ts";
export type { ByteCodec } from "./src/core/bytes.ts";
export { parseArgs } from "./src/core/args.ts";
