package org.parallax.group.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.core.story.Assignment;

/**
 * Online story clustering: each article, in the order given (publication order), joins the story
 * with the best combined score when it reaches the threshold, or opens a new one. Candidate stories
 * come from an inverted index over each story's distinctive words and entities, less the stories
 * too far in time to reach the threshold, so the cost per article does not grow with the number of
 * stories. Not thread-safe: one clusterer per run.
 */
public final class StoryClusterer {

  private static final int INDEX_TERMS = 12;
  private static final int POSTINGS_SCANNED = 150;
  private static final int MAX_CANDIDATES = 40;

  /** Latest members of a story compared one by one with a new article (learnt model only). */
  static final int CLOSEST_MEMBERS = 12;

  /** How much better another story must score for an article to move on a second pass. */
  static final double MOVE_MARGIN = 0.02;

  private final StoryConfig config;
  private final List<StoryState> stories = new ArrayList<>();
  private final List<Assignment> assignments = new ArrayList<>();
  private final List<Integer> storyOf = new ArrayList<>();
  private final List<Signals> added = new ArrayList<>();
  private final List<Boolean> fixed = new ArrayList<>();
  private final List<Integer> redirect = new ArrayList<>();
  private final Map<String, IntList> postings = new HashMap<>();
  private final ClosestMembers closest = new ClosestMembers();
  private int[] seen = new int[16];
  private int[] hits = new int[16];
  private int stamp;

  /** Hit count of a story out of the time window (negative, so it never ranks as a candidate). */
  private static final int FAR = Integer.MIN_VALUE / 2;

  /** The out-of-window story sharing most keys with the last article looked up, or -1. */
  private int nearestFar = -1;

  /** A clusterer with these settings. */
  public StoryClusterer(StoryConfig config) {
    this.config = config;
  }

  /** Adds the next article; {@code familyStory} is the story of its syndication family, or -1. */
  public int add(Signals s, int familyStory) {
    familyStory = familyStory < 0 ? familyStory : find(familyStory);
    Scored best = null;
    Scored second = null;
    if (familyStory >= 0) {
      best = score(s, stories.get(familyStory));
    } else {
      for (int c : candidates(s)) {
        Scored sc = score(s, stories.get(c));
        if (best == null || ranksAbove(sc, best)) {
          second = best;
          best = sc;
        } else if (second == null || ranksAbove(sc, second)) {
          second = sc;
        }
      }
    }
    if (familyStory < 0 && nearestFar >= 0 && (best == null || best.total < config.threshold())) {
      // an article that opens a story names the nearest one even when time ruled it out
      Scored far = score(s, stories.get(nearestFar));
      if (best == null || far.total > best.total) {
        second = best;
        best = far;
      }
    }
    int story;
    String decision;
    Scored bridged = null;
    if (familyStory >= 0) {
      story = familyStory;
      decision = "family";
    } else if (best != null && best.total >= config.threshold()) {
      story = best.story.index;
      decision = "joined";
      if (second != null && second.total >= config.bridgeThreshold()) {
        bridged = second;
      }
    } else {
      story = stories.size();
      stories.add(new StoryState(story));
      redirect.add(story);
      decision = "opened";
      second = best;
    }
    StoryState target = stories.get(story);
    target.add(s);
    index(s, story);
    storyOf.add(story);
    added.add(s);
    fixed.add(familyStory >= 0);
    assignments.add(assignment(s, story, decision, best, second));
    if (bridged != null) {
      absorb(bridged.story, target);
      Assignment a = assignments.get(assignments.size() - 1);
      String note =
          String.format(
              java.util.Locale.ROOT,
              "bridged: merged story #%d (score %.3f) into this one",
              bridged.story.index,
              bridged.total);
      assignments.set(assignments.size() - 1, Evidence.withNote(a, note));
    }
    return story;
  }

  /**
   * Higher score first; on a tie the older story, so that the result never depends on the order in
   * which candidates were found.
   */
  private static boolean ranksAbove(Scored a, Scored b) {
    return a.total > b.total || (a.total == b.total && a.story.index < b.story.index);
  }

  /** Moves every member of {@code from} into {@code into}; {@code from} is dead from now on. */
  private void absorb(StoryState from, StoryState into) {
    for (Signals m : from.members) {
      into.add(m);
      index(m, into.index);
    }
    from.clear();
    from.dead = true;
    redirect.set(from.index, into.index);
  }

  /** The live story an index now stands for (stories absorbed by a bridge point on). */
  private int find(int story) {
    while (redirect.get(story) != story) {
      story = redirect.get(story);
    }
    return story;
  }

  /**
   * Merges stories whose centroids score at least {@link StoryConfig#mergeThreshold()}; the
   * articles of a merged story keep their evidence with a note naming the merge. Call after the
   * last {@link #add}; articles added later are scored against the merged stories.
   */
  public void mergeSimilar() {
    if (config.mergeThreshold() > 1) {
      return;
    }
    boolean[] alive = new boolean[stories.size()];
    for (int i = 0; i < alive.length; i++) {
      alive[i] = !stories.get(i).dead;
    }
    int[] into = new int[stories.size()];
    for (int i = 0; i < into.length; i++) {
      into[i] = i;
    }
    double[] mergeScore = new double[stories.size()];
    for (StoryMerger.Merge m : new StoryMerger(config).merge(stories, alive)) {
      into[m.from()] = m.into();
      mergeScore[m.from()] = m.score();
    }
    for (int a = 0; a < storyOf.size(); a++) {
      int k = find(storyOf.get(a));
      storyOf.set(a, k);
      if (into[k] == k) {
        continue;
      }
      double score = mergeScore[k];
      while (into[k] != k) {
        k = into[k];
      }
      storyOf.set(a, k);
      Assignment old = assignments.get(a);
      String note = String.format(java.util.Locale.ROOT, "story merged at %.3f", score);
      assignments.set(a, Evidence.withNote(Evidence.withStory(old, "#" + k), note));
    }
    for (int i = 0; i < stories.size(); i++) {
      if (!alive[i]) {
        stories.get(i).members.clear();
        stories.get(i).dead = true;
      }
    }
  }

  /**
   * Second thoughts, after the online pass: each article (in order) leaves its story for the story
   * that now scores best for it when that beats its own story without it by {@link #MOVE_MARGIN}
   * and reaches the threshold (an article alone in its story needs only {@link
   * StoryConfig#loneShare()} of the threshold). Members of syndication families stay put. Repeats
   * up to {@code passes} times or until nothing moves; returns the number of moves.
   */
  public int refine(int passes) {
    int moves = 0;
    for (int pass = 0; pass < passes; pass++) {
      int before = moves;
      for (int a = 0; a < added.size(); a++) {
        if (fixed.get(a)) {
          continue;
        }
        Signals s = added.get(a);
        StoryState own = stories.get(find(storyOf.get(a)));
        own.remove(s);
        double ownScore = own.members.isEmpty() ? 0 : score(s, own).total;
        Scored best = null;
        for (int c : candidates(s)) {
          if (c == own.index || stories.get(c).members.isEmpty()) {
            continue;
          }
          Scored sc = score(s, stories.get(c));
          if (best == null || sc.total > best.total) {
            best = sc;
          }
        }
        double need =
            own.members.isEmpty() ? config.threshold() * config.loneShare() : config.threshold();
        if (best != null && best.total >= need && best.total > ownScore + MOVE_MARGIN) {
          best.story.add(s);
          index(s, best.story.index);
          storyOf.set(a, best.story.index);
          Assignment moved = assignment(s, best.story.index, "joined", best, null);
          assignments.set(a, Evidence.moved(moved, "#" + own.index, ownScore));
          if (own.members.isEmpty()) {
            own.dead = true;
          }
          moves++;
        } else {
          own.add(s);
        }
      }
      if (moves == before) {
        break;
      }
    }
    return moves;
  }

  /** The story index of every article added, in order. */
  public List<Integer> storyOf() {
    return storyOf.stream().map(this::find).toList();
  }

  /** The evidence of every article added, in order; story ids are {@code "#<index>"}. */
  public List<Assignment> assignments() {
    return List.copyOf(assignments);
  }

  /** Number of stories so far. */
  public int storyCount() {
    return stories.size();
  }

  List<StoryState> states() {
    return stories;
  }

  private Assignment assignment(Signals s, int story, String decision, Scored best, Scored second) {
    return Evidence.of(s, story, decision, best, second, stories.get(story).members.size() == 1);
  }

  /** The score of an article against a story, with its parts. */
  Scored score(Signals s, StoryState st) {
    double words = st.termCosine(s.terms());
    double num = config.wordWeight() * words;
    double den = config.wordWeight();
    double emb = Double.NaN;
    if (config.embeddingWeight() > 0) {
      emb = st.embeddingCosine(s.embedding());
      if (!Double.isNaN(emb)) {
        num += config.embeddingWeight() * emb;
        den += config.embeddingWeight();
      }
    }
    double ent = 0;
    if (config.entityWeight() > 0 && !s.entities().isEmpty() && !st.entities.isEmpty()) {
      ent = st.entityCosine(s.entities());
      num += config.entityWeight() * ent;
      den += config.entityWeight();
    }
    double total = den == 0 ? 0 : num / den;
    double gap = st.gapDays(s.day(), s.dayError());
    if (config.model() != null) {
      total = config.model().probability(features(s, st, words, emb, ent, gap));
    }
    if (config.useTime() && !Double.isNaN(gap)) {
      double beyond = Math.max(0, gap - config.graceDays());
      total *= Math.exp(-beyond / config.timeScaleDays());
    }
    return new Scored(st, total, emb, words, ent, gap, sharedEntities(s, st));
  }

  /**
   * The learnt model's features of an article and a story, from the scores {@link #score} computed
   * (also what {@link PairTrainer} fits on, so training and use cannot drift apart).
   */
  double[] features(Signals s, StoryState st, double words, double emb, double ent, double gap) {
    double entities = s.entities().isEmpty() || st.entities.isEmpty() ? Double.NaN : ent;
    return PairModel.features(
        words,
        emb,
        entities,
        config.useTime() ? gap : Double.NaN,
        st.yearCosine(s.years()),
        closest.cosine(s, st, CLOSEST_MEMBERS),
        config);
  }

  private static List<String> sharedEntities(Signals s, StoryState st) {
    return s.entities().keySet().stream()
        .filter(st.entities::containsKey)
        .sorted(Comparator.comparingDouble((String e) -> -st.entities.get(e)).thenComparing(e -> e))
        .limit(12)
        .toList();
  }

  record Scored(
      StoryState story,
      double total,
      double embedding,
      double words,
      double entities,
      double gap,
      List<String> shared) {}

  /**
   * Stories sharing indexed words or entities with the article, the {@link #MAX_CANDIDATES} that
   * share the most first.
   */
  private List<Integer> candidates(Signals s) {
    if (++stamp == Integer.MAX_VALUE) {
      stamp = 1;
      java.util.Arrays.fill(seen, 0);
    }
    if (seen.length < stories.size()) {
      seen = java.util.Arrays.copyOf(seen, Math.max(stories.size(), seen.length * 2));
      hits = java.util.Arrays.copyOf(hits, seen.length);
    }
    List<Integer> out = new ArrayList<>();
    List<Integer> far = new ArrayList<>();
    for (String key : keys(s)) {
      IntList list = postings.get(key);
      if (list == null) {
        continue;
      }
      for (int i = list.size() - 1; i >= Math.max(0, list.size() - POSTINGS_SCANNED); i--) {
        int c = list.get(i);
        if (stories.get(c).dead) {
          continue;
        }
        if (seen[c] != stamp) {
          seen[c] = stamp;
          hits[c] = 0;
          if (tooFar(s, stories.get(c))) {
            hits[c] = FAR;
            far.add(c);
          } else {
            out.add(c);
          }
        }
        hits[c]++;
      }
    }
    nearestFar = -1;
    for (int c : far) {
      if (nearestFar < 0 || hits[c] > hits[nearestFar]) {
        nearestFar = c;
      }
    }
    if (out.size() > MAX_CANDIDATES) {
      out.sort(Comparator.comparingInt((Integer c) -> -hits[c]).thenComparingInt(c -> -c));
      return out.subList(0, MAX_CANDIDATES);
    }
    return out;
  }

  /**
   * Whether the story lies so far in time from the article that it cannot reach the threshold
   * whatever its other scores (they are at most 1, so the time factor alone must reach the
   * threshold): such stories are not candidates, which keeps the cost per article bounded by the
   * stories of a time window rather than of the whole corpus.
   */
  private boolean tooFar(Signals s, StoryState st) {
    if (!config.useTime() || config.threshold() <= 0) {
      return false;
    }
    double gap = st.gapDays(s.day(), s.dayError());
    return !Double.isNaN(gap) && gap > maxGapDays(config);
  }

  /** The largest time gap at which a perfect match still reaches the threshold. */
  static double maxGapDays(StoryConfig config) {
    return config.graceDays() + config.timeScaleDays() * Math.log(1 / config.threshold());
  }

  private void index(Signals s, int story) {
    for (String key : keys(s)) {
      IntList list = postings.computeIfAbsent(key, k -> new IntList());
      if (list.size() == 0 || list.get(list.size() - 1) != story) {
        list.add(story);
      }
    }
  }

  /** Heaviest first, then by key: equal weights must not take a map's iteration order. */
  static final Comparator<Map.Entry<String, Double>> BY_WEIGHT =
      Map.Entry.<String, Double>comparingByValue()
          .reversed()
          .thenComparing(Map.Entry.comparingByKey());

  private static List<String> keys(Signals s) {
    List<String> keys = new ArrayList<>();
    s.terms().entrySet().stream()
        .sorted(BY_WEIGHT)
        .limit(INDEX_TERMS)
        .forEach(e -> keys.add("t:" + e.getKey()));
    s.entities().entrySet().stream()
        .sorted(BY_WEIGHT)
        .limit(INDEX_TERMS)
        .forEach(e -> keys.add("e:" + e.getKey()));
    return keys;
  }
}
