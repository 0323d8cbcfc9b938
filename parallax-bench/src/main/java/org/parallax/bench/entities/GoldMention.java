package org.parallax.bench.entities;

/**
 * A gold name mention in a reconstructed text.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param type {@code person}, {@code organization} or {@code place}
 * @param entity the gold entity (instance) id, or {@code null} where the gold has none
 */
record GoldMention(int start, int end, String type, String entity) {}
