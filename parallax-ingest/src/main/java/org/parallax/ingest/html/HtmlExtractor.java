package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Extracts the main text and metadata of an article page. Thread-safe and stateless; never throws
 * on bad HTML (a page it cannot read gives {@link Page#empty()}). Every walk over the DOM is
 * iterative, so deeply nested pages cannot overflow the stack.
 */
public final class HtmlExtractor {

  /** Below this many characters of body text, extraction is retried with looser rules. */
  private static final int SHORT = 400;

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
    return extractWithBody(html, url).page();
  }

  /**
   * Extracts one page and also returns the body in document order, headings and paragraphs
   * interleaved as they appear (what benchmarks score).
   *
   * @param html the page source, already decoded
   * @param url the page's address; may be {@code null}
   * @return the page and its ordered body text; never {@code null}
   */
  public Extracted extractWithBody(String html, String url) {
    if (html == null || html.isBlank()) {
      return new Extracted(Page.empty(), "");
    }
    try {
      return run(html, url);
    } catch (RuntimeException | StackOverflowError e) {
      return new Extracted(Page.empty(), "");
    }
  }

  private Extracted run(String html, String url) {
    Document doc = parse(html, url);
    JsonLd jsonLd = JsonLd.of(doc);
    Metadata meta = Metadata.of(doc, jsonLd, url);
    String articleBody = Text.orNull(jsonLd.articleText("articleBody"));
    Removals removals = new Removals();
    List<Block> blocks =
        BodyFilter.filter(ContentExtractor.extract(doc, true, articleBody, removals), meta.title());
    if (length(blocks) < SHORT) {
      // With the furniture put back, the document is what a fresh parse gives once its template
      // scripts are opened, which is the first thing a second extraction would do to it.
      removals.putBack();
      Document looseDoc = doc;
      List<Block> loose =
          BodyFilter.filter(
              ContentExtractor.extract(looseDoc, false, articleBody, removals), meta.title());
      if (length(loose) > length(blocks)) {
        blocks = loose;
      }
      if (length(blocks) < SHORT) {
        List<Block> prose = BodyFilter.filter(ContentExtractor.prose(looseDoc), meta.title());
        if (length(prose) > length(blocks)) {
          blocks = prose;
        }
      }
    }
    List<String> headings = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<String> paragraphs = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (Block b : blocks) {
      switch (b.kind()) {
        case HEADING -> headings.add(b.text());
        case CAPTION -> captions.add(b.text());
        default -> paragraphs.add(b.text());
      }
      if (b.kind() != Block.Kind.CAPTION) {
        body.append(b.text()).append('\n');
      }
    }
    Page page =
        new Page(
            meta.title(),
            meta.subtitle(),
            meta.authors(),
            meta.published(),
            meta.canonicalUrl(),
            meta.siteName(),
            meta.language(),
            meta.section(),
            meta.syndicatedFrom(paragraphs),
            headings,
            captions,
            paragraphs);
    return new Extracted(page, body.toString().strip());
  }

  private static Document parse(String html, String url) {
    return Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
  }

  private static int length(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      if (b.kind() != Block.Kind.CAPTION) {
        n += b.text().length();
      }
    }
    return n;
  }

  /**
   * A page and its body in document order.
   *
   * @param page the extracted page
   * @param body headings and paragraphs in document order, one per line (captions left out)
   */
  public record Extracted(Page page, String body) {}
}
