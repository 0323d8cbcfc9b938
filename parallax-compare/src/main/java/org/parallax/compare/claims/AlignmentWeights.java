package org.parallax.compare.claims;

/**
 * How sentence pairs are scored and when they are aligned.
 *
 * @param threshold a pair scoring at least this may start or join a claim
 * @param averageLink two groups merge only when their average pair score is at least this
 * @param entityWeight weight of the Jaccard agreement of canonical entities
 * @param entityMismatch penalty when both sentences name entities and share none
 * @param factWeight bonus when the sentences share a number or date
 */
public record AlignmentWeights(
    double threshold,
    double averageLink,
    double entityWeight,
    double entityMismatch,
    double factWeight) {

  /**
   * Defaults tuned for all-MiniLM-L6-v2 on the seeds and ECB+ (see {@code parallax bench claims}).
   */
  public static AlignmentWeights defaults() {
    return new AlignmentWeights(0.60, 0.55, 0.15, 0.05, 0.05);
  }

  /** These weights with another threshold (the average-link bar moves with it). */
  public AlignmentWeights withThreshold(double t) {
    return new AlignmentWeights(
        t, t - (threshold - averageLink), entityWeight, entityMismatch, factWeight);
  }
}
