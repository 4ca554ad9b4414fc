/**
 * The server with a direct API for tests, beside the wire (miniredis's direct.go): seed and inspect data
 * without a client, move the clock, inject faults. Every direct command runs through the normal dispatch
 * on a client of its own (as scripts' redis.call does), so keyspace notifications, client tracking, WATCH,
 * blocked clients and persistence all see it.
 */
import { Server as CoreServer } from "./server.ts";
import type { ServerOptions } from "./server.ts";
import { allCommands } from "./commands/index.ts";
import { Client, CLIENT_DENY_BLOCKING } from "./client.ts";
import type { Transport } from "./host.ts";
import { Faults } from "./faults.ts";
import type { Fault, FaultHandle } from "./faults.ts";
import { bytesToStr, strToBytes } from "./bytes.ts";

/** An error reply, thrown by the direct API; `message` is Redis's text, such as "WRONGTYPE Operation ...". */
export class ReplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReplyError";
  }
}

/**
 * A reply as a JS value (from RESP3): simple and bulk strings as strings (UTF-8 decoded; bytes that are not
 * UTF-8 as one char per byte), integers and doubles as numbers (integers past 2^53 and big numbers as
 * bigint), nulls as null, booleans, arrays and sets as arrays, maps as Map, an error inside an array (EXEC)
 * as a ReplyError.
 */
export type ReplyValue =
  | string
  | number
  | bigint
  | boolean
  | null
  | ReplyError
  | ReplyValue[]
  | Map<ReplyValue, ReplyValue>;

/** An argument to a direct command: strings are sent as UTF-8, numbers as their decimal text. */
export type Argument = string | number | Uint8Array;

/** A host whose clock a test can move forward: ManualHost, and the runtimes' SystemHost. */
interface AdvancingHost {
  advance(ms: number): void;
}

/** The direct client's replies are read back from its writer, so its transport goes nowhere. */
const NO_TRANSPORT: Transport = {
  write() {},
  close() {},
  abort() {},
  bufferedBytes: () => 0,
  remoteAddress: "direct:0",
  localAddress: "direct:0",
  fd: -1,
};

/**
 * A Redis server: every command family (`allCommands`) unless `families` names others, plus the direct API.
 *
 * @example Seed, read, and move the clock
 * ```ts
 * import { ManualHost, Server } from "@redis-lite/server";
 * const server = new Server({ host: new ManualHost() });
 * server.set("greeting", "hello");
 * server.call("EXPIRE", "greeting", 10);
 * server.fastForward(10_000);
 * server.get("greeting"); // null
 * ```
 */
export class Server extends CoreServer {
  private direct: Client | null = null;
  private faultList: Faults | null = null;

  constructor(opts: ServerOptions) {
    super({ ...opts, families: opts.families ?? allCommands });
  }

  /**
   * Runs a command as a client would and returns its reply as a JS value; an error reply is thrown as a
   * {@link ReplyError} with Redis's text. Blocking commands answer at once, as if their timeout passed.
   *
   * @example `server.call("HSET", "h", "f", "v")` returns 1
   */
  call(command: string, ...args: Argument[]): ReplyValue {
    const value = parseReply(this.run([command, ...args]), { pos: 0 }, false);
    if (value instanceof ReplyError) throw value;
    return value;
  }

  /** SELECT for the direct API: later direct commands use database `db`. */
  select(db: number): void {
    this.call("SELECT", db);
  }

  /** SET key value. */
  set(key: string, value: Argument): void {
    this.call("SET", key, value);
  }

  /** GET key: the value, or null when the key does not exist. */
  get(key: string): string | null {
    return this.call("GET", key) as string | null;
  }

  /** HSET key field value [field value ...]: the number of fields added. */
  hset(key: string, fields: Record<string, Argument>): number {
    return this.call("HSET", key, ...Object.entries(fields).flat()) as number;
  }

  /** HGETALL key, as an object (empty when the key does not exist). */
  hgetall(key: string): Record<string, string> {
    const map = this.call("HGETALL", key) as Map<string, string>;
    return Object.fromEntries(map);
  }

  /** LPUSH key element [element ...]: the length of the list after. */
  lpush(key: string, ...elements: Argument[]): number {
    return this.call("LPUSH", key, ...elements) as number;
  }

  /** LRANGE key start stop (the whole list by default). */
  lrange(key: string, start = 0, stop = -1): string[] {
    return this.call("LRANGE", key, start, stop) as string[];
  }

  /** SADD key member [member ...]: the number of members added. */
  sadd(key: string, ...members: Argument[]): number {
    return this.call("SADD", key, ...members) as number;
  }

  /** SMEMBERS key, sorted (Redis's own order depends on the set's encoding). */
  smembers(key: string): string[] {
    return (this.call("SMEMBERS", key) as string[]).sort();
  }

  /** ZADD key score member: 1 when the member was added, 0 when its score was updated. */
  zadd(key: string, score: number, member: Argument): number {
    return this.call("ZADD", key, score, member) as number;
  }

  /** TTL key: seconds left, -1 for a key without expiry, -2 for a missing key. */
  ttl(key: string): number {
    return this.call("TTL", key) as number;
  }

  /** KEYS pattern (every key by default), sorted. */
  keys(pattern = "*"): string[] {
    return (this.call("KEYS", pattern) as string[]).sort();
  }

  /** FLUSHALL: empties every database. */
  flushAll(): void {
    this.call("FLUSHALL");
  }

  /** DUMP key: the serialized value (RESTORE's input), or null when the key does not exist. */
  dump(key: string): Uint8Array | null {
    const reply = this.run(["DUMP", key]);
    const value = parseReply(reply, { pos: 0 }, true);
    if (value instanceof ReplyError) throw value;
    return value === null ? null : strToBytes(value as string);
  }

  /**
   * Moves the server's clock `ms` forward (miniredis's FastForward): keys expire, TTLs shrink, blocked
   * clients whose timeout passes are answered, delayed replies due go out. Needs a host that can move
   * its clock: the `ManualHost`, or the `SystemHost` that `start()` uses.
   */
  fastForward(ms: number): void {
    const host = this.host as Partial<AdvancingHost>;
    if (typeof host.advance !== "function") {
      throw new TypeError("fastForward needs a host whose clock can move: ManualHost or SystemHost");
    }
    host.advance(ms);
    this.time = this.host.now();
    this.flushPending();
  }

  /**
   * Makes commands from connections fail, come late or drop the connection, until the fault is spent or
   * removed: `injectFault({ command: "GET", times: 2, error: "LOADING Redis is loading the dataset in memory" })`.
   * Direct API calls are never affected.
   */
  injectFault(fault: Fault): FaultHandle {
    if (this.faultList === null) this.faults = this.faultList = new Faults(this);
    return this.faultList.add(fault);
  }

  /** Ends every injected fault. */
  clearFaults(): void {
    this.faultList?.clear();
  }

  /** Runs one command on the direct client; returns its RESP3 reply bytes. */
  private run(args: (string | number | Uint8Array)[]): Uint8Array {
    const c = this.directClient();
    const argv = args.map(toByteString);
    c.reply.pos = 0;
    this.time = this.host.now();
    c.execute(argv);
    if (c.postponed !== null) {
      c.postponed = null;
      c.reply.pos = 0;
      throw new Error("the direct API cannot run commands while CLIENT PAUSE holds them");
    }
    this.flushPending();
    const bytes = c.reply.buf.slice(0, c.reply.pos);
    c.reply.pos = 0;
    return bytes;
  }

  private directClient(): Client {
    if (this.direct !== null) return this.direct;
    const c = new Client(this, 0, NO_TRANSPORT);
    c.authenticated = true;
    c.flags |= CLIENT_DENY_BLOCKING;
    c.reply.proto = 3;
    return this.direct = c;
  }
}

/** A JS argument as the byte string the core works on (one char per byte). */
function toByteString(a: Argument): string {
  if (typeof a === "number") {
    if (!Number.isFinite(a) && !Number.isNaN(a)) return a > 0 ? "+inf" : "-inf";
    return String(a);
  }
  if (typeof a === "string") {
    // Only characters past 0x7f need encoding; the common ASCII case is taken as is.
    return /^[\x00-\x7f]*$/.test(a) ? a : unescape(encodeURIComponent(a));
  }
  if (a instanceof Uint8Array) return bytesToStr(a, 0, a.length);
  throw new TypeError(`a command argument is a string, a number or a Uint8Array, not ${typeof a}`);
}

/** Bytes as a JS string: UTF-8 decoded when they are UTF-8, else one char per byte. */
function fromByteString(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  try {
    return decodeURIComponent(escape(s));
  } catch {
    return s;
  }
}

/** One RESP3 reply as a JS value; `raw` keeps bulk strings as byte strings (DUMP). */
function parseReply(buf: Uint8Array, at: { pos: number }, raw: boolean): ReplyValue {
  const type = buf[at.pos];
  let end = at.pos + 1;
  while (buf[end] !== 13) end++;
  const line = bytesToStr(buf, at.pos + 1, end);
  at.pos = end + 2;
  const bulk = (): string => {
    const n = Number(line);
    const s = bytesToStr(buf, at.pos, at.pos + n);
    at.pos += n + 2;
    return s;
  };
  switch (type) {
    case 43: // +
      return fromByteString(line);
    case 45: // -
      return new ReplyError(line);
    case 58: { // :
      const n = Number(line);
      return Number.isSafeInteger(n) ? n : BigInt(line);
    }
    case 36: // $
      return Number(line) < 0 ? null : raw ? bulk() : fromByteString(bulk());
    case 61: // = verbatim: "txt:" before the text
      return fromByteString(bulk().slice(4));
    case 42: // *
    case 126: // ~
    case 62: { // >
      const n = Number(line);
      if (n < 0) return null;
      const out: ReplyValue[] = [];
      for (let i = 0; i < n; i++) out.push(parseReply(buf, at, raw));
      return out;
    }
    case 37: { // %
      const map = new Map<ReplyValue, ReplyValue>();
      for (let i = Number(line); i > 0; i--) {
        const k = parseReply(buf, at, raw);
        map.set(k, parseReply(buf, at, raw));
      }
      return map;
    }
    case 95: // _
      return null;
    case 35: // #
      return line === "t";
    case 44: // ,
      return line === "inf" ? Infinity : line === "-inf" ? -Infinity : Number(line);
    case 40: // (
      return BigInt(line);
    default:
      throw new RangeError(`unexpected reply type byte ${type}`);
  }
}
