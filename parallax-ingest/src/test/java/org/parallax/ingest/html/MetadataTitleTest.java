package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataTitleTest {

  private static String title(String fixture, String url) {
    Document doc = Jsoup.parse(HtmlExtractorTest.fixture("titles/" + fixture), url);
    return Metadata.of(doc, JsonLd.of(doc), url).title();
  }

  @Test
  void aHeadingThatNamesTheSiteIsSkippedForTheArticlesHeading() {
    assertEquals(
        "Rasende Polizisten", title("logo-heading.html", "https://www.strafprozess.ch/rasende/"));
  }

  @Test
  void aHeadingSharingNoWordsWithTheTitleTagLosesToTheTagWithoutTheSiteName() {
    assertEquals(
        "Vegetarier zu sein. Bedarf, Trend oder eigene Entscheidung?",
        title("section-heading.html", "https://ethify.org/content/vegetarier"));
  }

  @Test
  void aHeadingSharingWordsWithTheTitleTagIsTakenAsItIs() {
    assertEquals(
        "Living in a Tiny House Stinks (Sometimes): the cons",
        title("fuller-heading.html", "https://tinyhouse.example.com/cons/"));
  }

  @Test
  void aKickerMarkedInsideTheHeadingIsDropped() {
    assertEquals(
        "Daten von Rheinmetall gehackt",
        title("kicker-heading.html", "https://www.tagesschau.de/investigativ/a.html"));
  }

  @Test
  void aKickerBeforeAColonIsDroppedWhenTheRestIsTheTitleTag() {
    assertEquals(
        "Bohren, bis es heiß wird", title("kicker-prefix.html", "https://www.zeit.de/2019/43/a"));
  }

  @Test
  void wordsAreComparedWithoutCaseOrPunctuation() {
    assertEquals(
        true, Metadata.sharesWords("Makrophotos von Insekten", "makrophotos von insekten"));
    assertFalse(Metadata.sharesWords("Lexikon der Tiere", "M wie Mähnenlöwe"));
  }
}
