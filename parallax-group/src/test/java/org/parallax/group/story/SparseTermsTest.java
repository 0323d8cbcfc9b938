package org.parallax.group.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseTermsTest {

  @Test
  void dotEqualsTheHashMapDotOnRandomVectors() {
    Random r = new Random(7);
    Map<String, Integer> dictionary = new HashMap<>();
    for (int round = 0; round < 200; round++) {
      Map<String, Double> a = random(r);
      Map<String, Double> b = random(r);
      double expected = StoryState.dot(a, b);
      double got = SparseTerms.of(a, dictionary).dot(SparseTerms.of(b, dictionary));
      assertEquals(expected, got, 1e-12, a + " · " + b);
    }
  }

  @Test
  void disjointVectorsHaveNoDotProduct() {
    Map<String, Integer> dictionary = new HashMap<>();
    SparseTerms quake = SparseTerms.of(Map.of("quake", 1.0, "aceh", 0.5), dictionary);
    SparseTerms fire = SparseTerms.of(Map.of("fire", 1.0, "sonoma", 0.5), dictionary);
    assertEquals(0.0, quake.dot(fire));
    assertEquals(1.25, quake.dot(quake), 1e-12);
  }

  private static Map<String, Double> random(Random r) {
    Map<String, Double> m = new HashMap<>();
    int n = r.nextInt(30);
    for (int i = 0; i < n; i++) {
      m.put("t" + r.nextInt(60), r.nextDouble());
    }
    return m;
  }
}
