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
      Cue c = right(f, ri, re, endsSentence);
      if (c != null) {
        return c;
      }
    }
    Cue lead = termLead(f, li, qi);
    if (lead != null) {
      return lead;
    }
    Cue c =
        new LeftCue(
                f, Math.max(li, qi - reach), qi, ri, re, sameSentence && qi - li <= reach, sentence)
            .find();
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

  /** A cue after the quote: "said X", "according to X", "X said", "— X" after a full stop. */
  private static Cue right(Frames f, int ri, int re, boolean endsSentence) {
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
    if (t.get(j).lower().equals("according") && j + 1 < re && t.get(j + 1).lower().equals("to")) {
      Np np = Phrases.after(f.text, t, j + 2, re);
      return np == null ? null : new Cue(np, "according to", null, false, true, false);
    }
    Cue inverted = verbFirst(f, j, re);
    if (inverted != null) {
      return inverted;
    }
    return subjectFirst(f, j, re, dash && endsSentence);
  }

  /** "said X" with the cue verb at {@code j}, or {@code null}. */
  private static Cue verbFirst(Frames f, int j, int re) {
    List<Tok> t = f.toks;
    String w = t.get(j).lower();
    boolean clause = j + 1 < re && t.get(j + 1).lower().equals("that");
    if (!Lexicon.CUES.contains(w) || Lexicon.NAMING.contains(w) || w.endsWith("ing") || clause) {
      return null;
    }
    Np np = Phrases.after(f.text, t, j + 1, re);
    return np == null ? null : new Cue(np, cueWords(t, j, re), via(f, j, re), false, true, false);
  }

  /**
   * "X said", "X, the minister, told reporters" with the speaker phrase at {@code j}; "— X" alone
   * when {@code dashed} (a dash after a quote that ended its sentence).
   */
  private static Cue subjectFirst(Frames f, int j, int re, boolean dashed) {
    List<Tok> t = f.toks;
    String w = t.get(j).lower();
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
    if (dashed && np.type() == Np.Type.NAME) {
      return new Cue(np, "—", null, false, true, false);
    }
    int k = skipApposition(t, f.tokenAt(np.end()), re);
    while (k < re && Lexicon.FILLERS.contains(t.get(k).lower())) {
      k++;
    }
    if (k < re
        && Lexicon.CUES.contains(t.get(k).lower())
        && !Lexicon.NAMING.contains(t.get(k).lower())
        && closesCue(t, k, re)) {
      return new Cue(np, cueWords(t, k, re), via(f, k, re), false, true, false);
    }
    return null;
  }

  /** Whether the cue verb at {@code k} ends the cue: "said.", "said on", "told", "said today". */
  private static boolean closesCue(List<Tok> t, int k, int re) {
    int n = k + 1;
    return n >= re
        || !t.get(n).isWord()
        || Lexicon.PREPOSITIONS.contains(t.get(n).lower())
        || t.get(k).lower().equals("told")
        || t.get(n).lower().equals("today")
        || t.get(n).lower().equals("yesterday");
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

  /** The cue verb at {@code k}, with "reporters", "hinzu" and the like that complete it. */
  static String cueWords(List<Tok> t, int k, int end) {
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
  static Np via(Frames f, int k, int end) {
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
