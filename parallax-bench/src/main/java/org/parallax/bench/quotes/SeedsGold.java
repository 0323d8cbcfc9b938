package org.parallax.bench.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seeds gold ({@code examples/seeds.gold.json} beside the bench data): the two seed articles'
 * body paragraphs, their quotes with speakers (located in the text by their words) and the quoted
 * terms that must get no speaker.
 */
public final class SeedsGold {

  private static final Pattern CURLY = Pattern.compile("“([^”]+)”");

  private SeedsGold() {}

  /** Reads the seeds gold that sits in {@code DATA/../examples/}. */
  public static List<GoldDoc> read(Path data) throws IOException {
    Path file =
        data.toAbsolutePath().normalize().resolveSibling("examples").resolve("seeds.gold.json");
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<GoldDoc> out = new ArrayList<>();
    for (JsonNode a : root.get("articles")) {
      List<String> paragraphs = new ArrayList<>();
      a.get("body_paragraphs").forEach(p -> paragraphs.add(p.asText()));
      String text = String.join("\n\n", paragraphs);
      List<GoldQuote> quotes = new ArrayList<>();
      int from = 0;
      for (JsonNode q : a.path("quotes")) {
        String words = q.get("text").asText().strip();
        int at = text.indexOf(words, from);
        if (at < 0) {
          at = text.indexOf(words);
        }
        if (at < 0) {
          throw new IOException("seeds gold quote not in text: " + words);
        }
        from = at + words.length();
        String speaker = q.get("speaker").asText();
        quotes.add(
            new GoldQuote(
                at, at + words.length(), false, speaker, speaker.startsWith("unnamed "), -1, -1));
      }
      for (JsonNode n : a.path("not_quotes_with_speaker")) {
        Matcher m = CURLY.matcher(n.asText());
        while (m.find()) {
          String term = m.group(1);
          Matcher inText = Pattern.compile("“" + Pattern.quote(term) + "”").matcher(text);
          while (inText.find()) {
            quotes.add(
                new GoldQuote(inText.start() + 1, inText.end() - 1, true, null, false, -1, -1));
          }
        }
      }
      quotes.sort(Comparator.comparingInt(GoldQuote::start));
      out.add(new GoldDoc(a.get("file").asText(), paragraphs, text, quotes));
    }
    return out;
  }
}
