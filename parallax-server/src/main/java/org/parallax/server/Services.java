package org.parallax.server;

import java.util.Objects;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.server.api.ArticleIntake;
import org.parallax.server.api.GroupingEditor;
import org.parallax.store.Corpus;

/**
 * What the API routes work on.
 *
 * @param corpus the open corpus
 * @param registry the source registry served at {@code /api/registry}
 * @param intake what {@code POST /api/articles} runs
 * @param grouping what {@code POST /api/overrides} runs
 */
public record Services(
    Corpus corpus, SourceRegistry registry, ArticleIntake intake, GroupingEditor grouping) {

  public Services {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(intake, "intake");
    Objects.requireNonNull(grouping, "grouping");
  }
}
