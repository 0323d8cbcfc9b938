package org.parallax.compare.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.core.model.Article;
import org.parallax.core.registry.Outlet;
import org.parallax.core.registry.SourceRegistry;

/**
 * Finds the outlet of an article through the source registry: by URL, then domain, then the
 * publisher's name; an outlet unknown to the registry gets its publisher or domain as name and
 * {@code unknown} attributes. Thread-safe.
 */
public final class Outlets {

  /** The registry attributes coverage is broken down by, in display order. */
  public static final List<String> ATTRIBUTES = List.of("kind", "country", "owner", "label");

  /** The value of an attribute the registry does not know. */
  public static final String UNKNOWN = "unknown";

  private final SourceRegistry registry;

  /** Resolves outlets through {@code registry}. */
  public Outlets(SourceRegistry registry) {
    this.registry = registry;
  }

  /** The outlet that published {@code article}. */
  public Outlet of(Article article) {
    return find(article.url())
        .or(() -> find(article.domain()))
        .or(() -> registry.byName(article.publisher()))
        .orElseGet(() -> unknown(article));
  }

  /** The outlet whose copy {@code article} reprints, when it credits one the registry knows. */
  public Optional<Outlet> originOf(Article article) {
    String from = article.syndicatedFrom();
    if (from == null || from.isBlank()) {
      return Optional.empty();
    }
    return registry.byName(from).or(() -> Optional.of(named(from)));
  }

  private Optional<Outlet> find(String urlOrHost) {
    return urlOrHost == null || urlOrHost.isBlank()
        ? Optional.empty()
        : registry.byUrlOrHost(urlOrHost);
  }

  private static Outlet unknown(Article a) {
    String name = firstNonBlank(a.publisher(), a.domain(), a.source(), "unknown outlet");
    String domain = firstNonBlank(a.domain(), name.toLowerCase(Locale.ROOT));
    return new Outlet(domain, name, "", a.language(), "", "", List.of(), List.of());
  }

  private static Outlet named(String name) {
    return new Outlet(name.toLowerCase(Locale.ROOT), name, "", "", "", "", List.of(), List.of());
  }

  /**
   * The outlet's attribute values: one per attribute, except {@code label}, which has one value per
   * label; absent values are {@link #UNKNOWN}.
   */
  public static Map<String, List<String>> attributes(Outlet o) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("kind", List.of(orUnknown(o.kind())));
    m.put("country", List.of(orUnknown(o.country())));
    m.put("owner", List.of(orUnknown(o.owner())));
    m.put("label", o.labels().isEmpty() ? List.of(UNKNOWN) : o.labels());
    return m;
  }

  private static String orUnknown(String s) {
    return s == null || s.isBlank() ? UNKNOWN : s;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }
}
