/**
 * TLS settings as redis-server's tlsConfigure reads them (tls.c): the certificate, key and CA files loaded
 * from disk, `tls-auth-clients`, `tls-protocols`. Shared by the three shims, which each turn a TlsSettings
 * into their runtime's TLS listener (node:tls, Bun.listen's `tls`, Deno.listenTls); this module only reads
 * files (node:fs, which all three runtimes provide) and checks what Redis checks, with Redis's log lines.
 */
import fs from "node:fs";
import path from "node:path";
import type { Server } from "../core/server.ts";

/**
 * `tls-port`, 0 when TLS is off. Like every setting nothing in the core acts on, it exists only once a startup
 * line or CONFIG named it (addInertSettings).
 */
export function configuredTlsPort(server: Server): number {
  return server.config.entry("tls-port") === undefined ? 0 : server.config.getNumber("tls-port");
}

/** The protocol names tls-protocols accepts, oldest first (Redis's parseProtocolsConfig). */
export const TLS_VERSIONS = ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"] as const;
export type TlsVersion = typeof TLS_VERSIONS[number];

/** What a shim needs to listen for TLS connections. */
export interface TlsSettings {
  /** PEM text of the server certificate chain, its key and the CA certificates clients are checked against. */
  cert: string;
  key: string;
  ca: string[];
  /** tls-key-file-pass, for an encrypted key ("" when none). */
  passphrase: string;
  /** tls-auth-clients: "yes" requires a client certificate signed by the CA, "optional" checks one if sent. */
  authClients: "yes" | "no" | "optional";
  /** The protocol versions allowed (tls-protocols; Redis's default when empty is TLSv1.2 and TLSv1.3). */
  protocols: TlsVersion[];
  /** tls-ciphers (TLSv1.2 and below) and tls-ciphersuites (TLSv1.3), "" for the runtime's defaults. */
  ciphers: string;
  ciphersuites: string;
  /** tls-prefer-server-ciphers. */
  preferServerCiphers: boolean;
}

/** Raised when the settings cannot make a TLS context; `lines` are what Redis logs, in order. */
export class TlsConfigError extends Error {
  lines: string[];
  constructor(lines: string[]) {
    super(lines.join("\n"));
    this.lines = lines;
  }
}

/**
 * tls-protocols as Redis parses it: space-separated names, case-insensitive; null for an unknown name.
 * Empty means Redis's default, TLSv1.2 and TLSv1.3.
 */
export function parseTlsProtocols(text: string): TlsVersion[] | null {
  const words = text.split(" ").filter((w) => w !== "");
  if (words.length === 0) return ["TLSv1.2", "TLSv1.3"];
  const found = new Set<TlsVersion>();
  for (const w of words) {
    const v = TLS_VERSIONS.find((name) => name.toLowerCase() === w.toLowerCase());
    if (v === undefined) return null;
    found.add(v);
  }
  return TLS_VERSIONS.filter((v) => found.has(v));
}

/** A file that cannot be read, as OpenSSL 3's "system library" error names it in Redis's log. */
function readError(e: unknown): string {
  const errno: Record<string, [number, string]> = {
    ENOENT: [2, "No such file or directory"],
    EACCES: [13, "Permission denied"],
    EISDIR: [21, "Is a directory"],
  };
  const known = errno[(e as { code?: string }).code ?? ""];
  if (known === undefined) return (e as Error).message;
  return `error:${(0x80000000 + known[0]).toString(16).toUpperCase()}:system library::${known[1]}`;
}

const PEM_CERT = "-----BEGIN CERTIFICATE-----";

/**
 * Reads the TLS settings of `server`, with `override` (a setting being changed by CONFIG SET) taking the
 * place of its current value. Throws a TlsConfigError with Redis's log lines when tlsConfigure would fail.
 */
export function readTlsSettings(server: Server, override?: [name: string, value: string]): TlsSettings {
  return readTlsSettingsFrom((name) =>
    override !== undefined && override[0] === name ? override[1] : server.config.get(name)
  );
}

/** readTlsSettings on a setting reader (the server's config, or what Host.connect is given for a TLS link). */
function readTlsSettingsFrom(get: (name: string) => string): TlsSettings {
  const fail = (line: string): never => {
    throw new TlsConfigError([line]);
  };
  const certFile = get("tls-cert-file");
  const keyFile = get("tls-key-file");
  const caFile = get("tls-ca-cert-file");
  const caDir = get("tls-ca-cert-dir");
  const authClients = get("tls-auth-clients") as TlsSettings["authClients"];
  if (certFile === "") fail("No tls-cert-file configured!");
  if (keyFile === "") fail("No tls-key-file configured!");
  const needsCa = authClients !== "no" || get("tls-replication") === "yes" || get("tls-cluster") === "yes";
  if (needsCa && caFile === "" && caDir === "") {
    fail(
      "Either tls-ca-cert-file or tls-ca-cert-dir must be specified when tls-cluster, tls-replication or tls-auth-clients are enabled!",
    );
  }
  const protocols = parseTlsProtocols(get("tls-protocols"));
  if (protocols === null) {
    fail("Invalid tls-protocols specified. Use a combination of 'TLSv1', 'TLSv1.1', 'TLSv1.2' and 'TLSv1.3'.");
  }
  const load = (file: string, what: string): string => {
    try {
      return fs.readFileSync(file, "latin1");
    } catch (e) {
      return fail(`Failed to load ${what}: ${file}: ${readError(e)}`);
    }
  };
  const cert = load(certFile, "certificate");
  if (!cert.includes(PEM_CERT)) fail(`Failed to load certificate: ${certFile}: no PEM certificate found`);
  const key = load(keyFile, "private key");
  const ca: string[] = [];
  if (caFile !== "") ca.push(load(caFile, "CA certificate(s) file/directory"));
  if (caDir !== "") {
    // A c_rehash'd directory holds the CA certificates as files; every readable PEM certificate in it counts.
    let names: string[] = [];
    try {
      names = fs.readdirSync(caDir);
    } catch (e) {
      fail(`Failed to configure CA certificate(s) file/directory: ${caDir}: ${readError(e)}`);
    }
    for (const name of names.sort()) {
      try {
        const text = fs.readFileSync(path.join(caDir, name), "latin1");
        if (text.includes(PEM_CERT)) ca.push(text);
      } catch { /* not a readable file: OpenSSL's lookup skips it too */ }
    }
  }
  return {
    cert,
    key,
    ca,
    passphrase: get("tls-key-file-pass"),
    authClients,
    protocols: protocols!,
    ciphers: get("tls-ciphers"),
    ciphersuites: get("tls-ciphersuites"),
    preferServerCiphers: get("tls-prefer-server-ciphers") === "yes",
  };
}

/**
 * Redis's client context, for a replica's TLS link to its master (tls-replication yes): the settings as for
 * listening, with `tls-client-cert-file`/`tls-client-key-file`/`tls-client-key-file-pass` in place of the
 * server's certificate when set (Redis 7.0 makes a separate client context then). The master's certificate is
 * checked against the CA certificates; as in Redis 7.0 its name is not compared with the host's. Throws a
 * TlsConfigError as readTlsSettings does.
 */
export function readTlsClientSettings(get: (name: string) => string): TlsSettings {
  const s = readTlsSettingsFrom(get);
  const certFile = get("tls-client-cert-file");
  if (certFile === "") return s;
  const keyFile = get("tls-client-key-file");
  const load = (file: string, what: string): string => {
    try {
      return fs.readFileSync(file, "latin1");
    } catch (e) {
      throw new TlsConfigError([`Failed to load ${what}: ${file}: ${readError(e)}`]);
    }
  };
  return {
    ...s,
    cert: load(certFile, "certificate"),
    key: load(keyFile === "" ? certFile : keyFile, "private key"),
    passphrase: get("tls-client-key-file-pass"),
  };
}

/** A TLS listener that can take new settings for the connections it accepts from now on. */
export interface TlsReload {
  /**
   * Applies new settings to the connections accepted from now on; throws a TlsConfigError (Redis's log lines)
   * or the runtime's own error when they cannot make a TLS context, and then keeps the old one.
   */
  reload(settings: TlsSettings): void;
}

/** The settings that change the TLS context (Redis's applyTlsCfg), CONFIG SET-able while the server runs. */
const CONTEXT_SETTINGS = [
  "tls-cert-file",
  "tls-key-file",
  "tls-key-file-pass",
  "tls-ca-cert-file",
  "tls-ca-cert-dir",
  "tls-auth-clients",
  "tls-protocols",
  "tls-ciphers",
  "tls-ciphersuites",
  "tls-prefer-server-ciphers",
];

/**
 * applyTlsCfg: while a TLS port is open, CONFIG SET of a setting above rebuilds the TLS context with the new
 * value; a value that cannot make one is refused with Redis's reply and log lines, and the listener keeps
 * the old context. A shim's `reload` throws a TlsConfigError for what its runtime cannot honour.
 */
export function reloadTlsOnConfigSet(server: Server, listener: TlsReload): void {
  for (const name of CONTEXT_SETTINGS) {
    const entry = server.config.entry(name);
    if (entry === undefined) continue;
    const before = entry.check;
    entry.check = (value) => {
      const earlier = before?.(value) ?? null;
      if (earlier !== null) return earlier;
      try {
        listener.reload(readTlsSettings(server, [name, value]));
        return null;
      } catch (e) {
        const lines = e instanceof TlsConfigError ? e.lines : [`Failed to configure TLS: ${(e as Error).message}`];
        for (const line of lines) server.host.log(`# ${line}`);
        server.host.log(
          `# Failed applying new configuration. Possibly related to new ${name} setting. Restoring previous settings.`,
        );
        return "Unable to update TLS configuration. Check server logs.";
      }
    };
  }
}

/**
 * OpenSSL's SSL_OP_NO_TLSv1* bits for the versions tls-protocols leaves out (Redis sets the same options), so
 * a gap such as "TLSv1 TLSv1.2" is honoured; node:tls and Bun both take them as `secureOptions`.
 */
export function protocolOptions(protocols: readonly TlsVersion[]): number {
  const bits: Record<TlsVersion, number> = {
    "TLSv1": 0x04000000,
    "TLSv1.1": 0x10000000,
    "TLSv1.2": 0x08000000,
    "TLSv1.3": 0x20000000,
  };
  let options = 0;
  for (const v of TLS_VERSIONS) if (!protocols.includes(v)) options |= bits[v];
  return options;
}
