package org.parallax.bench.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** B-cubed and pairwise precision, recall and F1 of a clustering against gold. Pure functions. */
public final class ClusterScores {

  private ClusterScores() {}

  /**
   * Precision, recall and F1.
   *
   * @param p precision
   * @param r recall
   * @param f1 harmonic mean
   */
  public record Prf(double p, double r, double f1) {
    static Prf of(double p, double r) {
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** B-cubed over {@code items}: each item's cluster against its gold class, averaged. */
  public static Prf bcubed(List<String> items, Map<String, String> pred, Map<String, String> gold) {
    Map<String, Integer> predSize = counts(items, pred);
    Map<String, Integer> goldSize = counts(items, gold);
    Map<String, Integer> both = new HashMap<>();
    for (String i : items) {
      both.merge(pred.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (String i : items) {
      int inter = both.get(pred.get(i) + "\u0000" + gold.get(i));
      p += inter / (double) predSize.get(pred.get(i));
      r += inter / (double) goldSize.get(gold.get(i));
    }
    return Prf.of(p / items.size(), r / items.size());
  }

  /** Pairwise: over all unordered pairs of {@code items}, same-cluster decisions against gold. */
  public static Prf pairwise(
      List<String> items, Map<String, String> pred, Map<String, String> gold) {
    long tp = 0;
    long predPairs = 0;
    long goldPairs = 0;
    for (int a = 0; a < items.size(); a++) {
      for (int b = a + 1; b < items.size(); b++) {
        boolean sp = Objects.equals(pred.get(items.get(a)), pred.get(items.get(b)));
        boolean sg = Objects.equals(gold.get(items.get(a)), gold.get(items.get(b)));
        predPairs += sp ? 1 : 0;
        goldPairs += sg ? 1 : 0;
        tp += sp && sg ? 1 : 0;
      }
    }
    return Prf.of(
        predPairs == 0 ? 1 : tp / (double) predPairs, goldPairs == 0 ? 1 : tp / (double) goldPairs);
  }

  private static Map<String, Integer> counts(List<String> items, Map<String, String> cluster) {
    Map<String, Integer> out = new HashMap<>();
    for (String i : items) {
      out.merge(cluster.get(i), 1, Integer::sum);
    }
    return out;
  }
}
