package org.parallax.server;

import java.util.concurrent.atomic.AtomicLong;
import org.parallax.server.api.ArticleIntake;
import org.parallax.server.api.GroupingEditor;
import org.parallax.server.api.RouteGroup;
import org.parallax.server.http.ApiException;
import org.parallax.store.Corpus;

/**
 * Serving a corpus that another process writes (an ingest running beside the server): write
 * endpoints answer 409, and reads pick up the writer's commits, checking at most once a second.
 */
public final class ReadOnlyCorpus {

  private static final String MESSAGE =
      "the corpus is open read-only because another process is writing to it; retry later";

  private ReadOnlyCorpus() {}

  /** An intake that refuses with 409. */
  public static ArticleIntake intake() {
    return (body, source) -> {
      throw new ApiException(409, MESSAGE);
    };
  }

  /** A grouping editor that refuses with 409. */
  public static GroupingEditor grouping() {
    return o -> {
      throw new ApiException(409, MESSAGE);
    };
  }

  /** A before-handler that refreshes {@code corpus} at most once a second. */
  public static RouteGroup refresher(Corpus corpus) {
    AtomicLong last = new AtomicLong();
    return routes ->
        routes.before(
            ctx -> {
              long now = System.nanoTime();
              long then = last.get();
              if (now - then > 1_000_000_000L && last.compareAndSet(then, now)) {
                corpus.refresh();
              }
            });
  }
}
