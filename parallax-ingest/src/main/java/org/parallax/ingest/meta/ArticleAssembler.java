package org.parallax.ingest.meta;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.core.id.Ids;
import org.parallax.core.id.Urls;
import org.parallax.core.model.Article;
import org.parallax.core.model.Hints;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.RawDocument;
import org.parallax.core.registry.Outlet;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.ingest.lang.LanguageDetector;

/**
 * Merges the container's {@link Hints}, the {@link Content} a cleaner read and the source registry
 * into an {@link Article}. A hint wins over the content's own metadata, except that a WARC record's
 * date (when the page was fetched) yields to a date the page states. The publisher comes from the
 * registry by the URL's host, else from the hint or the site's own name, else from the hosts of the
 * content's footer links; {@code published} is ISO 8601; the language is declared or detected.
 * Thread-safe.
 */
public final class ArticleAssembler {

  /** The stage name used in problems. */
  public static final String STAGE = "clean";

  private final SourceRegistry registry;
  private final LanguageDetector languages;

  /** An assembler that looks outlets up in {@code registry} and detects with {@code languages}. */
  public ArticleAssembler(SourceRegistry registry, LanguageDetector languages) {
    this.registry = registry;
    this.languages = languages;
  }

  /** The article for {@code raw}, or a problem when its content has no body text. */
  public Outcome<Article> assemble(RawDocument raw, Content c) {
    if (c.paragraphs().isEmpty()) {
      return Outcome.failed(
          raw.problem(STAGE, "no-text", "No article text was found in the " + what(raw) + "."));
    }
    Hints h = raw.hints();
    String url = first(h.url(), c.url());
    Optional<Outlet> outlet = outlet(url, h, c);
    String publisher =
        outlet.map(Outlet::name).orElse(first(canonical(h.publisher()), canonical(c.siteName())));
    String domain = outlet.map(Outlet::domain).orElse(Urls.host(url).orElse(null));
    String syndicated = canonical(c.syndicatedFrom());
    if (syndicated != null && syndicated.equals(publisher)) {
      syndicated = null;
    }
    Article draft =
        Article.builder().id("pending").source(raw.location()).paragraphs(c.paragraphs()).build();
    return Outcome.ok(
        draft.toBuilder()
            .id(Ids.articleId(url, draft.text()))
            .sourceId(h.sourceId())
            .url(url)
            .title(first(h.title(), c.title()))
            .subtitle(first(h.subtitle(), c.subtitle()))
            .authors(h.authors().isEmpty() ? c.authors() : h.authors())
            .published(published(raw, c, url))
            .publisher(publisher)
            .domain(domain)
            .syndicatedFrom(syndicated)
            .language(language(h, c, draft.text()))
            .section(first(h.section(), c.section()))
            .headings(c.headings())
            .captions(c.captions())
            .build());
  }

  private Optional<Outlet> outlet(String url, Hints h, Content c) {
    Optional<Outlet> byUrl = registry.byUrlOrHost(url);
    if (byUrl.isPresent() || url != null) {
      return byUrl;
    }
    if (h.publisher() != null || c.siteName() != null) {
      return registry.byName(first(h.publisher(), c.siteName()));
    }
    return c.selfHosts().stream().map(registry::byUrlOrHost).flatMap(Optional::stream).findFirst();
  }

  private String canonical(String name) {
    return name == null ? null : registry.byName(name).map(Outlet::name).orElse(name.strip());
  }

  private static String published(RawDocument raw, Content c, String url) {
    String hint = raw.hints().published();
    String own = c.published();
    String fromUrl = Dates.fromUrl(url).orElse(null);
    List<String> order =
        raw.container().equals("warc")
            ? java.util.Arrays.asList(own, fromUrl, hint)
            : java.util.Arrays.asList(hint, own, fromUrl);
    for (String candidate : order) {
      Optional<String> iso = Dates.normalise(candidate);
      if (iso.isPresent()) {
        return iso.get();
      }
    }
    return null;
  }

  private String language(Hints h, Content c, String text) {
    for (String declared : new String[] {h.language(), c.language()}) {
      if (declared != null && declared.strip().length() >= 2) {
        String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (code.matches("[a-z]{2,3}")) {
          return code;
        }
      }
    }
    return languages.detect(text).orElse(null);
  }

  private static String what(RawDocument raw) {
    return switch (raw.container()) {
      case "jsonl" -> "line's text";
      case "feed" -> "feed item";
      case "warc" -> "archived page";
      case "html" -> "page";
      default -> "file";
    };
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a.strip() : b;
  }
}
