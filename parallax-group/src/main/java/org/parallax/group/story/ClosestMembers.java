package org.parallax.group.story;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learnt model's closest-member feature: the largest TF-IDF cosine of an article with one of a
 * story's latest members, on sorted term ids ({@link SparseTerms}) so that comparing a dozen
 * members of every candidate story needs no hash look-up per term. Keeps each article's vector
 * once. Not thread-safe.
 */
final class ClosestMembers {

  private final Map<String, Integer> termIds = new HashMap<>();
  private final Map<Signals, SparseTerms> vectors = new IdentityHashMap<>();

  /** The largest TF-IDF cosine of {@code s} with one of the {@code recent} latest members. */
  double cosine(Signals s, StoryState story, int recent) {
    SparseTerms v = vector(s);
    double best = 0;
    List<Signals> members = story.members;
    for (int i = members.size() - 1; i >= Math.max(0, members.size() - recent); i--) {
      best = Math.max(best, vector(members.get(i)).dot(v));
    }
    return best;
  }

  private SparseTerms vector(Signals s) {
    SparseTerms v = vectors.get(s);
    if (v == null) {
      v = SparseTerms.of(s.terms(), termIds);
      vectors.put(s, v);
    }
    return v;
  }
}
