/**
 * {@code parallax bench stories}: story clustering on ECB+ (B-cubed and pairwise scores against the
 * subtopic gold on the standard test split, tuned on train and dev, with an ablation of the
 * signals), and the scale benchmark on synthetic corpora. The entity signal comes from the
 * Enricher's canonical entities (cached per document between runs) or from a capitalised-phrase
 * proxy.
 */
package org.parallax.bench.stories;
