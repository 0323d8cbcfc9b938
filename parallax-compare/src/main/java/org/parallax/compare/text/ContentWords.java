package org.parallax.compare.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The content words of a text reduced to a crude lemma, so that two sentences can be compared by
 * the words they share: stop words, lone letters and digits dropped, plural and verb endings cut
 * ({@code sanctions} → {@code sanction}, {@code signalled} → {@code signal}, {@code relies} →
 * {@code reli}, {@code relied} → {@code reli}). Both sides of a comparison go through the same
 * rules, so the cut forms need not be words. Thread-safe.
 */
public final class ContentWords {

  /** Shortest stem left after cutting an ending. */
  static final int MIN_STEM = 4;

  private static final String[] ENDINGS = {
    "ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly"
  };

  private ContentWords() {}

  /** The lemmas of the content words among {@code tokens}, in order of first occurrence. */
  public static Set<String> of(List<Token> tokens) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : tokens) {
      if (Tokens.isContent(t.norm()) && !t.norm().chars().allMatch(Character::isDigit)) {
        out.add(lemma(t.norm()));
      }
    }
    return out;
  }

  /**
   * The crude lemma of a lower-cased word: its first matching ending cut, doubled consonant undone.
   */
  public static String lemma(String norm) {
    for (String e : ENDINGS) {
      if (norm.endsWith(e) && norm.length() - e.length() >= MIN_STEM) {
        String stem = norm.substring(0, norm.length() - e.length());
        if ((e.equals("ed") || e.equals("ing"))
            && stem.length() > MIN_STEM
            && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
          stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
      }
    }
    return norm;
  }
}
