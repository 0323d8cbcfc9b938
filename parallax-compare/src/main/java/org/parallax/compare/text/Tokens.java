package org.parallax.compare.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens and stop words (English). Thread-safe. */
public final class Tokens {

  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-.][\\p{L}\\p{N}]+)*");
  private static final Set<String> STOP = load("stopwords-en.txt");

  private Tokens() {}

  /** The words of {@code text} in order, with offsets relative to {@code offset}. */
  public static List<Token> of(String text, int offset) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      String norm = w.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (norm.endsWith("'s")) {
        norm = norm.substring(0, norm.length() - 2);
      }
      out.add(new Token(w, norm, offset + m.start(), offset + m.end()));
    }
    return out;
  }

  /** The words of {@code text}, offsets from its start. */
  public static List<Token> of(String text) {
    return of(text, 0);
  }

  /** The lower-cased words of {@code text}. */
  public static List<String> words(String text) {
    return of(text).stream().map(Token::norm).toList();
  }

  /** Whether {@code norm} is an English stop word (function words, reporting verbs excluded). */
  public static boolean isStop(String norm) {
    return STOP.contains(norm);
  }

  /** Whether {@code norm} carries content: not a stop word, and not a lone digit or letter. */
  public static boolean isContent(String norm) {
    return norm.length() > 1 && !STOP.contains(norm);
  }

  private static Set<String> load(String resource) {
    return Set.copyOf(wordList(Tokens.class, resource));
  }

  /**
   * The lines of a word-list resource next to {@code owner}, stripped, without blank lines and
   * {@code #} comments.
   *
   * @throws IllegalStateException when the resource is missing from the class path
   */
  public static List<String> wordList(Class<?> owner, String resource) {
    List<String> words = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
