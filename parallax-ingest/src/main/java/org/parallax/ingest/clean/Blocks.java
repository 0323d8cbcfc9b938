package org.parallax.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised text dump into {@link Block}s. Blocks are separated by blank lines; when a
 * dump uses single line breaks between paragraphs (few blank lines, many long lines), each line is
 * a block. Pure functions; thread-safe.
 */
public final class Blocks {

  private Blocks() {}

  /** The blocks of {@code text}, which {@link TextNormaliser#document(String)} has normalised. */
  public static List<Block> split(String text) {
    List<List<String>> groups = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int lines = 0;
    for (String raw : text.split("\n", -1)) {
      String line = Markdown.unquote(raw).strip();
      if (line.isEmpty() || Markdown.isRule(line)) {
        if (!current.isEmpty()) {
          groups.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      lines++;
      current.add(line);
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    boolean lineMode = groups.size() * 3 < lines && lines > 6;
    List<Block> out = new ArrayList<>();
    for (List<String> g : groups) {
      if (lineMode) {
        g.forEach(l -> out.add(block(List.of(l))));
      } else {
        out.add(block(g));
      }
    }
    return out;
  }

  private static Block block(List<String> rawLines) {
    List<String> links = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    boolean repeated = false;
    boolean heading = false;
    for (int i = 0; i < rawLines.size(); i++) {
      String raw = rawLines.get(i);
      if (i == rawLines.size() - 1 && i > 0 && raw.matches("^(=+|-+)$")) {
        heading = true;
        continue;
      }
      String h = Markdown.headingText(raw);
      if (h != null) {
        heading = true;
        raw = h;
      }
      String line = TextNormaliser.inline(Markdown.toText(raw, links));
      if (line.isEmpty()) {
        continue;
      }
      if (!lines.isEmpty() && lines.get(lines.size() - 1).equals(line)) {
        repeated = true;
        continue;
      }
      lines.add(line);
    }
    return new Block(String.join(" ", lines), lines, repeated, heading, links);
  }
}
