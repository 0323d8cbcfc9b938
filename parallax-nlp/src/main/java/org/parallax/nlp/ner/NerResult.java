package org.parallax.nlp.ner;

import java.util.List;

/**
 * What the tagger found in one text.
 *
 * @param mentions named-entity mentions in text order
 * @param times time expressions in text order
 */
public record NerResult(List<Tagged> mentions, List<Timex> times) {

  public NerResult {
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
  }

  /** An empty result. */
  public static NerResult empty() {
    return new NerResult(List.of(), List.of());
  }

  /**
   * A typed named-entity mention.
   *
   * @param start first character, inclusive
   * @param end last character, exclusive
   * @param text the words as written
   * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code COUNTRY}, {@code
   *     NATIONALITY}, {@code MISC}…
   */
  public record Tagged(int start, int end, String text, String type) {}

  /**
   * A time expression.
   *
   * @param start first character, inclusive
   * @param end last character, exclusive
   * @param text the words as written
   * @param value the TIMEX3 value, or {@code null} when it could not be resolved
   * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
   */
  public record Timex(int start, int end, String text, String value, String type) {}
}
