package org.parallax.bench.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.parallax.core.model.Article;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.nlp.quotes.QuoteAttributor;

/** Parallax's {@link QuoteAttributor}, optionally after a stage that adds entities. */
public final class ParallaxQuotes implements QuoteSystem {

  private final String name;
  private final UnaryOperator<Article> prepare;
  private final QuoteAttributor attributor = QuoteAttributor.create();

  /**
   * @param name the name in the table
   * @param prepare what runs before attribution (identity for text only, or the enrichment stage)
   */
  public ParallaxQuotes(String name, UnaryOperator<Article> prepare) {
    this.name = name;
    this.prepare = prepare;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<SystemQuote> quotes(GoldDoc doc) {
    Article article = prepare.apply(article(doc));
    List<SystemQuote> out = new ArrayList<>();
    for (Quote q : attributor.attribute(article)) {
      out.add(
          new SystemQuote(
              q.span().start(),
              q.span().end(),
              q.kind() == QuoteKind.TERM,
              q.speaker() == null ? null : q.speaker().name(),
              q.speaker() != null && q.speaker().anonymous(),
              q.speakerSpan() == null ? -1 : q.speakerSpan().start(),
              q.speakerSpan() == null ? -1 : q.speakerSpan().end()));
    }
    return out;
  }

  /** The gold document as an article whose text is exactly the gold text. */
  static Article article(GoldDoc doc) {
    return new Article(
        doc.name(),
        null,
        doc.name(),
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        doc.paragraphs(),
        doc.text(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
