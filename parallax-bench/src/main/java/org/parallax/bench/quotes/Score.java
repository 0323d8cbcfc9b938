package org.parallax.bench.quotes;

import java.util.ArrayList;
import java.util.List;

/** Counts for one system on one gold set; add documents, then read the figures. */
final class Score {

  int goldSpeech;
  int goldWithSpeaker;
  int goldTerms;
  int systemSpeech;
  int matchedGold;
  int matchedSystem;
  int exact;
  int rightSpeaker;
  int termsLeftAlone;
  final List<String> errors = new ArrayList<>();

  /**
   * Scores one document.
   *
   * @param ignored spans of gold annotations that are neither counted nor charged
   * @param bySpan whether speakers are compared by span (German) rather than by name
   */
  void add(GoldDoc doc, List<SystemQuote> found, List<int[]> ignored, boolean bySpan) {
    List<SystemQuote> speech = new ArrayList<>();
    for (SystemQuote s : found) {
      if (!s.term() && !overlapsAny(s, ignored, doc)) {
        speech.add(s);
      }
    }
    systemSpeech += speech.size();
    boolean[] used = new boolean[speech.size()];
    for (GoldQuote g : doc.quotes()) {
      if (g.term()) {
        goldTerms++;
        boolean spoken = false;
        for (SystemQuote s : found) {
          if (matches(g, s) && !s.term() && s.speaker() != null) {
            spoken = true;
          }
        }
        termsLeftAlone += spoken ? 0 : 1;
        continue;
      }
      goldSpeech++;
      if (g.hasSpeaker()) {
        goldWithSpeaker++;
      }
      int best = -1;
      for (int i = 0; i < speech.size(); i++) {
        if (!used[i]
            && matches(g, speech.get(i))
            && (best < 0 || overlap(g, speech.get(i)) > overlap(g, speech.get(best)))) {
          best = i;
        }
      }
      if (best < 0) {
        errors.add(doc.name() + " MISSED " + cut(doc.text(), g.start(), g.end()));
        continue;
      }
      used[best] = true;
      matchedGold++;
      SystemQuote s = speech.get(best);
      if (s.start() == g.start() && s.end() == g.end()) {
        exact++;
      }
      if (g.hasSpeaker()) {
        boolean ok =
            bySpan
                ? s.speakerStart() >= 0
                    && s.speakerStart() < g.speakerEnd()
                    && g.speakerStart() < s.speakerEnd()
                : Names.same(g.speaker(), g.anonymous(), s.speaker(), s.anonymous());
        if (ok) {
          rightSpeaker++;
        } else {
          String want = bySpan ? cut(doc.text(), g.speakerStart(), g.speakerEnd()) : g.speaker();
          errors.add(
              doc.name()
                  + " SPEAKER want="
                  + want
                  + " got="
                  + s.speaker()
                  + " | "
                  + cut(doc.text(), g.start(), g.end()));
        }
      }
    }
    for (int i = 0; i < speech.size(); i++) {
      if (used[i]) {
        matchedSystem++;
      } else {
        boolean onTerm = false;
        for (GoldQuote g : doc.quotes()) {
          onTerm |= g.term() && matches(g, speech.get(i));
        }
        errors.add(
            doc.name()
                + (onTerm ? " TERM-AS-SPEECH " : " EXTRA ")
                + cut(doc.text(), speech.get(i).start(), speech.get(i).end()));
      }
    }
  }

  private static boolean overlapsAny(SystemQuote s, List<int[]> ignored, GoldDoc doc) {
    for (int[] r : ignored) {
      if (s.start() < r[1] && r[0] < s.end()) {
        for (GoldQuote g : doc.quotes()) {
          if (matches(g, s)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  static boolean matches(GoldQuote g, SystemQuote s) {
    return s.start() == g.start() || 2 * overlap(g, s) >= g.end() - g.start() && overlap(g, s) > 0;
  }

  private static int overlap(GoldQuote g, SystemQuote s) {
    return Math.max(0, Math.min(g.end(), s.end()) - Math.max(g.start(), s.start()));
  }

  private static String cut(String text, int s, int e) {
    String t = text.substring(Math.max(0, s), Math.min(text.length(), e)).replace('\n', ' ');
    return t.length() > 90 ? t.substring(0, 90) + "…" : t;
  }

  double found() {
    return ratio(matchedGold, goldSpeech);
  }

  double precision() {
    return ratio(matchedSystem, systemSpeech);
  }

  double f1() {
    double p = precision();
    double r = found();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double speakerAccuracy() {
    return ratio(rightSpeaker, goldWithSpeaker);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
