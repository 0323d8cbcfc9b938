package org.parallax.bench.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A table of text cells printed as a Markdown pipe table with padded columns, ready to paste into a
 * README. Not thread-safe; build it on one thread.
 */
public final class Table {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** Makes an empty table with these column names. */
  public static Table of(String... header) {
    return new Table(Arrays.asList(header));
  }

  /**
   * Adds a row; missing trailing cells are blank, {@code null} cells print as an en dash.
   *
   * @throws IllegalArgumentException when the row has more cells than the header
   */
  public Table row(String... cells) {
    if (cells.length > header.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, header has " + header.size());
    }
    List<String> row = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String c = i < cells.length ? cells[i] : "";
      row.add(c == null ? "–" : c);
    }
    rows.add(row);
    return this;
  }

  /** The number of rows added so far. */
  public int size() {
    return rows.size();
  }

  /** Formats a number with {@code decimals} digits after the point, or an en dash for NaN. */
  public static String number(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "–";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** Renders the table, one line per row, each line ending in a newline. */
  public String render() {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = Math.max(3, header.get(i).length());
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, width);
    sb.append('|');
    for (int w : width) {
      sb.append('-').append("-".repeat(w)).append("-|");
    }
    sb.append('\n');
    for (List<String> r : rows) {
      line(sb, r, width);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] width) {
    sb.append('|');
    for (int i = 0; i < width.length; i++) {
      String c = cells.get(i);
      sb.append(' ').append(c).append(" ".repeat(width[i] - c.length())).append(" |");
    }
    sb.append('\n');
  }

  @Override
  public String toString() {
    return render();
  }
}
