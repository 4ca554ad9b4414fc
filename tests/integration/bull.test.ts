/**
 * bull (4.x), the Lua-heavy job queue, against this runtime's server: jobs run by a worker, delayed jobs,
 * retries with backoff, a job that fails for good, and the queue's counts. Every step awaits the library's
 * own completion promises; nothing sleeps a fixed time.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import Queue from "bull";
import { startServer } from "../helpers/spawn.ts";
import type { Spawned } from "../helpers/spawn.ts";

let srv: Spawned;
before(async () => {
  srv = await startServer();
});
after(async () => {
  await srv.stop();
});

test("bull runs jobs, delayed jobs and retries with backoff, and counts completed and failed jobs", async () => {
  const queue = new Queue("lite-bull", { redis: { port: srv.port, host: "127.0.0.1" } });
  const errors: string[] = [];
  queue.on("error", (e: Error) => errors.push(e.message));
  try {
    const attempts = new Map<number, number>();
    void queue.process(async (job: { data: { n: number; failTimes?: number } }) => {
      const n = job.data.n;
      attempts.set(n, (attempts.get(n) ?? 0) + 1);
      if (attempts.get(n)! <= (job.data.failTimes ?? 0)) throw new Error(`boom ${n}`);
      return n * 10;
    });
    const plain = await queue.add({ n: 1 });
    const delayed = await queue.add({ n: 2 }, { delay: 200 });
    const retried = await queue.add({ n: 3, failTimes: 2 }, { attempts: 3, backoff: { type: "fixed", delay: 20 } });
    const failing = await queue.add({ n: 4, failTimes: 5 }, { attempts: 2 });
    assert.equal(await plain.finished(), 10);
    assert.equal(await delayed.finished(), 20);
    assert.equal(await retried.finished(), 30);
    await assert.rejects(failing.finished(), /boom 4/);
    assert.deepEqual([...attempts.entries()].sort(), [[1, 1], [2, 1], [3, 3], [4, 2]]);
    const counts = await queue.getJobCounts();
    assert.equal(counts.completed, 3);
    assert.equal(counts.failed, 1);
    assert.equal(counts.waiting + counts.active + counts.delayed, 0);
    const failed = await queue.getFailed();
    assert.deepEqual(failed.map((j) => j.failedReason), ["boom 4"]);
    assert.deepEqual(errors, []);
  } finally {
    await queue.close();
  }
});
