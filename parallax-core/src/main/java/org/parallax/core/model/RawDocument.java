package org.parallax.core.model;

import java.util.Objects;

/**
 * One item as a reader found it, before cleaning.
 *
 * @param source the input file path, URL or {@code -}
 * @param position where in the source the item was
 * @param container the reader that produced it: {@code text}, {@code html}, {@code jsonl}, {@code
 *     feed}, {@code warc}
 * @param contentType whether {@code content} is HTML or text
 * @param content the decoded content
 * @param hints metadata from the container
 */
public record RawDocument(
    String source,
    Position position,
    String container,
    ContentType contentType,
    String content,
    Hints hints) {

  public RawDocument {
    Objects.requireNonNull(source, "source");
    position = position == null ? Position.none() : position;
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
    hints = hints == null ? Hints.none() : hints;
  }

  /** A problem about this item, for stages that reject it. */
  public Problem problem(String stage, String code, String reason) {
    return new Problem(source, position, stage, code, reason);
  }

  /** {@code source} plus the position, as written in an article's {@code source} field. */
  public String location() {
    return position.isNone() ? source : source + "#" + position.toString().replace(" ", "");
  }
}
