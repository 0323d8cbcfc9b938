/**
 * {@code parallax bench quotes}: quotation finding and speaker attribution against three gold sets
 * (the seeds gold, the English Wikinews gold labelled by the project and shipped in {@code
 * gold/quotes-en/}, and the German Wikinews quotation set under {@code DATA/quotes/}), for
 * Parallax's {@code QuoteAttributor} and for CoreNLP's {@code QuoteAnnotator} in the same run.
 *
 * <p>Scoring: a system quote matches a gold quote when they start at the same character or overlap
 * by at least half the gold quote; found = matched gold speech quotes / gold speech quotes;
 * precision = matched system speech quotes / system speech quotes; speaker accuracy = gold quotes
 * with a speaker that are matched and given the right speaker / gold quotes with a speaker. Names
 * match when equal after normalisation or when one is a word-final part of the other ("Jobs",
 * "Steve Jobs"); anonymous sources match on their head noun; on the German set, where the gold
 * speaker is a span, speaker spans must overlap.
 */
package org.parallax.bench.quotes;
