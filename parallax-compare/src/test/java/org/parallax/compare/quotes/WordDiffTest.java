package org.parallax.compare.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.compare.DiffOp;
import org.parallax.core.compare.DiffOp.Op;

class WordDiffTest {

  @Test
  void identicalWordsGiveNoDiff() {
    assertTrue(WordDiff.diff("We will build it.", "we will build it").isEmpty());
  }

  @Test
  void aCutShortVersionShowsTheRemovedTail() {
    List<DiffOp> d = WordDiff.diff("We will build it fast and well", "We will build it fast");
    assertEquals(
        List.of(new DiffOp(Op.SAME, "We will build it fast"), new DiffOp(Op.REMOVED, "and well")),
        d);
  }

  @Test
  void aChangedWordIsRemovedThenAdded() {
    List<DiffOp> d = WordDiff.diff("a serious threat", "a grave threat");
    assertEquals(
        List.of(
            new DiffOp(Op.SAME, "a"),
            new DiffOp(Op.ADDED, "grave"),
            new DiffOp(Op.REMOVED, "serious"),
            new DiffOp(Op.SAME, "threat")),
        d);
  }
}
