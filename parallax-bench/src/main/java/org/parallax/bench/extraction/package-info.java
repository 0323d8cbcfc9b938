/**
 * {@code parallax bench extraction}: main-text and metadata extraction scored on the public gold
 * sets in {@code ../shared/bench/extraction} (Scrapinghub AEB, the trafilatura evaluation set,
 * htmldate, WCXB), with boilerpipe and readability4j as peers and each set's metric re-implemented
 * here.
 */
package org.parallax.bench.extraction;
