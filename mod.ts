/**
 * Redis-Lite: a Redis-compatible server core in plain TypeScript, with no runtime dependencies.
 *
 * The core takes the bytes a client sent and gives back the bytes Redis would reply. A host runtime supplies
 * the clock and the sockets: `./node`, `./bun` and `./deno` each export `start()`, a server on a port.
 *
 * @example Seed and inspect data in-process, with a clock the test controls (the direct API)
 * ```ts
 * import { ManualHost, Server } from "./mod.ts";
 * const server = new Server({ host: new ManualHost() });
 * server.hset("user:1", { name: "Ada" });
 * server.call("EXPIRE", "user:1", 60);
 * server.fastForward(60_000);
 * server.hgetall("user:1"); // {}
 * ```
 *
 * @example Feed a connection bytes
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
 * @module
 */
export * from "./src/mod.ts";
