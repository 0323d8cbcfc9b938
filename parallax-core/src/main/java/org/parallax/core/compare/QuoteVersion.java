package org.parallax.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * One article's version of a quote.
 *
 * @param article the article id
 * @param outlet the outlet's name
 * @param start first character of the quoted words in the article's text
 * @param end last character, exclusive
 * @param text the quoted words as this article gives them
 * @param kind {@code direct} or {@code partial}
 * @param cutShort whether this version leaves out words that another version has
 * @param diff word diff against the longest version (empty when identical)
 */
public record QuoteVersion(
    String article,
    String outlet,
    int start,
    int end,
    String text,
    String kind,
    boolean cutShort,
    List<DiffOp> diff) {

  public QuoteVersion {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(text, "text");
    diff = List.copyOf(diff);
  }
}
