/**
 * Replication over TLS (`tls-replication yes`) with redis-server, on the runtime running the tests: this server
 * as the replica of a redis-server master's TLS port, and as a master serving a redis-server replica on its own
 * TLS port. Certificates come from Debian's openssl at test time: a CA, a server certificate for 127.0.0.1
 * signed by it, and a second CA that signed nothing here (a replica trusting only it must refuse the master).
 * Clients talk to each server on its plain port beside the TLS one.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { RawClient, startInProcess, until } from "../helpers/spawn.ts";
import { call, info, scratchDir, withPair, writeLoad } from "../helpers/replication.ts";
import { freePort, startRedis } from "../differential/runner.ts";

let certs: string;
const file = (name: string) => path.join(certs, name);

before(() => {
  certs = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-repl-tls-"));
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: certs, stdio: "pipe" });
  for (const ca of ["ca", "other-ca"]) {
    openssl("genrsa", "-out", `${ca}.key`, "2048");
    openssl(
      "req",
      "-x509",
      "-new",
      "-key",
      `${ca}.key`,
      "-sha256",
      "-days",
      "2",
      "-subj",
      `/CN=${ca}`,
      "-out",
      `${ca}.crt`,
    );
  }
  openssl("genrsa", "-out", "server.key", "2048");
  openssl("req", "-new", "-key", "server.key", "-subj", "/CN=localhost", "-out", "server.csr");
  fs.writeFileSync(file("server.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
  const sign = ["-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2", "-sha256"];
  openssl("x509", "-req", "-in", "server.csr", ...sign, "-extfile", "server.ext", "-out", "server.crt");
});
after(() => {
  fs.rmSync(certs, { recursive: true, force: true });
});

/** The TLS settings of every server here, trusting `ca`; `tls-port` is added by the caller. */
function tlsConfig(ca = "ca.crt"): Record<string, string> {
  return {
    "tls-cert-file": file("server.crt"),
    "tls-key-file": file("server.key"),
    "tls-ca-cert-file": file(ca),
    "tls-auth-clients": "no",
    "tls-replication": "yes",
  };
}

/** tlsConfig as redis-server flags. */
function tlsFlags(tlsPort: number): string[] {
  const flags = ["--tls-port", String(tlsPort)];
  for (const [k, v] of Object.entries(tlsConfig())) flags.push(`--${k}`, v);
  return flags;
}

/** Writes on `m`, REPLICAOF from `r` to the TLS port, more writes: the replica holds all of them. */
async function syncAndFollow(m: RawClient, r: RawClient, tlsPort: number): Promise<void> {
  await writeLoad(m, 50, "before");
  assert.equal(await call(r, "REPLICAOF", "127.0.0.1", String(tlsPort)), "+OK\r\n");
  assert.ok(await until(async () => (await info(r, "master_link_status")) === "up", 30000), "the link came up");
  await writeLoad(m, 50, "after");
  assert.ok(
    await until(async () => (await info(r, "slave_repl_offset")) === (await info(m, "master_repl_offset")), 20000),
    "the replica reached the master's offset",
  );
  assert.equal(await call(r, "DBSIZE"), await call(m, "DBSIZE"));
  assert.equal(await call(r, "GET", "counter:after"), "$2\r\n50\r\n");
}

/** A redis-server master with a TLS port and this server (trusting `ca`) beside it, not yet replicating. */
async function withTlsMaster(
  ca: string,
  fn: (m: RawClient, r: RawClient, tlsPort: number, logs: string[]) => Promise<void>,
): Promise<void> {
  const tlsPort = await freePort();
  await withPair(tlsFlags(tlsPort), tlsConfig(ca), ({ m, r, logs }) => fn(m, r, tlsPort, logs));
}

test("as a replica of a redis-server master's TLS port: full sync, then the stream, over TLS", async () => {
  await withTlsMaster("ca.crt", async (m, r, tlsPort) => {
    await syncAndFollow(m, r, tlsPort);
    assert.equal(await info(r, "master_port"), String(tlsPort));
    // The master sees the replica on its TLS connection.
    assert.equal(await info(m, "connected_slaves"), "1");
  });
});

test("as a replica, a TLS master whose certificate the trusted CA did not sign is refused", async () => {
  await withTlsMaster("other-ca.crt", async (m, r, tlsPort, logs) => {
    assert.equal(await call(m, "SET", "k", "v"), "+OK\r\n");
    assert.equal(await call(r, "REPLICAOF", "127.0.0.1", String(tlsPort)), "+OK\r\n");
    // A failed connect or handshake is logged, and retried each second: never a sync.
    assert.ok(
      await until(() => logs.filter((l) => l.includes("MASTER <-> REPLICA sync started")).length >= 2, 20000),
      "the replica retried",
    );
    assert.equal(await info(r, "master_link_status"), "down");
    assert.equal(await call(r, "DBSIZE"), ":0\r\n");
    assert.equal(await info(m, "connected_slaves"), "0");
  });
});

test("as a master, a redis-server replica syncs over this server's TLS port and follows the stream", async () => {
  const tlsPort = await freePort();
  const dir = scratchDir();
  const master = await startInProcess({
    port: 0,
    config: { dir, "tls-port": String(tlsPort), "repl-diskless-sync-delay": "0", ...tlsConfig() },
  });
  const replica = await startRedis(tlsFlags(await freePort()));
  const m = await RawClient.connect(master.port);
  const r = await RawClient.connect(replica.port);
  try {
    await syncAndFollow(m, r, tlsPort);
    assert.match(await info(m, "slave0"), /^ip=127\.0\.0\.1,port=\d+,state=online,/);
  } finally {
    m.close();
    r.close();
    await replica.stop();
    await master.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
