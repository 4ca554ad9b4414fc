/** Node.js shim: net.createServer -> core. Transport only. Run `node dist/node.js [--port 6379] [--bind 127.0.0.1]`. */
import net from "node:net";
import process from "node:process";
import { setByteCodec } from "../core/bytes.ts";
import { banner, createServer, HIGH_WATER, listenFailed, startPersistence } from "./shared.ts";
import { nodeFileStore } from "./fs-node.ts";
import { configFiles, createPidFile, openFileLimit } from "./os-node.ts";

setByteCodec({
  decode: (buf, start, end) => Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString("latin1"),
  encodeInto: (s, buf, offset) => Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).write(s, offset, "latin1"),
});

export function main(argv: string[]): Promise<net.Server> {
  const { server, port, bind } = createServer(argv, {
    processId: process.pid,
    runtime: `Node.js ${process.version} ${process.platform} ${process.arch}`,
    executable: process.execPath,
    memory: () => {
      const m = process.memoryUsage();
      return { rss: m.rss, heapUsed: m.heapUsed + m.external + m.arrayBuffers };
    },
    cpu: () => {
      const u = process.cpuUsage();
      return { user: u.user / 1e6, system: u.system / 1e6 };
    },
    maxOpenFiles: openFileLimit,
    ...configFiles,
  }, (code) => process.exit(code));
  let fds = 7;
  const listener = net.createServer({ noDelay: true }, (socket) => {
    socket.setNoDelay(true);
    const client = server.connect({
      write(bytes) {
        if (socket.destroyed) return;
        server.stats.netOutput += bytes.length;
        if (!socket.write(bytes) && !socket.isPaused()) socket.pause();
      },
      close() {
        socket.end();
        // A client that never reads would keep the socket half-open forever.
        setTimeout(() => socket.destroy(), 5000).unref();
      },
      abort: () => socket.destroy(),
      bufferedBytes: () => socket.writableLength,
      remoteAddress: `${socket.remoteAddress}:${socket.remotePort}`,
      localAddress: `${socket.localAddress}:${socket.localPort}`,
      fd: fds++,
    });
    socket.on("data", (chunk) => {
      server.stats.netInput += chunk.length;
      client.feed(chunk);
      if (socket.writableLength > HIGH_WATER) socket.pause();
    });
    socket.on("drain", () => {
      if (client.closing) return;
      socket.resume();
      client.drained();
    });
    socket.on("error", () => {});
    socket.on("close", () => client.disconnected());
  });
  return new Promise((resolve, reject) => {
    listener.once("error", (e) => {
      listenFailed(server, bind, port, e);
      reject(e);
    });
    listener.listen(port, bind, () => {
      const addr = listener.address() as net.AddressInfo;
      server.config.setRaw("port", String(addr.port));
      server.start();
      const removePidFile = createPidFile(server.config.get("pidfile"), process.pid, (line) => server.host.log(line));
      const exit = (code: number) => {
        server.stop();
        removePidFile();
        listener.close();
        process.exit(code);
      };
      // Signal handlers first: the ready line may be printed before startPersistence returns.
      let onSignal: (sig: "SIGTERM" | "SIGINT") => void = () => exit(0);
      process.on("SIGINT", () => onSignal("SIGINT"));
      process.on("SIGTERM", () => onSignal("SIGTERM"));
      // Persistence: load the snapshot (clients get -LOADING meanwhile), save on SIGTERM/SIGINT.
      onSignal = startPersistence(server, nodeFileStore(), undefined, exit, () => {
        // The ready line comes last: whoever waits for it may signal us at once.
        console.log(banner(`Node.js ${process.version}`, bind, addr.port));
        resolve(listener);
      });
    });
  });
}

// A failed listen was logged as Redis logs it.
main(process.argv.slice(2)).catch(() => process.exit(1));
