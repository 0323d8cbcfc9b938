package org.parallax.compare.vocab;

import java.util.HashMap;
import java.util.Map;
import org.parallax.core.model.Article;

/**
 * Term counts over a whole corpus, by term key ({@link Terms}): the corpus half of the {@link
 * Prior} of {@link LogOddsVocabulary}. Build it once per run with {@link #add(Article)}; not
 * thread-safe while adding, thread-safe after.
 */
public final class CorpusCounts {

  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Integer> maxNext = new HashMap<>();
  private final Map<String, Integer> maxPrevious = new HashMap<>();
  private long total;

  /** Adds one article's terms. */
  public void add(Article article) {
    Terms.count(article)
        .forEach(
            (t, n) -> {
              int c = counts.merge(t, n, Integer::sum);
              total += n;
              int space = t.indexOf(' ');
              if (space > 0 && space == t.lastIndexOf(' ')) {
                maxNext.merge(t.substring(0, space), c, Math::max);
                maxPrevious.merge(t.substring(space + 1), c, Math::max);
              }
            });
  }

  /** The count of the most frequent two-word term that starts with {@code word}. */
  public int maxNext(String word) {
    return maxNext.getOrDefault(word, 0);
  }

  /** The count of the most frequent two-word term that ends with {@code word}. */
  public int maxPrevious(String word) {
    return maxPrevious.getOrDefault(word, 0);
  }

  /** Occurrences of {@code term} in the corpus. */
  public int count(String term) {
    return counts.getOrDefault(term, 0);
  }

  /** All term occurrences in the corpus. */
  public long total() {
    return total;
  }

  /** Number of distinct terms. */
  public int size() {
    return counts.size();
  }
}
