package org.parallax.ingest;

import org.parallax.core.model.Article;
import org.parallax.core.model.ContentType;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.RawDocument;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.stage.Stage;
import org.parallax.ingest.clean.PageCleaner;
import org.parallax.ingest.clean.TextDumpCleaner;
import org.parallax.ingest.html.HtmlExtractor;
import org.parallax.ingest.lang.LanguageDetector;
import org.parallax.ingest.lang.StopwordLanguageDetector;
import org.parallax.ingest.meta.ArticleAssembler;
import org.parallax.ingest.meta.Content;

/**
 * The cleaning stage: a {@link RawDocument} (text or HTML) to an {@link Article}, or a problem when
 * no article text is found or cleaning fails. Thread-safe.
 */
public final class ArticleCleaner implements Stage<RawDocument, Article> {

  private final TextDumpCleaner text;
  private final PageCleaner pages;
  private final ArticleAssembler assembler;

  private ArticleCleaner(SourceRegistry registry, LanguageDetector languages) {
    this.text = new TextDumpCleaner(registry);
    this.pages = new PageCleaner(HtmlExtractor.create(), registry);
    this.assembler = new ArticleAssembler(registry, languages);
  }

  /** A cleaner with the built-in language detector. */
  public static ArticleCleaner create(SourceRegistry registry) {
    return create(registry, new StopwordLanguageDetector());
  }

  /** A cleaner with {@code languages} as its language detector. */
  public static ArticleCleaner create(SourceRegistry registry, LanguageDetector languages) {
    return new ArticleCleaner(registry, languages);
  }

  @Override
  public String name() {
    return ArticleAssembler.STAGE;
  }

  @Override
  public Outcome<Article> apply(RawDocument raw) {
    try {
      Content c =
          raw.contentType() == ContentType.TEXT
              ? text.clean(raw.content(), raw.hints().title())
              : pages.clean(raw.content(), raw.hints().url());
      return assembler.assemble(raw, c);
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.failed(
          raw.problem(
              name(),
              "clean-failed",
              "The item could not be cleaned ("
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage()
                  + ")."));
    }
  }
}
