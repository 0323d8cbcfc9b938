/**
 * Loading the files that {@code parallax ingest} and {@code parallax analyze} write (JSON Lines of
 * articles, stories, families, comparisons) into a {@link org.parallax.store.Corpus}, in batches of
 * one commit each. A line that cannot be read becomes a {@link org.parallax.core.model.Problem} and
 * the load goes on.
 */
package org.parallax.store.load;
