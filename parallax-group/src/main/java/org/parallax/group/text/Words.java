package org.parallax.group.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word tokens of a text: maximal runs of letters and digits (with inner apostrophes), lower-cased,
 * accents kept, each with its character offsets. Pure functions; thread-safe.
 */
public final class Words {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

  private Words() {}

  /** The tokens of {@code text} with their offsets. */
  public static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Token(normalise(m.group()), m.start(), m.end()));
    }
    return out;
  }

  /** The lower-cased forms only. */
  public static List<String> forms(String text) {
    List<Token> tokens = tokens(text);
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.form());
    }
    return out;
  }

  static String normalise(String word) {
    String w = word.replace('’', '\'').toLowerCase(Locale.ROOT);
    return Normalizer.isNormalized(w, Normalizer.Form.NFC)
        ? w
        : Normalizer.normalize(w, Normalizer.Form.NFC);
  }

  /**
   * One word.
   *
   * @param form the lower-cased word
   * @param start first character in the text
   * @param end one past the last character
   */
  public record Token(String form, int start, int end) {}
}
