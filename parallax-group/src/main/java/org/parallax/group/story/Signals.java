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
 */
public record Signals(
    String id,
    String title,
    double day,
    double dayError,
    float[] embedding,
    Map<String, Double> terms,
    Map<String, Double> entities) {

  /** Whether the article has a date. */
  public boolean dated() {
    return !Double.isNaN(day);
  }
}
