package org.parallax.bench.extraction;

import java.util.List;

/**
 * The trafilatura evaluation metric. Output and segments are whitespace-normalised; a "with"
 * segment found in the output is a true positive (missing: false negative), a "without" segment
 * found is a false positive (missing: true negative). Counts are summed over the corpus.
 *
 * @param tp with-segments found
 * @param fn with-segments missing
 * @param fp without-segments found
 * @param tn without-segments missing
 */
public record SegmentScore(int tp, int fn, int fp, int tn) {

  /** Scores one output against the page's segments. */
  public static SegmentScore of(List<String> with, List<String> without, String output) {
    String text = Tokens.squash(output);
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    for (String s : with) {
      if (text.contains(Tokens.squash(s))) {
        tp++;
      } else {
        fn++;
      }
    }
    for (String s : without) {
      if (text.contains(Tokens.squash(s))) {
        fp++;
      } else {
        tn++;
      }
    }
    return new SegmentScore(tp, fn, fp, tn);
  }

  /** Corpus precision, recall, F1 = 2TP/(2TP+FP+FN) and accuracy = (TP+TN)/all. */
  public static Scores summarise(List<SegmentScore> pages) {
    long tp = 0;
    long fn = 0;
    long fp = 0;
    long tn = 0;
    for (SegmentScore s : pages) {
      tp += s.tp;
      fn += s.fn;
      fp += s.fp;
      tn += s.tn;
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    long all = tp + fn + fp + tn;
    return new Scores(p, r, f1, all == 0 ? 0 : (double) (tp + tn) / all);
  }
}
