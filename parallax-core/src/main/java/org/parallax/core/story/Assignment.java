package org.parallax.core.story;

import java.util.List;
import java.util.Objects;

/**
 * Why one article is in its story: the scores against the best story at the time it arrived. For an
 * article that {@code opened} a story, the scores are those against the nearest existing story
 * (named in {@code runnerUp}), which stayed below the threshold.
 *
 * @param article the article id
 * @param story the story id it was placed in
 * @param decision {@code joined} (best score over the threshold), {@code opened} (no story close
 *     enough, a new one began), {@code family} (joined its syndication family's story) or {@code
 *     override} (placed by a user's {@link Override})
 * @param score the combined score against the story, 0..1
 * @param embedding cosine similarity of the article's embedding to the story's centroid
 * @param words TF-IDF cosine similarity of the article's words to the story's
 * @param entities weighted overlap of canonical entity ids, 0..1
 * @param timeGapHours hours between the article's publication and the story's nearest article, or
 *     {@code -1} when either has no date
 * @param sharedEntities canonical ids the article shares with the story, most salient first
 * @param runnerUp the id of the second-best story, or {@code null}
 * @param runnerUpScore its combined score, 0 when none
 * @param note a short human explanation, e.g. the override that applied
 */
public record Assignment(
    String article,
    String story,
    String decision,
    double score,
    double embedding,
    double words,
    double entities,
    double timeGapHours,
    List<String> sharedEntities,
    String runnerUp,
    double runnerUpScore,
    String note) {

  public Assignment {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(decision, "decision");
    sharedEntities = sharedEntities == null ? List.of() : List.copyOf(sharedEntities);
  }

  /** This assignment with the story ids replaced (the clusterer's working ids by final ones). */
  public Assignment withStories(String storyId, String runnerUpId) {
    return new Assignment(
        article,
        storyId,
        decision,
        score,
        embedding,
        words,
        entities,
        timeGapHours,
        sharedEntities,
        runnerUpId,
        runnerUpScore,
        note);
  }

  /** This assignment moved to {@code storyId} by a user's override. */
  public Assignment overridden(String storyId, String why) {
    return new Assignment(
        article,
        storyId,
        "override",
        score,
        embedding,
        words,
        entities,
        timeGapHours,
        sharedEntities,
        runnerUp,
        runnerUpScore,
        why);
  }
}
