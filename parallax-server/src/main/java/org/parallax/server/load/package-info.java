/**
 * Loading the files of a {@code parallax analyze} output directory ({@code articles.jsonl}, {@code
 * syndication.jsonl}, {@code stories.jsonl}, {@code comparisons.jsonl}) into a corpus, so that
 * {@code parallax serve} can serve an analysis: {@link org.parallax.server.load.AnalysisLoader}.
 */
package org.parallax.server.load;
