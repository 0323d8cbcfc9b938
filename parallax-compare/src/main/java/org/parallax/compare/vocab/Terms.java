package org.parallax.compare.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.compare.text.Token;
import org.parallax.compare.text.Tokens;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Span;

/**
 * The terms of an article: words and phrases of up to three words whose first and last words carry
 * content ({@code sanctions}, {@code working class}, {@code balance of power}), counted by their
 * stemmed key so that inflections count together ({@code starve}, {@code starving}). The outlet's
 * own words only: the title, subtitle and text, minus attributed quotations; people's names ({@code
 * PERSON} entities) are left out too, as who an outlet names is the entity table's subject, not
 * word choice. Phrase inner words are content words or prepositions. Whether a phrase is shown is
 * decided later, against the corpus ({@link Prior#isTerm}). Thread-safe.
 */
public final class Terms {

  /** Longest phrase, in words. */
  public static final int MAX_WORDS = 3;

  private static final String PERSON = "PERSON";
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "of", "in", "on", "for", "to", "with", "at", "by", "from", "against", "over", "under",
          "between", "into", "without");

  private Terms() {}

  /** Term counts of {@code article}, by key. */
  public static Map<String, Integer> count(Article article) {
    return of(article).asMap();
  }

  /** Term counts of {@code article}, by key, with the forms each key was written in. */
  public static TermCounts of(Article article) {
    TermCounts out = new TermCounts();
    int position = add(out, withoutNames(article, article.title()), 0);
    position = add(out, withoutNames(article, article.subtitle()), position);
    add(out, ownWords(article), position);
    return out;
  }

  /**
   * The key of a word or phrase as written ({@code "Working classes"} → {@code "work class"}): its
   * words lower-cased, possessive {@code 's} dropped, and stemmed.
   */
  public static String key(String text) {
    StringBuilder out = new StringBuilder();
    for (Token t : Tokens.of(text)) {
      out.append(out.length() == 0 ? "" : " ").append(Stems.of(t.norm()));
    }
    return out.toString();
  }

  /** The number of words of a key. */
  static int words(String key) {
    return key.split(" ", -1).length;
  }

  /** The text without attributed quotations and people's names. */
  private static String ownWords(Article a) {
    char[] text = a.text().toCharArray();
    for (Quote q : a.quotes()) {
      if (q.kind() != QuoteKind.TERM && q.speaker() != null) {
        blank(text, q.span());
      }
    }
    for (Entity e : a.entities()) {
      if (PERSON.equals(e.type())) {
        e.mentions().forEach(m -> blank(text, m));
      }
    }
    return new String(text);
  }

  private static void blank(char[] text, Span span) {
    for (int i = Math.max(0, span.start()); i < Math.min(text.length, span.end()); i++) {
      text[i] = '\n';
    }
  }

  /**
   * {@code line} (a title) without the people's names the article's text mentions, nor their last
   * words (headlines name people by surname).
   */
  private static String withoutNames(Article a, String line) {
    if (line == null) {
      return null;
    }
    String out = line;
    for (Entity e : a.entities()) {
      if (PERSON.equals(e.type())) {
        for (Span m : e.mentions()) {
          String name = a.text().substring(m.start(), Math.min(a.text().length(), m.end()));
          out = without(without(out, name), name.substring(name.lastIndexOf(' ') + 1));
        }
      }
    }
    return out;
  }

  /** Counts the terms of {@code text}, whose first word is at {@code position}; the next one. */
  private static int add(TermCounts out, String text, int position) {
    if (text == null || text.isBlank()) {
      return position;
    }
    int at = position;
    for (List<String> run : runs(text)) {
      List<String> stems = run.stream().map(Stems::of).toList();
      for (int i = 0; i < run.size(); i++) {
        if (!countable(run.get(i))) {
          continue;
        }
        StringBuilder form = new StringBuilder(run.get(i));
        StringBuilder key = new StringBuilder(stems.get(i));
        out.add(key.toString(), form.toString(), at + i);
        for (int n = 2; n <= MAX_WORDS && i + n <= run.size(); n++) {
          form.append(' ').append(run.get(i + n - 1));
          key.append(' ').append(stems.get(i + n - 1));
          if (countable(run.get(i + n - 1)) && inner(run.subList(i + 1, i + n - 1))) {
            out.add(key.toString(), form.toString(), at + i);
          }
        }
      }
      at += run.size();
    }
    return at;
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

  /** {@code line} with the whole-word occurrences of {@code name} blanked. */
  private static String without(String line, String name) {
    if (name.isBlank()) {
      return line;
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
        .matcher(line)
        .replaceAll("\n");
  }

  /**
   * Whether the inner words of a phrase fit a term (after Justeson and Katz 1995): content words or
   * a preposition, as in {@code balance of power}; not {@code dismantle its nuclear}.
   */
  private static boolean inner(List<String> words) {
    return words.stream().allMatch(w -> countable(w) || PREPOSITIONS.contains(w));
  }

  /** A content word with at least one letter (numbers and dates are not vocabulary). */
  private static boolean countable(String norm) {
    return Tokens.isContent(norm) && norm.chars().anyMatch(Character::isLetter);
  }
}
