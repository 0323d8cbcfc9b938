package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParserTest {

  private static final LocalDate LATEST = LocalDate.of(2030, 1, 1);

  @Test
  void offsetDateTimeAgreesWithTheJavaParser() {
    String[] samples = {
      "2021-05-04T10:00:00+02:00",
      "2021-05-04T10:00Z",
      "2021-05-04t10:00:00.123z",
      "2021-05-04T10:00:00-05:00",
      "2021-05-04T10:00:00",
      "2021-05-04 10:00:00+02:00",
      "2021-05-04",
      "Tue, 04 May 2021 10:00:00 GMT",
      "2021-13-04T10:00:00Z",
      "+12021-05-04T10:00:00Z",
      "Tuesday, 4 May 2021 - 10:00",
      "2021-5-4T10:00:00Z",
      ""
    };
    for (String s : samples) {
      java.time.OffsetDateTime expected;
      try {
        expected = java.time.OffsetDateTime.parse(s);
      } catch (java.time.format.DateTimeParseException e) {
        expected = null;
      }
      assertEquals(expected, DateParser.offsetDateTime(s), s);
    }
    assertEquals(
        java.time.OffsetDateTime.parse("2021-05-04T10:00Z"),
        DateParser.offsetDateTime("2021-05-04T10:00Z"));
  }

  @Test
  void searchingOnlyAroundTheYearsFindsWhatTheWholeStringGives() {
    String[] samples = {
      "Posted by Ann on 4 May 2021, updated 2021-05-06",
      "x 1999 y",
      "Menu News Sport -- Tuesday 12.  3. 2019 (draft); 7/4/2020",
      "Seen 10/11/2019 and later 2019年 6 月 24 日",
      "Éditorial — le 1er décembre 2020 à Paris; 2 de marzo de 2019",
      "الأربعاء، 07 أكتوبر 2020 and 15 августа 2016",
      "Article 2019-13-45 not a date, then May 4th, 2021",
      "id=20211234567 and 31.12.2020",
      "no year at all, only 12/05"
    };
    for (String s : samples) {
      for (DateParser.NumericOrder order : DateParser.NumericOrder.values()) {
        String padded = "About us. Contact. © Parallax. " + s + " The end. Subscribe now";
        for (String t : new String[] {s, padded}) {
          assertEquals(
              DateParser.first(t, LATEST, order, 0, t.length()),
              DateParser.first(t, LATEST, order),
              t);
        }
      }
    }
    String s = "Top stories: Tuesday, 4 May 2021. Other text follows.";
    int year = s.indexOf("2021");
    assertEquals(s.indexOf(" Tuesday"), DateParser.reachStart(s, year));
    assertEquals(year + 17, DateParser.reachEnd(s));
  }

  @Test
  void readsWrittenDatesInSeveralLanguages() {
    assertEquals(LocalDate.of(2021, 5, 4), DateParser.first("Published 4 May 2021, 10:00", LATEST));
    assertEquals(LocalDate.of(2021, 5, 4), DateParser.first("May 4th, 2021", LATEST));
    assertEquals(LocalDate.of(2021, 5, 4), DateParser.first("am 4. Mai 2021 um 12 Uhr", LATEST));
    assertEquals(LocalDate.of(2020, 12, 1), DateParser.first("le 1er décembre 2020", LATEST));
    assertEquals(LocalDate.of(2019, 3, 2), DateParser.first("2 de marzo de 2019", LATEST));
    assertEquals(LocalDate.of(2019, 6, 24), DateParser.first("2019年6月24日 10時", LATEST));
    assertEquals(LocalDate.of(2016, 8, 15), DateParser.first("15 августа 2016, 13:43", LATEST));
    assertEquals(
        LocalDate.of(2020, 9, 20), DateParser.first("duminică, 20 septembrie 2020", LATEST));
    assertEquals(LocalDate.of(2020, 10, 7), DateParser.first("الأربعاء، 07 أكتوبر 2020", LATEST));
    assertEquals(LocalDate.of(2021, 3, 5), DateParser.first("5 marca 2021", LATEST));
    assertEquals(LocalDate.of(2021, 3, 5), DateParser.first("5 martie 2021", LATEST));
    assertEquals(
        LocalDate.of(2023, 3, 6), DateParser.first("Aktualisiert am 06. Mär. 2023", LATEST));
    assertEquals(LocalDate.of(2019, 2, 12), DateParser.first("12 févr. 2019", LATEST));
  }

  @Test
  void readsNumericDates() {
    assertEquals(LocalDate.of(2021, 5, 4), DateParser.first("04.05.2021", LATEST));
    assertEquals(LocalDate.of(2021, 5, 4), DateParser.first("2021-05-04T10:00:00Z", LATEST));
    assertEquals(LocalDate.of(2021, 10, 29), DateParser.first("29/10/2021", LATEST));
    assertEquals(LocalDate.of(2021, 2, 10), DateParser.first("02/10/2021", LATEST));
    assertEquals(LocalDate.of(2023, 11, 1), DateParser.first("01-11-2023 10:29", LATEST));
    assertEquals(LocalDate.of(2023, 1, 25), DateParser.first("01-25-2023", LATEST));
  }

  @Test
  void thePagesLanguageSettlesTheOrderOfNumericDates() {
    DateParser.NumericOrder gb = DateParser.NumericOrder.of("en-GB");
    DateParser.NumericOrder us = DateParser.NumericOrder.of("en_US");
    assertEquals(DateParser.NumericOrder.MIXED, DateParser.NumericOrder.of(""));
    assertEquals(LocalDate.of(2020, 10, 2), DateParser.first("02/10/2020", LATEST, gb));
    assertEquals(LocalDate.of(2020, 2, 10), DateParser.first("02/10/2020", LATEST, us));
    assertEquals(LocalDate.of(2024, 1, 4), DateParser.first("01-04-2024", LATEST, us));
    assertEquals(
        LocalDate.of(2024, 4, 1),
        DateParser.first("01-04-2024", LATEST, DateParser.NumericOrder.of("de")));
    assertEquals(LocalDate.of(2020, 10, 29), DateParser.first("10/29/2020", LATEST, gb));
  }

  @Test
  void takesTheEarliestMentionAndRejectsImplausibleDates() {
    assertEquals(
        LocalDate.of(2020, 1, 2),
        DateParser.first("Posted 2 January 2020, updated 2020-03-05", LATEST));
    assertNull(DateParser.first("on 31 February 2021", LATEST));
    assertNull(DateParser.first("in 1066 and on 1 May 1980", LATEST));
    assertNull(DateParser.first("4 May 2031", LATEST));
  }

  @Test
  void keepsFullTimestampsAndCutsOthersToTheDay() {
    assertEquals(
        "2021-05-04T08:30:00+01:00", DateParser.isoOrDate("2021-05-04T08:30:00+01:00", LATEST));
    assertEquals("2021-05-04", DateParser.isoOrDate("Tue, 4 May 2021 08:30", LATEST));
    assertNull(DateParser.isoOrDate("no date here", LATEST));
  }

  @Test
  void urlDates() {
    assertEquals(
        "2019-10-22", DateExtractor.fromUrl("https://x.example/2019/10/22/story/", LATEST));
    assertEquals("2021-10-29", DateExtractor.fromUrl("https://x.example/news/29-10-2021", LATEST));
    assertNull(DateExtractor.fromUrl("https://x.example/2019/story", LATEST));
    assertEquals("2017-07-12", DateExtractor.fromUrl("https://x.example/2017/7/12/title", LATEST));
    assertNull(DateExtractor.fromUrl("https://x.example/2023/10/3-questions-for-ann/", LATEST));
  }
}
