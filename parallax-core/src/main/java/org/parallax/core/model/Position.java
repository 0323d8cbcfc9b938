package org.parallax.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where in an input an item was found: a line (JSON Lines, text), a record number (WARC, feed
 * item), a byte offset, or several of these. Absent parts are {@code null}.
 *
 * @param line 1-based line number
 * @param record 1-based record or item number
 * @param offset byte offset of the record in the (decompressed) input
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Position(Long line, Long record, Long offset) {

  private static final Position NONE = new Position(null, null, null);

  /** No position: the item is the whole input. */
  public static Position none() {
    return NONE;
  }

  public static Position line(long line) {
    return new Position(line, null, null);
  }

  public static Position record(long record) {
    return new Position(null, record, null);
  }

  public static Position record(long record, long offset) {
    return new Position(null, record, offset);
  }

  /** Whether nothing is known about the position. */
  @JsonIgnore
  public boolean isNone() {
    return line == null && record == null && offset == null;
  }

  /** A short human form such as {@code line 12} or {@code record 3, offset 4096}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (line != null) {
      sb.append("line ").append(line);
    }
    if (record != null) {
      sb.append(sb.isEmpty() ? "" : ", ").append("record ").append(record);
    }
    if (offset != null) {
      sb.append(sb.isEmpty() ? "" : ", ").append("offset ").append(offset);
    }
    return sb.toString();
  }
}
