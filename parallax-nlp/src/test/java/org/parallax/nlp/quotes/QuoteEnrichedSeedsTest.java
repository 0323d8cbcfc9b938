package org.parallax.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.model.Article;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.nlp.Enricher;

/** The seeds gold through the real enrichment stage: speakers carry canonical entity ids. */
class QuoteEnrichedSeedsTest {

  @Test
  void enricherQuotesHaveTheGoldSpeakersWithCanonicalIds() {
    JsonNode a = Fixtures.seedsGold().get("articles").get(0);
    List<String> paragraphs = new ArrayList<>();
    a.get("body_paragraphs").forEach(p -> paragraphs.add(p.asText()));
    Article article =
        Article.builder()
            .id("000")
            .source("000_a143d11ab348a2c9.txt")
            .title(a.get("title").asText())
            .published(a.get("published").asText())
            .paragraphs(paragraphs)
            .build();
    List<Quote> quotes = Enricher.shared().enrich(article).article().quotes();
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (JsonNode g : a.get("quotes")) {
      String text = QuoteSeedsGoldenTest.norm(g.get("text").asText());
      String want = g.get("speaker").asText();
      Quote q =
          quotes.stream()
              .filter(x -> QuoteSeedsGoldenTest.norm(x.text()).equals(text))
              .findFirst()
              .orElse(null);
      boolean ok =
          q != null
              && q.speaker() != null
              && (want.startsWith("unnamed ")
                  ? q.speaker().anonymous() && q.speaker().name().endsWith("official")
                  : want.equals(q.speaker().id()));
      if (ok) {
        right++;
      } else {
        wrong.add(text + " -> " + (q == null ? "not found" : q.speaker()));
      }
    }
    assertTrue(right >= 10, right + "/11 right; wrong: " + wrong);
    for (Quote q : quotes) {
      if (QuoteSeedsGoldenTest.norm(q.text()).equals("grand bargain")) {
        assertEquals(QuoteKind.TERM, q.kind());
        assertNull(q.speaker());
      }
    }
  }
}
