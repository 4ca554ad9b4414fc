/**
 * The bridge between RDB records and the keyspace's value types. The encoders read values through the
 * contract in keyspace/types.ts (toArray / entries / members); the loaders build them with the types'
 * `from` constructors, passing the config so each type picks the encoding Redis would give the loaded value
 * (rdbLoadObject converts to listpack/intset under the same thresholds).
 */
import type { Config } from "../config.ts";
import type { RedisObject } from "../keyspace/types.ts";
import { ZSetValue } from "../keyspace/zset.ts";
import { ListValue } from "../keyspace/list.ts";
import { HashValue } from "../keyspace/hash.ts";
import { SetValue } from "../keyspace/set.ts";
import { RdbFormatError } from "./encodings.ts";

export interface ListLike extends RedisObject {
  toArray(): string[];
}
export interface HashLike extends RedisObject {
  entries(): [string, string][];
}
export interface SetLike extends RedisObject {
  members(): string[];
}
export interface ZSetLike extends RedisObject {
  entries(): [string, number][];
}

/** Constructors per type; a type whose module has not landed yet refuses to load with a clear message. */
interface Factories {
  list: ((items: string[], config: Config) => RedisObject) | null;
  hash: ((pairs: [string, string][], config: Config) => RedisObject) | null;
  set: ((members: string[], config: Config) => RedisObject) | null;
  zset: ((pairs: [string, number][], config: Config) => RedisObject) | null;
}

const factories: Factories = {
  list: (items) => ListValue.from(items),
  hash: (pairs) => HashValue.from(pairs),
  set: (members) => SetValue.from(members),
  zset: (pairs, config) => ZSetValue.from(pairs, config),
};

function need<K extends keyof Factories>(type: K): NonNullable<Factories[K]> {
  const f = factories[type];
  if (f === null) throw new RdbFormatError(`values of type ${type} are not supported yet`);
  return f as NonNullable<Factories[K]>;
}

export function makeList(items: string[], config: Config): RedisObject {
  return need("list")(items, config);
}
export function makeHash(pairs: [string, string][], config: Config): RedisObject {
  return need("hash")(pairs, config);
}
export function makeSet(members: string[], config: Config): RedisObject {
  return need("set")(members, config);
}
export function makeZSet(pairs: [string, number][], config: Config): RedisObject {
  return need("zset")(pairs, config);
}
