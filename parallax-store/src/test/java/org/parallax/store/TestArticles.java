package org.parallax.store;

import java.util.ArrayList;
import java.util.List;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Salience;
import org.parallax.core.model.Span;
import org.parallax.core.model.Speaker;

/** Small hand-made articles with entities and quotes, for store tests. */
final class TestArticles {

  private TestArticles() {}

  /** An article whose text is {@code text}, with the given entity ids and one quote per pair. */
  static Article article(
      String id,
      String domain,
      String published,
      String title,
      String text,
      List<String> entityIds,
      List<String[]> quotes) {
    String full = text;
    List<Quote> qs = new ArrayList<>();
    for (String[] q : quotes) {
      String words = q[1];
      int start = full.length() + 2;
      full = full + " \"" + words + "\" said " + q[0] + ".";
      Span span = Span.of(full, start, start + words.length());
      qs.add(new Quote(words, span, QuoteKind.DIRECT, new Speaker(q[0], q[0]), null, "said", null));
    }
    String finalText = full;
    List<Entity> es = new ArrayList<>();
    for (String e : entityIds) {
      int at = Math.max(0, finalText.indexOf(e));
      int end = finalText.contains(e) ? at + e.length() : 0;
      es.add(
          new Entity(
              e, e, "PERSON", List.of(Span.of(finalText, at, end)), new Salience(1, at, false)));
    }
    return Article.builder()
        .id(id)
        .source("test")
        .url("https://" + domain + "/" + id)
        .domain(domain)
        .title(title)
        .published(published)
        .language("en")
        .paragraphs(List.of(finalText))
        .entities(es)
        .quotes(qs)
        .build();
  }
}
