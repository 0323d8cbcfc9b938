package org.parallax.group.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch pass after online clustering: stories whose centroids score at least the merge
 * threshold against each other are merged, the later into the earlier, until none do. Candidate
 * pairs come from the stories' heaviest words and entities, so the pass stays near-linear. Not
 * thread-safe.
 */
final class StoryMerger {

  private static final int KEYS = 12;
  private static final int MAX_POSTINGS = 200;
  private static final int MAX_PASSES = 8;
  private static final int MAX_CANDIDATES = 20;

  private final StoryConfig config;

  StoryMerger(StoryConfig config) {
    this.config = config;
  }

  /**
   * One merge.
   *
   * @param from the story that was absorbed
   * @param into the story that absorbed it
   * @param score their combined score
   */
  record Merge(int from, int into, double score) {}

  /** Merges in place; returns the merges in the order made. {@code alive[i]} is cleared. */
  List<Merge> merge(List<StoryState> stories, boolean[] alive) {
    List<Merge> merges = new ArrayList<>();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Map<String, List<Integer>> postings = index(stories, alive);
      int before = merges.size();
      for (StoryState s : stories) {
        if (!alive[s.index]) {
          continue;
        }
        int best = -1;
        double bestScore = config.mergeThreshold();
        for (int c : candidates(s, postings, alive)) {
          if (tooFar(s, stories.get(c))) {
            continue;
          }
          double score = score(s, stories.get(c));
          if (score >= bestScore) {
            best = c;
            bestScore = score;
          }
        }
        if (best >= 0) {
          int into = Math.min(best, s.index);
          int from = Math.max(best, s.index);
          for (Signals m : stories.get(from).members) {
            stories.get(into).add(m);
          }
          alive[from] = false;
          merges.add(new Merge(from, into, bestScore));
        }
      }
      if (merges.size() == before) {
        break;
      }
    }
    return merges;
  }

  /** Whether the two stories lie too far apart in time to reach the merge threshold. */
  private boolean tooFar(StoryState a, StoryState b) {
    if (!config.useTime() || config.mergeThreshold() <= 0 || config.mergeThreshold() > 1) {
      return false;
    }
    double gap = a.gapDays(b);
    double max =
        config.graceDays() + config.timeScaleDays() * Math.log(1 / config.mergeThreshold());
    return !Double.isNaN(gap) && gap > max;
  }

  double score(StoryState a, StoryState b) {
    if (config.model() != null) {
      double[] x =
          PairModel.features(
              a.termCosine(b),
              config.embeddingWeight() > 0 ? a.embeddingCosine(b) : Double.NaN,
              config.entityWeight() > 0 ? a.entityCosine(b) : Double.NaN,
              config.useTime() ? a.gapDays(b) : Double.NaN,
              a.yearCosine(b),
              a.termCosine(b),
              config);
      return config.model().probability(x) * timeFactor(a.gapDays(b));
    }
    double num = config.wordWeight() * a.termCosine(b);
    double den = config.wordWeight();
    if (config.embeddingWeight() > 0) {
      double e = a.embeddingCosine(b);
      if (!Double.isNaN(e)) {
        num += config.embeddingWeight() * e;
        den += config.embeddingWeight();
      }
    }
    if (config.entityWeight() > 0) {
      double e = a.entityCosine(b);
      if (!Double.isNaN(e)) {
        num += config.entityWeight() * e;
        den += config.entityWeight();
      }
    }
    double total = den == 0 ? 0 : num / den;
    return total * timeFactor(a.gapDays(b));
  }

  /** {@code exp(-days beyond the grace window / time scale)}, 1 without time or a gap. */
  private double timeFactor(double gap) {
    if (!config.useTime() || Double.isNaN(gap)) {
      return 1;
    }
    return Math.exp(-Math.max(0, gap - config.graceDays()) / config.timeScaleDays());
  }

  /** Live stories sharing keys with {@code s}, the {@link #MAX_CANDIDATES} sharing most first. */
  private static List<Integer> candidates(
      StoryState s, Map<String, List<Integer>> postings, boolean[] alive) {
    Map<Integer, Integer> hits = new HashMap<>();
    for (String k : keys(s)) {
      List<Integer> list = postings.get(k);
      if (list == null || list.size() > MAX_POSTINGS) {
        continue;
      }
      for (int c : list) {
        if (c != s.index && alive[c]) {
          hits.merge(c, 1, Integer::sum);
        }
      }
    }
    return hits.entrySet().stream()
        .sorted(
            Map.Entry.<Integer, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_CANDIDATES)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Map<String, List<Integer>> index(List<StoryState> stories, boolean[] alive) {
    Map<String, List<Integer>> postings = new HashMap<>();
    for (StoryState s : stories) {
      if (alive[s.index]) {
        for (String k : keys(s)) {
          postings.computeIfAbsent(k, x -> new ArrayList<>()).add(s.index);
        }
      }
    }
    return postings;
  }

  private static List<String> keys(StoryState s) {
    List<String> keys = new ArrayList<>();
    s.terms.entrySet().stream()
        .sorted(StoryClusterer.BY_WEIGHT)
        .limit(KEYS)
        .forEach(e -> keys.add("t:" + e.getKey()));
    s.entities.entrySet().stream()
        .sorted(StoryClusterer.BY_WEIGHT)
        .limit(KEYS)
        .forEach(e -> keys.add("e:" + e.getKey()));
    return keys;
  }
}
