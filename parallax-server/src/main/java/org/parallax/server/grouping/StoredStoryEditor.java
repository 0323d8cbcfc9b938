package org.parallax.server.grouping;

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
}
