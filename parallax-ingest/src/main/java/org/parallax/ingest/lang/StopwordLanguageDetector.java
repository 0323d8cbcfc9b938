package org.parallax.ingest.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small detector: the script decides for languages with their own script (Cyrillic is taken as
 * Russian, Han without kana as Chinese), and counts of very common words decide among English,
 * German, French, Spanish, Italian, Portuguese, Dutch and Swedish. It reads at most the first
 * {@value #SAMPLE} characters. Thread-safe.
 */
public final class StopwordLanguageDetector implements LanguageDetector {

  private static final int SAMPLE = 4000;
  private static final int MIN_HITS = 3;
  private static final Map<String, Set<String>> STOPWORDS =
      Map.of(
          "en",
              Set.of(
                  "the", "and", "of", "to", "is", "that", "it", "was", "for", "with", "on", "as",
                  "has", "by"),
          "de",
              Set.of(
                  "der", "die", "und", "das", "ist", "nicht", "ein", "eine", "mit", "sich", "auf",
                  "dem", "zu", "den"),
          "fr",
              Set.of(
                  "le", "la", "les", "et", "des", "est", "une", "du", "dans", "que", "pour", "pas",
                  "au", "sur"),
          "es",
              Set.of(
                  "el", "los", "las", "y", "del", "que", "en", "una", "por", "con", "para", "es",
                  "se", "su"),
          "it",
              Set.of(
                  "il", "di", "che", "e", "della", "per", "una", "non", "sono", "gli", "nel", "con",
                  "del", "le"),
          "pt",
              Set.of(
                  "o", "os", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não",
                  "no"),
          "nl",
              Set.of(
                  "de", "het", "een", "en", "van", "is", "dat", "op", "te", "niet", "zijn", "met",
                  "voor", "ook"),
          "sv",
              Set.of(
                  "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den",
                  "inte", "har"));
  private static final List<String> ORDER = List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv");

  @Override
  public Optional<String> detect(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    Optional<String> byScript = byScript(sample);
    if (byScript.isPresent()) {
      return byScript;
    }
    Map<String, Integer> hits = new HashMap<>();
    for (String token : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      for (String lang : ORDER) {
        if (STOPWORDS.get(lang).contains(token)) {
          hits.merge(lang, 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestHits = 0;
    for (String lang : ORDER) {
      int h = hits.getOrDefault(lang, 0);
      if (h > bestHits) {
        best = lang;
        bestHits = h;
      }
    }
    return bestHits >= MIN_HITS ? Optional.of(best) : Optional.empty();
  }

  private static Optional<String> byScript(String s) {
    int letters = 0;
    Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    if (letters == 0) {
      return Optional.empty();
    }
    int kana =
        counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
            + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
    if (kana * 10 > letters) {
      return Optional.of("ja");
    }
    for (var e : counts.entrySet()) {
      if (e.getValue() * 2 > letters) {
        String code = codeOf(e.getKey());
        if (code != null) {
          return Optional.of(code);
        }
      }
    }
    return Optional.empty();
  }

  private static String codeOf(Character.UnicodeScript script) {
    return switch (script) {
      case CYRILLIC -> "ru";
      case ARABIC -> "ar";
      case HAN -> "zh";
      case HANGUL -> "ko";
      case GREEK -> "el";
      case HEBREW -> "he";
      case DEVANAGARI -> "hi";
      case THAI -> "th";
      case BENGALI -> "bn";
      case TAMIL -> "ta";
      case GEORGIAN -> "ka";
      case ARMENIAN -> "hy";
      default -> null;
    };
  }
}
