package org.parallax.core.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every quote of a story by speaker, and who each outlet lets speak.
 *
 * @param speakers one entry per speaker (canonical entity id, or a description for anonymous
 *     sources), most quoted first
 * @param byOutlet for each outlet, the number of quotes per speaker name
 */
public record QuoteLedger(
    List<SpeakerQuotes> speakers, Map<String, Map<String, Integer>> byOutlet) {

  public QuoteLedger {
    speakers = List.copyOf(speakers);
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    byOutlet.forEach(
        (k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    byOutlet = java.util.Collections.unmodifiableMap(copy);
  }

  /** An empty ledger. */
  public static QuoteLedger empty() {
    return new QuoteLedger(List.of(), Map.of());
  }
}
