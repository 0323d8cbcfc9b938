/**
 * The corpus: an embedded, on-disk Apache Lucene index of articles, their quotes, and the stories,
 * syndication families and comparisons computed from them. {@link org.parallax.store.Corpus} is the
 * one entry point:
 *
 * <pre>{@code
 * try (Corpus corpus = Corpus.open(Path.of("parallax-data"))) {
 *   corpus.add(articles);                          // one atomic commit; re-adding is a no-op
 *   SearchResult r = corpus.search(
 *       SearchRequest.of("\"north korea\" sanctions")
 *           .withFilters(Filters.none().and(Facet.KIND, "wire").between(from, to))
 *           .withFacets(Facet.OUTLET, Facet.ENTITY));
 *   Page<QuoteHit> quotes = corpus.quotes(QuoteQuery.bySpeaker("Joe Biden"));
 *   Optional<Story> story = corpus.stories().get(storyId);
 * }
 * }</pre>
 *
 * <p>Each batch is one atomic commit; a process killed mid-batch loses only the uncommitted batch,
 * and adding the same articles again changes nothing. {@link org.parallax.store.load} loads the
 * JSON Lines files of {@code parallax ingest} and {@code analyze}.
 */
package org.parallax.store;
