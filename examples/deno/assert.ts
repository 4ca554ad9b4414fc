// The two assertions the example needs (jsr:@std/assert has them; this keeps the example offline).
import assert from "node:assert/strict";

export function assertEquals(actual: unknown, expected: unknown): void {
  assert.deepEqual(actual, expected);
}

export async function assertRejects(
  fn: () => Promise<unknown>,
  type: new (...args: never[]) => Error,
  includes: string,
): Promise<void> {
  await assert.rejects(fn, (e: unknown) => e instanceof type && e.message.includes(includes));
}
