/**
 * Grouping: sentence embeddings ({@code embed}), syndication families of copied texts ({@code
 * syndication}) and stories across outlets ({@code story}), on shared text primitives ({@code
 * text}). Reads enriched {@link org.parallax.core.model.Article}s and writes the records of {@code
 * org.parallax.core.story}.
 */
package org.parallax.group;
