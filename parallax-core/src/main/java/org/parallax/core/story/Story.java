package org.parallax.core.story;

import java.util.List;
import java.util.Objects;

/**
 * Articles about one real-world event or development, across outlets and languages.
 *
 * @param id a stable id: the id of the story's first article hashed, so that new batches extend the
 *     same story
 * @param title a representative title (the title of the article closest to the story's centre)
 * @param articles member article ids in publication order
 * @param families ids of the {@link SyndicationFamily syndication families} among the members
 * @param firstSeen the earliest publication date-time (ISO 8601), or {@code null}
 * @param lastSeen the latest publication date-time (ISO 8601), or {@code null}
 * @param entities the story's most frequent canonical entity ids, most frequent first
 * @param pinned whether a user pinned it: pinned stories take no new articles automatically
 * @param evidence one {@link Assignment} per member, in the order of {@code articles}
 */
public record Story(
    String id,
    String title,
    List<String> articles,
    List<String> families,
    String firstSeen,
    String lastSeen,
    List<String> entities,
    boolean pinned,
    List<Assignment> evidence) {

  public Story {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    articles = articles == null ? List.of() : List.copyOf(articles);
    families = families == null ? List.of() : List.copyOf(families);
    entities = entities == null ? List.of() : List.copyOf(entities);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** Number of member articles. */
  public int size() {
    return articles.size();
  }
}
