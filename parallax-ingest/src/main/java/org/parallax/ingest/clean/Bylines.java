package org.parallax.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads bylines: "By Jane Doe and John Roe", "Peter Symonds", "By Jane Doe, Washington". A name is
 * two to five capitalised words (particles such as "de" or "van" and initials allowed). Pure
 * functions; thread-safe.
 */
public final class Bylines {

  private static final Pattern BY =
      Pattern.compile("^(?:by|words by|written by|von|par|por)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\|)\\s*");
  private static final Pattern NAME_WORD =
      Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|Mc\\p{Lu}\\p{L}+|O’\\p{Lu}\\p{L}+)$");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "di", "del", "der", "van", "von", "le", "la", "du", "bin", "al", "el", "dos",
          "ibn");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "a",
          "an",
          "in",
          "on",
          "of",
          "for",
          "with",
          "from",
          "to",
          "is",
          "are",
          "was",
          "news",
          "staff",
          "editor",
          "reporter",
          "correspondent",
          "updated",
          "published",
          "posted");

  private Bylines() {}

  /**
   * The authors named by {@code line}, or empty when it is not a byline. Without a leading "By",
   * every part must look like a name.
   */
  public static Optional<List<String>> parse(String line) {
    String s = line.strip();
    boolean by = false;
    var m = BY.matcher(s);
    if (m.find()) {
      by = true;
      s = s.substring(m.end());
    }
    if (s.isEmpty() || s.matches(".*\\d.*") && !by || s.endsWith(".") && !by) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (String part : SEPARATORS.split(s)) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (isName(p)) {
        names.add(p);
      } else if (!by || names.isEmpty()) {
        return Optional.empty();
      } else {
        break; // "By Jane Doe, Washington correspondent": the rest is a role or a place
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
  }

  /** Whether {@code s} looks like a person's name. */
  public static boolean isName(String s) {
    String[] words = s.split("\\s+");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    int capitalised = 0;
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (NOT_NAMES.contains(lower)) {
        return false;
      }
      if (PARTICLES.contains(lower)) {
        continue;
      }
      if (!NAME_WORD.matcher(w).matches()) {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 2;
  }
}
