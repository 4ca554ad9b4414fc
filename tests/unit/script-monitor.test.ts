/** MONITOR and scripts, as redis-server 7.0.15 shows them: EVAL first, then its commands from "lua". */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";

/** MONITOR lines without their timestamps and with the client's port dropped. */
function lines(out: string): string[] {
  return out.split("\r\n").filter((l) => l !== "").map((l) => l.replace(/^\+\d+\.\d+ /, "").replace(/:\d+\]/, "]"));
}

test("MONITOR shows EVAL before the script's commands, which come from [db lua] in the script's database", () => {
  const t = inProcess();
  const m = t.connect();
  const c = t.connect();
  assert.equal(m.cmd("MONITOR"), "+OK\r\n");
  c.cmd("SELECT", "3");
  const body = "redis.call('set','a','1') redis.call('select','5') return redis.pcall('incr', KEYS[1])";
  c.cmd("EVAL", body, "1", "k");
  c.cmd("MULTI");
  c.cmd("EVALSHA", "0000000000000000000000000000000000000000", "0");
  c.cmd("EXEC");
  assert.deepEqual(lines(m.output()), [
    '[3 127.0.0.1] "SELECT" "3"',
    `[3 127.0.0.1] "EVAL" "${body}" "1" "k"`,
    '[3 lua] "set" "a" "1"',
    '[5 lua] "select" "5"',
    '[5 lua] "incr" "k"',
    '[3 127.0.0.1] "MULTI"',
    '[3 127.0.0.1] "EVALSHA" "0000000000000000000000000000000000000000" "0"',
    '[3 127.0.0.1] "EXEC"',
  ]);
});
