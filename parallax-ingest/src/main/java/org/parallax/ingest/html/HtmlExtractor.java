package org.parallax.ingest.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text and metadata of an article page. Thread-safe and stateless; never throws
 * on bad HTML (a page it cannot read gives {@link Page#empty()}).
 */
public final class HtmlExtractor {

  private HtmlExtractor() {}

  /** Makes an extractor with the default rules. */
  public static HtmlExtractor create() {
    return new HtmlExtractor();
  }

  /**
   * Extracts one page.
   *
   * @param html the page source, already decoded
   * @param url the page's address, used to resolve links and as a date hint; may be {@code null}
   * @return what was found; never {@code null}
   */
  public Page extract(String html, String url) {
    if (html == null || html.isBlank()) {
      return Page.empty();
    }
    try {
      Document doc = Jsoup.parse(html, url == null ? "" : url);
      return extract(doc, url);
    } catch (RuntimeException | StackOverflowError e) {
      return Page.empty();
    }
  }

  private Page extract(Document doc, String url) {
    Map<Element, Integer> textByParent = new IdentityHashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        textByParent.merge(parent, p.text().length(), Integer::sum);
      }
    }
    Element best = null;
    int bestLen = 0;
    for (Map.Entry<Element, Integer> e : textByParent.entrySet()) {
      if (e.getValue() > bestLen) {
        best = e.getKey();
        bestLen = e.getValue();
      }
    }
    List<String> paragraphs = new ArrayList<>();
    if (best != null) {
      for (Element p : best.children()) {
        String t = clean(p.text());
        if (p.nameIs("p") && !t.isEmpty()) {
          paragraphs.add(t);
        }
      }
    }
    String title = clean(doc.title());
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    return new Page(
        title.isEmpty() ? null : title,
        null,
        List.of(),
        null,
        url,
        null,
        lang.isEmpty() ? null : lang,
        null,
        null,
        List.of(),
        List.of(),
        paragraphs);
  }

  private static String clean(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }
}
