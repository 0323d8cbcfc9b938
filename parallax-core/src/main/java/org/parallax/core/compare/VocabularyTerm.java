package org.parallax.core.compare;

import java.util.Objects;

/**
 * A word or phrase that sets one outlet apart from the others on the same story: weighted log-odds
 * with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008).
 *
 * @param term the word or phrase, lower-cased
 * @param z the z-score of the log-odds ratio of this outlet against the rest of the story
 * @param count occurrences in this outlet's articles
 */
public record VocabularyTerm(String term, double z, int count) {

  public VocabularyTerm {
    Objects.requireNonNull(term, "term");
  }
}
