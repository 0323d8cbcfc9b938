package org.parallax.server.api;

import java.util.List;
import org.parallax.core.model.Problem;

/**
 * What {@code POST /api/articles} did.
 *
 * @param read items read from the body
 * @param added articles new to the corpus
 * @param updated articles replaced with changed content
 * @param unchanged articles already stored as they are
 * @param ids the ids of the stored articles, in input order
 * @param problems items that did not become articles, each naming its line
 */
public record IntakeReport(
    int read, int added, int updated, int unchanged, List<String> ids, List<Problem> problems) {

  public IntakeReport {
    ids = List.copyOf(ids);
    problems = List.copyOf(problems);
  }
}
