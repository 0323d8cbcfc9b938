package org.parallax.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parallax.core.model.Article;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;

/** The seeds gold: the 11 quotes of the WSWS article with their speakers, and its quoted terms. */
class QuoteSeedsGoldenTest {

  private static final List<String> TERMS =
      List.of(
          "diplomacy",
          "grand bargain",
          "Strategic patience",
          "carrot and stick",
          "denuclearisation",
          "complete, verifiable denuclearisation");

  private final Article article = Fixtures.seed000();
  private final List<Quote> quotes = QuoteAttributor.create().attribute(article);

  static String norm(String s) {
    return s.strip().replaceAll("[\\s\\p{Punct}“”’]+$", "").replaceAll("\\s+", " ");
  }

  private Quote find(String text) {
    for (Quote q : quotes) {
      if (norm(q.text()).equals(norm(text))) {
        return q;
      }
    }
    return null;
  }

  @Test
  void everyGoldQuoteIsFoundWithItsBoundaries() {
    JsonNode gold = Fixtures.seedsGold().get("articles").get(0).get("quotes");
    List<String> missing = new ArrayList<>();
    for (JsonNode g : gold) {
      Quote q = find(g.get("text").asText());
      if (q == null || q.kind() == QuoteKind.TERM) {
        missing.add(g.get("text").asText());
      }
    }
    assertTrue(missing.isEmpty(), "not found as speech: " + missing);
  }

  @Test
  void atLeastTenOfElevenSpeakersAreRight() {
    JsonNode gold = Fixtures.seedsGold().get("articles").get(0).get("quotes");
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (JsonNode g : gold) {
      Quote q = find(g.get("text").asText());
      String want = g.get("speaker").asText();
      String got = q == null || q.speaker() == null ? null : q.speaker().name();
      boolean ok;
      if (want.startsWith("unnamed ")) {
        ok = got != null && q.speaker().anonymous() && sameHead(want, got);
      } else {
        ok = want.equals(got) && want.equals(q.speaker().id());
      }
      if (ok) {
        right++;
      } else {
        wrong.add(g.get("text").asText() + " -> " + got);
      }
    }
    assertTrue(right >= 10, right + "/11 right; wrong: " + wrong);
  }

  private static boolean sameHead(String a, String b) {
    String[] x = a.toLowerCase(Locale.ROOT).split(" ");
    String[] y = b.toLowerCase(Locale.ROOT).split(" ");
    return x[x.length - 1].equals(y[y.length - 1]);
  }

  @Test
  void scareQuotedTermsHaveNoSpeaker() {
    for (String term : TERMS) {
      List<Quote> all = quotes.stream().filter(q -> norm(q.text()).equals(norm(term))).toList();
      assertTrue(!all.isEmpty(), "term not found: " + term);
      for (Quote q : all) {
        assertNull(q.speaker(), term);
        assertEquals(QuoteKind.TERM, q.kind(), term);
      }
    }
  }

  @Test
  void relayedQuotesNameTheOutletAndTheCue() {
    Quote q = find("We fully intend to maintain sanctions pressure while this plays out.");
    assertNotNull(q);
    assertEquals("The Washington Post", q.via());
    assertEquals("told", q.cue());
    Quote psaki =
        find(
            "Our policy will not focus on achieving a grand bargain, nor will it rely on strategic"
                + " patience. Our policy calls for a calibrated practical approach that is open to and"
                + " will explore diplomacy with the DPRK [North Korea], and to make practical progress"
                + " that increases the security of the United States, our allies and deployed forces.");
    assertNotNull(psaki);
    assertEquals("told reporters", psaki.cue());
    assertEquals(QuoteKind.DIRECT, psaki.kind());
    assertEquals("Psaki", psaki.speakerSpan().text());
  }

  @Test
  void everySpanPointsAtItsText() {
    for (Quote q : quotes) {
      assertEquals(q.span().text(), article.text().substring(q.span().start(), q.span().end()));
      assertEquals(q.text(), q.span().text());
      if (q.speakerSpan() != null) {
        assertEquals(
            q.speakerSpan().text(),
            article.text().substring(q.speakerSpan().start(), q.speakerSpan().end()));
      }
    }
  }
}
