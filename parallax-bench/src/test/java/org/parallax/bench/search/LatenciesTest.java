package org.parallax.bench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void nearestRankPercentiles() {
    Latencies l = new Latencies();
    for (int ms = 100; ms >= 1; ms--) {
      l.add(ms * 1_000_000L, ms * 1_000L, ms % 10);
    }
    assertEquals(100, l.size());
    assertEquals(50.0, l.percentileMillis(50), 1e-9);
    assertEquals(95.0, l.percentileMillis(95), 1e-9);
    assertEquals(99.0, l.percentileMillis(99), 1e-9);
    assertEquals(100.0, l.percentileMillis(100), 1e-9);
    assertEquals(4, l.medianHits());
    assertEquals(0.095, l.cpuPercentileMillis(95), 1e-9);
  }

  @Test
  void anEmptySetIsZero() {
    assertEquals(0.0, new Latencies().percentileMillis(95));
  }
}
