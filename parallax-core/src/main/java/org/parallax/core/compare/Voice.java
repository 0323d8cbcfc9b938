package org.parallax.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * One independent voice in a story: a syndication family, or a single article with no reprints.
 *
 * @param id the voice id (the syndication family id, or the article id)
 * @param outlet the outlet that wrote it (the origin of a family, else its earliest carrier)
 * @param carriers every outlet that carried it, the origin first
 * @param articles the ids of its articles
 */
public record Voice(String id, String outlet, List<String> carriers, List<String> articles) {

  public Voice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outlet, "outlet");
    carriers = List.copyOf(carriers);
    articles = List.copyOf(articles);
  }
}
