package org.parallax.nlp.quotes;

/**
 * What the words around a quote say about its source.
 *
 * @param subject the speaker phrase, or {@code null} when the quote shares the previous quote's
 *     speaker ({@code inherit}) or none was found
 * @param cue the cue words ("said", "told reporters"), or {@code null}
 * @param via the outlet that relayed the words, or {@code null}
 * @param inherit whether the quote continues the previous quote's attribution
 * @param fromRight whether the cue follows the quote
 * @param naming whether the cue names something ("dubbed", "called") rather than reports speech
 */
record Cue(Np subject, String cue, Np via, boolean inherit, boolean fromRight, boolean naming) {

  static Cue inherited() {
    return new Cue(null, null, null, true, false, false);
  }
}
