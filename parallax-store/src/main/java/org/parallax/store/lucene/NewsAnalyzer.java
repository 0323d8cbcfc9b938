package org.parallax.store.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The analyzer of every text field: Lucene's English chain (standard tokenizer, possessive removal,
 * lower case, English stop words, Porter stemming), so that "sanctions" finds "sanction" and
 * phrases keep their positions.
 */
public final class NewsAnalyzer {

  private NewsAnalyzer() {}

  /** A new analyzer; analyzers are thread-safe, share one per corpus. */
  public static Analyzer create() {
    return new EnglishAnalyzer();
  }
}
