/**
 * Pub/Sub commands (pubsub.c): (P|S)SUBSCRIBE, (P|S)UNSUBSCRIBE, PUBLISH/SPUBLISH and PUBSUB introspection,
 * over the server's subscriptions (server.pubsub, features/pubsub.ts). In RESP2 a subscribed client may only
 * run (P|S)SUBSCRIBE, (P|S)UNSUBSCRIBE, PING, QUIT and RESET (checked by Client.execute); in RESP3 messages
 * are push frames and any command is allowed.
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { CLIENT_DENY_BLOCKING } from "../client.ts";
import { globMatch } from "../glob.ts";
import { helpReply } from "./util.ts";
import { installNotify } from "../notify.ts";
import { CHANNEL, PATTERN, SHARD } from "../features/pubsub.ts";
import type { Kind } from "../features/pubsub.ts";
import { ERR_SSUBSCRIBE_DENY_BLOCKING, errSubcommandSyntax } from "../errors.ts";

/** SUBSCRIBE channel [channel ...] / PSUBSCRIBE pattern [pattern ...] */
function subscribeGeneric(kind: Kind) {
  return (c: Client, argv: string[]): void => {
    for (let j = 1; j < argv.length; j++) c.server.pubsub.subscribe(c, kind, argv[j]);
  };
}

/** SSUBSCRIBE shardchannel [shardchannel ...]: refused inside EXEC (a DENY BLOCKING client). */
function ssubscribeCommand(c: Client, argv: string[]): void {
  if ((c.flags & CLIENT_DENY_BLOCKING) !== 0) {
    c.error(ERR_SSUBSCRIBE_DENY_BLOCKING);
    return;
  }
  subscribeGeneric(SHARD)(c, argv);
}

/** UNSUBSCRIBE [channel ...] / PUNSUBSCRIBE [pattern ...] / SUNSUBSCRIBE [shardchannel ...] */
function unsubscribeGeneric(kind: Kind) {
  return (c: Client, argv: string[]): void => {
    const pubsub = c.server.pubsub;
    if (argv.length === 1) pubsub.unsubscribeAll(c, kind, true);
    else for (let j = 1; j < argv.length; j++) pubsub.unsubscribe(c, kind, argv[j], true);
  };
}

/** PUBLISH channel message */
function publishCommand(c: Client, argv: string[]): void {
  c.reply.integer(c.server.pubsub.publish(argv[1], argv[2]));
}

/** SPUBLISH shardchannel message */
function spublishCommand(c: Client, argv: string[]): void {
  c.reply.integer(c.server.pubsub.publish(argv[1], argv[2], true));
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
    for (const name of c.server.pubsub[field].keys()) {
      if (pattern === null || globMatch(pattern, name)) out.push(name);
    }
    c.reply.bulkArray(out);
  };
}

/** PUBSUB NUMSUB [channel ...] / PUBSUB SHARDNUMSUB [shardchannel ...] */
function numsub(field: "channels" | "shardChannels") {
  return (c: Client, argv: string[]): void => {
    const all = c.server.pubsub[field];
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

export function pubsubCommands(server: Server): CommandDef[] {
  installNotify(server);
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
        { name: "numpat", handler: (c) => c.reply.integer(c.server.pubsub.patterns.size) },
        { name: "help", handler: (c) => helpReply(c, "PUBSUB", PUBSUB_HELP) },
      ],
    },
  ];
}
