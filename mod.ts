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
export * from "./src/mod.ts";
