package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CuesTest {

  @Test
  void holdsLowerCasedAgreesWithLowerCasingTheWholeString() {
    List<String> samples =
        List.of(
            "wp-caption-text",
            "WP-Caption-Text",
            "image__CAPTION",
            "capti",
            "",
            "légende caption",
            "CAPTİON",
            "comment-list Comments");
    for (String s : samples) {
      for (String word : List.of("caption", "comment")) {
        assertEquals(
            s.toLowerCase(Locale.ROOT).contains(word), Cues.holdsLowerCased(s, word), s + word);
      }
    }
  }

  @Test
  void classOrIdHoldsLooksAtBothAttributes() {
    Element byClass = Jsoup.parse("<p class='Photo-Caption'>x</p>").selectFirst("p");
    Element byId = Jsoup.parse("<div id='user-comments'>x</div>").selectFirst("div");
    assertTrue(Cues.classOrIdHolds(byClass, "caption"));
    assertTrue(Cues.classOrIdHolds(byId, "comment"));
    assertFalse(Cues.classOrIdHolds(byId, "caption"));
  }

  @Test
  void aFurnitureCueGivesWayToTwoLongParagraphsAnywhereInside() {
    String longP = "<p>" + "A sentence of the story that runs on. ".repeat(5) + "</p>";
    String shortP = "<p>Short.</p>";
    String one = "<div class='banner'>" + shortP + longP + shortP + "</div>";
    String two =
        "<div class='banner'>" + shortP + longP + "<div>" + shortP + longP + "</div></div>";
    assertTrue(Cues.unlikely(Jsoup.parse(one).selectFirst("div")));
    assertFalse(Cues.unlikely(Jsoup.parse(two).selectFirst("div")));
  }

  @Test
  void rememberedCuesLeaveEachElementItsOwnAnswer() {
    String longP = "<p>" + "A sentence of the story that runs on. ".repeat(5) + "</p>";
    org.jsoup.nodes.Document doc =
        Jsoup.parse(
            "<div class='Banner'>x</div><div class='Banner'>"
                + longP
                + longP
                + "</div><div class='story'>y</div>");
    java.util.Map<String, Boolean> cues = new java.util.HashMap<>();
    List<Element> divs = doc.select("div");
    for (Element div : divs) {
      assertEquals(Cues.unlikely(div), Cues.unlikely(div, cues), div.outerHtml());
    }
    assertTrue(Cues.unlikely(divs.get(0), cues));
    assertFalse(Cues.unlikely(divs.get(1), cues));
    assertEquals(java.util.Map.of("banner ", true, "story ", false), cues);
  }
}
