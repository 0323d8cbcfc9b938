package org.parallax.group.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.core.story.Assignment;
import org.parallax.core.story.Story;
import org.parallax.core.story.SyndicationFamily;

/** Turns final groups of article ids into {@link Story} records. Not thread-safe. */
final class StoryBuilder {

  private final Map<String, Integer> position = new HashMap<>();
  private final List<org.parallax.core.model.Article> ordered;
  private final List<Signals> signals;
  private final List<SyndicationFamily> families;
  private final Map<String, List<Integer>> familiesOf = new HashMap<>();
  private final List<List<String>> clustererGroups;

  StoryBuilder(
      List<org.parallax.core.model.Article> ordered,
      List<Signals> signals,
      List<SyndicationFamily> families,
      List<List<String>> clustererGroups) {
    this.ordered = ordered;
    this.signals = signals;
    this.families = families;
    this.clustererGroups = clustererGroups;
    for (int i = 0; i < ordered.size(); i++) {
      position.put(ordered.get(i).id(), i);
    }
    for (int f = 0; f < families.size(); f++) {
      for (String m : families.get(f).members()) {
        familiesOf.computeIfAbsent(m, k -> new ArrayList<>()).add(f);
      }
    }
  }

  List<Story> build(List<OverrideApplier.Group> groups, Map<String, Assignment> evidence) {
    Map<String, String> finalStory = new HashMap<>();
    List<List<Integer>> members = new ArrayList<>();
    for (OverrideApplier.Group g : groups) {
      List<Integer> idx = g.articles().stream().map(position::get).sorted().toList();
      members.add(idx);
      String id = StoryGrouper.storyId(ordered.get(idx.get(0)).id());
      idx.forEach(i -> finalStory.put(ordered.get(i).id(), id));
    }
    List<Story> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      out.add(story(members.get(g), groups.get(g).pinned(), finalStory, evidence));
    }
    out.sort(Comparator.comparing((Story s) -> position.get(s.articles().get(0))));
    return out;
  }

  private Story story(
      List<Integer> idx,
      boolean pinned,
      Map<String, String> finalStory,
      Map<String, Assignment> evidence) {
    var articles = idx.stream().map(ordered::get).toList();
    List<String> ids = articles.stream().map(a -> a.id()).toList();
    String id = finalStory.get(ids.get(0));
    List<Assignment> ev = new ArrayList<>();
    for (String a : ids) {
      Assignment as = evidence.get(a);
      ev.add(as.withStories(id, runnerUp(as.runnerUp(), finalStory)));
    }
    List<String> dates =
        articles.stream().map(a -> a.published()).filter(Objects::nonNull).sorted().toList();
    // the families of the members, in family order (a lookup per member, not a scan per story)
    List<String> fams =
        ids.stream()
            .flatMap(a -> familiesOf.getOrDefault(a, List.of()).stream())
            .distinct()
            .sorted()
            .map(f -> families.get(f).id())
            .toList();
    return new Story(
        id,
        title(idx),
        ids,
        fams,
        dates.isEmpty() ? null : dates.get(0),
        dates.isEmpty() ? null : dates.get(dates.size() - 1),
        StoryGrouper.topEntities(articles, 10),
        pinned,
        ev);
  }

  private String runnerUp(String working, Map<String, String> finalStory) {
    if (working == null || !working.startsWith("#") || working.equals("#override")) {
      return null;
    }
    int k = Integer.parseInt(working.substring(1));
    if (k >= clustererGroups.size() || clustererGroups.get(k).isEmpty()) {
      return null;
    }
    return finalStory.get(clustererGroups.get(k).get(0));
  }

  /** The title of the member nearest the embedding centroid, else the first non-empty title. */
  private String title(List<Integer> idx) {
    float[] centroid = null;
    for (int i : idx) {
      float[] e = signals.get(i).embedding();
      if (e != null) {
        if (centroid == null) {
          centroid = new float[e.length];
        }
        for (int d = 0; d < e.length; d++) {
          centroid[d] += e[d];
        }
      }
    }
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i : idx) {
      Signals s = signals.get(i);
      if (s.title().isBlank()) {
        continue;
      }
      double score = 0;
      if (centroid != null && s.embedding() != null) {
        for (int d = 0; d < centroid.length; d++) {
          score += centroid[d] * s.embedding()[d];
        }
      }
      if (best == null || score > bestScore) {
        best = s.title();
        bestScore = score;
      }
    }
    return best == null ? "" : best;
  }
}
