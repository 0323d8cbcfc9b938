package org.parallax.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation token of the article's text, with its offsets.
 *
 * @param start first character
 * @param end character after the last
 * @param word the characters
 */
record Tok(int start, int end, String word) {

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{L}\\.){2,}"
              + "|(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|Prof|Hr|Fr|Sgt|Capt)\\.(?=\\s)"
              + "|\\p{Lu}\\.(?=\\s+\\p{Lu})"
              + "|[\\p{L}\\p{M}\\p{Nd}]+(?:[’'\\-][\\p{L}\\p{M}\\p{Nd}]+)*"
              + "|\\S");

  /** The tokens of {@code text} between {@code from} and {@code to}. */
  static List<Tok> of(String text, int from, int to) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      out.add(new Tok(m.start(), m.end(), m.group()));
    }
    return out;
  }

  /** The word lower-cased, with a possessive ending removed. */
  String lower() {
    return bare().toLowerCase(Locale.ROOT);
  }

  /** The word without a possessive {@code ’s}. */
  String bare() {
    if (possessive()) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }

  boolean possessive() {
    return word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"));
  }

  boolean capitalised() {
    return Character.isUpperCase(word.charAt(0));
  }

  boolean isWord() {
    return Character.isLetterOrDigit(word.charAt(0));
  }

  boolean is(String s) {
    return word.equals(s);
  }
}
