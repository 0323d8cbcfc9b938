package org.parallax.ingest;

import java.util.Objects;
import java.util.function.Consumer;
import org.parallax.core.model.Article;
import org.parallax.core.model.Problem;

/**
 * Receives the results of an ingest run, in input order, on the thread that called {@link
 * Ingestor}: every article, every problem, and progress now and then. Implementations need not be
 * thread-safe.
 */
public interface IngestSink {

  /** One clean article. */
  void article(Article article);

  /** One item (or input) that did not become an article. */
  void problem(Problem problem);

  /** Progress so far; called about once a second and after each input. */
  default void progress(IngestProgress progress) {}

  /**
   * A sink that hands each article to {@code articles} and each problem to {@code problems}, and
   * ignores progress; {@code IngestSink.of(list::add, problems::add)} collects a run.
   */
  static IngestSink of(Consumer<? super Article> articles, Consumer<? super Problem> problems) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(problems, "problems");
    return new IngestSink() {
      @Override
      public void article(Article article) {
        articles.accept(article);
      }

      @Override
      public void problem(Problem problem) {
        problems.accept(problem);
      }
    };
  }
}
