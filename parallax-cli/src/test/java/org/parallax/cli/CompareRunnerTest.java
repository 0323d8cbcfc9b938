package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.embed.Embedder;
import org.parallax.core.json.Json;
import org.parallax.core.json.JsonLinesWriter;
import org.parallax.core.model.Article;
import org.parallax.core.registry.SourceRegistry;

class CompareRunnerTest {

  /** A deterministic embedder: letters a–z counted, normalised. */
  static final class LetterEmbedder implements Embedder {
    @Override
    public int dimension() {
      return 26;
    }

    @Override
    public String model() {
      return "letters";
    }

    @Override
    public float[] embed(String text) {
      float[] v = new float[26];
      for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
        if (c >= 'a' && c <= 'z') {
          v[c - 'a']++;
        }
      }
      double n = 0;
      for (float x : v) {
        n += x * x;
      }
      for (int i = 0; i < v.length; i++) {
        v[i] /= (float) Math.sqrt(Math.max(n, 1e-9));
      }
      return v;
    }
  }

  private static Article article(String id, String domain, String text) {
    return Article.builder()
        .id(id)
        .source(id + ".txt")
        .title("Bridge closed " + id)
        .domain(domain)
        .published("2024-01-0" + id.length())
        .paragraphs(List.of(text))
        .build();
  }

  @Test
  void withoutStoriesComparesAllArticlesAsOneStoryAndWritesTheReport(@TempDir Path dir)
      throws IOException {
    try (JsonLinesWriter w = JsonLinesWriter.create(dir.resolve("articles.jsonl"))) {
      w.write(article("a", "wsj.com", "The old bridge was closed on Monday after an inspection."));
      w.write(
          article("bb", "wsws.org", "The old bridge was closed on Monday after an inspection."));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path index =
        CompareRunner.run(
            dir,
            SourceRegistry.defaults(),
            new LetterEmbedder(),
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(dir.resolve("report").resolve("index.html"), index);
    assertTrue(Files.isRegularFile(index));
    List<String> lines =
        Files.readAllLines(dir.resolve("comparisons.jsonl"), StandardCharsets.UTF_8);
    assertEquals(1, lines.size());
    JsonNode c = Json.mapper().readTree(lines.get(0));
    assertEquals("all", c.get("story").asText());
    assertEquals("shared", c.at("/claims/0/status").asText());
    assertEquals(2, c.at("/claims/0/evidence").size());
    assertTrue(out.toString().contains("1 stories, 1 shared"), out.toString());
    assertTrue(err.toString().contains("no stories.jsonl"), err.toString());
  }
}
