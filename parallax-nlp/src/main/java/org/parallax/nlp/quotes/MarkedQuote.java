package org.parallax.nlp.quotes;

/**
 * A passage between quote marks, before it is classified or attributed.
 *
 * @param open offset of the opening mark
 * @param start first character inside the marks
 * @param end end (exclusive) of the last character inside the marks
 * @param close offset just past the closing mark, or {@code end} when the mark never closed
 * @param closed whether a closing mark was found
 * @param text the quoted words, without marks (continuation marks of later paragraphs removed)
 */
record MarkedQuote(int open, int start, int end, int close, boolean closed, String text) {}
