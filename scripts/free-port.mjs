// A free loopback port for a server the benchmark or generator scripts start (bind port 0, read it, close).
import net from "node:net";

export function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}
