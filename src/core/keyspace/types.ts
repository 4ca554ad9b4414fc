/**
 * The value types. A Redis string is a JS byte string (one char per byte); the other types are objects
 * carrying their type name. Each type's data structure lives in its own file in this folder:
 *   list.ts  ListValue  (static from(items: string[]), toArray(): string[], length)
 *   hash.ts  HashValue  (static from(pairs: [string, string][]), entries(): [string, string][], size)
 *   set.ts   SetValue   (static from(members: string[]), members(): string[], size)
 *   zset.ts  ZSetValue  (static from(pairs: [string, number][]), entries(): [member, score][] ascending, size)
 * Those constructors and readers are the contract other families rely on (SORT, COPY, DUMP/RESTORE, RDB).
 */
import type { Config } from "../config.ts";
import type { BigString } from "./bigstr.ts";

export type TypeName = "string" | "list" | "set" | "zset" | "hash" | "stream";

/** A non-string value: the collections implement this. */
export interface RedisObject {
  readonly type: Exclude<TypeName, "string">;
  /** OBJECT ENCODING as Redis 7.0 would report it under the current size thresholds. */
  encoding(config: Config): string;
  /** An independent deep copy (COPY). */
  clone(): RedisObject;
}

/** A string value is a JS byte string, or past 256 MB a BigString (bigstr.ts: bytes, type "string"). */
export type Value = string | RedisObject | BigString;

export function typeOf(v: Value): TypeName {
  return typeof v === "string" ? "string" : v.type;
}
