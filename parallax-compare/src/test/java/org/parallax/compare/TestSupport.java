package org.parallax.compare;

import java.util.List;
import org.parallax.core.compare.Comparison;
import org.parallax.core.embed.Embedder;
import org.parallax.core.model.Article;

/** Test fixtures for tests in other packages of this module. */
public final class TestSupport {

  private TestSupport() {}

  /** The seed articles with gold entities and quotes. */
  public static List<Article> seeds() {
    return Seeds.articles();
  }

  /** Compares {@code articles} as one story. */
  public static Comparison compare(Embedder embedder, String id, List<Article> articles) {
    return TestStories.compare(embedder, id, articles);
  }
}
