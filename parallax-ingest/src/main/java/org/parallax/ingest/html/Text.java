package org.parallax.ingest.html;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text normalisation shared by the extractors: Unicode NFC and collapsed whitespace. */
final class Text {

  private static final Pattern SPACE =
      Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]+");

  private Text() {}

  /**
   * NFC, every whitespace run (including no-break and zero-width spaces) as one space, stripped.
   */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    String nfc =
        Normalizer.isNormalized(s, Normalizer.Form.NFC)
            ? s
            : Normalizer.normalize(s, Normalizer.Form.NFC);
    return SPACE.matcher(nfc).replaceAll(" ").strip();
  }

  /** {@link #clean} or {@code null} when the result is empty. */
  static String orNull(String s) {
    String c = clean(s);
    return c.isEmpty() ? null : c;
  }
}
