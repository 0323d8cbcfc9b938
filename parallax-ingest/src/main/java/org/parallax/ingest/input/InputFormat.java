package org.parallax.ingest.input;

/** The formats Parallax reads, as recognised by {@link FormatSniffer}. */
public enum InputFormat {
  /** Plain text or Markdown: one article per file. */
  TEXT,
  /** A saved HTML page: one article per file. */
  HTML,
  /** JSON Lines: one article per line. */
  JSONL,
  /** RSS 2.0, RSS 1.0 (RDF) or Atom: one article per item. */
  FEED,
  /** A WARC archive: one article per HTML response record. */
  WARC,
  /** Nothing at all. */
  EMPTY,
  /** Bytes that are not text. */
  BINARY
}
