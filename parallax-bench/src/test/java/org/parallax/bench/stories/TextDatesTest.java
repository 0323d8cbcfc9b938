package org.parallax.bench.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextDatesTest {

  private static String value(String text) {
    return TextDates.dateline(text).map(t -> t.value()).orElse(null);
  }

  @Test
  void readsTheDatelineInItsCommonForms() {
    assertEquals(
        "2013-05-03", value("Lohan checks into Betty Ford\nMay 03 , 2013\nAfter skipping"));
    assertEquals("2013-08-04", value("Doctor Who\n4 August 2013 Last updated at 19 : 47 GMT"));
    assertEquals("2013-08-04", value("Meet him !\nSun . , Aug . 4 , 2013 11 : 29 AM PDT"));
    assertEquals("2012-06-11", value("MacBook\n( 10 : 27 am PDT , Jun 11th 2012 )"));
    assertEquals("2013-03-14", value("Quake\nPosted : 03 / 14 / 2013 06 : 37 : 46 AM PDT"));
  }

  @Test
  void takesTheFirstDateNotALaterOne() {
    assertEquals(
        "2013-03-14",
        value("Quake\nMarch 14 , 2013\nThe last one of this size struck on May 2 , 2007 ."));
  }

  @Test
  void aBackgroundYearFarDownIsNotADate() {
    String text =
        "Tara Reid checked herself into Promises Treatment Center , her rep said . "
            + "The actress has been a party fixture in Los Angeles and New York for years . "
                .repeat(4)
            + "She has struggled with her image since 2004 .";
    assertTrue(TextDates.dateline(text).isEmpty());
  }

  @Test
  void aYearInTheFirstSentenceIsAYear() {
    assertEquals("2009", value("Apple unveiled a 17-inch MacBook Pro at Macworld 2009 today ."));
  }
}
