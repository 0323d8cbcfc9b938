/**
 * Stories: articles about one real-world event, across outlets. {@link
 * org.parallax.group.story.StoryGrouper} turns articles into {@link
 * org.parallax.group.story.Signals} (embedding of title and lead, TF-IDF words, canonical entities,
 * event time, years named in the text), assigns them online in publication order with {@link
 * org.parallax.group.story.StoryClusterer} (each assignment keeps its scores, shared entities and
 * time gap) using the learnt {@link org.parallax.group.story.PairModel} (fitted by {@link
 * org.parallax.group.story.PairTrainer}) or a weighted mean of the signals, keeps syndication
 * families together, and applies the user's overrides with {@link
 * org.parallax.group.story.OverrideApplier}.
 */
package org.parallax.group.story;
