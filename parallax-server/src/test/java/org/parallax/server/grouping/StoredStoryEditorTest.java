package org.parallax.server.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Article;
import org.parallax.core.story.Assignment;
import org.parallax.core.story.Override;
import org.parallax.core.story.Story;
import org.parallax.server.api.OverrideResult;
import org.parallax.server.http.ApiException;
import org.parallax.store.Corpus;
import org.parallax.store.StoredKind;

/** Split, move, pin and merge on stored stories, against a real corpus. */
class StoredStoryEditorTest {

  @TempDir Path dir;
  Corpus corpus;
  StoredStoryEditor editor;

  @BeforeEach
  void setUp() throws Exception {
    corpus = Corpus.open(dir);
    corpus.add(
        List.of("a1", "a2", "a3", "b1", "b2").stream()
            .map(
                id ->
                    Article.builder()
                        .id(id)
                        .source("t")
                        .title(id)
                        .paragraphs(List.of("Text of " + id + "."))
                        .build())
            .toList());
    Map<String, Corpus.Stored> stories = new LinkedHashMap<>();
    stories.put("A", stored(story("A", "a1", "a2", "a3")));
    stories.put("B", stored(story("B", "b1", "b2")));
    corpus.putAll(StoredKind.STORY, stories);
    corpus.put(StoredKind.COMPARISON, "A", Map.of("story", "A"), List.of("a1"));
    editor = new StoredStoryEditor(corpus);
  }

  @AfterEach
  void tearDown() throws Exception {
    corpus.close();
  }

  private static Corpus.Stored stored(Story s) {
    return new Corpus.Stored(s, s.articles());
  }

  private static Story story(String id, String... articles) {
    List<Assignment> ev =
        List.of(articles).stream()
            .map(
                a -> new Assignment(a, id, "joined", 0.7, 0.7, 0.5, 0.3, 2, List.of(), null, 0, ""))
            .toList();
    return new Story(
        id, "story " + id, List.of(articles), List.of(), null, null, List.of(), false, ev);
  }

  private Story stored(String id) {
    return corpus.get(StoredKind.STORY, id, Story.class).orElseThrow();
  }

  @Test
  void splitMakesANewStoryAndKeepsTheRest() {
    OverrideResult r = editor.apply(Override.split(List.of("a2", "a3"), "different event"));
    assertEquals(List.of("a1"), stored("A").articles());
    Story fresh = r.stories().stream().filter(s -> !s.id().equals("A")).findFirst().orElseThrow();
    assertEquals(List.of("a2", "a3"), stored(fresh.id()).articles());
    assertEquals("override", fresh.evidence().get(0).decision());
    assertTrue(fresh.evidence().get(0).note().contains("different event"));
    assertTrue(corpus.getJson(StoredKind.COMPARISON, "A").isEmpty(), "stale comparison removed");
    assertEquals(1, corpus.list(StoredKind.OVERRIDE, "a2", Override.class, 0, 5).total());
  }

  @Test
  void moveTakesArticlesToTheTargetStoryAndDropsEmptiedOnes() {
    editor.apply(Override.move(List.of("b1", "b2"), "a1", null));
    assertEquals(List.of("a1", "a2", "a3", "b1", "b2"), stored("A").articles());
    assertTrue(corpus.get(StoredKind.STORY, "B", Story.class).isEmpty());
    assertEquals(5, stored("A").evidence().size());
  }

  @Test
  void pinMarksTheStoryAndKeepsItsComparison() {
    editor.apply(Override.pin(List.of("a1"), null));
    assertTrue(stored("A").pinned());
    assertFalse(stored("B").pinned());
    assertTrue(corpus.getJson(StoredKind.COMPARISON, "A").isPresent());
  }

  @Test
  void mergeKeepsTheLargerStory() {
    OverrideResult r = editor.apply(Override.merge(List.of("b1", "a1"), null));
    assertEquals(List.of("B"), r.removed());
    assertEquals(List.of("a1", "a2", "a3", "b1", "b2"), stored("A").articles());
  }

  @Test
  void unknownArticlesAndMissingTargetsAreRefused() {
    ApiException e =
        assertThrows(ApiException.class, () -> editor.apply(Override.pin(List.of("zz"), null)));
    assertEquals(404, e.status());
    assertEquals(
        404,
        assertThrows(
                ApiException.class, () -> editor.apply(Override.move(List.of("a1"), "zz", null)))
            .status());
    assertEquals(
        400,
        assertThrows(
                ApiException.class, () -> editor.apply(Override.merge(List.of("a1", "a2"), null)))
            .status());
  }
}
