package org.parallax.nlp.quotes;

import java.util.List;

/**
 * The article's tokens with the lookups attribution needs: token at an offset, paragraph of an
 * offset, and sentence bounds outside quotes.
 */
final class Frames {

  final String text;
  final List<Tok> toks;
  final List<int[]> paragraphs;

  Frames(String text) {
    this.text = text;
    this.toks = Tok.of(text, 0, text.length());
    this.paragraphs = QuoteFinder.paragraphs(text);
  }

  /** Index of the first token that starts at or after {@code offset}. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Index of the paragraph holding {@code offset} (the nearest one before it between paragraphs).
   */
  int paragraphOf(int offset) {
    int found = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i)[0] <= offset) {
        found = i;
      } else {
        break;
      }
    }
    return found;
  }

  /** Whether token {@code i} ends a sentence. */
  boolean sentenceEnd(int i) {
    Tok t = toks.get(i);
    if (!(t.is(".") || t.is("!") || t.is("?"))) {
      return false;
    }
    if (i + 1 >= toks.size()) {
      return true;
    }
    Tok n = toks.get(i + 1);
    if (n.start() == t.end() && "\"”“»«'’".indexOf(n.word().charAt(0)) >= 0) {
      if (i + 2 >= toks.size()) {
        return true;
      }
      Tok after = toks.get(i + 2);
      return after.start() > n.end() && Character.isUpperCase(after.word().charAt(0));
    }
    char c = n.word().charAt(0);
    return n.start() > t.end() && (Character.isUpperCase(c) || "\"“„«»'".indexOf(c) >= 0);
  }

  /**
   * Token index where the sentence holding token {@code before - 1} starts, not before {@code
   * floor}.
   */
  int sentenceStart(int before, int floor) {
    for (int i = before - 1; i >= floor; i--) {
      if (sentenceEnd(i)) {
        return i + 1;
      }
    }
    return floor;
  }

  /**
   * Token index just after the end of the sentence that goes on at token {@code from}, before
   * {@code ceil}.
   */
  int sentenceStop(int from, int ceil) {
    for (int i = from; i < ceil; i++) {
      if (sentenceEnd(i)) {
        return i + 1;
      }
    }
    return ceil;
  }
}
