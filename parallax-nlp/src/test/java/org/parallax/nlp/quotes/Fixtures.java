package org.parallax.nlp.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Salience;
import org.parallax.core.model.Span;

/** Loads the test fixtures under {@code quotes/}. */
final class Fixtures {

  private Fixtures() {}

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/quotes/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seeds gold file. */
  static JsonNode seedsGold() {
    try {
      return new ObjectMapper().readTree(resource("seeds.gold.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Seed article 000 (its gold body paragraphs) with the entities of the TSV fixture. */
  static Article seed000() {
    JsonNode a = seedsGold().get("articles").get(0);
    List<String> paragraphs = new ArrayList<>();
    a.get("body_paragraphs").forEach(p -> paragraphs.add(p.asText()));
    Article bare =
        Article.builder()
            .id("000")
            .source("000_a143d11ab348a2c9.txt")
            .title(a.get("title").asText())
            .paragraphs(paragraphs)
            .build();
    return bare.toBuilder()
        .entities(entities(bare.text(), resource("seeds-000.entities.tsv")))
        .build();
  }

  /** A plain article with no entities. */
  static Article plain(String... paragraphs) {
    return Article.builder().id("t").source("test").paragraphs(List.of(paragraphs)).build();
  }

  /** Entities with every whole-word occurrence of their surface forms as mentions. */
  static List<Entity> entities(String text, String tsv) {
    List<Entity> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t"));
      }
    }
    List<String[]> forms = new ArrayList<>();
    for (String[] row : rows) {
      for (String form : row[2].split("\\|")) {
        forms.add(new String[] {row[0], form});
      }
    }
    forms.sort(Comparator.comparingInt((String[] f) -> f[1].length()).reversed());
    java.util.Map<String, List<Span>> byId = new java.util.LinkedHashMap<>();
    for (String[] row : rows) {
      byId.put(row[0], new ArrayList<>());
    }
    for (String[] form : forms) {
      Matcher m =
          Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(form[1]) + "(?![\\p{L}-])")
              .matcher(text);
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        if (taken.stream().noneMatch(t -> t[0] < e && s < t[1])) {
          taken.add(new int[] {s, e});
          byId.get(form[0]).add(Span.of(text, s, e));
        }
      }
    }
    for (String[] row : rows) {
      List<Span> mentions = byId.get(row[0]);
      mentions.sort(Comparator.comparingInt(Span::start));
      if (!mentions.isEmpty()) {
        out.add(
            new Entity(
                row[0],
                row[0],
                row[1],
                mentions,
                new Salience(mentions.size(), mentions.get(0).start(), false)));
      }
    }
    return out;
  }
}
