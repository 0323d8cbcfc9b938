/**
 * The claims map: each article's sentences (quotations excluded or marked), aligned across articles
 * by meaning (sentence embeddings plus agreement of canonical entities, numbers and dates), then
 * sorted into shared, unique and contested claims with their evidence spans.
 */
package org.parallax.compare.claims;
