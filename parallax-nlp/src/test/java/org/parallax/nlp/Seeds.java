package org.parallax.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;

/** The two seed articles of {@code nlp/seeds.gold.json}, as clean articles, and their gold. */
final class Seeds {

  private static JsonNode gold;

  private Seeds() {}

  static synchronized JsonNode gold() {
    if (gold == null) {
      try (InputStream in = Seeds.class.getResourceAsStream("/nlp/seeds.gold.json")) {
        gold = Json.mapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return gold;
  }

  static JsonNode goldArticle(int i) {
    return gold().get("articles").get(i);
  }

  /** Seed article {@code i} built from the gold's clean fields (title, date, body). */
  static Article article(int i) {
    JsonNode g = goldArticle(i);
    List<String> paragraphs = new ArrayList<>();
    g.get("body_paragraphs").forEach(p -> paragraphs.add(p.asText()));
    return Article.builder()
        .id(g.get("file").asText())
        .source(g.get("file").asText())
        .title(g.get("title").asText())
        .published(text(g, "published"))
        .publisher(text(g, "publisher"))
        .syndicatedFrom(text(g, "syndicated_from"))
        .authors(list(g, "authors"))
        .captions(list(g, "captions"))
        .paragraphs(paragraphs)
        .build();
  }

  private static String text(JsonNode g, String field) {
    JsonNode v = g.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> list(JsonNode g, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = g.get(field);
    if (v != null) {
      v.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}
