package org.parallax.compare.claims;

/**
 * How sentence pairs are scored and when they are aligned. Within each pair of articles a sentence
 * is matched to at most one sentence of the other: pairs that are each other's best match are taken
 * first when they score at least {@code mutualFloor}, then the remaining pairs greedily, best
 * first, when they score at least {@code floor}. The matches of all pairs of articles are then
 * merged into claims by average link.
 *
 * @param floor a pair that is not a mutual best match needs at least this score
 * @param mutualFloor a mutual best match needs at least this score
 * @param averageLink two groups merge only when their average pair score is at least this
 * @param entityWeight weight of the Jaccard agreement of canonical entities
 * @param entityMismatch penalty when both sentences name entities and share none
 * @param factWeight bonus when the sentences share a number or date
 * @param wordWeight weight of the IDF-weighted Dice overlap of content-word lemmas
 * @param windowGain how much closer (mean cosine) a two-sentence window must come to a claim's
 *     other sentences than its sentence alone for the evidence to widen to it ({@code
 *     EvidenceWindows}); {@link #NO_WINDOWS} for never
 */
public record AlignmentWeights(
    double floor,
    double mutualFloor,
    double averageLink,
    double entityWeight,
    double entityMismatch,
    double factWeight,
    double wordWeight,
    double windowGain) {

  /** A {@link #windowGain()} that no window reaches: evidence stays one sentence. */
  public static final double NO_WINDOWS = Double.POSITIVE_INFINITY;

  /**
   * Defaults tuned for all-MiniLM-L6-v2 on the hand-labelled ECB+ subtopic 44ecbplus ({@code
   * parallax bench claims}): pair floor 0.70 (the same for mutual best matches; a lower mutual
   * floor lowered precision), average link 0.45, content-word weight 0.30, no evidence windows (on
   * ECB+'s sentence-level labels they cost precision). The seeds were not used to tune them.
   */
  public static AlignmentWeights defaults() {
    return new AlignmentWeights(0.70, 0.70, 0.45, 0.15, 0.05, 0.05, 0.30, NO_WINDOWS);
  }

  /**
   * These weights with the pair floor set to {@code t}; the mutual-match floor moves by the same
   * amount, the average-link bar stays.
   */
  public AlignmentWeights withThreshold(double t) {
    return new AlignmentWeights(
        t,
        mutualFloor + (t - floor),
        averageLink,
        entityWeight,
        entityMismatch,
        factWeight,
        wordWeight,
        windowGain);
  }
}
