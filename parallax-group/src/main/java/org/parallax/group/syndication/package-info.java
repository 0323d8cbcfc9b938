/**
 * Syndication families: copies of one text across outlets. {@link
 * org.parallax.group.syndication.SyndicationDetector} shingles each article (word 5-grams),
 * proposes candidate pairs with MinHash + LSH (whole text and lead, so trimmed copies are found),
 * verifies them exactly (resemblance, containment, longest shared passage), joins linked pairs into
 * families and picks each family's original with {@link
 * org.parallax.group.syndication.OriginalPicker}.
 */
package org.parallax.group.syndication;
