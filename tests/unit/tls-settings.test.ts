/**
 * The TLS settings as redis-server's tlsConfigure reads them (src/runtime/tls.ts, shared by the three shims):
 * tls-protocols parsing, the OpenSSL options for the versions left out, the checks in Redis's order with its
 * log lines, and CONFIG SET refusing a setting that cannot make a TLS context while keeping the old one.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  configuredTlsPort,
  parseTlsProtocols,
  protocolOptions,
  readTlsSettings,
  reloadTlsOnConfigSet,
  TlsConfigError,
} from "../../src/runtime/tls.ts";
import type { TlsSettings } from "../../src/runtime/tls.ts";
import { inProcess } from "../helpers/inprocess.ts";

let dir: string;
const PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-tls-unit-"));
  fs.writeFileSync(path.join(dir, "server.crt"), PEM);
  fs.writeFileSync(path.join(dir, "server.key"), "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
  fs.writeFileSync(path.join(dir, "ca.crt"), PEM);
  fs.mkdirSync(path.join(dir, "cadir"));
  fs.writeFileSync(path.join(dir, "cadir", "a.0"), PEM);
  fs.writeFileSync(path.join(dir, "cadir", "README"), "not a certificate");
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The TlsConfigError lines readTlsSettings throws for these settings (none: []). */
function refusal(config: [string, string][]): string[] {
  const t = inProcess(config);
  try {
    readTlsSettings(t.server);
    return [];
  } catch (e) {
    assert.ok(e instanceof TlsConfigError);
    return e.lines;
  }
}

test("tls-protocols: names in any case and order, TLSv1.2 and TLSv1.3 when empty, null for an unknown name", () => {
  assert.deepEqual(parseTlsProtocols(""), ["TLSv1.2", "TLSv1.3"]);
  assert.deepEqual(parseTlsProtocols("tlsv1.3  TLSv1"), ["TLSv1", "TLSv1.3"]);
  assert.equal(parseTlsProtocols("TLSv1.2 SSLv3"), null);
});

test("the versions tls-protocols leaves out become OpenSSL's SSL_OP_NO_* options", () => {
  assert.equal(protocolOptions(["TLSv1.2", "TLSv1.3"]), 0x04000000 | 0x10000000);
  // A gap is honoured: TLSv1.1 stays off between TLSv1 and TLSv1.2.
  assert.equal(protocolOptions(["TLSv1", "TLSv1.2"]), 0x10000000 | 0x20000000);
});

test("tlsConfigure's checks come in Redis's order, with its log lines", () => {
  const f = (name: string) => path.join(dir, name);
  assert.deepEqual(refusal([["tls-port", "6380"]]), ["No tls-cert-file configured!"]);
  assert.deepEqual(refusal([["tls-cert-file", f("server.crt")]]), ["No tls-key-file configured!"]);
  assert.deepEqual(refusal([["tls-cert-file", f("server.crt")], ["tls-key-file", f("server.key")]]), [
    "Either tls-ca-cert-file or tls-ca-cert-dir must be specified when tls-cluster, tls-replication or tls-auth-clients are enabled!",
  ]);
  const files: [string, string][] = [["tls-cert-file", f("server.crt")], ["tls-key-file", f("server.key")]];
  assert.deepEqual(refusal([...files, ["tls-auth-clients", "no"], ["tls-protocols", "TLSv4"]]), [
    "Invalid tls-protocols specified. Use a combination of 'TLSv1', 'TLSv1.1', 'TLSv1.2' and 'TLSv1.3'.",
  ]);
  assert.deepEqual(
    refusal([["tls-cert-file", f("nope.crt")], ["tls-key-file", f("server.key")], ["tls-auth-clients", "no"]]),
    [
      `Failed to load certificate: ${f("nope.crt")}: error:80000002:system library::No such file or directory`,
    ],
  );
  assert.deepEqual(refusal([...files, ["tls-auth-clients", "no"]]), []);
});

test("tls-ca-cert-dir contributes every PEM certificate in the directory, and tls-auth-clients is passed on", () => {
  const t = inProcess([
    ["tls-cert-file", path.join(dir, "server.crt")],
    ["tls-key-file", path.join(dir, "server.key")],
    ["tls-ca-cert-file", path.join(dir, "ca.crt")],
    ["tls-ca-cert-dir", path.join(dir, "cadir")],
    ["tls-auth-clients", "optional"],
  ]);
  const s = readTlsSettings(t.server);
  assert.equal(s.ca.length, 2);
  assert.equal(s.authClients, "optional");
  assert.deepEqual(s.protocols, ["TLSv1.2", "TLSv1.3"]);
});

test("tls-port is 0 until a startup line or CONFIG names it", () => {
  assert.equal(configuredTlsPort(inProcess().server), 0);
  assert.equal(configuredTlsPort(inProcess([["tls-port", "6380"]]).server), 6380);
});

test("CONFIG SET of a TLS setting rebuilds the context, and refuses one that cannot be built, keeping the old", () => {
  const t = inProcess([
    ["tls-cert-file", path.join(dir, "server.crt")],
    ["tls-key-file", path.join(dir, "server.key")],
    ["tls-auth-clients", "no"],
  ]);
  const reloads: TlsSettings[] = [];
  reloadTlsOnConfigSet(t.server, {
    reload(s) {
      if (s.protocols.includes("TLSv1")) throw new TlsConfigError(["this runtime cannot offer TLSv1"]);
      reloads.push(s);
    },
  });
  const c = t.connect();
  assert.equal(c.cmd("CONFIG", "SET", "tls-protocols", "TLSv1.3"), "+OK\r\n");
  assert.deepEqual(reloads.map((s) => s.protocols), [["TLSv1.3"]]);
  const refused = (name: string) =>
    `-ERR CONFIG SET failed (possibly related to argument '${name}') - Unable to update TLS configuration. Check server logs.\r\n`;
  assert.equal(c.cmd("CONFIG", "SET", "tls-protocols", "TLSv1 TLSv1.3"), refused("tls-protocols"));
  assert.equal(c.cmd("CONFIG", "SET", "tls-key-file", path.join(dir, "missing.key")), refused("tls-key-file"));
  assert.equal(c.cmd("CONFIG", "GET", "tls-protocols"), "*2\r\n$13\r\ntls-protocols\r\n$7\r\nTLSv1.3\r\n");
  assert.equal(reloads.length, 1);
  assert.ok(t.host.lines.some((l) => l.includes("this runtime cannot offer TLSv1")));
  assert.ok(
    t.host.lines.some((l) =>
      l.includes(
        "Failed applying new configuration. Possibly related to new tls-key-file setting. Restoring previous settings.",
      )
    ),
  );
});
