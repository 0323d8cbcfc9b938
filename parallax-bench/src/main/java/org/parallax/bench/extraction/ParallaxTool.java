package org.parallax.bench.extraction;

import org.parallax.ingest.html.HtmlExtractor;
import org.parallax.ingest.html.Page;

/** Parallax's own {@link HtmlExtractor}. */
public final class ParallaxTool implements ExtractionTool {

  private final HtmlExtractor extractor = HtmlExtractor.create();

  @Override
  public String name() {
    return "Parallax";
  }

  @Override
  public boolean givesAuthors() {
    return true;
  }

  @Override
  public boolean givesDates() {
    return true;
  }

  @Override
  public Extraction extract(String html, String url) {
    HtmlExtractor.Extracted x = extractor.extractWithBody(html, url);
    Page page = x.page();
    return new Extraction(x.body(), page.title(), page.authors(), page.published());
  }
}
