/** What the replication integration tests share: patient calls, INFO fields, a write load of every type. */
import assert from "node:assert/strict";
import type { RawClient } from "./spawn.ts";

/** A command and its reply, waiting generously: the machine running the suite may be loaded. */
export function call(c: RawClient, ...args: string[]): Promise<string | null> {
  c.send(...args);
  return c.reply(60000);
}

/** One field of INFO's reply, as a string ("" when absent). */
export async function info(c: RawClient, field: string): Promise<string> {
  const r = (await call(c, "INFO", "everything")) ?? "";
  const m = new RegExp(`\\r\\n${field}:([^\\r]*)\\r\\n`).exec(r);
  return m === null ? "" : m[1];
}

/** Writes of every type on `c`, pipelined, for `rounds` rounds (a load while the sync runs). */
export async function writeLoad(c: RawClient, rounds: number, tag: string): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    c.send("SET", `s:${tag}:${i}`, `v${i}`);
    c.send("INCR", `counter:${tag}`);
    c.send("RPUSH", `list:${tag}:${i % 7}`, `e${i}`);
    c.send("HSET", `hash:${tag}:${i % 5}`, `f${i}`, `${i}`);
    c.send("ZADD", `zset:${tag}`, String(i), `m${i}`);
    c.send("SADD", `set:${tag}:${i % 3}`, `x${i}`);
    c.send("SELECT", "2");
    c.send("SET", `db2:${tag}:${i}`, "y");
    c.send("SELECT", "0");
    c.send("DEL", `s:${tag}:${i - 3}`);
    for (let k = 0; k < 10; k++) assert.notEqual(await c.reply(20000), null);
  }
}
