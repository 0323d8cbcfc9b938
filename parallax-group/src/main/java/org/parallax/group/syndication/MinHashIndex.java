package org.parallax.group.syndication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parallax.group.text.Hashing;

/**
 * MinHash signatures and LSH banding. Candidate pairs are found by sorting, per band, the packed
 * (band hash, document) keys, so the cost grows as {@code n log n} with the corpus, not {@code n²}.
 * Not thread-safe while being filled.
 */
final class MinHashIndex {

  private static final int DOC_BITS = 24;
  private static final long DOC_MASK = (1L << DOC_BITS) - 1;

  private final int bands;
  private final int rows;
  private final long[] seeds;
  private final List<long[]> signatures = new ArrayList<>();

  MinHashIndex(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
    this.seeds = new long[bands * rows];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = Hashing.mix(0x5DEECE66DL + i * 0x9E3779B97F4A7C15L);
    }
  }

  /** The MinHash signature of a shingle set. */
  long[] signature(long[] shingles) {
    long[] sig = new long[seeds.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = Hashing.mix(s ^ seeds[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** Adds a document's signature; documents are numbered in order of addition. */
  void add(long[] signature) {
    if (signatures.size() > DOC_MASK) {
      throw new IllegalStateException("more than " + DOC_MASK + " documents in one index");
    }
    signatures.add(signature);
  }

  long[] signatureOf(int doc) {
    return signatures.get(doc);
  }

  /** Fraction of equal signature values: the MinHash estimate of Jaccard resemblance. */
  static double estimate(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
        same++;
      }
    }
    return same / (double) a.length;
  }

  /** Adds every candidate pair {@code (i << 32) | j}, {@code i < j}, to {@code out}. */
  void candidates(int maxBucket, PairSet out) {
    int n = signatures.size();
    long[] keys = new long[n];
    for (int b = 0; b < bands; b++) {
      int m = 0;
      for (int d = 0; d < n; d++) {
        long[] sig = signatures.get(d);
        if (sig[b * rows] == Long.MAX_VALUE) {
          continue;
        }
        long h = b;
        for (int r = 0; r < rows; r++) {
          h = Hashing.mix(h * 31 + sig[b * rows + r]);
        }
        keys[m++] = (h & ~DOC_MASK) | d;
      }
      Arrays.sort(keys, 0, m);
      emitGroups(keys, m, maxBucket, out);
    }
  }

  private static void emitGroups(long[] keys, int m, int maxBucket, PairSet out) {
    int start = 0;
    for (int i = 1; i <= m; i++) {
      if (i == m || (keys[i] & ~DOC_MASK) != (keys[start] & ~DOC_MASK)) {
        int size = i - start;
        int reach = size > maxBucket ? 8 : size;
        for (int x = start; x < i; x++) {
          for (int y = x + 1; y < Math.min(i, x + reach); y++) {
            out.add((int) (keys[x] & DOC_MASK), (int) (keys[y] & DOC_MASK));
          }
        }
        start = i;
      }
    }
  }
}
