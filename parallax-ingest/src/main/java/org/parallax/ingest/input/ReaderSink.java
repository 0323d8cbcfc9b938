package org.parallax.ingest.input;

import java.util.function.Consumer;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.RawDocument;

/**
 * Where a {@link DocumentReader} hands its items. Besides items and problems, a reader may report
 * records that are not articles by nature (a WARC request record, an image response): those are
 * counted as skipped, not rejected.
 */
@FunctionalInterface
public interface ReaderSink extends Consumer<Outcome<RawDocument>> {

  /**
   * Counts one record that is not an article, described by {@code kind} (e.g. {@code image/png}).
   */
  default void skipped(String kind) {}
}
