package org.parallax.core.model;

/**
 * How prominent an entity is in one article.
 *
 * @param mentions number of mentions
 * @param firstPosition character offset of the first mention in the article's text
 * @param inTitle whether the entity is named in the title
 */
public record Salience(int mentions, int firstPosition, boolean inTitle) {}
