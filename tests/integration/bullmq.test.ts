/**
 * bullmq (6.x) against this runtime's server: a queue, a worker, a delayed job, retries with backoff, a job
 * that fails for good, and the queue's counts. Completion is awaited through QueueEvents (XREAD BLOCK on
 * the queue's event stream; bullmq's Lua scripts XADD and XTRIM it).
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { Queue, QueueEvents, Worker } from "bullmq";
import type { Job } from "bullmq";
import { startServer } from "../helpers/spawn.ts";
import type { Spawned } from "../helpers/spawn.ts";

let srv: Spawned;
before(async () => {
  srv = await startServer();
});
after(async () => {
  await srv.stop();
});

test("bullmq runs jobs, delayed jobs and retries with backoff, and counts completed and failed jobs", async () => {
  const connection = { host: "127.0.0.1", port: srv.port, maxRetriesPerRequest: null };
  const queue = new Queue("lite-bullmq", { connection });
  const events = new QueueEvents("lite-bullmq", { connection });
  const attempts = new Map<number, number>();
  const errors: string[] = [];
  const worker = new Worker(
    "lite-bullmq",
    async (job: Job<{ n: number; failTimes?: number }>) => {
      const n = job.data.n;
      attempts.set(n, (attempts.get(n) ?? 0) + 1);
      if (attempts.get(n)! <= (job.data.failTimes ?? 0)) throw new Error(`boom ${n}`);
      return n * 10;
    },
    { connection },
  );
  worker.on("error", (e) => errors.push(e.message));
  try {
    await events.waitUntilReady();
    await worker.waitUntilReady();
    const plain = await queue.add("plain", { n: 1 });
    const delayed = await queue.add("delayed", { n: 2 }, { delay: 200 });
    const retried = await queue.add("retried", { n: 3, failTimes: 2 }, {
      attempts: 3,
      backoff: { type: "fixed", delay: 20 },
    });
    const failing = await queue.add("failing", { n: 4, failTimes: 5 }, { attempts: 2 });
    assert.equal(await plain.waitUntilFinished(events, 20_000), 10);
    assert.equal(await delayed.waitUntilFinished(events, 20_000), 20);
    assert.equal(await retried.waitUntilFinished(events, 20_000), 30);
    await assert.rejects(failing.waitUntilFinished(events, 20_000), /boom 4/);
    assert.deepEqual([...attempts.entries()].sort(), [[1, 1], [2, 1], [3, 3], [4, 2]]);
    const counts = await queue.getJobCounts("completed", "failed", "waiting", "active", "delayed");
    assert.deepEqual(counts, { completed: 3, failed: 1, waiting: 0, active: 0, delayed: 0 });
    assert.deepEqual(errors, []);
  } finally {
    await worker.close();
    await events.close();
    await queue.close();
  }
});
