package org.parallax.bench.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {

  private static GoldPage page(String id) {
    return new GoldPage(id, null, "<p>" + id + "</p>", null, null, null, null, null, null);
  }

  @Test
  void warmUpRepeatsTheSetInOrderUpToTheCount() {
    List<GoldPage> pages = List.of(page("a"), page("b"), page("c"));
    List<GoldPage> warm = ExtractionBench.warmUpPages(pages, 7);
    assertEquals(7, warm.size());
    assertEquals(
        List.of("a", "b", "c", "a", "b", "c", "a"), warm.stream().map(GoldPage::id).toList());
  }

  @Test
  void warmUpOfAnEmptySetIsEmpty() {
    assertTrue(ExtractionBench.warmUpPages(List.of(), 300).isEmpty());
  }
}
