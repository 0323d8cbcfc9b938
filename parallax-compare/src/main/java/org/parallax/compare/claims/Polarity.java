package org.parallax.compare.claims;

import java.util.List;
import java.util.Set;
import org.parallax.compare.text.Token;

/** A small evaluative lexicon: how positive or negative a sentence's own words are. */
final class Polarity {

  private static final Set<String> POSITIVE =
      Set.of(
          "success",
          "successful",
          "succeeded",
          "triumph",
          "welcome",
          "welcomed",
          "praised",
          "hailed",
          "progress",
          "improved",
          "improvement",
          "win",
          "won",
          "victory",
          "effective",
          "wise",
          "good",
          "great",
          "strong",
          "stronger",
          "better",
          "best",
          "positive",
          "hope",
          "hopeful",
          "safe",
          "peaceful",
          "benefit",
          "breakthrough",
          "agreed",
          "support",
          "supported",
          "rescued",
          "recovered",
          "celebrated",
          "boost",
          "gain",
          "gains");
  private static final Set<String> NEGATIVE =
      Set.of(
          "fail",
          "failed",
          "failure",
          "failures",
          "disaster",
          "disastrous",
          "bad",
          "worse",
          "worst",
          "dangerous",
          "danger",
          "threat",
          "threatening",
          "crisis",
          "blunder",
          "condemned",
          "criticised",
          "criticized",
          "futile",
          "dire",
          "desperate",
          "hostile",
          "weak",
          "weaker",
          "negative",
          "killed",
          "dead",
          "deadly",
          "injured",
          "destroyed",
          "collapse",
          "collapsed",
          "loss",
          "losses",
          "refused",
          "rejected",
          "attack",
          "attacked",
          "angry",
          "explosive",
          "punishing",
          "crippling",
          "famine",
          "war",
          "fear",
          "feared");

  private Polarity() {}

  static int of(List<Token> tokens) {
    int p = 0;
    for (Token t : tokens) {
      if (POSITIVE.contains(t.norm())) {
        p++;
      } else if (NEGATIVE.contains(t.norm())) {
        p--;
      }
    }
    return p;
  }
}
