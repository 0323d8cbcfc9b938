package org.parallax.compare.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.compare.story.Member;
import org.parallax.compare.text.ContentWords;
import org.parallax.compare.text.Sentences;
import org.parallax.compare.text.Token;
import org.parallax.compare.text.Tokens;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Span;
import org.parallax.core.model.TimeExpression;

/**
 * Reads the candidate claims out of an article: its sentences of at least {@link #MIN_WORDS} words,
 * minus those that are mostly quotation (they belong to the quote ledger). Thread-safe.
 */
public final class SentenceFeatures {

  /** Shortest sentence, in words, that can state a claim. */
  public static final int MIN_WORDS = 5;

  /** Share of a sentence's characters inside quotation marks above which it is left out. */
  public static final double MAX_QUOTED_SHARE = 0.6;

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(%|percent|per cent|million|billion|thousand)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{2,})[”\"]");
  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without");

  private SentenceFeatures() {}

  /** The candidate claims of member {@code index}. */
  public static List<ClaimSentence> of(int index, Member member) {
    Article a = member.article();
    String text = a.text();
    List<ClaimSentence> out = new ArrayList<>();
    for (Span s : Sentences.of(a)) {
      List<Token> tokens = Tokens.of(s.text(), s.start());
      if (tokens.size() < MIN_WORDS) {
        continue;
      }
      double quoted = quotedShare(a, s);
      if (quoted > MAX_QUOTED_SHARE) {
        continue;
      }
      out.add(
          new ClaimSentence(
              index,
              a.id(),
              member.voice(),
              s,
              entities(a, s),
              ContentWords.of(tokens),
              numbers(s.text()),
              dates(a, s),
              negated(tokens),
              Polarity.of(tokens),
              quoted > 0));
    }
    return out;
  }

  static double quotedShare(Article a, Span s) {
    boolean[] in = new boolean[s.length()];
    for (Quote q : a.quotes()) {
      if (q.kind() != QuoteKind.TERM && q.span().overlaps(s)) {
        mark(in, q.span().start() - s.start(), q.span().end() - s.start());
      }
    }
    Matcher m = QUOTED.matcher(s.text());
    while (m.find()) {
      if (Tokens.of(m.group(1)).size() >= 4) {
        mark(in, m.start(), m.end());
      }
    }
    int n = 0;
    for (boolean b : in) {
      n += b ? 1 : 0;
    }
    return in.length == 0 ? 0 : n / (double) in.length;
  }

  private static void mark(boolean[] in, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(in.length, to); i++) {
      in[i] = true;
    }
  }

  static Set<String> entities(Article a, Span s) {
    Set<String> out = new LinkedHashSet<>();
    for (Entity e : a.entities()) {
      for (Span m : e.mentions()) {
        if (s.contains(m)) {
          out.add(e.id());
          break;
        }
      }
    }
    return out;
  }

  static Set<String> numbers(String sentence) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) {
      String value = m.group(1).replace(",", "");
      if (YEAR.matcher(value).matches() && m.group(2) == null) {
        continue;
      }
      String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
      unit = unit.equals("%") || unit.equals("per cent") ? "percent" : unit;
      out.add(unit.isEmpty() ? value : value + " " + unit);
    }
    return out;
  }

  static Set<String> dates(Article a, Span s) {
    Set<String> out = new LinkedHashSet<>();
    for (TimeExpression t : a.times()) {
      if (t.value() != null && s.contains(t.span()) && t.value().matches("\\d{4}.*")) {
        out.add(t.value());
      }
    }
    if (out.isEmpty()) {
      Matcher m = YEAR.matcher(s.text());
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  static boolean negated(List<Token> tokens) {
    for (Token t : tokens) {
      if (NEGATIONS.contains(t.norm()) || t.norm().endsWith("n't")) {
        return true;
      }
    }
    return false;
  }
}
