/**
 * The latency monitor (latency.c): per event (`command`, `fast-command`, `expire-cycle` ...), the last 160
 * one-per-second samples of latencies that reached `latency-monitor-threshold` milliseconds, with the
 * all-time maximum; LATENCY GRAPH's sparkline (sparkline.c) and LATENCY DOCTOR's report.
 */

import { HdrHistogram } from "./hdrhistogram.ts";
import type { Command } from "./commands/table.ts";

/** Samples kept per event (LATENCY_TS_LEN). */
export const LATENCY_TS_LEN = 160;

export interface LatencySample {
  /** Unix time in seconds; 0 is an unused slot. */
  time: number;
  /** Milliseconds. */
  latency: number;
}

export interface LatencyTimeSeries {
  idx: number;
  max: number;
  samples: LatencySample[];
}

export class LatencyMonitor {
  /** Events in the order they were first seen (Redis's dict order is its own; tests sort). */
  readonly events: Map<string, LatencyTimeSeries> = new Map<string, LatencyTimeSeries>();
  /**
   * latency-tracking: each command's histogram of call durations (redisCommand.latency_histogram), made on
   * its first timed call; CONFIG RESETSTAT drops them.
   */
  readonly histograms: Map<Command, HdrHistogram> = new Map<Command, HdrHistogram>();

  /** updateCommandLatencyHistogram: one call of `cmd` that took `usec` microseconds. */
  recordCommand(cmd: Command, usec: number): void {
    let h = this.histograms.get(cmd);
    if (h === undefined) {
      h = new HdrHistogram();
      this.histograms.set(cmd, h);
    }
    h.record(usec * 1000);
  }

  /** latencyAddSample: one sample per second per event, the highest of that second kept. */
  addSample(event: string, latency: number, nowMs: number): void {
    const now = Math.floor(nowMs / 1000);
    let ts = this.events.get(event);
    if (ts === undefined) {
      ts = { idx: 0, max: 0, samples: Array.from({ length: LATENCY_TS_LEN }, () => ({ time: 0, latency: 0 })) };
      this.events.set(event, ts);
    }
    if (latency > ts.max) ts.max = latency;
    const prev = ts.samples[(ts.idx + LATENCY_TS_LEN - 1) % LATENCY_TS_LEN];
    if (prev.time === now) {
      if (latency > prev.latency) prev.latency = latency;
      return;
    }
    ts.samples[ts.idx] = { time: now, latency };
    ts.idx = (ts.idx + 1) % LATENCY_TS_LEN;
  }

  /** latencyAddSampleIfNeeded: only at or above the threshold, and never when it is 0 (disabled). */
  addSampleIfNeeded(event: string, latency: number, threshold: number, nowMs: number): void {
    if (threshold !== 0 && latency >= threshold) this.addSample(event, latency, nowMs);
  }

  /** latencyResetEvent: the events removed (all of them when `event` is null), case-insensitively. */
  reset(event: string | null): number {
    let n = 0;
    for (const name of [...this.events.keys()]) {
      if (event === null || name.toLowerCase() === event.toLowerCase()) {
        this.events.delete(name);
        n++;
      }
    }
    return n;
  }

  /** The used samples of a series, oldest first. */
  static samples(ts: LatencyTimeSeries): LatencySample[] {
    const out: LatencySample[] = [];
    for (let j = 0; j < LATENCY_TS_LEN; j++) {
      const s = ts.samples[(ts.idx + j) % LATENCY_TS_LEN];
      if (s.time !== 0) out.push(s);
    }
    return out;
  }
}

// ---- LATENCY GRAPH (latencyCommandGenSparkeline, sparkline.c) ----

const LATENCY_GRAPH_COLS = 80;
const CHARSET_FILL = "_o#";

interface SparkSample {
  value: number;
  label: string | null;
}

/** sparklineRenderRange with SPARKLINE_FILL, `rows` rows of bars then the labels written downwards. */
function renderRange(seq: SparkSample[], min: number, max: number, rows: number, offset: number, len: number): string {
  let out = "";
  let relmax = max - min;
  if (relmax === 0) relmax = 1;
  const steps = CHARSET_FILL.length * rows;
  const labels = seq.some((s) => s.label !== null);
  let row = 0;
  for (let loop = true; loop;) {
    loop = false;
    const chars: string[] = new Array(len).fill(" ");
    for (let j = 0; j < len; j++) {
      const s = seq[j + offset];
      const relval = s.value - min;
      let step = Math.trunc((relval * steps) / relmax);
      if (step < 0) step = 0;
      if (step >= steps) step = steps - 1;
      if (row < rows) {
        const charidx = step - (rows - row - 1) * CHARSET_FILL.length;
        loop = true;
        if (charidx >= 0 && charidx < CHARSET_FILL.length) chars[j] = CHARSET_FILL[charidx];
        else if (charidx >= CHARSET_FILL.length) chars[j] = "|";
      } else {
        // One blank row between the bars and the labels (label_margin_top).
        if (labels && row - rows < 1) {
          loop = true;
          break;
        }
        if (s.label !== null) {
          const at = row - rows - 1;
          if (s.label.length > at) {
            loop = true;
            chars[j] = s.label[at];
          }
        }
      }
    }
    if (loop) {
      row++;
      out += chars.join("") + "\n";
    }
  }
  return out;
}

/** LATENCY GRAPH's text: the header, a rule, then the sparkline in blocks of 80 columns. */
export function latencyGraph(event: string, ts: LatencyTimeSeries, nowMs: number): string {
  const now = Math.floor(nowMs / 1000);
  const seq: SparkSample[] = [];
  let min = 0;
  let max = 0;
  for (const s of LatencyMonitor.samples(ts)) {
    if (seq.length === 0) min = max = s.latency;
    else {
      if (s.latency > max) max = s.latency;
      if (s.latency < min) min = s.latency;
    }
    const elapsed = now - s.time;
    const label = elapsed < 60
      ? `${elapsed}s`
      : elapsed < 3600
      ? `${Math.trunc(elapsed / 60)}m`
      : elapsed < 86400
      ? `${Math.trunc(elapsed / 3600)}h`
      : `${Math.trunc(elapsed / 86400)}d`;
    seq.push({ value: s.latency, label });
  }
  let graph = `${event} - high ${max} ms, low ${min} ms (all time high ${ts.max} ms)\n${
    "-".repeat(LATENCY_GRAPH_COLS)
  }\n`;
  // The sequence's own min/max (sparklineSequenceAddSample) scale the bars.
  let smin = 0;
  let smax = 0;
  seq.forEach((s, i) => {
    if (i === 0) smin = smax = s.value;
    else if (s.value < smin) smin = s.value;
    else if (s.value > smax) smax = s.value;
  });
  for (let j = 0; j < seq.length; j += LATENCY_GRAPH_COLS) {
    const sublen = Math.min(LATENCY_GRAPH_COLS, seq.length - j);
    if (j !== 0) graph += "\n";
    graph += renderRange(seq, smin, smax, 4, j, sublen);
  }
  return graph;
}

// ---- LATENCY DOCTOR (createLatencyReport) ----

/** What the report knows of the server besides the events. */
export interface DoctorFacts {
  threshold: number;
  slowlogSlowerThan: number;
  hz: number;
  appendfsyncAlways: boolean;
}

/** The advices in the order the report prints them, each with the events that call for it. */
const ADVICES: { events: string[]; text: (f: DoctorFacts) => string | null }[] = [
  {
    events: ["slowlog-enabled"],
    text: (f) =>
      `- There are latency issues with potentially slow commands you are using. Try to enable the Slow Log Redis feature using the command 'CONFIG SET slowlog-log-slower-than ${
        f.threshold * 1000
      }'. If the Slow log is disabled Redis is not able to log slow commands execution for you.\n`,
  },
  {
    events: ["slowlog-tuning"],
    text: (f) =>
      `- Your current Slow Log configuration only logs events that are slower than your configured latency monitor threshold. Please use 'CONFIG SET slowlog-log-slower-than ${
        f.threshold * 1000
      }'.\n`,
  },
  {
    events: ["command"],
    text: () =>
      "- Check your Slow Log to understand what are the commands you are running which are too slow to execute. Please check https://redis.io/commands/slowlog for more information.\n",
  },
  {
    events: ["fast-command"],
    text: () =>
      "- The system is slow to execute Redis code paths not containing system calls. This usually means the system does not provide Redis CPU time to run for long periods. You should try to:\n" +
      "  1) Lower the system load.\n" +
      "  2) Use a computer / VM just for Redis if you are running other software in the same system.\n" +
      '  3) Check if you have a "noisy neighbour" problem.\n' +
      "  4) Check with 'redis-cli --intrinsic-latency 100' what is the intrinsic latency in your system.\n" +
      "  5) Check if the problem is allocator-related by recompiling Redis with MALLOC=libc, if you are using Jemalloc. However this may create fragmentation problems.\n",
  },
  {
    events: [
      "aof-write-pending-fsync",
      "aof-write-alone",
      "aof-fstat",
      "rdb-unlink-temp-file",
      "aof-rewrite-diff-write",
      "aof-rename",
    ],
    text: () =>
      "- It is strongly advised to use local disks for persistence, especially if you are using AOF. Remote disks provided by platform-as-a-service providers are known to be slow.\n",
  },
  {
    events: [
      "aof-write-pending-fsync",
      "aof-write-active-child",
      "aof-write-alone",
      "aof-rewrite-diff-write",
      "aof-rename",
    ],
    text: () =>
      "- SSD disks are able to reduce fsync latency, and total time needed for snapshotting and AOF log rewriting (resulting in smaller memory usage). With extremely high write load SSD disks can be a good option. However Redis should perform reasonably with high load using normal disks. Use this advice as a last resort.\n",
  },
  {
    events: [
      "aof-write-pending-fsync",
      "aof-write-active-child",
      "aof-write-alone",
      "aof-rewrite-diff-write",
      "aof-rename",
    ],
    text: () =>
      "- Mounting ext3/4 filesystems with data=writeback can provide a performance boost compared to data=ordered, however this mode of operation provides less guarantees, and sometimes it can happen that after a hard crash the AOF file will have a half-written command at the end and will require to be repaired before Redis restarts.\n",
  },
  {
    events: ["aof-write-pending-fsync", "aof-fstat", "rdb-unlink-temp-file"],
    text: () =>
      "- Try to lower the disk contention. This is often caused by other disk intensive processes running in the same computer (including other Redis instances).\n",
  },
  {
    events: ["aof-write-active-child"],
    text: () =>
      "- Assuming from the point of view of data safety this is viable in your environment, you could try to enable the 'no-appendfsync-on-rewrite' option, so that fsync will not be performed while there is a child rewriting the AOF file or producing an RDB file (the moment where there is high disk contention).\n",
  },
  {
    events: ["aof-fsync-always"],
    text: (f) =>
      f.appendfsyncAlways
        ? "- Your fsync policy is set to 'always'. It is very hard to get good performances with such a setup, if possible try to relax the fsync policy to 'onesec'.\n"
        : null,
  },
  {
    events: ["aof-rewrite-diff-write", "aof-rename"],
    text: () =>
      "- Latency during the AOF atomic rename operation or when the final difference is flushed to the AOF file at the end of the rewrite, sometimes is caused by very high write load, causing the AOF buffer to get very large. If possible try to send less commands to accomplish the same work, or use Lua scripts to group multiple operations into a single EVALSHA call.\n",
  },
  {
    events: ["expire-cycle"],
    text: (f) =>
      f.hz < 100
        ? "- In order to make the Redis keys expiring process more incremental, try to set the 'hz' configuration parameter to 100 using 'CONFIG SET hz 100'.\n"
        : null,
  },
  {
    events: ["command", "expire-cycle", "eviction-del"],
    text: () =>
      "- Deleting, expiring or evicting (because of maxmemory policy) large objects is a blocking operation. If you have very large objects that are often deleted, expired, or evicted, try to fragment those objects into multiple smaller objects.\n",
  },
  {
    events: ["eviction-cycle"],
    text: () =>
      "- Sudden changes to the 'maxmemory' setting via 'CONFIG SET', or allocation of large objects via sets or sorted sets intersections, STORE option of SORT, Redis Cluster large keys migrations (RESTORE command), may create sudden memory pressure forcing the server to block trying to evict keys. \n",
  },
];

/** Events that count as advices in the report's tally though their advice may print nothing. */
const ADVISED_EVENTS = new Set(ADVICES.flatMap((a) => a.events));

/** createLatencyReport: per-event statistics, then the advices the events call for. */
export function latencyDoctor(monitor: LatencyMonitor, facts: DoctorFacts, nowMs: number): string {
  if (monitor.events.size === 0 && facts.threshold === 0) {
    return `I'm sorry, Dave, I can't do that. Latency monitoring is disabled in this Redis instance. You may use "CONFIG SET latency-monitor-threshold <milliseconds>." in order to enable it. If we weren't in a deep space mission I'd suggest to take a look at https://redis.io/topics/latency-monitor.\n`;
  }
  let report = "";
  const wanted = new Set<string>();
  let eventnum = 0;
  for (const [event, ts] of monitor.events) {
    eventnum++;
    if (eventnum === 1) {
      report +=
        "Dave, I have observed latency spikes in this Redis instance. You don't mind talking about it, do you Dave?\n\n";
    }
    const samples = LatencyMonitor.samples(ts);
    const sum = samples.reduce((a, s) => a + s.latency, 0);
    const avg = samples.length > 0 ? Math.floor(sum / samples.length) : 0;
    const oldest = samples.reduce((a, s) => (a === 0 || s.time < a ? s.time : a), 0);
    let period = samples.length > 0 ? Math.floor(nowMs / 1000) - oldest : 0;
    if (samples.length > 0 && period === 0) period = 1;
    const mad = samples.length > 0
      ? Math.floor(samples.reduce((a, s) => a + Math.abs(avg - s.latency), 0) / samples.length)
      : 0;
    report +=
      `${eventnum}. ${event}: ${samples.length} latency spikes (average ${avg}ms, mean deviation ${mad}ms, period ${
        (period / samples.length).toFixed(2)
      } sec). Worst all time event ${ts.max}ms.`;
    const lower = event.toLowerCase();
    if (lower === "command") {
      if (facts.slowlogSlowerThan < 0) wanted.add("slowlog-enabled");
      else if (Math.trunc(facts.slowlogSlowerThan / 1000) > facts.threshold) wanted.add("slowlog-tuning");
    }
    if (ADVISED_EVENTS.has(lower)) wanted.add(lower);
    report += "\n";
  }
  if (eventnum === 0 && wanted.size === 0) {
    return report +
      "Dave, no latency spike was observed during the lifetime of this Redis instance, not in the slightest bit. I honestly think you ought to sit down calmly, take a stress pill, and think things over.\n";
  }
  if (wanted.size === 0) {
    return report +
      "\nWhile there are latency events logged, I'm not able to suggest any easy fix. Please use the Redis community to get some help, providing this report in your help request.\n";
  }
  report += "\nI have a few advices for you:\n\n";
  for (const a of ADVICES) {
    if (!a.events.some((e) => wanted.has(e))) continue;
    const text = a.text(facts);
    if (text !== null) report += text;
  }
  return report;
}
