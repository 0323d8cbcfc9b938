package org.parallax.bench.syndication;

/** The edits a republisher makes to a copy. */
enum Edit {
  /** Keeps only the first 40–80 % of the paragraphs. */
  TRIM,
  /** Replaces the headline and rewrites the opening line's first words. */
  HEADLINE,
  /** Inserts a local paragraph from an unrelated article. */
  LOCAL,
  /** Removes the agency's boilerplate (or the last paragraph when there is none). */
  BOILERPLATE,
  /** Wraps the text in another site's template (navigation, subscription and copyright lines). */
  TEMPLATE,
  /** Pastes in a paragraph of a second agency's report of the same event. */
  PASTE
}
