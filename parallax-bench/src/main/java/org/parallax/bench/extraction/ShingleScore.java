package org.parallax.bench.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Scrapinghub Article Extraction Benchmark metric. Each text becomes a multiset of word 4-gram
 * shingles (a text shorter than four words is one shingle of all its words, the empty text one
 * empty shingle); per page tp, fp and fn are the matched, extra and missing shingle counts,
 * normalised to sum to 1 so every page weighs the same. Over a corpus, precision and recall are
 * means over pages and F1 is their harmonic mean.
 *
 * @param tp the normalised true-positive share
 * @param fp the normalised false-positive share
 * @param fn the normalised false-negative share
 * @param exact whether the two token sequences are equal
 */
public record ShingleScore(double tp, double fp, double fn, boolean exact) {

  /** The shingle size used by the benchmark. */
  public static final int N = 4;

  /** Scores one prediction against its gold text. */
  public static ShingleScore of(String gold, String predicted) {
    List<String> g = Tokens.words(gold);
    List<String> p = Tokens.words(predicted);
    Map<List<String>, Integer> gs = shingles(g);
    Map<List<String>, Integer> ps = shingles(p);
    Set<List<String>> keys = new HashSet<>(gs.keySet());
    keys.addAll(ps.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> k : keys) {
      int gc = gs.getOrDefault(k, 0);
      int pc = ps.getOrDefault(k, 0);
      tp += Math.min(gc, pc);
      fp += Math.max(0, pc - gc);
      fn += Math.max(0, gc - pc);
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    return new ShingleScore(tp, fp, fn, g.equals(p));
  }

  private static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    int count = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < count; i++) {
      List<String> key = List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N)));
      out.merge(key, 1, Integer::sum);
    }
    return out;
  }

  /** Corpus precision, recall, F1 and exact-match accuracy over per-page scores. */
  public static Scores summarise(List<ShingleScore> pages) {
    double p = 0;
    int pn = 0;
    double r = 0;
    int rn = 0;
    int exact = 0;
    for (ShingleScore s : pages) {
      if (s.tp + s.fp > 0) {
        p += s.tp / (s.tp + s.fp);
        pn++;
      }
      if (s.tp + s.fn > 0) {
        r += s.tp / (s.tp + s.fn);
        rn++;
      }
      exact += s.exact ? 1 : 0;
    }
    double precision = pn == 0 ? 0 : p / pn;
    double recall = rn == 0 ? 0 : r / rn;
    return Scores.of(precision, recall, pages.isEmpty() ? 0 : (double) exact / pages.size());
  }
}
