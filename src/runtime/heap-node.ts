/**
 * The heap the core's heap guard watches (features/eviction.ts), through the node: modules all three runtimes
 * provide. V8 (Node, Deno) aborts the process when its old generation passes --max-old-space-size; Bun's
 * JavaScriptCore has no such limit, and the process ends when the machine or its cgroup runs out of memory.
 */
import v8 from "node:v8";
import os from "node:os";
import process from "node:process";

/**
 * V8's old-generation limit and the heap in use. heap_size_limit also counts the young generation (three
 * semi-spaces: 48 MB on Node 20, 96 MB on Deno 2), which V8 never lets the old data into, so the limit that
 * matters is the rest: exactly --max-old-space-size.
 */
export function v8Heap(youngGeneration: number): () => { used: number; limit: number } {
  const limit = Math.max(v8.getHeapStatistics().heap_size_limit - youngGeneration, 16 * 1024 * 1024);
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
  return () => ({ used: process.memoryUsage.rss(), limit });
}
