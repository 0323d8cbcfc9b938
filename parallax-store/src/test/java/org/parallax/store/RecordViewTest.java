package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.story.Story;
import org.parallax.core.story.SyndicationFamily;

class RecordViewTest {

  @TempDir Path dir;

  static Story story(String id, String... articles) {
    return new Story(
        id,
        "Story " + id,
        List.of(articles),
        List.of(),
        "2021-05-01",
        "2021-05-03",
        List.of(),
        false,
        List.of());
  }

  @Test
  void storiesAndFamiliesAreKeptByIdAndFoundByArticle() throws IOException {
    try (Corpus c = Corpus.open(dir)) {
      c.stories().putAll(List.of(story("s1", "a1", "a2"), story("s2", "a3")));
      c.families()
          .put(
              new SyndicationFamily(
                  "f1", "a1", "earliest", List.of("a1", "a2"), List.of(), List.of()));
      assertEquals(story("s2", "a3"), c.stories().get("s2").orElseThrow());
      assertEquals(List.of(story("s1", "a1", "a2")), c.stories().containing("a2", 0, 10).items());
      assertEquals(2, c.stories().list(0, 10).total());
      assertEquals("f1", c.families().containing("a2", 0, 10).items().get(0).id());
      assertTrue(c.families().get("s1").isEmpty(), "kinds do not mix");

      c.stories().put(story("s1", "a1"));
      assertTrue(c.stories().containing("a2", 0, 10).items().isEmpty(), "replaced, refs too");
      c.stories().delete("s2");
      assertEquals(List.of("s1"), c.stories().list(0, 10).items().stream().map(Story::id).toList());
    }
  }
}
