package org.parallax.group.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.core.story.Assignment;
import org.parallax.core.story.Override;

/**
 * Applies a user's overrides, in order, to a grouping given as lists of article ids. Overrides name
 * articles, so they apply the same way on every re-run and after new batches; an override whose
 * articles are all absent is skipped. Not thread-safe: one applier per run.
 */
final class OverrideApplier {

  private final List<Set<String>> groups = new ArrayList<>();
  private final Map<String, Integer> groupOf = new HashMap<>();
  private final Map<String, Assignment> evidence;
  private final Set<Integer> pinned = new HashSet<>();

  OverrideApplier(List<List<String>> initial, Map<String, Assignment> evidence) {
    this.evidence = evidence;
    for (List<String> g : initial) {
      int idx = groups.size();
      groups.add(new LinkedHashSet<>(g));
      g.forEach(a -> groupOf.put(a, idx));
    }
  }

  /** Applies every override in order. */
  void applyAll(List<Override> overrides) {
    for (Override o : overrides) {
      List<String> present = o.articles().stream().filter(groupOf::containsKey).toList();
      if (present.isEmpty()) {
        continue;
      }
      String why = o.action() + (o.note() == null ? "" : ": " + o.note());
      switch (o.action()) {
        case "merge" -> {
          int into = groupOf.get(present.get(0));
          for (String a : present) {
            for (String member : List.copyOf(groups.get(groupOf.get(a)))) {
              move(member, into, why);
            }
          }
        }
        case "split", "separate" -> {
          List<String> leaving =
              o.action().equals("split")
                  ? present
                  : present.stream()
                      .skip(1)
                      .filter(a -> groupOf.get(a).equals(groupOf.get(present.get(0))))
                      .toList();
          if (!leaving.isEmpty()) {
            int fresh = newGroup();
            leaving.forEach(a -> move(a, fresh, why));
          }
        }
        case "move" -> {
          Integer into = o.target() == null ? null : groupOf.get(o.target());
          if (into != null) {
            present.forEach(a -> move(a, into, why));
          }
        }
        case "pin" -> pin(present, why);
        default -> throw new IllegalStateException("unknown action " + o.action());
      }
    }
  }

  private void pin(List<String> present, String why) {
    int g = groupOf.get(present.get(0));
    for (String member : List.copyOf(groups.get(g))) {
      if (!present.contains(member)) {
        move(member, newGroup(), "left a pinned story (" + why + ")");
      }
    }
    present.forEach(a -> move(a, g, why));
    pinned.add(g);
  }

  private int newGroup() {
    groups.add(new LinkedHashSet<>());
    return groups.size() - 1;
  }

  private void move(String article, int into, String why) {
    int from = groupOf.get(article);
    if (from == into) {
      return;
    }
    groups.get(from).remove(article);
    groups.get(into).add(article);
    groupOf.put(article, into);
    Assignment a = evidence.get(article);
    if (a != null) {
      evidence.put(article, a.overridden("#override", why));
    }
  }

  /** The groups after the overrides, empty ones left out, each with whether it is pinned. */
  List<Group> result() {
    List<Group> out = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      if (!groups.get(i).isEmpty()) {
        out.add(new Group(List.copyOf(groups.get(i)), pinned.contains(i)));
      }
    }
    return out;
  }

  /** One group of article ids. */
  record Group(List<String> articles, boolean pinned) {}
}
