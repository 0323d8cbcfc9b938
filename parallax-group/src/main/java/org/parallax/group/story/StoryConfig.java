package org.parallax.group.story;

/**
 * Settings of story clustering. The combined score is the weighted mean of the signals available
 * for a pair (embedding cosine, TF-IDF cosine, entity cosine), multiplied by a time factor {@code
 * exp(-gap / timeScaleDays)} where {@code gap} is the number of days the article lies outside the
 * story's span widened by {@code graceDays}.
 *
 * @param embeddingWeight weight of the embedding cosine; 0 turns embeddings off
 * @param wordWeight weight of the TF-IDF cosine
 * @param entityWeight weight of the entity cosine; 0 turns entities off
 * @param useTime whether time distance counts
 * @param threshold the smallest combined score that joins a story
 * @param timeScaleDays how fast the time factor decays outside the grace window
 * @param graceDays days around a story's span within which time does not count
 * @param leadWords words of the text after the title that are embedded
 * @param mergeThreshold after the online pass, two stories whose centroids score at least this
 *     (same weights and time factor) are merged; above 1 turns merging off
 * @param bridgeThreshold when an article joins a story and also scores at least this against
 *     another, the two stories merge there and then (online); above 1 turns this off
 * @param loneShare on the second pass, an article alone in its story moves to the best story when
 *     that scores at least this share of {@code threshold}; 1 treats it like any other article
 * @param model a learnt pair score that replaces the weighted mean and time factor (the weights
 *     then only say which signals are extracted: 0 leaves one out), or {@code null}
 */
public record StoryConfig(
    double embeddingWeight,
    double wordWeight,
    double entityWeight,
    boolean useTime,
    double threshold,
    double timeScaleDays,
    double graceDays,
    int leadWords,
    double mergeThreshold,
    double bridgeThreshold,
    double loneShare,
    PairModel model) {

  /** Settings with the weighted-mean score (no learnt model). */
  public StoryConfig(
      double embeddingWeight,
      double wordWeight,
      double entityWeight,
      boolean useTime,
      double threshold,
      double timeScaleDays,
      double graceDays,
      int leadWords,
      double mergeThreshold) {
    this(
        embeddingWeight,
        wordWeight,
        entityWeight,
        useTime,
        threshold,
        timeScaleDays,
        graceDays,
        leadWords,
        mergeThreshold,
        2,
        1,
        null);
  }

  /**
   * The settings Parallax uses: the learnt pair model fitted on the ECB+ train topics, its
   * threshold and lone share chosen on the dev topics; no merging afterwards or by bridging
   * (neither helped on dev). The weights only say that all signals are extracted.
   */
  public static StoryConfig defaults() {
    return new StoryConfig(
        0.21, 0.49, 0.30, true, 0.25, 10, 3, 60, 2, 2, 0.15, PairModel.defaults());
  }

  /** The weighted-mean settings used before the learnt model (tuned on ECB+ train and dev). */
  public static StoryConfig weightedMean() {
    return new StoryConfig(0.21, 0.49, 0.30, true, 0.30, 10, 3, 60, 0.40);
  }

  /** A copy with another threshold. */
  public StoryConfig withThreshold(double t) {
    return new StoryConfig(
        embeddingWeight,
        wordWeight,
        entityWeight,
        useTime,
        t,
        timeScaleDays,
        graceDays,
        leadWords,
        mergeThreshold,
        bridgeThreshold,
        loneShare,
        model);
  }

  /** A copy with other weights. */
  public StoryConfig withWeights(double embedding, double words, double entities, boolean time) {
    return new StoryConfig(
        embedding,
        words,
        entities,
        time,
        threshold,
        timeScaleDays,
        graceDays,
        leadWords,
        mergeThreshold,
        bridgeThreshold,
        loneShare,
        model);
  }

  /** A copy with another merge threshold. */
  public StoryConfig withMergeThreshold(double m) {
    return new StoryConfig(
        embeddingWeight,
        wordWeight,
        entityWeight,
        useTime,
        threshold,
        timeScaleDays,
        graceDays,
        leadWords,
        m,
        bridgeThreshold,
        loneShare,
        model);
  }

  /** A copy with a learnt pair model ({@code null} for the weighted mean). */
  public StoryConfig withModel(PairModel m) {
    return new StoryConfig(
        embeddingWeight,
        wordWeight,
        entityWeight,
        useTime,
        threshold,
        timeScaleDays,
        graceDays,
        leadWords,
        mergeThreshold,
        bridgeThreshold,
        loneShare,
        m);
  }

  /** A copy with another share of the threshold for articles alone in their story. */
  public StoryConfig withLoneShare(double share) {
    return new StoryConfig(
        embeddingWeight,
        wordWeight,
        entityWeight,
        useTime,
        threshold,
        timeScaleDays,
        graceDays,
        leadWords,
        mergeThreshold,
        bridgeThreshold,
        share,
        model);
  }

  /** A copy with another bridge threshold (above 1: off). */
  public StoryConfig withBridgeThreshold(double b) {
    return new StoryConfig(
        embeddingWeight,
        wordWeight,
        entityWeight,
        useTime,
        threshold,
        timeScaleDays,
        graceDays,
        leadWords,
        mergeThreshold,
        b,
        loneShare,
        model);
  }
}
