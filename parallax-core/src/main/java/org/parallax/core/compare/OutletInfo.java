package org.parallax.core.compare;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An outlet that carried a story, with the registry attributes coverage is broken down by.
 *
 * @param name the outlet's name
 * @param domain its domain, may be empty when unknown
 * @param attributes registry attributes: {@code kind}, {@code country}, {@code owner}, {@code
 *     language} and {@code label} (labels joined by {@code |}); missing values are {@code unknown}
 * @param articles ids of its articles in the story
 */
public record OutletInfo(
    String name, String domain, Map<String, String> attributes, List<String> articles) {

  public OutletInfo {
    Objects.requireNonNull(name, "name");
    domain = domain == null ? "" : domain;
    attributes = Map.copyOf(attributes);
    articles = List.copyOf(articles);
  }
}
