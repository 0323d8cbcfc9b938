package org.parallax.nlp.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Cleaning of mention texts into names: titles, honorifics, possessives and "the" stripped. */
public final class Names {

  private static final Set<String> TITLES =
      Set.of(
          "president",
          "vice",
          "vice-president",
          "prime",
          "minister",
          "secretary",
          "general",
          "gen",
          "gov",
          "governor",
          "sen",
          "senator",
          "rep",
          "representative",
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "prof",
          "professor",
          "sir",
          "dame",
          "lord",
          "lady",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "chairman",
          "chairwoman",
          "chair",
          "chancellor",
          "judge",
          "justice",
          "ambassador",
          "admiral",
          "adm",
          "colonel",
          "col",
          "lt",
          "lieutenant",
          "captain",
          "capt",
          "sgt",
          "sergeant",
          "major",
          "rev",
          "reverend",
          "father",
          "sheikh",
          "leader",
          "premier",
          "mayor",
          "commissioner",
          "director",
          "chief",
          "ceo",
          "deputy",
          "foreign",
          "defense",
          "defence",
          "state",
          "of",
          "former",
          "late",
          "supreme",
          "marshal",
          "comrade",
          "senior",
          "press",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "officer",
          "agent",
          "coach",
          "emperor",
          "empress",
          "president-elect",
          "dictator",
          "economist");

  private Names() {}

  /** Collapses runs of whitespace to one space, unifies apostrophes, and strips. */
  public static String normalizeSpace(String s) {
    return s.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
  }

  /** The text without a trailing possessive ({@code 's}, {@code '}). */
  public static String stripPossessive(String s) {
    String t = normalizeSpace(s);
    if (t.endsWith("'s") || t.endsWith("'S")) {
      return t.substring(0, t.length() - 2);
    }
    if (t.endsWith("'") && t.length() > 1) {
      return t.substring(0, t.length() - 1);
    }
    return t;
  }

  /**
   * A person's name: no possessive, no leading titles or honorifics ("President Biden" → Biden).
   */
  public static String personName(String mention) {
    List<String> words = Arrays.asList(stripPossessive(mention).split(" "));
    int from = 0;
    while (from < words.size() - 1 && isTitle(words.get(from))) {
      from++;
    }
    return String.join(" ", words.subList(from, words.size()));
  }

  /** An organisation or place name: no possessive, no leading "the". */
  public static String thingName(String mention) {
    String t = stripPossessive(mention);
    if (t.regionMatches(true, 0, "the ", 0, 4) && t.length() > 4) {
      t = t.substring(4);
    }
    return t;
  }

  private static final java.util.regex.Pattern CORPORATE_SUFFIX =
      java.util.regex.Pattern.compile(
          ",?\\s+(?:Co\\.?|Company|Corp\\.?|Corporation|Inc\\.?|Incorporated|Ltd\\.?|Limited|LLC"
              + "|L\\.L\\.C\\.|plc|PLC|N\\.?V\\.?|AG|S\\.?A\\.?|SE|GmbH|Holdings?)$");

  /** An organisation's name: {@link #thingName} without a corporate suffix ("Ford Motor Co."). */
  public static String orgName(String mention) {
    String t = thingName(mention);
    for (String prev = null; !t.equals(prev); ) {
      prev = t;
      String stripped = CORPORATE_SUFFIX.matcher(t).replaceFirst("");
      if (!stripped.isBlank()) {
        t = stripped;
      }
    }
    return t;
  }

  /** Whether {@code word} is a title or honorific ("Dr.", "President"). */
  public static boolean isTitle(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return TITLES.contains(w);
  }
}
