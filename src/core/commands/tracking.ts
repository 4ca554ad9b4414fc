/**
 * Client-side caching commands (tracking.c): CLIENT TRACKING, CACHING, GETREDIR, TRACKINGINFO. What tracking
 * does when keys are read and changed is the server's (server.tracking, features/tracking.ts).
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import {
  CLIENT_TRACKING,
  CLIENT_TRACKING_BCAST,
  CLIENT_TRACKING_BROKEN_REDIR,
  CLIENT_TRACKING_CACHING,
  CLIENT_TRACKING_NOLOOP,
  CLIENT_TRACKING_OPTIN,
  CLIENT_TRACKING_OPTOUT,
} from "../client.ts";
import {
  ERR_CACHING_NO,
  ERR_CACHING_NOT_OPT,
  ERR_CACHING_YES,
  ERR_NOT_INTEGER,
  ERR_SYNTAX,
  ERR_TRACKING_BCAST_SWITCH,
  ERR_TRACKING_NO_REDIRECT_CLIENT,
  ERR_TRACKING_ONE_REDIRECT,
  ERR_TRACKING_OPT_BCAST,
  ERR_TRACKING_OPT_SWITCH,
  ERR_TRACKING_OPTIN_OPTOUT,
  ERR_TRACKING_PREFIX_NEEDS_BCAST,
  errPrefixOverlap,
} from "../errors.ts";
import { parseInt64 } from "../bytes.ts";
import { isKeyword } from "./util.ts";
import { trackingRedirection } from "../clientinfo.ts";

/** Two prefixes overlap when one starts with the other (stringCheckPrefix). */
function overlaps(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** CLIENT TRACKING ON|OFF [REDIRECT client-id] [PREFIX prefix ...] [BCAST] [OPTIN] [OPTOUT] [NOLOOP] */
function clientTrackingCommand(c: Client, argv: string[]): void {
  let redirect = 0;
  // The options as the client flags they become.
  let opts = 0;
  const prefixes: string[] = [];
  for (let j = 3; j < argv.length; j++) {
    const more = argv.length - 1 - j > 0;
    const opt = argv[j];
    if (isKeyword(opt, "REDIRECT") && more) {
      j++;
      if (redirect !== 0) {
        c.error(ERR_TRACKING_ONE_REDIRECT);
        return;
      }
      const id = parseInt64(argv[j]);
      if (id === null) {
        c.error(ERR_NOT_INTEGER);
        return;
      }
      if (typeof id === "bigint" || !c.server.clients.has(id)) {
        c.error(ERR_TRACKING_NO_REDIRECT_CLIENT);
        return;
      }
      redirect = id;
    } else if (isKeyword(opt, "BCAST")) opts |= CLIENT_TRACKING_BCAST;
    else if (isKeyword(opt, "OPTIN")) opts |= CLIENT_TRACKING_OPTIN;
    else if (isKeyword(opt, "OPTOUT")) opts |= CLIENT_TRACKING_OPTOUT;
    else if (isKeyword(opt, "NOLOOP")) opts |= CLIENT_TRACKING_NOLOOP;
    else if (isKeyword(opt, "PREFIX") && more) prefixes.push(argv[++j]);
    else {
      c.error(ERR_SYNTAX);
      return;
    }
  }
  const f = c.flags;
  const on = (f & CLIENT_TRACKING) !== 0;
  const bcast = (opts & CLIENT_TRACKING_BCAST) !== 0;
  const optin = (opts & CLIENT_TRACKING_OPTIN) !== 0;
  const optout = (opts & CLIENT_TRACKING_OPTOUT) !== 0;
  if (isKeyword(argv[2], "ON")) {
    if (!bcast && prefixes.length > 0) {
      c.error(ERR_TRACKING_PREFIX_NEEDS_BCAST);
      return;
    }
    if (on && ((f & CLIENT_TRACKING_BCAST) !== 0) !== bcast) {
      c.error(ERR_TRACKING_BCAST_SWITCH);
      return;
    }
    if (bcast && (optin || optout)) {
      c.error(ERR_TRACKING_OPT_BCAST);
      return;
    }
    if (optin && optout) {
      c.error(ERR_TRACKING_OPTIN_OPTOUT);
      return;
    }
    if (on && ((optin && (f & CLIENT_TRACKING_OPTOUT) !== 0) || (optout && (f & CLIENT_TRACKING_OPTIN) !== 0))) {
      c.error(ERR_TRACKING_OPT_SWITCH);
      return;
    }
    if (bcast) {
      for (let i = 0; i < prefixes.length; i++) {
        const p = prefixes[i];
        for (const old of c.trackingPrefixes ?? []) {
          if (overlaps(old, p)) {
            c.error(errPrefixOverlap(p, old, true));
            return;
          }
        }
        for (let k = i + 1; k < prefixes.length; k++) {
          if (overlaps(p, prefixes[k])) {
            c.error(errPrefixOverlap(p, prefixes[k], false));
            return;
          }
        }
      }
    }
    c.server.tracking.enable(c, redirect, opts, prefixes);
  } else if (isKeyword(argv[2], "OFF")) {
    c.server.tracking.disable(c);
  } else {
    c.error(ERR_SYNTAX);
    return;
  }
  c.reply.ok();
}

/** CLIENT CACHING YES|NO */
function clientCachingCommand(c: Client, argv: string[]): void {
  const f = c.flags;
  if ((f & CLIENT_TRACKING) === 0) {
    c.error(ERR_CACHING_NOT_OPT);
    return;
  }
  if (isKeyword(argv[2], "YES")) {
    if ((f & CLIENT_TRACKING_OPTIN) === 0) {
      c.error(ERR_CACHING_YES);
      return;
    }
  } else if (isKeyword(argv[2], "NO")) {
    if ((f & CLIENT_TRACKING_OPTOUT) === 0) {
      c.error(ERR_CACHING_NO);
      return;
    }
  } else {
    c.error(ERR_SYNTAX);
    return;
  }
  c.flags |= CLIENT_TRACKING_CACHING;
  c.reply.ok();
}

/** CLIENT GETREDIR */
function clientGetredirCommand(c: Client): void {
  c.reply.integer(trackingRedirection(c));
}

/** CLIENT TRACKINGINFO */
function clientTrackinginfoCommand(c: Client): void {
  const f = c.flags;
  const w = c.reply;
  const flags: string[] = [(f & CLIENT_TRACKING) !== 0 ? "on" : "off"];
  if ((f & CLIENT_TRACKING_BCAST) !== 0) flags.push("bcast");
  if ((f & CLIENT_TRACKING_OPTIN) !== 0) {
    flags.push("optin");
    if ((f & CLIENT_TRACKING_CACHING) !== 0) flags.push("caching-yes");
  }
  if ((f & CLIENT_TRACKING_OPTOUT) !== 0) {
    flags.push("optout");
    if ((f & CLIENT_TRACKING_CACHING) !== 0) flags.push("caching-no");
  }
  if ((f & CLIENT_TRACKING_NOLOOP) !== 0) flags.push("noloop");
  if ((f & CLIENT_TRACKING_BROKEN_REDIR) !== 0) flags.push("broken_redirect");
  w.map(3);
  w.bulk("flags");
  w.set(flags.length);
  for (const fl of flags) w.bulk(fl);
  w.bulk("redirect");
  w.integer(trackingRedirection(c));
  w.bulk("prefixes");
  w.bulkArray(c.trackingPrefixes !== null ? [...c.trackingPrefixes].sort() : []);
}

export function trackingCommands(_server: Server): CommandDef[] {
  return [
    {
      name: "client",
      subcommands: [
        { name: "tracking", handler: clientTrackingCommand },
        { name: "caching", handler: clientCachingCommand },
        { name: "getredir", handler: clientGetredirCommand },
        { name: "trackinginfo", handler: clientTrackinginfoCommand },
      ],
    },
  ];
}
