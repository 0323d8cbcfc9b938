package org.parallax.nlp.quotes;

/**
 * A noun phrase that can be a speaker: a name, a pronoun or a description.
 *
 * @param start first character
 * @param end character after the last
 * @param text the words as written (a name without its titles)
 * @param type what kind of phrase it is
 * @param definite for a description, whether it refers back ("the official")
 * @param head for a description, its head noun, lower case
 */
record Np(int start, int end, String text, Type type, boolean definite, String head) {

  /** The kinds of speaker phrase. */
  enum Type {
    NAME,
    PRONOUN,
    DESCRIPTION
  }
}
