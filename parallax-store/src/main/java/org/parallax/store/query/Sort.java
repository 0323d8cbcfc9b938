package org.parallax.store.query;

/** The order of search results. */
public enum Sort {
  /** Best match first; newest first when there is no query text. */
  RELEVANCE,
  /** Newest publication date first. */
  NEWEST,
  /** Oldest publication date first. */
  OLDEST
}
