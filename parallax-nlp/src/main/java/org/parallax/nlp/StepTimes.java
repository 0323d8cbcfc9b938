package org.parallax.nlp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU nanoseconds (wall-clock where the JVM cannot measure thread CPU time) spent in each
 * enrichment step, summed over all threads since the enricher was made (or last {@link #reset()}).
 * Thread-safe; read by {@code parallax bench pipeline} for its stage breakdown.
 */
public final class StepTimes {

  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  /** Adds {@code elapsed} nanoseconds to {@code step}. */
  public void add(String step, long elapsed) {
    order.putIfAbsent(step, order.size());
    nanos.computeIfAbsent(step, k -> new LongAdder()).add(elapsed);
  }

  /** The nanoseconds per step, in the order the steps first ran. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new LinkedHashMap<>();
    order.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum()));
    return Collections.unmodifiableMap(out);
  }

  /** Forgets every measurement. */
  public void reset() {
    nanos.values().forEach(LongAdder::reset);
  }
}
