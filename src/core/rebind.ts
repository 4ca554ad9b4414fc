/**
 * CONFIG SET port and bind moving the listening sockets while the server runs (config.c's updatePort and
 * applyBind, server.c's changeListenPort and changeBindAddr). The shim does the socket work (Host.rebind);
 * opening sockets is asynchronous on some runtimes, so the CONFIG SET that moves them yields and answers once
 * they listen, or rolls the settings back and answers Redis's error when they cannot.
 */
import type { Client } from "./client.ts";
import type { Config } from "./config.ts";
import { errConfigSetFailed } from "./errors.ts";

/** updatePort's and applyBind's reasons (config.c) when the new listening sockets cannot be opened. */
const CONFIG_PORT_UNAVAILABLE = "Unable to listen on this port. Check server logs.";
const CONFIG_BIND_UNAVAILABLE = "Failed to bind to specified addresses.";

/** The settings the listening sockets follow, as they were before a CONFIG SET. */
export interface ListenSettings {
  port: string;
  bind: string;
}

export function listenSettings(config: Config): ListenSettings {
  return { port: config.get("port"), bind: config.get("bind") };
}

/**
 * After CONFIG SET set `pairs`: when `port` or `bind` changed and the host can move its sockets, moves them
 * and answers the command (yielding meanwhile when it may); returns false when nothing moves, leaving the
 * +OK to the caller. A failure restores both settings (restoreBackupConfig) and blames the first of the two
 * that changed, in argument order, as the apply functions run in that order.
 */
export function applyListenChange(c: Client, before: ListenSettings, pairs: [string, string][]): boolean {
  const server = c.server;
  const config = server.config;
  const after = listenSettings(config);
  const changed = (name: string) => (name === "port" ? after.port !== before.port : after.bind !== before.bind);
  const rebind = server.host.rebind;
  if (rebind === undefined || (!changed("port") && !changed("bind"))) return false;
  const blamed = pairs.map(([name]) => config.entry(name)!.name).find((name) =>
    (name === "port" || name === "bind") && changed(name)
  )!;
  const moved = rebind(after.bind, Number(after.port));
  const restore = () => {
    if (blamed === "bind") server.host.log("# Failed to bind");
    server.host.log(
      `# Failed applying new configuration. Possibly related to new ${blamed} setting. Restoring previous settings.`,
    );
    config.setRaw("port", before.port);
    config.setRaw("bind", before.bind);
  };
  const answer = (ok: boolean) => {
    if (ok) return c.reply.ok();
    restore();
    c.error(errConfigSetFailed(blamed, blamed === "port" ? CONFIG_PORT_UNAVAILABLE : CONFIG_BIND_UNAVAILABLE));
  };
  if (c.canYield()) {
    c.yieldCommand();
    void moved.then((ok) => {
      if (c.yielded !== null) c.finishYieldedCommand(() => answer(ok));
    });
    return true;
  }
  // Inside MULTI/EXEC the transaction runs whole: it answers +OK now, and a move that fails later still
  // restores the settings and logs why.
  c.reply.ok();
  void moved.then((ok) => {
    if (!ok) restore();
  });
  return true;
}
