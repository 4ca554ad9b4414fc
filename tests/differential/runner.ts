/**
 * The differential runner: starts Debian's redis-server 7.0.15 and this server side by side, runs the same
 * steps on both over fresh connections, and compares the raw reply bytes.
 *
 * Replies are compared byte for byte. The only normalisations are for replies Redis itself does not make
 * deterministic (each is named in `normalise` with the reason): `unordered` steps, INFO, CLIENT ID/INFO/LIST
 * volatile fields, HELLO's id, TIME, TTL-style countdowns within a tolerance, and SCAN-family cursors (a
 * SCAN-family step starting at cursor 0 is iterated to the end on each server and the union compared).
 *
 * Case conventions beyond DiffStep: an argument `${idN}` is replaced by connection N's client id on each
 * server (for CLIENT KILL ID, CLIENT UNBLOCK, CLIENT TRACKING REDIRECT ...).
 */
import net from "node:net";
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { Buffer } from "node:buffer";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../helpers/spawn.ts";
import type { Spawned } from "../helpers/spawn.ts";
import { encodeCommand, replyLength } from "../helpers/resp.ts";
import type { DiffCase, DiffStep } from "./types.ts";

/** How long a step waits for a reply before recording "(no reply)". */
export const REPLY_TIMEOUT_MS = 3000;

// ---------------------------------------------------------------------------------------------------------
// A raw connection

/** A raw TCP connection that splits received bytes into whole RESP replies (latin1 strings). */
export class Wire {
  private sock: net.Socket;
  private buf = "";
  private waiters: (() => void)[] = [];
  closed = false;
  /** Client id on its server, when the case asked for it. */
  id = "";

  private constructor(sock: net.Socket) {
    this.sock = sock;
    sock.setNoDelay(true);
    sock.on("data", (d: Uint8Array) => {
      this.buf += Buffer.from(d.buffer, d.byteOffset, d.byteLength).toString("latin1");
      this.wake();
    });
    sock.on("close", () => {
      this.closed = true;
      this.wake();
    });
    sock.on("error", () => {});
  }

  static open(port: number): Promise<Wire> {
    return new Promise((resolve, reject) => {
      const sock = net.connect(port, "127.0.0.1", () => {
        sock.removeListener("error", reject);
        resolve(new Wire(sock));
      });
      sock.once("error", reject);
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  write(bytes: string): void {
    if (this.closed || this.sock.destroyed) return;
    this.sock.write(Buffer.from(bytes, "latin1"));
  }

  /** Half-closes: no more bytes will be sent. */
  end(): void {
    if (!this.sock.destroyed) this.sock.end();
  }

  destroy(): void {
    this.sock.destroy();
  }

  /** Bytes received and not yet taken. */
  pending(): string {
    return this.buf;
  }

  takeAll(): string {
    const b = this.buf;
    this.buf = "";
    return b;
  }

  /** Waits for more input, the close, or the deadline. */
  private wait(deadline: number): Promise<void> {
    const left = deadline - Date.now();
    if (left <= 0) return Promise.resolve();
    return new Promise<void>((res) => {
      const t = setTimeout(res, left);
      this.waiters.push(() => {
        clearTimeout(t);
        res();
      });
    });
  }

  /**
   * The next whole reply; null when the connection closed first; undefined when nothing came in time.
   * Bytes that are not RESP at all (never sent by a sane server) are returned whole so they show in a diff.
   */
  async next(timeoutMs = REPLY_TIMEOUT_MS): Promise<string | null | undefined> {
    let deadline = Date.now() + timeoutMs;
    let had = this.buf.length;
    for (;;) {
      let len: number;
      try {
        len = replyLength(this.buf);
      } catch {
        len = this.buf.length;
      }
      if (len >= 0) {
        const r = this.buf.slice(0, len);
        this.buf = this.buf.slice(len);
        return r;
      }
      if (this.closed) return null;
      // A reply still arriving (a multi-megabyte bulk on a loaded machine) is given the time again from its
      // latest bytes: only silence counts against the deadline.
      if (this.buf.length > had) {
        had = this.buf.length;
        deadline = Math.max(deadline, Date.now() + timeoutMs);
      }
      if (Date.now() >= deadline) return undefined;
      await this.wait(deadline);
    }
  }

  /** Waits until the peer closes the connection or the time is up; everything received in between. */
  async drain(timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < deadline) await this.wait(deadline);
    return this.takeAll();
  }

  async call(args: string[], timeoutMs = REPLY_TIMEOUT_MS): Promise<string | null | undefined> {
    this.write(encodeCommand(args));
    return this.next(timeoutMs);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Servers

export interface Target {
  name: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
  /** Server output so far (for a crash report). */
  output(): string;
  /** Whether the process is still running. */
  alive(): boolean;
}

/** A free loopback port: listen on port 0 and give it back. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * An empty directory of its own for a server: a dump.rdb left in the working directory would otherwise be
 * loaded at startup (by redis-server and by this server alike) and every case would start with its keys.
 */
export function emptyDir(): string {
  return mkdtempSync(join(tmpdir(), "redis-lite-diff-"));
}

/** Starts Debian's redis-server on a free loopback port, with no persistence and DEBUG enabled. */
export async function startRedis(extra: string[] = []): Promise<Target> {
  const dir = emptyDir();
  for (let attempt = 0;; attempt++) {
    const port = await freePort();
    const proc: ChildProcess = spawn("redis-server", [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      dir,
      "--enable-debug-command",
      "yes",
      "--daemonize",
      "no",
      ...extra,
    ], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    proc.stdout!.on("data", (d: Uint8Array) => (out += Buffer.from(d).toString()));
    proc.stderr!.on("data", (d: Uint8Array) => (out += Buffer.from(d).toString()));
    let exited = false;
    proc.once("exit", () => (exited = true));
    const deadline = Date.now() + 10000;
    while (!exited && Date.now() < deadline) {
      try {
        const w = await Wire.open(port);
        const r = await w.call(["PING"]);
        w.destroy();
        // Any reply will do: with --requirepass it is NOAUTH.
        if (typeof r === "string") {
          return {
            name: "redis-server",
            port,
            pid: proc.pid!,
            output: () => out,
            alive: () => !exited,
            stop: () =>
              new Promise<void>((res) => {
                if (exited) return res();
                proc.once("exit", () => res());
                proc.kill("SIGKILL");
              }),
          };
        }
      } catch {
        // not listening yet
      }
      await sleep(20);
    }
    proc.kill("SIGKILL");
    // Another process took the port between our probe and redis-server's bind: try another one.
    if (attempt >= 5) throw new Error(`redis-server did not start: ${out}`);
  }
}

/** Starts this server (startServer: dist/node.js under Node, the runtime's own shim under Bun and Deno). */
export async function startLite(flags: string[] = []): Promise<Target> {
  // The same settings redis-server gets, where they show (CONFIG GET): DEBUG enabled.
  const s: Spawned = await startServer(["--dir", emptyDir(), "--enable-debug-command", "yes", ...flags]);
  let exited = false;
  s.proc.once("exit", () => (exited = true));
  return {
    name: "redis-lite",
    port: s.port,
    pid: s.proc.pid!,
    output: s.output,
    alive: () => !exited,
    stop: s.stop,
  };
}

// ---------------------------------------------------------------------------------------------------------
// RESP trees, for normalising and printing

export interface Node {
  /** The type byte: + - : $ * _ , # ( = ! ~ % > | */
  t: string;
  /** Line text for simple types, payload for bulk-like types, children for aggregates, null for nulls. */
  v: string | Node[] | null;
}

/** Parses one whole reply (as given by Wire.next). */
export function parseReply(s: string): Node {
  const [node] = parseAt(s, 0);
  return node;
}

function parseAt(s: string, pos: number): [Node, number] {
  const eol = s.indexOf("\r\n", pos);
  const t = s[pos];
  const line = s.slice(pos + 1, eol);
  let p = eol + 2;
  switch (t) {
    case "$":
    case "=":
    case "!": {
      const n = Number(line);
      if (n < 0) return [{ t, v: null }, p];
      return [{ t, v: s.slice(p, p + n) }, p + n + 2];
    }
    case "*":
    case "~":
    case ">":
    case "%":
    case "|": {
      let n = Number(line);
      if (n < 0) return [{ t, v: null }, p];
      if (t === "%" || t === "|") n *= 2;
      const kids: Node[] = [];
      for (let i = 0; i < n; i++) {
        const [k, np] = parseAt(s, p);
        kids.push(k);
        p = np;
      }
      return [{ t, v: kids }, p];
    }
    default:
      return [{ t, v: line }, p];
  }
}

export function serialise(n: Node): string {
  if (n.v === null) return `${n.t}-1\r\n`;
  if (typeof n.v === "string") {
    if (n.t === "$" || n.t === "=" || n.t === "!") return `${n.t}${n.v.length}\r\n${n.v}\r\n`;
    return `${n.t}${n.v}\r\n`;
  }
  const count = n.t === "%" || n.t === "|" ? n.v.length / 2 : n.v.length;
  let out = `${n.t}${count}\r\n`;
  for (const k of n.v) out += serialise(k);
  return out;
}

/** Bytes as a readable one-line literal: printable ASCII as is, the rest escaped. */
export function escapeBytes(s: string, max = 600): string {
  let out = "";
  for (let i = 0; i < s.length && i < max; i++) {
    const c = s.charCodeAt(i);
    if (c === 13) out += "\\r";
    else if (c === 10) out += "\\n";
    else if (c === 9) out += "\\t";
    else if (c === 34) out += '\\"';
    else if (c === 92) out += "\\\\";
    else if (c >= 32 && c < 127) out += s[i];
    else out += "\\x" + c.toString(16).padStart(2, "0");
  }
  if (s.length > max) out += `... (${s.length} bytes)`;
  return `"${out}"`;
}

// ---------------------------------------------------------------------------------------------------------
// Normalisation: only where Redis is not deterministic

/** Commands whose flat RESP2 array reply is field/value pairs (sorted as pairs when `unordered`). */
const PAIR_REPLIES = new Set([
  "hgetall",
  "config|get",
  "hscan",
  "zscan",
  "xinfo",
  "pubsub|numsub",
  "zrandmember",
  "hrandfield",
]);

/** "client|list" style name of a command line. */
function commandName(argv: readonly string[]): string {
  const name = (argv[0] ?? "").toLowerCase();
  if (argv.length > 1 && CONTAINERS.has(name)) return `${name}|${argv[1].toLowerCase()}`;
  return name;
}
const CONTAINERS = new Set([
  "client",
  "config",
  "command",
  "object",
  "memory",
  "pubsub",
  "debug",
  "xinfo",
  "function",
  "script",
  "acl",
  "cluster",
  "latency",
  "slowlog",
  "module",
]);

function sortKids(n: Node, pairs: boolean): Node {
  if (!Array.isArray(n.v)) return n;
  if (pairs || n.t === "%" || n.t === "|") {
    const ps: [Node, Node][] = [];
    for (let i = 0; i + 1 < n.v.length; i += 2) ps.push([n.v[i], n.v[i + 1]]);
    ps.sort((a, b) => cmp(serialise(a[0]) + serialise(a[1]), serialise(b[0]) + serialise(b[1])));
    return { t: n.t, v: ps.flat() };
  }
  return { t: n.t, v: [...n.v].sort((a, b) => cmp(serialise(a), serialise(b))) };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Client-list fields whose values depend on sockets, timing or allocation, not on the commands run. */
const VOLATILE_CLIENT_FIELDS = new Set([
  "id",
  "addr",
  "laddr",
  "fd",
  "age",
  "idle",
  "qbuf",
  "qbuf-free",
  "argv-mem",
  "multi-mem",
  "rbs",
  "rbp",
  "obl",
  "oll",
  "omem",
  "tot-mem",
  "events",
]);

function normaliseClientLines(text: string): string {
  return text.split("\n").map((line) =>
    line.split(" ").map((f) => {
      const eq = f.indexOf("=");
      if (eq < 0) return f;
      const k = f.slice(0, eq);
      if (VOLATILE_CLIENT_FIELDS.has(k)) return `${k}=<${k}>`;
      // A tracking redirect names another client's id.
      if (k === "redir" && f.slice(eq + 1) !== "-1" && f.slice(eq + 1) !== "0") return "redir=<id>";
      return f;
    }).join(" ")
  ).join("\n");
}

/**
 * INFO is statistics about the process: memory, CPU, uptime, ports, counters that include the harness's own
 * connections. What is compared: the section headers and, in each section, the field names in order (their
 * values masked); in full, the two sections that follow from the commands alone: Keyspace (without avg_ttl,
 * an estimate from sampling) and Errorstats. Commandstats and Latencystats lines are dropped: the harness's
 * own commands (its polling, COMMAND LIST) show up there.
 */
/**
 * Counters that follow from the commands alone (the harness's own polling neither hits keys nor fails), so
 * they are compared in full. A case that checks them starts with CONFIG RESETSTAT: they count since the start.
 */
const DETERMINISTIC_INFO_FIELDS = new Set([
  "redis_version",
  "redis_mode",
  "arch_bits",
  "connected_clients",
  "blocked_clients",
  "tracking_clients",
  "maxclients",
  "maxmemory",
  "maxmemory_human",
  "maxmemory_policy",
  "loading",
  "async_loading",
  "rdb_bgsave_in_progress",
  "aof_enabled",
  "aof_rewrite_in_progress",
  "expired_keys",
  "evicted_keys",
  "keyspace_hits",
  "keyspace_misses",
  "pubsub_channels",
  "pubsub_patterns",
  "pubsubshard_channels",
  "tracking_total_keys",
  "tracking_total_items",
  "tracking_total_prefixes",
  "total_error_replies",
  "role",
  "connected_slaves",
  "cluster_enabled",
  "hz",
  "configured_hz",
]);

function normaliseInfo(text: string): string {
  const out: string[] = [];
  let section = "";
  for (const line of text.split("\r\n")) {
    if (line === "") {
      out.push(line);
    } else if (line.startsWith("# ")) {
      section = line.slice(2).toLowerCase();
      out.push(line);
    } else if (section === "keyspace") {
      out.push(line.replace(/avg_ttl=\d+/, "avg_ttl=<n>"));
    } else if (section === "errorstats") {
      out.push(line);
    } else if (section !== "commandstats" && section !== "latencystats") {
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      out.push(colon < 0 || DETERMINISTIC_INFO_FIELDS.has(field) ? line : `${field}:<value>`);
    }
  }
  return out.join("\r\n");
}

/** The payload of a bulk or verbatim reply, and a way to put a changed payload back. */
/** ACL LOG entries with age-seconds and the client-info line's volatile fields masked. */
function maskAclLog(n: Node): Node {
  if (!Array.isArray(n.v)) return n;
  return {
    t: n.t,
    v: n.v.map((entry) => {
      if (!Array.isArray(entry.v)) return entry;
      const v = entry.v.slice();
      for (let i = 0; i + 1 < v.length; i += 2) {
        if (v[i].v === "age-seconds") v[i + 1] = { t: "+", v: "<age>" };
        else if (v[i].v === "client-info") v[i + 1] = mapText(v[i + 1], normaliseClientLines);
      }
      return { t: entry.t, v };
    }),
  };
}

function maskHexText(n: Node): Node {
  if (n.t !== "$" || typeof n.v !== "string" || !/^[0-9a-f]*$/.test(n.v)) return n;
  return { t: "$", v: `<${n.v.length} hex digits>` };
}

function mapText(n: Node, f: (s: string) => string): Node {
  if (typeof n.v !== "string") return n;
  if (n.t === "=") return { t: "=", v: n.v.slice(0, 4) + f(n.v.slice(4)) };
  if (n.t === "$") return { t: "$", v: f(n.v) };
  return n;
}

/** Countdowns and absolute deadlines that move with the clock: the tolerance for two servers a moment apart. */
const TOLERANCE: Record<string, number> = {
  ttl: 1,
  expiretime: 1,
  pttl: 1000,
  pexpiretime: 1000,
  "object|idletime": 2,
};

/**
 * Normalises one reply pair for comparison. Returns the two strings to compare; equal when the servers agree.
 */
export function normalise(
  argv: readonly string[] | null,
  step: DiffStep,
  expected: string,
  actual: string,
  queued?: readonly string[][],
): [string, string] {
  if (expected === actual && !step.unordered) return [expected, actual];
  if (!isReply(expected) || !isReply(actual)) return [expected, actual];
  let e = parseReply(expected);
  let a = parseReply(actual);
  const name = argv ? commandName(argv) : "";
  // EXEC's replies are the queued commands' replies: each is normalised as its command's would be.
  if (
    name === "exec" && queued && Array.isArray(e.v) && Array.isArray(a.v) && e.v.length === a.v.length &&
    e.v.length === queued.length
  ) {
    const ev: Node[] = [];
    const av: Node[] = [];
    for (let i = 0; i < queued.length; i++) {
      const [x, y] = normalise(queued[i], { unordered: step.unordered }, serialise(e.v[i]), serialise(a.v[i]));
      ev.push(parseReply(x));
      av.push(parseReply(y));
    }
    return [serialise({ t: e.t, v: ev }), serialise({ t: a.t, v: av })];
  }
  const tol = TOLERANCE[name];
  if (tol !== undefined && e.t === ":" && a.t === ":") {
    if (Math.abs(Number(e.v) - Number(a.v)) <= tol) a = e;
  }
  switch (name) {
    case "info":
      // Statistics about the process (see normaliseInfo).
      e = mapText(e, normaliseInfo);
      a = mapText(a, normaliseInfo);
      break;
    case "client|id":
      // Ids count every connection ever made to the process, the harness's own included.
      if (e.t === ":" && a.t === ":") e = a = { t: ":", v: "<id>" };
      break;
    case "client|info":
    case "client|list":
      // Ids, addresses, fds, ages and buffer sizes belong to the socket, not to the commands.
      e = mapText(e, normaliseClientLines);
      a = mapText(a, normaliseClientLines);
      break;
    case "config|get":
      // The port and the directory are the harness's choice for each server (a free port, an empty dir).
      e = maskConfigValues(e);
      a = maskConfigValues(a);
      break;
    case "hello":
      // HELLO's reply carries the connection id.
      e = maskHelloId(e);
      a = maskHelloId(a);
      break;
    case "acl|log":
      // Each entry's age is the clock; its client-info is a CLIENT LIST line.
      e = maskAclLog(e);
      a = maskAclLog(a);
      break;
    case "acl|genpass":
      // Random by nature: only the length and the hex digits are the command's.
      e = maskHexText(e);
      a = maskHexText(a);
      break;
    case "time":
      // The clock.
      if (Array.isArray(e.v) && Array.isArray(a.v) && e.v.length === 2 && a.v.length === 2) {
        const digits = (n: Node) => typeof n.v === "string" && /^\d+$/.test(n.v);
        if (e.v.every(digits) && a.v.every(digits)) {
          e = a = { t: "*", v: [{ t: "+", v: "<sec>" }, { t: "+", v: "<usec>" }] };
        }
      }
      break;
  }
  if (step.unordered) {
    const pairs = PAIR_REPLIES.has(name) || (name === "zrange" && argv!.some((x) => x.toLowerCase() === "withscores"));
    if (name === "exec" && Array.isArray(e.v) && Array.isArray(a.v)) {
      e = { t: e.t, v: e.v.map((k) => sortKids(k, false)) };
      a = { t: a.t, v: a.v.map((k) => sortKids(k, false)) };
    } else {
      e = sortKids(e, pairs);
      a = sortKids(a, pairs);
    }
  }
  return [serialise(e), serialise(a)];
}

const HARNESS_SETTINGS = new Set(["port", "dir"]);

function maskConfigValues(n: Node): Node {
  if (!Array.isArray(n.v)) return n;
  const v = n.v.slice();
  for (let i = 0; i + 1 < v.length; i += 2) {
    if (typeof v[i].v === "string" && HARNESS_SETTINGS.has((v[i].v as string).toLowerCase())) {
      v[i + 1] = { t: "$", v: "<harness>" };
    }
  }
  return { t: n.t, v };
}

function maskHelloId(n: Node): Node {
  if (!Array.isArray(n.v)) return n;
  const v = n.v.slice();
  for (let i = 0; i + 1 < v.length; i += 2) {
    if (v[i].v === "id" && v[i + 1].t === ":") v[i + 1] = { t: ":", v: "<id>" };
  }
  return { t: n.t, v };
}

function isReply(s: string): boolean {
  if (s === "" || !"+-:$*_,#(=!~%>|".includes(s[0])) return false;
  try {
    return replyLength(s) === s.length;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Running cases

export interface Mismatch {
  caseName: string;
  stepIndex: number;
  step: DiffStep;
  /** What was sent, for the report. */
  sent: string;
  expected: string;
  actual: string;
  /** The normalised forms when they differ from the raw bytes. */
  expectedNorm: string;
  actualNorm: string;
  note?: string;
}

export function formatMismatch(m: Mismatch): string {
  const lines = [`case ${JSON.stringify(m.caseName)}, step ${m.stepIndex} (conn ${m.step.conn ?? 0}): ${m.sent}`];
  const normalised = m.expectedNorm !== m.expected || m.actualNorm !== m.actual;
  const at = firstDifference(m.expectedNorm, m.actualNorm);
  lines.push(`  redis-server: ${describe(m.expected, normalised ? 0 : at)}`);
  lines.push(`  redis-lite:   ${describe(m.actual, normalised ? 0 : at)}`);
  if (normalised) {
    lines.push(`  normalised redis-server: ${describe(m.expectedNorm, at)}`);
    lines.push(`  normalised redis-lite:   ${describe(m.actualNorm, at)}`);
  }
  if (at > 0 && Math.max(m.expectedNorm.length, m.actualNorm.length) > 400) {
    lines.push(`  (first difference at byte ${at})`);
  }
  if (m.note) lines.push(`  ${m.note}`);
  return lines.join("\n");
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** A reply for a report; a long one is shown from a little before the first difference. */
function describe(s: string, diffAt = 0): string {
  if (s === CLOSED) return "(connection closed)";
  if (s === NO_REPLY) return "(no reply)";
  if (s.length > 400 && diffAt > 120) return "..." + escapeBytes(s.slice(diffAt - 100), 300);
  return escapeBytes(s, 400);
}

const CLOSED = "\u0000closed";
const NO_REPLY = "\u0000no reply";

function asStep(s: string[] | DiffStep): DiffStep {
  return Array.isArray(s) ? { cmd: s } : s;
}

function describeStep(step: DiffStep): string {
  if (step.read) return "(read)";
  if (step.raw !== undefined) return `raw ${escapeBytes(step.raw, 200)}`;
  let text = (step.cmd ?? []).map((a) => (/^[\x21-\x7e]+$/.test(a) && !a.includes('"') ? a : escapeBytes(a, 100))).join(
    " ",
  );
  if (text.length > 300) text = `${text.slice(0, 300)}... (${step.cmd!.length} arguments)`;
  return text + (step.noReply ? "  (no reply awaited)" : "");
}

const SCAN_CURSOR: Record<string, number> = { scan: 1, sscan: 2, hscan: 2, zscan: 2 };

/** One server's side of a running case: its connections. */
class Side {
  readonly target: Target;
  readonly conns = new Map<number, Wire>();
  private readonly resp3: boolean;
  private readonly wantIds: boolean;

  constructor(target: Target, resp3: boolean, wantIds: boolean) {
    this.target = target;
    this.resp3 = resp3;
    this.wantIds = wantIds;
  }

  async conn(i: number): Promise<Wire> {
    let w = this.conns.get(i);
    if (w) return w;
    w = await Wire.open(this.target.port);
    this.conns.set(i, w);
    if (this.resp3) await w.call(["HELLO", "3"]);
    if (this.wantIds) {
      const r = await w.call(["CLIENT", "ID"]);
      w.id = r ? r.slice(1, -2) : "";
    }
    return w;
  }

  async substitute(args: string[]): Promise<string[]> {
    if (!this.wantIds) return args;
    const out: string[] = [];
    for (const a of args) {
      const m = /^\$\{id(\d+)\}$/.exec(a);
      out.push(m ? (await this.conn(Number(m[1]))).id : a);
    }
    return out;
  }

  /** Runs one step; the reply (or CLOSED / NO_REPLY), or null when the step awaits none. */
  async run(step: DiffStep): Promise<string | null> {
    const w = await this.conn(step.conn ?? 0);
    if (step.read) return show(await w.next());
    if (step.raw !== undefined) {
      w.write(step.raw);
      return step.noReply ? null : show(await w.next());
    }
    const args = await this.substitute(step.cmd ?? []);
    const name = commandName(args);
    const at = SCAN_CURSOR[name];
    if (at !== undefined && args[at] === "0" && !step.noReply) return this.scanAll(w, args, at, name);
    w.write(encodeCommand(args));
    return step.noReply ? null : show(await w.next());
  }

  /**
   * SCAN-family cursors are positions in Redis's own hash tables, so they differ between implementations;
   * what a full iteration returns does not. Runs the iteration to the end and replies as if it had been
   * one page: cursor 0 and the sorted, de-duplicated union (pairs for HSCAN/ZSCAN).
   */
  private async scanAll(w: Wire, args: string[], at: number, name: string): Promise<string> {
    const pairs = name === "hscan" || name === "zscan";
    const seen = new Map<string, Node[]>();
    let cursor = "0";
    for (let round = 0; round < 100000; round++) {
      const a = args.slice();
      a[at] = cursor;
      const r = show(await w.call(a));
      if (!isReply(r)) return r;
      const n = parseReply(r);
      if (!Array.isArray(n.v) || n.v.length !== 2 || !Array.isArray(n.v[1].v) || typeof n.v[0].v !== "string") {
        return r;
      }
      const items = n.v[1].v;
      const step = pairs ? 2 : 1;
      for (let i = 0; i + step - 1 < items.length; i += step) {
        seen.set(serialise(items[i]), items.slice(i, i + step));
      }
      cursor = n.v[0].v;
      if (cursor === "0") break;
    }
    const keys = [...seen.keys()].sort(cmp);
    const union: Node = { t: "*", v: keys.flatMap((k) => seen.get(k)!) };
    return serialise({ t: "*", v: [{ t: "$", v: "0" }, union] });
  }

  close(): void {
    for (const w of this.conns.values()) w.destroy();
    this.conns.clear();
  }
}

function show(r: string | null | undefined): string {
  return r === null ? CLOSED : r === undefined ? NO_REPLY : r;
}

export interface HarnessOptions {
  /** Flags for redis-server and for this server (e.g. ["--requirepass", "x"]). */
  redisFlags?: string[];
  liteFlags?: string[];
}

/** A pair of servers and the machinery to run cases on both. */
export class Harness {
  readonly redis: Target;
  readonly lite: Target;
  private admin: [Wire, Wire];
  private liteCommandSet: Set<string> | null = null;

  private constructor(redis: Target, lite: Target, admin: [Wire, Wire]) {
    this.redis = redis;
    this.lite = lite;
    this.admin = admin;
  }

  static async start(opts: HarnessOptions = {}): Promise<Harness> {
    const [redis, lite] = await Promise.all([startRedis(opts.redisFlags), startLite(opts.liteFlags)]);
    const admin = await Promise.all([Wire.open(redis.port), Wire.open(lite.port)]);
    return new Harness(redis, lite, admin as [Wire, Wire]);
  }

  async stop(): Promise<void> {
    this.admin[0].destroy();
    this.admin[1].destroy();
    await Promise.all([this.redis.stop(), this.lite.stop()]);
  }

  /**
   * A command on the harness's own connection to server i (0 redis-server, 1 this server). A case may kill
   * that connection (CLIENT KILL TYPE normal) or leave it waiting (CLIENT PAUSE): it is reopened whenever it
   * is closed or a reply did not come, so one case cannot spoil the next.
   */
  async adminCall(i: number, args: string[]): Promise<string | null> {
    let w = this.admin[i];
    if (w.closed) {
      w.destroy();
      w = this.admin[i] = await Wire.open(i === 0 ? this.redis.port : this.lite.port);
    }
    const r = await w.call(args);
    if (typeof r !== "string") {
      w.destroy();
      this.admin[i] = await Wire.open(i === 0 ? this.redis.port : this.lite.port);
      return null;
    }
    return r;
  }

  /** The commands (and "container|sub" subcommands) this server implements, from COMMAND LIST. */
  async liteCommands(): Promise<Set<string>> {
    if (this.liteCommandSet) return this.liteCommandSet;
    const r = await this.adminCall(1, ["COMMAND", "LIST"]);
    const n = r ? parseReply(r) : { t: "*", v: [] };
    const names = Array.isArray(n.v) ? n.v.map((k) => String(k.v).toLowerCase()) : [];
    this.liteCommandSet = new Set(names);
    return this.liteCommandSet;
  }

  /** Both servers empty and only the admin connections left, so the next case starts clean. */
  private async reset(side: Side, i: number, paused: boolean): Promise<void> {
    side.close();
    if (paused) await this.adminCall(i, ["CLIENT", "UNPAUSE"]);
    await this.adminCall(i, ["FLUSHALL"]);
    // Closed connections must be gone before the next case, which may list clients or count them.
    for (let n = 0; n < 100; n++) {
      const r = await this.adminCall(i, ["INFO", "clients"]);
      if (r && /connected_clients:1\r\n/.test(r)) break;
      await sleep(5);
    }
  }

  /** Runs a case on both servers; the first difference, or null when they agree throughout. */
  async runCase(c: DiffCase): Promise<Mismatch | null> {
    const text = JSON.stringify(c.steps);
    const wantIds = text.includes("${id");
    const sides = [new Side(this.redis, !!c.resp3, wantIds), new Side(this.lite, !!c.resp3, wantIds)];
    const restore = await this.configSnapshot(c);
    try {
      return await this.runSteps(c, sides);
    } finally {
      const paused = /pause/i.test(text);
      await Promise.all(sides.map((s, i) => this.reset(s, i, paused)));
      if (restore) await restore();
    }
  }

  /** CONFIG SET in a case is undone afterwards, so cases stay independent. */
  private async configSnapshot(c: DiffCase): Promise<(() => Promise<void>) | null> {
    const params = new Set<string>();
    for (const s of c.steps.map(asStep)) {
      const a = s.cmd ?? [];
      if (a.length >= 4 && a[0].toLowerCase() === "config" && a[1].toLowerCase() === "set") {
        for (let j = 2; j < a.length; j += 2) params.add(a[j].toLowerCase());
      }
    }
    if (params.size === 0) return null;
    const saved: [string, string][][] = [];
    for (let i = 0; i < 2; i++) {
      const pairs: [string, string][] = [];
      for (const p of params) {
        const r = await this.adminCall(i, ["CONFIG", "GET", p]);
        const n = r ? parseReply(r) : null;
        if (n && Array.isArray(n.v) && n.v.length === 2) pairs.push([String(n.v[0].v), String(n.v[1].v)]);
      }
      saved.push(pairs);
    }
    return async () => {
      for (let i = 0; i < 2; i++) {
        for (const [k, v] of saved[i]) await this.adminCall(i, ["CONFIG", "SET", k, v]);
      }
    };
  }

  private async runSteps(c: DiffCase, sides: Side[]): Promise<Mismatch | null> {
    const steps = c.steps.map(asStep);
    // Commands queued after MULTI, per connection, so EXEC's replies can be normalised one by one.
    const queues = new Map<number, string[][]>();
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i];
      if (step.sleepMs) await sleep(step.sleepMs);
      const [expected, actual] = await Promise.all(sides.map((s) => s.run(step)));
      const argv = step.cmd ?? null;
      const conn = step.conn ?? 0;
      const verb = argv ? (argv[0] ?? "").toLowerCase() : "";
      const queued = queues.get(conn);
      if (verb === "multi") queues.set(conn, []);
      else if (verb === "exec" || verb === "discard" || verb === "reset") queues.delete(conn);
      else if (queued && argv) queued.push(argv);
      if (expected === null || actual === null) continue;
      const [en, an] = isSpecial(expected) || isSpecial(actual)
        ? [expected, actual]
        : normalise(argv, step, expected, actual, verb === "exec" ? queued : undefined);
      if (en !== an) {
        return {
          caseName: c.name,
          stepIndex: i,
          step,
          sent: describeStep(step),
          expected,
          actual,
          expectedNorm: en,
          actualNorm: an,
        };
      }
    }
    return this.compareLeftovers(c, sides, steps.length);
  }

  /** After the last step: replies nobody read, and which connections the server closed, must agree too. */
  private async compareLeftovers(c: DiffCase, sides: Side[], at: number): Promise<Mismatch | null> {
    const conns = new Set<number>([...sides[0].conns.keys(), ...sides[1].conns.keys()]);
    const state = () =>
      [...conns].map((i) => sides.map((s) => s.conns.get(i)).map((w) => (w ? `${w.pending()}|${w.closed}` : "")));
    let diff = state().some(([a, b]) => a !== b);
    // Late bytes or a close still in flight on one side: give them a moment before calling it a difference.
    for (let t = 0; diff && t < 20; t++) {
      await sleep(25);
      diff = state().some(([a, b]) => a !== b);
    }
    if (!diff) return null;
    for (const i of conns) {
      const [e, a] = sides.map((s) => s.conns.get(i));
      const ep = e ? e.pending() + (e.closed ? " (then closed)" : "") : "";
      const ap = a ? a.pending() + (a.closed ? " (then closed)" : "") : "";
      if (ep !== ap) {
        return {
          caseName: c.name,
          stepIndex: at,
          step: { conn: i, read: true },
          sent: "(after the last step: unread replies and connection state)",
          expected: ep,
          actual: ap,
          expectedNorm: ep,
          actualNorm: ap,
        };
      }
    }
    return null;
  }
}

function isSpecial(s: string): boolean {
  return s === CLOSED || s === NO_REPLY;
}

/** A case as TypeScript source, for printing a minimised failing sequence. */
export function caseSource(c: DiffCase): string {
  const lit = (s: string) => escapeBytes(s, Infinity);
  const steps = c.steps.map((s) => {
    if (Array.isArray(s)) return `      [${s.map(lit).join(", ")}],`;
    const parts: string[] = [];
    if (s.cmd) parts.push(`cmd: [${s.cmd.map(lit).join(", ")}]`);
    for (const k of ["conn", "noReply", "read", "unordered", "sleepMs"] as const) {
      if (s[k] !== undefined) parts.push(`${k}: ${s[k]}`);
    }
    if (s.raw !== undefined) parts.push(`raw: ${lit(s.raw)}`);
    return `      { ${parts.join(", ")} },`;
  });
  return `  {\n    name: ${JSON.stringify(c.name)},${c.resp3 ? "\n    resp3: true," : ""}\n    steps: [\n${
    steps.join("\n")
  }\n    ],\n  },`;
}
