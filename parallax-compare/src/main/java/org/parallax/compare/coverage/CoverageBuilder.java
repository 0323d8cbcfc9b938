package org.parallax.compare.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.compare.story.Member;
import org.parallax.core.compare.Blindspot;
import org.parallax.core.compare.Coverage;
import org.parallax.core.compare.TimelineEntry;
import org.parallax.core.compare.Voice;
import org.parallax.core.registry.Outlet;

/**
 * Builds a story's {@link Coverage}. A voice is counted once under its origin outlet's attributes,
 * however many outlets carried it. Thread-safe.
 */
public final class CoverageBuilder {

  private final Map<String, Set<String>> corpusValues;

  /**
   * @param corpusValues for each attribute, the known values seen in the whole corpus; a story is a
   *     blindspot for an attribute when its voices cover one of two or more such values
   */
  public CoverageBuilder(Map<String, Set<String>> corpusValues) {
    this.corpusValues = corpusValues;
  }

  /** The coverage of a story whose members are given oldest first. */
  public Coverage build(List<Member> members) {
    List<Voice> voices = voices(members);
    Map<String, Outlet> originOf = new LinkedHashMap<>();
    for (Member m : members) {
      originOf.putIfAbsent(m.voice(), m.origin());
    }
    Map<String, Map<String, Integer>> byAttribute = new LinkedHashMap<>();
    for (String attribute : Outlets.ATTRIBUTES) {
      Map<String, Integer> counts = new TreeMap<>();
      for (Voice v : voices) {
        for (String value : Outlets.attributes(originOf.get(v.id())).get(attribute)) {
          counts.merge(value, 1, Integer::sum);
        }
      }
      byAttribute.put(attribute, sortByCount(counts));
    }
    List<TimelineEntry> timeline =
        members.stream()
            .map(m -> new TimelineEntry(m.id(), m.outletName(), m.article().published(), m.voice()))
            .toList();
    return new Coverage(
        members.size(), voices, byAttribute, timeline, blindspots(voices.size(), byAttribute));
  }

  /** The independent voices of a story, in order of first appearance. */
  public static List<Voice> voices(List<Member> members) {
    Map<String, List<Member>> byVoice = new LinkedHashMap<>();
    for (Member m : members) {
      byVoice.computeIfAbsent(m.voice(), k -> new ArrayList<>()).add(m);
    }
    List<Voice> out = new ArrayList<>();
    byVoice.forEach(
        (id, ms) -> {
          Set<String> carriers = new LinkedHashSet<>();
          ms.forEach(m -> carriers.add(m.outletName()));
          out.add(
              new Voice(
                  id,
                  ms.get(0).origin().name(),
                  List.copyOf(carriers),
                  ms.stream().map(Member::id).toList()));
        });
    return out;
  }

  private List<Blindspot> blindspots(int voices, Map<String, Map<String, Integer>> byAttribute) {
    List<Blindspot> out = new ArrayList<>();
    if (voices < 2) {
      return out;
    }
    byAttribute.forEach(
        (attribute, counts) -> {
          List<String> known =
              counts.keySet().stream().filter(v -> !v.equals(Outlets.UNKNOWN)).toList();
          Set<String> all = corpusValues.getOrDefault(attribute, Set.of());
          boolean covered = counts.getOrDefault(Outlets.UNKNOWN, 0) == 0;
          if (known.size() == 1 && covered && all.size() >= 2) {
            List<String> missing =
                all.stream().filter(v -> !v.equals(known.get(0))).sorted().toList();
            out.add(new Blindspot(attribute, known.get(0), missing));
          }
        });
    return out;
  }

  private static Map<String, Integer> sortByCount(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
