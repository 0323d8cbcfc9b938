package org.parallax.ingest.meta;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news writes them, normalised to ISO 8601: {@code 2021-05-04} for a date, {@code
 * 2021-05-04T10:15:00Z} (with its offset) for a moment. Reads ISO forms, RFC 1123 ({@code Tue, 4
 * May 2021 10:15:00 GMT}), prose ({@code 4 May 2021}, {@code May 4, 2021}, {@code 4th May, 2021})
 * and dates in URL paths ({@code /2021/05/04/}). Pure functions; thread-safe.
 */
public final class Dates {

  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "\\.?,?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTHS + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
  private static final Map<String, Integer> MONTH_NUMBERS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private Dates() {}

  /** A found date and the span of text it came from. */
  public record Found(LocalDate date, int start, int end) {}

  /**
   * Normalises a date or date-time in any supported form; empty when it cannot be read. A moment
   * keeps its offset; a local date-time without one is kept without one.
   */
  public static Optional<String> normalise(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    Optional<String> iso = isoMoment(v);
    if (iso.isPresent()) {
      return iso;
    }
    try {
      return Optional.of(
          format(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()));
    } catch (DateTimeParseException e) {
      // not RFC 1123; try prose below
    }
    if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return valid(v.substring(0, 4), v.substring(5, 7), v.substring(8, 10))
          .map(LocalDate::toString);
    }
    return findInProse(v).map(f -> f.date().toString());
  }

  private static Optional<String> isoMoment(String v) {
    try {
      return Optional.of(format(OffsetDateTime.parse(v)));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(format(ZonedDateTime.parse(v).toOffsetDateTime()));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(format(Instant.parse(v).atOffset(ZoneOffset.UTC)));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(v).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String format(OffsetDateTime t) {
    return t.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The first prose or ISO date in {@code text}, with where it was. */
  public static Optional<Found> findInProse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Found best = null;
    for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO_DATE}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Found f = found(p, m);
        if (f != null) {
          best = best == null || f.start() < best.start() ? f : best;
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Found found(Pattern p, Matcher m) {
    Optional<LocalDate> date;
    if (p == ISO_DATE) {
      date = valid(m.group(1), m.group(2), m.group(3));
    } else {
      boolean dayFirst = p == DAY_MONTH_YEAR;
      String month = dayFirst ? m.group(2) : m.group(1);
      String day = dayFirst ? m.group(1) : m.group(2);
      Integer mon = MONTH_NUMBERS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
      date = valid(m.group(3), String.valueOf(mon), day);
    }
    return date.map(d -> new Found(d, m.start(), m.end())).orElse(null);
  }

  /** A date in a URL path such as {@code /2021/05/04/} or {@code /2021-05-04-}. */
  public static Optional<String> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    return m.find()
        ? valid(m.group(1), m.group(2), m.group(3)).map(LocalDate::toString)
        : Optional.empty();
  }

  private static Optional<LocalDate> valid(String y, String m, String d) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return date.getYear() >= 1900 && date.getYear() <= 2200
          ? Optional.of(date)
          : Optional.empty();
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
