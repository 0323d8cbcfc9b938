package org.parallax.group.text;

import java.util.Arrays;
import java.util.List;

/**
 * The word {@code k}-shingles of a text as 64-bit hashes: {@link #sequence()} in text order (for
 * finding shared passages) and {@link #set()} sorted and distinct (for set similarity).
 *
 * @param tokens the text's word tokens
 * @param k words per shingle
 * @param sequence the hash of the shingle starting at each token, in order ({@code tokens - k + 1}
 *     of them, or one for a text shorter than {@code k} words, none for an empty text)
 * @param set the distinct hashes, sorted
 */
public record Shingles(List<Words.Token> tokens, int k, long[] sequence, long[] set) {

  /** The {@code k}-word shingles of {@code text}. */
  public static Shingles of(String text, int k) {
    List<Words.Token> tokens = Words.tokens(text);
    long[] tokenHashes = new long[tokens.size()];
    for (int i = 0; i < tokenHashes.length; i++) {
      tokenHashes[i] = Hashing.hash(tokens.get(i).form());
    }
    int n = tokens.isEmpty() ? 0 : Math.max(1, tokens.size() - k + 1);
    long[] seq = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(i + k, tokenHashes.length); j++) {
        h = Hashing.mix(h * 31 + tokenHashes[j]);
      }
      seq[i] = h;
    }
    long[] set = seq.clone();
    Arrays.sort(set);
    int m = 0;
    for (int i = 0; i < set.length; i++) {
      if (i == 0 || set[i] != set[i - 1]) {
        set[m++] = set[i];
      }
    }
    return new Shingles(List.copyOf(tokens), k, seq, Arrays.copyOf(set, m));
  }

  /** Number of distinct shingles. */
  public int size() {
    return set.length;
  }

  /** Number of distinct shingles two sorted sets share. */
  public static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }
}
