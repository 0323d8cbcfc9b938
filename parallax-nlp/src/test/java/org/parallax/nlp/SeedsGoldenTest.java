package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Span;
import org.parallax.core.model.TimeExpression;

/** Golden test on the two seed articles: entity recall, aliases and time values of the gold. */
class SeedsGoldenTest {

  private static Article wsws;
  private static Article australian;

  @BeforeAll
  static void enrich() {
    wsws = Enricher.shared().enrich(Seeds.article(0)).article();
    australian = Enricher.shared().enrich(Seeds.article(1)).article();
  }

  @Test
  void entityRecallOfGoldPersonOrgGpeIsAtLeast90Percent() {
    int found = 0;
    int total = 0;
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Article a = i == 0 ? wsws : australian;
      Set<String> ids = a.entities().stream().map(Entity::id).collect(Collectors.toSet());
      JsonNode entities = Seeds.goldArticle(i).get("entities");
      for (String type : List.of("PERSON", "ORG", "GPE")) {
        for (JsonNode name : entities.get(type)) {
          total++;
          if (ids.contains(name.asText())) {
            found++;
          } else {
            missed.add(name.asText());
          }
        }
      }
    }
    double recall = (double) found / total;
    assertTrue(recall >= 0.90, "recall " + found + "/" + total + ", missed " + missed);
  }

  @Test
  void everyGoldAliasResolvesToItsCanonicalId() {
    JsonNode aliases = Seeds.goldArticle(0).get("aliases_that_must_resolve");
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : iterable(aliases)) {
      String key = e.getKey();
      boolean actorOnly = key.endsWith("(as actor)");
      String surface = key.replace("(as actor)", "").strip();
      String expected = e.getValue().asText().replaceAll("\\s*\\(.*\\)$", "");
      List<String> ids = idsOfMentions(wsws, surface);
      if (ids.isEmpty()) {
        // the short form is not written alone in this article ("Kwon"): add one sentence that uses
        // it after the article, as a later paragraph of the same article would
        Article longer =
            Seeds.article(0).toBuilder()
                .paragraphs(
                    appended(Seeds.article(0).paragraphs(), surface + " said nothing more."))
                .build();
        ids = idsOfMentions(Enricher.shared().enrich(longer).article(), surface);
      }
      boolean ok =
          actorOnly
              ? ids.contains(expected)
              : !ids.isEmpty() && ids.stream().allMatch(expected::equals);
      if (!ok) {
        wrong.add(key + " -> " + ids);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyGoldTimeExpressionHasTheGoldValue() {
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Article a = i == 0 ? wsws : australian;
      for (JsonNode t : Seeds.goldArticle(i).get("time_expressions")) {
        if (t.has("role")) {
          continue; // the publication date line is metadata, not body text
        }
        String text = t.get("text").asText();
        String gold = t.get("value").asText();
        String expected = gold.startsWith("unknown") ? null : gold;
        boolean ok =
            a.times().stream()
                .anyMatch(
                    x ->
                        x.text().equalsIgnoreCase(text)
                            && java.util.Objects.equals(expected, x.value()));
        if (!ok) {
          wrong.add(
              text
                  + "="
                  + gold
                  + " got "
                  + a.times().stream().map(TimeExpression::toString).toList());
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyMentionSpanPointsAtItsText() {
    for (Article a : List.of(wsws, australian)) {
      for (Entity e : a.entities()) {
        for (Span s : e.mentions()) {
          assertEquals(a.text().substring(s.start(), s.end()), s.text());
        }
      }
    }
  }

  /** The canonical ids of the mentions written {@code surface} (a title before it allowed). */
  private static List<String> idsOfMentions(Article a, String surface) {
    List<String> ids = new ArrayList<>();
    for (Entity e : a.entities()) {
      for (Span s : e.mentions()) {
        String written = a.text().substring(Math.max(0, s.end() - surface.length()), s.end());
        boolean exact = s.text().equals(surface);
        boolean titled =
            !surface.equals(s.text()) && written.equals(surface) && surface.endsWith(s.text());
        if (exact || titled) {
          ids.add(e.id());
        }
      }
    }
    return ids;
  }

  private static List<String> appended(List<String> paragraphs, String paragraph) {
    List<String> out = new ArrayList<>(paragraphs);
    out.add(paragraph);
    return out;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node::fields;
  }
}
