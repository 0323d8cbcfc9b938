package org.parallax.bench.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WCXB metric: bag-of-words F1 of lower-cased {@code \w+} tokens per page, averaged over pages.
 *
 * @param precision matched tokens over predicted tokens
 * @param recall matched tokens over gold tokens
 * @param f1 their harmonic mean (1 when both texts are empty, 0 when only one is)
 */
public record WordScore(double precision, double recall, double f1) {

  /** Scores one prediction against its gold text. */
  public static WordScore of(String gold, String predicted) {
    List<String> g = Tokens.lowerWords(gold);
    List<String> p = Tokens.lowerWords(predicted);
    if (g.isEmpty() && p.isEmpty()) {
      return new WordScore(1, 1, 1);
    }
    if (g.isEmpty() || p.isEmpty()) {
      return new WordScore(0, 0, 0);
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String t : g) {
      counts.merge(t, 1, Integer::sum);
    }
    int overlap = 0;
    for (String t : p) {
      Integer c = counts.get(t);
      if (c != null && c > 0) {
        overlap++;
        counts.put(t, c - 1);
      }
    }
    double precision = (double) overlap / p.size();
    double recall = (double) overlap / g.size();
    double f1 = overlap == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new WordScore(precision, recall, f1);
  }

  /** Means of precision, recall and F1 over pages (accuracy is NaN). */
  public static Scores summarise(List<WordScore> pages) {
    double p = 0;
    double r = 0;
    double f = 0;
    for (WordScore s : pages) {
      p += s.precision;
      r += s.recall;
      f += s.f1;
    }
    int n = Math.max(1, pages.size());
    return new Scores(p / n, r / n, f / n, Double.NaN);
  }
}
