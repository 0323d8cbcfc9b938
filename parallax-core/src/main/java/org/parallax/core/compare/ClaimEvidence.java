package org.parallax.core.compare;

import java.util.Objects;

/**
 * Where an article states a claim: a character span of its text.
 *
 * @param article the article id
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param text the article's text between {@code start} and {@code end}
 */
public record ClaimEvidence(String article, int start, int end, String text) {

  public ClaimEvidence {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
    }
  }
}
