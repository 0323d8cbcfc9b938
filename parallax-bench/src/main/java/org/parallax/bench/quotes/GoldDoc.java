package org.parallax.bench.quotes;

import java.util.List;

/**
 * A gold document: its text and its quotations.
 *
 * @param name the document's name
 * @param paragraphs the text as paragraphs
 * @param text the paragraphs joined by a blank line; every offset points into it
 * @param quotes the gold quotations
 */
public record GoldDoc(String name, List<String> paragraphs, String text, List<GoldQuote> quotes) {

  public GoldDoc {
    paragraphs = List.copyOf(paragraphs);
    quotes = List.copyOf(quotes);
  }
}
