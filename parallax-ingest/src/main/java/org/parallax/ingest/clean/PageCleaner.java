package org.parallax.ingest.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.ingest.html.HtmlExtractor;
import org.parallax.ingest.html.Page;
import org.parallax.ingest.meta.Content;

/**
 * Cleans HTML content (a saved page, a WARC response, a feed item's content): {@link HtmlExtractor}
 * finds the main text and metadata, then the same body rules as for text dumps run over its
 * paragraphs (captions kept once, credits read, page breaks rejoined). When the extractor finds no
 * paragraphs (a short HTML fragment from a feed), the fragment's block elements are taken as they
 * are. Thread-safe.
 */
public final class PageCleaner {

  private static final String BLOCKS = "p, li, blockquote, pre, h1, h2, h3, h4, h5, h6, td, dd";

  private final HtmlExtractor extractor;
  private final BodyCleaner body;

  /** A cleaner that uses {@code extractor} and reads credits against {@code registry}. */
  public PageCleaner(HtmlExtractor extractor, SourceRegistry registry) {
    this.extractor = extractor;
    this.body = new BodyCleaner(registry);
  }

  /** Cleans one page; {@code url} may be {@code null}. */
  public Content clean(String html, String url) {
    Page page = extractor.extract(html, url);
    List<String> paragraphs = page.paragraphs();
    if (paragraphs.isEmpty()) {
      paragraphs = fallbackParagraphs(html, url);
    }
    List<Block> blocks = new ArrayList<>();
    for (String p : paragraphs) {
      String t = TextNormaliser.inline(p);
      String half = doubledHalf(t);
      if (half != null) {
        blocks.add(new Block(half, List.of(half), true, false, List.of()));
      } else if (!t.isEmpty()) {
        blocks.add(new Block(t, List.of(t), false, false, List.of()));
      }
    }
    Body b = body.clean(blocks, false);
    Set<String> captions = new LinkedHashSet<>(page.captions());
    captions.addAll(b.captions());
    List<String> headings = new ArrayList<>(page.headings());
    headings.addAll(b.headings());
    List<String> kept = b.paragraphs().stream().filter(p -> !captions.contains(p)).toList();
    return new Content(
        page.title(),
        page.subtitle(),
        page.authors(),
        page.published(),
        page.canonicalUrl(),
        page.siteName(),
        page.language(),
        page.section(),
        page.syndicatedFrom() != null ? page.syndicatedFrom() : b.syndicatedFrom(),
        headings,
        List.copyOf(captions),
        kept,
        b.selfHosts());
  }

  /**
   * The first half of a text that is the same text twice ("alt text" + "caption" flattened into one
   * paragraph), or {@code null}.
   */
  static String doubledHalf(String t) {
    int n = t.length();
    if (n < 20 || n % 2 == 0 || t.charAt(n / 2) != ' ') {
      return null;
    }
    return t.regionMatches(0, t, n / 2 + 1, n / 2) ? t.substring(0, n / 2) : null;
  }

  private static List<String> fallbackParagraphs(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    Set<String> out = new LinkedHashSet<>();
    for (Element e : doc.body().select(BLOCKS)) {
      if (e.children().stream().noneMatch(c -> c.is(BLOCKS)) && !e.text().isBlank()) {
        out.add(e.text());
      }
    }
    if (out.isEmpty() && !doc.body().text().isBlank()) {
      out.add(doc.body().text());
    }
    return List.copyOf(out);
  }
}
