package org.parallax.group.syndication;

import java.util.Arrays;

/**
 * A growable set of unordered document pairs packed into longs; deduplicated on {@link #sorted}.
 */
final class PairSet {

  private long[] pairs = new long[1024];
  private int size;

  void add(int a, int b) {
    if (a == b) {
      return;
    }
    int i = Math.min(a, b);
    int j = Math.max(a, b);
    if (size == pairs.length) {
      pairs = Arrays.copyOf(pairs, size * 2);
    }
    pairs[size++] = ((long) i << 32) | j;
  }

  /** The distinct pairs, sorted. */
  long[] sorted() {
    long[] p = Arrays.copyOf(pairs, size);
    Arrays.sort(p);
    int m = 0;
    for (int k = 0; k < p.length; k++) {
      if (k == 0 || p[k] != p[k - 1]) {
        p[m++] = p[k];
      }
    }
    return Arrays.copyOf(p, m);
  }

  static int first(long pair) {
    return (int) (pair >>> 32);
  }

  static int second(long pair) {
    return (int) pair;
  }
}
