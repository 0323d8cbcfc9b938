package org.parallax.bench.extraction;

import java.util.List;

/**
 * What one tool returned for one page; fields a tool does not produce are {@code null} or empty.
 *
 * @param text the main text, blocks separated by newlines
 * @param title the title
 * @param authors the authors
 * @param date the publication date, any ISO 8601 form
 */
public record Extraction(String text, String title, List<String> authors, String date) {

  /** Copies the author list. */
  public Extraction {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** What a tool that failed on a page counts as: nothing at all. */
  public static Extraction nothing() {
    return new Extraction("", null, List.of(), null);
  }
}
