package org.parallax.bench.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private static final double EPS = 1e-9;

  @Test
  void shingleScoreOfIdenticalTextsIsPerfect() {
    ShingleScore s = ShingleScore.of("one two three four five", "One two three four five");
    // "One" differs in case: the metric is case-sensitive, so only 1 of 2 shingles match.
    assertEquals(1.0 / 3, s.tp(), EPS);
    ShingleScore same = ShingleScore.of("one two three four five", "one, two; three four five!");
    assertEquals(1.0, same.tp(), EPS);
    assertTrue(same.exact());
  }

  @Test
  void shingleScoreCountsExtraAndMissingShingles() {
    // gold: a b c d e -> {abcd, bcde}; predicted: b c d e f -> {bcde, cdef}
    ShingleScore s = ShingleScore.of("a b c d e", "b c d e f");
    assertEquals(1.0 / 3, s.tp(), EPS);
    assertEquals(1.0 / 3, s.fp(), EPS);
    assertEquals(1.0 / 3, s.fn(), EPS);
    assertFalse(s.exact());
  }

  @Test
  void shortAndEmptyTextsAreOneShingle() {
    assertEquals(1.0, ShingleScore.of("", "").tp(), EPS);
    ShingleScore s = ShingleScore.of("a b c d e", "");
    // gold {abcd, bcde}, predicted {()}: 0 tp, 1 fp, 2 fn
    assertEquals(0.0, s.tp(), EPS);
    assertEquals(1.0 / 3, s.fp(), EPS);
    assertEquals(1.0, ShingleScore.of("a b", "a b").tp(), EPS);
  }

  @Test
  void corpusF1IsHarmonicMeanOfMeanPrecisionAndRecall() {
    ShingleScore perfect = new ShingleScore(1, 0, 0, true);
    ShingleScore half = new ShingleScore(0.5, 0.5, 0, false); // P 0.5, R 1
    Scores s = ShingleScore.summarise(List.of(perfect, half));
    assertEquals(0.75, s.precision(), EPS);
    assertEquals(1.0, s.recall(), EPS);
    assertEquals(2 * 0.75 / 1.75, s.f1(), EPS);
    assertEquals(0.5, s.accuracy(), EPS);
  }

  @Test
  void segmentScoreMatchesWhitespaceNormalisedSubstrings() {
    SegmentScore s =
        SegmentScore.of(
            List.of("the  quick\nfox", "missing part"),
            List.of("Impressum", "cookie"),
            "The text: the quick fox jumps.\n\nImpressum");
    assertEquals(new SegmentScore(1, 1, 1, 1), s);
    Scores total = SegmentScore.summarise(List.of(s, new SegmentScore(3, 0, 0, 2)));
    assertEquals(4.0 / 5, total.precision(), EPS);
    assertEquals(4.0 / 5, total.recall(), EPS);
    assertEquals(8.0 / 10, total.f1(), EPS);
    assertEquals(7.0 / 9, total.accuracy(), EPS);
  }

  @Test
  void wordScoreIsCaseInsensitiveBagOfWords() {
    WordScore s = WordScore.of("The cat sat on the mat", "the CAT sat sat");
    // overlap: the, cat, sat = 3; predicted 4, gold 6
    assertEquals(0.75, s.precision(), EPS);
    assertEquals(0.5, s.recall(), EPS);
    assertEquals(0.6, s.f1(), EPS);
    assertEquals(0.0, WordScore.of("words", "").f1(), EPS);
    assertEquals(1.0, WordScore.of("", "").f1(), EPS);
  }

  @Test
  void dateScoreComparesTheDayOnly() {
    assertEquals(DateScore.TP, DateScore.of("2021-05-04", "2021-05-04T10:00:00+02:00"));
    assertEquals(DateScore.FP, DateScore.of("2021-05-04", "2021-05-03"));
    assertEquals(DateScore.FN, DateScore.of("2021-05-04", null));
    Scores s = DateScore.summarise(List.of(DateScore.TP, DateScore.TP, DateScore.FP, DateScore.FN));
    assertEquals(0.5, s.accuracy(), EPS);
    assertEquals(2.0 / 3, s.precision(), EPS);
  }

  @Test
  void exactMatchNormalisesWhitespaceAndJoinsAuthors() {
    assertTrue(ExactMatch.matches("A  title\n", "A title"));
    assertFalse(ExactMatch.matches("A title", "a title"));
    assertFalse(ExactMatch.matches("A title", null));
    assertEquals("Ann; Bob", ExactMatch.authors(List.of("Ann", "Bob")));
  }

  @Test
  void htmlBytesHonoursMetaCharset() {
    byte[] latin =
        "<meta charset=\"iso-8859-1\"><p>caf\u00e9</p>"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(HtmlBytes.decode(latin).contains("caf\u00e9"));
    byte[] utf8 = "<p>caf\u00e9</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(HtmlBytes.decode(utf8).contains("caf\u00e9"));
  }
}
