package org.parallax.store;

import java.util.Locale;

/**
 * The kinds of derived records the corpus keeps beside articles, each stored as one JSON document
 * under its id.
 */
public enum StoredKind {
  /** A story: articles about the same event over time. */
  STORY,
  /** A syndication family: one text and its reprints. */
  FAMILY,
  /** The comparison of one story across outlets. */
  COMPARISON,
  /** A user's grouping override (merge, split, move, pin). */
  OVERRIDE;

  /** The lower-case name used in the index and in URLs. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
