package org.parallax.group.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryClustererLoneTest {

  private static final StoryConfig WORDS = new StoryConfig(0, 1, 0, false, 0.5, 10, 3, 60, 2);

  private static List<Integer> run(StoryConfig config) {
    StoryClusterer c = new StoryClusterer(config);
    c.add(new Signals("a", "", Double.NaN, Double.NaN, null, Map.of("quake", 1.0), Map.of()), -1);
    // cosine 0.3 with the first: below the threshold, so it opens a story online
    Map<String, Double> terms = Map.of("quake", 0.3, "sonoma", Math.sqrt(1 - 0.09));
    c.add(new Signals("b", "", Double.NaN, Double.NaN, null, terms, Map.of()), -1);
    c.refine(2);
    return c.storyOf();
  }

  @Test
  void aLoneArticleStaysAloneWhenItNeedsTheFullThreshold() {
    assertEquals(List.of(0, 1), run(WORDS));
  }

  @Test
  void aLoneArticleJoinsTheBestStoryAtItsShareOfTheThreshold() {
    List<Integer> together = run(WORDS.withLoneShare(0.5));
    assertEquals(together.get(0), together.get(1), "one story: " + together);
    assertEquals(List.of(0, 1), run(WORDS.withLoneShare(0.7)), "0.3 is below 0.7 * 0.5");
  }
}
