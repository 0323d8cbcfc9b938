package org.parallax.compare.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.core.embed.Embedder;

/**
 * The alignment scores of the sentences of one story: the cosine of their embeddings, plus the
 * agreement of their canonical entities, the overlap of their content words (weighted by inverse
 * document frequency over the story's sentences, so that the story's own topic words count little)
 * and a shared number or date. Scores are computed once and kept.
 */
final class PairScores {

  private final List<ClaimSentence> sentences;
  private final float[][] vectors;
  private final AlignmentWeights weights;
  private final Map<String, Double> idf = new HashMap<>();
  private final double[] mass;
  private final float[][] cache;

  PairScores(List<ClaimSentence> sentences, float[][] vectors, AlignmentWeights weights) {
    this.sentences = sentences;
    this.vectors = vectors;
    this.weights = weights;
    Map<String, Integer> df = new HashMap<>();
    for (ClaimSentence s : sentences) {
      s.words().forEach(w -> df.merge(w, 1, Integer::sum));
    }
    int n = sentences.size();
    df.forEach((w, d) -> idf.put(w, Math.log((n + 1.0) / (d + 1.0))));
    mass = new double[n];
    for (int i = 0; i < n; i++) {
      mass[i] = sum(sentences.get(i).words());
    }
    cache = new float[n][];
  }

  /** The score of sentences {@code i} and {@code j}. */
  double score(int i, int j) {
    int a = Math.max(i, j);
    int b = Math.min(i, j);
    if (cache[a] == null) {
      cache[a] = new float[a];
      java.util.Arrays.fill(cache[a], Float.NaN);
    }
    if (Float.isNaN(cache[a][b])) {
      cache[a][b] = (float) compute(a, b);
    }
    return cache[a][b];
  }

  private double compute(int i, int j) {
    ClaimSentence a = sentences.get(i);
    ClaimSentence b = sentences.get(j);
    double s = Embedder.cosine(vectors[i], vectors[j]);
    if (!a.entities().isEmpty() && !b.entities().isEmpty()) {
      double jac = ClaimAligner.jaccard(a.entities(), b.entities());
      s += jac == 0 ? -weights.entityMismatch() : weights.entityWeight() * jac;
    }
    if (weights.wordWeight() != 0 && mass[i] + mass[j] > 0) {
      double shared = 0;
      for (String w : a.words()) {
        if (b.words().contains(w)) {
          shared += idf.get(w);
        }
      }
      s += weights.wordWeight() * 2 * shared / (mass[i] + mass[j]);
    }
    if (ClaimAligner.intersects(a.numbers(), b.numbers())
        || ClaimAligner.intersects(a.dates(), b.dates())) {
      s += weights.factWeight();
    }
    return s;
  }

  private double sum(Set<String> words) {
    double m = 0;
    for (String w : words) {
      m += idf.get(w);
    }
    return m;
  }
}
