package org.parallax.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.core.registry.SourceRegistry;

class CreditsTest {

  private final Credits credits = new Credits(SourceRegistry.defaults());

  @Test
  void closingLinesThatNameAnOutletAreCredits() {
    assertEquals(
        Optional.of("The Wall Street Journal"), credits.closingCredit("The Wall Street Journal"));
    assertEquals(Optional.of("The Wall Street Journal"), credits.closingCredit("WSJ"));
    assertEquals(Optional.of("Associated Press"), credits.closingCredit("— AP"));
    assertEquals(
        Optional.of("The Wall Street Journal"),
        credits.closingCredit("This article first appeared in The Wall Street Journal."));
  }

  @Test
  void ordinaryClosingLinesAreNot() {
    assertEquals(Optional.empty(), credits.closingCredit("Time will tell"));
    assertEquals(
        Optional.empty(),
        credits.closingCredit("The Wall Street Journal reported it first, and others followed."));
  }

  @Test
  void agencyDatelinesNameTheAgency() {
    assertEquals(
        Optional.of("Associated Press"),
        credits.dateline("SEOUL, South Korea (AP) — North Korea said"));
    assertEquals(Optional.empty(), credits.dateline("SEOUL (Yesterday) — nothing here"));
  }
}
