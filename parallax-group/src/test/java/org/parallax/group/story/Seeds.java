package org.parallax.group.story;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Salience;

/**
 * The two seed articles as the gold file reads them, with hand-set canonical entities (the gold's
 * entity lists, metonyms resolved to their country) standing in for the Enricher's output.
 */
public final class Seeds {

  private Seeds() {}

  /** Both seeds, with ids {@code seed-0} and {@code seed-1}. */
  public static List<Article> articles() {
    try (InputStream in = Seeds.class.getResourceAsStream("/story/seeds.gold.json")) {
      JsonNode root = Json.mapper().readTree(in);
      List<Article> out = new ArrayList<>();
      int i = 0;
      for (JsonNode a : root.get("articles")) {
        List<String> paras = new ArrayList<>();
        a.get("body_paragraphs").forEach(p -> paras.add(p.asText()));
        out.add(
            Article.builder()
                .id("seed-" + i++)
                .source(a.get("file").asText())
                .title(a.get("title").asText())
                .published(a.get("published").isNull() ? null : a.get("published").asText())
                .publisher(a.get("publisher").asText())
                .domain(a.get("publisher_domain").asText())
                .paragraphs(paras)
                .entities(entities(a.get("entities")))
                .build());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Entity> entities(JsonNode node) {
    List<Entity> out = new ArrayList<>();
    var fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (f.getValue().isArray()) {
        for (JsonNode n : f.getValue()) {
          out.add(
              new Entity(n.asText(), n.asText(), f.getKey(), List.of(), new Salience(1, 0, false)));
        }
      }
    }
    return out;
  }
}
