/** Argument parsing shared by the command families. Each returns null after writing Redis's error. */
import { parseInt64 } from "../bytes.ts";
import { ERR_NOT_INTEGER } from "../errors.ts";
import type { Client } from "../client.ts";

/** A signed 64-bit integer argument (getLongLongFromObjectOrReply), as number or bigint. */
export function int64Arg(c: Client, s: string, err = ERR_NOT_INTEGER): number | bigint | null {
  const v = parseInt64(s);
  if (v === null) c.error(err);
  return v;
}

/** An integer argument that must fit a double exactly (counts, indexes, limits): larger ones are clamped. */
export function intArg(c: Client, s: string, err = ERR_NOT_INTEGER): number | null {
  const v = parseInt64(s);
  if (v === null) {
    c.error(err);
    return null;
  }
  if (typeof v === "bigint") return v > 0n ? 9223372036854775807 : -9223372036854775808;
  return v;
}

/** Case-insensitive comparison of an argument with an uppercase ASCII keyword. */
export function isKeyword(arg: string, upper: string): boolean {
  return arg.length === upper.length && (arg === upper || arg.toUpperCase() === upper);
}

/** Writes Redis's help reply: the first line names the command, then the lines given, then HELP. */
export function helpReply(c: Client, container: string, lines: string[]): void {
  const all = [
    `${container} <subcommand> [<arg> [value] [opt] ...]. Subcommands are:`,
    ...lines,
    "HELP",
    "    Prints this help.",
  ];
  c.reply.array(all.length);
  for (const l of all) c.reply.simple(l);
}
