package org.parallax.compare.vocab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.compare.text.Token;
import org.parallax.compare.text.Tokens;
import org.parallax.core.model.Article;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;

/**
 * The terms of an article: words and phrases of up to three words whose first and last words carry
 * content ({@code sanctions}, {@code working class}, {@code balance of power}). The outlet's own
 * words only: the title, subtitle and text, minus attributed quotations. Thread-safe.
 */
public final class Terms {

  /** Longest phrase, in words. */
  public static final int MAX_WORDS = 3;

  private Terms() {}

  /** Term counts of {@code article}. */
  public static Map<String, Integer> count(Article article) {
    Map<String, Integer> out = new HashMap<>();
    add(out, article.title());
    add(out, article.subtitle());
    add(out, ownWords(article));
    return out;
  }

  private static String ownWords(Article a) {
    char[] text = a.text().toCharArray();
    for (Quote q : a.quotes()) {
      if (q.kind() != QuoteKind.TERM && q.speaker() != null) {
        for (int i = q.span().start(); i < Math.min(text.length, q.span().end()); i++) {
          text[i] = '\n';
        }
      }
    }
    return new String(text);
  }

  private static void add(Map<String, Integer> out, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (List<String> run : runs(text)) {
      for (int i = 0; i < run.size(); i++) {
        if (!countable(run.get(i))) {
          continue;
        }
        StringBuilder phrase = new StringBuilder(run.get(i));
        out.merge(phrase.toString(), 1, Integer::sum);
        for (int n = 2; n <= MAX_WORDS && i + n <= run.size(); n++) {
          phrase.append(' ').append(run.get(i + n - 1));
          if (countable(run.get(i + n - 1))) {
            out.merge(phrase.toString(), 1, Integer::sum);
          }
        }
      }
    }
  }

  /** Runs of words not broken by punctuation other than apostrophes and hyphens. */
  private static List<List<String>> runs(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    int last = -1;
    for (Token t : Tokens.of(text)) {
      if (last >= 0 && !text.substring(last, t.start()).isBlank()) {
        out.add(run);
        run = new ArrayList<>();
      }
      run.add(t.norm());
      last = t.end();
    }
    out.add(run);
    return out;
  }

  private static boolean countable(String norm) {
    return Tokens.isContent(norm)
        && !norm.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
  }
}
