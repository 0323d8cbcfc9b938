package org.parallax.server.grouping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.parallax.core.id.Ids;
import org.parallax.core.json.Json;
import org.parallax.core.story.Override;
import org.parallax.core.story.Story;
import org.parallax.server.api.GroupingEditor;
import org.parallax.server.api.OverrideResult;
import org.parallax.server.http.ApiException;
import org.parallax.store.Corpus;
import org.parallax.store.StoredKind;

/**
 * Applies merge, split, move and pin to the stories stored in a corpus, and stores the override
 * itself under an id that sorts in arrival order. The comparisons of changed stories are removed,
 * since they no longer describe their story; the next analysis run writes new ones. Writes are
 * serialised.
 */
public final class StoredStoryEditor implements GroupingEditor {

  private final Corpus corpus;
  private final AtomicLong sequence = new AtomicLong();

  public StoredStoryEditor(Corpus corpus) {
    this.corpus = corpus;
  }

  @java.lang.Override
  public synchronized OverrideResult apply(Override o) {
    for (String a : o.articles()) {
      if (corpus.article(a).isEmpty()) {
        throw ApiException.notFound("no article " + a);
      }
    }
    Map<String, Story> holding = storiesOf(o.articles());
    StoryChange change =
        switch (o.action()) {
          case "merge" -> StoryChange.merge(holding, o);
          case "split" -> StoryChange.split(holding, o);
          case "move" -> StoryChange.move(holding, target(o), o);
          case "pin" -> StoryChange.pin(holding);
          default -> StoryChange.none();
        };
    String id =
        String.format(
            java.util.Locale.ROOT,
            "%013d-%04d-%s",
            System.currentTimeMillis(),
            sequence.incrementAndGet() % 10_000,
            Ids.hash(Json.write(o)));
    corpus.put(StoredKind.OVERRIDE, id, o, o.articles());
    Map<String, Corpus.Stored> puts = new LinkedHashMap<>();
    for (Story s : change.changed()) {
      puts.put(s.id(), new Corpus.Stored(s, s.articles()));
    }
    if (!puts.isEmpty()) {
      corpus.putAll(StoredKind.STORY, puts);
    }
    for (String gone : change.removed()) {
      corpus.delete(StoredKind.STORY, gone);
    }
    Set<String> stale = new LinkedHashSet<>(change.removed());
    change.changed().forEach(s -> stale.add(s.id()));
    if (!o.action().equals("pin")) {
      stale.forEach(s -> corpus.delete(StoredKind.COMPARISON, s));
    }
    return new OverrideResult(id, o, change.changed(), change.removed());
  }

  private Story target(Override o) {
    if (corpus.article(o.target()).isEmpty()) {
      throw ApiException.notFound("no article " + o.target());
    }
    List<Story> s = corpus.list(StoredKind.STORY, o.target(), Story.class, 0, 1).items();
    if (s.isEmpty()) {
      throw ApiException.badRequest("the target article is in no story");
    }
    return s.get(0);
  }

  private Map<String, Story> storiesOf(List<String> articles) {
    Map<String, Story> out = new LinkedHashMap<>();
    for (String a : articles) {
      for (Story s : corpus.list(StoredKind.STORY, a, Story.class, 0, 10).items()) {
        out.putIfAbsent(s.id(), s);
      }
    }
    return out;
  }

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
}
