package org.parallax.compare.claims;

import java.util.ArrayList;
import java.util.List;
import org.parallax.compare.story.Member;
import org.parallax.core.embed.Embedder;
import org.parallax.core.model.Article;
import org.parallax.core.model.Span;

/**
 * Widens the evidence of aligned claims from one sentence to a window of two when the point is
 * spread over two sentences: a sentence of a claim takes in its neighbour (the candidate sentence
 * just before or after it in the same paragraph: a point does not run across a paragraph break)
 * when the neighbour is in no other claim and the two together are, on average, closer in meaning
 * to the claim's sentences in the other articles than the sentence alone, by at least {@link
 * AlignmentWeights#windowGain()}. The window's span runs from the first sentence's start to the
 * second's end, exact offsets into the article's text. The neighbour then belongs to that claim and
 * leaves its own single-sentence claim.
 */
final class EvidenceWindows {

  private EvidenceWindows() {}

  /**
   * The widened groups: {@code spans} receives, per sentence index, its evidence span (its own
   * unless widened); groups whose only sentence was taken in by a window are dropped.
   */
  static List<int[]> widen(
      List<int[]> groups,
      List<ClaimSentence> sentences,
      float[][] vectors,
      List<Member> members,
      Embedder embedder,
      double gain,
      Span[] spans) {
    int n = sentences.size();
    for (int i = 0; i < n; i++) {
      spans[i] = sentences.get(i).span();
    }
    boolean[] free = new boolean[n];
    for (int[] g : groups) {
      if (g.length == 1) {
        free[g[0]] = true;
      }
    }
    boolean[] absorbed = new boolean[n];
    for (int[] g : groups) {
      if (g.length < 2) {
        continue;
      }
      for (int s : g) {
        Window best = null;
        for (int nb : new int[] {s - 1, s + 1}) {
          if (nb < 0
              || nb >= n
              || !free[nb]
              || sentences.get(nb).member() != sentences.get(s).member()
              || !sameParagraph(sentences.get(s), sentences.get(nb), members)) {
            continue;
          }
          Window w = window(s, nb, g, sentences, vectors, members, embedder);
          if (w.gain() >= gain && (best == null || w.gain() > best.gain())) {
            best = w;
          }
        }
        if (best != null) {
          spans[s] = best.span();
          free[best.neighbour()] = false;
          absorbed[best.neighbour()] = true;
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int[] g : groups) {
      if (!(g.length == 1 && absorbed[g[0]])) {
        out.add(g);
      }
    }
    return out;
  }

  /** Whether no paragraph break lies between two sentences of one article. */
  static boolean sameParagraph(ClaimSentence a, ClaimSentence b, List<Member> members) {
    String text = members.get(a.member()).article().text();
    int from = Math.min(a.span().end(), b.span().end());
    int to = Math.max(a.span().start(), b.span().start());
    int gap = text.indexOf(Article.PARAGRAPH_SEPARATOR, from);
    return gap < 0 || gap >= to;
  }

  private static Window window(
      int s,
      int nb,
      int[] group,
      List<ClaimSentence> sentences,
      float[][] vectors,
      List<Member> members,
      Embedder embedder) {
    Span a = sentences.get(Math.min(s, nb)).span();
    Span b = sentences.get(Math.max(s, nb)).span();
    String text = members.get(sentences.get(s).member()).article().text();
    Span span = Span.of(text, a.start(), b.end());
    float[] v = embedder.embed(span.text());
    double sum = 0;
    int k = 0;
    for (int o : group) {
      if (o != s) {
        sum += Embedder.cosine(v, vectors[o]) - Embedder.cosine(vectors[s], vectors[o]);
        k++;
      }
    }
    return new Window(nb, span, sum / k);
  }

  private record Window(int neighbour, Span span, double gain) {}
}
