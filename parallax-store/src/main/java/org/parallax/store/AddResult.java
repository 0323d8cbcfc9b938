package org.parallax.store;

import java.util.List;
import org.parallax.core.model.Problem;

/**
 * What one committed batch did to the corpus.
 *
 * @param added articles that were new
 * @param updated articles whose id was there with different content, now replaced
 * @param unchanged articles already there with the same content, left alone
 * @param problems articles that could not be indexed (the rest of the batch still was)
 */
public record AddResult(int added, int updated, int unchanged, List<Problem> problems) {

  public AddResult {
    problems = List.copyOf(problems);
  }

  /** How many articles the batch held. */
  public int total() {
    return added + updated + unchanged + problems.size();
  }

  /** This result and {@code other} together. */
  public AddResult plus(AddResult other) {
    List<Problem> all = new java.util.ArrayList<>(problems);
    all.addAll(other.problems);
    return new AddResult(
        added + other.added, updated + other.updated, unchanged + other.unchanged, all);
  }

  /** A batch that did nothing. */
  public static AddResult none() {
    return new AddResult(0, 0, 0, List.of());
  }
}
