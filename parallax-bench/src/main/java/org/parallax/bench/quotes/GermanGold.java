package org.parallax.bench.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Reads the German Wikinews quotation set (Petersen-Frey &amp; Biemann, LREC-COLING 2024, CC
 * BY-NC-SA 4.0) straight from its {@code .tar.xz} under {@code
 * DATA/quotes/german-wikinews-quotes/}. Direct quotations are the gold; the other annotation types
 * are kept as "ignore" regions so that a system is not charged for finding them.
 */
public final class GermanGold {

  /** File name of the archive inside {@code DATA/quotes/german-wikinews-quotes/}. */
  public static final String ARCHIVE = "german-news-quotation-attribution-2024-train-dev.tar.xz";

  /**
   * The documents of one split and the spans of their non-direct annotations.
   *
   * @param docs the documents with their direct quotes
   * @param ignored per document, {start, end} of quotations of other types
   */
  public record Split(List<GoldDoc> docs, List<List<int[]>> ignored) {}

  private GermanGold() {}

  /** Reads split {@code split} ({@code train} or {@code dev}); at most {@code limit} documents. */
  public static Split read(Path data, String split, int limit) throws IOException {
    Path archive = data.resolve("quotes/german-wikinews-quotes").resolve(ARCHIVE);
    List<Object[]> found = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        String name = e.getName();
        if (e.isDirectory()
            || !name.contains("/data/" + split + "/") && !name.startsWith("data/" + split + "/")
            || !name.endsWith(".json")) {
          continue;
        }
        JsonNode doc = json.readTree(tar.readAllBytes());
        found.add(new Object[] {name, doc});
      }
    }
    found.sort(Comparator.comparing(o -> (String) o[0]));
    List<GoldDoc> docs = new ArrayList<>();
    List<List<int[]>> ignored = new ArrayList<>();
    for (Object[] o : found.subList(0, Math.min(limit, found.size()))) {
      JsonNode doc = (JsonNode) o[1];
      String text = doc.get("originalText").asText();
      List<GoldQuote> quotes = new ArrayList<>();
      List<int[]> other = new ArrayList<>();
      for (JsonNode a : doc.get("annotations")) {
        boolean direct = "Direct".equals(a.get("type").asText());
        int[] speaker = bounds(a.path("speaker").path("spans"));
        for (JsonNode span : a.path("quote").path("spans")) {
          int s = span.get("charBegin").asInt();
          int t = span.get("charEnd").asInt();
          int[] inner = trimMarks(text, s, t);
          if (!direct) {
            other.add(inner);
            continue;
          }
          quotes.add(new GoldQuote(inner[0], inner[1], false, null, false, speaker[0], speaker[1]));
        }
      }
      quotes.sort(Comparator.comparingInt(GoldQuote::start));
      String name = (String) o[0];
      docs.add(
          new GoldDoc(
              name.substring(name.lastIndexOf('/') + 1),
              Arrays.asList(text.split("\n")),
              text,
              quotes));
      ignored.add(other);
    }
    return new Split(docs, ignored);
  }

  private static int[] bounds(JsonNode spans) {
    int s = -1;
    int e = -1;
    for (JsonNode span : spans) {
      int b = span.get("charBegin").asInt();
      int f = span.get("charEnd").asInt();
      s = s < 0 ? b : Math.min(s, b);
      e = Math.max(e, f);
    }
    return new int[] {s, e};
  }

  /** The span without its surrounding quote marks, spaces and trailing punctuation outside them. */
  static int[] trimMarks(String text, int s, int e) {
    while (s < e && isMarkOrSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && isMarkOrSpace(text.charAt(e - 1))) {
      e--;
    }
    return new int[] {s, e};
  }

  private static boolean isMarkOrSpace(char c) {
    return Character.isWhitespace(c) || "\"„“”«»‚‘’".indexOf(c) >= 0;
  }
}
