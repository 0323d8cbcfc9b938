package org.parallax.core.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who covered a story, counted by independent voice: a syndication family (a wire story and its
 * reprints) counts once, with every carrier listed.
 *
 * @param articles number of articles
 * @param voices the independent voices
 * @param byAttribute for each registry attribute ({@code kind}, {@code country}, {@code owner},
 *     {@code label}, …), the number of voices per value
 * @param timeline who published when, oldest first
 * @param blindspots attributes for which every voice falls in one group
 */
public record Coverage(
    int articles,
    List<Voice> voices,
    Map<String, Map<String, Integer>> byAttribute,
    List<TimelineEntry> timeline,
    List<Blindspot> blindspots) {

  public Coverage {
    voices = List.copyOf(voices);
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    byAttribute.forEach(
        (k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    byAttribute = java.util.Collections.unmodifiableMap(copy);
    timeline = List.copyOf(timeline);
    blindspots = List.copyOf(blindspots);
  }

  /** Number of independent voices. */
  public int voiceCount() {
    return voices.size();
  }
}
