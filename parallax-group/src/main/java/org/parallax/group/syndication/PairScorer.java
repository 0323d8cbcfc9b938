package org.parallax.group.syndication;

import java.util.Arrays;
import org.parallax.core.model.Span;
import org.parallax.core.story.PairEvidence;
import org.parallax.group.text.Shingles;

/** Exact pair scores on shingle sets, and the longest shared passage. Pure functions. */
final class PairScorer {

  /** Longest passage kept as evidence, in characters; longer ones are cut at a word end. */
  static final int MAX_PASSAGE_CHARS = 600;

  private PairScorer() {}

  /**
   * Exact scores of two documents.
   *
   * @param shared distinct shared shingles
   * @param resemblance Jaccard similarity
   * @param containment shared over the smaller set
   */
  record Scores(int shared, double resemblance, double containment) {}

  static Scores score(long[] a, long[] b) {
    int shared = Shingles.intersection(a, b);
    int union = a.length + b.length - shared;
    int smaller = Math.min(a.length, b.length);
    return new Scores(
        shared,
        union == 0 ? 0 : shared / (double) union,
        smaller == 0 ? 0 : shared / (double) smaller);
  }

  /** The evidence for a linked pair, with the longest shared passage located in both texts. */
  static PairEvidence evidence(
      String idA, String textA, Shingles a, String idB, String textB, Shingles b, Scores s) {
    int bestStart = -1;
    int bestLen = 0;
    int runStart = -1;
    long[] seq = a.sequence();
    for (int i = 0; i <= seq.length; i++) {
      boolean in = i < seq.length && Arrays.binarySearch(b.set(), seq[i]) >= 0;
      if (in && runStart < 0) {
        runStart = i;
      } else if (!in && runStart >= 0) {
        if (i - runStart > bestLen) {
          bestLen = i - runStart;
          bestStart = runStart;
        }
        runStart = -1;
      }
    }
    Span pa = null;
    Span pb = null;
    if (bestStart >= 0) {
      pa = span(textA, a, bestStart, bestLen);
      long first = seq[bestStart];
      long[] seqB = b.sequence();
      for (int j = 0; j < seqB.length; j++) {
        if (seqB[j] == first) {
          pb = span(textB, b, j, Math.min(bestLen, seqB.length - j));
          break;
        }
      }
    }
    return new PairEvidence(idA, idB, s.resemblance(), s.containment(), false, pa, pb);
  }

  private static Span span(String text, Shingles sh, int firstShingle, int shingles) {
    var tokens = sh.tokens();
    int lastToken = Math.min(tokens.size() - 1, firstShingle + shingles - 1 + sh.k() - 1);
    int start = tokens.get(firstShingle).start();
    int end = tokens.get(lastToken).end();
    if (end - start > MAX_PASSAGE_CHARS) {
      int t = firstShingle;
      while (t + 1 <= lastToken && tokens.get(t + 1).end() - start <= MAX_PASSAGE_CHARS) {
        t++;
      }
      end = tokens.get(t).end();
    }
    return Span.of(text, start, end);
  }
}
