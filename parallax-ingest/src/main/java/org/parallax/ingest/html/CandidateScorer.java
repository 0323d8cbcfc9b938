package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Readability-style scoring of container elements: every substantial text block adds a score
 * (commas, length) to its nearest five ancestors, containers start from tag and class cues, and the
 * final score is discounted by link density. Blocks that also occur in the page's JSON-LD {@code
 * articleBody} count extra.
 */
final class CandidateScorer {

  private static final int LEVELS = 5;

  /** A scored container. */
  static final class Candidate {
    final org.jsoup.nodes.Element element;
    double score;
    long chars;
    long linkChars;
    int contentBlocks;

    Candidate(org.jsoup.nodes.Element element) {
      this.element = element;
      this.score = Cues.tagWeight(element) + Cues.classWeight(element);
    }

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }

    double finalScore() {
      return score * (1 - linkDensity());
    }
  }

  private final Map<org.jsoup.nodes.Element, Candidate> candidates = new IdentityHashMap<>();

  /** The candidates in the order they were first seen, so that ties rank the same on every run. */
  private final List<Candidate> inOrder = new ArrayList<>();

  /** Scores containers from {@code blocks}; {@code articleBody} may be {@code null}. */
  static CandidateScorer score(List<Block> blocks, String articleBody) {
    CandidateScorer s = new CandidateScorer();
    for (Block b : blocks) {
      s.add(b, articleBody);
    }
    return s;
  }

  private void add(Block b, String articleBody) {
    if (b.kind() == Block.Kind.CAPTION || b.kind() == Block.Kind.HEADING) {
      return;
    }
    String text = b.text();
    org.jsoup.nodes.Element e = b.element().parent();
    double content = 0;
    if (text.length() >= 25) {
      content = 1 + commas(text) + Math.min(text.length() / 100, 3);
      if (articleBody != null && text.length() >= 40 && articleBody.contains(text)) {
        content = content * 2 + 3;
      }
    }
    for (int level = 0; level < LEVELS && e != null; level++) {
      if (e.normalName().equals("html")) {
        break;
      }
      Candidate c = candidates.get(e);
      if (c == null) {
        c = new Candidate(e);
        candidates.put(e, c);
        inOrder.add(c);
      }
      c.chars += text.length();
      c.linkChars += b.linkChars();
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      c.score += content / divider;
      if (content > 0) {
        c.contentBlocks++;
      }
      e = e.parent();
    }
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == ',' || ch == '\uff0c' || ch == '\u060c' || ch == '\u3001') {
        n++;
      }
    }
    return n;
  }

  /** The candidate for an element, or {@code null} when it was never scored. */
  Candidate get(org.jsoup.nodes.Element e) {
    return candidates.get(e);
  }

  /** The best few candidates that hold at least one substantial block, best first. */
  List<Candidate> top(int n) {
    List<Candidate> all = new ArrayList<>();
    for (Candidate c : inOrder) {
      if (c.contentBlocks > 0) {
        all.add(c);
      }
    }
    all.sort((a, b) -> Double.compare(b.finalScore(), a.finalScore()));
    return all.subList(0, Math.min(n, all.size()));
  }
}
