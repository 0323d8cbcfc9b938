package org.parallax.ingest.html;

import java.text.Normalizer;

/** Text normalisation shared by the extractors: Unicode NFC and collapsed whitespace. */
final class Text {

  private Text() {}

  /**
   * NFC, every whitespace run (including no-break and zero-width spaces) as one space, stripped.
   */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    if (alreadyClean(s)) {
      return s;
    }
    String nfc =
        Normalizer.isNormalized(s, Normalizer.Form.NFC)
            ? s
            : Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean gap = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (space(c)) {
        gap = !out.isEmpty();
      } else {
        if (gap) {
          out.append(' ');
          gap = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether {@link #clean} would return {@code s} unchanged, by a cheap sufficient test: every
   * character is below U+0300 (no combining marks, so the text is in NFC) and the only whitespace
   * is single ASCII spaces between other characters.
   */
  private static boolean alreadyClean(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '\u0300') {
        return false;
      }
      if (space(c) && (c != ' ' || i == 0 || i == n - 1 || s.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** The length {@link #clean} would give, without building the string (NFC aside). */
  static int cleanLength(String s) {
    int n = 0;
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      if (space(s.charAt(i))) {
        gap = n > 0;
      } else {
        n += gap ? 2 : 1;
        gap = false;
      }
    }
    return n;
  }

  /** Whitespace, no-break and zero-width spaces. */
  private static boolean space(char c) {
    if (c > ' ' && c < '\u007f') {
      return false; // printable ASCII: the common case
    }
    return Character.isWhitespace(c)
        || c == '\u00a0'
        || (c >= '\u2000' && c <= '\u200b')
        || c == '\u202f'
        || c == '\u205f'
        || c == '\u3000'
        || c == '\ufeff';
  }

  /** {@link #clean} or {@code null} when the result is empty. */
  static String orNull(String s) {
    String c = clean(s);
    return c.isEmpty() ? null : c;
  }
}
