package org.parallax.bench.extraction;

/** A main-text extractor under test. Implementations must be safe to call from many threads. */
public interface ExtractionTool {

  /** The name printed in the table. */
  String name();

  /**
   * Extracts one page. May throw; the runner counts a failure as empty output.
   *
   * @param html the decoded page
   * @param url the page's address, may be {@code null}
   */
  Extraction extract(String html, String url) throws Exception;

  /** Whether the tool reports authors at all (tools that do not get a dash, not a zero). */
  default boolean givesAuthors() {
    return false;
  }

  /** Whether the tool reports a publication date at all. */
  default boolean givesDates() {
    return false;
  }
}
