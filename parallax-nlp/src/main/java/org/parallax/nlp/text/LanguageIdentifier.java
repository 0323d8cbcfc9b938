package org.parallax.nlp.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Identifies the language of a text with OpenNLP's language detector and answers ISO 639-1 codes
 * ({@code en}, {@code de}) where one exists. Thread-safe.
 */
public final class LanguageIdentifier {

  /** The code for an undetermined language. */
  public static final String UNDETERMINED = "und";

  /** Texts shorter than this many letters are not classified. */
  static final int MIN_LETTERS = 12;

  private static final int SAMPLE_CHARS = 3000;
  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private final ThreadLocal<LanguageDetectorME> detector;

  /** An identifier over the given models. */
  public LanguageIdentifier(OpenNlpModels models) {
    this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(models.languages()));
  }

  /**
   * The language of {@code text}: its ISO code, or {@link #UNDETERMINED} when the text is too short
   * to tell.
   */
  public String identify(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return UNDETERMINED;
    }
    Language best = detector.get().predictLanguage(sample);
    return toIso1(best.getLang());
  }

  /** The ISO 639-1 code of an ISO 639-3 code, or the code itself when there is none. */
  static String toIso1(String iso3) {
    String code = iso3.toLowerCase(Locale.ROOT);
    if ("cmn".equals(code) || "zho".equals(code)) {
      return "zh";
    }
    return ISO3_TO_ISO1.getOrDefault(code, code);
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
      } catch (MissingResourceException e) {
        // no 3-letter code known for this language; skip it
      }
    }
    // OpenNLP uses a few macrolanguage / variant codes
    map.put("pes", "fa");
    map.put("zsm", "ms");
    map.put("nob", "no");
    map.put("nno", "nn");
    map.put("ekk", "et");
    map.put("lvs", "lv");
    map.put("swh", "sw");
    return Map.copyOf(map);
  }
}
