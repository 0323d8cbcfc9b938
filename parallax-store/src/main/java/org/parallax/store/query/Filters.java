package org.parallax.store.query;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Restrictions on which articles match. Values of one facet are alternatives (any of them matches);
 * different facets must all match. Dates are inclusive, in UTC.
 *
 * @param values the accepted values of each facet; a facet that is absent is not restricted
 * @param from the earliest publication date, or {@code null}
 * @param to the latest publication date, or {@code null}
 */
public record Filters(Map<Facet, List<String>> values, LocalDate from, LocalDate to) {

  private static final Filters NONE = new Filters(Map.of(), null, null);

  public Filters {
    EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    values.forEach(
        (k, v) -> {
          if (v != null && !v.isEmpty()) {
            copy.put(k, List.copyOf(v));
          }
        });
    values = copy.isEmpty() ? Map.of() : Map.copyOf(copy);
  }

  /** No restriction. */
  public static Filters none() {
    return NONE;
  }

  /** These filters, also requiring {@code facet} to be one of {@code accepted}. */
  public Filters and(Facet facet, String... accepted) {
    EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    copy.putAll(values);
    copy.merge(
        facet,
        List.of(accepted),
        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
    return new Filters(copy, from, to);
  }

  /** These filters with a publication date range; either end may be {@code null}. */
  public Filters between(LocalDate newFrom, LocalDate newTo) {
    return new Filters(values, newFrom, newTo);
  }

  /** Whether nothing is restricted. */
  public boolean isEmpty() {
    return values.isEmpty() && from == null && to == null;
  }
}
