package org.parallax.ingest.html;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in strings: ISO 8601, numeric day-month-year forms and written dates in
 * English, German, French, Spanish, Italian, Dutch, Portuguese, Romanian, Polish, Turkish, Russian,
 * Ukrainian and Arabic ("4 May 2021", "May 4, 2021", "4. Mai 2021", "15 августа 2016").
 */
final class DateParser {

  static final int MIN_YEAR = 1995;

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  /**
   * Month names and abbreviations by month, lower case: English, German, French, Spanish, Italian,
   * Dutch, Portuguese, Romanian, Polish (genitive), Turkish, Russian and Ukrainian (genitive) and
   * Arabic.
   */
  private static final String[] MONTH_NAMES = {
    "january jan janv gen ene januar jänner janvier enero gennaio januari janeiro ianuarie stycznia ocak"
        + " января січня يناير",
    "february feb févr fevr fév fev februar février fevrier febrero febbraio februari fevereiro februarie lutego"
        + " şubat subat февраля лютого فبراير",
    "march mar mär mrz märz maerz mars marzo maart março marco martie marca mart марта березня مارس",
    "april apr avr abr avril abril aprile aprilie kwietnia nisan апреля квітня أبريل ابريل",
    "may mai mag mayo maggio mei maio maja mayıs mayis мая травня مايو",
    "june jun giu juni juin junio giugno junho iunie czerwca haziran июня червня يونيو",
    "july jul juil lug juli juillet julio luglio julho iulie lipca temmuz июля липня يوليو",
    "august aug ago août aout agosto augustus sierpnia ağustos agustos августа серпня أغسطس",
    "september sep set sept septembre septiembre settembre setembro septembrie września eylül eylul"
        + " сентября вересня سبتمبر",
    "october oct ott out oktober okt octobre octubre ottobre outubro octombrie października ekim"
        + " октября жовтня أكتوبر اكتوبر",
    "november nov novembre noviembre novembro noiembrie listopada kasım kasim ноября листопада"
        + " نوفمبر",
    "december dec déc dic dezember dez décembre decembre diciembre dicembre dezembro decembrie grudnia"
        + " aralık aralik декабря грудня ديسمبر"
  };

  static {
    for (int m = 0; m < MONTH_NAMES.length; m++) {
      for (String n : MONTH_NAMES[m].split(" ")) {
        MONTHS.put(n, m + 1);
      }
    }
  }

  /**
   * Every month name as one capturing group, written as a prefix tree ({@code
   * (ja(?:n(?:uary)?|…)…)}) so that the regex engine tests a character once instead of each of the
   * ~170 names in turn. Longer names come before their prefixes; at most one name can be followed
   * by the rest of a date pattern, so the order does not change what matches.
   */
  private static final String MONTH = "(" + WordTrie.regex(MONTHS.keySet()) + ")";

  // Each pattern tests its first character by a lookahead before the lookbehind, which would
  // otherwise run at every position of a long text.
  private static final Pattern ISO =
      Pattern.compile("(?=[12])(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern DMY_NUM =
      Pattern.compile(
          "(?=\\d)(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern DMY_TEXT =
      Pattern.compile(
          "(?=\\d)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?"
              + MONTH
              + "\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MDY_TEXT =
      Pattern.compile(
          "(?=\\p{L})(?<![\\p{L}])"
              + MONTH
              + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SLASH_NUM =
      Pattern.compile("(?=\\d)(?<![\\d/-])(\\d{1,2})[/-](\\d{1,2})[/-]((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern CJK =
      Pattern.compile("((?:19|20)\\d{2})\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]");

  private DateParser() {}

  /** The ISO form of a full timestamp when {@code s} is one, else the first date in it. */
  static String isoOrDate(String s, LocalDate latest) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    OffsetDateTime odt = offsetDateTime(t);
    if (odt != null) {
      return plausible(odt.toLocalDate(), latest) ? t : null;
    }
    LocalDate d = first(t, latest);
    return d == null ? null : d.toString();
  }

  /**
   * {@code s} read as an ISO 8601 date-time with offset ({@link OffsetDateTime#parse}), or {@code
   * null}. Strings too short, without a {@code T} and a colon, or with no offset ({@code Z}, {@code
   * +} or {@code -}) after the {@code T} are turned away before the parser (which reports a failure
   * by a costly exception).
   */
  static OffsetDateTime offsetDateTime(String s) {
    int t = Math.max(s.indexOf('T'), s.indexOf('t'));
    if (s.length() < 16 || t < 10 || s.charAt(t - 3) != '-' || !startsLikeYear(s.charAt(0))) {
      return null;
    }
    if (s.indexOf(':') < 0 || !hasOffsetAfter(s, t)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean startsLikeYear(char c) {
    return (c >= '0' && c <= '9') || c == '+' || c == '-';
  }

  private static boolean hasOffsetAfter(String s, int from) {
    for (int i = from + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
        return true;
      }
    }
    return false;
  }

  /** The first plausible date in {@code s}, or {@code null}. */
  static LocalDate first(String s, LocalDate latest) {
    return first(s, latest, NumericOrder.MIXED);
  }

  /** The first plausible date in {@code s}, reading all-numeric dates in the given order. */
  static LocalDate first(String s, LocalDate latest, NumericOrder order) {
    int firstYear = s == null ? -1 : yearAt(s, 0, 1);
    if (firstYear < 0) {
      return null;
    }
    return first(s, latest, order, reachStart(s, firstYear), reachEnd(s));
  }

  /**
   * As {@link #first(String, LocalDate, NumericOrder)}, with every pattern looking for its first
   * match only among the characters {@code from} to {@code to}; lookarounds still see the whole
   * string. Where every match of a pattern lies in that range the answer is the same.
   */
  static LocalDate first(String s, LocalDate latest, NumericOrder order, int from, int to) {
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher m = within(ISO.matcher(s), from, to);
    if (m.find()) {
      LocalDate d = make(m.group(1), m.group(2), m.group(3), latest);
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    m = within(CJK.matcher(s), from, to);
    if (m.find() && m.start() < bestAt) {
      LocalDate d = make(m.group(1), m.group(2), m.group(3), latest);
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    for (Pattern p : new Pattern[] {DMY_TEXT, MDY_TEXT, DMY_NUM, SLASH_NUM}) {
      m = within(p.matcher(s), from, to);
      if (m.find() && m.start() < bestAt) {
        LocalDate d =
            switch (p == DMY_TEXT ? 0 : p == MDY_TEXT ? 1 : p == DMY_NUM ? 2 : 3) {
              case 0 -> make(m.group(3), month(m.group(2)), m.group(1), latest);
              case 1 -> make(m.group(3), month(m.group(1)), m.group(2), latest);
              case 2 -> make(m.group(3), m.group(2), m.group(1), latest);
              default -> slash(m, latest, order);
            };
        if (d != null) {
          best = d;
          bestAt = m.start();
        }
      }
    }
    return best;
  }

  /**
   * Whether {@code s} holds four digits starting with 19 or 20, which every date pattern needs: a
   * cheap test that spares the regexes most strings.
   */
  static boolean hasYear(String s) {
    return yearAt(s, 0, 1) >= 0;
  }

  /**
   * Where the first (step 1, from the start) or last (step -1, from {@code i} down) four digits
   * starting with 19 or 20 begin in {@code s}, or -1.
   */
  private static int yearAt(String s, int i, int step) {
    int n = s.length() - 3;
    for (; i >= 0 && i < n; i += step) {
      char c = s.charAt(i);
      char c1 = s.charAt(i + 1);
      if (((c == '1' && c1 == '9') || (c == '2' && c1 == '0'))
          && isDigit(s.charAt(i + 2))
          && isDigit(s.charAt(i + 3))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the first match of any date pattern can start at the earliest, given where the first year
   * is: every match holds a year, ISO and CJK dates begin with theirs, and what the other patterns
   * allow before a year (digits, month names, ordinal suffixes, spaces, {@code . , º / -}) are
   * letters, digits, marks, spaces and those signs, so a match that starts before the first year
   * covers only such characters up to it.
   */
  static int reachStart(String s, int firstYear) {
    int i = firstYear;
    while (i > 0 && mayPrecedeYear(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * Where the matches of every date pattern end at the latest: at most 17 characters after the
   * start of the last year (a CJK date, 2019 年 6 月 24 日, spaced out), for no pattern reads on after
   * a date.
   */
  static int reachEnd(String s) {
    int lastYear = yearAt(s, s.length() - 4, -1);
    return Math.min(s.length(), lastYear + 17);
  }

  private static boolean mayPrecedeYear(char c) {
    if (c < 128) {
      return isDigit(c)
          || (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || Character.isWhitespace(c)
          || c == '.'
          || c == ','
          || c == '/'
          || c == '-';
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || Character.isWhitespace(c)
        || Character.isSurrogate(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || c == '\u00ba';
  }

  private static Matcher within(Matcher m, int from, int to) {
    return m.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A numeric date with slashes or dashes. Where the page's language does not settle the order,
   * slashes read month first (as in the United States) unless the first number cannot be a month,
   * and dashes read day first (as in most of Europe) unless the second number cannot be a month.
   */
  private static LocalDate slash(Matcher m, LocalDate latest, NumericOrder order) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    boolean dash = m.group().charAt(m.end(1) - m.start()) == '-';
    boolean dayFirst =
        switch (order) {
          case DAY_FIRST -> b <= 12;
          case MONTH_FIRST -> a > 12;
          case MIXED -> dash ? b <= 12 : a > 12;
        };
    return dayFirst
        ? make(m.group(3), m.group(2), m.group(1), latest)
        : make(m.group(3), m.group(1), m.group(2), latest);
  }

  /** How a page writes all-numeric dates such as {@code 02/10/2020}. */
  enum NumericOrder {
    /** Unknown: slashes month first, dashes day first. */
    MIXED,
    /** Day, month, year: every language but United States English. */
    DAY_FIRST,
    /** Month, day, year: United States English. */
    MONTH_FIRST;

    /** The order for a page's declared language tag ({@code en-US}, {@code en-GB}, {@code de}). */
    static NumericOrder of(String lang) {
      String l = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      if (l.isEmpty() || l.equals("en")) {
        return MIXED;
      }
      return l.startsWith("en-us") ? MONTH_FIRST : DAY_FIRST;
    }
  }

  private static String month(String name) {
    Integer n = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    return n == null ? "0" : String.valueOf(n);
  }

  private static LocalDate make(String y, String m, String d, LocalDate latest) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return plausible(date, latest) ? date : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  static boolean plausible(LocalDate d, LocalDate latest) {
    return d.getYear() >= MIN_YEAR && !d.isAfter(latest);
  }
}
