/**
 * Grouping records: {@link org.parallax.core.story.SyndicationFamily} (copies of one text, with
 * {@link org.parallax.core.story.PairEvidence}), {@link org.parallax.core.story.Story} (articles
 * about one real-world event, each placed by an {@link org.parallax.core.story.Assignment} that
 * says why) and {@link org.parallax.core.story.Override} (a user's correction that survives
 * re-runs). Written by {@code parallax-group}, read by comparison, store and server.
 */
package org.parallax.core.story;
