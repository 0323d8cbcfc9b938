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
 * English, German, French, Spanish, Italian, Dutch and Portuguese ("4 May 2021", "May 4, 2021", "4.
 * Mai 2021").
 */
final class DateParser {

  static final int MIN_YEAR = 1995;

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
      {"january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "januari", "janeiro"},
      {
        "february",
        "feb",
        "februar",
        "février",
        "fevrier",
        "febrero",
        "febbraio",
        "februari",
        "fevereiro"
      },
      {"march", "mar", "märz", "maerz", "mars", "marzo", "maart", "março", "marco"},
      {"april", "apr", "avril", "abril", "aprile"},
      {"may", "mai", "mayo", "maggio", "mei", "maio"},
      {"june", "jun", "juni", "juin", "junio", "giugno", "junho"},
      {"july", "jul", "juli", "juillet", "julio", "luglio", "julho"},
      {"august", "aug", "août", "aout", "agosto", "augustus"},
      {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"},
      {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"},
      {"november", "nov", "novembre", "noviembre", "novembro"},
      {
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "diciembre",
        "dicembre",
        "dezembro"
      }
    };
    for (int m = 0; m < names.length; m++) {
      for (String n : names[m]) {
        MONTHS.put(n, m + 1);
      }
    }
  }

  private static final String MONTH =
      "(jan(?:uary|uar|vier)?|jänner|feb(?:ruary|ruar|rero|braio|ruari)?|février|fevrier|fevereiro"
          + "|mar(?:ch|zo|s)?|märz|maerz|maart|março|apr(?:il|ile)?|avril|abril|may|mai|mayo|maggio"
          + "|mei|maio|jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juillet|luglio|aug(?:ust|ustus)?"
          + "|août|aout|agosto|sep(?:t|tember|tembre|tiembre)?|settembre|setembro|oct(?:ober|obre|ubre)?"
          + "|okt(?:ober)?|ottobre|outubro|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|dez(?:ember)?"
          + "|décembre|decembre|diciembre|dicembre|dezembro|janeiro|enero|gennaio|januari)";

  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern DMY_NUM =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern DMY_TEXT =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?"
              + MONTH
              + "\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MDY_TEXT =
      Pattern.compile(
          "(?<![\\p{L}])"
              + MONTH
              + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SLASH_NUM =
      Pattern.compile("(?<![\\d/-])(\\d{1,2})[/-](\\d{1,2})[/-]((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern CJK =
      Pattern.compile("((?:19|20)\\d{2})\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]");

  private DateParser() {}

  /** The ISO form of a full timestamp when {@code s} is one, else the first date in it. */
  static String isoOrDate(String s, LocalDate latest) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    try {
      OffsetDateTime odt = OffsetDateTime.parse(t);
      if (plausible(odt.toLocalDate(), latest)) {
        return t;
      }
      return null;
    } catch (DateTimeParseException e) {
      LocalDate d = first(t, latest);
      return d == null ? null : d.toString();
    }
  }

  /** The first plausible date in {@code s}, or {@code null}. */
  static LocalDate first(String s, LocalDate latest) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      LocalDate d = make(m.group(1), m.group(2), m.group(3), latest);
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    m = CJK.matcher(s);
    if (m.find() && m.start() < bestAt) {
      LocalDate d = make(m.group(1), m.group(2), m.group(3), latest);
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    for (Pattern p : new Pattern[] {DMY_TEXT, MDY_TEXT, DMY_NUM, SLASH_NUM}) {
      m = p.matcher(s);
      if (m.find() && m.start() < bestAt) {
        LocalDate d =
            switch (p == DMY_TEXT ? 0 : p == MDY_TEXT ? 1 : p == DMY_NUM ? 2 : 3) {
              case 0 -> make(m.group(3), month(m.group(2)), m.group(1), latest);
              case 1 -> make(m.group(3), month(m.group(1)), m.group(2), latest);
              case 2 -> make(m.group(3), m.group(2), m.group(1), latest);
              default -> slash(m, latest);
            };
        if (d != null) {
          best = d;
          bestAt = m.start();
        }
      }
    }
    return best;
  }

  private static LocalDate slash(Matcher m, LocalDate latest) {
    int a = Integer.parseInt(m.group(1));
    if (a > 12) {
      return make(m.group(3), m.group(2), m.group(1), latest);
    }
    return make(m.group(3), m.group(1), m.group(2), latest);
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
