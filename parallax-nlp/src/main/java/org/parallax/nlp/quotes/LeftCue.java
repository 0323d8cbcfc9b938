package org.parallax.nlp.quotes;

import java.util.List;

/**
 * Reads a cue that stands before a quote: "X said:", "according to X", "in the words of X", "so X",
 * German "sagte X", participles ("After threatening …, X …"), coordination ("… and warned that …
 * “…”") and a clause ending in a colon. Reads one quote's left frame, tokens {@code [li, qi)}; the
 * right frame {@code [ri, re)} is where a participle's subject may stand instead.
 */
final class LeftCue {

  private final Frames f;
  private final List<Tok> t;
  private final int li;
  private final int qi;
  private final int ri;
  private final int re;
  private final boolean sameSentence;
  private final int sentence;

  /**
   * @param sameSentence whether the left frame starts at the previous quote of the same sentence
   * @param sentence the first token of the quote's sentence
   */
  LeftCue(Frames f, int li, int qi, int ri, int re, boolean sameSentence, int sentence) {
    this.f = f;
    this.t = f.toks;
    this.li = li;
    this.qi = qi;
    this.ri = ri;
    this.re = re;
    this.sameSentence = sameSentence;
    this.sentence = sentence;
  }

  /** The nearest cue before the quote, a naming cue with no subject, or {@code null}. */
  Cue find() {
    boolean naming = false;
    for (int k = qi - 1; k >= li; k--) {
      Tok tok = t.get(k);
      String w = tok.lower();
      Cue phrase = phraseCue(k);
      if (phrase != null) {
        return phrase;
      }
      if (Lexicon.GERMAN_SO.contains(w) && k + 1 < qi) {
        continue;
      }
      if (!Lexicon.CUES.contains(w) || (tok.capitalised() && k > li && !german(w))) {
        continue;
      }
      Cue c = german(w) ? germanCue(k) : englishCue(k);
      if (c != null) {
        return c;
      }
      naming |= !german(w) && Lexicon.NAMING.contains(w);
    }
    if (naming) {
      return new Cue(null, null, null, false, false, true);
    }
    if (!sameSentence && qi - 1 >= li && t.get(qi - 1).is(":")) {
      Np np = clauseSubject(Math.min(li, sentence), qi - 1);
      if (np != null) {
        return new Cue(np, ":", null, false, false, false);
      }
    }
    return null;
  }

  /** "according to X", "in the words of X", "so X" at token {@code k}, or {@code null}. */
  private Cue phraseCue(int k) {
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
    }
    return null;
  }

  /** A German cue verb at {@code k} with its subject, or {@code null}. */
  private Cue germanCue(int k) {
    Np np = GermanSubjects.subject(f, k, qi, Math.min(li, sentence));
    return np == null
        ? null
        : new Cue(np, SpeakerFinder.cueWords(t, k, qi), null, false, false, false);
  }

  /**
   * An English cue verb at {@code k} with its subject, the previous quote's attribution when only
   * conjunctions stand between the two quotes, or {@code null}.
   */
  private Cue englishCue(int k) {
    Np np = subject(k);
    if (np == null && sameSentence && onlyConjunctions(li, k)) {
      return Cue.inherited();
    }
    if (np == null) {
      return null;
    }
    boolean namingCue = Lexicon.NAMING.contains(t.get(k).lower());
    return new Cue(
        np, SpeakerFinder.cueWords(t, k, qi), SpeakerFinder.via(f, k, qi), false, false, namingCue);
  }

  /** The subject of the English cue verb at {@code k}: before it, or a participle's subject. */
  private Np subject(int k) {
    String w = t.get(k).lower();
    boolean namingCue = Lexicon.NAMING.contains(w);
    boolean afterComma = k > li && t.get(k - 1).is(",");
    boolean afterAnd =
        k > li && (t.get(k - 1).lower().equals("and") || t.get(k - 1).lower().equals("but"));
    Np np = null;
    if (w.endsWith("ing") && afterComma) {
      np = participleSubject(Math.min(li, sentence), k, re);
    } else if (!(namingCue && afterComma)) {
      np = Phrases.before(f.text, t, k, li);
    }
    if (np == null && w.endsWith("ing")) {
      np = participleSubject(Math.min(li, sentence), k, re);
    }
    if (np == null && afterAnd && !sameSentence) {
      np = participleSubject(sentence, k, ri);
    }
    return np;
  }

  /** "X brachte … zum Ausdruck: “…”": the first noun phrase of a clause that ends in a colon. */
  private Np clauseSubject(int from, int to) {
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

  private boolean onlyConjunctions(int from, int to) {
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

  /**
   * "X …, saying" or "After threatening …, X …": the clause's named subject, from token {@code
   * from} to the cue at {@code k}, else a name after the quote up to token {@code end}.
   */
  private Np participleSubject(int from, int k, int end) {
    int first = from;
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
        if (np != null && np.type() == Np.Type.NAME && !followedByPossessive(np)) {
          return np;
        }
        break;
      }
      if (Lexicon.PRONOUNS.contains(t.get(m).lower())) {
        Tok p = t.get(m);
        return new Np(p.start(), p.end(), p.word(), Np.Type.PRONOUN, false, null);
      }
    }
    return nameAfter(end);
  }

  /** A name right after the quote or after a comma in the right frame up to {@code end}. */
  private Np nameAfter(int end) {
    if (ri < end && ri > 0 && t.get(ri - 1).is("”") || ri > 1 && t.get(ri - 2).is(",")) {
      Np np = Phrases.after(f.text, t, ri, end);
      if (np != null && np.type() == Np.Type.NAME) {
        return np;
      }
    }
    for (int m = ri; m < end; m++) {
      if (t.get(m).is(",") && m + 1 < end) {
        Np np = Phrases.after(f.text, t, m + 1, end);
        if (np != null && np.type() != Np.Type.DESCRIPTION) {
          return np;
        }
      }
    }
    return null;
  }

  private boolean followedByPossessive(Np np) {
    int i = f.tokenAt(np.end());
    return i > 0 && t.get(i - 1).possessive();
  }
}
