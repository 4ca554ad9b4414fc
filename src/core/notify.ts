/**
 * Keyspace notifications (notify.c): every family reports its writes with server.notifyKeyspaceEvent(class,
 * event, key, dbid); the server checks the class against notify-keyspace-events (kept as bits in
 * server.notifyKeyspaceEvents) and publishes `__keyspace@<db>__:<key>` -> event and
 * `__keyevent@<db>__:<event>` -> key.
 */
import type { Server } from "./server.ts";

/** Keyspace event classes (notify.c). */
export const NOTIFY_KEYSPACE = 1 << 0;
export const NOTIFY_KEYEVENT = 1 << 1;
export const NOTIFY_GENERIC = 1 << 2;
export const NOTIFY_STRING = 1 << 3;
export const NOTIFY_LIST = 1 << 4;
export const NOTIFY_SET = 1 << 5;
export const NOTIFY_HASH = 1 << 6;
export const NOTIFY_ZSET = 1 << 7;
export const NOTIFY_EXPIRED = 1 << 8;
export const NOTIFY_EVICTED = 1 << 9;
export const NOTIFY_STREAM = 1 << 10;
export const NOTIFY_KEY_MISS = 1 << 11;
export const NOTIFY_LOADED = 1 << 12;
export const NOTIFY_MODULE = 1 << 13;
export const NOTIFY_NEW = 1 << 14;

/** 'A' is every class but key-miss (m) and new-key (n). */
const NOTIFY_ALL = NOTIFY_GENERIC | NOTIFY_STRING | NOTIFY_LIST | NOTIFY_SET | NOTIFY_HASH | NOTIFY_ZSET |
  NOTIFY_EXPIRED | NOTIFY_EVICTED | NOTIFY_STREAM | NOTIFY_MODULE;

/** Class character -> bits. */
const CLASS_BITS: Readonly<Record<string, number>> = {
  A: NOTIFY_ALL,
  g: NOTIFY_GENERIC,
  $: NOTIFY_STRING,
  l: NOTIFY_LIST,
  s: NOTIFY_SET,
  h: NOTIFY_HASH,
  z: NOTIFY_ZSET,
  x: NOTIFY_EXPIRED,
  e: NOTIFY_EVICTED,
  K: NOTIFY_KEYSPACE,
  E: NOTIFY_KEYEVENT,
  t: NOTIFY_STREAM,
  m: NOTIFY_KEY_MISS,
  d: NOTIFY_MODULE,
  n: NOTIFY_NEW,
};

/** keyspaceEventsStringToFlags for an already validated flags string. */
export function notifyFlagsToBits(flags: string): number {
  let bits = 0;
  for (let i = 0; i < flags.length; i++) bits |= CLASS_BITS[flags[i]] ?? 0;
  return bits;
}

/** Publishes one event whose class is enabled (the second half of notifyKeyspaceEvent). */
export function publishKeyspaceEvent(server: Server, event: string, key: string, dbid: number): void {
  const bits = server.notifyKeyspaceEvents;
  if (bits & NOTIFY_KEYSPACE) server.pubsub.publish(`__keyspace@${dbid}__:${key}`, event);
  if (bits & NOTIFY_KEYEVENT) server.pubsub.publish(`__keyevent@${dbid}__:${event}`, key);
}

/** Keeps server.notifyKeyspaceEvents in step with the setting; called once from the pubsub family. */
export function installNotify(server: Server): void {
  // Kept as bits, updated when CONFIG SET changes the setting: one AND per event, none published when 0.
  server.notifyKeyspaceEvents = notifyFlagsToBits(server.config.get("notify-keyspace-events"));
  const entry = server.config.entry("notify-keyspace-events")!;
  // The canonical text drops 'n' next to 'A' ("KEAn" reads back as "AKE") while Redis keeps the class,
  // so the bits come from the text as given, seen when CONFIG SET validates it.
  let given: number | null = null;
  const type = entry.type;
  if (type.kind === "custom") {
    const parse = type.parse;
    entry.type = {
      kind: "custom",
      parse: (raw: string) => {
        const r = parse(raw);
        given = typeof r === "string" ? notifyFlagsToBits(raw) : null;
        return r;
      },
    };
  }
  const previous = entry.apply;
  entry.apply = (v) => {
    previous?.(v);
    server.notifyKeyspaceEvents = given ?? notifyFlagsToBits(v);
    given = null;
  };
}
