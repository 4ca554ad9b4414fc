/**
 * What every shim does the same way: read Redis-style flags, build the server with a host, print the
 * startup line. Runtime-free itself; each shim passes in what its runtime provides.
 */
import { Server } from "../core/server.js";
/** A host on the real clock, for runtimes with standard timers (all three have them). */
export function systemHost(overrides = {}) {
    const perf = globalThis.performance;
    return {
        now: () => Date.now(),
        monotonic: () => (perf ? perf.now() : Date.now()),
        setTimer(ms, fn) {
            const t = setTimeout(fn, ms);
            return { cancel: () => clearTimeout(t) };
        },
        random: Math.random,
        log: (line) => console.log(line),
        ...overrides,
    };
}
import { parseArgs } from "../core/args.js";
/** Above this many unsent bytes a shim stops reading from that client until its socket drains. */
export const HIGH_WATER = 1024 * 1024;
export function createServer(argv, host) {
    let config;
    try {
        config = parseArgs(argv);
    }
    catch (e) {
        console.error(`*** FATAL CONFIG FILE ERROR *** ${e.message}`);
        throw e;
    }
    const server = new Server({ host: systemHost(host), config });
    const port = server.config.getNumber("port");
    const bind = server.config.get("bind").split(" ")[0];
    return { server, port, bind };
}
export function banner(runtime, bind, port) {
    return `Redis-Lite (Redis 7.0.15 compatible) on ${runtime}: ready to accept connections on ${bind}:${port}`;
}
//# sourceMappingURL=shared.js.map