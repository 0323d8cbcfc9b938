package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Random;
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

  @Test
  void agreesWithNfcAndARegexOnRandomText() {
    char[] alphabet = {'a', 'b', ' ', ' ', '\t', '\n', '\u00a0', '\u00e9', 'e', '\u0301', '\u200b'};
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(12);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = sb.toString();
      String expected =
          Normalizer.normalize(s, Normalizer.Form.NFC)
              .replaceAll("[\\s\u00a0\u200b]+", " ")
              .strip();
      assertEquals(expected, Text.clean(s), s);
      assertEquals(expected, Text.clean(sb), s);
    }
  }
}
