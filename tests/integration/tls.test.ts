/**
 * TLS against this runtime's server, with certificates Debian's openssl makes at test time (a CA, a server
 * certificate for 127.0.0.1, a client certificate the CA signed and a self-signed one it did not): redis-cli
 * --tls, ioredis and node-redis over TLS, the plain port beside the TLS one, `port 0` for TLS only, and
 * tls-auth-clients refusing a client without a good certificate (on Deno too, where node:tls serves it).
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Redis as IORedis } from "ioredis";
import { createClient } from "redis";
import { RawClient, startServer, until } from "../helpers/spawn.ts";
// A port no one listens on right now: the server is told it (TLS has no "pick one" value).
import { freePort } from "../differential/runner.ts";

let dir: string;
const file = (name: string) => path.join(dir, name);
const read = (name: string) => fs.readFileSync(file(name), "latin1");

/** A key and a certificate signed by the CA (or self-signed when `ca` is false), X.509 v3 (rustls wants v3). */
function makeCertificate(name: string, subject: string, ca: boolean, extensions: string): void {
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  fs.writeFileSync(file(`${name}.ext`), extensions + "\n");
  openssl("genrsa", "-out", `${name}.key`, "2048");
  openssl("req", "-new", "-key", `${name}.key`, "-subj", subject, "-out", `${name}.csr`);
  const signer = ca ? ["-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial"] : ["-signkey", `${name}.key`];
  openssl(
    "x509",
    "-req",
    "-in",
    `${name}.csr`,
    ...signer,
    "-days",
    "2",
    "-sha256",
    "-extfile",
    `${name}.ext`,
    "-out",
    `${name}.crt`,
  );
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "redis-lite-tls-"));
  execFileSync("openssl", ["genrsa", "-out", "ca.key", "2048"], { cwd: dir, stdio: "pipe" });
  execFileSync("openssl", [
    "req",
    "-x509",
    "-new",
    "-key",
    "ca.key",
    "-sha256",
    "-days",
    "2",
    "-subj",
    "/CN=Redis-Lite Test CA",
    "-out",
    "ca.crt",
  ], {
    cwd: dir,
    stdio: "pipe",
  });
  makeCertificate("server", "/CN=localhost", true, "subjectAltName=DNS:localhost,IP:127.0.0.1");
  makeCertificate("client", "/CN=client", true, "extendedKeyUsage=clientAuth");
  makeCertificate("rogue", "/CN=rogue", false, "extendedKeyUsage=clientAuth");
});
after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The server flags for TLS on `tlsPort` with the test certificates. */
function tlsFlags(tlsPort: number, authClients = "yes"): string[] {
  return [
    "--tls-port",
    String(tlsPort),
    "--tls-cert-file",
    file("server.crt"),
    "--tls-key-file",
    file("server.key"),
    "--tls-ca-cert-file",
    file("ca.crt"),
    "--tls-auth-clients",
    authClients,
  ];
}

/** redis-cli over TLS with the CA (and the named client certificate); its stdout and stderr together. */
function cliTls(port: number, cert: "client" | "rogue" | null, ...command: string[]): string {
  const certArgs = cert === null ? [] : ["--cert", file(`${cert}.crt`), "--key", file(`${cert}.key`)];
  const r = spawnSync("redis-cli", ["--tls", "--cacert", file("ca.crt"), ...certArgs, "-p", String(port), ...command], {
    encoding: "latin1",
    timeout: 20_000,
  });
  return `${r.stdout}${r.stderr}`.trim();
}

const tlsClientOptions = () => ({ ca: read("ca.crt"), cert: read("client.crt"), key: read("client.key") });

test("this redis-cli speaks TLS (the tests below depend on it)", () => {
  const r = spawnSync("redis-cli", ["--help"], { encoding: "latin1" });
  assert.match(`${r.stdout}${r.stderr}`, /--tls\s/);
});

test("with port 0 and a tls-port, the server listens for TLS only and INFO names the TLS port", async () => {
  const tlsPort = await freePort();
  const srv = await startServer(tlsFlags(tlsPort));
  try {
    assert.equal(srv.port, tlsPort);
    assert.equal(cliTls(tlsPort, "client", "PING"), "PONG");
    assert.match(cliTls(tlsPort, "client", "INFO", "server"), new RegExp(`tcp_port:${tlsPort}\r?\n`));
    assert.equal(cliTls(tlsPort, "client", "CONFIG", "GET", "port"), "port\n0");
    assert.match(srv.output(), new RegExp(`Running mode=standalone, port=${tlsPort}\\.`));
  } finally {
    await srv.stop();
  }
});

test("the plain port and the TLS port serve side by side, on one dataset", async () => {
  const [port, tlsPort] = [await freePort(), await freePort()];
  const srv = await startServer([...tlsFlags(tlsPort), "--port", String(port)]);
  const plain = await RawClient.connect(port);
  try {
    assert.equal(await plain.call("SET", "k", "over plain TCP"), "+OK\r\n");
    assert.equal(cliTls(tlsPort, "client", "GET", "k"), "over plain TCP");
    assert.equal(
      await plain.call("CLIENT", "INFO").then((r) => /laddr=127\.0\.0\.1:(\d+)/.exec(r ?? "")?.[1]),
      String(port),
    );
  } finally {
    plain.close();
    await srv.stop();
  }
});

test("ioredis and node-redis work over TLS", async () => {
  const tlsPort = await freePort();
  const srv = await startServer(tlsFlags(tlsPort));
  const io = new IORedis({
    port: tlsPort,
    host: "127.0.0.1",
    tls: tlsClientOptions(),
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  const nr = createClient({ socket: { host: "127.0.0.1", port: tlsPort, tls: true, ...tlsClientOptions() } });
  nr.on("error", () => {});
  try {
    await io.connect();
    assert.equal(await io.set("io", "x".repeat(100_000)), "OK");
    assert.equal((await io.get("io"))?.length, 100_000);
    await nr.connect();
    assert.equal(await nr.set("nr", "over TLS"), "OK");
    assert.equal(await nr.get("nr"), "over TLS");
    assert.equal(await nr.get("io").then((v) => v?.length), 100_000);
  } finally {
    io.disconnect();
    if (nr.isOpen) await nr.quit();
    await srv.stop();
  }
});

test("tls-protocols and the certificate files are checked by CONFIG SET as redis-server checks them", async () => {
  const tlsPort = await freePort();
  const srv = await startServer(tlsFlags(tlsPort));
  try {
    const refused = (name: string) =>
      `ERR CONFIG SET failed (possibly related to argument '${name}') - Unable to update TLS configuration. Check server logs.`;
    assert.equal(cliTls(tlsPort, "client", "CONFIG", "SET", "tls-protocols", "TLSv9"), refused("tls-protocols"));
    assert.equal(
      cliTls(tlsPort, "client", "CONFIG", "SET", "tls-cert-file", file("missing.crt")),
      refused("tls-cert-file"),
    );
    // The log lines Redis writes (a child's stdout arrives when it arrives).
    const logged = (re: RegExp) => until(() => re.test(srv.output()));
    assert.ok(
      await logged(
        /Invalid tls-protocols specified\. Use a combination of 'TLSv1', 'TLSv1\.1', 'TLSv1\.2' and 'TLSv1\.3'\./,
      ),
    );
    assert.ok(
      await logged(
        /Failed to load certificate: .*missing\.crt: error:80000002:system library::No such file or directory/,
      ),
    );
    assert.ok(
      await logged(
        /Failed applying new configuration\. Possibly related to new tls-cert-file setting\. Restoring previous settings\./,
      ),
    );
    assert.equal(cliTls(tlsPort, "client", "CONFIG", "GET", "tls-cert-file"), `tls-cert-file\n${file("server.crt")}`);
    // The listener kept its context: new connections still work.
    assert.equal(cliTls(tlsPort, "client", "PING"), "PONG");
    assert.equal(cliTls(tlsPort, "client", "CONFIG", "SET", "tls-protocols", "TLSv1.2 TLSv1.3"), "OK");
  } finally {
    await srv.stop();
  }
});

/** redis-cli over TLS to `host:port` with the client certificate, not checking the server's name (it has 127.0.0.1's). */
function cliTlsAt(host: string, port: number, ...command: string[]): string {
  const r = spawnSync("redis-cli", [
    "--tls",
    "--insecure",
    "--cert",
    file("client.crt"),
    "--key",
    file("client.key"),
    "-h",
    host,
    "-p",
    String(port),
    ...command,
  ], { encoding: "latin1", timeout: 20_000 });
  return `${r.stdout}${r.stderr}`.trim();
}

/** Listens on 127.0.0.1:port as another process would, so the server cannot. */
function holdPort(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(port, "127.0.0.1", () => resolve(s));
  });
}

test("CONFIG SET tls-port moves the TLS listener, 0 closes it, and a taken port is refused with Redis's error", async () => {
  const [port, tlsPort, next, taken] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const srv = await startServer([...tlsFlags(tlsPort), "--port", String(port)]);
  const plain = await RawClient.connect(port);
  const holder = await holdPort(taken);
  try {
    // A connection made on the old port stays served after the move.
    const io = new IORedis({ port: tlsPort, host: "127.0.0.1", tls: tlsClientOptions(), lazyConnect: true });
    await io.connect();
    assert.equal(await plain.call("CONFIG", "SET", "tls-port", String(next)), "+OK\r\n");
    assert.equal(cliTls(next, "client", "PING"), "PONG");
    assert.doesNotMatch(cliTls(tlsPort, "client", "PING"), /PONG/);
    assert.equal(await io.ping(), "PONG");
    io.disconnect();
    assert.equal(
      await plain.call("CONFIG", "SET", "tls-port", String(taken)),
      "-ERR CONFIG SET failed (possibly related to argument 'tls-port') - Unable to listen on this port. Check server logs.\r\n",
    );
    assert.equal(
      await plain.call("CONFIG", "GET", "tls-port"),
      `*2\r\n$8\r\ntls-port\r\n$${String(next).length}\r\n${next}\r\n`,
    );
    assert.equal(cliTls(next, "client", "PING"), "PONG");
    assert.ok(
      await until(() =>
        srv.output().includes(
          `Warning: Could not create server TCP listening socket 127.0.0.1:${taken}: bind: Address already in use`,
        ) &&
        srv.output().includes(
          "Failed applying new configuration. Possibly related to new tls-port setting. Restoring previous settings.",
        )
      ),
      srv.output(),
    );
    assert.equal(await plain.call("CONFIG", "SET", "tls-port", "0"), "+OK\r\n");
    assert.doesNotMatch(cliTls(next, "client", "PING"), /PONG/);
    assert.equal(await plain.call("PING"), "+PONG\r\n");
  } finally {
    plain.close();
    await new Promise((done) => holder.close(done));
    await srv.stop();
  }
});

test("the TLS port listens on every address of bind, and CONFIG SET bind moves it with the plain port", async () => {
  const [port, tlsPort] = [await freePort(), await freePort()];
  const srv = await startServer([...tlsFlags(tlsPort), "--port", String(port), "--bind", "127.0.0.1 127.0.0.2"]);
  const plain = await RawClient.connect(port);
  try {
    assert.equal(cliTlsAt("127.0.0.1", tlsPort, "PING"), "PONG");
    assert.equal(cliTlsAt("127.0.0.2", tlsPort, "PING"), "PONG");
    assert.equal(await plain.call("CONFIG", "SET", "bind", "127.0.0.2"), "+OK\r\n");
    assert.equal(cliTlsAt("127.0.0.2", tlsPort, "PING"), "PONG");
    assert.doesNotMatch(cliTlsAt("127.0.0.1", tlsPort, "PING"), /PONG/);
    // A bind that cannot be had moves neither kind of socket.
    assert.equal(
      await plain.call("CONFIG", "SET", "bind", "127.0.0.2 192.0.2.1"),
      "-ERR CONFIG SET failed (possibly related to argument 'bind') - Failed to bind to specified addresses.\r\n",
    );
    assert.equal(cliTlsAt("127.0.0.2", tlsPort, "PING"), "PONG");
  } finally {
    plain.close();
    await srv.stop();
  }
});

test("CONFIG SET tls-port on a server started without TLS needs the certificates first, then listens", async () => {
  const tlsPort = await freePort();
  const srv = await startServer([]);
  const plain = await RawClient.connect(srv.port);
  try {
    assert.equal(
      await plain.call("CONFIG", "SET", "tls-port", String(tlsPort)),
      "-ERR CONFIG SET failed (possibly related to argument 'tls-port') - Unable to update TLS configuration. Check server logs.\r\n",
    );
    assert.ok(await until(() => srv.output().includes("No tls-cert-file configured!")), srv.output());
    assert.equal(await plain.call("CONFIG", "GET", "tls-port"), "*2\r\n$8\r\ntls-port\r\n$1\r\n0\r\n");
    const flags = tlsFlags(tlsPort);
    for (let j = 2; j < flags.length; j += 2) {
      assert.equal(await plain.call("CONFIG", "SET", flags[j].slice(2), flags[j + 1]), "+OK\r\n");
    }
    assert.equal(await plain.call("CONFIG", "SET", "tls-port", String(tlsPort)), "+OK\r\n");
    assert.equal(cliTls(tlsPort, "client", "SET", "k", "over TLS"), "OK");
    assert.equal(await plain.call("GET", "k"), "$8\r\nover TLS\r\n");
  } finally {
    plain.close();
    await srv.stop();
  }
});

test("a tls-port without a certificate ends the server at startup with Redis's lines", async () => {
  await assert.rejects(
    startServer(["--tls-port", String(await freePort())]),
    (e: Error) =>
      /No tls-cert-file configured!/.test(e.message) &&
      /Failed to configure TLS\. Check logs for more info\./.test(e.message) &&
      /server exited with 1/.test(e.message),
  );
});

test("tls-auth-clients yes refuses a client with no certificate or one the CA did not sign", async () => {
  const tlsPort = await freePort();
  const srv = await startServer(tlsFlags(tlsPort, "yes"));
  try {
    assert.equal(cliTls(tlsPort, "client", "PING"), "PONG");
    assert.doesNotMatch(cliTls(tlsPort, null, "PING"), /PONG/);
    assert.doesNotMatch(cliTls(tlsPort, "rogue", "PING"), /PONG/);
    const io = new IORedis({
      port: tlsPort,
      host: "127.0.0.1",
      tls: { ca: read("ca.crt") },
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    io.on("error", () => {});
    try {
      await assert.rejects(io.connect().then(() => io.ping()));
    } finally {
      io.disconnect();
    }
  } finally {
    await srv.stop();
  }
});

test("tls-auth-clients optional serves a client with no certificate but refuses a bad one; CONFIG SET switches it", async () => {
  const tlsPort = await freePort();
  const srv = await startServer(tlsFlags(tlsPort, "optional"));
  try {
    assert.equal(cliTls(tlsPort, null, "PING"), "PONG");
    assert.equal(cliTls(tlsPort, "client", "PING"), "PONG");
    assert.doesNotMatch(cliTls(tlsPort, "rogue", "PING"), /PONG/);
    assert.equal(cliTls(tlsPort, "client", "CONFIG", "SET", "tls-auth-clients", "yes"), "OK");
    assert.doesNotMatch(cliTls(tlsPort, null, "PING"), /PONG/);
    assert.equal(cliTls(tlsPort, "client", "PING"), "PONG");
  } finally {
    await srv.stop();
  }
});
test("CONFIG SET tls-auth-clients yes on a port started with no: from then on a client needs a good certificate", async () => {
  const tlsPort = await freePort();
  const srv = await startServer(tlsFlags(tlsPort, "no"));
  try {
    assert.equal(cliTls(tlsPort, null, "SET", "k", "v"), "OK");
    assert.equal(cliTls(tlsPort, null, "CONFIG", "SET", "tls-auth-clients", "yes"), "OK");
    // The port may be reopened with the new settings a few milliseconds after the reply.
    assert.ok(await until(() => cliTls(tlsPort, "client", "GET", "k") === "v"));
    assert.doesNotMatch(cliTls(tlsPort, null, "PING"), /PONG/);
    assert.doesNotMatch(cliTls(tlsPort, "rogue", "PING"), /PONG/);
    assert.equal(cliTls(tlsPort, "client", "CONFIG", "SET", "tls-auth-clients", "no"), "OK");
    assert.ok(await until(() => cliTls(tlsPort, null, "PING") === "PONG"));
  } finally {
    await srv.stop();
  }
});
