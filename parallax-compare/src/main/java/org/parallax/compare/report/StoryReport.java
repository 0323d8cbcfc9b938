package org.parallax.compare.report;

import java.util.List;
import java.util.Objects;
import org.parallax.core.compare.Comparison;
import org.parallax.core.model.Article;

/**
 * What the report shows of one story.
 *
 * @param title the story's title
 * @param comparison its comparison
 * @param articles its articles (for the article pages and evidence context)
 */
public record StoryReport(String title, Comparison comparison, List<Article> articles) {

  public StoryReport {
    title = title == null || title.isBlank() ? "Untitled story" : title;
    Objects.requireNonNull(comparison, "comparison");
    articles = List.copyOf(articles);
  }
}
