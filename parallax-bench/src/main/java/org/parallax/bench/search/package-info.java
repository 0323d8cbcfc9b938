/**
 * {@code parallax bench search}: builds a large synthetic corpus with {@link
 * org.parallax.store.Corpus}, measures the ingest rate, then times a fixed mix of searches (words,
 * phrases, filters, facets, quotes, similar articles) and prints their latency percentiles.
 */
package org.parallax.bench.search;
