package org.parallax.bench.stories;

/** Where the stories bench takes each document's entities from. */
public enum EntitySource {
  /** The Enricher's canonical entities, as {@code parallax analyze} groups with. */
  ENRICHER,
  /** Runs of capitalised words ({@link ProperNouns}): fast, no canonical ids. */
  PROXY
}
