package org.parallax.ingest.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Unicode NFC, odd spaces made plain, invisible characters dropped, runs of whitespace collapsed.
 * Typographic quotes and dashes are kept. Pure functions; thread-safe.
 */
public final class TextNormaliser {

  private static final Pattern ODD_SPACES =
      Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t]");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private TextNormaliser() {}

  /**
   * Normalises a whole document but keeps its line structure: NFC, {@code \r\n} and {@code \r} to
   * {@code \n}, odd spaces to plain ones, invisible characters removed, each line trimmed.
   */
  public static String document(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
    s = INVISIBLE.matcher(s).replaceAll("");
    s = ODD_SPACES.matcher(s).replaceAll(" ");
    s = SPACES.matcher(s).replaceAll(" ");
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.split("\n", -1)) {
      out.append(line.strip()).append('\n');
    }
    return out.toString();
  }

  /** Normalises one paragraph: NFC, invisible characters removed, all whitespace to one space. */
  public static String inline(String text) {
    if (text == null) {
      return null;
    }
    if (isPlain(text)) {
      return text;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = INVISIBLE.matcher(s).replaceAll("");
    s = ODD_SPACES.matcher(s).replaceAll(" ");
    return WHITESPACE.matcher(s).replaceAll(" ").strip();
  }

  /**
   * Whether {@code text} is already normalised: no leading or trailing space, single plain spaces,
   * and only characters below U+0300 that need no composition, or common punctuation.
   */
  private static boolean isPlain(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return n == 0;
    }
    char prev = 'x';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean ok =
          c == ' '
              ? prev != ' '
              : c > ' ' && c < 0x7f
                  || c >= 0xa1 && c < 0x300 && c != 0xad
                  || c >= 0x2010 && c <= 0x2027;
      if (!ok) {
        return false;
      }
      prev = c;
    }
    return true;
  }

  /** The number of whitespace-separated words. */
  public static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
