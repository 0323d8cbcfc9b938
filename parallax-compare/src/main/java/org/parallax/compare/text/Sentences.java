package org.parallax.compare.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.core.model.Article;
import org.parallax.core.model.Span;

/** Sentence spans of an article. Thread-safe. */
public final class Sentences {

  private Sentences() {}

  /**
   * The article's sentences: those from enrichment where present, else split with the JDK's
   * sentence break rules paragraph by paragraph (a sentence never crosses a paragraph break).
   */
  public static List<Span> of(Article article) {
    if (!article.sentences().isEmpty()) {
      return article.sentences();
    }
    return split(article.text());
  }

  /** Splits {@code text} into trimmed, non-empty sentence spans. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int para = 0;
    while (para < text.length()) {
      int next = text.indexOf("\n\n", para);
      int end = next < 0 ? text.length() : next;
      splitParagraph(text, para, end, out);
      para = next < 0 ? text.length() : next + 2;
    }
    return out;
  }

  private static void splitParagraph(String text, int from, int to, List<Span> out) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text.substring(from, to));
    int start = it.first();
    int pending = -1;
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int s = pending >= 0 ? pending : start;
      String piece = text.substring(from + start, from + end).strip();
      if (endsWithAbbreviation(piece) && end < to - from) {
        pending = s;
        continue;
      }
      pending = -1;
      add(text, from + s, from + end, out);
    }
    if (pending >= 0) {
      add(text, from + pending, to, out);
    }
  }

  private static boolean endsWithAbbreviation(String piece) {
    return piece.matches(
        "(?s).*\\b(Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Jr|Sr|No|U\\.S|U\\.N|[A-Z])\\.$");
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(Span.of(text, start, end));
    }
  }
}
