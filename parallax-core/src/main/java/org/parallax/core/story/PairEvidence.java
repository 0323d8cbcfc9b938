package org.parallax.core.story;

import java.util.Objects;
import org.parallax.core.model.Span;

/**
 * Why two articles are copies of one text.
 *
 * @param article the id of one article (the family's original where it is one of the pair)
 * @param other the id of the other article
 * @param resemblance Jaccard similarity of the two articles' word shingles, 0..1
 * @param containment the larger of |A∩B|/|A| and |A∩B|/|B| over shingles, 0..1: near 1 when one is
 *     a trimmed copy of the other
 * @param estimated whether the scores are MinHash estimates rather than exact
 * @param passage the longest shared passage as it stands in {@code article}'s text, or {@code null}
 * @param otherPassage the same passage in {@code other}'s text, or {@code null}
 */
public record PairEvidence(
    String article,
    String other,
    double resemblance,
    double containment,
    boolean estimated,
    Span passage,
    Span otherPassage) {

  public PairEvidence {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(other, "other");
  }
}
