package org.parallax.server.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * Turns a JSON Lines request body (the fields of the JSON Lines reader) into articles and stores
 * them: the work behind {@code POST /api/articles}. The CLI assembles it from the stages that exist
 * (ingest, then enrichment and grouping when present).
 */
@FunctionalInterface
public interface ArticleIntake {

  /**
   * Reads every line of {@code jsonLines} and stores the articles.
   *
   * @param source a name for the input in problems, e.g. {@code api}
   */
  IntakeReport ingest(InputStream jsonLines, String source) throws IOException;
}
