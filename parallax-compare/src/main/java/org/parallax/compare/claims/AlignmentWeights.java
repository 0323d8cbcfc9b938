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

  /** The default {@link #windowGain()}: a window must come clearly closer than its sentence. */
  public static final double DEFAULT_WINDOW_GAIN = 0.05;

  /**
   * Defaults tuned for all-MiniLM-L6-v2 on the hand-labelled ECB+ subtopic 44ecbplus ({@code
   * parallax bench claims}): pair floor 0.70 (the same for mutual best matches; a lower mutual
   * floor lowered precision), average link 0.45, content-word weight 0.30. Evidence windows stay
   * inside a paragraph, with a gain of {@link #DEFAULT_WINDOW_GAIN}; ECB+ comes as one sentence per
   * paragraph, so windows never open there and the bench cannot tune the gain (windows that crossed
   * its sentence-paragraphs cost precision). On the two seeds every gain from 0 to 0.08 widens the
   * same claim to the gold sentence, so the seeds did not pick the value either.
   */
  public static AlignmentWeights defaults() {
    return new AlignmentWeights(0.70, 0.70, 0.45, 0.15, 0.05, 0.05, 0.30, DEFAULT_WINDOW_GAIN);
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
