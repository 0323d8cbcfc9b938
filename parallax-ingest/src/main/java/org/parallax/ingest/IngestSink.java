package org.parallax.ingest;

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
}
