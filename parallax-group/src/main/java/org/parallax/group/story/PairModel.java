package org.parallax.group.story;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A learnt article–story score: logistic regression on the pair's {@link #FEATURES} (word,
 * embedding, entity and year cosines, time gap with "unknown" as its own feature). The score is the
 * probability that the article belongs to the story. Fitted by {@link PairTrainer} on labelled
 * topics. The clusterer still multiplies it by the time factor of {@link StoryConfig}, so that the
 * same entities at a distant date (another missile test) stay apart however alike the texts.
 *
 * @param weights one weight per feature, in the order of {@link #FEATURES}
 * @param bias the intercept
 */
public record PairModel(double[] weights, double bias) {

  /** Names of the features, in order. */
  public static final List<String> FEATURES =
      List.of(
          "words",
          "embedding",
          "entities",
          "no entities",
          "time factor",
          "log gap",
          "no time",
          "years",
          "both have years",
          "closest member words");

  /**
   * The model Parallax uses: fitted by {@code parallax bench stories} on the ECB+ train topics
   * (ridge 1, the Enricher's entities, MiniLM embeddings, datelines as dates), rounded to four
   * decimals.
   */
  public static PairModel defaults() {
    return new PairModel(
        new double[] {
          3.6312, 5.5456, 3.5168, 1.1829, 1.4841, -0.8917, -0.4332, 2.6204, -0.3635, 4.2735
        },
        -7.8664);
  }

  /** Checks the number of weights. */
  public PairModel {
    if (weights.length != FEATURES.size()) {
      throw new IllegalArgumentException("expected " + FEATURES.size() + " weights");
    }
    weights = weights.clone();
  }

  /** The probability for a feature vector. */
  public double probability(double[] x) {
    return 1 / (1 + Math.exp(-logit(x)));
  }

  double logit(double[] x) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return z;
  }

  /** The model with weights and bias rounded to four decimals (as written in code). */
  public PairModel rounded() {
    return new PairModel(Arrays.stream(weights).map(PairModel::round4).toArray(), round4(bias));
  }

  private static double round4(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairModel m && Arrays.equals(weights, m.weights) && bias == m.bias;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(weights) + Double.hashCode(bias);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PairModel[bias=%.4f, ", bias)
        + java.util.stream.IntStream.range(0, weights.length)
            .mapToObj(i -> String.format(Locale.ROOT, "%s=%.4f", FEATURES.get(i), weights[i]))
            .collect(Collectors.joining(", "))
        + "]";
  }

  /**
   * The features of a pair.
   *
   * @param words TF-IDF cosine
   * @param embedding embedding cosine, NaN when unknown
   * @param entities entity cosine, NaN when either side has none
   * @param gap days between the two, NaN when either is undated
   * @param years year cosine, NaN when either side names no year
   * @param closest the largest TF-IDF cosine with one of the story's recent members
   */
  static double[] features(
      double words,
      double embedding,
      double entities,
      double gap,
      double years,
      double closest,
      StoryConfig c) {
    boolean known = !Double.isNaN(gap);
    double beyond = known ? Math.max(0, gap - c.graceDays()) : 0;
    return new double[] {
      words,
      Double.isNaN(embedding) ? 0 : embedding,
      Double.isNaN(entities) ? 0 : entities,
      Double.isNaN(entities) ? 1 : 0,
      known ? Math.exp(-beyond / c.timeScaleDays()) : 0,
      known ? Math.log1p(beyond) / Math.log(366) : 0,
      known ? 0 : 1,
      Double.isNaN(years) ? 0 : years,
      Double.isNaN(years) ? 0 : 1,
      closest
    };
  }
}
