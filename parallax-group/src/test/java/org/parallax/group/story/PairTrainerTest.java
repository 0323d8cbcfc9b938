package org.parallax.group.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairTrainerTest {

  private static final StoryConfig CONFIG = new StoryConfig(0, 1, 1, true, 0.5, 10, 3, 60, 2);

  private static Signals article(String id, double day, String word, String year) {
    return new Signals(
        id,
        "",
        day,
        0,
        null,
        Map.of(word, 0.8, "quake", 0.6),
        Map.of("Sonoma", 1.0),
        year == null ? Map.of() : Map.of(year, 1.0));
  }

  /** Two quakes in Sonoma: same entity and shared word, different words, days and years. */
  private static List<Signals> batch() {
    List<Signals> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      out.add(article("a" + i, 100 + i % 2, "geysers", i % 3 == 0 ? null : "2009"));
      out.add(article("b" + i, 1600 + i % 2, "petaluma", i % 3 == 1 ? null : "2013"));
    }
    return out;
  }

  private static Map<String, String> gold() {
    Map<String, String> gold = new HashMap<>();
    for (Signals s : batch()) {
      gold.put(s.id(), s.id().substring(0, 1));
    }
    return gold;
  }

  @Test
  void theFittedModelTellsTheTwoQuakesApart() {
    PairModel model = new PairTrainer(CONFIG, 1.0).fit(List.of(batch()), gold());
    assertTrue(model.weights()[0] > 0, "shared words make a pair likelier: " + model);
    StoryConfig c = CONFIG.withModel(model);
    StoryClusterer clusterer = new StoryClusterer(c);
    List<Integer> story = new ArrayList<>();
    for (Signals s : batch()) {
      story.add(clusterer.add(s, -1));
    }
    for (int i = 0; i < story.size(); i++) {
      assertEquals(i % 2, (int) story.get(i), "article " + batch().get(i).id());
    }
  }

  @Test
  void examplesAreEveryOpenStoryAtArrivalWithTheOwnStoryPositive() {
    PairTrainer.Examples ex = new PairTrainer(CONFIG, 1.0).examples(List.of(batch()), gold());
    // article 1 (b0) sees story a; each later article sees both stories
    assertEquals(1 + 2 * (batch().size() - 2), ex.x().size());
    assertEquals(false, ex.y().get(0));
    assertEquals(batch().size() - 2, ex.y().stream().filter(y -> y).count());
  }

  @Test
  void gaussianEliminationSolvesASmallSystem() {
    double[][] a = {{0, 2, 1}, {1, 1, 1}, {2, 1, 3}};
    double[] x = PairTrainer.solve(a, new double[] {7, 6, 13});
    assertArrayEquals(new double[] {1, 2, 3}, x, 1e-9);
  }
}
