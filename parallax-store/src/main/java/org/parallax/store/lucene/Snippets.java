package org.parallax.store.lucene;

import java.util.List;
import java.util.Locale;

/** A short passage of an article's text, around the first query word found in it. */
public final class Snippets {

  /** The longest snippet, in characters. */
  public static final int LENGTH = 240;

  private Snippets() {}

  /** The passage of {@code text} around the first of {@code words} it contains, else its start. */
  public static String of(String text, List<String> words) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int at = -1;
    for (String w : words) {
      String stem = w.length() > 5 ? w.substring(0, w.length() - 2) : w;
      int i = lower.indexOf(stem);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    int start = at < 0 ? 0 : Math.max(0, at - LENGTH / 3);
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start++;
    }
    int end = Math.min(text.length(), start + LENGTH);
    while (end < text.length() && end > start && !Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      end = Math.min(text.length(), start + LENGTH);
    }
    String s = text.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "…" : "") + s + (end < text.length() ? "…" : "");
  }
}
