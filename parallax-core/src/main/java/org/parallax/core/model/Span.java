package org.parallax.core.model;

import java.util.Objects;

/**
 * A half-open character range {@code [start, end)} of an article's {@code text}, with the text it
 * covers so that a reader of the JSON sees the evidence without recomputing it.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param text {@code articleText.substring(start, end)}
 */
public record Span(int start, int end, String text) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
  }

  /** The span of {@code text} between {@code start} and {@code end}. */
  public static Span of(String text, int start, int end) {
    return new Span(start, end, text.substring(start, end));
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  /** Whether this span and {@code other} share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
