package org.parallax.group.syndication;

import java.util.Arrays;
import java.util.List;

/** Finds shingles shared by too many documents, and removes them from a set. Pure functions. */
final class CommonShingles {

  private CommonShingles() {}

  /** The shingles (sorted) that occur in more than {@code maxDf} of the sorted distinct sets. */
  static long[] find(List<long[]> sets, int maxDf) {
    int total = 0;
    for (long[] s : sets) {
      total += s.length;
    }
    if (total == 0) {
      return new long[0];
    }
    long[] all = new long[total];
    int k = 0;
    for (long[] s : sets) {
      System.arraycopy(s, 0, all, k, s.length);
      k += s.length;
    }
    Arrays.sort(all);
    long[] out = new long[16];
    int m = 0;
    int run = 1;
    for (int i = 1; i <= all.length; i++) {
      if (i < all.length && all[i] == all[i - 1]) {
        run++;
        continue;
      }
      if (run > maxDf) {
        if (m == out.length) {
          out = Arrays.copyOf(out, m * 2);
        }
        out[m++] = all[i - 1];
      }
      run = 1;
    }
    return Arrays.copyOf(out, m);
  }

  /** {@code set} without the members of {@code common} (both sorted). */
  static long[] without(long[] set, long[] common) {
    long[] out = new long[set.length];
    int m = 0;
    for (long v : set) {
      if (Arrays.binarySearch(common, v) < 0) {
        out[m++] = v;
      }
    }
    return m == set.length ? set : Arrays.copyOf(out, m);
  }
}
