package org.parallax.bench.extraction;

import java.util.List;

/**
 * One benchmark page with whatever gold its set provides ({@code null} / empty when absent).
 *
 * @param id the page's id within its set
 * @param url the page's address
 * @param html the decoded page
 * @param body the gold main text
 * @param with segments that must appear in the output
 * @param without segments that must not
 * @param title the gold title
 * @param author the gold author string (several joined with "; ")
 * @param date the gold publication day, {@code YYYY-MM-DD}
 */
public record GoldPage(
    String id,
    String url,
    String html,
    String body,
    List<String> with,
    List<String> without,
    String title,
    String author,
    String date) {

  /** Copies the segment lists. */
  public GoldPage {
    with = with == null ? List.of() : List.copyOf(with);
    without = without == null ? List.of() : List.copyOf(without);
  }
}
