/**
 * The corpus: an embedded, on-disk Apache Lucene index of articles, their quotes, and the stories,
 * syndication families and comparisons computed from them. {@link org.parallax.store.Corpus} is the
 * one entry point: open a directory, add batches (each batch is one atomic commit), read, search,
 * and close. Re-adding the same articles changes nothing; a process killed mid-batch loses only the
 * uncommitted batch.
 */
package org.parallax.store;
