package org.parallax.bench.quotes;

import java.util.List;

/** A quotation finder under test. */
public interface QuoteSystem {

  /** A short name for the table. */
  String name();

  /** The quotes the system finds in {@code doc}'s text. */
  List<SystemQuote> quotes(GoldDoc doc);
}
