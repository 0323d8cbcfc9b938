package org.parallax.bench.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {

  private static final List<String> ITEMS = List.of("a", "b", "c", "d");
  private static final Map<String, String> GOLD = Map.of("a", "1", "b", "1", "c", "2", "d", "2");

  @Test
  void perfectClusteringScoresOne() {
    Map<String, String> pred = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
    assertEquals(1.0, ClusterScores.bcubed(ITEMS, pred, GOLD).f1(), 1e-9);
    assertEquals(1.0, ClusterScores.pairwise(ITEMS, pred, GOLD).f1(), 1e-9);
  }

  @Test
  void oneBigClusterHasFullRecallAndHalfPrecision() {
    Map<String, String> pred = Map.of("a", "x", "b", "x", "c", "x", "d", "x");
    ClusterScores.Prf b3 = ClusterScores.bcubed(ITEMS, pred, GOLD);
    assertEquals(0.5, b3.p(), 1e-9);
    assertEquals(1.0, b3.r(), 1e-9);
    ClusterScores.Prf pw = ClusterScores.pairwise(ITEMS, pred, GOLD);
    assertEquals(2 / 6.0, pw.p(), 1e-9);
    assertEquals(1.0, pw.r(), 1e-9);
  }

  @Test
  void singletonsHaveFullPrecisionAndHalfRecall() {
    Map<String, String> pred = Map.of("a", "1", "b", "2", "c", "3", "d", "4");
    ClusterScores.Prf b3 = ClusterScores.bcubed(ITEMS, pred, GOLD);
    assertEquals(1.0, b3.p(), 1e-9);
    assertEquals(0.5, b3.r(), 1e-9);
    assertEquals(0.0, ClusterScores.pairwise(ITEMS, pred, GOLD).r(), 1e-9);
  }
}
