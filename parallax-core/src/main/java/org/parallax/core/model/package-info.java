/**
 * The records of an article's life: {@link org.parallax.core.model.RawDocument} as a reader found
 * it, {@link org.parallax.core.model.Article} once cleaned (and later enriched), and {@link
 * org.parallax.core.model.Problem} when an item could not become an article.
 *
 * <p>All records are immutable; lists are copied on construction. Annotations point into {@link
 * org.parallax.core.model.Article#text()} with {@link org.parallax.core.model.Span}s (offsets, not
 * copies).
 */
package org.parallax.core.model;
