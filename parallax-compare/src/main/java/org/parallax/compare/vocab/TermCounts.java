package org.parallax.compare.vocab;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Occurrences of terms by key (stemmed words joined by spaces, see {@link Terms#key(String)}), with
 * the surface forms each key was written in. Not thread-safe while adding.
 */
public final class TermCounts {

  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Map<String, Integer>> forms = new HashMap<>();
  private final Map<String, Integer> first = new HashMap<>();

  /**
   * Counts one occurrence of {@code key}, written as {@code form}, starting at word {@code
   * position} of its article (title first).
   */
  void add(String key, String form, int position) {
    add(key, form, 1, position);
  }

  private void add(String key, String form, int n, int position) {
    counts.merge(key, n, Integer::sum);
    forms.computeIfAbsent(key, k -> new HashMap<>()).merge(form, n, Integer::sum);
    first.merge(key, position, Math::min);
  }

  /** Adds all of {@code other}'s occurrences. */
  public void addAll(TermCounts other) {
    other.forms.forEach(
        (key, fs) -> fs.forEach((form, n) -> add(key, form, n, other.first.get(key))));
  }

  /**
   * The word position of the first occurrence of {@code key} in its article (title, subtitle, then
   * text; the earliest over several articles); {@link Integer#MAX_VALUE} when absent.
   */
  public int firstPosition(String key) {
    return first.getOrDefault(key, Integer.MAX_VALUE);
  }

  /** Occurrences of {@code key}; 0 when absent. */
  public int count(String key) {
    return counts.getOrDefault(key, 0);
  }

  /** The keys counted. */
  public Set<String> keys() {
    return counts.keySet();
  }

  /** All occurrences. */
  public long total() {
    long s = 0;
    for (int n : counts.values()) {
      s += n;
    }
    return s;
  }

  /** The form {@code key} was most often written in (the alphabetically first of a tie). */
  public String form(String key) {
    return forms.getOrDefault(key, Map.of()).entrySet().stream()
        .min(
            Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse(key);
  }

  /** The counts by key, read-only. */
  public Map<String, Integer> asMap() {
    return Map.copyOf(counts);
  }
}
