package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CallToActionTest {

  /** The rule as one hand-written regex, before it was split into words. */
  private static final Pattern ORIGINAL =
      Pattern.compile(
          "newsletter|abonn|subscri|suscr|teilen|share|bewerte|rate this|kommentar|comment"
              + "|telegram|whatsapp|facebook|twitter|instagram|youtube|download the|copyright"
              + "|alle rechte|all rights|rights reserved|prawem autorskim|lizenz|licen[cs]e"
              + "|datenschutz|privacy|kontakt|contact|e-mail:|telefon|follow us|folgen sie|síguenos"
              + "|unterstütze|support our|letter to the editor|weitere (infos|informationen|artikel"
              + "|beiträge)|mehr zu|more from|read more|weiterlesen|schon gelesen|loading|wird geladen",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final String[] SAMPLES = {
    "Sign up for our NEWSLETTER today.",
    "Share this story",
    "SÍGUENOS en redes",
    "Weitere Beiträge zum Thema",
    "UNTERSTÜTZE uns",
    "Copyright 2021 Example Media",
    "Follow ſ us",
    "PRIVACY POLICY",
    "Lıcense terms",
    "L\u0130CENSE terms",
    "\u212Aontakt",
    "The minister said the plan would be ready in May.",
    "Weitere Meinungen",
    "licenxe",
    "",
  };

  @Test
  void agreesWithTheOriginalRegex() {
    for (String s : SAMPLES) {
      assertEquals(ORIGINAL.matcher(s).find(), BodyFilter.callToAction(s), s);
    }
    assertTrue(BodyFilter.callToAction("Read More"));
    assertFalse(BodyFilter.callToAction("The minister said the plan would be ready in May."));
  }

  @Test
  void agreesWithTheOriginalRegexOnRandomCasings() {
    String[] words = {"Share", "síguenos", "licence", "weitere infos", "e-mail:", "quiet", "rates"};
    Random random = new Random(11);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder sb = new StringBuilder();
      String w = words[random.nextInt(words.length)];
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        if (random.nextInt(20) == 0) {
          sb.append(' ');
        }
      }
      String s = sb.toString();
      assertEquals(ORIGINAL.matcher(s).find(), BodyFilter.callToAction(s), s);
    }
  }
}
