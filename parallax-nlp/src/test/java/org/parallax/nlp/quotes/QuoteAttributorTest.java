package org.parallax.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.model.Article;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;

/** Attribution patterns on small texts without entities (names are read from the text). */
class QuoteAttributorTest {

  private final QuoteAttributor attributor = QuoteAttributor.create();

  private List<Quote> quotes(String... paragraphs) {
    return attributor.attribute(Fixtures.plain(paragraphs));
  }

  private static String speaker(Quote q) {
    return q.speaker() == null ? null : q.speaker().name();
  }

  @Test
  void positive_nameSaidAfterTheQuote() {
    List<Quote> q = quotes("Ahmed Khan runs the shop. “We will open again on Monday,” Khan said.");
    assertEquals(1, q.size());
    assertEquals("Ahmed Khan", speaker(q.get(0)));
    assertEquals("Khan", q.get(0).speakerSpan().text());
    assertEquals("said", q.get(0).cue());
    assertEquals(QuoteKind.DIRECT, q.get(0).kind());
  }

  @Test
  void positive_saidNameAndTitleIsStripped() {
    List<Quote> q = quotes("“Nothing was possible then,” said Ambassador Hamdullah Mohib.");
    assertEquals("Hamdullah Mohib", speaker(q.get(0)));
  }

  @Test
  void positive_appositionBetweenNameAndCue() {
    List<Quote> q =
        quotes(
            "Jeff Rathke, the State Department spokesperson, said, “We urge the governments to act.”");
    assertEquals("Jeff Rathke", speaker(q.get(0)));
  }

  @Test
  void positive_pronounGoesToThePersonOfTheParagraph() {
    List<Quote> q =
        quotes(
            "Professor Cres Eastman says salt should be iodised.",
            "“I suspect they won't do that on a voluntary basis,” he said.");
    assertEquals("Cres Eastman", speaker(q.get(0)));
    assertEquals("he", q.get(0).speakerSpan().text());
  }

  @Test
  void positive_anonymousSourceIsADescriptionAndTheDefiniteOneRefersBack() {
    List<Quote> q =
        quotes(
            "One American official told the Washington Post that it was a “careful approach.”",
            "The official said: “This is something in the middle.”");
    assertEquals("unnamed American official", speaker(q.get(0)));
    assertTrue(q.get(0).speaker().anonymous());
    assertEquals("Washington Post", q.get(0).via());
    assertEquals("unnamed American official", speaker(q.get(1)));
    assertEquals("The official", q.get(1).speakerSpan().text());
  }

  @Test
  void positive_quoteAloneInItsParagraphKeepsTheLastSpeaker() {
    List<Quote> q =
        quotes(
            "“Seventeen years ago, this would not have been possible,” said Ambassador Mohib.",
            "“They represent our aspirations and resilience despite the conflict.”");
    assertEquals(2, q.size());
    assertEquals(speaker(q.get(0)), speaker(q.get(1)));
  }

  @Test
  void positive_accordingToAfterTheQuote() {
    List<Quote> q =
        quotes(
            "By then “her skin was weeping and her body malnourished”, according to the Sydney Morning Herald.");
    assertEquals("Sydney Morning Herald", speaker(q.get(0)));
  }

  @Test
  void positive_germanInvertedCue() {
    List<Quote> q = quotes("„Das erschüttert uns sehr“, sagte Willy Bogner am Montag.");
    assertEquals("Willy Bogner", speaker(q.get(0)));
  }

  @Test
  void negative_scareQuotesAndNamesOfThingsAreTerms() {
    List<Quote> q =
        quotes(
            "The girls were granted “parole” status. The robot was named “Better Idea of Afghan"
                + " Girls,” and the team listed its country as “Hope” on the shirts.");
    assertEquals(3, q.size());
    for (Quote x : q) {
      assertEquals(QuoteKind.TERM, x.kind(), x.text());
      assertNull(x.speaker(), x.text());
    }
  }

  @Test
  void negative_unclosedQuoteDoesNotSwallowTheArticle() {
    Article a =
        Fixtures.plain(
            "Kim Lee said: “We will never give in.",
            "Officials met on Tuesday.",
            "“This is settled,” said Tom Marsh.");
    List<Quote> q = attributor.attribute(a);
    assertEquals(2, q.size());
    assertEquals("We will never give in.", q.get(0).text());
    assertEquals("Kim Lee", speaker(q.get(0)));
    assertEquals("Tom Marsh", speaker(q.get(1)));
  }

  @Test
  void negative_articleWithoutQuotesHasNone() {
    assertTrue(quotes("No one was quoted here.", "Nor here.").isEmpty());
    assertTrue(quotes("").isEmpty());
  }
}
