package org.parallax.group.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryClustererBridgeTest {

  private static final StoryConfig WORDS = new StoryConfig(0, 1, 0, false, 0.5, 10, 3, 60, 2);

  private static Signals article(String id, Map<String, Double> terms) {
    return new Signals(id, "", Double.NaN, Double.NaN, null, terms, Map.of());
  }

  private static List<Integer> run(StoryConfig config) {
    StoryClusterer c = new StoryClusterer(config);
    c.add(article("quake", Map.of("quake", 1.0)), -1);
    c.add(article("sonoma", Map.of("sonoma", 1.0)), -1);
    c.add(article("both", Map.of("quake", Math.sqrt(0.5), "sonoma", Math.sqrt(0.5))), -1);
    return c.storyOf();
  }

  @Test
  void withoutBridgingTheLinkingArticleJoinsOneStoryOnly() {
    assertEquals(List.of(0, 1, 0), run(WORDS));
  }

  @Test
  void anArticleThatLinksTwoStoriesStronglyMergesThem() {
    StoryClusterer c = new StoryClusterer(WORDS.withBridgeThreshold(0.6));
    c.add(article("quake", Map.of("quake", 1.0)), -1);
    c.add(article("sonoma", Map.of("sonoma", 1.0)), -1);
    c.add(article("both", Map.of("quake", Math.sqrt(0.5), "sonoma", Math.sqrt(0.5))), -1);
    assertEquals(List.of(0, 0, 0), c.storyOf());
    String note = c.assignments().get(2).note();
    assertTrue(note != null && note.contains("bridged: merged story #1"), note);
    c.add(article("later", Map.of("sonoma", 1.0)), -1);
    assertEquals(0, (int) c.storyOf().get(3), "the merged story takes later articles");
  }

  @Test
  void aBridgeBelowItsThresholdMergesNothing() {
    assertEquals(List.of(0, 1, 0), run(WORDS.withBridgeThreshold(0.8)));
  }
}
