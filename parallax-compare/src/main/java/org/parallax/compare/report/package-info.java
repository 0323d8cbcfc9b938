/**
 * The static HTML report: {@code index.html} (stories, coverage bars by attribute, blindspots,
 * counts), one page per story (outlets side by side, claims map, quote ledger, vocabulary, entity
 * table, timeline) and one page per article (entities, quotes and dates highlighted).
 *
 * <p>Pages are self-contained and open from disk: no script, no network, charts as inline SVG, the
 * stylesheet inline and allowed by its hash in a restrictive Content-Security-Policy. Every piece
 * of article text goes through {@link org.parallax.compare.report.Html}, which escapes it.
 */
package org.parallax.compare.report;
