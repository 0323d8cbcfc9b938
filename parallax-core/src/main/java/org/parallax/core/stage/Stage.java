package org.parallax.core.stage;

import org.parallax.core.model.Outcome;

/**
 * One step of the pipeline: a pure function from one immutable record to the next, which returns a
 * {@link org.parallax.core.model.Problem} instead of throwing when an item cannot go on.
 * Implementations are thread-safe unless they say otherwise, so the same instance serves the CLI,
 * the server and Spark executors.
 *
 * @param <I> the input record
 * @param <O> the output record
 */
public interface Stage<I, O> {

  /** A short stable name used in problems, e.g. {@code clean} or {@code enrich.quotes}. */
  String name();

  /** Runs the stage on one item. */
  Outcome<O> apply(I input);

  /** This stage followed by {@code next}; the first problem stops the item. */
  default <R> Stage<I, R> then(Stage<O, R> next) {
    Stage<I, O> first = this;
    return new Stage<>() {
      @Override
      public String name() {
        return first.name() + "+" + next.name();
      }

      @Override
      public Outcome<R> apply(I input) {
        return first.apply(input).flatMap(next::apply);
      }
    };
  }
}
