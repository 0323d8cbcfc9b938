package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordTrieTest {

  private static final List<String> WORDS =
      List.of("mar", "march", "mars", "mai", "may", "ağustos");

  @Test
  void theTreeRegexMatchesExactlyTheGivenWords() {
    Pattern p = Pattern.compile(WordTrie.regex(WORDS));
    for (String w : WORDS) {
      assertTrue(p.matcher(w).matches(), w);
    }
    for (String w : List.of("ma", "marc", "marchs", "m", "agustos", "")) {
      assertFalse(p.matcher(w).matches(), w);
    }
  }

  @Test
  void aLongerWordIsTriedBeforeItsPrefix() {
    var m = Pattern.compile("(" + WordTrie.regex(WORDS) + ")").matcher("march 4");
    assertTrue(m.lookingAt());
    assertEquals("march", m.group(1));
  }

  @Test
  void aStringWithoutAYearHoldsNoDate() {
    assertFalse(DateParser.hasYear("4 May, page 12 of 199"));
    assertTrue(DateParser.hasYear("4 May 2021"));
    assertTrue(DateParser.hasYear("1999"));
    assertFalse(DateParser.hasYear("2x21 1800"));
  }
}
