package org.parallax.bench.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Salience;
import org.parallax.core.model.Span;

class EntityCacheTest {

  private static Article article(String text) {
    return Article.builder()
        .id("a")
        .source("ecbplus")
        .title("Quake")
        .paragraphs(List.of(text))
        .build();
  }

  @Test
  void entitiesSurviveASaveAndALoad(@TempDir Path dir) throws IOException {
    String text = "North Korea fired a missile. Pyongyang said the test was a success.";
    Entity korea =
        new Entity(
            "North Korea",
            "North Korea",
            "COUNTRY",
            List.of(Span.of(text, 0, 11), Span.of(text, 29, 38)),
            new Salience(2, 0, true));
    Map<String, List<Entity>> saved =
        Map.of("36_1ecbplus|abc", List.of(korea), "36_2ecbplus|def", List.of());
    Path file = dir.resolve("sub/entities.jsonl");

    EntityCache.save(file, saved);
    Map<String, List<Entity>> loaded = EntityCache.load(file);

    assertEquals(saved, loaded);
    assertEquals("Pyongyang", loaded.get("36_1ecbplus|abc").get(0).mentions().get(1).text());
    assertTrue(loaded.get("36_1ecbplus|abc").get(0).salience().inTitle());
  }

  @Test
  void aMissingFileIsAnEmptyCache(@TempDir Path dir) throws IOException {
    assertTrue(EntityCache.load(dir.resolve("absent.jsonl")).isEmpty());
    assertTrue(EntityCache.load(null).isEmpty());
  }

  @Test
  void theKeyChangesWithTheText() {
    Article a = article("A quake struck Aceh.");
    Article b = article("A quake struck Java.");
    assertNotEquals(EnrichedEntities.key("36_1", a), EnrichedEntities.key("36_1", b));
    assertEquals(EnrichedEntities.key("36_1", a), EnrichedEntities.key("36_1", a));
  }
}
