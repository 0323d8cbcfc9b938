package org.parallax.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.stage.Stage;

class RecordsTest {

  @Test
  void spanRejectsBackwardsOrNegativeRanges() {
    assertThrows(IllegalArgumentException.class, () -> new Span(5, 4, ""));
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2, "ab"));
    Span s = Span.of("Hello world", 6, 11);
    assertEquals("world", s.text());
    assertTrue(s.overlaps(Span.of("Hello world", 10, 11)));
    assertFalse(s.overlaps(Span.of("Hello world", 0, 6)));
  }

  @Test
  void articleListsAreImmutableCopies() {
    List<String> paragraphs = new ArrayList<>(List.of("a", "b"));
    Article a = Article.builder().id("x").source("s").paragraphs(paragraphs).build();
    paragraphs.add("c");
    assertEquals(List.of("a", "b"), a.paragraphs());
    assertThrows(UnsupportedOperationException.class, () -> a.paragraphs().add("d"));
    assertEquals(
        3,
        Article.builder()
            .id("x")
            .source("s")
            .paragraphs(List.of("one two", "three"))
            .build()
            .wordCount());
  }

  @Test
  void stagesChainAndStopAtTheFirstProblem() {
    Stage<String, Integer> length = stage("length", s -> Outcome.ok(s.length()));
    Stage<Integer, Integer> positive =
        stage(
            "positive",
            n ->
                n > 0
                    ? Outcome.ok(n)
                    : Outcome.failed(
                        new Problem("-", Position.none(), "positive", "empty", "empty")));
    Stage<String, Integer> both = length.then(positive);
    assertEquals("length+positive", both.name());
    assertEquals(Outcome.ok(3), both.apply("abc"));
    Outcome<Integer> failed = both.apply("");
    assertFalse(failed.isOk());
    assertEquals("positive", ((Outcome.Failed<Integer>) failed).problem().stage());
  }

  private static <I, O> Stage<I, O> stage(
      String name, java.util.function.Function<I, Outcome<O>> f) {
    return new Stage<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Outcome<O> apply(I input) {
        return f.apply(input);
      }
    };
  }
}
