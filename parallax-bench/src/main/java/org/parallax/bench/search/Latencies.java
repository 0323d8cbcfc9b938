package org.parallax.bench.search;

import java.util.Arrays;

/**
 * Latencies of one kind of query, wall-clock and CPU time of the querying thread, in nanoseconds,
 * and their percentiles. Not thread-safe.
 */
final class Latencies {

  private long[] nanos = new long[64];
  private long[] cpu = new long[64];
  private long[] hits = new long[64];
  private int size;

  /** Records one query. */
  void add(long elapsedNanos, long cpuNanos, long hitCount) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
      cpu = Arrays.copyOf(cpu, size * 2);
      hits = Arrays.copyOf(hits, size * 2);
    }
    nanos[size] = elapsedNanos;
    cpu[size] = cpuNanos;
    hits[size] = hitCount;
    size++;
  }

  /** Adds every query of {@code other}. */
  void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      add(other.nanos[i], other.cpu[i], other.hits[i]);
    }
  }

  int size() {
    return size;
  }

  /** The nearest-rank {@code p}-th percentile in milliseconds ({@code p} in (0, 100]). */
  double percentileMillis(double p) {
    return percentile(nanos, p) / 1e6;
  }

  /** The nearest-rank {@code p}-th percentile of CPU time in milliseconds. */
  double cpuPercentileMillis(double p) {
    return percentile(cpu, p) / 1e6;
  }

  /** The median number of hits. */
  long medianHits() {
    return percentile(hits, 50);
  }

  private long percentile(long[] values, double p) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * size);
    return sorted[Math.max(0, Math.min(size, rank) - 1)];
  }
}
