package org.parallax.compare.vocab;

/**
 * The informative Dirichlet prior of {@link LogOddsVocabulary}: a term's expected share {@code π_w}
 * mixes the corpus's counts with the English {@link Background}, which counts as a corpus of {@link
 * #BACKGROUND_WEIGHT} term occurrences (so a corpus larger than that outweighs it), and {@code α_w
 * = a0 · π_w}. Thread-safe once the corpus is filled.
 *
 * @param corpus the whole corpus's term counts
 * @param background general English
 * @param a0 the prior's total pseudo-count
 */
public record Prior(CorpusCounts corpus, Background background, double a0) {

  /** The background's weight, in term occurrences. */
  public static final double BACKGROUND_WEIGHT = 1_000_000;

  /**
   * Pseudo-count {@code α} of a word in the background's rarest band (in a small corpus, on a side
   * of average length): Laplace's add-one.
   */
  public static final double UNKNOWN_WORD_PSEUDO_COUNT = 1;

  /** Fewest corpus occurrences of a phrase for it to be a term. */
  public static final int MIN_PHRASE_COUNT = 2;

  /**
   * The default prior: {@code a0} such that a word of the English list's rarest band, or missing
   * from it, has {@link #UNKNOWN_WORD_PSEUDO_COUNT} pseudo-count. Every word then has {@code α ≥
   * 1}, where the z-score of a word used once to five times by one outlet only grows as {@code α}
   * shrinks: among words used equally often, the rarer in English ranks higher.
   */
  public static Prior of(CorpusCounts corpus) {
    Background english = Background.english();
    return new Prior(corpus, english, UNKNOWN_WORD_PSEUDO_COUNT / english.unknownShare());
  }

  /** The term's expected share of running text. */
  public double share(String key) {
    return (corpus.count(key) + BACKGROUND_WEIGHT * background.share(key))
        / (corpus.total() + BACKGROUND_WEIGHT);
  }

  /** The term's pseudo-count {@code α_w}. */
  public double alpha(String key) {
    return a0 * share(key);
  }

  /**
   * Whether a phrase of several words is a collocation: it recurs in the corpus ({@link
   * #MIN_PHRASE_COUNT}), its first and last words occur together more often than chance (pointwise
   * mutual information above 0), and it does not cut a longer term: its last word is not mostly
   * followed by one same word, nor its first word mostly preceded by one ({@code sanctions on
   * north} cuts {@code north korea}). Single words always pass.
   */
  public boolean isTerm(String key) {
    int space = key.indexOf(' ');
    if (space < 0) {
      return true;
    }
    long n = corpus.count(key);
    String firstWord = key.substring(0, space);
    String lastWord = key.substring(key.lastIndexOf(' ') + 1);
    double first = corpus.count(firstWord);
    double last = corpus.count(lastWord);
    return n >= MIN_PHRASE_COUNT
        && n * (double) corpus.total() > first * last
        && 2 * corpus.maxNext(lastWord) <= last
        && 2 * corpus.maxPrevious(firstWord) <= first;
  }
}
