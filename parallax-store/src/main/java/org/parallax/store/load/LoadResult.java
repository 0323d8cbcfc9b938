package org.parallax.store.load;

import java.util.List;
import org.parallax.core.model.Problem;
import org.parallax.store.AddResult;

/**
 * What loading one JSON Lines file did.
 *
 * @param lines the non-blank lines read
 * @param added what the corpus did with the articles (all zero for other records)
 * @param records the records stored (articles: the lines that parsed)
 * @param problems the lines that could not be read, and the articles that could not be indexed
 */
public record LoadResult(long lines, AddResult added, long records, List<Problem> problems) {

  public LoadResult {
    problems = List.copyOf(problems);
  }
}
