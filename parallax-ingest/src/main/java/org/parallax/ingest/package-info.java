/**
 * Parallax ingest: from raw inputs to clean {@link org.parallax.core.model.Article}s, with nothing
 * lost.
 *
 * <p>{@link org.parallax.ingest.Ingestor} is the entry point for the CLI, the store and the server:
 * it opens files, directories, standard input or a posted stream ({@link
 * org.parallax.ingest.input}), reads items with the reader for the sniffed format ({@code text},
 * {@code htmlfile}, {@code jsonl}, {@code feed}, {@code warc}), cleans each one with {@link
 * org.parallax.ingest.ArticleCleaner} (on two worker threads, output in input order) and hands
 * every article and every {@link org.parallax.core.model.Problem} to an {@link
 * org.parallax.ingest.IngestSink}. Articles with an id already seen in the run are rejected as
 * {@code duplicate}.
 */
package org.parallax.ingest;
