/**
 * How the corpus maps onto Lucene: the index schema, the news analyzer, article and quote
 * documents, query building and facet counting. Internal to {@code parallax-store}: other modules
 * use {@link org.parallax.store.Corpus} and the records of {@link org.parallax.store.query}.
 */
package org.parallax.store.lucene;
