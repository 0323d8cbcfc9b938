package org.parallax.group.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.model.Article;
import org.parallax.core.story.Assignment;
import org.parallax.core.story.Override;
import org.parallax.core.story.Overrides;
import org.parallax.core.story.Story;
import org.parallax.group.embed.MiniLmEmbedder;

class StoryGrouperTest {

  private static MiniLmEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = MiniLmEmbedder.load(MiniLmEmbedder.Device.CPU);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  private static List<Story> group(List<Article> articles, Overrides overrides) {
    return new StoryGrouper(StoryConfig.defaults(), embedder).group(articles, List.of(), overrides);
  }

  private static Set<Set<String>> partition(List<Story> stories) {
    return stories.stream().map(s -> Set.copyOf(s.articles())).collect(Collectors.toSet());
  }

  @Test
  void theTwoSeedsFormOneStoryWithItsEvidence() {
    List<Story> stories = group(Seeds.articles(), Overrides.none());
    assertEquals(1, stories.size(), () -> "stories: " + stories);
    Story s = stories.get(0);
    assertEquals(List.of("seed-0", "seed-1"), s.articles());
    Assignment joined = s.evidence().get(1);
    assertEquals("joined", joined.decision());
    assertTrue(joined.sharedEntities().contains("North Korea"), joined.toString());
    assertTrue(joined.embedding() > 0.4, joined.toString());
    assertEquals(-1, joined.timeGapHours(), "the second seed is undated");
    assertTrue(s.entities().contains("North Korea"));
  }

  @Test
  void sameEntitiesInADifferentEventDoNotMerge() {
    List<Story> stories = group(StoryFixtures.missileTests(), Overrides.none());
    assertEquals(
        Set.of(Set.of("m1a", "m1b", "m1c"), Set.of("m2a", "m2b", "m2c")),
        partition(stories),
        () -> stories.toString());
    Assignment m2a = stories.get(1).evidence().get(0);
    assertEquals("opened", m2a.decision());
    assertEquals(stories.get(0).id(), m2a.runnerUp(), "the March story was the nearest");
    assertTrue(m2a.words() > 0.3, "the words alone would have merged them: " + m2a);
  }

  @Test
  void overridesSurviveReRunsAndNewBatches() {
    List<Article> march = StoryFixtures.missileTests().subList(0, 3);
    Overrides overrides =
        new Overrides(
            List.of(
                Override.split(List.of("m1c"), "an analysis piece, not the launch"),
                Override.merge(List.of("m1a", "m2a"), "the user follows the ICBM programme")));
    List<Story> first = group(march, overrides);
    assertEquals(Set.of(Set.of("m1a", "m1b"), Set.of("m1c")), partition(first));
    List<Story> again = group(march, overrides);
    assertEquals(first, again, "a re-run gives the same stories and ids");

    List<Article> all = new ArrayList<>(StoryFixtures.missileTests());
    List<Story> extended = group(all, overrides);
    assertEquals(
        Set.of(Set.of("m1a", "m1b", "m2a", "m2b", "m2c"), Set.of("m1c")), partition(extended));
    Story merged =
        extended.stream().filter(s -> s.articles().contains("m1a")).findFirst().orElseThrow();
    assertEquals(first.get(0).id(), merged.id(), "the story keeps its id across batches");
    Assignment m2a =
        merged.evidence().stream().filter(a -> a.article().equals("m2a")).findFirst().orElseThrow();
    assertEquals("override", m2a.decision());
    assertTrue(m2a.note().startsWith("merge"));
  }

  @Test
  void pinKeepsAStoryAsItWasAndMoveFollowsItsTarget() {
    List<Article> all = StoryFixtures.missileTests();
    Overrides overrides =
        new Overrides(
            List.of(
                Override.pin(List.of("m1a", "m1b"), "checked by hand"),
                Override.move(List.of("m2c"), "m1a", "follow-up")));
    List<Story> stories = group(all, overrides);
    Story pinned =
        stories.stream().filter(s -> s.articles().contains("m1a")).findFirst().orElseThrow();
    assertTrue(pinned.pinned());
    assertEquals(List.of("m1a", "m1b", "m2c"), pinned.articles());
    assertTrue(partition(stories).contains(Set.of("m1c")));
    assertFalse(partition(stories).contains(Set.of("m2a", "m2b", "m2c")));
  }
}
