package org.parallax.nlp.quotes;

import java.util.List;
import java.util.Set;

/** Subjects of German speech cues: inverted clauses, verb-second clauses and plain noun phrases. */
final class GermanSubjects {

  private GermanSubjects() {}

  /**
   * The subject of a German cue: after the verb when the clause is inverted ("äußerte sich der
   * EU-Außenbeauftragte Javier Solana"), else the first phrase of the sentence ("Stoiber hatte …
   * betont").
   */
  static Np subject(Frames f, int k, int end, int sentence) {
    List<Tok> t = f.toks;
    int j = k + 1;
    while (j < end
        && Set.of(
                "sich",
                "auch",
                "jedoch",
                "dazu",
                "lediglich",
                "aber",
                "dann",
                "noch",
                "bereits",
                "weiter",
                "zudem",
                "daraufhin",
                "ebenfalls")
            .contains(t.get(j).lower())) {
      j++;
    }
    if (j < end
        && (Lexicon.DETERMINERS.contains(t.get(j).lower())
            || Lexicon.PRONOUNS.contains(t.get(j).lower())
            || Phrases.nameLike(t.get(j)))) {
      return phrase(f, j, end);
    }
    int s = sentence;
    while (s < k && !t.get(s).isWord()) {
      s++;
    }
    if (s >= k) {
      return null;
    }
    if (GERMAN_LEADS.contains(t.get(s).lower()) || s + 1 < k && t.get(s + 1).is(",")) {
      for (int m = s + 1; m + 1 < k; m++) {
        Tok v = t.get(m);
        Tok n = t.get(m + 1);
        if (v.isWord()
            && !v.capitalised()
            && !Lexicon.DETERMINERS.contains(v.lower())
            && (Lexicon.DETERMINERS.contains(n.lower())
                || Lexicon.PRONOUNS.contains(n.lower())
                || Phrases.nameLike(n))) {
          return phrase(f, m + 1, k);
        }
      }
      return null;
    }
    return phrase(f, s, k);
  }

  /** German sentence openers after which the subject follows the verb ("Dabei griff sie …"). */
  private static final Set<String> GERMAN_LEADS =
      Set.of(
          "hier",
          "dabei",
          "derzeit",
          "damit",
          "zwar",
          "dennoch",
          "auch",
          "daher",
          "deshalb",
          "jedoch",
          "außerdem",
          "zudem",
          "später",
          "heute",
          "gestern",
          "nun",
          "jetzt",
          "dann",
          "danach",
          "zuvor",
          "bereits",
          "inzwischen",
          "allerdings",
          "trotzdem",
          "darüber",
          "dazu",
          "hingegen",
          "ebenfalls",
          "nach",
          "für",
          "auf",
          "in",
          "im",
          "am",
          "bei",
          "mit",
          "von",
          "vor",
          "über",
          "unter",
          "aus",
          "seit",
          "gegenüber",
          "anschließend",
          "zunächst",
          "schließlich",
          "weiter",
          "ferner",
          "darin",
          "demnach",
          "so",
          "doch",
          "gleichzeitig",
          "zugleich",
          "bislang",
          "bisher",
          "laut",
          "wie",
          "als");

  /**
   * A German noun phrase from token {@code j}: articles, capitalised words and names, to a comma.
   */
  static Np phrase(Frames f, int j, int end) {
    List<Tok> t = f.toks;
    Tok first = t.get(j);
    if (Lexicon.PRONOUNS.contains(first.lower())) {
      return new Np(first.start(), first.end(), first.word(), Np.Type.PRONOUN, false, null);
    }
    int e = j;
    while (e + 1 < end
        && t.get(e + 1).isWord()
        && (t.get(e + 1).capitalised()
            || Lexicon.DETERMINERS.contains(t.get(e + 1).lower())
            || !Lexicon.CUES.contains(t.get(e + 1).lower()) && e + 1 - j < 2)) {
      e++;
    }
    String words = f.text.substring(first.start(), t.get(e).end());
    boolean det = Lexicon.DETERMINERS.contains(first.lower());
    return new Np(
        first.start(),
        t.get(e).end(),
        words,
        det ? Np.Type.DESCRIPTION : Np.Type.NAME,
        det && !Lexicon.INDEFINITE.contains(first.lower()),
        t.get(e).lower());
  }
}
