package org.parallax.bench.extraction;

import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** readability4j 1.0.8 (a port of Mozilla Readability): text, title and byline. */
public final class ReadabilityTool implements ExtractionTool {

  @Override
  public String name() {
    return "readability4j 1.0.8";
  }

  @Override
  public boolean givesAuthors() {
    return true;
  }

  @Override
  public Extraction extract(String html, String url) {
    Article article = new Readability4J(url == null ? "" : url, html).parse();
    String byline = article.getByline();
    List<String> authors = byline == null || byline.isBlank() ? List.of() : List.of(byline.strip());
    String text = article.getTextContent();
    return new Extraction(text == null ? "" : text, article.getTitle(), authors, null);
  }
}
