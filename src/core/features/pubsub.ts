/**
 * Pub/Sub state (pubsub.c): channel, pattern and shard-channel subscriptions and message delivery. The
 * server keeps name -> subscribers maps; each client keeps its own sets (c.channels / c.patterns /
 * c.shardChannels, null when empty) in subscription order. The commands are in commands/pubsub.ts.
 *
 * Messages to other clients are written to their reply writer and flushed at the end of the event
 * (server.wake).
 */
import type { Client } from "../client.ts";
import type { Command } from "../commands/table.ts";
import { globMatch } from "../glob.ts";
import { ReplyWriter } from "../resp/writer.ts";
import { isSubscribed } from "../clientinfo.ts";
import { errSubscribeContext } from "../errors.ts";

/** Which kind of subscription a command deals with (pubsubtype in pubsub.c). */
export interface Kind {
  field: "channels" | "patterns" | "shardChannels";
  subscribe: string;
  unsubscribe: string;
  /** The count a (un)subscribe reply carries: channels + patterns, or shard channels alone. */
  count: (c: Client) => number;
}

const normalCount = (c: Client) => (c.channels?.size ?? 0) + (c.patterns?.size ?? 0);
export const CHANNEL: Kind = {
  field: "channels",
  subscribe: "subscribe",
  unsubscribe: "unsubscribe",
  count: normalCount,
};
export const PATTERN: Kind = {
  field: "patterns",
  subscribe: "psubscribe",
  unsubscribe: "punsubscribe",
  count: normalCount,
};
export const SHARD: Kind = {
  field: "shardChannels",
  subscribe: "ssubscribe",
  unsubscribe: "sunsubscribe",
  count: (c) => c.shardChannels?.size ?? 0,
};

/** Commands a RESP2 client in the subscribed context may still run. */
const SUBSCRIBED_CONTEXT_ALLOWED = new Set([
  "ping",
  "subscribe",
  "ssubscribe",
  "unsubscribe",
  "sunsubscribe",
  "psubscribe",
  "punsubscribe",
  "quit",
  "reset",
]);

/** processCommand's Pub/Sub context check for a subscribed client: an error text, or null to go on. */
export function subscribedContextError(c: Client, cmd: Command): string | null {
  if (c.proto !== 2 || SUBSCRIBED_CONTEXT_ALLOWED.has(cmd.fullName)) return null;
  return errSubscribeContext(cmd.fullName);
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
    if (w.proto === 3) w.raw(this.bytes3 ??= this.encode(3));
    else w.raw(this.bytes2 ??= this.encode(2));
    to.markPush(start);
    to.server.wake(to);
  }
}

export class Pubsub {
  /** Name -> subscribed clients, in subscription order, per kind. */
  readonly channels: Map<string, Set<Client>> = new Map();
  readonly patterns: Map<string, Set<Client>> = new Map();
  readonly shardChannels: Map<string, Set<Client>> = new Map();

  subscribe(c: Client, kind: Kind, name: string): void {
    let mine = c[kind.field];
    if (mine === null) mine = c[kind.field] = new Set();
    if (!mine.has(name)) {
      mine.add(name);
      const all = this[kind.field];
      const subs = all.get(name);
      if (subs) subs.add(c);
      else all.set(name, new Set([c]));
    }
    confirm(c, kind.subscribe, name, kind.count(c));
  }

  /** Removes one subscription; writes the confirmation when `notify`. True when the client had it. */
  unsubscribe(c: Client, kind: Kind, name: string, notify: boolean): boolean {
    const mine = c[kind.field];
    let had = false;
    if (mine !== null && mine.delete(name)) {
      had = true;
      if (mine.size === 0) c[kind.field] = null;
      const all = this[kind.field];
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
  unsubscribeAll(c: Client, kind: Kind, notify: boolean): void {
    const mine = c[kind.field];
    if (mine !== null) {
      for (const name of [...mine]) this.unsubscribe(c, kind, name, notify);
    } else if (notify) {
      confirm(c, kind.unsubscribe, null, kind.count(c));
    }
  }

  /** Leaves every channel, pattern and shard channel without replies (RESET, disconnect). */
  unsubscribeEverything(c: Client): void {
    if (!isSubscribed(c)) return;
    this.unsubscribeAll(c, CHANNEL, false);
    this.unsubscribeAll(c, SHARD, false);
    this.unsubscribeAll(c, PATTERN, false);
  }

  /**
   * Publishes to channel subscribers and, unless `shard`, to matching pattern subscribers
   * (pubsubPublishMessage). Returns the number of deliveries.
   */
  publish(channel: string, message: string, shard = false): number {
    let receivers = 0;
    const subs = (shard ? this.shardChannels : this.channels).get(channel);
    if (subs) {
      const frame = new Frame([shard ? "smessage" : "message", channel, message]);
      for (const to of subs) frame.deliver(to);
      receivers += subs.size;
    }
    if (shard || this.patterns.size === 0) return receivers;
    for (const [pattern, clients] of this.patterns) {
      if (!globMatch(pattern, channel)) continue;
      const frame = new Frame(["pmessage", pattern, channel, message]);
      for (const to of clients) frame.deliver(to);
      receivers += clients.size;
    }
    return receivers;
  }

  /** INFO stats lines. */
  infoStats(): string[] {
    return [
      `pubsub_channels:${this.channels.size}`,
      `pubsub_patterns:${this.patterns.size}`,
      `pubsubshard_channels:${this.shardChannels.size}`,
    ];
  }
}
