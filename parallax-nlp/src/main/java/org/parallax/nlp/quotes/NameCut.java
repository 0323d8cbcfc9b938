package org.parallax.nlp.quotes;

import java.util.List;

/**
 * Cuts a name out of a run of name-like tokens: a person before "of"/"for" is kept apart from the
 * organisation, titles and place words before a person's name are dropped, and an organisation's
 * name is cut after its last organisation word when a name follows ("Harvard University Jane Doe"
 * is Jane Doe).
 */
final class NameCut {

  private NameCut() {}

  /** A name from tokens {@code i..j}: a person before "of"/"at" is kept apart from the org. */
  static Np name(String text, List<Tok> t, int i, int j) {
    for (int k = i + 1; k < j; k++) {
      String l = t.get(k).word();
      if (l.equals("of") || l.equals("for")) {
        if (allTitles(t, i, k - 1)) {
          int s = k + 1;
          while (s < j && !Phrases.nameLike(t.get(s))) {
            s++;
          }
          return name(text, t, s, j);
        }
        if (Phrases.personLike(t, i, k - 1)) {
          j = k - 1;
          break;
        }
      }
    }
    int s = Phrases.personLike(t, i, j) ? personStart(t, i, j) : orgStart(t, i, j);
    Tok last = t.get(j);
    int end = last.possessive() ? last.end() - 2 : last.end();
    String words = text.substring(t.get(s).start(), end);
    return new Np(t.get(s).start(), end, words, Np.Type.NAME, false, null);
  }

  /** Where a person's name in {@code i..j} starts: after titles and place words, at most three. */
  private static int personStart(List<Tok> t, int i, int j) {
    int s = i;
    for (int k = j - 1; k >= i; k--) {
      if (Lexicon.TITLES.contains(t.get(k).lower())) {
        s = k + 1;
        break;
      }
    }
    while (s < j - 1 && Lexicon.PLACE_WORDS.contains(t.get(s).lower())) {
      s++;
    }
    if (j - s >= 3 && !t.get(j).word().endsWith(".")) {
      s = j - 2;
    }
    return s;
  }

  /**
   * Where the name in {@code i..j} starts when it holds an organisation word: after the last one
   * when only two or more name words follow it ("Harvard University Jane Doe"), else at {@code i}.
   */
  private static int orgStart(List<Tok> t, int i, int j) {
    int lastOrg = -1;
    boolean plain = true;
    for (int k = i; k <= j; k++) {
      if (Lexicon.ORG_WORDS.contains(t.get(k).lower())) {
        lastOrg = k;
        plain = true;
      } else if (!Phrases.nameLike(t.get(k))) {
        plain = false;
      }
    }
    return lastOrg >= 0 && j - lastOrg >= 2 && plain ? lastOrg + 1 : i;
  }

  private static boolean allTitles(List<Tok> t, int i, int j) {
    for (int k = i; k <= j; k++) {
      if (!Lexicon.TITLES.contains(t.get(k).lower())) {
        return false;
      }
    }
    return true;
  }
}
