package org.parallax.ingest.input;

import org.parallax.core.model.RawDocument;

/**
 * Reads the items of one opened input and hands each one on as it is found, as a {@link
 * RawDocument} or as the {@link org.parallax.core.model.Problem} that stopped it. Readers stream:
 * they keep at most one item in memory. They never throw for bad input; an I/O failure part-way (a
 * truncated file) becomes one more problem, after the items read before it.
 */
public interface DocumentReader {

  /** A short stable name, used as the problem stage {@code ingest.<name>}. */
  String name();

  /** Reads every item of {@code input}, in order, into {@code out}. */
  void read(OpenedInput input, ReaderSink out);
}
