package org.parallax.group.story;

import java.util.Arrays;
import java.util.Map;

/**
 * A TF-IDF vector as term ids in ascending order with their weights, so that a dot product is a
 * merge of two sorted arrays instead of a hash look-up per term: the closest-member feature
 * compares each new article with a dozen members of every candidate story.
 */
record SparseTerms(int[] ids, double[] weights) {

  /** The vector of {@code terms}, numbering unseen terms in {@code dictionary} as it goes. */
  static SparseTerms of(Map<String, Double> terms, Map<String, Integer> dictionary) {
    long[] packed = new long[terms.size()];
    double[] byId = new double[terms.size()];
    int n = 0;
    for (Map.Entry<String, Double> e : terms.entrySet()) {
      Integer known = dictionary.get(e.getKey());
      int id = known == null ? dictionary.size() : known;
      if (known == null) {
        dictionary.put(e.getKey(), id);
      }
      packed[n] = ((long) id << 32) | n;
      byId[n++] = e.getValue();
    }
    Arrays.sort(packed);
    int[] ids = new int[n];
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      ids[i] = (int) (packed[i] >>> 32);
      weights[i] = byId[(int) packed[i]];
    }
    return new SparseTerms(ids, weights);
  }

  /** The dot product with {@code o}. */
  double dot(SparseTerms o) {
    double d = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < o.ids.length) {
      if (ids[i] < o.ids[j]) {
        i++;
      } else if (ids[i] > o.ids[j]) {
        j++;
      } else {
        d += weights[i++] * o.weights[j++];
      }
    }
    return d;
  }
}
