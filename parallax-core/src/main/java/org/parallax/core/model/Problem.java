package org.parallax.core.model;

import java.util.Objects;

/**
 * Why an input item did not become an article. Problems are values: a stage returns one instead of
 * throwing, the run goes on, and the problem is written to the rejects file.
 *
 * @param source the input file path, URL or {@code -} for standard input
 * @param position where in the source the item was, or {@link Position#none()}
 * @param stage the stage that gave up, e.g. {@code ingest.jsonl} or {@code clean}
 * @param code a short stable key for counting, e.g. {@code empty}, {@code binary}, {@code
 *     bad-json}, {@code no-text}
 * @param reason a sentence a user understands
 */
public record Problem(String source, Position position, String stage, String code, String reason) {

  public Problem {
    Objects.requireNonNull(source, "source");
    position = position == null ? Position.none() : position;
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code source:position: reason} for terminals and logs. */
  public String describe() {
    String where = position.isNone() ? source : source + " (" + position + ")";
    return where + ": " + reason + " [" + stage + "/" + code + "]";
  }
}
