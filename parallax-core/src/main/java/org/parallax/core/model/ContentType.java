package org.parallax.core.model;

/** What a raw document's content is: markup to be cleaned, or text (plain or Markdown). */
public enum ContentType {
  HTML,
  TEXT
}
