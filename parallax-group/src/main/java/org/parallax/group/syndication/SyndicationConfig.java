package org.parallax.group.syndication;

/**
 * Settings of the syndication detector.
 *
 * @param shingleWords words per shingle
 * @param bands LSH bands
 * @param rows MinHash values per band (the signature has {@code bands * rows} values)
 * @param leadWords words of the lead sketched separately so that trimmed copies meet their original
 *     even when the whole-text resemblance is low; 0 turns the lead sketch off
 * @param minContainment the smallest containment that links two articles
 * @param minShared the fewest distinct shared shingles that link two articles
 * @param exact whether candidates are verified on exact shingle sets; {@code false} links on the
 *     MinHash estimate of resemblance alone (the baseline)
 * @param minEstimatedResemblance the estimated resemblance that links when {@code exact} is false
 * @param maxBucket buckets larger than this pair each member with its next few neighbours only
 */
public record SyndicationConfig(
    int shingleWords,
    int bands,
    int rows,
    int leadWords,
    double minContainment,
    int minShared,
    boolean exact,
    double minEstimatedResemblance,
    int maxBucket) {

  /**
   * The settings Parallax uses: 60 bands of 2 rows make pairs with a resemblance of 0.2 candidates
   * 91 % of the time (0.33: 99.9 %), so copies contained in longer texts are found; every candidate
   * is verified exactly.
   */
  public static SyndicationConfig defaults() {
    return new SyndicationConfig(5, 60, 2, 150, 0.5, 12, true, 0.5, 200);
  }

  /** Plain MinHash/LSH: whole-text sketch, estimated resemblance of at least 0.5. */
  public static SyndicationConfig minHashOnly() {
    return new SyndicationConfig(5, 42, 3, 0, 0.5, 12, false, 0.5, 200);
  }

  /** Signature length. */
  public int signatureLength() {
    return bands * rows;
  }
}
