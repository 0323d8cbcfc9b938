/**
 * {@code parallax bench syndication}: pair precision, recall and F1 of syndication families against
 * ECB+'s computed near-duplicate pairs (silver) and against a labelled set generated at run time
 * from ECB+ texts with realistic edits, for MinHash/LSH alone and for the final method.
 */
package org.parallax.bench.syndication;
