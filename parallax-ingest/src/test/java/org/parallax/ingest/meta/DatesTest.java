package org.parallax.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void proseDatesBecomeIsoDates() {
    assertEquals(Optional.of("2021-05-04"), Dates.normalise("4 May 2021"));
    assertEquals(Optional.of("2021-05-04"), Dates.normalise("May 4, 2021"));
    assertEquals(Optional.of("2021-05-04"), Dates.normalise("Tuesday 4th May, 2021"));
    assertEquals(Optional.of("2021-09-04"), Dates.normalise("4 Sept. 2021"));
  }

  @Test
  void momentsKeepTheirOffset() {
    assertEquals(
        Optional.of("2021-05-04T10:15:00Z"), Dates.normalise("Tue, 4 May 2021 10:15:00 GMT"));
    assertEquals(
        Optional.of("2021-05-04T10:15:00+10:00"), Dates.normalise("2021-05-04T10:15+10:00"));
    assertEquals(Optional.of("2021-05-04T10:15:30"), Dates.normalise("2021-05-04T10:15:30"));
    assertEquals(Optional.of("2021-05-04"), Dates.normalise("2021-05-04"));
  }

  @Test
  void impossibleOrMissingDatesAreEmpty() {
    assertEquals(Optional.empty(), Dates.normalise("31 February 2021"));
    assertEquals(Optional.empty(), Dates.normalise("last week"));
    assertEquals(Optional.empty(), Dates.normalise(null));
  }

  @Test
  void urlPathsGiveDates() {
    assertEquals(
        Optional.of("2021-05-04"), Dates.fromUrl("https://example.org/world/2021/05/04/talks/"));
    assertEquals(Optional.of("2021-05-04"), Dates.fromUrl("https://example.org/2021-05-04-talks"));
    assertEquals(Optional.empty(), Dates.fromUrl("https://example.org/news/12345/talks"));
  }

  @Test
  void theEarliestProseDateIsFound() {
    Dates.Found f =
        Dates.findInProse("Updated May 5, 2021, first published 4 May 2021").orElseThrow();
    assertEquals("2021-05-05", f.date().toString());
    assertEquals(8, f.start());
  }
}
