package org.parallax.compare.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentWordsTest {

  @Test
  void inflectionsMeetOnOneLemma() {
    assertEquals(ContentWords.lemma("sanction"), ContentWords.lemma("sanctions"));
    assertEquals(ContentWords.lemma("relies"), ContentWords.lemma("relied"));
    assertEquals("signal", ContentWords.lemma("signalled"));
    assertEquals("signal", ContentWords.lemma("signalling"));
  }

  @Test
  void shortWordsKeepTheirEnding() {
    assertEquals("uses", ContentWords.lemma("uses"));
    assertEquals("red", ContentWords.lemma("red"));
  }

  @Test
  void stopWordsAndBareNumbersAreLeftOut() {
    assertEquals(
        List.of("sanction", "block", "export", "percent"),
        List.copyOf(
            ContentWords.of(
                Tokens.of("The sanctions have blocked most of its exports, 90 percent and 12"))));
  }
}
