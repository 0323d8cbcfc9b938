package org.parallax.group.story;

import java.util.Map;

/**
 * What story clustering knows of one article.
 *
 * @param id the article id
 * @param title the article's title, may be empty
 * @param day the event or publication day as days since 1970-01-01, or {@link Double#NaN}
 * @param dayError how many days {@code day} may be off: 0 for a full date, 15 for a month, 183 for
 *     a year
 * @param embedding the L2-normalised embedding of title and lead, or {@code null}
 * @param terms L2-normalised TF-IDF weights of the words
 * @param entities L2-normalised weights of canonical entity ids
 * @param years L2-normalised counts of the years (1950–2049) written in the title and text; a
 *     report of another event of the same kind often names another year even without a dateline
 */
public record Signals(
    String id,
    String title,
    double day,
    double dayError,
    float[] embedding,
    Map<String, Double> terms,
    Map<String, Double> entities,
    Map<String, Double> years) {

  /** Signals without years. */
  public Signals(
      String id,
      String title,
      double day,
      double dayError,
      float[] embedding,
      Map<String, Double> terms,
      Map<String, Double> entities) {
    this(id, title, day, dayError, embedding, terms, entities, Map.of());
  }

  /** Whether the article has a date. */
  public boolean dated() {
    return !Double.isNaN(day);
  }
}
