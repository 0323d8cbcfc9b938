/**
 * {@code parallax bench claims}: claim alignment quality on ECB+ (hand and chain labels in {@code
 * gold/claims-ecbplus/labels.tsv}, texts read from {@code ../shared/bench/events/ecbplus}), and the
 * time to compare a 50-article story and to render a 1,000-story report.
 */
package org.parallax.bench.claims;
