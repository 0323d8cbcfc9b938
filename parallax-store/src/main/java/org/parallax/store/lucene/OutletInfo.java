package org.parallax.store.lucene;

import java.util.List;
import java.util.Optional;
import org.parallax.core.model.Article;
import org.parallax.core.registry.Outlet;
import org.parallax.core.registry.SourceRegistry;

/**
 * The outlet attributes an article is filtered and counted by.
 *
 * @param name the registry name, else the article's publisher, else its domain, else its source
 * @param kind the registry kind, or empty
 * @param country the registry country, or empty
 * @param labels the registry labels
 */
public record OutletInfo(String name, String kind, String country, List<String> labels) {

  /** Looks the article's outlet up by domain, URL, then publisher name. */
  public static OutletInfo of(Article a, SourceRegistry registry) {
    Optional<Outlet> o =
        registry
            .byUrlOrHost(a.domain())
            .or(() -> registry.byUrlOrHost(a.url()))
            .or(() -> registry.byName(a.publisher()));
    if (o.isPresent()) {
      Outlet out = o.get();
      return new OutletInfo(out.name(), out.kind(), out.country(), out.labels());
    }
    String name = firstNonBlank(a.publisher(), a.domain(), a.source());
    return new OutletInfo(name, "", "", List.of());
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
