package org.parallax.bench.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.model.Span;
import org.parallax.core.model.TimeExpression;

/**
 * Explicit dates written in a text ({@code August 04 2011}, {@code May 3, 2013}, a bare year
 * between 1990 and 2029) as resolved time expressions. A stand-in for the Enricher's time
 * expressions on ECB+, whose documents carry no publication date.
 */
final class TextDates {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12));

  private static final Pattern FULL =
      Pattern.compile(
          "\\b(January|February|March|April|May|June|July|August|September|October|November|"
              + "December)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(199\\d|20[0-2]\\d)\\b");

  private TextDates() {}

  static List<TimeExpression> find(String text) {
    List<TimeExpression> out = new ArrayList<>();
    List<Span> taken = new ArrayList<>();
    Matcher m = FULL.matcher(text);
    while (m.find()) {
      int month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      int day = Integer.parseInt(m.group(2));
      if (day < 1 || day > 31) {
        continue;
      }
      Span s = Span.of(text, m.start(), m.end());
      taken.add(s);
      String v = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3), month, Math.min(day, 28));
      out.add(new TimeExpression(s.text(), s, v, "DATE"));
    }
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      Span s = Span.of(text, y.start(), y.end());
      if (taken.stream().noneMatch(t -> t.contains(s))) {
        out.add(new TimeExpression(s.text(), s, y.group(1), "DATE"));
      }
    }
    return out;
  }
}
