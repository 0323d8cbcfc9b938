package org.parallax.compare;

import java.util.List;
import org.parallax.core.compare.Comparison;
import org.parallax.core.embed.Embedder;
import org.parallax.core.model.Article;
import org.parallax.core.model.Outcome;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.story.Story;

/** Builds stories and comparisons for tests. */
final class TestStories {

  private TestStories() {}

  /** A story of these articles, with no syndication families. */
  static Story story(String id, List<Article> articles) {
    return StoryComparator.oneStory(id, articles.get(0).title(), articles);
  }

  /** Compares {@code articles} as one story of id {@code id}, the corpus being these articles. */
  static Comparison compare(Embedder embedder, String id, List<Article> articles) {
    Outcome<Comparison> c =
        StoryComparator.over(embedder, SourceRegistry.defaults(), articles)
            .compare(story(id, articles), articles, List.of());
    return ((Outcome.Ok<Comparison>) c).value();
  }

  /** Compares {@code articles} as one story, the corpus being these articles. */
  static Comparison compare(Embedder embedder, List<Article> articles) {
    return compare(embedder, "s1", articles);
  }
}
