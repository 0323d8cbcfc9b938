/**
 * The throughput benchmark ({@code parallax bench pipeline}): ingest + enrich on 1 and 2 threads
 * over generated news articles of about 800 words, with start-up time, peak heap and where the time
 * goes.
 *
 * <p>The articles are made from the GUM news texts in {@code ../shared/bench/ner/gum-news}
 * (Wikinews, CC-BY): consecutive paragraphs from a rotating start until the word target is reached,
 * written as text dumps to a temporary folder, so the run includes reading and cleaning.
 */
package org.parallax.bench.pipeline;
