package org.parallax.compare.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.core.embed.Embedder;

/**
 * Groups sentences of different articles that say the same thing. Sentence pairs are scored by
 * {@link PairScores} (embedding cosine plus agreement of canonical entities, content words, numbers
 * and dates). Within each pair of articles, sentences are matched one to one by {@link
 * PairMatcher}; the matches of all pairs of articles are then merged greedily, best first, into
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
    float[][] vectors =
        embedder
            .embedAll(sentences.stream().map(s -> s.span().text()).toList())
            .toArray(float[][]::new);
    PairScores scores = new PairScores(sentences, vectors, weights);
    TreeMap<Integer, List<Integer>> byMember = new TreeMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      byMember.computeIfAbsent(sentences.get(i).member(), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> members = new ArrayList<>(byMember.values());
    List<PairMatcher.Match> matches = new ArrayList<>();
    for (int p = 0; p < members.size(); p++) {
      for (int q = p + 1; q < members.size(); q++) {
        matches.addAll(PairMatcher.match(members.get(p), members.get(q), scores, weights));
      }
    }
    matches.sort(Comparator.comparingDouble(PairMatcher.Match::score).reversed());
    Groups groups = new Groups(sentences);
    for (PairMatcher.Match m : matches) {
      int a = groups.find(m.i());
      int b = groups.find(m.j());
      if (a != b
          && !groups.shareArticle(a, b)
          && groups.averageScore(a, b, scores::score) >= weights.averageLink()) {
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
          min = Math.min(min, scores.score(m[x], m[y]));
        }
      }
      weakest[g] = min;
    }
    return new Alignment(out, weakest, vectors);
  }

  /**
   * The result of an alignment.
   *
   * @param groups sentence indexes per group
   * @param weakest the lowest pair score in each group
   * @param vectors the sentence vectors, by sentence index
   */
  public record Alignment(List<int[]> groups, double[] weakest, float[][] vectors) {}

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
