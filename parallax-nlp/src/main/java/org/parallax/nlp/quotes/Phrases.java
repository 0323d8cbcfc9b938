package org.parallax.nlp.quotes;

import java.util.List;
import java.util.Locale;

/** Finds speaker noun phrases in a list of tokens, before a cue or after it. */
final class Phrases {

  private static final int MAX_NAME = 10;
  private static final int MAX_DESCRIPTION = 7;

  private Phrases() {}

  /**
   * The speaker phrase that ends just before token {@code end}, looking no further than {@code
   * min}.
   */
  static Np before(String text, List<Tok> t, int end, int min) {
    int j = end - 1;
    while (j >= min && filler(t.get(j))) {
      j--;
    }
    if (j >= min && t.get(j).is(",")) {
      int k = j - 1;
      while (k >= min && k > j - 16 && !t.get(k).is(",")) {
        k--;
      }
      j = k >= min && t.get(k).is(",") ? k - 1 : j - 1;
    }
    if (j < min) {
      return null;
    }
    Tok w = t.get(j);
    if (Lexicon.PRONOUNS.contains(w.lower())) {
      return new Np(w.start(), w.end(), w.word(), Np.Type.PRONOUN, false, null);
    }
    if (nameLike(w)) {
      int i = j;
      while (i - 1 >= min && i > j - MAX_NAME && (nameLike(t.get(i - 1)) || joins(t, i - 1, min))) {
        i--;
      }
      while (i < j && !nameLike(t.get(i))) {
        i++;
      }
      return name(text, t, i, j);
    }
    if (w.isWord() && Lexicon.ROLES.contains(w.lower())) {
      int i = j;
      while (i - 1 >= min && i > j - MAX_DESCRIPTION && t.get(i - 1).isWord()) {
        Tok p = t.get(i - 1);
        if (p.possessive() && p.capitalised() && owner(w)) {
          int s = i - 1;
          while (s - 1 >= min && nameLike(t.get(s - 1))) {
            s--;
          }
          return name(text, t, s, i - 1);
        }
        i--;
        if (Lexicon.DETERMINERS.contains(p.lower())) {
          break;
        }
      }
      return description(text, t, i, j);
    }
    return null;
  }

  /** The speaker phrase that starts at token {@code from}, looking no further than {@code max}. */
  static Np after(String text, List<Tok> t, int from, int max) {
    int j = from;
    while (j < max && (t.get(j).is(",") || t.get(j).is("-") || t.get(j).is("—"))) {
      j++;
    }
    if (j >= max) {
      return null;
    }
    Tok w = t.get(j);
    if (Lexicon.PRONOUNS.contains(w.lower())) {
      return new Np(w.start(), w.end(), w.word(), Np.Type.PRONOUN, false, null);
    }
    if (Lexicon.DETERMINERS.contains(w.lower()) || (w.isWord() && !w.capitalised())) {
      int k = j;
      while (k + 1 < max && k < j + MAX_DESCRIPTION && t.get(k + 1).isWord()) {
        k++;
        String lw = t.get(k).lower();
        if (Lexicon.ROLES.contains(lw)
            && !(k + 1 < max && t.get(k + 1).isWord() && nounAfter(t, k + 1))) {
          if (k + 2 < max && t.get(k + 1).lower().equals("by")) {
            Np by = after(text, t, k + 2, max);
            if (by != null) {
              return by;
            }
          }
          return description(text, t, j, k);
        }
      }
      if (Lexicon.DETERMINERS.contains(w.lower()) && j + 1 < max && nameLike(t.get(j + 1))) {
        return after(text, t, j + 1, max);
      }
      return null;
    }
    if (nameLike(w)) {
      int k = j;
      while (k + 1 < max
          && k < j + MAX_NAME
          && (nameLike(t.get(k + 1)) || joinsForward(t, k + 1, max))) {
        k++;
      }
      while (k > j && !nameLike(t.get(k))) {
        k--;
      }
      return name(text, t, j, k);
    }
    return null;
  }

  private static boolean nounAfter(List<Tok> t, int k) {
    return Lexicon.ROLES.contains(t.get(k).lower());
  }

  private static boolean owner(Tok head) {
    String h = head.lower();
    return h.equals("statement")
        || h.equals("letter")
        || h.equals("post")
        || h.equals("report")
        || h.equals("spokesman")
        || h.equals("spokeswoman")
        || h.equals("spokesperson");
  }

  private static boolean filler(Tok w) {
    String l = w.lower();
    return Lexicon.FILLERS.contains(l) || (l.endsWith("ly") && l.length() > 4 && !w.capitalised());
  }

  /** Whether a token can be part of a name. */
  static boolean nameLike(Tok w) {
    if (!w.isWord()) {
      return false;
    }
    String l = w.lower();
    if (l.startsWith("al-")
        || l.startsWith("el-")
        || l.equals("bin")
        || l.equals("van")
        || l.equals("von")
        || l.equals("de")
        || l.equals("da")
        || l.equals("di")) {
      return true;
    }
    return w.capitalised()
        && !Lexicon.NOT_NAMES.contains(l)
        && !Character.isDigit(w.word().charAt(0));
  }

  /** Connectors inside organisation names ("Department of Agriculture", "Globe and Mail"). */
  private static boolean joins(List<Tok> t, int i, int min) {
    String l = t.get(i).word();
    if ((l.equals("The") || l.equals("the")) && i - 1 >= min) {
      String p = t.get(i - 1).word();
      return p.equals("of") || p.equals("and");
    }
    return (l.equals("of") || l.equals("and") || l.equals("&") || l.equals("for"))
        && i - 1 >= min
        && nameLike(t.get(i - 1));
  }

  private static boolean joinsForward(List<Tok> t, int i, int max) {
    String l = t.get(i).word();
    return (l.equals("of") || l.equals("&") || l.equals("for"))
        && i + 1 < max
        && nameLike(t.get(i + 1));
  }

  /** A name from tokens {@code i..j}: a person before "of"/"at" is kept apart from the org. */
  private static Np name(String text, List<Tok> t, int i, int j) {
    for (int k = i + 1; k < j; k++) {
      String l = t.get(k).word();
      if ((l.equals("of") || l.equals("and") || l.equals("for")) && personLike(t, i, k - 1)) {
        if (l.equals("of") || l.equals("for")) {
          j = k - 1;
          break;
        }
      }
    }
    int s = i;
    if (personLike(t, i, j)) {
      for (int k = j - 1; k >= i; k--) {
        if (Lexicon.TITLES.contains(t.get(k).lower())) {
          s = k + 1;
          break;
        }
      }
    } else {
      int lastOrg = -1;
      boolean plain = true;
      for (int k = i; k <= j; k++) {
        if (Lexicon.ORG_WORDS.contains(t.get(k).lower())) {
          lastOrg = k;
          plain = true;
        } else if (!nameLike(t.get(k))) {
          plain = false;
        }
      }
      if (lastOrg >= 0 && j - lastOrg >= 2 && plain) {
        s = lastOrg + 1;
      }
    }
    Tok last = t.get(j);
    int end = last.possessive() ? last.end() - 2 : last.end();
    String words = text.substring(t.get(s).start(), end);
    return new Np(t.get(s).start(), end, words, Np.Type.NAME, false, null);
  }

  /** Whether tokens {@code i..j} look like a person's name rather than an organisation's. */
  static boolean personLike(List<Tok> t, int i, int j) {
    for (int k = i; k <= j; k++) {
      if (Lexicon.ORG_WORDS.contains(t.get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  private static Np description(String text, List<Tok> t, int i, int j) {
    String first = t.get(i).lower();
    boolean definite = Lexicon.DETERMINERS.contains(first) && !Lexicon.INDEFINITE.contains(first);
    int s = Lexicon.DETERMINERS.contains(first) && i < j ? i + 1 : i;
    String words = text.substring(t.get(s).start(), t.get(j).end());
    return new Np(
        t.get(i).start(),
        t.get(j).end(),
        words,
        Np.Type.DESCRIPTION,
        definite,
        t.get(j).lower().toLowerCase(Locale.ROOT));
  }
}
