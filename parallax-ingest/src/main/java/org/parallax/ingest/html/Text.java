package org.parallax.ingest.html;

import java.text.Normalizer;

/** Text normalisation shared by the extractors: Unicode NFC and collapsed whitespace. */
final class Text {

  private Text() {}

  /**
   * NFC, every whitespace run (including no-break and zero-width spaces) as one space, stripped.
   */
  static String clean(CharSequence s) {
    if (s == null) {
      return "";
    }
    int below = cleanPrefix(s);
    if (below == s.length()) {
      return s.toString();
    }
    if (below >= 0) {
      return collapse(s, below);
    }
    String str = s.toString();
    String nfc =
        Normalizer.isNormalized(str, Normalizer.Form.NFC)
            ? str
            : Normalizer.normalize(str, Normalizer.Form.NFC);
    return collapse(nfc, 0);
  }

  /**
   * How many leading characters of {@code s} {@link #clean} keeps as they are, when every character
   * is below U+0300 (no combining marks, so the text is in NFC); -1 otherwise. The length of {@code
   * s} means the text is already clean: the only whitespace is single ASCII spaces between other
   * characters.
   */
  private static int cleanPrefix(CharSequence s) {
    int n = s.length();
    int prefix = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '\u0300') {
        return -1;
      }
      if (prefix == n && space(c) && (c != ' ' || i == 0 || i == n - 1 || s.charAt(i - 1) == ' ')) {
        prefix = i == 0 || s.charAt(i - 1) != ' ' ? i : i - 1;
      }
    }
    return prefix;
  }

  /** Whitespace runs of NFC text as single spaces, stripped; the first {@code keep} as they are. */
  private static String collapse(CharSequence s, int keep) {
    int n = s.length();
    char[] out = new char[n];
    int len = 0;
    for (; len < keep; len++) {
      out[len] = s.charAt(len);
    }
    boolean gap = false;
    for (int i = keep; i < n; i++) {
      char c = s.charAt(i);
      if (space(c)) {
        gap = len > 0;
      } else {
        if (gap) {
          out[len++] = ' ';
          gap = false;
        }
        out[len++] = c;
      }
    }
    return new String(out, 0, len);
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
