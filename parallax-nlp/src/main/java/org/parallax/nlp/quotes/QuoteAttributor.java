package org.parallax.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import org.parallax.core.model.Article;
import org.parallax.core.model.Quote;

/**
 * Finds every quotation of an article and attributes it to its speaker. Rule based, no model to
 * load; immutable and thread-safe, so one instance serves every thread.
 *
 * <p>Reads {@link Article#text()} and, when present, {@link Article#entities()}: a speaker whose
 * name is covered by an entity mention gets that entity's canonical id and name. Without entities
 * names are read from the text, and a speaker's id is its full name as the article gives it.
 */
public final class QuoteAttributor {

  private QuoteAttributor() {}

  /** A ready attributor. */
  public static QuoteAttributor create() {
    return new QuoteAttributor();
  }

  /** The quotes of {@code article}, in text order. */
  public List<Quote> attribute(Article article) {
    String text = article.text();
    List<MarkedQuote> marks = new ArrayList<>();
    for (MarkedQuote m : QuoteFinder.find(text)) {
      if (m.start() < m.end()) {
        marks.add(m);
      }
    }
    if (marks.isEmpty()) {
      return List.of();
    }
    return new ArticleReader(article, marks).read();
  }
}
