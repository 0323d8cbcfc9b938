package org.parallax.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  @Test
  void positive_straightAndCurlyMarks() {
    List<MarkedQuote> q = QuoteFinder.find("He said \"yes\" and she said “no”.");
    assertEquals(2, q.size());
    assertEquals("yes", q.get(0).text());
    assertEquals("no", q.get(1).text());
  }

  @Test
  void positive_germanLowHighMarksAndGuillemets() {
    List<MarkedQuote> q = QuoteFinder.find("Er sagte: „Wir kommen.“ Sie sagte: »Gut.«");
    assertEquals(List.of("Wir kommen.", "Gut."), q.stream().map(MarkedQuote::text).toList());
  }

  @Test
  void positive_quoteContinuesIntoParagraphThatOpensWithAMark() {
    String text = "She said: “First part.\n\n“Second part.”\n\nNot quoted.";
    List<MarkedQuote> q = QuoteFinder.find(text);
    assertEquals(1, q.size());
    assertTrue(q.get(0).closed());
    assertEquals("First part.\n\nSecond part.", q.get(0).text());
    assertEquals("First part.\n\n“Second part.", text.substring(q.get(0).start(), q.get(0).end()));
  }

  @Test
  void negative_unclosedMarkEndsAtItsParagraph() {
    String text =
        "He said “this never closes.\n\nThe next paragraph is the writer's.\n\nAnd so is this.";
    List<MarkedQuote> q = QuoteFinder.find(text);
    assertEquals(1, q.size());
    assertFalse(q.get(0).closed());
    assertEquals("this never closes.", q.get(0).text());
  }

  @Test
  void negative_apostrophesAndInchMarksAreNoQuotes() {
    assertTrue(QuoteFinder.find("It's the boy's 12\" screen.").isEmpty());
  }
}
