package org.parallax.store.query;

import java.util.Locale;

/** The attributes an article search can filter on and count by. */
public enum Facet {
  /** The outlet's name from the source registry, else the article's publisher or domain. */
  OUTLET,
  /** The outlet's kind in the registry: wire, state, public, commercial, nonprofit, aggregator. */
  KIND,
  /** The outlet's country in the registry (ISO 3166-1 alpha-2 or {@code INT}). */
  COUNTRY,
  /** A user-defined label of the outlet in the registry. */
  LABEL,
  /** The article's language (ISO 639-1). */
  LANGUAGE,
  /** A canonical entity id named in the article. */
  ENTITY,
  /** A canonical speaker id quoted in the article. */
  SPEAKER,
  /** The publication month, {@code YYYY-MM}. */
  MONTH;

  /** The index field that holds this attribute. */
  public String field() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The facet whose {@link #field()} or name is {@code name}, case-insensitively. */
  public static Facet parse(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
