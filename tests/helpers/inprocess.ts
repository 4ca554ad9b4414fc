/** The core in-process, with a clock the test moves: each call feeds bytes and returns the raw reply text. */
import { ManualHost, Server } from "../../mod.ts";
import type { Client, CommandFamily } from "../../mod.ts";
import { bytesLatin1, encodeCommand, latin1Bytes } from "./resp.ts";

export interface TestConn {
  client: Client;
  /** Everything written to this connection so far and not yet taken. */
  output(): string;
  /** Sends one command (args as byte strings) and returns what was written in response. */
  cmd(...args: string[]): string;
  /** Sends raw bytes (latin1 string) and returns what was written. */
  raw(bytes: string): string;
  closed: boolean;
}

export interface TestServer {
  server: Server;
  host: ManualHost;
  /**
   * A new connection. With `unread`, the peer never reads: every byte written stays counted as unsent
   * (the transport's bufferedBytes), as for a client that stopped reading its socket. `remoteAddress`
   * ("ip:port") stands for the peer (127.0.0.1 unless given).
   */
  connect(opts?: { unread?: boolean; remoteAddress?: string }): TestConn;
}

/** A server on a ManualHost with these settings and command families (default: every family). */
export function inProcess(config: [string, string][] = [], families?: readonly CommandFamily[]): TestServer {
  const host = new ManualHost();
  const server = new Server({ host, config, families });
  let fd = 10;
  return {
    server,
    host,
    connect(opts: { unread?: boolean; remoteAddress?: string } = {}): TestConn {
      let out = "";
      let unsent = 0;
      const conn: TestConn = {
        closed: false,
        client: undefined as unknown as Client,
        output() {
          const o = out;
          out = "";
          return o;
        },
        cmd(...args) {
          return conn.raw(encodeCommand(args));
        },
        raw(bytes) {
          conn.client.feed(latin1Bytes(bytes));
          return conn.output();
        },
      };
      const write = (b: Uint8Array) => {
        out += bytesLatin1(b);
        if (opts.unread) unsent += b.length;
      };
      conn.client = server.connect({
        write,
        // Read at once, as the shims do: the client's reply buffer is lent, not copied.
        writeView: write,
        close: () => {
          conn.closed = true;
        },
        abort: () => {
          conn.closed = true;
        },
        bufferedBytes: () => unsent,
        remoteAddress: opts.remoteAddress ?? `127.0.0.1:${40000 + fd}`,
        localAddress: "127.0.0.1:6379",
        fd: fd++,
      });
      return conn;
    },
  };
}

/** Calls `fn` with every keyspace event the server reports (before it is published), for tests that log them. */
export function onKeyspaceEvent(
  server: Server,
  fn: (type: number, event: string, key: string, dbid: number) => void,
): void {
  const notify = server.notifyKeyspaceEvent.bind(server);
  server.notifyKeyspaceEvent = (type, event, key, dbid) => {
    fn(type, event, key, dbid);
    notify(type, event, key, dbid);
  };
}
