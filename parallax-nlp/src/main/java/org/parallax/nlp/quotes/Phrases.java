package org.parallax.nlp.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds speaker noun phrases in a list of tokens, before a cue or after it. */
final class Phrases {

  private static final int MAX_NAME = 10;
  private static final int MAX_DESCRIPTION = 9;

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
      if (k >= min
          && t.get(k).is(",")
          && j - k >= 3
          && allNames(t, k + 1, j - 1)
          && personLike(t, k + 1, j - 1)) {
        return name(text, t, k + 1, j - 1);
      }
      j = k >= min && t.get(k).is(",") ? k - 1 : j - 1;
    }
    if (j < min) {
      return null;
    }
    Tok w = t.get(j);
    if (Lexicon.PRONOUNS.contains(w.lower())) {
      return pronoun(w);
    }
    if (nameLike(w)) {
      return nameBefore(text, t, j, min);
    }
    if (!w.isWord() || w.capitalised()) {
      return null;
    }
    Np owner = owner(text, t, j, min);
    if (owner != null) {
      return owner;
    }
    return Lexicon.ROLES.contains(w.lower()) ? roleBefore(text, t, j, min) : null;
  }

  /**
   * The name that ends at token {@code j}, or the name that leads the clause when that one looks
   * like an organisation, a single word or the object of a preposition.
   */
  private static Np nameBefore(String text, List<Tok> t, int j, int min) {
    int i = j;
    while (i - 1 >= min && i > j - MAX_NAME && (nameLike(t.get(i - 1)) || joins(t, i - 1, min))) {
      i--;
    }
    while (i < j && !nameLike(t.get(i))) {
      i++;
    }
    Np found = name(text, t, i, j);
    boolean inPhrase =
        i - 1 >= min && Set.of("for", "at", "of", "with", "from").contains(t.get(i - 1).lower());
    if (!personLike(t, i, j) || found.text().indexOf(' ') < 0 || inPhrase) {
      Np lead = leadingName(text, t, min, i);
      if (lead != null) {
        return lead;
      }
    }
    return found;
  }

  /** "the agency's spokesman", or the name before "…, the spokesman": the role at {@code j}. */
  private static Np roleBefore(String text, List<Tok> t, int j, int min) {
    int i = j;
    while (i - 1 >= min && i > j - MAX_DESCRIPTION && t.get(i - 1).isWord()) {
      Tok p = t.get(i - 1);
      i--;
      if (Lexicon.DETERMINERS.contains(p.lower())) {
        break;
      }
    }
    if (i - 2 >= min && t.get(i - 1).is(",") && nameLike(t.get(i - 2))) {
      int s = i - 2;
      while (s - 1 >= min && nameLike(t.get(s - 1))) {
        s--;
      }
      return name(text, t, s, i - 2);
    }
    return description(text, t, i, j);
  }

  /**
   * "Cynthia Thompson, curator … at the University of Arkansas, Fayetteville, said": the name first
   * in the clause.
   */
  private static Np leadingName(String text, List<Tok> t, int min, int before) {
    int i = min;
    while (i < before && !t.get(i).isWord()) {
      i++;
    }
    if (i >= before || !nameLike(t.get(i))) {
      return null;
    }
    int e = i;
    while (e + 1 < before && nameLike(t.get(e + 1))) {
      e++;
    }
    boolean apposition =
        e + 1 < before
            && (t.get(e + 1).is(",") || Set.of("a", "an", "the").contains(t.get(e + 1).lower()));
    if (e > i && apposition && personLike(t, i, e)) {
      return name(text, t, i, e);
    }
    return null;
  }

  private static boolean allNames(List<Tok> t, int i, int j) {
    for (int k = i; k <= j; k++) {
      if (!nameLike(t.get(k)) && !t.get(k).word().endsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /** "PC World's recent analysis … concluded", "The Home Office letter reads": the owner's name. */
  private static Np owner(String text, List<Tok> t, int j, int min) {
    boolean owned = false;
    for (int i = j; i >= min && i > j - MAX_DESCRIPTION && t.get(i).isWord(); i--) {
      Tok p = t.get(i);
      if (!p.capitalised()) {
        owned |= Lexicon.OWNED.contains(p.lower());
        if (Lexicon.DETERMINERS.contains(p.lower()) && !p.lower().equals("the")) {
          return null;
        }
        continue;
      }
      if (!owned) {
        return null;
      }
      if (!nameLike(p) && !p.possessive()) {
        return null;
      }
      int s = i;
      while (s - 1 >= min && nameLike(t.get(s - 1)) && !t.get(s - 1).possessive()) {
        s--;
      }
      return name(text, t, s, i);
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
      return pronoun(w);
    }
    if (nameLike(w)) {
      return nameAfter(text, t, j, max);
    }
    boolean determiner = Lexicon.DETERMINERS.contains(w.lower());
    if (!w.isWord() || w.capitalised() && !determiner) {
      return null;
    }
    return descriptionAfter(text, t, j, max, determiner);
  }

  /** The name at token {@code j}, or the next name after its lower-case titles or roles. */
  private static Np nameAfter(String text, List<Tok> t, int j, int max) {
    int k = nameEnd(t, j, max);
    int m = k + 1;
    while (m < max
        && m <= k + 3
        && t.get(m).isWord()
        && !t.get(m).capitalised()
        && (Lexicon.TITLES.contains(t.get(m).lower())
            || Lexicon.ROLES.contains(t.get(m).lower()))) {
      m++;
    }
    if (m > k + 1 && m < max && nameLike(t.get(m))) {
      return name(text, t, m, nameEnd(t, m, max));
    }
    return name(text, t, j, k);
  }

  /**
   * "the company's chief executive", "spokesman John Kirby", "a group of doctors": a description
   * from token {@code j}, or the name it leads to.
   */
  private static Np descriptionAfter(String text, List<Tok> t, int j, int max, boolean determiner) {
    boolean role = false;
    for (int k = j; k < max && k < j + MAX_DESCRIPTION && t.get(k).isWord(); k++) {
      Tok x = t.get(k);
      if (k > j && nameLike(x) && (role || determiner)) {
        int e = nameEnd(t, k, max);
        if (!headAhead(t, e + 1, max)) {
          return name(text, t, k, e);
        }
        k = e;
        continue;
      }
      if (Set.of("group", "number", "couple", "pair").contains(x.lower())
          && k + 1 < max
          && t.get(k + 1).lower().equals("of")) {
        k++;
        continue;
      }
      if (Lexicon.ROLES.contains(x.lower()) || Lexicon.TITLES.contains(x.lower())) {
        role = true;
        boolean more =
            k + 1 < max
                && t.get(k + 1).isWord()
                && (Lexicon.ROLES.contains(t.get(k + 1).lower()) || nameLike(t.get(k + 1)));
        if (more || !Lexicon.ROLES.contains(x.lower())) {
          continue;
        }
        return roleHead(text, t, j, k, max, determiner);
      }
      if (!determiner && k - j >= 2) {
        return null;
      }
    }
    return null;
  }

  /**
   * A description from {@code j} that ends in the role noun at {@code k}, or the name it gives:
   * "the report by X", "the spokesman, X".
   */
  private static Np roleHead(String text, List<Tok> t, int j, int k, int max, boolean determiner) {
    if (k + 2 < max && t.get(k + 1).lower().equals("by")) {
      Np by = after(text, t, k + 2, max);
      if (by != null) {
        return by;
      }
    }
    if (k + 2 < max && t.get(k + 1).is(",") && nameLike(t.get(k + 2))) {
      return name(text, t, k + 2, nameEnd(t, k + 2, max));
    }
    if (!determiner && k - j > 2) {
      return null;
    }
    return description(text, t, j, k);
  }

  /** Whether lower-case words from {@code k} lead to a role noun ("Delhi auto parts supplier"). */
  private static boolean headAhead(List<Tok> t, int k, int max) {
    for (int m = k; m < max && m < k + 5; m++) {
      Tok x = t.get(m);
      if (!x.isWord() || x.capitalised()) {
        return false;
      }
      if (Lexicon.ROLES.contains(x.lower())) {
        return true;
      }
    }
    return false;
  }

  private static int nameEnd(List<Tok> t, int j, int max) {
    int k = j;
    while (k + 1 < max
        && k < j + MAX_NAME
        && (nameLike(t.get(k + 1)) || joinsForward(t, k + 1, max))) {
      if (t.get(k).possessive()) {
        break;
      }
      k++;
    }
    while (k > j && !nameLike(t.get(k))) {
      k--;
    }
    return k;
  }

  private static Np pronoun(Tok w) {
    return new Np(w.start(), w.end(), w.word(), Np.Type.PRONOUN, false, null);
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
        && !Lexicon.DETERMINERS.contains(l)
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

  /** A name from tokens {@code i..j}: see {@link NameCut#name}. */
  private static Np name(String text, List<Tok> t, int i, int j) {
    return NameCut.name(text, t, i, j);
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
