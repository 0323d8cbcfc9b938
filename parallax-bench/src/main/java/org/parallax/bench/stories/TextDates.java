package org.parallax.bench.stories;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.model.Span;
import org.parallax.core.model.TimeExpression;

/**
 * The dateline of a text: the first full date written near its top ({@code May 03 , 2013}, {@code 4
 * August 2013}, {@code Sun . , Aug . 4 , 2013}, {@code 03 / 14 / 2013}), else a year named in the
 * title or first sentence. A stand-in for the publication date, which ECB+ documents lack.
 *
 * <p>Dates further down a text and years in background sentences ("since 2004") are left out on
 * purpose: they name other events, and taking them for the article's date split stories (measured
 * on the ECB+ train and dev topics).
 */
final class TextDates {

  /** Characters from the top of the text searched for a full date. */
  static final int LEAD_CHARS = 600;

  /** Characters from the top searched for a bare year when no full date is found. */
  static final int YEAR_CHARS = 250;

  private static final String MONTH =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\s*\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s*" + DAY + "\\s*,?\\s*" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b" + DAY + "\\s+" + MONTH + "\\s*,?\\s*" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC =
      Pattern.compile("\\b(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*" + YEAR + "\\b");
  private static final Pattern BARE_YEAR = Pattern.compile("\\b(199\\d|20[0-2]\\d)\\b");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private TextDates() {}

  /** The dateline as a one-element list, or an empty list when the top of the text has none. */
  static List<TimeExpression> find(String text) {
    return dateline(text).map(List::of).orElse(List.of());
  }

  static Optional<TimeExpression> dateline(String text) {
    String lead = text.substring(0, Math.min(text.length(), LEAD_CHARS));
    TimeExpression best = null;
    for (Pattern p : List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC)) {
      Matcher m = p.matcher(lead);
      while (m.find()) {
        TimeExpression t = expression(text, m, p);
        if (t != null) {
          if (best == null || t.span().start() < best.span().start()) {
            best = t;
          }
          break;
        }
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    Matcher y = BARE_YEAR.matcher(text.substring(0, Math.min(text.length(), YEAR_CHARS)));
    if (y.find()) {
      Span s = Span.of(text, y.start(), y.end());
      return Optional.of(new TimeExpression(s.text(), s, y.group(1), "DATE"));
    }
    return Optional.empty();
  }

  private static TimeExpression expression(String text, Matcher m, Pattern p) {
    int month;
    int day;
    if (p == NUMERIC) {
      month = Integer.parseInt(m.group(1));
      day = Integer.parseInt(m.group(2));
    } else {
      boolean monthFirst = p == MONTH_DAY_YEAR;
      String name = m.group(monthFirst ? 1 : 2).toLowerCase(Locale.ROOT);
      month = MONTHS.indexOf(name.substring(0, 3)) + 1;
      day = Integer.parseInt(m.group(monthFirst ? 2 : 1));
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    Span s = Span.of(text, m.start(), m.end());
    String v = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3), month, Math.min(day, 28));
    return new TimeExpression(s.text(), s, v, "DATE");
  }
}
