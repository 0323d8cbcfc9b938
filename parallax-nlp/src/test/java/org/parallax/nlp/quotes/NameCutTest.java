package org.parallax.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a name is cut out of a run of name-like tokens. */
class NameCutTest {

  /** The name cut from all tokens of {@code text}, as {@code start-end:text}. */
  private static String cut(String text) {
    List<Tok> t = new Frames(text).toks;
    Np np = NameCut.name(text, t, 0, t.size() - 1);
    assertEquals(Np.Type.NAME, np.type());
    assertEquals(np.text(), text.substring(np.start(), np.end()));
    return np.text();
  }

  @Test
  void titlesBeforeAPersonAreDropped() {
    assertEquals("Joe Biden", cut("President Joe Biden"));
    assertEquals("Jane Doe", cut("Prime Minister Jane Doe"));
  }

  @Test
  void aPersonBeforeOfIsKeptApartFromTheOrganisation() {
    assertEquals("Jane Doe", cut("Jane Doe of the World Bank"));
  }

  @Test
  void anOrganisationNameGivesWayToThePersonAfterIt() {
    assertEquals("Jane Doe", cut("Harvard University Jane Doe"));
    assertEquals("Harvard University", cut("Harvard University"));
  }

  @Test
  void aPossessiveEndingIsLeftOut() {
    assertEquals("Jane Doe", cut("Jane Doe's"));
  }

  @Test
  void placeWordsBeforeAPersonAreDropped() {
    assertEquals("Jane Doe", cut("North Jane Doe"));
  }
}
