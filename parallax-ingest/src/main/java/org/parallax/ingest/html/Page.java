package org.parallax.ingest.html;

import java.util.List;

/**
 * What {@link HtmlExtractor} found on one HTML page. Text fields are Unicode NFC with whitespace
 * normalised; a field that was not found is {@code null} (strings) or empty (lists).
 *
 * @param title the article's headline, without a site-name suffix
 * @param subtitle the standfirst or description
 * @param authors the people credited, in page order, without "By"
 * @param published the publication date as ISO 8601 ({@code 2021-05-04} or a full timestamp)
 * @param canonicalUrl the page's canonical URL ({@code rel=canonical}, {@code og:url}, or the given
 *     URL)
 * @param siteName the site's own name ({@code og:site_name}, JSON-LD publisher)
 * @param language the page's language tag ({@code <html lang>}, {@code og:locale})
 * @param section the site section ({@code article:section}, JSON-LD {@code articleSection})
 * @param syndicatedFrom the wire agency or outlet the article was republished from
 * @param headings sub-headings inside the body, in order
 * @param captions figure captions inside the body, each kept once
 * @param paragraphs the main text, one entry per paragraph
 */
public record Page(
    String title,
    String subtitle,
    List<String> authors,
    String published,
    String canonicalUrl,
    String siteName,
    String language,
    String section,
    String syndicatedFrom,
    List<String> headings,
    List<String> captions,
    List<String> paragraphs) {

  /** Copies the lists, replacing {@code null} with empty lists. */
  public Page {
    authors = authors == null ? List.of() : List.copyOf(authors);
    headings = headings == null ? List.of() : List.copyOf(headings);
    captions = captions == null ? List.of() : List.copyOf(captions);
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
  }

  /** A page with nothing found. */
  public static Page empty() {
    return new Page(null, null, List.of(), null, null, null, null, null, null, null, null, null);
  }

  /** The paragraphs joined by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
