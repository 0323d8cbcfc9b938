package org.parallax.nlp.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.model.Span;
import org.parallax.core.model.TimeExpression;
import org.parallax.nlp.NlpDoc;
import org.parallax.nlp.ner.NerResult;

/** Repairs and anchors the tagger's time expressions. Stateless and thread-safe. */
public final class TimeResolver {

  private static final Pattern YEAR_RANGE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(1[5-9]\\d{2}|20\\d{2})\\s?[-\u2013]\\s?(\\d{2}|\\d{4})(?![\\p{L}\\p{N}])");
  private static final Pattern YEAR_TEXT =
      Pattern.compile("(?<!\\d)(1[5-9]\\d{2}|20\\d{2})(?!\\d)");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern PUBLISHED_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private TimeResolver() {}

  /** The {@code yyyy-MM-dd} day of an ISO date or date-time, or {@code null}. */
  public static String day(String published) {
    if (published == null) {
      return null;
    }
    Matcher m = PUBLISHED_DATE.matcher(published.strip());
    return m.find() ? m.group(1) : null;
  }

  /** The time expressions of {@code doc}'s text, in text order. */
  public static List<TimeExpression> resolve(NlpDoc doc, List<NerResult.Timex> tagged) {
    String text = doc.text();
    List<TimeExpression> out = new ArrayList<>();
    List<int[]> ranges = yearRanges(text, out);
    for (NerResult.Timex t : tagged) {
      if (ranges.stream().anyMatch(r -> r[0] < t.end() && t.start() < r[1])) {
        continue;
      }
      String value = monthInContext(doc, t);
      out.add(new TimeExpression(t.text(), Span.of(text, t.start(), t.end()), value, t.type()));
    }
    out.sort(Comparator.comparingInt(e -> e.span().start()));
    return out;
  }

  private static List<int[]> yearRanges(String text, List<TimeExpression> out) {
    List<int[]> ranges = new ArrayList<>();
    Matcher m = YEAR_RANGE.matcher(text);
    while (m.find()) {
      int from = Integer.parseInt(m.group(1));
      String to = m.group(2);
      int toYear =
          to.length() == 2 ? from / 100 * 100 + Integer.parseInt(to) : Integer.parseInt(to);
      if (toYear <= from || toYear - from > 100) {
        continue;
      }
      ranges.add(new int[] {m.start(), m.end()});
      out.add(
          new TimeExpression(
              m.group(), Span.of(text, m.start(), m.end()), from + "/" + toYear, "DATE"));
    }
    return ranges;
  }

  /** A bare month takes the year of an explicit year written earlier in its sentence. */
  private static String monthInContext(NlpDoc doc, NerResult.Timex t) {
    String value = t.value();
    if (value == null
        || !MONTH_VALUE.matcher(value).matches()
        || YEAR_TEXT.matcher(t.text()).find()) {
      return value;
    }
    int s = doc.sentenceAt(t.start());
    if (s < 0) {
      return value;
    }
    String before = doc.text().substring(doc.sentences().get(s).start(), t.start());
    Matcher y = YEAR_TEXT.matcher(before);
    String year = null;
    while (y.find()) {
      year = y.group(1);
    }
    return year == null ? value : year + value.substring(4);
  }
}
