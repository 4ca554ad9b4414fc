/**
 * Keyspace notifications (notify.c): every family reports its writes with server.notifyKeyspaceEvent(class,
 * event, key, dbid); the server checks the class against notify-keyspace-events (kept as bits in
 * server.notifyKeyspaceEvents) and publishes `__keyspace@<db>__:<key>` -> event and
 * `__keyevent@<db>__:<event>` -> key.
 */
import type { Server } from "./server.ts";
import {
  NOTIFY_EVICTED,
  NOTIFY_EXPIRED,
  NOTIFY_GENERIC,
  NOTIFY_HASH,
  NOTIFY_KEY_MISS,
  NOTIFY_KEYEVENT,
  NOTIFY_KEYSPACE,
  NOTIFY_LIST,
  NOTIFY_MODULE,
  NOTIFY_NEW,
  NOTIFY_SET,
  NOTIFY_STREAM,
  NOTIFY_STRING,
  NOTIFY_ZSET,
} from "./server.ts";

/**
 * Class character -> bits. Built on first use: server.ts (where the NOTIFY_* constants live) imports the
 * command families, so its constants are not initialised yet while this module loads.
 */
let classBits: Record<string, number> | null = null;

function bitsFor(ch: string): number {
  if (classBits === null) {
    // 'A' is every class but key-miss (m) and new-key (n).
    const all = NOTIFY_GENERIC | NOTIFY_STRING | NOTIFY_LIST | NOTIFY_SET | NOTIFY_HASH | NOTIFY_ZSET |
      NOTIFY_EXPIRED | NOTIFY_EVICTED | NOTIFY_STREAM | NOTIFY_MODULE;
    classBits = {
      A: all, g: NOTIFY_GENERIC, $: NOTIFY_STRING, l: NOTIFY_LIST, s: NOTIFY_SET, h: NOTIFY_HASH, z: NOTIFY_ZSET,
      x: NOTIFY_EXPIRED, e: NOTIFY_EVICTED, K: NOTIFY_KEYSPACE, E: NOTIFY_KEYEVENT, t: NOTIFY_STREAM,
      m: NOTIFY_KEY_MISS, d: NOTIFY_MODULE, n: NOTIFY_NEW,
    };
  }
  return classBits[ch] ?? 0;
}

/** keyspaceEventsStringToFlags for an already validated flags string. */
export function notifyFlagsToBits(flags: string): number {
  let bits = 0;
  for (let i = 0; i < flags.length; i++) bits |= bitsFor(flags[i]);
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
