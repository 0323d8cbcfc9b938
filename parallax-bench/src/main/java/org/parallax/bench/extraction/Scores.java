package org.parallax.bench.extraction;

/**
 * Corpus-level scores of one tool on one set.
 *
 * @param precision precision
 * @param recall recall
 * @param f1 F1 (harmonic mean of precision and recall unless a metric defines it otherwise)
 * @param accuracy the set's accuracy figure, or NaN when it has none
 */
public record Scores(double precision, double recall, double f1, double accuracy) {

  /** Scores whose F1 is the harmonic mean of precision and recall. */
  public static Scores of(double precision, double recall, double accuracy) {
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Scores(precision, recall, f1, accuracy);
  }
}
