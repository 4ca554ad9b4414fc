/**
 * The heap the core's heap guard watches (features/eviction.ts), through the node: modules all three runtimes
 * provide. V8 (Node, Deno) aborts the process when its old generation passes --max-old-space-size; Bun's
 * JavaScriptCore has no such limit, and the process ends when the machine or its cgroup runs out of memory.
 */
import v8 from "node:v8";
import os from "node:os";
import process from "node:process";

/**
 * The heap V8 lets this process use, and the heap in use. heap_size_limit also counts the young generation
 * (three semi-spaces: 48 MB on Node 20, 96 MB on Deno 2), which old data never occupies, so the old
 * generation's limit is the rest (exactly --max-old-space-size). V8 aborts before the old generation is full
 * when the survivors of a scavenge may not fit in it: measured with a 64 MB old space, Node died with 55 MB
 * live. So a semi-space and a half (half the young generation) is kept free as well.
 */
export function v8Heap(youngGeneration: number): () => { used: number; limit: number } {
  const old = v8.getHeapStatistics().heap_size_limit - youngGeneration;
  const limit = Math.max(old - youngGeneration / 2, 8 * 1024 * 1024);
  return () => ({ used: v8.getHeapStatistics().used_heap_size, limit });
}

export const NODE_YOUNG_GENERATION = 48 * 1024 * 1024;
export const DENO_YOUNG_GENERATION = 96 * 1024 * 1024;

/**
 * Bun: the resident set against three quarters of the memory the process may have (its cgroup's limit or the
 * machine's RAM), or against REDIS_LITE_HEAP_LIMIT (bytes, or with a k/m/g unit) when set.
 */
export function residentHeap(): () => { used: number; limit: number } {
  const env = process.env.REDIS_LITE_HEAP_LIMIT;
  const parsed = env === undefined ? null : /^(\d+)([kmg]?)b?$/i.exec(env.trim());
  let limit: number;
  if (parsed !== null) {
    const unit = parsed[2].toLowerCase();
    limit = Number(parsed[1]) * (unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1);
  } else {
    const constrained = (process as { constrainedMemory?: () => number | undefined }).constrainedMemory?.() ?? 0;
    const total = os.totalmem();
    limit = Math.floor((constrained > 0 ? Math.min(constrained, total) : total) * 0.75);
  }
  // Reading the resident set is a /proc read (tens of microseconds; a quarter of Bun's time at -P 16 when
  // the core asked every 256 commands): read it at most every RSS_EVERY_MS, which a write would have to
  // outgrow the margin within.
  let used = 0;
  let readAt = -Infinity;
  return () => {
    const now = performance.now();
    if (now - readAt >= RSS_EVERY_MS) {
      used = process.memoryUsage.rss();
      readAt = now;
    }
    return { used, limit };
  };
}

const RSS_EVERY_MS = 5;
