package org.parallax.core.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * A news outlet or agency.
 *
 * @param domain the registrable domain without {@code www.}, e.g. {@code theaustralian.com.au}
 * @param name the outlet's name as readers know it
 * @param country ISO 3166-1 alpha-2 code, or {@code INT} for international
 * @param language ISO 639-1 code of its main language
 * @param kind {@code wire}, {@code state}, {@code public}, {@code commercial}, {@code nonprofit} or
 *     {@code aggregator}
 * @param owner the owning company or body, may be empty
 * @param aliases other names it is credited under ({@code AP}, {@code WSJ})
 * @param labels user-defined labels such as a perspective
 */
public record Outlet(
    String domain,
    String name,
    String country,
    String language,
    String kind,
    String owner,
    List<String> aliases,
    List<String> labels) {

  public Outlet {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(name, "name");
    country = country == null ? "" : country;
    language = language == null ? "" : language;
    kind = kind == null ? "" : kind;
    owner = owner == null ? "" : owner;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    labels = labels == null ? List.of() : List.copyOf(labels);
  }

  /** Whether the outlet is a news agency whose copy others reprint. */
  @JsonIgnore
  public boolean isWire() {
    return kind.equals("wire");
  }
}
