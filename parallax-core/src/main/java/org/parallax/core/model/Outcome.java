package org.parallax.core.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * Either a value or the {@link Problem} that prevented it. Stages return outcomes instead of
 * throwing, so one bad item never stops a run.
 *
 * @param <T> the value type
 */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Failed {

  /** A successful outcome. */
  record Ok<T>(T value) implements Outcome<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A failed outcome. */
  record Failed<T>(Problem problem) implements Outcome<T> {
    public Failed {
      Objects.requireNonNull(problem, "problem");
    }
  }

  static <T> Outcome<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Outcome<T> failed(Problem problem) {
    return new Failed<>(problem);
  }

  /** Applies {@code f} to a value; passes a problem through unchanged. */
  default <R> Outcome<R> map(Function<? super T, ? extends R> f) {
    if (this instanceof Ok<T> ok) {
      return new Ok<>(f.apply(ok.value()));
    }
    return new Failed<>(((Failed<T>) this).problem());
  }

  /** Applies a stage-like {@code f} to a value; passes a problem through unchanged. */
  default <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> f) {
    if (this instanceof Ok<T> ok) {
      return f.apply(ok.value());
    }
    return new Failed<>(((Failed<T>) this).problem());
  }

  default boolean isOk() {
    return this instanceof Ok;
  }
}
