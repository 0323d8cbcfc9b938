package org.parallax.compare.vocab;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.compare.text.Tokens;

/**
 * How often a term is used in general English: the background half of the vocabulary's prior. Built
 * from a list of English words in descending order of frequency ({@code background-en.txt}, see the
 * README beside it), with Zipf's law turning rank {@code r} of {@code N} into a share of running
 * text, {@code 1 / (r · H_N)}. Words are stemmed like {@link Terms}; a stem has the share of its
 * most frequent form (the list ranks word forms, and the forms it lacks are many). A word missing
 * from the list gets the share of rank {@code N + 1}; a hyphenated word and a phrase get the share
 * of their rarest content word, an upper bound (a phrase is never more common than its rarest
 * word).
 *
 * <p>A rank is only an approximation of a frequency, so shares are given in bands of a factor of
 * ten (the integer part of the Zipf scale, {@code log10} of occurrences per billion words), each
 * band represented by its geometric middle. With the shipped list the rarest band, Zipf below 4
 * (fewer than 10 per million words), holds the last 12,000 words of the list and every word missing
 * from it: among those the list cannot tell which is rarer. Thread-safe.
 */
public final class Background {

  private static final String RESOURCE = "background-en.txt";

  private final Map<String, Double> shares;
  private final double unknown;

  private Background(List<String> words) {
    double h = 0;
    for (int r = 1; r <= words.size(); r++) {
      h += 1.0 / r;
    }
    Map<String, Double> m = new HashMap<>();
    for (int r = 1; r <= words.size(); r++) {
      m.putIfAbsent(Stems.of(words.get(r - 1)), 1.0 / (r * h));
    }
    this.shares = Map.copyOf(m);
    this.unknown = 1.0 / ((words.size() + 1) * h);
  }

  /** The English list shipped with Parallax. */
  public static Background english() {
    return English.INSTANCE;
  }

  /** A background from words in descending order of frequency (for tests and other languages). */
  public static Background of(List<String> wordsByFrequency) {
    return new Background(wordsByFrequency);
  }

  /** The share of running text of a term key (stemmed words joined by spaces). */
  public double share(String key) {
    double min = Double.MAX_VALUE;
    boolean content = false;
    for (String word : key.split(" ")) {
      if (key.indexOf(' ') > 0 && Tokens.isStop(word)) {
        continue;
      }
      for (String part : word.split("-")) {
        if (!part.isEmpty()) {
          min = Math.min(min, shares.getOrDefault(part, unknown));
          content = true;
        }
      }
    }
    return band(content ? min : unknown);
  }

  /** The geometric middle of the Zipf band of {@code share}. */
  static double band(double share) {
    double zipf = Math.floor(Math.log10(share * 1e9));
    return Math.pow(10, zipf + 0.5) / 1e9;
  }

  /** The (banded) share given to a word missing from the list. */
  public double unknownShare() {
    return band(unknown);
  }

  private static final class English {
    static final Background INSTANCE = new Background(load());

    private static List<String> load() {
      return Tokens.wordList(Background.class, RESOURCE);
    }
  }
}
