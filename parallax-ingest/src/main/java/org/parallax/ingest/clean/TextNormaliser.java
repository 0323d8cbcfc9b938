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
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = INVISIBLE.matcher(s).replaceAll("");
    s = ODD_SPACES.matcher(s).replaceAll(" ");
    return WHITESPACE.matcher(s).replaceAll(" ").strip();
  }

  /** The number of whitespace-separated words. */
  public static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : WHITESPACE.split(t).length;
  }
}
