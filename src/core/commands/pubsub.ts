/**
 * Pub/Sub (pubsub.c): channel, pattern and shard-channel subscriptions, PUBLISH/SPUBLISH and PUBSUB
 * introspection. The server keeps channel -> subscribers maps; each client keeps its own sets
 * (c.channels / c.patterns / c.shardChannels, null when empty) in subscription order.
 *
 * Messages to other clients are written to their reply writer and flushed at the end of the event
 * (server.wake). In RESP2 a subscribed client may only run (P|S)SUBSCRIBE, (P|S)UNSUBSCRIBE, PING, QUIT and
 * RESET (a gate below); in RESP3 messages are push frames and any command is allowed.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { globMatch } from "../glob.ts";
import { resetHooks } from "./connection.ts";
import { helpReply } from "./util.ts";
import { installNotify } from "../notify.ts";
import { ReplyWriter } from "../resp/writer.ts";
import { ERR_SSUBSCRIBE_DENY_BLOCKING, errSubcommandSyntax, errSubscribeContext } from "../errors.ts";

/** Server-wide subscriptions: name -> subscribed clients, in subscription order. */
export interface PubsubState {
  channels: Map<string, Set<Client>>;
  patterns: Map<string, Set<Client>>;
  shardChannels: Map<string, Set<Client>>;
}

/** Which kind of subscription a command deals with (pubsubtype in pubsub.c). */
interface Kind {
  field: "channels" | "patterns" | "shardChannels";
  subscribe: string;
  unsubscribe: string;
  /** The count a (un)subscribe reply carries: channels + patterns, or shard channels alone. */
  count: (c: Client) => number;
}

const normalCount = (c: Client) => (c.channels?.size ?? 0) + (c.patterns?.size ?? 0);
const CHANNEL: Kind = { field: "channels", subscribe: "subscribe", unsubscribe: "unsubscribe", count: normalCount };
const PATTERN: Kind = { field: "patterns", subscribe: "psubscribe", unsubscribe: "punsubscribe", count: normalCount };
const SHARD: Kind = {
  field: "shardChannels",
  subscribe: "ssubscribe",
  unsubscribe: "sunsubscribe",
  count: (c) => c.shardChannels?.size ?? 0,
};

export function pubsubState(server: Server): PubsubState {
  let s = server.ext.pubsub as PubsubState | undefined;
  if (!s) {
    s = { channels: new Map(), patterns: new Map(), shardChannels: new Map() };
    server.ext.pubsub = s;
  }
  return s;
}

/** Whether the client holds any subscription (Redis's CLIENT_PUBSUB flag). */
export function isSubscribed(c: Client): boolean {
  return c.channels !== null || c.patterns !== null || c.shardChannels !== null;
}

/** The ["subscribe", name, count] style confirmation; `name` null is the "nothing to unsubscribe" form. */
function confirm(c: Client, what: string, name: string | null, count: number): void {
  const w = c.reply;
  const start = w.pos;
  w.push(3);
  w.bulk(what);
  if (name === null) w.nullBulk();
  else w.bulk(name);
  w.integer(count);
  c.markPush(start);
}

function subscribe(c: Client, kind: Kind, name: string): void {
  let mine = c[kind.field];
  if (mine === null) mine = c[kind.field] = new Set();
  if (!mine.has(name)) {
    mine.add(name);
    const all = pubsubState(c.server)[kind.field];
    const subs = all.get(name);
    if (subs) subs.add(c);
    else all.set(name, new Set([c]));
  }
  confirm(c, kind.subscribe, name, kind.count(c));
}

/** Removes one subscription; writes the confirmation when `notify`. True when the client had it. */
function unsubscribe(c: Client, kind: Kind, name: string, notify: boolean): boolean {
  const mine = c[kind.field];
  let had = false;
  if (mine !== null && mine.delete(name)) {
    had = true;
    if (mine.size === 0) c[kind.field] = null;
    const all = pubsubState(c.server)[kind.field];
    const subs = all.get(name);
    if (subs) {
      subs.delete(c);
      if (subs.size === 0) all.delete(name);
    }
  }
  if (notify) confirm(c, kind.unsubscribe, name, kind.count(c));
  return had;
}

/** Drops every subscription of one kind; with `notify`, confirms each (or once with a null name if none). */
function unsubscribeAll(c: Client, kind: Kind, notify: boolean): void {
  const mine = c[kind.field];
  if (mine !== null) {
    for (const name of [...mine]) unsubscribe(c, kind, name, notify);
  } else if (notify) {
    confirm(c, kind.unsubscribe, null, kind.count(c));
  }
}

/** Leaves every channel, pattern and shard channel without replies (RESET, disconnect). */
export function unsubscribeEverything(c: Client): void {
  unsubscribeAll(c, CHANNEL, false);
  unsubscribeAll(c, SHARD, false);
  unsubscribeAll(c, PATTERN, false);
}

/**
 * One message encoded once per protocol and copied into each receiver's buffer: with many subscribers
 * the payload is encoded twice at most, not once per receiver.
 */
class Frame {
  private readonly parts: string[];
  private bytes2: Uint8Array | null = null;
  private bytes3: Uint8Array | null = null;

  constructor(parts: string[]) {
    this.parts = parts;
  }

  private encode(proto: 2 | 3): Uint8Array {
    const w = new ReplyWriter(64 + this.parts.reduce((n, p) => n + p.length + 16, 0));
    w.proto = proto;
    w.push(this.parts.length);
    for (const p of this.parts) w.bulk(p);
    return w.take()!;
  }

  /** Appends the frame to a client's replies as a push, flushed at the end of the event. */
  deliver(to: Client): void {
    const w = to.reply;
    const start = w.pos;
    if (w.proto === 3) w.raw((this.bytes3 ??= this.encode(3)));
    else w.raw((this.bytes2 ??= this.encode(2)));
    to.markPush(start);
    to.server.wake(to);
  }
}

/**
 * Publishes to channel subscribers and, unless `shard`, to matching pattern subscribers
 * (pubsubPublishMessage). Returns the number of deliveries.
 */
export function publishMessage(server: Server, channel: string, message: string, shard = false): number {
  const s = server.ext.pubsub as PubsubState | undefined;
  if (s === undefined) return 0;
  let receivers = 0;
  const subs = (shard ? s.shardChannels : s.channels).get(channel);
  if (subs) {
    const frame = new Frame([shard ? "smessage" : "message", channel, message]);
    for (const to of subs) frame.deliver(to);
    receivers += subs.size;
  }
  if (shard || s.patterns.size === 0) return receivers;
  for (const [pattern, clients] of s.patterns) {
    if (!globMatch(pattern, channel)) continue;
    const frame = new Frame(["pmessage", pattern, channel, message]);
    for (const to of clients) frame.deliver(to);
    receivers += clients.size;
  }
  return receivers;
}

/** SUBSCRIBE channel [channel ...] / PSUBSCRIBE pattern [pattern ...] */
function subscribeGeneric(kind: Kind) {
  return (c: Client, argv: string[]): void => {
    for (let j = 1; j < argv.length; j++) subscribe(c, kind, argv[j]);
  };
}

/** SSUBSCRIBE shardchannel [shardchannel ...]: refused inside EXEC (a DENY BLOCKING client). */
function ssubscribeCommand(c: Client, argv: string[]): void {
  if (c.ext.inExec === true) {
    c.error(ERR_SSUBSCRIBE_DENY_BLOCKING);
    return;
  }
  subscribeGeneric(SHARD)(c, argv);
}

/** UNSUBSCRIBE [channel ...] / PUNSUBSCRIBE [pattern ...] / SUNSUBSCRIBE [shardchannel ...] */
function unsubscribeGeneric(kind: Kind) {
  return (c: Client, argv: string[]): void => {
    if (argv.length === 1) unsubscribeAll(c, kind, true);
    else for (let j = 1; j < argv.length; j++) unsubscribe(c, kind, argv[j], true);
  };
}

/** PUBLISH channel message */
function publishCommand(c: Client, argv: string[]): void {
  c.reply.integer(publishMessage(c.server, argv[1], argv[2]));
}

/** SPUBLISH shardchannel message */
function spublishCommand(c: Client, argv: string[]): void {
  c.reply.integer(publishMessage(c.server, argv[1], argv[2], true));
}

/** PUBSUB CHANNELS [pattern] / PUBSUB SHARDCHANNELS [pattern] */
function channelList(field: "channels" | "shardChannels") {
  return (c: Client, argv: string[]): void => {
    if (argv.length > 3) {
      c.error(errSubcommandSyntax(argv[1], "PUBSUB"));
      return;
    }
    const pattern = argv.length === 3 ? argv[2] : null;
    const out: string[] = [];
    for (const name of pubsubState(c.server)[field].keys()) {
      if (pattern === null || globMatch(pattern, name)) out.push(name);
    }
    c.reply.bulkArray(out);
  };
}

/** PUBSUB NUMSUB [channel ...] / PUBSUB SHARDNUMSUB [shardchannel ...] */
function numsub(field: "channels" | "shardChannels") {
  return (c: Client, argv: string[]): void => {
    const all = pubsubState(c.server)[field];
    c.reply.array((argv.length - 2) * 2);
    for (let j = 2; j < argv.length; j++) {
      c.reply.bulk(argv[j]);
      c.reply.integer(all.get(argv[j])?.size ?? 0);
    }
  };
}

const PUBSUB_HELP = [
  "CHANNELS [<pattern>]",
  "    Return the currently active channels matching a <pattern> (default: '*').",
  "NUMPAT",
  "    Return number of subscriptions to patterns.",
  "NUMSUB [<channel> ...]",
  "    Return the number of subscribers for the specified channels, excluding",
  "    pattern subscriptions(default: no channels).",
  "SHARDCHANNELS [<pattern>]",
  "    Return the currently active shard level channels matching a <pattern> (default: '*').",
  "SHARDNUMSUB [<shardchannel> ...]",
  "    Return the number of subscribers for the specified shard level channel(s)",
];

/** Commands a RESP2 client in the subscribed context may still run. */
const SUBSCRIBED_CONTEXT_ALLOWED = new Set([
  "ping", "subscribe", "ssubscribe", "unsubscribe", "sunsubscribe", "psubscribe", "punsubscribe", "quit", "reset",
]);

export function pubsubCommands(server: Server): CommandDef[] {
  server.hooks.gate.push((c, cmd) => {
    if (c.channels === null && c.patterns === null && c.shardChannels === null) return null;
    if (c.proto !== 2 || SUBSCRIBED_CONTEXT_ALLOWED.has(cmd.fullName)) return null;
    return errSubscribeContext(cmd.fullName);
  });
  server.hooks.clientRemoved.push(unsubscribeEverything);
  // resetHooks is shared by every Server in the process: register once; the hook finds its server via c.
  if (!resetHooks.includes(unsubscribeEverything)) resetHooks.push(unsubscribeEverything);
  const prevStats = server.hooks.info.get("stats");
  server.hooks.info.set("stats", (c) => {
    const s = pubsubState(server);
    return [
      ...(prevStats?.(c) ?? []),
      `pubsub_channels:${s.channels.size}`,
      `pubsub_patterns:${s.patterns.size}`,
      `pubsubshard_channels:${s.shardChannels.size}`,
    ];
  });
  installNotify(server, publishMessage);
  return [
    { name: "subscribe", handler: subscribeGeneric(CHANNEL) },
    { name: "psubscribe", handler: subscribeGeneric(PATTERN) },
    { name: "ssubscribe", handler: ssubscribeCommand },
    { name: "unsubscribe", handler: unsubscribeGeneric(CHANNEL) },
    { name: "punsubscribe", handler: unsubscribeGeneric(PATTERN) },
    { name: "sunsubscribe", handler: unsubscribeGeneric(SHARD) },
    { name: "publish", handler: publishCommand },
    { name: "spublish", handler: spublishCommand },
    {
      name: "pubsub",
      subcommands: [
        { name: "channels", handler: channelList("channels") },
        { name: "shardchannels", handler: channelList("shardChannels") },
        { name: "numsub", handler: numsub("channels") },
        { name: "shardnumsub", handler: numsub("shardChannels") },
        /* PUBSUB NUMPAT */
        { name: "numpat", handler: (c) => c.reply.integer(pubsubState(c.server).patterns.size) },
        { name: "help", handler: (c) => helpReply(c, "PUBSUB", PUBSUB_HELP) },
      ],
    },
  ];
}
