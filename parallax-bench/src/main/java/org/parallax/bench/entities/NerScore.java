package org.parallax.bench.entities;

import java.util.List;
import org.parallax.nlp.NlpDoc;

/**
 * Precision, recall and F1 of typed name mentions.
 *
 * @param gold gold mentions
 * @param predicted predicted mentions (of a type the gold names)
 * @param strictHits predicted mentions with the same characters and type as a gold one
 * @param lenientHits predicted mentions overlapping a gold one of the same type
 */
record NerScore(int gold, int predicted, int strictHits, int lenientHits) {

  static NerScore of(List<GoldMention> goldMentions, List<NlpDoc.Mention> mentions, String type) {
    int gold = 0;
    int predicted = 0;
    int strict = 0;
    int lenient = 0;
    for (GoldMention g : goldMentions) {
      if (type == null || type.equals(g.type())) {
        gold++;
      }
    }
    for (NlpDoc.Mention m : mentions) {
      String t = Predicted.benchType(m.type());
      if (t == null || type != null && !type.equals(t)) {
        continue;
      }
      predicted++;
      boolean exact = false;
      boolean overlap = false;
      for (GoldMention g : goldMentions) {
        if (!t.equals(g.type())) {
          continue;
        }
        exact |= g.start() == m.start() && g.end() == m.end();
        overlap |= g.start() < m.end() && m.start() < g.end();
      }
      strict += exact ? 1 : 0;
      lenient += overlap ? 1 : 0;
    }
    return new NerScore(gold, predicted, strict, lenient);
  }

  NerScore plus(NerScore o) {
    return new NerScore(
        gold + o.gold,
        predicted + o.predicted,
        strictHits + o.strictHits,
        lenientHits + o.lenientHits);
  }

  double precision(boolean strict) {
    return predicted == 0 ? Double.NaN : (double) (strict ? strictHits : lenientHits) / predicted;
  }

  /** Recall: the share of gold mentions hit (a predicted hit counts once for its gold). */
  double recall(boolean strict) {
    return gold == 0
        ? Double.NaN
        : Math.min(1.0, (double) (strict ? strictHits : lenientHits) / gold);
  }

  double f1(boolean strict) {
    double p = precision(strict);
    double r = recall(strict);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
