package org.parallax.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Metadata that came with a raw item from its container (a JSON Lines object, a feed item, WARC
 * headers), as opposed to metadata found in the content itself. The cleaner prefers the content's
 * own metadata where the hint is absent, and the hint where both exist. All fields may be null.
 *
 * @param sourceId the item's own id in its source (JSON Lines {@code id}, feed guid)
 * @param url the item's URL
 * @param title the item's title
 * @param subtitle a summary or standfirst
 * @param authors authors named by the container
 * @param published publication date or date-time, ISO 8601 where it could be normalised
 * @param language an ISO 639-1 code
 * @param publisher the outlet's name
 * @param section the section or category
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Hints(
    String sourceId,
    String url,
    String title,
    String subtitle,
    List<String> authors,
    String published,
    String language,
    String publisher,
    String section) {

  private static final Hints NONE =
      new Hints(null, null, null, null, List.of(), null, null, null, null);

  public Hints {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** No hints at all. */
  public static Hints none() {
    return NONE;
  }
}
