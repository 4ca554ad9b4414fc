/** The command table: rows decoded into Commands, typed flags, and the one key extraction. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { COMMAND_ROWS } from "../../src/core/commands/rows.ts";
import { COMMAND_DOCS } from "../../src/core/commands/docs.ts";
import { ACL_CATEGORIES, CommandTable, getKeysFromCommand } from "../../src/core/commands/table.ts";
import type { Command, CommandDef } from "../../src/core/commands/table.ts";

/** A table of every command and subcommand Redis 7.0 has, without handlers. */
function everyCommand(): CommandTable {
  const defs = new Map<string, CommandDef>();
  for (const name of Object.keys(COMMAND_ROWS)) {
    const bar = name.indexOf("|");
    if (bar < 0) {
      if (!defs.has(name)) defs.set(name, { name });
      continue;
    }
    const parent = name.slice(0, bar);
    const def = defs.get(parent) ?? { name: parent };
    (def.subcommands ??= []).push({ name: name.slice(bar + 1) });
    defs.set(parent, def);
  }
  return new CommandTable([...defs.values()]);
}

const table = everyCommand();
const cmd = (name: string): Command => {
  const c = table.lookupFull(name);
  assert.ok(c, name);
  return c;
};
const keysOf = (argv: string[]) => getKeysFromCommand(cmd(argv[0].toLowerCase()), argv).map((k) => argv[k.pos]);

test("every generated row builds: known flags, Redis's ACL categories, docs for each", () => {
  const all = [...table.all()];
  assert.equal(all.length, Object.keys(COMMAND_ROWS).length);
  for (const c of all) assert.ok(COMMAND_DOCS[c.fullName], `docs for ${c.fullName}`);
});

test("typed flags say what the flag names say", () => {
  const get = cmd("get");
  assert.deepEqual(get.flagNames, ["readonly", "fast"]);
  assert.equal(get.readonly, true);
  assert.equal(get.fast, true);
  assert.equal(get.write, false);
  const save = cmd("save");
  assert.equal(save.noMulti, true);
  assert.equal(save.loading, false);
  assert.equal(cmd("multi").loading, true);
  assert.equal(cmd("multi").noMulti, false);
  assert.equal(cmd("auth").noAuth, true);
  assert.equal(cmd("zunionstore").movableKeys, true);
  assert.equal(cmd("monitor").admin, true);
  assert.equal(cmd("config|set").admin, true);
  assert.equal(cmd("set").denyoom, true);
  // may_replicate is hidden from COMMAND INFO, so the table names its commands itself.
  assert.equal(cmd("publish").mayReplicate, true);
  assert.equal(cmd("publish").flagNames.includes("may_replicate"), false);
  assert.equal(cmd("get").mayReplicate, false);
});

test("ACL categories are kept as names and as bits in Redis's order", () => {
  const get = cmd("get");
  assert.deepEqual(get.acl, ["@read", "@string", "@fast"]);
  const bit = (name: string) => 1 << ACL_CATEGORIES.indexOf(name as (typeof ACL_CATEGORIES)[number]);
  assert.equal(get.aclCategories, bit("read") | bit("string") | bit("fast"));
  assert.equal(cmd("flushall").aclCategories & bit("dangerous"), bit("dangerous"));
});

test("a row naming a flag Redis does not have is refused when the table is built", () => {
  const def: CommandDef = {
    name: "x",
    meta: { row: { arity: 1, flags: "readonly quick", acl: "@read" }, docs: ["%"] },
  };
  assert.throws(() => new CommandTable([def]), RangeError);
  const cat: CommandDef = { name: "y", meta: { row: { arity: 1, flags: "", acl: "@reads" }, docs: ["%"] } };
  assert.throws(() => new CommandTable([cat]), RangeError);
});

test("getKeysFromCommand follows index, range, keynum and keyword key specs", () => {
  assert.deepEqual(keysOf(["GET", "k"]), ["k"]);
  assert.deepEqual(keysOf(["MSET", "a", "1", "b", "2"]), ["a", "b"]);
  assert.deepEqual(keysOf(["ZUNIONSTORE", "d", "2", "a", "b", "WEIGHTS", "1", "2"]), ["d", "a", "b"]);
  assert.deepEqual(keysOf(["XREAD", "COUNT", "2", "STREAMS", "s1", "s2", "0", "0"]), ["s1", "s2"]);
  assert.deepEqual(keysOf(["GEORADIUS", "src", "0", "0", "1", "km", "STORE", "dst"]), ["src", "dst"]);
  assert.deepEqual(keysOf(["ZUNION", "5", "a"]), [], "numkeys beyond the arguments: no keys");
});

test("getKeysFromCommand asks Redis's getkeys procedures where specs cannot tell (SET GET, SORT STORE, SORT_RO)", () => {
  const flagsOf = (argv: string[]) =>
    getKeysFromCommand(cmd(argv[0].toLowerCase()), argv).map((k) => k.flags.join(" "));
  assert.deepEqual(flagsOf(["SET", "k", "v"]), ["OW update"]);
  assert.deepEqual(flagsOf(["SET", "k", "v", "GET"]), ["RW access update"]);
  assert.deepEqual(keysOf(["SORT", "k", "BY", "w*", "STORE", "d1", "STORE", "d2"]), ["k", "d2"]);
  assert.deepEqual(keysOf(["SORT_RO", "k", "BY", "w*"]), ["k"]);
  assert.equal(cmd("sort_ro").hasKeys, true);
  assert.equal(cmd("ping").hasKeys, false);
});
