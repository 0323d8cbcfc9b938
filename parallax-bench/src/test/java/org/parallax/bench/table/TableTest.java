package org.parallax.bench.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void padsColumnsAndMarksMissingCells() {
    String out = Table.of("tool", "F1").row("Parallax", "0.961").row("x", null).render();
    assertEquals(
        "| tool     | F1    |\n"
            + "|----------|-------|\n"
            + "| Parallax | 0.961 |\n"
            + "| x        | –     |\n",
        out);
  }

  @Test
  void rejectsTooManyCells() {
    assertThrows(IllegalArgumentException.class, () -> Table.of("a").row("1", "2"));
  }

  @Test
  void formatsNumbersWithRootLocale() {
    assertEquals("0.50", Table.number(0.5, 2));
    assertEquals("–", Table.number(Double.NaN, 3));
  }
}
