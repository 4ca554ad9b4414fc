/**
 * The runtime-free public API (what the repository's mod.ts and the npm package's main entry export): the
 * server core with its direct API, the manual-clock host, and the pieces a custom runtime shim needs.
 * @module
 */
export { allCommands } from "./core/commands/index.ts";
export { ConfigFileError, VERSION } from "./core/server.ts";
export type { CommandFamily, ServerOptions } from "./core/server.ts";
export { ReplyError, Server } from "./core/direct.ts";
export type { Argument, ReplyValue } from "./core/direct.ts";
export type { Fault, FaultHandle } from "./core/faults.ts";
export { Client } from "./core/client.ts";
export { ManualHost } from "./core/host.ts";
export type { Host, TimerHandle, Transport } from "./core/host.ts";
export { RequestParser } from "./core/resp/parser.ts";
export { ReplyWriter } from "./core/resp/writer.ts";
export { setByteCodec } from "./core/bytes.ts";
export type { ByteCodec } from "./core/bytes.ts";
export { parseArgs } from "./core/args.ts";
