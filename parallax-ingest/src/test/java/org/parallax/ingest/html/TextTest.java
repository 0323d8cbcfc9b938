package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void collapsesEveryKindOfSpaceAndStrips() {
    assertEquals("a b c", Text.clean(" \u00a0a\t\n b\u200b\u3000c\ufeff "));
    assertEquals("", Text.clean(" \u2009 "));
  }

  @Test
  void nearlyCleanTextIsStillCleaned() {
    assertEquals("Plain words, one space.", Text.clean("Plain words, one space."));
    assertEquals("a b", Text.clean("a  b"));
    assertEquals("a", Text.clean(" a"));
    assertEquals("a", Text.clean("a "));
    assertEquals("a b", Text.clean("a\tb"));
    assertEquals("caf\u00e9 x", Text.clean("cafe\u0301 x"));
  }

  @Test
  void composesToNfc() {
    assertEquals("\u00e9t\u00e9", Text.clean("e\u0301te\u0301"));
  }

  @Test
  void cleanLengthAgreesWithClean() {
    for (String s :
        new String[] {"", "  ", "word", "  two  words ", "a\u00a0\u00a0b\nc", "\u3000x\u200by "}) {
      assertEquals(Text.clean(s).length(), Text.cleanLength(s), s);
    }
  }
}
