package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

  private static String published(String fixture, String url) {
    Document doc = Jsoup.parse(HtmlExtractorTest.fixture("dates/" + fixture), url);
    return DateExtractor.published(doc, JsonLd.of(doc), MetaTags.of(doc), url);
  }

  @Test
  void theLabelPrecheckPassesEveryCaseOfALabelAndStopsTextWithout() {
    assertTrue(DateExtractor.mayHoldLabel("Text. VERÖFFENTLICHT AM 4. Mai 2021"));
    assertTrue(DateExtractor.mayHoldLabel("Publié le 4 mai 2021"));
    assertTrue(DateExtractor.mayHoldLabel("Poſted on 4 May 2021"));
    assertFalse(DateExtractor.mayHoldLabel("A story from 4 May 2021 with no label at all"));
  }

  @Test
  void aUtcTimestampTakesTheOutletsOwnOffsetForTheSameMoment() {
    assertEquals(
        "2023-11-08T22:35:29-08:00", published("utc-and-local.html", "https://tv.example.com/a"));
  }

  @Test
  void aShownDateConfirmedByTheMetadataWinsOverTheFirstPublication() {
    // the navigation's "today" date comes before the title and is ignored
    assertEquals("2020-03-12", published("shown-update.html", "https://mag.example.com/a"));
  }

  @Test
  void aShownDateTheMetadataDoesNotConfirmLeavesAPublicationTagAlone() {
    assertEquals(
        "2021-06-02T09:00:00+02:00",
        published("shown-unconfirmed.html", "https://city.example.com/a"));
  }

  @Test
  void aShownDateWinsOverAGenericDateTag() {
    assertEquals("2022-01-27", published("generic-meta-date.html", "https://wine.example.de/a"));
  }

  @Test
  void aShortLineUnderTheTitleCountsAsShownWithoutADateClass() {
    assertEquals("2020-04-28", published("line-under-title.html", "https://news.example.de/a"));
  }

  @Test
  void aLabelledPublicationDateBeatsAnEarlierMentionInTheText() {
    assertEquals("2023-11-01", published("published-label.html", "https://lit.example.de/a"));
  }

  @Test
  void thePublicationTagComesBeforeJsonLd() {
    assertEquals("2022-01-06", published("meta-and-jsonld.html", "https://out.example.de/a"));
  }

  @Test
  void aUrlDateWinsOverAContradictingTag() {
    assertEquals(
        "2021-06-01", published("shown-unconfirmed.html", "https://city.example.com/2021/06/01/a"));
  }
}
