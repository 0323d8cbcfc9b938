package org.parallax.group.story;

import java.util.List;
import org.parallax.core.story.Assignment;

/** Builds the {@link Assignment} evidence of the clusterer's decisions. */
final class Evidence {

  private Evidence() {}

  /**
   * The evidence of one decision: the scores against {@code best}; for an opened story, those
   * against the nearest story, named as runner-up.
   */
  static Assignment of(
      Signals s,
      int story,
      String decision,
      StoryClusterer.Scored best,
      StoryClusterer.Scored second,
      boolean opened) {
    List<String> shared = best == null ? List.of() : best.shared();
    return new Assignment(
        s.id(),
        "#" + story,
        decision,
        best == null ? 0 : round(best.total()),
        best == null || Double.isNaN(best.embedding()) ? 0 : round(best.embedding()),
        best == null ? 0 : round(best.words()),
        best == null ? 0 : round(best.entities()),
        best == null || Double.isNaN(best.gap()) ? -1 : best.gap() * 24,
        shared,
        second == null ? null : "#" + second.story().index,
        second == null ? 0 : round(second.total()),
        opened ? "opened a story" : null);
  }

  /** The assignment with a note added. */
  static Assignment withNote(Assignment a, String note) {
    return new Assignment(
        a.article(),
        a.story(),
        a.decision(),
        a.score(),
        a.embedding(),
        a.words(),
        a.entities(),
        a.timeGapHours(),
        a.sharedEntities(),
        a.runnerUp(),
        a.runnerUpScore(),
        a.note() == null ? note : a.note() + "; " + note);
  }

  /** The assignment placed in another story. */
  static Assignment withStory(Assignment a, String story) {
    return a.withStories(story, a.runnerUp());
  }

  /** The evidence of a move on a second pass: the story left is the runner-up. */
  static Assignment moved(Assignment joined, String left, double leftScore) {
    return new Assignment(
        joined.article(),
        joined.story(),
        joined.decision(),
        joined.score(),
        joined.embedding(),
        joined.words(),
        joined.entities(),
        joined.timeGapHours(),
        joined.sharedEntities(),
        left,
        round(leftScore),
        "moved on a second pass");
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
