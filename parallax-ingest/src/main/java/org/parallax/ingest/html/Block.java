package org.parallax.ingest.html;

import org.jsoup.nodes.Element;

/**
 * One block of text found in the body, in document order.
 *
 * @param kind what the block is
 * @param text its normalised text
 * @param linkChars how many of its characters sit inside links
 * @param element the element the block was taken from (the nearest block-level ancestor)
 */
record Block(Kind kind, String text, int linkChars, Element element) {

  /** The kinds of body blocks. */
  enum Kind {
    PARAGRAPH,
    HEADING,
    CAPTION,
    LIST_ITEM,
    QUOTE,
    PRE,
    /** A table cell; the cells of one row are joined into one paragraph. */
    CELL
  }

  /** The share of the text inside links, 0 to 1. */
  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }
}
