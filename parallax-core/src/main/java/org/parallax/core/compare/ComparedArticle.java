package org.parallax.core.compare;

import java.util.Objects;

/**
 * One article of a compared story, as the report lists it.
 *
 * @param id the article id
 * @param outlet the outlet's name (from the source registry, else the publisher or domain)
 * @param title the headline, may be null
 * @param published publication date or date-time (ISO 8601), may be null
 * @param url the article's URL, may be null
 * @param voice the id of the independent voice (syndication family) it belongs to
 */
public record ComparedArticle(
    String id, String outlet, String title, String published, String url, String voice) {

  public ComparedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(voice, "voice");
  }
}
