package org.parallax.bench.claims;

/**
 * Counts of a binary decision and the scores they give.
 *
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record Scores(int tp, int fp, int fn) {

  /** Precision, 0 when nothing was predicted. */
  public double precision() {
    return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
  }

  /** Recall, 0 when there was nothing to find. */
  public double recall() {
    return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
  }

  /** F1. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The sum of two counts. */
  public Scores plus(Scores o) {
    return new Scores(tp + o.tp, fp + o.fp, fn + o.fn);
  }
}
