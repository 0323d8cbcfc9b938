package org.parallax.core.compare;

import java.util.Objects;

/**
 * One publication on a story's timeline.
 *
 * @param article the article id
 * @param outlet the outlet's name
 * @param published publication date or date-time (ISO 8601), or null when unknown
 * @param voice the voice (syndication family) id
 */
public record TimelineEntry(String article, String outlet, String published, String voice) {

  public TimelineEntry {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(outlet, "outlet");
  }
}
