package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.core.model.ContentType;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.RawDocument;
import org.parallax.core.registry.SourceRegistry;

/**
 * The two seed articles against {@code seeds/seeds.gold.json}: every gold body paragraph appears
 * exactly as a paragraph (whitespace normalised), there is no other paragraph, and the metadata
 * equals the gold.
 *
 * <p>One documented difference: the cleaner strips Markdown emphasis ({@code *Washington Post*}
 * becomes {@code Washington Post}), while the gold kept the asterisks of the raw dump; the gold
 * paragraphs are compared with emphasis marks removed.
 */
class SeedsGoldTest {

  private static final ArticleCleaner CLEANER = ArticleCleaner.create(SourceRegistry.defaults());

  static Stream<JsonNode> seeds() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    Json.mapper().readTree(resource("seeds.gold.json")).get("articles").forEach(out::add);
    return out.stream();
  }

  @ParameterizedTest(name = "{index}: seed {0}")
  @MethodSource("seeds")
  void bodyParagraphsEqualTheGold(JsonNode gold) throws IOException {
    Article a = clean(gold.get("file").asText());
    List<String> expected = new ArrayList<>();
    gold.get("body_paragraphs").forEach(p -> expected.add(normaliseGold(p.asText())));
    List<String> actual = a.paragraphs().stream().map(SeedsGoldTest::ws).toList();
    assertEquals(expected, actual);
  }

  @ParameterizedTest(name = "{index}: seed {0}")
  @MethodSource("seeds")
  void metadataEqualsTheGold(JsonNode gold) throws IOException {
    Article a = clean(gold.get("file").asText());
    assertEquals(text(gold, "title"), a.title(), "title");
    assertEquals(text(gold, "subtitle"), a.subtitle(), "subtitle");
    assertEquals(strings(gold, "authors"), a.authors(), "authors");
    assertEquals(text(gold, "published"), a.published(), "published");
    assertEquals(text(gold, "publisher"), a.publisher(), "publisher");
    assertEquals(text(gold, "publisher_domain"), a.domain(), "domain");
    assertEquals(text(gold, "syndicated_from"), a.syndicatedFrom(), "syndicated_from");
    assertEquals(text(gold, "url"), a.url(), "url");
    assertEquals(strings(gold, "captions"), a.captions(), "captions");
    assertEquals(strings(gold, "headings"), a.headings(), "headings");
    if (gold.has("section")) {
      assertEquals(text(gold, "section"), a.section(), "section");
    }
    assertEquals("en", a.language(), "language");
  }

  @ParameterizedTest(name = "{index}: seed {0}")
  @MethodSource("seeds")
  void boilerplateNeverReachesTheText(JsonNode gold) throws IOException {
    Article a = clean(gold.get("file").asText());
    for (JsonNode b : gold.get("boilerplate")) {
      String line = normaliseGold(b.asText());
      assertTrue(
          a.paragraphs().stream().noneMatch(p -> p.contains(line)), "boilerplate kept: " + line);
    }
    assertTrue(a.text().indexOf("Original URL") < 0);
    assertNotNull(a.id());
  }

  private static Article clean(String file) throws IOException {
    String content = new String(resource(file), StandardCharsets.UTF_8);
    RawDocument raw = new RawDocument(file, null, "text", ContentType.TEXT, content, null);
    Outcome<Article> o = CLEANER.apply(raw);
    assertTrue(o.isOk(), () -> "not an article: " + o);
    return ((Outcome.Ok<Article>) o).value();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SeedsGoldTest.class.getResourceAsStream("/seeds/" + name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }

  private static String normaliseGold(String s) {
    return ws(
        s.replaceAll("\\*\\*\\[([^\\]]*)\\]\\([^)]*\\)\\*\\*", "$1")
            .replaceAll("(?<![\\w*])\\*(\\S[^*]*\\S)\\*(?![\\w*])", "$1"));
  }

  private static String ws(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    n.get(field).forEach(v -> out.add(v.asText()));
    return out;
  }
}
