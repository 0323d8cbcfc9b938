package org.parallax.compare.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.parallax.core.embed.Embedder;

/**
 * Groups sentences of different articles that say the same thing. Each pair of sentences from
 * different articles is scored by the cosine of their embeddings, plus the agreement of their
 * canonical entities and shared numbers or dates; pairs are then merged greedily, best first, into
 * groups that hold at most one sentence per article and whose average pair score stays above {@link
 * AlignmentWeights#averageLink()} (a constrained average-link clustering). Thread-safe.
 */
public final class ClaimAligner {

  private final Embedder embedder;
  private final AlignmentWeights weights;

  /** Aligns with {@code embedder}'s sentence vectors and {@code weights}. */
  public ClaimAligner(Embedder embedder, AlignmentWeights weights) {
    this.embedder = embedder;
    this.weights = weights;
  }

  /**
   * Groups of indexes into {@code sentences}, each group in input order, singletons included, with
   * the weakest pair score inside each group (1 for a singleton).
   */
  public Alignment align(List<ClaimSentence> sentences) {
    int n = sentences.size();
    float[][] vectors =
        embedder
            .embedAll(sentences.stream().map(s -> s.span().text()).toList())
            .toArray(float[][]::new);
    List<long[]> pairs = new ArrayList<>();
    List<Float> scores = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (sentences.get(i).member() == sentences.get(j).member()) {
          continue;
        }
        double s = score(sentences.get(i), sentences.get(j), vectors[i], vectors[j]);
        if (s >= weights.threshold()) {
          pairs.add(new long[] {i, j});
          scores.add((float) s);
        }
      }
    }
    Integer[] order = new Integer[pairs.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Float.compare(scores.get(b), scores.get(a)));
    Groups groups = new Groups(sentences);
    for (int k : order) {
      int a = groups.find((int) pairs.get(k)[0]);
      int b = groups.find((int) pairs.get(k)[1]);
      if (a == b || groups.shareArticle(a, b)) {
        continue;
      }
      if (groups.averageScore(
              a, b, (i, j) -> score(sentences.get(i), sentences.get(j), vectors[i], vectors[j]))
          >= weights.averageLink()) {
        groups.union(a, b);
      }
    }
    List<int[]> out = groups.groups();
    double[] weakest = new double[out.size()];
    for (int g = 0; g < weakest.length; g++) {
      int[] m = out.get(g);
      double min = 1;
      for (int x = 0; x < m.length; x++) {
        for (int y = x + 1; y < m.length; y++) {
          min =
              Math.min(
                  min,
                  score(sentences.get(m[x]), sentences.get(m[y]), vectors[m[x]], vectors[m[y]]));
        }
      }
      weakest[g] = min;
    }
    return new Alignment(out, weakest);
  }

  /**
   * The result of an alignment.
   *
   * @param groups sentence indexes per group
   * @param weakest the lowest pair score in each group
   */
  public record Alignment(List<int[]> groups, double[] weakest) {}

  /** The alignment score of two sentences whose vectors are {@code u} and {@code v}. */
  double score(ClaimSentence a, ClaimSentence b, float[] u, float[] v) {
    double s = Embedder.cosine(u, v);
    if (!a.entities().isEmpty() && !b.entities().isEmpty()) {
      double j = jaccard(a.entities(), b.entities());
      s += j == 0 ? -weights.entityMismatch() : weights.entityWeight() * j;
    }
    if (intersects(a.numbers(), b.numbers()) || intersects(a.dates(), b.dates())) {
      s += weights.factWeight();
    }
    return s;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    int inter = 0;
    for (String x : a) {
      if (b.contains(x)) {
        inter++;
      }
    }
    return inter / (double) (a.size() + b.size() - inter);
  }

  static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }
}
