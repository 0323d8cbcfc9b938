/**
 * The records of a per-story comparison, one {@link org.parallax.core.compare.Comparison} per story
 * (one line of {@code comparisons.jsonl}): coverage by independent voice, the claims map with
 * evidence spans, the quote ledger, distinctive vocabulary and entities per outlet.
 *
 * <p>All records are immutable; lists and maps are copied on construction. Evidence points into
 * {@link org.parallax.core.model.Article#text()} by character offsets.
 */
package org.parallax.core.compare;
