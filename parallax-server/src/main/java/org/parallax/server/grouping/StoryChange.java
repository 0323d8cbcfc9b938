package org.parallax.server.grouping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.core.id.Ids;
import org.parallax.core.story.Override;
import org.parallax.core.story.Story;
import org.parallax.server.http.ApiException;

/** The stories an override creates or changes, and those it empties. */
record StoryChange(List<Story> changed, List<String> removed) {

  static StoryChange none() {
    return new StoryChange(List.of(), List.of());
  }

  static StoryChange merge(Map<String, Story> holding, Override o) {
    if (holding.size() < 2) {
      throw ApiException.badRequest("the articles are already in one story: nothing to merge");
    }
    List<Story> all = new ArrayList<>(holding.values());
    all.sort((a, b) -> Integer.compare(b.size(), a.size()));
    Story keep = all.get(0);
    Stories.Builder b = Stories.from(keep);
    for (Story other : all.subList(1, all.size())) {
      b.absorb(other, "merged by user" + note(o));
    }
    List<String> removed = all.subList(1, all.size()).stream().map(Story::id).toList();
    return new StoryChange(List.of(b.build()), removed);
  }

  static StoryChange split(Map<String, Story> holding, Override o) {
    Set<String> leaving = new LinkedHashSet<>(o.articles());
    List<Story> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (Story s : holding.values()) {
      Story rest = Stories.without(s, leaving);
      if (rest.articles().isEmpty()) {
        removed.add(s.id());
      } else {
        changed.add(rest);
      }
    }
    String newId = Ids.hash("split:" + String.join(",", leaving.stream().sorted().toList()));
    changed.add(Stories.fresh(newId, holding.values(), leaving, "split by user" + note(o)));
    removed.remove(newId);
    return new StoryChange(changed, removed);
  }

  static StoryChange move(Map<String, Story> holding, Story target, Override o) {
    Set<String> moving = new LinkedHashSet<>(o.articles());
    List<Story> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    Stories.Builder into = Stories.from(target);
    for (Story s : holding.values()) {
      if (s.id().equals(target.id())) {
        continue;
      }
      into.take(s, moving, "moved by user" + note(o));
      Story rest = Stories.without(s, moving);
      if (rest.articles().isEmpty()) {
        removed.add(s.id());
      } else {
        changed.add(rest);
      }
    }
    changed.add(0, into.build());
    return new StoryChange(changed, removed);
  }

  static StoryChange pin(Map<String, Story> holding) {
    List<Story> pinned = holding.values().stream().map(Stories::pinned).toList();
    return new StoryChange(pinned, List.of());
  }

  private static String note(Override o) {
    return o.note() == null || o.note().isBlank() ? "" : ": " + o.note();
  }
}
