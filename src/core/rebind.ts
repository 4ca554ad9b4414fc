/**
 * CONFIG SET port, bind and tls-port moving the listening sockets while the server runs (config.c's
 * updatePort, applyBind and applyTLSPort; server.c's changeListenPort and changeBindAddr). The shim does the
 * socket work (Host.rebind for the plain sockets, Host.rebindTls for the TLS ones); opening sockets is
 * asynchronous on some runtimes, so the CONFIG SET that moves them yields and answers once they listen, or
 * rolls the settings and the sockets back and answers Redis's error when they cannot.
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
  /** "0" when TLS is off (also while `tls-port` was never named: it exists only once named). */
  tlsPort: string;
  /** Every setting the CONFIG SET names, with its value before: all of them go back when a move fails. */
  previous: [string, string][];
}

type ListenSetting = "port" | "bind" | "tls-port";

export function listenSettings(config: Config, pairs: [string, string][] = []): ListenSettings {
  const tlsPort = config.entry("tls-port") === undefined ? "0" : config.get("tls-port");
  const previous: [string, string][] = [];
  for (const [name] of pairs) {
    const e = config.entry(name);
    if (e !== undefined) previous.push([e.name, config.get(e.name)]);
  }
  return { port: config.get("port"), bind: config.get("bind"), tlsPort, previous };
}

function valueOf(s: ListenSettings, name: ListenSetting): string {
  return name === "port" ? s.port : name === "bind" ? s.bind : s.tlsPort;
}

/**
 * After CONFIG SET set `pairs`: when `port`, `bind` or `tls-port` changed and the host can move its sockets,
 * moves them and answers the command (yielding meanwhile when it may); returns false when nothing moves,
 * leaving the +OK to the caller. The apply functions run in argument order (port: the plain sockets; bind:
 * the plain and the TLS ones; tls-port: the TLS ones); the first that fails is blamed, and every setting and
 * socket moved so far goes back (restoreBackupConfig).
 */
export function applyListenChange(c: Client, before: ListenSettings, pairs: [string, string][]): boolean {
  const server = c.server;
  const config = server.config;
  const host = server.host;
  const after = listenSettings(config);
  const rebind = host.rebind;
  const rebindTls = host.rebindTls;
  if (rebind === undefined && rebindTls === undefined) return false;
  const steps: ListenSetting[] = [];
  for (const [name] of pairs) {
    const canonical = config.entry(name)!.name;
    if (canonical !== "port" && canonical !== "bind" && canonical !== "tls-port") continue;
    if (steps.includes(canonical) || valueOf(before, canonical) === valueOf(after, canonical)) continue;
    steps.push(canonical);
  }
  if (steps.length === 0) return false;
  const move = async (): Promise<[ListenSetting, string] | null> => {
    let plainMoved = false;
    let tlsMoved = false;
    for (const step of steps) {
      let failed: string | null = null;
      if (step !== "tls-port" && rebind !== undefined) {
        if (await rebind(after.bind, Number(after.port))) plainMoved = true;
        else failed = step === "port" ? CONFIG_PORT_UNAVAILABLE : CONFIG_BIND_UNAVAILABLE;
      }
      if (failed === null && step !== "port" && rebindTls !== undefined) {
        const refused = await rebindTls(after.bind, Number(after.tlsPort));
        if (refused === null) tlsMoved = true;
        else failed = step === "bind" ? CONFIG_BIND_UNAVAILABLE : refused;
      }
      if (failed !== null) {
        if (plainMoved) await rebind!(before.bind, Number(before.port));
        if (tlsMoved) await rebindTls!(before.bind, Number(before.tlsPort));
        return [step, failed];
      }
    }
    return null;
  };
  const restore = (blamed: ListenSetting) => {
    if (blamed === "bind") host.log("# Failed to bind");
    host.log(
      `# Failed applying new configuration. Possibly related to new ${blamed} setting. Restoring previous settings.`,
    );
    // restoreBackupConfig: every setting of the command goes back, not only the sockets' ones.
    for (const [name, value] of before.previous) config.setRaw(name, value);
    config.setRaw("port", before.port);
    config.setRaw("bind", before.bind);
    if (config.entry("tls-port") !== undefined) config.setRaw("tls-port", before.tlsPort);
  };
  const moved = move();
  if (c.canYield()) {
    c.yieldCommand();
    void moved.then((failure) => {
      if (c.yielded === null) return;
      c.finishYieldedCommand(() => {
        if (failure === null) return c.reply.ok();
        restore(failure[0]);
        c.error(errConfigSetFailed(failure[0], failure[1]));
      });
    });
    return true;
  }
  // Inside MULTI/EXEC the transaction runs whole: it answers +OK now, and a move that fails later still
  // restores the settings and logs why.
  c.reply.ok();
  void moved.then((failure) => {
    if (failure !== null) restore(failure[0]);
  });
  return true;
}
