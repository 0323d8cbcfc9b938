package org.parallax.nlp.quotes;

import java.util.List;
import java.util.Locale;

/**
 * Reads the cue around one quote: "X said:", "“…,” X said", "said X", "according to X", "X told the
 * Washington Post that … “…”", participles ("After threatening …, X …") and coordination ("… and
 * warned that … “…”"). Stateless.
 */
final class SpeakerFinder {

  private SpeakerFinder() {}

  /**
   * The cue of a quote whose left frame is tokens {@code [li, qi)} and right frame {@code [ri,
   * re)}.
   *
   * @param sameSentence whether the left frame starts at the previous quote of the same sentence
   * @param endsOpen whether the quoted words end with a comma, question or exclamation mark
   * @param reach how many tokens a left-hand cue may stand before the quote
   */
  static Cue find(
      Frames f,
      int li,
      int qi,
      int ri,
      int re,
      boolean sameSentence,
      boolean endsOpen,
      int reach,
      int sentence,
      boolean endsSentence) {
    List<Tok> t = f.toks;
    boolean rightFirst =
        ri < re
            && (endsOpen
                || t.get(ri).is(",")
                || t.get(ri).is("-")
                || t.get(ri).is("—")
                || !t.get(ri).capitalised()
                || cueAt(t, ri));
    if (rightFirst) {
      Cue c = right(f, ri, re, endsOpen, endsSentence);
      if (c != null) {
        return c;
      }
    }
    Cue lead = termLead(f, li, qi);
    if (lead != null) {
      return lead;
    }
    Cue c =
        left(f, Math.max(li, qi - reach), qi, ri, re, sameSentence && qi - li <= reach, sentence);
    if (c != null) {
      return c;
    }
    if (!rightFirst && ri < re) {
      return rightStrict(f, ri, re);
    }
    return null;
  }

  private static boolean cueAt(List<Tok> t, int i) {
    return Lexicon.CUES.contains(t.get(i).lower()) && !t.get(i).capitalised();
  }

  /** "the word “X”", "dubbed “X”", "the so-called “X”": a naming, not speech. */
  private static Cue termLead(Frames f, int li, int qi) {
    for (int k = qi - 1; k >= li && k >= qi - 3; k--) {
      String w = f.toks.get(k).lower();
      if (Lexicon.TERM_LEADS.contains(w)) {
        if (k > li && Lexicon.PRONOUNS.contains(f.toks.get(k - 1).lower())) {
          return null;
        }
        if (k > li && Phrases.nameLike(f.toks.get(k - 1)) && !f.toks.get(k - 1).is(",")) {
          return null;
        }
        return new Cue(null, null, null, false, false, true);
      }
      if (!Lexicon.DETERMINERS.contains(w) && !w.equals("as") && !w.equals("of")) {
        return null;
      }
    }
    return null;
  }

  private static Cue right(Frames f, int ri, int re, boolean endsOpen, boolean endsSentence) {
    List<Tok> t = f.toks;
    int j = ri;
    boolean dash = false;
    while (j < re
        && (t.get(j).is(",") || t.get(j).is("-") || t.get(j).is("—") || t.get(j).is("–"))) {
      dash |= !t.get(j).is(",");
      j++;
    }
    if (j >= re) {
      return null;
    }
    String w = t.get(j).lower();
    if (w.equals("according") && j + 1 < re && t.get(j + 1).lower().equals("to")) {
      Np np = Phrases.after(f.text, t, j + 2, re);
      return np == null ? null : new Cue(np, "according to", null, false, true, false);
    }
    boolean clause = j + 1 < re && t.get(j + 1).lower().equals("that");
    if (Lexicon.CUES.contains(w) && !Lexicon.NAMING.contains(w) && !w.endsWith("ing") && !clause) {
      Np np = Phrases.after(f.text, t, j + 1, re);
      if (np != null) {
        return new Cue(np, cueWords(t, j, re), via(f, j, re), false, true, false);
      }
    }
    Np np = Phrases.after(f.text, t, j, re);
    if (np == null) {
      return null;
    }
    boolean lower =
        !t.get(j).capitalised()
            && !Lexicon.DETERMINERS.contains(w)
            && !Lexicon.PRONOUNS.contains(w);
    if (lower && np.type() != Np.Type.NAME) {
      return null;
    }
    if (dash && np.type() == Np.Type.NAME && endsSentence) {
      return new Cue(np, "—", null, false, true, false);
    }
    int k = f.tokenAt(np.end());
    k = skipApposition(t, k, re);
    while (k < re && Lexicon.FILLERS.contains(t.get(k).lower())) {
      k++;
    }
    if (k < re
        && Lexicon.CUES.contains(t.get(k).lower())
        && !Lexicon.NAMING.contains(t.get(k).lower())) {
      int n = k + 1;
      boolean closes =
          n >= re
              || !t.get(n).isWord()
              || Lexicon.PREPOSITIONS.contains(t.get(n).lower())
              || t.get(k).lower().equals("told")
              || t.get(n).lower().equals("today")
              || t.get(n).lower().equals("yesterday");
      if (closes) {
        return new Cue(np, cueWords(t, k, re), via(f, k, re), false, true, false);
      }
    }
    return null;
  }

  /** A right-hand cue after a quote that ended its sentence: only "X said." with nothing after. */
  private static Cue rightStrict(Frames f, int ri, int re) {
    List<Tok> t = f.toks;
    Np np = Phrases.after(f.text, t, ri, re);
    if (np == null) {
      return null;
    }
    int k = f.tokenAt(np.end());
    if (k < re && cueAt(t, k) && (k + 1 >= re || t.get(k + 1).is("."))) {
      return new Cue(np, t.get(k).word(), null, false, true, false);
    }
    return null;
  }

  private static int skipApposition(List<Tok> t, int k, int re) {
    if (k < re && t.get(k).is(",")) {
      for (int m = k + 1; m < re && m < k + 16; m++) {
        if (t.get(m).is(",")) {
          return m + 1;
        }
      }
    }
    return k;
  }

  private static Cue left(
      Frames f, int li, int qi, int ri, int re, boolean sameSentence, int sentence) {
    List<Tok> t = f.toks;
    boolean naming = false;
    for (int k = qi - 1; k >= li; k--) {
      Tok tok = t.get(k);
      String w = tok.lower();
      if (w.equals("according") && k + 1 < qi && t.get(k + 1).lower().equals("to")) {
        Np np = Phrases.after(f.text, t, k + 2, qi);
        if (np != null) {
          return new Cue(np, "according to", null, false, false, false);
        }
      }
      if (w.equals("words") && k + 1 < qi && t.get(k + 1).lower().equals("of")) {
        Np np = Phrases.after(f.text, t, k + 2, qi);
        if (np != null) {
          return new Cue(np, "in the words of", null, false, false, false);
        }
      }
      if (Lexicon.GERMAN_SO.contains(w) && k + 1 < qi) {
        Np np = Phrases.after(f.text, t, k + 1, qi);
        if (np != null && np.type() != Np.Type.DESCRIPTION) {
          return new Cue(np, tok.word(), null, false, false, false);
        }
        continue;
      }
      if (!Lexicon.CUES.contains(w) || (tok.capitalised() && k > li && !german(w))) {
        continue;
      }
      if (german(w)) {
        Np np = GermanSubjects.subject(f, k, qi, Math.min(li, sentence));
        if (np != null) {
          return new Cue(np, cueWords(t, k, qi), null, false, false, false);
        }
        continue;
      }
      boolean namingCue = Lexicon.NAMING.contains(w);
      boolean afterComma = k > li && t.get(k - 1).is(",");
      boolean afterAnd =
          k > li && (t.get(k - 1).lower().equals("and") || t.get(k - 1).lower().equals("but"));
      Np np = null;
      if (w.endsWith("ing") && afterComma) {
        np = participleSubject(f, Math.min(li, sentence), k, ri, re);
      } else if (!(namingCue && afterComma)) {
        np = Phrases.before(f.text, t, k, li);
      }
      if (np == null && w.endsWith("ing")) {
        np = participleSubject(f, Math.min(li, sentence), k, ri, re);
      }
      if (np == null && afterAnd && !sameSentence) {
        np = participleSubject(f, sentence, k, ri, ri);
      }
      if (np == null && german(w)) {
        np = Phrases.after(f.text, t, k + 1, qi);
      }
      if (np == null && sameSentence && onlyConjunctions(t, li, k)) {
        return Cue.inherited();
      }
      if (np != null) {
        if (namingCue && k + 1 < qi && onlyPrepositions(t, k + 1, qi)) {
          naming = true;
        }
        return new Cue(np, cueWords(t, k, qi), via(f, k, qi), false, false, namingCue);
      }
      naming |= namingCue;
    }
    if (naming) {
      return new Cue(null, null, null, false, false, true);
    }
    if (!sameSentence && qi - 1 >= li && t.get(qi - 1).is(":")) {
      Np np = clauseSubject(f, Math.min(li, sentence), qi - 1);
      if (np != null) {
        return new Cue(np, ":", null, false, false, false);
      }
    }
    return null;
  }

  /** "X brachte … zum Ausdruck: “…”": the first noun phrase of a clause that ends in a colon. */
  private static Np clauseSubject(Frames f, int from, int to) {
    List<Tok> t = f.toks;
    for (int m = from; m < to && m < from + 8; m++) {
      Tok w = t.get(m);
      String l = w.lower();
      boolean afterPreposition = m > from && Lexicon.PREPOSITIONS.contains(t.get(m - 1).lower());
      if (!w.isWord() || afterPreposition || Lexicon.PREPOSITIONS.contains(l)) {
        continue;
      }
      if (Lexicon.PRONOUNS.contains(l)
          || Phrases.nameLike(w)
          || Lexicon.DETERMINERS.contains(l) && m + 1 < to && t.get(m + 1).isWord()) {
        Np np = Phrases.after(f.text, t, m, to);
        if (np == null && (Lexicon.DETERMINERS.contains(l) || Phrases.nameLike(w))) {
          np = GermanSubjects.phrase(f, m, to);
        }
        if (np != null) {
          return np;
        }
      }
    }
    return null;
  }

  private static boolean german(String w) {
    return Lexicon.GERMAN_CUES.contains(w);
  }

  private static boolean onlyConjunctions(List<Tok> t, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = t.get(i).lower();
      if (!(w.equals("and")
          || w.equals("but")
          || w.equals(",")
          || w.equals("und")
          || Lexicon.FILLERS.contains(w))) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyPrepositions(List<Tok> t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Lexicon.PREPOSITIONS.contains(t.get(i).lower())
          && !t.get(i).lower().equals("as")
          && !Lexicon.DETERMINERS.contains(t.get(i).lower())) {
        return false;
      }
    }
    return true;
  }

  /** "X …, saying" or "After threatening …, X …": the clause's named subject. */
  private static Np participleSubject(Frames f, int li, int k, int ri, int re) {
    List<Tok> t = f.toks;
    int first = li;
    while (first < k && !t.get(first).isWord()) {
      first++;
    }
    for (int m = first; m < k; m++) {
      if (Lexicon.DETERMINERS.contains(t.get(m).lower()) && m == first) {
        Np np = Phrases.after(f.text, t, m, k);
        if (np != null) {
          return np;
        }
      }
      if (Phrases.nameLike(t.get(m)) && !t.get(m).possessive()) {
        Np np = Phrases.after(f.text, t, m, k);
        if (np != null && np.type() == Np.Type.NAME && !followedByPossessive(t, np, f)) {
          return np;
        }
        break;
      }
      if (Lexicon.PRONOUNS.contains(t.get(m).lower())) {
        Tok p = t.get(m);
        return new Np(p.start(), p.end(), p.word(), Np.Type.PRONOUN, false, null);
      }
    }
    if (ri < re && ri > 0 && t.get(ri - 1).is("”") || ri > 1 && t.get(ri - 2).is(",")) {
      Np np = Phrases.after(f.text, t, ri, re);
      if (np != null && np.type() == Np.Type.NAME) {
        return np;
      }
    }
    for (int m = ri; m < re; m++) {
      if (t.get(m).is(",") && m + 1 < re) {
        Np np = Phrases.after(f.text, t, m + 1, re);
        if (np != null && np.type() != Np.Type.DESCRIPTION) {
          return np;
        }
      }
    }
    return null;
  }

  private static boolean followedByPossessive(List<Tok> t, Np np, Frames f) {
    int i = f.tokenAt(np.end());
    return i > 0 && t.get(i - 1).possessive();
  }

  private static String cueWords(List<Tok> t, int k, int end) {
    String w = t.get(k).word();
    if (k + 1 < end) {
      String n = t.get(k + 1).lower();
      if (n.equals("reporters")
          || n.equals("journalists")
          || n.equals("hinzu")
          || n.equals("mit")) {
        return w + " " + t.get(k + 1).word();
      }
    }
    return w.toLowerCase(Locale.ROOT);
  }

  /** "told the Washington Post": the outlet after {@code told}, or {@code null}. */
  private static Np via(Frames f, int k, int end) {
    List<Tok> t = f.toks;
    String w = t.get(k).lower();
    if (!(w.equals("told") || w.equals("tells") || w.equals("telling"))) {
      return null;
    }
    int m = k + 1;
    while (m < end && (t.get(m).is("*") || t.get(m).is("_") || t.get(m).lower().equals("the"))) {
      m++;
    }
    if (m >= end || !Phrases.nameLike(t.get(m))) {
      return null;
    }
    Np np = Phrases.after(f.text, t, m, end);
    if (np == null || np.type() != Np.Type.NAME) {
      return null;
    }
    for (String part : np.text().toLowerCase(Locale.ROOT).split("[\\s*_]+")) {
      if (Lexicon.OUTLET_WORDS.contains(part)) {
        return np;
      }
    }
    return null;
  }
}
