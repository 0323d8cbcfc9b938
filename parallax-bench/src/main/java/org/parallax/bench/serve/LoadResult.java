package org.parallax.bench.serve;

import java.util.Arrays;

/**
 * The latencies of one kind of request (or of all), in nanoseconds, and its error count.
 *
 * @param requests requests completed
 * @param errors responses that were not 200, and failed requests
 * @param latencies every latency, sorted
 */
record LoadResult(long requests, long errors, long[] latencies) {

  static LoadResult of(long[] raw, int count, long errors) {
    long[] sorted = Arrays.copyOf(raw, count);
    Arrays.sort(sorted);
    return new LoadResult(count, errors, sorted);
  }

  /** The {@code p}-th percentile (nearest rank) in milliseconds, NaN when empty. */
  double percentileMs(double p) {
    if (latencies.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * latencies.length);
    return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))] / 1e6;
  }
}
