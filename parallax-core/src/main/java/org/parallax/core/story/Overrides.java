package org.parallax.core.story;

import java.util.List;

/**
 * The overrides file: {@code {"overrides": [ {...}, ... ]}}, read and written with {@link
 * org.parallax.core.json.Json}.
 *
 * @param overrides the corrections, applied in order
 */
public record Overrides(List<Override> overrides) {

  public Overrides {
    overrides = overrides == null ? List.of() : List.copyOf(overrides);
  }

  /** No overrides. */
  public static Overrides none() {
    return new Overrides(List.of());
  }
}
