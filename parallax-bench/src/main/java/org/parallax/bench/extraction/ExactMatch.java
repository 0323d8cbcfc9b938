package org.parallax.bench.extraction;

import java.text.Normalizer;
import java.util.List;

/**
 * Title and author exact match: NFC and whitespace-normalised strings compared as they are; several
 * authors are joined with {@code "; "} as in the trafilatura gold.
 */
public final class ExactMatch {

  private ExactMatch() {}

  /** Whether the output equals the gold after normalisation; a missing output never matches. */
  public static boolean matches(String gold, String output) {
    if (gold == null || output == null) {
      return false;
    }
    return norm(gold).equals(norm(output));
  }

  /** Joins authors as the gold sets do. */
  public static String authors(List<String> authors) {
    return authors.isEmpty() ? null : String.join("; ", authors);
  }

  private static String norm(String s) {
    return Tokens.squash(Normalizer.normalize(s, Normalizer.Form.NFC));
  }
}
