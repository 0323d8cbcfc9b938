/**
 * The quote ledger: every quote by speaker across a story's outlets, versions of one quote grouped
 * by word overlap, word diffs between versions, cut-short versions, outlets that name a speaker
 * without quoting them, and who each outlet lets speak.
 */
package org.parallax.compare.quotes;
