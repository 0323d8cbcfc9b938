/**
 * Main-content and metadata extraction from HTML pages.
 *
 * <p>{@link org.parallax.ingest.html.HtmlExtractor} turns one saved page into a {@link
 * org.parallax.ingest.html.Page}: the article body as paragraphs (boilerplate removed), its
 * sub-headings and captions, and the page's metadata (title, standfirst, authors, publication date,
 * canonical URL, site, language, section, wire agency). Every walk over the DOM is iterative, so
 * arbitrarily deep pages cannot overflow the stack.
 */
package org.parallax.ingest.html;
