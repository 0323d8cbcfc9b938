package org.parallax.group.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryClustererTimeWindowTest {

  private static final StoryConfig CONFIG = new StoryConfig(0, 1, 0, true, 0.3, 10, 3, 60, 2);

  private static Signals article(String id, double day) {
    return new Signals(id, "", day, 0, null, Map.of("quake", 0.8, "sonoma", 0.6), Map.of());
  }

  @Test
  void theWindowIsWhereAPerfectMatchStillReachesTheThreshold() {
    // 3 grace days + 10 * ln(1 / 0.3) = 15.04 days
    assertEquals(15.04, StoryClusterer.maxGapDays(CONFIG), 0.01);
  }

  @Test
  void anIdenticalArticleJustInsideTheWindowJoinsAndJustOutsideOpensAStory() {
    StoryClusterer inside = new StoryClusterer(CONFIG);
    inside.add(article("a", 100), -1);
    assertEquals(0, inside.add(article("b", 114.9), -1));

    StoryClusterer outside = new StoryClusterer(CONFIG);
    outside.add(article("a", 100), -1);
    assertEquals(1, outside.add(article("b", 115.2), -1));
  }

  @Test
  void withoutTimeTheGapDoesNotCount() {
    StoryClusterer c = new StoryClusterer(CONFIG.withWeights(0, 1, 0, false));
    c.add(article("a", 100), -1);
    assertEquals(0, c.add(article("b", 500), -1));
  }
}
