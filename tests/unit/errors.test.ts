/**
 * Every error text lives in src/core/errors.ts: no error reply is written from a literal elsewhere, and the
 * command families and the db layer spell no error text of their own.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot as root, tsFiles } from "../helpers/sources.ts";
import * as errors from "../../src/core/errors.ts";

/** `.error(` (c.error, reply.error, target.error ...) given a string or template literal. */
const LITERAL_ERROR = /\.error\(\s*["'`]/g;

/** A string or template literal that starts like an error reply: an upper-case code, then a space or its end. */
const ERROR_TEXT =
  /["'`](?:ERR|WRONGTYPE|NOAUTH|NOPERM|NOPROTO|WRONGPASS|BUSYKEY|UNBLOCKED|EXECABORT|LOADING|MISCONF|NOSCRIPT|BUSY|READONLY|OOM)(?: |["'`])/g;

/** Lines of `text` (comments left out) where `pattern` matches, as "file:line: code". */
function offending(file: string, text: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, " ")).split("\n");
  code.forEach((line, i) => {
    const bare = line.replace(/(^|[^:"'`])\/\/.*$/, "$1");
    if (bare.match(pattern)) out.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
  });
  return out;
}

/**
 * The Lua engine's own errors (luaX_syntaxerror, luaL_error: "unfinished string" ...) are Lua messages that
 * scripts can catch, not replies; the scripting commands that turn them into replies are checked as any.
 */
const LUA_ENGINE = join(root, "src/core/lua");

test("no file under src/core writes an error reply from a string or template literal", () => {
  const files = tsFiles(join(root, "src/core")).filter((f) => !f.startsWith(LUA_ENGINE));
  const found = files.flatMap((f) => offending(f, readFileSync(f, "utf8"), LITERAL_ERROR));
  assert.deepEqual(found, []);
});

test("the command families and the db layer spell no error text of their own", () => {
  const files = [...tsFiles(join(root, "src/core/commands")), ...tsFiles(join(root, "src/core/db"))];
  const found = files.flatMap((f) => offending(f, readFileSync(f, "utf8"), ERROR_TEXT));
  assert.deepEqual(found, []);
});

test("the literal checks catch what they look for", () => {
  assert.deepEqual(offending("x.ts", `  c.error("ERR bad");`, LITERAL_ERROR).length, 1);
  assert.deepEqual(offending("x.ts", "  return c.error(`ERR ${x}`);", LITERAL_ERROR).length, 1);
  assert.deepEqual(offending("x.ts", `  c.error(ERR_SYNTAX); // not c.error("ERR x")`, LITERAL_ERROR).length, 0);
  assert.deepEqual(offending("x.ts", `const E = "WRONGTYPE Operation";`, ERROR_TEXT).length, 1);
  assert.deepEqual(offending("x.ts", `  rangeLongArg(c, s, 0n, 1n, "ERR count");`, ERROR_TEXT).length, 1);
  assert.deepEqual(offending("x.ts", `const ERR_PLAIN = "ERR";`, ERROR_TEXT).length, 1);
  assert.deepEqual(offending("x.ts", `const s = "ERRORS are fine"; // "ERR x"`, ERROR_TEXT).length, 0);
});

test("every error constant is one line of text with Redis's code first", () => {
  for (const [name, value] of Object.entries(errors)) {
    if (typeof value !== "string") continue;
    assert.match(name, /^ERR_[A-Z0-9_]+$/, name);
    assert.match(value, /^[A-Z]+( |$)/, name);
    assert.doesNotMatch(value, /[\r\n]/, name);
  }
});
