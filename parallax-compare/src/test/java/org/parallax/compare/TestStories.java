package org.parallax.compare;

import java.util.List;
import org.parallax.compare.coverage.Outlets;
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
    return new Story(
        id,
        articles.get(0).title(),
        articles.stream().map(Article::id).toList(),
        List.of(),
        null,
        null,
        List.of(),
        false,
        List.of());
  }

  /** Compares {@code articles} as one story of id {@code id}, the corpus being these articles. */
  static Comparison compare(Embedder embedder, String id, List<Article> articles) {
    Outlets outlets = new Outlets(SourceRegistry.defaults());
    Corpus corpus = new Corpus(outlets);
    articles.forEach(corpus::add);
    Outcome<Comparison> c =
        new StoryComparator(embedder, corpus, outlets)
            .compare(story(id, articles), articles, List.of());
    return ((Outcome.Ok<Comparison>) c).value();
  }

  /** Compares {@code articles} as one story, the corpus being these articles. */
  static Comparison compare(Embedder embedder, List<Article> articles) {
    Outlets outlets = new Outlets(SourceRegistry.defaults());
    Corpus corpus = new Corpus(outlets);
    articles.forEach(corpus::add);
    Outcome<Comparison> c =
        new StoryComparator(embedder, corpus, outlets)
            .compare(story("s1", articles), articles, List.of());
    return ((Outcome.Ok<Comparison>) c).value();
  }
}
