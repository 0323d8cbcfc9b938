package org.parallax.bench.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

  private static final String TEXT = "A said \"one two three four\". B said \"five\". \"term\"";

  private static GoldDoc doc() {
    return new GoldDoc(
        "d",
        List.of(TEXT),
        TEXT,
        List.of(
            new GoldQuote(8, 26, false, "Ann Smith", false, -1, -1),
            new GoldQuote(37, 41, false, "unnamed official", true, -1, -1),
            new GoldQuote(45, 49, true, null, false, -1, -1)));
  }

  @Test
  void overlapMatchesNamesAndAnonymousHeads() {
    Score s = new Score();
    s.add(
        doc(),
        List.of(
            new SystemQuote(8, 22, false, "Smith", false, -1, -1),
            new SystemQuote(37, 41, false, "unnamed senior official", true, -1, -1),
            new SystemQuote(45, 49, false, "Ann Smith", false, -1, -1)),
        List.of(),
        false);
    assertEquals(2, s.goldSpeech);
    assertEquals(2, s.matchedGold);
    assertEquals(1, s.exact);
    assertEquals(2, s.rightSpeaker);
    assertEquals(3, s.systemSpeech);
    assertEquals(2, s.matchedSystem);
    assertEquals(0, s.termsLeftAlone);
  }

  @Test
  void aQuoteCoveringLessThanHalfIsAMiss() {
    Score s = new Score();
    s.add(
        doc(),
        List.of(new SystemQuote(20, 26, false, "Ann Smith", false, -1, -1)),
        List.of(),
        false);
    assertEquals(0, s.matchedGold);
    assertEquals(1, s.termsLeftAlone);
  }

  @Test
  void germanSpeakersMatchBySpan() {
    GoldDoc d =
        new GoldDoc(
            "d", List.of(TEXT), TEXT, List.of(new GoldQuote(8, 26, false, null, false, 0, 1)));
    Score s = new Score();
    s.add(d, List.of(new SystemQuote(8, 26, false, "A", false, 0, 1)), List.of(), true);
    assertEquals(1, s.rightSpeaker);
  }
}
