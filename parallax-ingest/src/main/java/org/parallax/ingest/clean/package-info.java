/**
 * Cleaning: from a text or Markdown dump (or the paragraphs of an HTML page) to a title,
 * standfirst, byline, date, captions, sub-headings and body paragraphs.
 *
 * <p>{@link org.parallax.ingest.clean.TextDumpCleaner} reads a dump block by block (blocks are
 * separated by blank lines): a header zone (section label, title, standfirst, byline, date,
 * captions) and then the body, which {@link org.parallax.ingest.clean.BodyCleaner} cleans:
 * boilerplate blocks ({@link org.parallax.ingest.clean.Boilerplate}) and "Original URL:" lines
 * removed, repeated captions kept once ({@link org.parallax.ingest.clean.Captions}), paragraphs
 * split by a page break rejoined, short unpunctuated lines between paragraphs kept as headings,
 * syndication credits and agency datelines read out. Text is Unicode NFC with whitespace normalised
 * ({@link org.parallax.ingest.clean.TextNormaliser}); typographic quotes are kept.
 *
 * <p>Everything here is a pure function of its input and thread-safe. No rule is recursive.
 */
package org.parallax.ingest.clean;
