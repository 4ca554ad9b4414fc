/**
 * latency-tracking: a histogram per command with hdr_histogram's layout (1 ns to 1 s, 2 significant figures),
 * reported by LATENCY HISTOGRAM at Redis's bucket boundaries and by INFO latencystats as real percentiles.
 * Durations come from the test's clock (DEBUG SLEEP moves it), so every figure is exact.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import { HdrHistogram, highestEquivalentValue, lowestEquivalentValue } from "../../src/core/hdrhistogram.ts";

test("the histogram's log buckets fall where redis-server's LATENCY HISTOGRAM puts them", () => {
  const h = new HdrHistogram();
  // One value per power of two from 1 µs to ~1 s: each lands in its own reporting level.
  for (let us = 1; us <= 1_000_000; us *= 2) h.record(us * 1000 - 1);
  const levels = h.logBuckets().map((b) => Math.floor(b.highestEquivalent / 1000));
  // redis-server 7.0.15 replies these boundaries (1, 2, 4, 8, 16, 33, 66, 132 ...): hdr's sub-bucket widths.
  assert.deepEqual(levels.slice(0, 12), [1, 2, 4, 8, 16, 33, 66, 132, 264, 528, 1056, 2113]);
  const counts = h.logBuckets().map((b) => b.cumulative);
  assert.equal(counts[counts.length - 1], h.totalCount);
  for (let i = 1; i < counts.length; i++) assert.ok(counts[i] > counts[i - 1]);
});

test("percentiles are hdr_value_at_percentile's: the highest value equivalent to the slot, the lowest at p0", () => {
  const h = new HdrHistogram();
  for (let i = 0; i < 90; i++) h.record(1000);
  for (let i = 0; i < 10; i++) h.record(50_000);
  // 1000 ns sits in a 4 ns wide slot: redis-server reports a 1 µs command as 1.003.
  assert.equal(h.valueAtPercentile(50), 1003);
  assert.equal(h.valueAtPercentile(90), 1003);
  assert.equal(h.valueAtPercentile(99), highestEquivalentValue(50_000));
  assert.equal(h.valueAtPercentile(100), highestEquivalentValue(50_000));
  assert.equal(h.valueAtPercentile(0), lowestEquivalentValue(1000));
  assert.equal(new HdrHistogram().valueAtPercentile(50), 0);
});

test("values outside 1 ns .. 1 s are clamped into the histogram", () => {
  const h = new HdrHistogram();
  h.record(0);
  h.record(5e12);
  assert.equal(h.totalCount, 2);
  assert.equal(h.valueAtPercentile(0), 1);
  assert.equal(h.valueAtPercentile(100), highestEquivalentValue(1_000_000_000));
});

test("LATENCY HISTOGRAM replies each command's calls and cumulative counts per bucket", () => {
  const t = inProcess([["enable-debug-command", "yes"]]);
  const c = t.connect();
  c.cmd("SET", "a", "1");
  c.cmd("SET", "b", "2");
  // The test's clock does not move during SET: both are in the first bucket.
  assert.equal(
    c.cmd("LATENCY", "HISTOGRAM", "set"),
    "*2\r\n$3\r\nset\r\n*4\r\n$5\r\ncalls\r\n:2\r\n$14\r\nhistogram_usec\r\n*2\r\n:1\r\n:2\r\n",
  );
  c.cmd("DEBUG", "SLEEP", "0.005");
  // 5000 µs is counted at the next reporting level, 8192 µs, whose slot ends at 8454143 ns: redis-server
  // replies 8454 for DEBUG SLEEP 0.005 too.
  assert.equal(
    c.cmd("LATENCY", "HISTOGRAM", "debug"),
    "*2\r\n$5\r\ndebug\r\n*4\r\n$5\r\ncalls\r\n:1\r\n$14\r\nhistogram_usec\r\n*2\r\n:8454\r\n:1\r\n",
  );
  assert.equal(c.cmd("LATENCY", "HISTOGRAM", "nosuchcommand"), "*0\r\n");
  assert.equal(c.cmd("LATENCY", "HISTOGRAM", "get"), "*0\r\n");
});

test("INFO latencystats reports the percentiles latency-tracking-info-percentiles names", () => {
  const t = inProcess([["enable-debug-command", "yes"]]);
  const c = t.connect();
  for (let i = 0; i < 9; i++) c.cmd("DEBUG", "SLEEP", "0");
  c.cmd("DEBUG", "SLEEP", "0.002");
  const line = () => /latency_percentiles_usec_debug:(\S+)/.exec(c.cmd("INFO", "latencystats"))?.[1];
  assert.equal(line(), "p50=0.001,p99=2007.039,p99.9=2007.039");
  assert.equal(c.cmd("CONFIG", "SET", "latency-tracking-info-percentiles", "0 90 99.99"), "+OK\r\n");
  assert.equal(line(), "p0=0.001,p90=0.001,p99.99=2007.039");
  assert.equal(c.cmd("CONFIG", "SET", "latency-tracking", "no"), "+OK\r\n");
  assert.equal(c.cmd("INFO", "latencystats").includes("latency_percentiles_usec_"), false);
});

test("latency-tracking no stops recording, and CONFIG RESETSTAT drops the histograms", () => {
  const t = inProcess();
  const c = t.connect();
  c.cmd("SET", "a", "1");
  assert.equal(c.cmd("CONFIG", "RESETSTAT"), "+OK\r\n");
  assert.equal(c.cmd("LATENCY", "HISTOGRAM", "set"), "*0\r\n");
  assert.equal(c.cmd("CONFIG", "SET", "latency-tracking", "no"), "+OK\r\n");
  c.cmd("SET", "a", "1");
  assert.equal(c.cmd("LATENCY", "HISTOGRAM", "set"), "*0\r\n");
});
