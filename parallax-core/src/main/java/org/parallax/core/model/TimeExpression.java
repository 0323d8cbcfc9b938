package org.parallax.core.model;

import java.util.Objects;

/**
 * A date or relative time expression, anchored to the article's publication date where it can be.
 *
 * @param text the words as written
 * @param span where they are in the article's text
 * @param value an ISO 8601 / TIMEX3-style value ({@code 2021-04-30}, {@code 2021-W17}, {@code
 *     199X}, {@code P30Y}), or {@code null} when it could not be resolved
 * @param type {@code DATE}, {@code DURATION}, {@code TIME} or {@code SET}
 */
public record TimeExpression(String text, Span span, String value, String type) {

  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
