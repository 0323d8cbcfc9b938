package org.parallax.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Salience;
import org.parallax.core.model.Speaker;

class JsonTest {

  private static Article sample() {
    return Article.builder()
        .id("0123456789abcdef")
        .source("examples/a.txt")
        .title("Title")
        .authors(List.of("Ann Writer"))
        .paragraphs(List.of("First “quoted” paragraph.", "Second."))
        .build();
  }

  @Test
  void articleUsesSnakeCaseAndJoinsParagraphs() {
    Article a = sample();
    String json = Json.write(a);
    assertTrue(json.startsWith("{\"id\":\"0123456789abcdef\",\"source_id\":null"), json);
    assertTrue(json.contains("\"syndicated_from\":null"), json);
    assertFalse(json.contains("\"entities\""), "empty enrichment is left out: " + json);
    assertEquals("First “quoted” paragraph.\n\nSecond.", a.text());
    assertEquals(a, Json.read(json, Article.class));
  }

  @Test
  void enrichedArticleRoundTrips() {
    Article a = sample();
    Article e =
        a.toBuilder()
            .entities(
                List.of(
                    new Entity(
                        "Ann Writer",
                        "Ann Writer",
                        "PERSON",
                        List.of(a.span(0, 5)),
                        new Salience(1, 0, false))))
            .quotes(
                List.of(
                    new Quote("quoted", a.span(7, 13), QuoteKind.TERM, null, null, null, null),
                    new Quote(
                        "Second.",
                        a.span(27, 34),
                        QuoteKind.DIRECT,
                        new Speaker(null, "unnamed official"),
                        null,
                        "said",
                        null)))
            .build();
    String json = Json.write(e);
    assertTrue(json.contains("\"kind\":\"term\""), json);
    assertTrue(json.contains("\"speaker\":{\"id\":null,\"name\":\"unnamed official\"}"), json);
    assertEquals(e, Json.read(json, Article.class));
    assertEquals("quoted", e.quotes().get(0).span().text());
  }

  @Test
  void problemShowsPositionWithoutNulls() {
    Problem p = new Problem("in.jsonl", Position.line(3), "ingest.jsonl", "bad-json", "not JSON");
    assertEquals(
        "{\"source\":\"in.jsonl\",\"position\":{\"line\":3},\"stage\":\"ingest.jsonl\","
            + "\"code\":\"bad-json\",\"reason\":\"not JSON\"}",
        Json.write(p));
    assertEquals("in.jsonl (line 3): not JSON [ingest.jsonl/bad-json]", p.describe());
  }

  @Test
  void writerWritesWholeLines(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("out/a.jsonl");
    try (JsonLinesWriter w = JsonLinesWriter.create(f)) {
      w.write(sample());
      w.write(sample());
      assertEquals(2, w.count());
    }
    try (JsonLinesWriter w = JsonLinesWriter.append(f)) {
      w.write(sample());
    }
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    assertEquals(3, lines.size());
    lines.forEach(l -> assertEquals(sample(), Json.read(l, Article.class)));
  }
}
