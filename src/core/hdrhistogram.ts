/**
 * The HDR histogram Redis keeps per command for latency tracking (deps/hdr_histogram, configured as
 * server.h's LATENCY_HISTOGRAM_*: 1 ns to 1 s, 2 significant figures), ported for the parts Redis uses:
 * recording, value at a percentile (INFO latencystats) and the logarithmic iteration LATENCY HISTOGRAM
 * reports (first bucket 1024 ns, base 2). Same bucket layout, so the same values land in the same buckets and
 * the replies have redis-server's boundaries.
 */

/** LATENCY_HISTOGRAM_MIN_VALUE and _MAX_VALUE, in nanoseconds. */
export const LATENCY_HISTOGRAM_MIN_VALUE = 1;
export const LATENCY_HISTOGRAM_MAX_VALUE = 1_000_000_000;

/*
 * hdr_calculate_bucket_config for (1, 1e9, 2): 2 * 10^2 values at unit resolution need 8 bits of sub-bucket
 * (256 sub-buckets, 128 per half), the unit magnitude is 0, and 23 buckets cover 1e9.
 */
const SUB_BUCKET_HALF_COUNT_MAGNITUDE = 7;
const SUB_BUCKET_COUNT = 256;
const SUB_BUCKET_HALF_COUNT = 128;
const SUB_BUCKET_MASK = 255;
const BUCKET_COUNT = 23;
const COUNTS_LEN = (BUCKET_COUNT + 1) * SUB_BUCKET_HALF_COUNT;

/** get_bucket_index: values stay below 2^31 (they are clamped to 1e9), so 32-bit arithmetic is exact. */
function bucketIndex(value: number): number {
  const pow2ceiling = 32 - Math.clz32(value | SUB_BUCKET_MASK);
  return pow2ceiling - (SUB_BUCKET_HALF_COUNT_MAGNITUDE + 1);
}

function subBucketIndex(value: number, bucket: number): number {
  return value >>> bucket;
}

/** counts_index_for */
function countsIndexFor(value: number): number {
  const bucket = bucketIndex(value);
  const sub = subBucketIndex(value, bucket);
  return ((bucket + 1) << SUB_BUCKET_HALF_COUNT_MAGNITUDE) + (sub - SUB_BUCKET_HALF_COUNT);
}

/** hdr_value_at_index */
function valueAtIndex(index: number): number {
  let bucket = (index >> SUB_BUCKET_HALF_COUNT_MAGNITUDE) - 1;
  let sub = (index & (SUB_BUCKET_HALF_COUNT - 1)) + SUB_BUCKET_HALF_COUNT;
  if (bucket < 0) {
    sub -= SUB_BUCKET_HALF_COUNT;
    bucket = 0;
  }
  return sub * 2 ** bucket;
}

/** size_of_equivalent_value_range: the width of the sub-bucket holding `value`. */
function equivalentRange(value: number): number {
  const bucket = bucketIndex(value);
  const sub = subBucketIndex(value, bucket);
  return 2 ** (sub >= SUB_BUCKET_COUNT ? bucket + 1 : bucket);
}

/** lowest_equivalent_value */
export function lowestEquivalentValue(value: number): number {
  const bucket = bucketIndex(value);
  return subBucketIndex(value, bucket) * 2 ** bucket;
}

/** highest_equivalent_value */
export function highestEquivalentValue(value: number): number {
  return lowestEquivalentValue(value) + equivalentRange(value) - 1;
}

export class HdrHistogram {
  readonly counts: Float64Array = new Float64Array(COUNTS_LEN);
  totalCount = 0;

  /** updateCommandLatencyHistogram: `ns` clamped to the histogram's range, then hdr_record_value. */
  record(ns: number): void {
    let v = Math.round(ns);
    if (v < LATENCY_HISTOGRAM_MIN_VALUE) v = LATENCY_HISTOGRAM_MIN_VALUE;
    if (v > LATENCY_HISTOGRAM_MAX_VALUE) v = LATENCY_HISTOGRAM_MAX_VALUE;
    this.counts[countsIndexFor(v)]++;
    this.totalCount++;
  }

  /** hdr_value_at_percentile */
  valueAtPercentile(percentile: number): number {
    const requested = percentile < 100 ? percentile : 100;
    const countAtPercentile = Math.max(1, Math.trunc((requested / 100) * this.totalCount + 0.5));
    let value = 0;
    let seen = 0;
    for (let i = 0; i < COUNTS_LEN; i++) {
      seen += this.counts[i];
      if (seen >= countAtPercentile) {
        value = valueAtIndex(i);
        break;
      }
    }
    return percentile === 0 ? lowestEquivalentValue(value) : highestEquivalentValue(value);
  }

  /**
   * hdr_iter_log_init(h, 1024, 2) walked as fillCommandCDF walks it: at each reporting level (1024 ns,
   * 2048 ns, ...) the highest value equivalent to the first recorded slot at or past it, and the count of
   * every value up to that slot. Levels that add nothing are left out, as Redis leaves them out.
   */
  logBuckets(): { highestEquivalent: number; cumulative: number }[] {
    const out: { highestEquivalent: number; cumulative: number }[] = [];
    let index = -1;
    let cumulative = 0;
    let value = 0;
    let highest = 0;
    let level = 1024;
    let levelLowest = lowestEquivalentValue(level);
    let previous = 0;
    const emit = () => {
      if (cumulative > previous) out.push({ highestEquivalent: highest, cumulative });
      previous = cumulative;
    };
    for (;;) {
      // log_iter_next: go on while counts remain, or the next slot lies past the reporting level.
      const more = cumulative < this.totalCount ||
        (index < COUNTS_LEN && valueAtIndex(index + 1) > levelLowest);
      if (!more) return out;
      for (;;) {
        if (value >= levelLowest) {
          level *= 2;
          levelLowest = lowestEquivalentValue(Math.min(level, LATENCY_HISTOGRAM_MAX_VALUE * 2));
          emit();
          break;
        }
        index++;
        if (index >= COUNTS_LEN) {
          emit();
          return out;
        }
        cumulative += this.counts[index];
        value = valueAtIndex(index);
        highest = lowestEquivalentValue(value) + equivalentRange(value) - 1;
      }
    }
  }
}
