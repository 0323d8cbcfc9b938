package org.parallax.bench.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineGoldTest {

  @Test
  void markersBecomeSpansOfTheCleanText() {
    GoldDoc d =
        InlineGold.parse(
            "t",
            "# source: test\n\nHe said: \"«Q kind=\"direct\" speaker=\"Jo Bloggs\"»Yes.«/Q»\""
                + " A \"«Q kind=\"term\"»grand bargain«/Q»\".\n\n"
                + "One \"«Q kind=\"partial\" speaker=\"unnamed official\" anonymous=\"true\"»maybe«/Q»\"");
    assertEquals("He said: \"Yes.\" A \"grand bargain\".\n\nOne \"maybe\"", d.text());
    assertEquals(2, d.paragraphs().size());
    List<GoldQuote> q = d.quotes();
    assertEquals(3, q.size());
    assertEquals("Yes.", d.text().substring(q.get(0).start(), q.get(0).end()));
    assertEquals("Jo Bloggs", q.get(0).speaker());
    assertTrue(q.get(1).term());
    assertNull(q.get(1).speaker());
    assertTrue(q.get(2).anonymous());
    assertFalse(q.get(2).term());
  }

  @Test
  void unbalancedMarkersAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> InlineGold.parse("t", "a «Q kind=\"direct\"»b"));
    assertThrows(IllegalArgumentException.class, () -> InlineGold.parse("t", "a b«/Q»"));
  }

  @Test
  void theShippedEnglishGoldHasAtLeast150QuotesWithSpeakers() throws IOException {
    List<GoldDoc> docs = InlineGold.english();
    long withSpeaker =
        docs.stream().flatMap(d -> d.quotes().stream()).filter(GoldQuote::hasSpeaker).count();
    assertEquals(27, docs.size());
    assertTrue(withSpeaker >= 150, "with speaker: " + withSpeaker);
    for (GoldDoc d : docs) {
      assertFalse(d.text().contains("«"), d.name());
    }
  }
}
