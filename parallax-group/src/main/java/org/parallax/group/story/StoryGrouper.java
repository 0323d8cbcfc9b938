package org.parallax.group.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.core.embed.Embedder;
import org.parallax.core.id.Ids;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.story.Assignment;
import org.parallax.core.story.Overrides;
import org.parallax.core.story.Story;
import org.parallax.core.story.SyndicationFamily;

/**
 * Groups articles into stories: signals, online clustering in publication order (members of one
 * syndication family stay together), then the user's overrides. Deterministic: the same articles
 * and overrides give the same stories, and a new batch of later articles extends the stories of the
 * earlier ones under the same ids. Thread-safe (each call has its own state).
 */
public final class StoryGrouper {

  /** Second-thought passes after the online pass. */
  static final int REFINE_PASSES = 2;

  private final StoryConfig config;
  private final Embedder embedder;

  /** A grouper; {@code embedder} may be {@code null} to group on words, entities and time only. */
  public StoryGrouper(StoryConfig config, Embedder embedder) {
    this.config = config;
    this.embedder = embedder;
  }

  /** Stories of {@code articles}, given their syndication families and the user's overrides. */
  public List<Story> group(
      List<Article> articles, List<SyndicationFamily> families, Overrides overrides) {
    List<Article> ordered = publicationOrder(articles);
    List<Signals> signals = new SignalExtractor(config).extract(ordered, embedder);
    return group(ordered, signals, families, overrides);
  }

  /**
   * Stories of articles already in publication order with their signals (for callers that cache
   * embeddings).
   */
  public List<Story> group(
      List<Article> ordered,
      List<Signals> signals,
      List<SyndicationFamily> families,
      Overrides overrides) {
    Map<String, String> familyOf = new HashMap<>();
    for (SyndicationFamily f : families) {
      f.members().forEach(m -> familyOf.put(m, f.id()));
    }
    StoryClusterer clusterer = new StoryClusterer(config);
    Map<String, Integer> familyStory = new HashMap<>();
    for (Signals s : signals) {
      String fam = familyOf.get(s.id());
      int story = clusterer.add(s, fam == null ? -1 : familyStory.getOrDefault(fam, -1));
      if (fam != null) {
        familyStory.putIfAbsent(fam, story);
      }
    }
    clusterer.refine(REFINE_PASSES);
    clusterer.mergeSimilar();
    List<Integer> storyOf = clusterer.storyOf();
    List<List<String>> groups = new ArrayList<>();
    for (int i = 0; i < clusterer.storyCount(); i++) {
      groups.add(new ArrayList<>());
    }
    Map<String, Assignment> evidence = new LinkedHashMap<>();
    List<Assignment> assignments = clusterer.assignments();
    for (int i = 0; i < signals.size(); i++) {
      groups.get(storyOf.get(i)).add(signals.get(i).id());
      evidence.put(signals.get(i).id(), assignments.get(i));
    }
    OverrideApplier applier = new OverrideApplier(groups, evidence);
    applier.applyAll(overrides.overrides());
    return new StoryBuilder(ordered, signals, families, groups).build(applier.result(), evidence);
  }

  /** Articles sorted by publication date (undated ones last), ties in input order. */
  public static List<Article> publicationOrder(List<Article> articles) {
    List<Article> out = new ArrayList<>(articles);
    out.sort(
        Comparator.comparingDouble(
            (Article a) -> {
              double d = SignalExtractor.day(a);
              return Double.isNaN(d) ? Double.MAX_VALUE : d;
            }));
    return out;
  }

  /** A stable story id: derived from its first article's id. */
  public static String storyId(String firstArticleId) {
    return "story-" + Ids.hash("story:" + firstArticleId);
  }

  static List<String> topEntities(List<Article> members, int limit) {
    Map<String, Double> weight = new HashMap<>();
    for (Article a : members) {
      for (Entity e : a.entities()) {
        weight.merge(e.id(), 1.0 + Math.log(Math.max(1, e.mentions().size())), Double::sum);
      }
    }
    return weight.entrySet().stream()
        .sorted(StoryClusterer.BY_WEIGHT)
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }
}
