package org.parallax.compare.vocab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Word stems by Krovetz's stemmer (Lucene's {@link KStemFilter}), so that the inflections of a word
 * count as one term: {@code sanction}/{@code sanctions}, {@code starve}/{@code starving}, {@code
 * bully}/{@code bullying}. Krovetz stems to dictionary words and leaves words it does not know
 * alone, so unlike Porter's it does not merge {@code detente} with {@code detention}. The parts of
 * a hyphenated word are stemmed one by one. A British spelling is mapped to the American one
 * ({@link Spelling}: {@code organised} → {@code organise} → {@code organize}), so that both
 * spellings are one stem. Thread-safe.
 */
final class Stems {

  private static final Analyzer KSTEM =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer words = new KeywordTokenizer();
          return new TokenStreamComponents(words, new KStemFilter(words));
        }
      };

  /** Most words cached; beyond it, stems are computed each time (memory stays bounded). */
  private static final int CACHE_SIZE = 500_000;

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Stems() {}

  /** The stem of a lower-cased word. */
  static String of(String norm) {
    String cached = CACHE.get(norm);
    if (cached != null) {
      return cached;
    }
    String stem = compute(norm);
    if (CACHE.size() < CACHE_SIZE) {
      CACHE.put(norm, stem);
    }
    return stem;
  }

  private static String compute(String norm) {
    if (norm.indexOf('-') > 0) {
      String[] parts = norm.split("-", -1);
      StringBuilder out = new StringBuilder();
      for (String p : parts) {
        out.append(out.length() == 0 ? "" : "-").append(p.isEmpty() ? p : americanStem(p));
      }
      return out.toString();
    }
    return americanStem(norm);
  }

  /**
   * The stem of the American spelling of a word's stem. Stemming first takes away the inflections
   * Krovetz knows ({@code metropolises} → {@code metropolis}, no {@code -ise} verb); stemming again
   * reduces what only the American spelling lets Krovetz recognise ({@code favoured} → {@code
   * favored} → {@code favor}).
   */
  private static String americanStem(String word) {
    String stem = stem(word);
    String american = Spelling.american(stem);
    return american.equals(stem) ? stem : stem(american);
  }

  private static String stem(String word) {
    try (TokenStream ts = KSTEM.tokenStream("", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? term.toString() : word;
      ts.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
