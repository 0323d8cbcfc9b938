/**
 * The requests and results of {@link org.parallax.store.Corpus} reads: filters, search requests,
 * hits, facet counts, quote hits and pages. Immutable records, safe to share between threads and to
 * serialise with {@link org.parallax.core.json.Json}.
 */
package org.parallax.store.query;
