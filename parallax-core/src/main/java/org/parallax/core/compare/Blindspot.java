package org.parallax.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * A story covered by only one group of a registry attribute, e.g. only by {@code kind=state}
 * outlets, or only by outlets labelled {@code left}.
 *
 * @param attribute the registry attribute ({@code kind}, {@code country}, {@code label}, …)
 * @param group the only value present among the story's voices
 * @param missing values of the attribute seen elsewhere in the corpus but not in this story
 */
public record Blindspot(String attribute, String group, List<String> missing) {

  public Blindspot {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(group, "group");
    missing = List.copyOf(missing);
  }
}
