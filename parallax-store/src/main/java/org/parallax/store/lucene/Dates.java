package org.parallax.store.lucene;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/** Reads the publication dates articles carry (ISO 8601 dates or date-times) as UTC instants. */
public final class Dates {

  private Dates() {}

  /** Epoch milliseconds of {@code published}, or empty when it is missing or unreadable. */
  public static OptionalLong millis(String published) {
    if (published == null || published.isBlank()) {
      return OptionalLong.empty();
    }
    String s = published.strip();
    try {
      return OptionalLong.of(OffsetDateTime.parse(s).toInstant().toEpochMilli());
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return OptionalLong.of(Instant.parse(s).toEpochMilli());
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return OptionalLong.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli());
    } catch (DateTimeParseException e) {
      // try the next form
    }
    if (s.length() >= 10) {
      try {
        return OptionalLong.of(startOf(LocalDate.parse(s.substring(0, 10))));
      } catch (DateTimeParseException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /** The first millisecond of {@code day} in UTC. */
  public static long startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** The last millisecond of {@code day} in UTC. */
  public static long endOf(LocalDate day) {
    return startOf(day.plusDays(1)) - 1;
  }

  /** {@code YYYY-MM} of an epoch millisecond in UTC. */
  public static String month(long millis) {
    return Instant.ofEpochMilli(millis)
        .atOffset(ZoneOffset.UTC)
        .toLocalDate()
        .toString()
        .substring(0, 7);
  }
}
