package org.parallax.compare;

import java.util.List;
import org.parallax.compare.coverage.Outlets;
import org.parallax.compare.story.Member;
import org.parallax.core.model.Article;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Speaker;
import org.parallax.core.registry.SourceRegistry;

/** Small articles for unit tests. */
public final class TestArticles {

  private TestArticles() {}

  /** An article of one paragraph from {@code domain}. */
  public static Article of(String id, String domain, String published, String text) {
    return Article.builder()
        .id(id)
        .source(id)
        .domain(domain)
        .published(published)
        .title("Title " + id)
        .paragraphs(List.of(text))
        .build();
  }

  /** {@code a} with a direct quote of {@code words} (which must occur in its text). */
  public static Article quoting(Article a, String words, String speakerId) {
    int at = a.text().indexOf(words);
    return a.toBuilder()
        .quotes(
            List.of(
                new Quote(
                    words,
                    a.span(at, at + words.length()),
                    QuoteKind.DIRECT,
                    new Speaker(speakerId, speakerId),
                    null,
                    "said",
                    null)))
        .build();
  }

  /** A member whose voice is {@code voice}, outlet resolved with the default registry. */
  public static Member member(Article a, String voice) {
    Outlets o = new Outlets(SourceRegistry.defaults());
    return new Member(a, o.of(a), o.originOf(a).orElse(o.of(a)), voice);
  }
}
