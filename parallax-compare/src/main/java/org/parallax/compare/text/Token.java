package org.parallax.compare.text;

/**
 * A word of a text.
 *
 * @param text the word as written
 * @param norm the word lower-cased, with typographic apostrophes made plain
 * @param start first character in the text
 * @param end last character, exclusive
 */
public record Token(String text, String norm, int start, int end) {}
