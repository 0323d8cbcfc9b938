package org.parallax.bench.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenisation shared by the metrics: Unicode {@code \w+} runs, as Python's {@code re} finds them.
 */
final class Tokens {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private Tokens() {}

  /** The word tokens of {@code text} ({@code null} has none). */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The lower-cased word tokens of {@code text}. */
  static List<String> lowerWords(String text) {
    return words(text == null ? null : text.toLowerCase(Locale.ROOT));
  }

  /** Collapses every whitespace run to one space and strips the ends. */
  static String squash(String text) {
    return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
  }
}
