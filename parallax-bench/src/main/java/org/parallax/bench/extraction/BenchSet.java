package org.parallax.bench.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The four public sets, each with its loader and the label printed in the table. */
public enum BenchSet {
  /** Scrapinghub Article Extraction Benchmark, 181 pages. */
  AEB("Scrapinghub AEB"),
  /** The trafilatura evaluation set, 990 pages. */
  TRAFILATURA("trafilatura eval"),
  /** The htmldate evaluation set, 1,000 pages. */
  HTMLDATE("htmldate eval"),
  /** WCXB held-out test split, article pages, 257 pages. */
  WCXB("WCXB test articles");

  private final String label;

  BenchSet(String label) {
    this.label = label;
  }

  /** The set's name in the table. */
  public String label() {
    return label;
  }

  /** The option value naming this set ({@code aeb}, {@code trafilatura}, …). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Loads at most {@code limit} pages from {@code extractionDir}. */
  List<GoldPage> load(Path extractionDir, int limit) throws IOException {
    return switch (this) {
      case AEB -> BenchSets.aeb(extractionDir, limit);
      case TRAFILATURA -> BenchSets.trafilatura(extractionDir, limit);
      case HTMLDATE -> BenchSets.htmldate(extractionDir, limit);
      case WCXB -> BenchSets.wcxb(extractionDir, limit);
    };
  }
}
