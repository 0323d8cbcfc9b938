package org.parallax.ingest.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

  @Test
  void splitsOnEveryLineEndAndKeepsEmptyLines() throws IOException {
    BoundedLines l = new BoundedLines(new StringReader("a\r\nb\rc\n\nd"), 100);
    assertEquals("a", l.next());
    assertEquals("b", l.next());
    assertEquals("c", l.next());
    assertEquals("", l.next());
    assertEquals("d", l.next());
    assertNull(l.next());
  }

  @Test
  void aLineOverTheLimitIsSkippedToItsEnd() throws IOException {
    BoundedLines l =
        new BoundedLines(new StringReader("short\n" + "x".repeat(50_000) + "\nnext\n"), 1000);
    assertEquals("short", l.next());
    assertSame(BoundedLines.TOO_LONG, l.next());
    assertEquals("next", l.next());
    assertNull(l.next());
  }
}
