package org.parallax.compare.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.core.compare.TimelineEntry;

/** Inline SVG charts, written through {@link Html} so that every label is escaped. */
final class Svg {

  static final String[] PALETTE = {
    "#2457a6", "#d9822b", "#2e7d4f", "#b5472f", "#6b5ca5", "#3a8fa3", "#a3873a", "#8a94a0"
  };

  /** Where a timeline's dots start: the outlet names stand to the left of it. */
  private static final int TIMELINE_LEFT = 170;

  private Svg() {}

  /** A horizontal stacked bar of {@code counts} with a legend; colours follow {@code order}. */
  static Html bar(Map<String, Integer> counts, List<String> order, int width) {
    return bar(counts, order, width, true);
  }

  /** A horizontal stacked bar, with or without an HTML legend (segments always have a tooltip). */
  static Html bar(Map<String, Integer> counts, List<String> order, int width, boolean legend) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    Html h = new Html();
    h.open(
        "svg",
        "viewBox",
        "0 0 " + width + " 14",
        "width",
        Integer.toString(width),
        "height",
        "14",
        "role",
        "img",
        "preserveAspectRatio",
        "none",
        "class",
        "bar",
        "xmlns",
        "http://www.w3.org/2000/svg");
    double x = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      double w = total == 0 ? 0 : width * e.getValue() / (double) total;
      h.open(
          "rect",
          "x",
          fmt(x),
          "y",
          "0",
          "width",
          fmt(Math.max(0, w - 1)),
          "height",
          "14",
          "rx",
          "3",
          "fill",
          colour(e.getKey(), order));
      h.element("title", e.getKey() + ": " + e.getValue());
      h.close("rect");
      x += w;
    }
    h.close("svg");
    if (legend) {
      legend(h, counts, order);
    }
    return h;
  }

  /** An HTML list of the bar's keys with their colour and count. */
  private static void legend(Html h, Map<String, Integer> counts, List<String> order) {
    h.open("ul", "class", "legend");
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      h.open("li")
          .append(swatch(colour(e.getKey(), order)))
          .text(e.getKey() + " (" + e.getValue() + ")")
          .close("li");
    }
    h.close("ul");
  }

  /** A small coloured square. */
  static Html swatch(String colour) {
    return new Html()
        .open(
            "svg",
            "viewBox",
            "0 0 10 10",
            "width",
            "10",
            "height",
            "10",
            "class",
            "swatch",
            "xmlns",
            "http://www.w3.org/2000/svg")
        .open("rect", "width", "10", "height", "10", "rx", "2", "fill", colour)
        .close("rect")
        .close("svg");
  }

  /** A timeline: one row per outlet, one dot per publication. */
  static Html timeline(List<TimelineEntry> entries, int width) {
    Dates dates = Dates.of(entries);
    Html h = new Html();
    if (dates.rows().isEmpty()) {
      return h.element("p", "No publication dates are known for this story.", "class", "muted");
    }
    int height = 30 + dates.rows().size() * 22;
    h.open(
        "svg",
        "viewBox",
        "0 0 " + width + " " + height,
        "width",
        Integer.toString(width),
        "height",
        Integer.toString(height),
        "role",
        "img",
        "xmlns",
        "http://www.w3.org/2000/svg");
    axis(h, dates, width, height);
    int r = 0;
    for (Map.Entry<String, List<Long>> row : dates.rows().entrySet()) {
      outletRow(h, row.getKey(), row.getValue(), dates, width, r);
      r++;
    }
    h.close("svg");
    return h;
  }

  /**
   * The publication times of a story, per outlet in order of first appearance, with the earliest
   * and latest.
   */
  private record Dates(Map<String, List<Long>> rows, long min, long max) {

    /** Entries without a readable date are left out. */
    static Dates of(List<TimelineEntry> entries) {
      Map<String, List<Long>> rows = new LinkedHashMap<>();
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (TimelineEntry e : entries) {
        Long t = epochMillis(e.published());
        if (t == null) {
          continue;
        }
        rows.computeIfAbsent(e.outlet(), k -> new ArrayList<>()).add(t);
        min = Math.min(min, t);
        max = Math.max(max, t);
      }
      return new Dates(rows, min, max);
    }

    /** The horizontal position of time {@code t} on a chart {@code width} wide. */
    double x(long t, int width) {
      long span = Math.max(1, max - min);
      return TIMELINE_LEFT
          + (width - 10 - TIMELINE_LEFT) * (max == min ? 0.5 : (t - min) / (double) span);
    }
  }

  /** The time axis under the rows, labelled with the earliest and latest time. */
  private static void axis(Html h, Dates dates, int width, int height) {
    h.open(
            "line",
            "x1",
            Integer.toString(TIMELINE_LEFT),
            "x2",
            Integer.toString(width - 10),
            "y1",
            Integer.toString(height - 18),
            "y2",
            Integer.toString(height - 18),
            "stroke",
            "#c5ccd4")
        .close("line");
    h.element(
        "text",
        label(dates.min()),
        "x",
        Integer.toString(TIMELINE_LEFT),
        "y",
        Integer.toString(height - 4),
        "font-size",
        "11",
        "fill",
        "#5b6673");
    h.element(
        "text",
        label(dates.max()),
        "x",
        Integer.toString(width - 10),
        "y",
        Integer.toString(height - 4),
        "font-size",
        "11",
        "fill",
        "#5b6673",
        "text-anchor",
        "end");
  }

  /** Row {@code r}: the outlet's name and a dot with a tooltip per publication. */
  private static void outletRow(
      Html h, String outlet, List<Long> times, Dates dates, int width, int r) {
    int y = 14 + r * 22;
    h.element(
        "text",
        shorten(outlet, 24),
        "x",
        "0",
        "y",
        Integer.toString(y + 4),
        "font-size",
        "12",
        "fill",
        "#1d232b");
    for (long t : times) {
      h.open(
          "circle",
          "cx",
          fmt(dates.x(t, width)),
          "cy",
          Integer.toString(y),
          "r",
          "6",
          "fill",
          PALETTE[r % PALETTE.length],
          "fill-opacity",
          "0.85");
      h.element("title", outlet + ": " + label(t));
      h.close("circle");
    }
  }

  static String colour(String key, List<String> order) {
    int i = order.indexOf(key);
    return i < 0 ? PALETTE[PALETTE.length - 1] : PALETTE[i % PALETTE.length];
  }

  /** Milliseconds since the epoch of an ISO date or date-time, or null. */
  static Long epochMillis(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      if (iso.length() <= 10) {
        return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      }
      return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(iso).toEpochMilli();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static String label(long millis) {
    return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
        .withZone(ZoneOffset.UTC)
        .format(Instant.ofEpochMilli(millis));
  }

  private static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
