package org.parallax.bench.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimingTest {

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

  @Test
  void toolsTakeTurnsInARotatingOrder() {
    List<String> tools = List.of("p", "b", "r");
    assertEquals(List.of("p", "b", "r"), ExtractionBench.rotated(tools, 0));
    assertEquals(List.of("b", "r", "p"), ExtractionBench.rotated(tools, 1));
    assertEquals(List.of("r", "p", "b"), ExtractionBench.rotated(tools, 5));
  }

  @Test
  void slicesOfASetJoinInOrderWithTimesAndFailuresAdded() {
    Extraction a = new Extraction("a", null, List.of(), null);
    Extraction b = new Extraction("b", null, List.of(), null);
    ToolRun run =
        ToolRun.concat(
            List.of(new ToolRun(List.of(a), 1.5, 0), new ToolRun(List.of(b, a), 0.25, 1)));
    assertEquals(List.of("a", "b", "a"), run.outputs().stream().map(Extraction::text).toList());
    assertEquals(1.75, run.seconds(), 1e-9);
    assertEquals(1, run.failures());
  }
}
